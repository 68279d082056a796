/**
 * A linear, single-pass tokenizer for French news text. Words are split at hyphens (the second
 * part is marked `joinPrev`) so that `Mali-Russie` yields two place names while `Saint-Pétersbourg`
 * still matches its gazetteer entry token by token. Elided articles (`l'`, `d'`, `qu'`) are tokens
 * of their own so `d'Assimi` starts the name at `Assimi`. Each token carries its case shape and
 * whether it opens a sentence, which the recognisers use as capitalisation cues.
 */

export type TokenKind = 'w' | 'n' | 'p' | 'e';

export interface Token {
  text: string;
  start: number;
  end: number;
  /** w = word, n = number, p = punctuation, e = elided article or pronoun (`l'`, `d'`). */
  kind: TokenKind;
  /** Lower case, accents folded, apostrophes normalised: the matching key. */
  key: string;
  /** Starts with an upper-case letter. */
  cap: boolean;
  /** Two or more letters, all upper case (`GOITA`, `CNT`). */
  upper: boolean;
  /** Glued to the previous word by a hyphen (`Pétersbourg` in `Saint-Pétersbourg`). */
  joinPrev: boolean;
  /** First word of a sentence (or of a line): its capital letter says nothing about it being a name. */
  sentStart: boolean;
  /** First token of its line. */
  lineStart: boolean;
  /** Index of the line (0-based). */
  line: number;
}

const APOSTROPHES = new Set(["'", '’', 'ʼ', '´', '`', '‘']);
const HYPHENS = new Set(['-', '‐', '‑']);
const ELIDABLE = new Set(['l', 'd', 'j', 'm', 'n', 's', 't', 'c', 'qu', 'jusqu', 'lorsqu', 'puisqu', 'quoiqu', 'presqu']);
/** Abbreviations whose dot does not end a sentence. */
const ABBREVIATIONS = new Set(['m', 'mm', 'mme', 'mlle', 'dr', 'pr', 'me', 'mgr', 'st', 'ste', 'se', 'cf', 'etc', 'no', 'art', 'gen', 'gal', 'col', 'cdt', 'lt', 'sgt', 'av', 'bd', 'ex', 'p', 'vol']);
const SENTENCE_ENDS = new Set(['.', '!', '?', '…', '«', '"', '“', '•', '·', '–', '—', ';', '»']);

const LETTER = /[\p{L}\p{M}]/u;
const UPPER = /\p{Lu}/u;
const LOWER = /\p{Ll}/u;

function isLetter(ch: string): boolean {
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return LETTER.test(ch);
}

function isDigit(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return c >= 48 && c <= 57;
}

function isSpace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r' || ch === '\u00a0' || ch === '\u202f' || ch === '\u2009';
}

/** Per UTF-16 unit: its folded key, or null when the unit must go through the whole-word path. */
const unitKeys = new Map<number, string | null>();
const MARK = /\p{M}/u;

function unitKey(c: number): string | null {
  let k = unitKeys.get(c);
  if (k !== undefined) return k;
  const ch = String.fromCharCode(c);
  // Combining marks (NFD reorders them across units), surrogates (pairs decompose as a whole) and
  // capital sigma (its lower case depends on the next letter) are folded with the word.
  k = (c >= 0xd800 && c <= 0xdfff) || c === 0x3a3 || MARK.test(ch) ? null : foldKeySlow(ch);
  unitKeys.set(c, k);
  return k;
}

/** Lower case with accents folded; cheap and linear (unit by unit, without normalising the word). */
export function foldKey(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 128) {
      out += c >= 65 && c <= 90 ? String.fromCharCode(c + 32) : c === 96 ? "'" : s[i];
      continue;
    }
    const k = unitKey(c);
    if (k === null) return foldKeySlow(s);
    out += k;
  }
  return out;
}

function foldKeySlow(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’ʼ´`‘]/g, "'")
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'OE')
    .replace(/æ/g, 'ae')
    .toLowerCase();
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  let line = 0;
  let lineStart = true;
  let sentStart = true;
  let pendingJoin = false;
  while (i < n) {
    const ch = text[i];
    if (isSpace(ch)) {
      if (ch === '\n') {
        line++;
        lineStart = true;
        sentStart = true;
      }
      pendingJoin = false;
      i++;
      continue;
    }
    if (isLetter(ch)) {
      let j = i + 1;
      while (j < n && isLetter(text[j])) j++;
      const word = text.slice(i, j);
      const lower = word.toLowerCase();
      // Elision: `l'`, `d'`, `qu'`; the scraper sometimes writes `d 'Armée` or `l''aéroport`.
      let k = j;
      if (ELIDABLE.has(lower)) {
        if (k < n && text[k] === ' ' && k + 1 < n && APOSTROPHES.has(text[k + 1]) && lower.length === 1) k++;
        if (k < n && APOSTROPHES.has(text[k])) {
          let m = k + 1;
          while (m < n && APOSTROPHES.has(text[m])) m++;
          out.push(makeToken(text, i, m, 'e', lower + "'", pendingJoin, sentStart, lineStart, line));
          sentStart = false;
          lineStart = false;
          pendingJoin = false;
          i = m;
          continue;
        }
      }
      out.push(makeToken(text, i, j, 'w', foldKey(word), pendingJoin, sentStart, lineStart, line));
      sentStart = false;
      lineStart = false;
      pendingJoin = false;
      // A hyphen between two letters glues the next word to this one.
      if (j + 1 < n && HYPHENS.has(text[j]) && isLetter(text[j + 1])) {
        pendingJoin = true;
        i = j + 1;
        continue;
      }
      i = j;
      continue;
    }
    if (isDigit(ch)) {
      let j = i + 1;
      while (j < n && isDigit(text[j])) j++;
      out.push(makeToken(text, i, j, 'n', text.slice(i, j), false, sentStart, lineStart, line));
      sentStart = false;
      lineStart = false;
      pendingJoin = false;
      i = j;
      continue;
    }
    // Punctuation: one character per token.
    const tok = makeToken(text, i, i + 1, 'p', APOSTROPHES.has(ch) ? "'" : ch, false, false, lineStart, line);
    out.push(tok);
    lineStart = false;
    pendingJoin = false;
    if (SENTENCE_ENDS.has(ch)) {
      const prev = out.length >= 2 ? out[out.length - 2] : undefined;
      // `M. Diop`, `F. Honegger`: the dot of an abbreviation or an initial does not end the sentence.
      const abbrev = ch === '.' && prev !== undefined && prev.end === i && prev.kind === 'w' && (ABBREVIATIONS.has(prev.key) || prev.text.length === 1);
      if (!abbrev) sentStart = true;
    }
    i++;
  }
  return out;
}

function makeToken(text: string, start: number, end: number, kind: TokenKind, key: string, joinPrev: boolean, sentStart: boolean, lineStart: boolean, line: number): Token {
  const t = text.slice(start, end);
  const first = t[0];
  const cap = kind === 'w' && UPPER.test(first);
  let upper = false;
  if (kind === 'w' && t.length >= 2 && cap) {
    upper = !LOWER.test(t);
  }
  return { text: t, start, end, kind, key, cap, upper, joinPrev, sentStart: kind === 'w' || kind === 'e' ? sentStart : false, lineStart, line };
}

/** Tokens of a gazetteer or list entry, as keys (hyphens and spaces both separate words). */
export function keyTokens(s: string): string[] {
  return tokenize(s)
    .filter((t) => t.kind !== 'p')
    .map((t) => t.key);
}
