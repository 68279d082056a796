/**
 * A linear, single-pass tokenizer for French news text. Words are split at hyphens (the second
 * part is marked `joinPrev`) so that `Mali-Russie` yields two place names while `Saint-Pétersbourg`
 * still matches its gazetteer entry token by token. Elided articles (`l'`, `d'`, `qu'`) are tokens
 * of their own so `d'Assimi` starts the name at `Assimi`. Each token carries its case shape and
 * whether it opens a sentence, which the recognisers use as capitalisation cues.
 */
import { detached, foldLower } from '../text/normalize';

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

/**
 * Per UTF-16 unit, what the regular expressions above say of it, computed once per unit: bit 0
 * known, bit 1 letter or mark, bit 2 upper case, bit 3 lower case. A unit is tested alone, as the
 * tokenizer always did (a lone surrogate is no letter).
 */
const unitClass = new Uint8Array(65536);
const KNOWN = 1;
const IS_LETTER = 2;
const IS_UPPER = 4;
const IS_LOWER = 8;

function classOf(c: number): number {
  let k = unitClass[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    k = KNOWN | (LETTER.test(ch) ? IS_LETTER : 0) | (UPPER.test(ch) ? IS_UPPER : 0) | (LOWER.test(ch) ? IS_LOWER : 0);
    unitClass[c] = k;
  }
  return k;
}

function isLetterCode(c: number): boolean {
  if (c < 128) return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return (classOf(c) & IS_LETTER) !== 0;
}

function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0 || c === 0x202f || c === 0x2009;
}

const HYPHEN_CODES = new Set([...HYPHENS].map((h) => h.charCodeAt(0)));
const APOSTROPHE_CODES = new Set([...APOSTROPHES].map((h) => h.charCodeAt(0)));
/** The longest elidable word (`lorsqu`): longer words skip the look-up. */
const ELIDABLE_MAX = Math.max(...[...ELIDABLE].map((w) => w.length));

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

const foldKeySlow = foldLower;

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const n = text.length;
  let i = 0;
  let line = 0;
  let lineStart = true;
  let sentStart = true;
  let pendingJoin = false;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (isSpaceCode(c)) {
      if (c === 10) {
        line++;
        lineStart = true;
        sentStart = true;
      }
      pendingJoin = false;
      i++;
      continue;
    }
    if (isLetterCode(c)) {
      let j = i + 1;
      let h = c;
      for (; j < n; j++) {
        const d = text.charCodeAt(j);
        if (!isLetterCode(d)) break;
        h = (Math.imul(h, 31) + d) | 0;
      }
      let shape = wordShape(text, i, j, h);
      // Elision: `l'`, `d'`, `qu'`; the scraper sometimes writes `d 'Armée` or `l''aéroport`.
      const lower = shape.elidable;
      // `N'Diaye`, `M'Bemba`: a capital N or M glued by an apostrophe to a capital is the start of a
      // name written so across West Africa, not the negation `n'` or the pronoun `m'`; so is a capitalised
      // word no elision ends (`Sen'Eau`, `O'Neill`).
      if ((lower === 'n' || lower === 'm' || lower === undefined) && shape.cap && j + 1 < n && APOSTROPHE_CODES.has(text.charCodeAt(j)) && (classOf(text.charCodeAt(j + 1)) & IS_UPPER) !== 0) {
        j += 2;
        while (j < n && isLetterCode(text.charCodeAt(j))) j++;
        shape = shapeOf(detached(text.slice(i, j)));
      } else if (lower !== undefined) {
        let k = j;
        if (k < n && text.charCodeAt(k) === 32 && k + 1 < n && APOSTROPHE_CODES.has(text.charCodeAt(k + 1)) && lower.length === 1) k++;
        if (k < n && APOSTROPHE_CODES.has(text.charCodeAt(k))) {
          let m = k + 1;
          while (m < n && APOSTROPHE_CODES.has(text.charCodeAt(m))) m++;
          out.push(makeToken(text.slice(i, m), i, m, 'e', lower + "'", pendingJoin, sentStart, lineStart, line));
          sentStart = false;
          lineStart = false;
          pendingJoin = false;
          i = m;
          continue;
        }
      }
      out.push({ text: shape.word, start: i, end: j, kind: 'w', key: shape.key, cap: shape.cap, upper: shape.upper, joinPrev: pendingJoin, sentStart, lineStart, line });
      sentStart = false;
      lineStart = false;
      pendingJoin = false;
      // A hyphen between two letters glues the next word to this one.
      if (j + 1 < n && HYPHEN_CODES.has(text.charCodeAt(j)) && isLetterCode(text.charCodeAt(j + 1))) {
        pendingJoin = true;
        i = j + 1;
        continue;
      }
      i = j;
      continue;
    }
    if (isDigitCode(c)) {
      let j = i + 1;
      while (j < n && isDigitCode(text.charCodeAt(j))) j++;
      const digits = text.slice(i, j);
      out.push(makeToken(digits, i, j, 'n', digits, false, sentStart, lineStart, line));
      sentStart = false;
      lineStart = false;
      pendingJoin = false;
      i = j;
      continue;
    }
    // Punctuation: one character per token.
    const ch = text[i];
    const tok = makeToken(ch, i, i + 1, 'p', APOSTROPHE_CODES.has(c) ? "'" : ch, false, false, lineStart, line);
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

/** What a word token is, whatever its position: computed once per distinct word (see `wordShape`). */
interface WordShape {
  word: string;
  key: string;
  cap: boolean;
  upper: boolean;
  /** The word's lower case when it is one that elides (`l`, `qu`…). */
  elidable?: string;
}

/**
 * Words repeat (a few thousand make most of a text): a small direct-mapped cache, indexed by a
 * hash of the word's units, hands back the same strings and case shape for a word seen recently.
 * That saves slicing and folding each occurrence, and the recognisers' set look-ups then find the
 * key's hash already computed. Bounded (one entry per slot, a collision replaces it).
 */
const WORD_CACHE_SIZE = 1 << 14;
const wordCache: (WordShape | undefined)[] = new Array<WordShape | undefined>(WORD_CACHE_SIZE).fill(undefined);

function wordShape(text: string, i: number, j: number, h: number): WordShape {
  const slot = (h ^ (h >>> 14)) & (WORD_CACHE_SIZE - 1);
  const hit = wordCache[slot];
  if (hit !== undefined && hit.word.length === j - i && sameUnits(hit.word, text, i)) return hit;
  const shape = shapeOf(detached(text.slice(i, j)));
  wordCache[slot] = shape;
  return shape;
}

function sameUnits(word: string, text: string, at: number): boolean {
  for (let k = 0; k < word.length; k++) if (word.charCodeAt(k) !== text.charCodeAt(at + k)) return false;
  return true;
}

function shapeOf(word: string): WordShape {
  let ascii = true;
  let capitals = false;
  for (let k = 0; k < word.length; k++) {
    const d = word.charCodeAt(k);
    if (d >= 128) ascii = false;
    else if (d <= 90) capitals = true;
  }
  // An ASCII word folds to its lower case: itself when it has no capital, else the native lower
  // case (much cheaper than `foldKey`, and a flat string).
  const key = ascii ? (capitals ? word.toLowerCase() : word) : foldKey(word);
  const cap = (classOf(word.charCodeAt(0)) & IS_UPPER) !== 0;
  const upper = word.length >= 2 && cap && !hasLower(word);
  let elidable: string | undefined;
  if (word.length <= ELIDABLE_MAX) {
    const lower = ascii ? key : word.toLowerCase();
    if (ELIDABLE.has(lower)) elidable = lower;
  }
  return { word, key, cap, upper, elidable };
}

/** `t` is the token's text (`text.slice(start, end)`). */
function makeToken(t: string, start: number, end: number, kind: TokenKind, key: string, joinPrev: boolean, sentStart: boolean, lineStart: boolean, line: number): Token {
  const cap = kind === 'w' && (classOf(t.charCodeAt(0)) & IS_UPPER) !== 0;
  let upper = false;
  if (kind === 'w' && t.length >= 2 && cap) upper = !hasLower(t);
  return { text: t, start, end, kind, key, cap, upper, joinPrev, sentStart: kind === 'w' || kind === 'e' ? sentStart : false, lineStart, line };
}

/** Some unit of `t` is a lower-case letter (words hold no surrogates: unit by unit is code point by code point). */
function hasLower(t: string): boolean {
  for (let i = 0; i < t.length; i++) if (classOf(t.charCodeAt(i)) & IS_LOWER) return true;
  return false;
}

/** Tokens of a gazetteer or list entry, as keys (hyphens and spaces both separate words). */
export function keyTokens(s: string): string[] {
  return tokenize(s)
    .filter((t) => t.kind !== 'p')
    .map((t) => t.key);
}
