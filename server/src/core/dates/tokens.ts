/**
 * A flat tokenizer for the date grammar: runs of letters (with combining marks), runs of ASCII
 * digits, and single other characters (a whole code point), exactly what the regular expression
 * `/[\p{L}\p{M}]+|\d+|\S/gu` would match.
 *
 * Most of a news text holds no date, so tokenizing is split in two:
 *   - `tokenize` walks the text once with a hand-written character loop and records only where
 *     each token starts and ends, its kind, the whitespace before it and, for words, a hash of
 *     their folded form. No string or object is made per token, which is what used to dominate
 *     the recogniser's time.
 *   - `TokenList.get` builds the `Token` object (with its text and folded form) on demand, and
 *     caches it: the grammar only ever reads the few tokens around a possible date.
 * The loop looks at every character a fixed number of times, so tokenizing stays linear.
 */
import { foldLower } from '../text/normalize';

export interface Token {
  kind: 'w' | 'n' | 'p';
  /** The source text of the token. */
  text: string;
  /** Folded form: lower case, accents stripped, `œ` → `oe`, every apostrophe → `'`. */
  lo: string;
  start: number;
  end: number;
  /** Whitespace stands between the previous token and this one. */
  space: boolean;
  /** That whitespace holds a line break. */
  newline: boolean;
}

const APOSTROPHES = /[’ʼ´`‘]/;

/** Lower-cases and strips accents: the core's one fold (text/normalize.ts). */
export const fold = foldLower;

// ---- folded-word hashes -------------------------------------------------------------------------

/**
 * A word's hash is computed over its folded letters while the loop walks it, so the grammar can
 * tell `Août` might be a month without building the string. It is only a filter: the grammar
 * confirms a hit on the real folded form. Words whose folding is not letter-by-letter (`œ`,
 * other scripts, astral characters) get the flag `F_COMPLEX` instead: they are always checked.
 */
const hashStep = (h: number, letter: number): number => (Math.imul(h, 31) + letter) | 0;

/** The hash `tokenize` gives a word whose folded form is `folded` (lower-case ASCII letters). */
export function foldedHash(folded: string): number {
  let h = 0;
  for (let k = 0; k < folded.length; k++) h = hashStep(h, folded.charCodeAt(k));
  return h;
}

/**
 * A set of folded words to test `tokenize`'s hashes against. Nearly every word of a text is
 * tested, so a 64-Kbit table answers "no" first; the exact hash set settles the rare hits.
 */
export class FoldedWordSet {
  private readonly bits = new Uint8Array(1 << 13);
  private readonly hashes = new Set<number>();

  constructor(words: Iterable<string>) {
    for (const w of words) {
      const h = foldedHash(w);
      this.hashes.add(h);
      this.bits[(h & 0xffff) >>> 3] |= 1 << (h & 7);
    }
  }

  /** The word with this hash may be in the set (a false "yes" only costs an exact check). */
  mayHold(hash: number): boolean {
    return (this.bits[(hash & 0xffff) >>> 3] & (1 << (hash & 7))) !== 0 && this.hashes.has(hash);
  }
}

/**
 * Which tokens `tokenize` lists as candidates, for the grammar to try: every number, every word
 * that may fold to one of `starts`, and every word right before one that may fold to one of
 * `before`. Words the hash cannot stand for are listed whatever they are: the list may hold
 * too much, never too little.
 */
export interface CandidateWords {
  starts: FoldedWordSet;
  before: FoldedWordSet;
}

// ---- character classes --------------------------------------------------------------------------

// Classes as bit patterns: `isWordClass` is one mask test, and `ASTRAL` marks a surrogate pair.
const SPACE = 1; // \s
const DIGIT = 2; // [0-9] (what \d means even with the u flag)
const OTHER = 3;
const LETTER = 4; // \p{L}
const MARK = 5; // \p{M}: continues a word, but alone is punctuation
/** Added to a class when the code point is a surrogate pair. */
const ASTRAL = 8;
/** Letters and marks, single or astral, make up words. */
const isWordClass = (k: number): boolean => (k & 4) !== 0;

/** Classes of the ASCII characters, the common case, looked up without a function call. */
const ASCII_CLASS = new Uint8Array(128).map((_, c) =>
  c >= 48 && c <= 57 ? DIGIT : (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? LETTER : /\s/.test(String.fromCharCode(c)) ? SPACE : OTHER,
);

/** Classes of the 65,536 UTF-16 code units, filled on first sight (0 = not yet known). */
const UNIT_CLASS = new Uint8Array(0x10000);

function classOfCodePoint(ch: string): number {
  if (/\p{L}/u.test(ch)) return LETTER;
  if (/\p{M}/u.test(ch)) return MARK;
  if (/\s/u.test(ch)) return SPACE;
  if (ch.length === 1 && ch >= '0' && ch <= '9') return DIGIT;
  return OTHER;
}

/** Class of a code unit that is not a surrogate (a lone surrogate is `OTHER`, as the regex sees it). */
function unitClass(c: number): number {
  let k = UNIT_CLASS[c];
  if (k === 0) {
    k = c >= 0xd800 && c <= 0xdfff ? OTHER : classOfCodePoint(String.fromCharCode(c));
    UNIT_CLASS[c] = k;
  }
  return k;
}

/** Classes of the astral code points seen so far (rare in news text; bounded all the same). */
const ASTRAL_CLASS = new Map<number, number>();
const MAX_ASTRAL = 4096;

/** Class of the code point starting at `i`, plus `ASTRAL` when it is a surrogate pair. */
function classAt(text: string, i: number, c: number): number {
  if (c < 0xd800 || c > 0xdbff || i + 1 >= text.length) return unitClass(c);
  const lowUnit = text.charCodeAt(i + 1);
  if (lowUnit < 0xdc00 || lowUnit > 0xdfff) return OTHER;
  const cp = (c - 0xd800) * 0x400 + (lowUnit - 0xdc00) + 0x10000;
  let k = ASTRAL_CLASS.get(cp);
  if (k === undefined) {
    k = classOfCodePoint(String.fromCodePoint(cp));
    if (ASTRAL_CLASS.size >= MAX_ASTRAL) ASTRAL_CLASS.clear();
    ASTRAL_CLASS.set(cp, k);
  }
  return k + ASTRAL;
}

/**
 * What each BMP code unit adds to a folded word: a lower-case ASCII letter, nothing (`VANISHES`:
 * combining accents), or `COMPLEX_UNIT` (several letters like `œ` → `oe`, or not ASCII at all).
 * Taken from `fold` itself on first sight, so the hash agrees with it by construction: `fold`
 * decomposes, drops the accents and lower-cases, all of which act character by character on the
 * letters and accents kept here.
 */
const UNIT_FOLD = new Uint8Array(0x10000);
const VANISHES = 1;
const COMPLEX_UNIT = 2;

function unitFold(c: number): number {
  let f = UNIT_FOLD[c];
  if (f === 0) {
    const s = c >= 0xd800 && c <= 0xdfff ? '\ud800' : fold(String.fromCharCode(c));
    const a = s.charCodeAt(0);
    f = s.length === 0 ? VANISHES : s.length === 1 && a >= 97 && a <= 122 ? a : COMPLEX_UNIT;
    UNIT_FOLD[c] = f;
  }
  return f;
}

/**
 * `fold` for a word without `F_COMPLEX`: every unit is an ASCII letter or folds, by `UNIT_FOLD`
 * (already filled by the scan), to one letter or to nothing. Spares `normalize` on most accented words.
 */
function foldByUnit(word: string): string {
  let out = '';
  for (let k = 0; k < word.length; k++) {
    const c = word.charCodeAt(k);
    const g = c < 128 ? c | 32 : UNIT_FOLD[c];
    if (g !== VANISHES) out += String.fromCharCode(g);
  }
  return out;
}

// ---- the token list -----------------------------------------------------------------------------

const KIND_W = 1;
const KIND_N = 2;
const KIND_P = 3;
const KIND_MASK = 3;
const F_SPACE = 4;
const F_NEWLINE = 8;
/** A word with a non-ASCII character: its folded form needs `fold`. */
const F_NON_ASCII = 16;
/** A word whose hash does not stand for its folded form (see `foldedHash`). */
const F_COMPLEX = 32;

const KINDS: readonly Token['kind'][] = ['p', 'w', 'n', 'p'];

export class TokenList {
  private readonly cache: (Token | undefined)[];

  constructor(
    private readonly text: string,
    /** Number of tokens. */
    readonly length: number,
    private readonly starts: Int32Array,
    private readonly ends: Int32Array,
    private readonly flags: Uint8Array,
    private readonly candidates: Int32Array,
    /** Number of candidate tokens (see `CandidateWords`). */
    readonly candidateCount: number,
  ) {
    this.cache = new Array<Token | undefined>(length);
  }

  /** Token j, or undefined outside the text (as indexing an array would give). */
  get(j: number): Token | undefined {
    if (j < 0 || j >= this.length) return undefined;
    return this.cache[j] ?? (this.cache[j] = this.build(j));
  }

  /** The kind of token j, from the recorded flags (no token is built); undefined outside the text. */
  kind(j: number): Token['kind'] | undefined {
    return j >= 0 && j < this.length ? KINDS[this.flags[j] & KIND_MASK] : undefined;
  }

  /** Token j exists and no whitespace stands before it. */
  glued(j: number): boolean {
    return j >= 0 && j < this.length && (this.flags[j] & F_SPACE) === 0;
  }

  /** Length of token j in code units. */
  size(j: number): number {
    return this.ends[j] - this.starts[j];
  }

  start(j: number): number {
    return this.starts[j];
  }

  end(j: number): number {
    return this.ends[j];
  }

  /** The index of the c-th candidate token, in text order. */
  candidate(c: number): number {
    return this.candidates[c];
  }

  private build(j: number): Token {
    const f = this.flags[j];
    const start = this.starts[j];
    const end = this.ends[j];
    const text = this.text.slice(start, end);
    const kind = KINDS[f & KIND_MASK];
    let lo = text;
    if (kind === 'w') lo = !(f & F_NON_ASCII) ? text.toLowerCase() : f & F_COMPLEX ? fold(text) : foldByUnit(text);
    else if (kind === 'p') {
      const c = text.charCodeAt(0);
      if ((c >= 128 || c === 96) && APOSTROPHES.test(text)) lo = "'";
    }
    return { kind, text, lo, start, end, space: (f & F_SPACE) !== 0, newline: (f & F_NEWLINE) !== 0 };
  }
}

/** Grows a typed array to `size` elements, keeping its content. */
function grow<T extends Int32Array | Uint8Array>(a: T, size: number): T {
  const b = new (a.constructor as new (n: number) => T)(size);
  b.set(a);
  return b;
}

/**
 * The arrays `tokenize` writes into are reused from one call to the next: allocating four
 * typed arrays per text cost more in garbage collection than the scan itself. Lists longer than
 * `SCRATCH_MAX` tokens get arrays of their own, so one huge text does not stay in memory.
 */
const SCRATCH_MAX = 1 << 16;
let scratch = { starts: new Int32Array(1024), ends: new Int32Array(1024), flags: new Uint8Array(1024), candidates: new Int32Array(1024) };

/**
 * Tokenizes `text` and lists the candidate tokens for `words`. The list shares its arrays with the
 * next call's: read it before tokenizing another text (the recogniser handles one text at a time,
 * synchronously).
 */
export function tokenize(text: string, words: CandidateWords): TokenList {
  const len = text.length;
  let { starts, ends, flags, candidates } = scratch;
  let cap = starts.length;
  let n = 0;
  let nc = 0; // candidates listed
  let gap = 0; // F_SPACE / F_NEWLINE seen since the previous token
  let i = 0;
  while (i < len) {
    let c = text.charCodeAt(i);
    if (c === 32) {
      gap |= F_SPACE; // the most common character, before any lookup
      i++;
      continue;
    }
    let k = c < 128 ? ASCII_CLASS[c] : classAt(text, i, c);
    if (k === SPACE) {
      gap |= c === 10 ? F_SPACE | F_NEWLINE : F_SPACE;
      i++;
      continue;
    }
    if (n === cap) {
      // At most one candidate per token, so the candidate array grows with the others.
      cap *= 2;
      starts = grow(starts, cap);
      ends = grow(ends, cap);
      flags = grow(flags, cap);
      candidates = grow(candidates, cap);
      if (cap <= SCRATCH_MAX) scratch = { starts, ends, flags, candidates };
    }
    const start = i;
    let f = gap;
    let h = 0;
    gap = 0;
    if (k === DIGIT) {
      do i++; while (i < len && isDigit(text.charCodeAt(i)));
      f |= KIND_N;
    } else if (isWordClass(k)) {
      // A run of letters and marks; the hash folds it letter by letter.
      for (;;) {
        if (c < 128) {
          h = hashStep(h, c | 32);
          i++;
        } else if (k >= ASTRAL) {
          f |= F_NON_ASCII | F_COMPLEX;
          i += 2;
        } else {
          const g = unitFold(c);
          if (g === COMPLEX_UNIT) f |= F_COMPLEX;
          else if (g !== VANISHES) h = hashStep(h, g);
          f |= F_NON_ASCII;
          i++;
        }
        if (i >= len) break;
        c = text.charCodeAt(i);
        if (c < 128) {
          if (ASCII_CLASS[c] !== LETTER) break;
          continue; // an ASCII letter: `k` is only read for the others
        }
        k = classAt(text, i, c);
        if (!isWordClass(k)) break;
      }
      // One lone accent is punctuation; any other run (even one astral letter) is a word.
      f |= i - start > 1 || text.charCodeAt(start) < 128 || unitClass(text.charCodeAt(start)) === LETTER ? KIND_W : KIND_P;
    } else {
      // One other code point; a surrogate pair is two code units and counts as a word (as the
      // regex tokenizer had it: any token longer than one unit was a word).
      i += k >= ASTRAL ? 2 : 1;
      f |= k >= ASTRAL ? KIND_W | F_NON_ASCII | F_COMPLEX : KIND_P;
    }
    starts[n] = start;
    ends[n] = i;
    flags[n] = f;
    const kind = f & KIND_MASK;
    if (kind === KIND_W) {
      const complex = (f & F_COMPLEX) !== 0;
      const prev = n - 1;
      if ((complex || words.before.mayHold(h)) && prev >= 0 && (flags[prev] & KIND_MASK) === KIND_W &&
          (nc === 0 || candidates[nc - 1] !== prev)) candidates[nc++] = prev;
      if (complex || words.starts.mayHold(h)) candidates[nc++] = n;
    } else if (kind === KIND_N) candidates[nc++] = n;
    n++;
  }
  return new TokenList(text, n, starts, ends, flags, candidates, nc);
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/** True when the token's first letter is upper case (`Mars` the planet vs `mars` the month). */
export function isCapitalized(t: Token): boolean {
  const c = t.text[0];
  return c !== c.toLowerCase();
}
