/**
 * What the boilerplate layer needs to know about one file on its own, before anything is compared
 * across the corpus: its lines, its units (sentences) with their keys, the MinHash bucket keys and
 * shingles of the units long enough for near matching, and its site-chrome lines. A pure function
 * of the text made of typed arrays, numbers and strings, so it can be computed on another thread
 * and posted (structured clone) to the index, which then only merges it.
 */
import { lineRanges } from '../text/lines';
import { detectChrome, isListLine, SHORT_LINE_WORDS, type ChromeLine } from './chrome';
import { shapeTokens, type ShapeToken } from './lineShape';
import { BANDS, bandKeys, signature } from './minhash';
import { hash53Words } from '../text/hash53';
import { looksLikeByline, nonSpace, quotedShare, sentences, wordsIn } from './normalize';
import { shingles } from './shingles';
import { analyseTemplate, type TemplateFacts } from './template/facts';
import { IntStack } from '../collections/intStack';

/** Below this, a sentence is too generic for near matching ("Le ministre a pris la parole."). */
export const NEAR_MIN_WORDS = 8;
/** Words hashed for the head key: a teaser cut shorter elsewhere still starts the same way. */
const HEAD_WORDS = 10;
/** Bucket keys per near-matchable unit: one per LSH band, then the head key (NaN when too short). */
export const BUCKET_KEYS = BANDS + 1;

/** Fields of `lines`, per line. */
export const L_START = 0;
export const L_END = 1;
/** Normalised words on the line. */
export const L_WORDS = 2;
/** Non-space characters. */
export const L_CHARS = 3;
/** Bit 0: not blank (has non-whitespace); bit 1: reads like a signature. */
export const L_FLAGS = 4;
export const LINE_FIELDS = 5;
export const NON_BLANK = 1;
export const BYLINE = 2;

/** Fields of `units`, per unit, in the order `analyseBoilerplate` writes them. */
export const U_LINE = 0;
// 1, 2, 3: the unit's start and end offsets and its word count (written, read by nothing today).
/** Non-space characters. */
export const U_CHARS = 4;
/** 1 when mostly a quotation: shared quotes are legitimate, so never evidence of a copy. */
export const U_QUOTED = 5;
/** Index of the unit among the near-matchable ones (into `buckets`, `shingleStart`), or -1. */
export const U_NEAR = 6;
export const UNIT_FIELDS = 7;

export interface BoilerplateFacts {
  /** LINE_FIELDS integers per line (see L_*). */
  lines: Int32Array;
  /** UNIT_FIELDS integers per unit (see U_*): the sentences of the non-blank lines, in order. */
  units: Int32Array;
  /** Per unit: hash53 of its normalised words (equal keys are exact copies). */
  keys: Float64Array;
  /** BUCKET_KEYS per near-matchable unit: LSH band keys, then the head key or NaN. */
  buckets: Float64Array;
  /** Per near-matchable unit and one more: where its shingles start in `shingles`. */
  shingleStart: Int32Array;
  /** Sorted shingle hashes of the near-matchable units, one run per unit. */
  shingles: Uint32Array;
  chrome: ChromeLine[];
  /** The page's layout and line shapes, for the site-template index. */
  template: TemplateFacts;
}

const NO_WORDS: readonly string[] = [];

export function analyseBoilerplate(text: string): BoilerplateFacts {
  const ranges = lineRanges(text);
  const lines = new Int32Array(ranges.length * LINE_FIELDS);
  const units = new IntStack();
  const keys: number[] = [];
  const buckets: number[] = [];
  const shingleStart: number[] = [0];
  const sh: Uint32Array[] = [];
  let nShingles = 0;
  // Each line's words, for the chrome cues (empty for blank lines).
  const lineWords: (readonly string[])[] = ranges.map(() => NO_WORDS);
  ranges.forEach(({ start, end }, line) => {
    const at = line * LINE_FIELDS;
    lines[at + L_START] = start;
    lines[at + L_END] = end;
    lines[at + L_CHARS] = nonSpace(text, start, end);
    const t = text.slice(start, end);
    if (!t.trim()) return;
    lines[at + L_FLAGS] = NON_BLANK | (looksLikeByline(t) ? BYLINE : 0);
    // The sentences cover the line but for punctuation and spaces, which break words: the line's
    // words are theirs, gathered here rather than read a second time.
    const inLine: string[] = [];
    for (const p of sentences(text, start, end)) {
      const ws = wordsIn(text, p.start, p.end);
      for (const w of ws) inLine.push(w);
      if (ws.length === 0) continue;
      const quoted = quotedShare(text, p.start, p.end) >= 0.6;
      let near = -1;
      if (ws.length >= NEAR_MIN_WORDS && !quoted) {
        near = shingleStart.length - 1;
        const s = shingles(ws);
        sh.push(s);
        nShingles += s.length;
        shingleStart.push(nShingles);
        buckets.push(...bandKeys(signature(s)), ws.length >= HEAD_WORDS + 2 ? headKey(ws) : NaN);
      }
      units.push(line);
      units.push(p.start);
      units.push(p.end);
      units.push(ws.length);
      units.push(nonSpace(text, p.start, p.end));
      units.push(quoted ? 1 : 0);
      units.push(near);
      keys.push(hash53Words(ws));
    }
    lines[at + L_WORDS] = inLine.length;
    lineWords[line] = inLine;
  });
  const all = new Uint32Array(nShingles);
  sh.forEach((s, k) => all.set(s, shingleStart[k]));
  // Short lines and lists are read token by token, once, by the chrome cues and the template facts.
  const tokens: (readonly ShapeToken[] | undefined)[] = ranges.map((l, i) =>
    lineWords[i].length > 0 && (lineWords[i].length <= SHORT_LINE_WORDS || isListLine(text.slice(l.start, l.end))) ? shapeTokens(text.slice(l.start, l.end), 0, l.end - l.start) : undefined,
  );
  const chrome = detectChrome(ranges.map((l, i) => ({ start: l.start, end: l.end, text: text.slice(l.start, l.end), words: lineWords[i], tokens: tokens[i] })));
  const chromeAt = new Set(chrome.map((c) => c.line));
  const template = analyseTemplate(
    text,
    ranges.map((l, i) => ({ start: l.start, end: l.end, words: lineWords[i].length, tokens: tokens[i], chrome: chromeAt.has(i) })),
    (i) => lineWords[i],
  );
  return {
    lines,
    units: units.done(),
    keys: Float64Array.from(keys),
    buckets: Float64Array.from(buckets),
    shingleStart: Int32Array.from(shingleStart),
    shingles: all,
    chrome,
    template,
  };
}

export function headKey(ws: readonly string[]): number {
  return hash53Words(ws, HEAD_WORDS, 'head ');
}
