/**
 * From per-sentence copies and per-line chrome to whole-line blocks. The decisions that keep
 * legitimate repeats out live here, each on evidence that does not depend on the text:
 *   - a line is a copy only when copied sentences cover at least half of it, so a quotation or a
 *     stock phrase inside an article's own paragraph never flags the paragraph;
 *   - short lines (bylines, one-word headings) are never copies on their own; they join a block
 *     only when they sit inside it in this file *and* next to the same copy in the other file;
 *   - one copied line standing between two body paragraphs, shared by fewer than three files,
 *     is a shared background paragraph rather than a pasted sidebar.
 */
import type { BoilerplateBlock } from '../types';
import type { ChromeLine } from './chrome';
import type { CopyPairs, KeepUnits } from './duplicates';
import { BYLINE, L_CHARS, L_END, L_FLAGS, L_START, L_WORDS, LINE_FIELDS, NON_BLANK, U_CHARS, U_LINE, UNIT_FIELDS } from './facts';
import { fingerprintOf, wordsIn } from './normalize';
import { IntStack } from '../collections/intStack';
import { sharedStrings } from '../text/sharedStrings';
import { templateBlocks, templateFurniture, type TemplateSources } from './template/blocks';
import type { TemplateLine } from './template';
import type { TemplateFacts } from './template/facts';

/** A line shorter than this is never duplicate evidence by itself. */
export const SUBSTANTIAL_WORDS = 8;
/** Copies listed per block; the reason still gives the full count (a sidebar can be in thousands of files). */
export const MAX_COPIES = 50;
/** Below this many listed partners the list is complete (sampling keeps up to 64 per sentence). */
const SAMPLE_HINT = 64;
/** A copied run of lines between body paragraphs is an inline box only when this many other files share it. */
const ISOLATED_MIN_FILES = 3;

/** What blocks are built from: a file's text and its line and unit rows (see facts.ts). */
export interface FileView {
  id: number;
  name: string;
  lines: Int32Array;
  units: Int32Array;
  /** The page's layout and line shapes (template/facts.ts). */
  template: TemplateFacts;
  /** `template.headline`: the page's headline line, or -1; never boilerplate, nor the copy of a teaser naming it. */
  headline: number;
  /**
   * The copy records naming this file's line ranges (key `first * RECORD_SPAN + last`), shared by
   * every block listing them: a sidebar's copy is listed by each of its other copies, and one
   * record per listing was most of the memory the blocks keep.
   */
  copyRecords?: Map<number, CopyRecord>;
}

type CopyRecord = BoilerplateBlock['copies'][number];

/**
 * Per line of a file: the partner files holding an ordered copy of at least half of it, and
 * their lines holding it. Line `l`'s entries are `[at[l], at[l + 1])`, files ascending; entry
 * `e`'s lines are `[linesAt[e], linesAt[e + 1])` of `theirLines`, ascending and distinct.
 */
interface LinePartners {
  at: Int32Array;
  file: Int32Array;
  linesAt: Int32Array;
  theirLines: Int32Array;
}

/**
 * Collects the (my line, partner, their lines) entries of one file, then files them by line. A
 * partner's lines for my line are held while its units are read, then committed or discarded.
 */
class LinePartnersBuilder {
  private readonly line = new IntStack();
  private readonly file = new IntStack();
  private readonly linesAt = new IntStack();
  private readonly theirLines = new IntStack();
  private readonly held = new IntStack();

  constructor() {
    this.linesAt.push(0);
  }

  /** Empty again, keeping the room grown so far (one builder serves every file of a sweep). */
  reset(): void {
    this.line.length = 0;
    this.file.length = 0;
    this.theirLines.length = 0;
    this.held.length = 0;
    this.linesAt.length = 1;
  }

  /** One more line of the partner being read (any order, repeats allowed). */
  hold(theirLine: number): void {
    this.held.push(theirLine);
  }

  /** The held lines hold my line `line` in partner `file`: keep them, sorted and distinct. */
  commit(line: number, file: number): void {
    const h = this.held.data;
    const n = this.held.length;
    // Mostly one or two lines: an insertion sort, no call into the built-in sort.
    for (let q = 1; q < n; q++) {
      const v = h[q];
      let r = q - 1;
      for (; r >= 0 && h[r] > v; r--) h[r + 1] = h[r];
      h[r + 1] = v;
    }
    for (let q = 0; q < n; q++) if (q === 0 || h[q] !== h[q - 1]) this.theirLines.push(h[q]);
    this.line.push(line);
    this.file.push(file);
    this.linesAt.push(this.theirLines.length);
    this.held.length = 0;
  }

  discard(): void {
    this.held.length = 0;
  }

  /** Entries grouped by line; entries came partner by partner in ascending order, and stay so. */
  build(nLines: number): LinePartners {
    const n = this.line.length;
    const lineOf = this.line.data;
    const at = new Int32Array(nLines + 1);
    for (let e = 0; e < n; e++) at[lineOf[e] + 1]++;
    for (let l = 0; l < nLines; l++) at[l + 1] += at[l];
    const next = at.slice(0, nLines);
    const file = new Int32Array(n);
    const linesAt = new Int32Array(n + 1);
    const theirLines = new Int32Array(this.theirLines.length);
    const from = this.linesAt.data;
    // Place entries by line (a stable counting sort), then lay their lines out in that order.
    const order = new Int32Array(n);
    for (let e = 0; e < n; e++) order[next[lineOf[e]]++] = e;
    let w = 0;
    for (let k = 0; k < n; k++) {
      const e = order[k];
      file[k] = this.file.data[e];
      for (let q = from[e]; q < from[e + 1]; q++) theirLines[w++] = this.theirLines.data[q];
      linesAt[k + 1] = w;
    }
    return { at, file, linesAt, theirLines };
  }
}

/**
 * Which of my units listed for one partner can count towards a line that partner holds (see
 * `partnerLines`): a unit of a multi-sentence line counts only when a neighbour on its line is
 * copied next to it, so it needs that neighbour listed too; and a line needs at least half of its
 * characters from such units. Only a bound (the copies must still stand in order) but a tight one:
 * it spares reading more than half of the partners.
 */
export function worthPairing(me: FileView): KeepUnits {
  const { units, lines } = me;
  const nUnits = units.length / UNIT_FIELDS;
  // The units of each unit's line: [lineFrom[i], lineTo[i]) (a file's units are in line order).
  const lineFrom = new Int32Array(nUnits);
  const lineTo = new Int32Array(nUnits);
  for (let i = 0; i < nUnits; ) {
    let end = i + 1;
    while (end < nUnits && units[end * UNIT_FIELDS + U_LINE] === units[i * UNIT_FIELDS + U_LINE]) end++;
    lineFrom.fill(i, i, end);
    lineTo.fill(end, i, end);
    i = end;
  }
  const counts: boolean[] = [];
  return (bits, at, words) => {
    const has = (i: number) => (bits[at + (i >>> 5)] & (1 << (i & 31))) !== 0;
    const clear = (i: number) => (bits[at + (i >>> 5)] &= ~(1 << (i & 31)));
    let any = false;
    // One line at a time, from its first listed unit.
    for (let i = nextBit(bits, at, words, 0); i >= 0; i = nextBit(bits, at, words, lineTo[i])) {
      const from = lineFrom[i];
      const to = lineTo[i];
      const alone = to - from === 1;
      let chars = 0;
      for (let u = from; u < to; u++) {
        counts[u - from] = has(u) && (alone || (u > from && has(u - 1)) || (u + 1 < to && has(u + 1)));
        if (counts[u - from]) chars += units[u * UNIT_FIELDS + U_CHARS];
      }
      const line = units[i * UNIT_FIELDS + U_LINE];
      const enough = chars > 0 && chars >= lines[line * LINE_FIELDS + L_CHARS] / 2;
      for (let u = from; u < to; u++) if (!enough || !counts[u - from]) clear(u);
      any ||= enough;
    }
    return any;
  };
}

/** The lowest unit `>= from` set in the bitset of `words` words at `at`, or -1. */
function nextBit(bits: Uint32Array, at: number, words: number, from: number): number {
  let w = from >>> 5;
  if (w >= words) return -1;
  let m = bits[at + w] & (~0 << (from & 31));
  while (m === 0) {
    if (++w >= words) return -1;
    m = bits[at + w];
  }
  // The lowest set bit of m.
  return w * 32 + 31 - Math.clz32(m & -m);
}

/** Is (my unit `i`, their unit `j`) among pairs `[from, to)` (sorted by mine then theirs)? */
function hasPair(pairs: CopyPairs, from: number, to: number, i: number, j: number): boolean {
  const { mine, theirs } = pairs;
  let lo = from;
  let hi = to;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (mine[mid] < i || (mine[mid] === i && theirs[mid] < j)) lo = mid + 1;
    else hi = mid;
  }
  return lo < to && mine[lo] === i && theirs[lo] === j;
}

/** Reused by every `partnersOf` (rather than five new 1 KB stacks per file); `build` copies out what it answers. */
const partnersScratch = new LinePartnersBuilder();

/**
 * Per line and partner file: the lines of the partner holding an ordered copy of at least half
 * of the line. Only lines with copied units get entries: most lines have none.
 */
function partnersOf(me: FileView, pairs: CopyPairs, headlineOf: (f: number) => number): LinePartners {
  const out = partnersScratch;
  out.reset();
  for (let p = 0; p < pairs.files.length; p++) if (pairs.files[p] !== me.id) partnerLines(me, pairs, p, out, headlineOf(pairs.files[p]));
  return out.build(me.lines.length / LINE_FIELDS);
}

/**
 * The lines of mine that partner `p` holds an ordered copy of, with its lines
 * holding them, go to `out`. Per line, the characters whose copy stands in that file *in the same
 * order* must make at least half of the line. A sentence of a multi-sentence line counts only when
 * a neighbouring sentence of the line is copied next to it in the partner too: a sidebar is pasted
 * as whole runs of text, while an article paragraph can be a new combination of stock sentences
 * that each exist elsewhere. The partner's headline (`theirHeadline`) holds no copy: a line naming
 * it here is a teaser of that article, not a block the two pages share.
 */
function partnerLines(me: FileView, pairs: CopyPairs, p: number, out: LinePartnersBuilder, theirHeadline: number): void {
  // No closures here: called once per partner of every file (millions of times in a sweep), each
  // call would allocate their context.
  const { units, lines } = me;
  const nUnits = units.length / UNIT_FIELDS;
  const { mine, theirs } = pairs;
  const from = pairs.start[p];
  const to = pairs.start[p + 1];
  const file = pairs.files[p];
  let line = -1;
  let chars = 0;
  // Pairs come sorted by my unit, so by my line: one line is complete when the next one starts.
  for (let k = from; k < to; ) {
    const i = mine[k];
    let end = k + 1;
    while (end < to && mine[end] === i) end++;
    const myLine = units[i * UNIT_FIELDS + U_LINE];
    if (myLine !== line) {
      closeLine(lines, line, chars, file, out);
      line = myLine;
      chars = 0;
    }
    const prevSame = i > 0 && units[(i - 1) * UNIT_FIELDS + U_LINE] === line;
    const nextSame = i + 1 < nUnits && units[(i + 1) * UNIT_FIELDS + U_LINE] === line;
    let inRun = !prevSame && !nextSame;
    for (let q = k; q < end && !inRun; q++) {
      const j = theirs[q];
      inRun = (prevSame && hasPair(pairs, from, to, i - 1, j - 1)) || (nextSame && hasPair(pairs, from, to, i + 1, j + 1));
    }
    if (inRun) {
      let held = false;
      for (let q = k; q < end; q++) {
        if (pairs.theirLines[q] === theirHeadline) continue;
        out.hold(pairs.theirLines[q]);
        held = true;
      }
      if (held) chars += units[i * UNIT_FIELDS + U_CHARS];
    }
    k = end;
  }
  closeLine(lines, line, chars, file, out);
}

/** My line `line` is complete: kept for `file` when copies in order made at least half of its characters. */
function closeLine(lines: Int32Array, line: number, chars: number, file: number, out: LinePartnersBuilder): void {
  if (line >= 0 && chars > 0 && chars >= lines[line * LINE_FIELDS + L_CHARS] / 2) out.commit(line, file);
  else out.discard();
}

/** The normalised words of line `i`, joined (what fingerprints hash). */
function lineKeyOf(me: FileView, text: string, i: number): string {
  return wordsIn(text, me.lines[i * LINE_FIELDS + L_START], me.lines[i * LINE_FIELDS + L_END]).join(' ');
}

/** What `buildBlocks` needs to know of the rest of the corpus. */
export interface Sources extends TemplateSources {
  /** Per partner file: its units copying mine (a sample of the partners; `me` itself is skipped). */
  copies: CopyPairs;
  /** How many other files hold a copy of my unit `unit` (copies lists only a sample). */
  copyCount(unit: number): number;
  /** The view of an indexed file (every partner is one). */
  view(f: number): FileView | undefined;
  /**
   * Where an indexed file's name stands in sorted order (see `NameIds.nameRanks`): copies are ranked
   * by name, and only the listed ones need a view.
   */
  nameRank(f: number): number;
  /** The file whose name has rank `rank` (the inverse of `nameRank`). */
  byNameRank(rank: number): number;
}

/** The blocks of file `me`, whose text is `text`. */
export function buildBlocks(me: FileView, text: string, chrome: ChromeLine[], sources: Sources): BoilerplateBlock[] {
  const { lines } = me;
  const nLines = lines.length / LINE_FIELDS;
  const partners = partnersOf(me, sources.copies, (f) => sources.view(f)?.headline ?? -1);
  const nonBlank: number[] = [];
  for (let i = 0; i < nLines; i++) if (lines[i * LINE_FIELDS + L_FLAGS] & NON_BLANK) nonBlank.push(i);
  const wordsOf = (i: number) => lines[i * LINE_FIELDS + L_WORDS];
  const bylineAt = (i: number) => (lines[i * LINE_FIELDS + L_FLAGS] & BYLINE) !== 0;

  const copied = (i: number) => partners.at[i + 1] > partners.at[i];
  const dup = new Set<number>();
  for (const i of nonBlank) if (copied(i) && wordsOf(i) >= SUBSTANTIAL_WORDS && !bylineAt(i) && i !== me.headline) dup.add(i);

  // Short copied lines (a teaser's headline) join when they are inside the copied run in both files.
  const adjacentInPartner = (s: number, n: number) => adjacentIn(partners, s, n);
  nonBlank.forEach((i, pos) => {
    if (dup.has(i) || !copied(i) || bylineAt(i) || i === me.headline) return;
    const prev = pos > 0 ? nonBlank[pos - 1] : -1;
    const next = pos + 1 < nonBlank.length ? nonBlank[pos + 1] : -1;
    const inPrev = prev >= 0 && dup.has(prev) && adjacentInPartner(i, prev);
    const inNext = next >= 0 && dup.has(next) && adjacentInPartner(i, next);
    if (inPrev || inNext) dup.add(i);
  });

  const chromeAt = new Map(chrome.map((c) => [c.line, c.reason]));
  const runs = (flag: (i: number) => boolean): number[][] => {
    const out: number[][] = [];
    let cur: number[] = [];
    for (const i of nonBlank) {
      if (flag(i)) cur.push(i);
      else if (cur.length) {
        out.push(cur);
        cur = [];
      }
    }
    if (cur.length) out.push(cur);
    return out;
  };

  const blocks: BoilerplateBlock[] = [];
  // The page's template lines, when the copies' placing needed them: the template furniture reuses them.
  let allTemplateLines: TemplateLine[] | undefined;
  if (dup.size > 0) {
    const posOf = new Map(nonBlank.map((i, pos) => [i, pos]));
    // Lines whose shape recurs on the site's pages (a tag line, an author's box) are furniture, not the article.
    let furniture: Set<number> | undefined;
    const isFurniture = (i: number) => (furniture ??= new Set((allTemplateLines ??= sources.templateLines(() => false)).map((t) => t.line))).has(i);
    const isBody = (i: number | undefined) => i !== undefined && !dup.has(i) && !chromeAt.has(i) && wordsOf(i) >= SUBSTANTIAL_WORDS && !isFurniture(i);
    for (const run of runs((i) => dup.has(i))) {
      const held = heldBy(partners, run);
      // Files holding the lines themselves (in order), not merely one of their sentences.
      const n = held.files.length;
      // A run standing inside the article — after one of its paragraphs and before another or before
      // its signature — is part of it (a stock paragraph, shared background, wire copy) unless it is
      // several lines long and widely shared (an inline box). Sidebars stand after the signature.
      const first = posOf.get(run[0])!;
      const last = posOf.get(run[run.length - 1])!;
      const after = nonBlank[last + 1];
      const atTop = nonBlank.slice(0, first).every((i) => wordsOf(i) < SUBSTANTIAL_WORDS); // only a title or labels above
      const inside = (atTop || isBody(nonBlank[first - 1])) && (isBody(after) || (after !== undefined && bylineAt(after)));
      if ((run.length === 1 || n < ISOLATED_MIN_FILES) && inside) {
        for (const i of run) dup.delete(i);
        continue;
      }
      blocks.push(duplicateBlock(me, text, run, held, sources));
    }
  }

  const page = { text, lineStart: (i: number) => lineStart(me, i), lineEnd: (i: number) => lineEnd(me, i), template: me.template };
  const template = templateFurniture(page, nonBlank, (i) => dup.has(i), chromeAt, sources, allTemplateLines);
  blocks.push(...templateBlocks(page, template, sources));

  for (const run of runs((i) => chromeAt.has(i) && !dup.has(i))) {
    const reasons = [...new Set(run.map((i) => chromeAt.get(i)!))];
    blocks.push({
      start: lineStart(me, run[0]),
      end: lineEnd(me, run[run.length - 1]),
      kind: 'chrome',
      reason: sharedReason(`site furniture: ${reasons.join(', ')}`),
      copies: [],
      fingerprint: fingerprintOf(run.map((i) => lineKeyOf(me, text, i)).join('\n')),
    });
  }
  return blocks.sort((a, b) => a.start - b.start);
}

function lineStart(v: FileView, i: number): number {
  return v.lines[i * LINE_FIELDS + L_START];
}

function lineEnd(v: FileView, i: number): number {
  return v.lines[i * LINE_FIELDS + L_END];
}

/** Do lines `s` and `n` of mine have a partner file holding them at most two lines apart? */
function adjacentIn(lp: LinePartners, s: number, n: number): boolean {
  // Both lines' entries are sorted by file: walk them side by side.
  let a = lp.at[s];
  let b = lp.at[n];
  while (a < lp.at[s + 1] && b < lp.at[n + 1]) {
    if (lp.file[a] < lp.file[b]) a++;
    else if (lp.file[a] > lp.file[b]) b++;
    else {
      for (let x = lp.linesAt[a]; x < lp.linesAt[a + 1]; x++)
        for (let y = lp.linesAt[b]; y < lp.linesAt[b + 1]; y++) if (Math.abs(lp.theirLines[x] - lp.theirLines[y]) <= 2) return true;
      a++;
      b++;
    }
  }
  return false;
}

/** The partner files of a run of my lines: how many of their lines hold it, the first and the last. */
interface Held {
  files: number[];
  count: number[];
  first: number[];
  last: number[];
}

/** File ids stay below 2^21 (they are interned names): a (file, line) key fits a double exactly. */
const LINE_SPAN = 2 ** 32;

/** Where `heldBy` sorts, reused like `rankScratch`. */
let heldScratch = new Float64Array(256);

function heldBy(lp: LinePartners, run: readonly number[]): Held {
  let n = 0;
  for (const i of run) n += lp.linesAt[lp.at[i + 1]] - lp.linesAt[lp.at[i]];
  // (file, line) keys sorted: files ascending, each file's lines ascending; repeats are adjacent.
  if (heldScratch.length < n) heldScratch = new Float64Array(Math.max(n, 2 * heldScratch.length));
  const keys = heldScratch.subarray(0, n);
  let w = 0;
  for (const i of run)
    for (let e = lp.at[i]; e < lp.at[i + 1]; e++)
      for (let x = lp.linesAt[e]; x < lp.linesAt[e + 1]; x++) keys[w++] = lp.file[e] * LINE_SPAN + lp.theirLines[x];
  // A one-line run's keys come sorted already (entries by file, each one's lines ascending).
  if (!isSorted(keys)) keys.sort();
  const held: Held = { files: [], count: [], first: [], last: [] };
  for (let k = 0; k < n; k++) {
    if (k > 0 && keys[k] === keys[k - 1]) continue;
    const f = Math.floor(keys[k] / LINE_SPAN);
    const line = keys[k] - f * LINE_SPAN;
    const at = held.files.length - 1;
    if (at >= 0 && held.files[at] === f) {
      held.count[at]++;
      held.last[at] = line;
    } else {
      held.files.push(f);
      held.count.push(1);
      held.first.push(line);
      held.last.push(line);
    }
  }
  return held;
}

/** Name ranks stay below 2^21 (like file ids): `rank - count * NAME_RANK_SPAN` sorts by count, then name. */
const NAME_RANK_SPAN = 2 ** 21;
/** Where `duplicateBlock` sorts, reused: one typed array per block was a native allocation each. */
let rankScratch = new Float64Array(256);

/** The first index of ascending `xs` holding `x` or more. */
function lowerBound(xs: readonly number[], x: number): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid] < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Lines of a file stay below 2^26 (a text of 64 million lines): a (first, last) key fits a double. */
const RECORD_SPAN = 2 ** 26;

function isSorted(keys: Float64Array): boolean {
  for (let k = 1; k < keys.length; k++) if (keys[k] < keys[k - 1]) return false;
  return true;
}

/** The record naming lines `first`..`last` of `view`, shared with every other block listing them. */
export function copyRecord(view: FileView, first: number, last: number): CopyRecord {
  const key = first * RECORD_SPAN + last;
  const records = (view.copyRecords ??= new Map());
  let c = records.get(key);
  if (!c) records.set(key, (c = { file: view.name, start: lineStart(view, first), end: lineEnd(view, last) }));
  return c;
}

/**
 * Reasons repeat across files (a sidebar's copies all read "5 lines repeated … in 63 other
 * files") and every file's blocks are kept once built: one string per distinct reason, where a
 * template literal gave each block its own chain of pieces, held as long as the blocks.
 */
const sharedReason = sharedStrings(4096);

/** The block of a copied run of lines, `held` saying which lines of which partner files hold it. */
function duplicateBlock(me: FileView, text: string, run: number[], held: Held, sources: Sources): BoilerplateBlock {
  const n = held.files.length;
  // Copies are sampled per sentence; the sentence-level count says how far the text really spreads.
  let total = n;
  if (n >= SAMPLE_HINT) {
    total = 0;
    const inRun = new Set(run);
    const nUnits = me.units.length / UNIT_FIELDS;
    for (let k = 0; k < nUnits; k++) if (inRun.has(me.units[k * UNIT_FIELDS + U_LINE])) total = Math.max(total, sources.copyCount(k));
  }
  // Most copies first, then by name: one number per partner, sorted natively. A sidebar's run has
  // hundreds of partners, and comparing their names string by string was most of its block's cost.
  if (rankScratch.length < n) rankScratch = new Float64Array(Math.max(n, 2 * rankScratch.length));
  const order = rankScratch.subarray(0, n);
  for (let k = 0; k < n; k++) order[k] = sources.nameRank(held.files[k]) - held.count[k] * NAME_RANK_SPAN;
  order.sort();
  const copiesOut: BoilerplateBlock['copies'][number][] = [];
  for (let q = 0; q < Math.min(n, MAX_COPIES); q++) {
    const count = Math.ceil(-order[q] / NAME_RANK_SPAN);
    const f = sources.byNameRank(order[q] + count * NAME_RANK_SPAN);
    // `held.files` ascends: find the partner's entry.
    const k = lowerBound(held.files, f);
    const view = sources.view(f);
    if (view) copiesOut.push(copyRecord(view, held.first[k], held.last[k]));
  }
  return {
    start: lineStart(me, run[0]),
    end: lineEnd(me, run[run.length - 1]),
    kind: 'duplicate',
    reason: sharedReason(
      `${run.length} line${run.length > 1 ? 's' : ''} repeated, exactly or nearly, in ${total > n ? 'about ' + total : n} other file${n > 1 ? 's' : ''}${Math.max(n, total) > copiesOut.length ? ` (${copiesOut.length} listed)` : ''}`,
    ),
    // Exactly as long as it is: a list grown by `push` keeps up to half again in spare room, and blocks are kept.
    copies: copiesOut.slice(),
    fingerprint: fingerprintOf(run.map((i) => lineKeyOf(me, text, i)).join('\n')),
  };
}
