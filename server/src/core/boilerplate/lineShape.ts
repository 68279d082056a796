/**
 * The shape of a short line: what stays the same when a site's template prints it for another
 * article. Numbers, dates and times become `#`, names `Xxx` (`XXX` in capitals), separators one
 * sign per family; the rest of the line after a recurring prefix (`Lire aussi : …`) is what the
 * prefix key leaves out. Two publication lines of one site, `Publié le 01/04/2025 à 19h12` and
 * `Publié le 08/07/2025 à 10h40`, have one shape; no two instances need be equal.
 *
 * Only short lines are read this way (site furniture is short); body paragraphs never are.
 */
import { MONTHS, WEEKDAYS } from '../dates/lexicon';
import { hash53 } from '../text/hash53';
import { foldedRun } from './normalize';

export const T_WORD = 0;
export const T_NUMBER = 1;
export const T_SEP = 2;

export interface ShapeToken {
  kind: typeof T_WORD | typeof T_NUMBER | typeof T_SEP;
  /** Words: folded, lower case. Numbers: as written. Separators: one sign per family (see `SEPARATORS`). */
  text: string;
  start: number;
  end: number;
  /** Words: starts with a capital. */
  cap: boolean;
  /** Words: two letters or more, all capitals. */
  upper: boolean;
  /** Words: a month or weekday name. */
  date: boolean;
}

/**
 * Separator families: breadcrumb arrows, bars, bullets, dashes, the colon of a label, brackets
 * and the copyright sign. A `-` or `/` between two letters or digits joins them instead
 * (`Mots-clés`, `01/04/2025`).
 */
const SEPARATORS: ReadonlyMap<string, string> = new Map([
  ['›', '>'], ['»', '>'], ['>', '>'], ['▸', '>'], ['►', '>'], ['▶', '>'], ['→', '>'], ['➜', '>'], ['➤', '>'],
  ['|', '|'], ['•', '•'], ['·', '•'], ['–', '-'], ['—', '-'], ['-', '-'],
  [':', ':'], ['/', '/'], ['(', '('], [')', ')'], ['©', '©'],
]);

const isDigit = (c: number) => c >= 48 && c <= 57;
const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** Case of `text[start, end)`, one word: does it start with a capital, and is it two letters or more, all capitals? */
function caseOf(text: string, start: number, end: number): { cap: boolean; upper: boolean } {
  let letters = 0;
  let lower = false;
  let cap = false;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    let isUpper: boolean;
    if (c < 128) {
      // ASCII: letters only (digits have no case).
      if (c >= 65 && c <= 90) isUpper = true;
      else if (c >= 97 && c <= 122) isUpper = false;
      else continue;
    } else {
      const ch = text[i];
      const up = ch.toUpperCase();
      // A letter with a case (marks have none).
      if (up === ch.toLowerCase()) continue;
      isUpper = ch === up;
    }
    if (letters === 0) cap = isUpper;
    letters++;
    lower ||= !isUpper;
  }
  return { cap, upper: letters >= 2 && !lower };
}

function isWordChar(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || isDigit(c);
  return WORD_CHAR.test(text[i]);
}

/** The tokens of `text[start, end)`: words, numbers (`19h12`, `01/04/2025`, `2-1`, `1er`) and separators. */
export function shapeTokens(text: string, start: number, end: number): ShapeToken[] {
  const out: ShapeToken[] = [];
  let quotes = 0;
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    if (isWordChar(text, i)) {
      let j = i + 1;
      while (j < end && isWordChar(text, j)) j++;
      if (isDigit(c)) {
        // A number runs on through `.:/,-` between digits: dates, times, scores, decimals.
        while (j + 1 < end && ':./,-'.includes(text[j]) && isDigit(text.charCodeAt(j + 1))) {
          j += 1;
          while (j < end && isWordChar(text, j)) j++;
        }
        out.push({ kind: T_NUMBER, text: text.slice(i, j), start: i, end: j, cap: false, upper: false, date: false });
      } else {
        // The boilerplate layer's own fold (accents, case), character by character and cached.
        const folded = foldedRun(text, i, j);
        const { cap, upper } = caseOf(text, i, j);
        out.push({ kind: T_WORD, text: folded, start: i, end: j, cap, upper, date: MONTHS.has(folded) || WEEKDAYS.has(folded) });
      }
      i = j;
      continue;
    }
    const ch = text[i];
    if (ch === '«') quotes++;
    const sep = SEPARATORS.get(ch);
    const joins = (ch === '-' || ch === '/') && i > start && i + 1 < end && isWordChar(text, i - 1) && isWordChar(text, i + 1);
    // A closing guillemet is a quotation mark, not a breadcrumb arrow.
    const closes = ch === '»' && quotes > 0;
    if (sep && !joins && !closes) {
      let j = i + 1;
      if (ch === '>') while (j < end && text[j] === '>') j++;
      out.push({ kind: T_SEP, text: sep, start: i, end: j, cap: false, upper: false, date: false });
      i = j;
      continue;
    }
    i++;
  }
  return out;
}

/** Does token `k` start the line or a segment of it (after a separator other than a bracket)? */
function segmentStart(tokens: readonly ShapeToken[], k: number): boolean {
  if (k === 0) return true;
  const prev = tokens[k - 1];
  return prev.kind === T_SEP && prev.text !== '(' && prev.text !== ')';
}

/** How a token reads in a shape: `#` for numbers and dates, `N`/`U` for names, else itself. */
function shapeOf(t: ShapeToken, atStart: boolean): string {
  if (t.kind === T_NUMBER || t.date) return '#';
  if (t.kind === T_SEP) return t.text;
  if (t.upper) return 'U';
  // The first word of a line or segment is capitalised by typography, not because it is a name.
  if (t.cap && !atStart) return 'N';
  return t.text;
}

const isName = (s: string | undefined) => s === 'N' || s === 'U';

/** Tokens as they read in a shape, runs of `#` and of one name mark each made one. */
function masked(tokens: readonly ShapeToken[], from: number, to: number): string[] {
  const out: string[] = [];
  for (let k = from; k < to; k++) {
    const t = tokens[k];
    const s = shapeOf(t, segmentStart(tokens, k));
    const last = out[out.length - 1];
    if (last === '#' && s === '#') continue;
    // A name is one mark, however its words are written (`Kadidia SANGARÉ`): in capitals when all are.
    if (isName(last) && isName(s)) {
      if (s === 'N') out[out.length - 1] = 'N';
      continue;
    }
    out.push(s);
  }
  return out;
}

/** Separators that end the prefix of a labelled line (`Mots-clés :`, `Accueil ›`, `Publié le … |`). */
const PREFIX_ENDS = new Set([':', '>', '|', '•', '-']);
/** A label is a few words: a longer run before the separator is a sentence of its own. */
const MAX_PREFIX_TOKENS = 7;

/**
 * Where the prefix of a labelled line ends (the index of its separator), or -1: a separator within
 * the first few tokens, after at least one word that is neither a name nor a number (the label
 * must say something of its own: `Lire aussi :`, not `Kolda :`), with something after it.
 */
export function prefixEnd(tokens: readonly ShapeToken[]): number {
  const n = Math.min(tokens.length - 1, MAX_PREFIX_TOKENS);
  let literal = false;
  for (let k = 0; k < n; k++) {
    const t = tokens[k];
    if (t.kind === T_SEP) {
      if (PREFIX_ENDS.has(t.text)) return literal && k > 0 ? k : -1;
      continue;
    }
    if (t.kind === T_WORD && !t.date) {
      if (t.upper || (t.cap && k > 0)) return -1;
      literal = true;
    }
  }
  return -1;
}

/** The keys of a line's shape in a page region: the whole line, and its prefix when it has one (NaN when not). */
export function shapeKeys(tokens: readonly ShapeToken[], region: number): { line: number; prefix: number } {
  const whole = masked(tokens, 0, tokens.length).join(' ');
  const p = prefixEnd(tokens);
  return {
    line: hash53(`${region}\u0001${whole}`, 11),
    prefix: p < 0 ? NaN : hash53(`${region}\u0002${masked(tokens, 0, p + 1).join(' ')}`, 11),
  };
}

/**
 * The shape as people read it, in the line's own spelling and punctuation: `Publié le # à # | Mis à
 * jour le # à #`, `Réactions des lecteurs (#)`, `Mots-clés : …` for a prefix (`prefixOnly`); names
 * read `Xxx` (`XXX` in capitals).
 */
export function shapeText(text: string, tokens: readonly ShapeToken[], prefixOnly: boolean): string {
  const to = prefixOnly ? prefixEnd(tokens) + 1 : tokens.length;
  let out = '';
  let last = '';
  for (let k = 0; k < to; k++) {
    const t = tokens[k];
    const s = shapeOf(t, segmentStart(tokens, k));
    // A run of numbers and dates, or of names, reads as one mark (the text between them goes too).
    if (k > 0 && ((last === '#' && s === '#') || (isName(last) && isName(s)))) {
      if (s === 'N' && last === 'U') {
        out = out.slice(0, -'XXX'.length) + 'Xxx';
        last = 'N';
      }
      continue;
    }
    if (k > 0) out += text.slice(tokens[k - 1].end, t.start);
    out += s === '#' ? '#' : s === 'N' ? 'Xxx' : s === 'U' ? 'XXX' : text.slice(t.start, t.end);
    last = s;
  }
  return (prefixOnly ? `${out} …` : out).replace(/\s+/g, ' ').trim();
}

/** The words and numbers of the tokens (separators left out). */
export function wordCount(tokens: readonly ShapeToken[]): number {
  let n = 0;
  for (const t of tokens) if (t.kind !== T_SEP) n++;
  return n;
}
