/**
 * Normalisation and hashing for boilerplate matching. Scraped copies of one teaser differ by
 * accents, apostrophes (’ vs ' vs ´), spacing and trailing punctuation (`.` vs `..` vs `…`), so
 * every comparison goes through `unitKey`, which keeps words only.
 */
import { hash53 } from '../text/hash53';
import { foldAccents } from '../text/normalize';

/**
 * What each UTF-16 code unit (or, for a surrogate pair, code point) becomes in `words`: its
 * folded, lower-cased letters and digits, '' when folding drops it (a combining accent), or ' '
 * (a word break). Folding and lower-casing work character by character (NFD never merges or
 * reorders base characters, and every mark it could reorder is dropped or becomes a break), so
 * mapping each character alone gives what folding the whole string gave.
 */
const FOLDED = new Map<number, string>();

function foldedChar(cp: number): string {
  let got = FOLDED.get(cp);
  if (got === undefined) {
    got = foldAccents(String.fromCodePoint(cp)).toLowerCase().replace(/[^a-z0-9]/g, ' ');
    FOLDED.set(cp, got);
  }
  return got;
}

/** ASCII letters and digits: the common case, mapped without a look-up. */
function asciiWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}

/** The code point at `i`: a surrogate pair read whole when both halves lie before `end`. */
function codePointIn(text: string, i: number, end: number): number {
  const c = text.charCodeAt(i);
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < end) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return (c - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
  }
  return c;
}

/**
 * Lower-case, accent-folded words of `text[start, end)` (letters and digits only): what
 * `words(text.slice(start, end))` gives, in one pass without intermediate strings per character.
 */
export function wordsIn(text: string, start: number, end: number): string[] {
  const out: string[] = [];
  let cur = '';
  // A run of plain ASCII word characters is sliced at once when it ends.
  let run = -1;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (asciiWordChar(c)) {
        if (run < 0) run = i;
        continue;
      }
      if (run >= 0) cur += text.slice(run, i).toLowerCase();
      run = -1;
      if (cur) out.push(cur);
      cur = '';
      continue;
    }
    if (run >= 0) cur += text.slice(run, i).toLowerCase();
    run = -1;
    const cp = codePointIn(text, i, end);
    if (cp > 0xffff) i++;
    const m = foldedChar(cp);
    for (let k = 0; k < m.length; k++) {
      if (m.charCodeAt(k) !== 32) cur += m[k];
      else {
        if (cur) out.push(cur);
        cur = '';
      }
    }
  }
  if (run >= 0) cur += text.slice(run, end).toLowerCase();
  if (cur) out.push(cur);
  return out;
}

/**
 * `wordsIn(text, start, end).join('')` for a run of letters, digits and marks (one word), without
 * the array: the run's folded, lower-cased characters.
 */
export function foldedRun(text: string, start: number, end: number): string {
  let out = '';
  let run = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c < 128) continue;
    if (run < i) out += text.slice(run, i).toLowerCase();
    const cp = codePointIn(text, i, end);
    if (cp > 0xffff) i++;
    out += foldedChar(cp).replace(/ /g, '');
    run = i + 1;
  }
  return run < end ? out + text.slice(run, end).toLowerCase() : out;
}

/** Lower-case, accent-folded words of `s` (letters and digits only). */
export function words(s: string): string[] {
  return wordsIn(s, 0, s.length);
}

/** A printable, stable fingerprint of normalised text (16 hex digits). */
export function fingerprintOf(normalised: string): string {
  return hash53(normalised, 1).toString(16).padStart(14, '0') + hash53(normalised, 7).toString(16).slice(-2).padStart(2, '0');
}

/** A span of `text` (UTF-16 offsets, end exclusive). */
export interface Piece {
  start: number;
  end: number;
}

/**
 * Sentences of one line. A sidebar can be glued into a long line (several teasers in one
 * paragraph), so matching works on sentences; the split is deliberately simple (a sentence end
 * followed by a space and an upper-case letter, a quote or a dash) because both copies of a
 * duplicate are split the same way.
 */
export function sentences(text: string, start: number, end: number): Piece[] {
  const out: Piece[] = [];
  const re = /[.!?…]+["»”]?\s+(?=[A-ZÀ-Ý«"“—–-])/g;
  const line = text.slice(start, end);
  let from = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(line)) !== null) {
    const stop = m.index + m[0].trimEnd().length;
    if (stop > from) out.push(trimPiece(text, start + from, start + stop));
    from = m.index + m[0].length;
  }
  if (from < line.length) out.push(trimPiece(text, start + from, end));
  return out.filter((p) => p.end > p.start);
}

function trimPiece(text: string, start: number, end: number): Piece {
  while (start < end && /\s/.test(text[start])) start++;
  while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/**
 * Share of a sentence's letters that stand inside quotation marks. Two articles about one event
 * legitimately share a quoted statement; such a sentence is not evidence of a pasted sidebar.
 */
export function quotedShare(text: string, start = 0, end = text.length): number {
  let inside = 0;
  let letters = 0;
  let depth = 0;
  for (let i = start; i < end; i++) {
    let cp = text.charCodeAt(i);
    if (cp >= 0xd800 && cp <= 0xdbff && i + 1 < end) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        cp = (cp - 0xd800) * 0x400 + (d - 0xdc00) + 0x10000;
        i++;
      }
    }
    if (cp === 0xab || cp === 0x201c) depth++;
    else if ((cp === 0xbb || cp === 0x201d) && depth > 0) depth--;
    else if (isLetter(cp)) {
      letters++;
      if (depth > 0) inside++;
    }
  }
  return letters ? inside / letters : 0;
}

const LETTER = new Map<number, boolean>();
/** `\p{L}` for one code point; ASCII answered directly, the rest cached. */
function isLetter(cp: number): boolean {
  if (cp < 128) return (cp >= 97 && cp <= 122) || (cp >= 65 && cp <= 90);
  let got = LETTER.get(cp);
  if (got === undefined) {
    got = /\p{L}/u.test(String.fromCodePoint(cp));
    LETTER.set(cp, got);
  }
  return got;
}

/** Non-space characters of `text[start, end)`, the unit the scorer weighs lines by. */
export function nonSpace(text: string, start: number, end: number): number {
  let n = 0;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c !== 32 && c !== 9 && c !== 10 && c !== 13 && c !== 160) n++;
  }
  return n;
}

/**
 * Does the line read like a signature (`Souleymane SIDIBE`, `Envoyés spéciaux`, `Alassane
 * SOULEYMANE et Oumar DIOP`, `Par Awa Traoré`)? Short, no sentence verb, mostly capitalised words.
 * Signatures repeat legitimately across a reporter's articles and mark where the article ends.
 */
export function looksLikeByline(line: string): boolean {
  const t = line.trim().replace(/[.,;:]+$/, '');
  if (!t || t.length > 80) return false;
  const toks = t.split(/[\s,]+/).filter(Boolean);
  if (toks.length < 2 || toks.length > 9) return false;
  if (/^(par|by)$/i.test(toks[0])) return true;
  if (/^envoy[ée]e?s?$/i.test(toks[0]) || /^correspondan/i.test(toks[0])) return true;
  let caps = 0;
  let other = 0;
  for (const w of toks) {
    if (/^\p{Lu}/u.test(w)) caps++;
    else if (/^(et|de|du|des|d'|le|la|avec|and|von|van|ould|ben|ibn)$/i.test(w)) continue;
    else other++;
  }
  return other === 0 && caps >= 2;
}
