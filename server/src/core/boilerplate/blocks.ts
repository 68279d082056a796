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
import type { LineRec, Unit } from './duplicates';
import { fingerprintOf, looksLikeByline, nonSpace, words } from './normalize';

/** A line shorter than this is never duplicate evidence by itself. */
export const SUBSTANTIAL_WORDS = 8;
/** Copies listed per block; the reason still gives the full count (a sidebar can be in thousands of files). */
export const MAX_COPIES = 50;
/** Below this many listed partners the list is complete (sampling keeps up to 64 per sentence). */
const SAMPLE_HINT = 64;
/** A copied run of lines between body paragraphs is an inline box only when this many other files share it. */
const ISOLATED_MIN_FILES = 3;

export interface FileView {
  text: string;
  lines: LineRec[];
  units: Unit[];
  /** What depends on the file's own text only (computed on first use, kept with the view). */
  own?: OwnLines;
}

/** Per-line facts of one file's text: a file's blocks are rebuilt whenever a file sharing text changes. */
interface OwnLines {
  nonBlank: number[];
  lineWords: number[];
  isByline: boolean[];
  /** Non-space characters per line and per unit. */
  lineChars: number[];
  unitChars: number[];
  /** Normalised words of each line, joined (for fingerprints). */
  lineKey: (string | undefined)[];
}

function ownLines(me: FileView): OwnLines {
  if (me.own) return me.own;
  const { text, lines, units } = me;
  const nLines = lines.length;
  const nonBlank: number[] = [];
  const lineWords: number[] = new Array(nLines).fill(0);
  const isByline: boolean[] = new Array(nLines).fill(false);
  const lineChars = lines.map((l) => nonSpace(text, l.start, l.end));
  for (let i = 0; i < nLines; i++) {
    const t = text.slice(lines[i].start, lines[i].end);
    if (!t.trim()) continue;
    nonBlank.push(i);
    lineWords[i] = words(t).length;
    isByline[i] = looksLikeByline(t);
  }
  const unitChars = units.map((u) => nonSpace(text, u.start, u.end));
  return (me.own = { nonBlank, lineWords, isByline, lineChars, unitChars, lineKey: new Array(nLines) });
}

function lineKeyOf(me: FileView, own: OwnLines, i: number): string {
  return (own.lineKey[i] ??= words(me.text.slice(me.lines[i].start, me.lines[i].end)).join(' '));
}

type Partners = Map<string, Set<number>>;

export function buildBlocks(
  file: string,
  me: FileView,
  /** Per unit: partner file → its copying units (shared maps; may list `file` itself, skipped). */
  copies: readonly ReadonlyMap<string, number[]>[],
  /** Per unit: how many other files hold a copy (copies lists only a sample). */
  copyCounts: number[],
  chrome: ChromeLine[],
  other: (f: string) => FileView | undefined,
): BoilerplateBlock[] {
  const { lines, units } = me;
  const nLines = lines.length;
  const own = ownLines(me);
  // Per line and partner file: characters whose copy stands in that file *in the same order*.
  // A sentence of a multi-sentence line counts only when a neighbouring sentence of the line is
  // copied next to it in the partner too: a sidebar is pasted as whole runs of text, while an
  // article paragraph can be a new combination of stock sentences that each exist elsewhere.
  const coverage: Map<string, number>[] = Array.from({ length: nLines }, () => new Map());
  const partnerLines: Map<string, Set<number>>[] = Array.from({ length: nLines }, () => new Map());
  const has = (i: number, f: string, j: number) => i >= 0 && i < units.length && (copies[i]?.get(f)?.includes(j) ?? false);
  units.forEach((u, i) => {
    const c = copies[i];
    if (!c || c.size === 0) return;
    const alone = (i === 0 || units[i - 1].line !== u.line) && (i + 1 >= units.length || units[i + 1].line !== u.line);
    const chars = own.unitChars[i];
    for (const [f, idx] of c) {
      if (f === file) continue;
      const ov = other(f);
      if (!ov) continue;
      const inRun = alone || idx.some((j) => (units[i - 1]?.line === u.line && has(i - 1, f, j - 1)) || (units[i + 1]?.line === u.line && has(i + 1, f, j + 1)));
      if (!inRun) continue;
      coverage[u.line].set(f, (coverage[u.line].get(f) ?? 0) + chars);
      let set = partnerLines[u.line].get(f);
      if (!set) partnerLines[u.line].set(f, (set = new Set()));
      for (const k of idx) set.add(ov.units[k].line);
    }
  });
  // The partners of a line: files holding an ordered copy of at least half of it.
  const partners: Partners[] = Array.from({ length: nLines }, (_, i) => {
    const out: Partners = new Map();
    const need = own.lineChars[i] / 2;
    for (const [f, chars] of coverage[i]) if (chars >= need && chars > 0) out.set(f, partnerLines[i].get(f)!);
    return out;
  });

  const { nonBlank, lineWords, isByline } = own;
  const copied = (i: number) => partners[i].size > 0;
  const dup = new Set<number>();
  for (const i of nonBlank) if (copied(i) && lineWords[i] >= SUBSTANTIAL_WORDS && !isByline[i]) dup.add(i);

  // Short copied lines (a teaser's headline) join when they are inside the copied run in both files.
  const adjacentInPartner = (s: number, n: number): boolean => {
    for (const [f, sl] of partners[s]) {
      const nl = partners[n].get(f);
      if (!nl) continue;
      for (const a of sl) for (const b of nl) if (Math.abs(a - b) <= 2) return true;
    }
    return false;
  };
  nonBlank.forEach((i, pos) => {
    if (dup.has(i) || !copied(i) || isByline[i]) return;
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
  const posOf = new Map(nonBlank.map((i, pos) => [i, pos]));
  const isBody = (i: number | undefined) => i !== undefined && !dup.has(i) && !chromeAt.has(i) && lineWords[i] >= SUBSTANTIAL_WORDS;
  for (const run of runs((i) => dup.has(i))) {
    const fileLines = new Map<string, Set<number>>();
    for (const i of run) for (const [f, ls] of partners[i]) {
      let set = fileLines.get(f);
      if (!set) fileLines.set(f, (set = new Set()));
      for (const l of ls) set.add(l);
    }
    // Files holding the lines themselves (in order), not merely one of their sentences.
    const n = fileLines.size;
    // A run standing inside the article — after one of its paragraphs and before another or before
    // its signature — is part of it (a stock paragraph, shared background, wire copy) unless it is
    // several lines long and widely shared (an inline box). Sidebars stand after the signature.
    const first = posOf.get(run[0])!;
    const last = posOf.get(run[run.length - 1])!;
    const after = nonBlank[last + 1];
    const atTop = nonBlank.slice(0, first).every((i) => lineWords[i] < SUBSTANTIAL_WORDS); // only a title or labels above
    const inside = (atTop || isBody(nonBlank[first - 1])) && (isBody(after) || (after !== undefined && isByline[after]));
    if ((run.length === 1 || n < ISOLATED_MIN_FILES) && inside) {
      for (const i of run) dup.delete(i);
      continue;
    }
    // Copies are sampled per sentence; the sentence-level count says how far the text really spreads.
    let total = 0;
    units.forEach((u, k) => {
      if (run.includes(u.line)) total = Math.max(total, copyCounts[k] ?? 0);
    });
    if (n < SAMPLE_HINT) total = n;
    const ranked = [...fileLines].sort((a, b) => b[1].size - a[1].size || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
    const copiesOut: BoilerplateBlock['copies'] = [];
    for (const [f, ls] of ranked.slice(0, MAX_COPIES)) {
      const ov = other(f);
      if (!ov) continue;
      const sorted = [...ls].sort((a, b) => a - b);
      copiesOut.push({ file: f, start: ov.lines[sorted[0]].start, end: ov.lines[sorted[sorted.length - 1]].end });
    }
    const start = lines[run[0]].start;
    const end = lines[run[run.length - 1]].end;
    blocks.push({
      start,
      end,
      kind: 'duplicate',
      reason: `${run.length} line${run.length > 1 ? 's' : ''} repeated, exactly or nearly, in ${total > n ? 'about ' + total : n} other file${n > 1 ? 's' : ''}${Math.max(n, total) > copiesOut.length ? ` (${copiesOut.length} listed)` : ''}`,
      copies: copiesOut,
      fingerprint: fingerprintOf(run.map((i) => lineKeyOf(me, own, i)).join('\n')),
    });
  }

  for (const run of runs((i) => chromeAt.has(i) && !dup.has(i))) {
    const reasons = [...new Set(run.map((i) => chromeAt.get(i)!))];
    const start = lines[run[0]].start;
    const end = lines[run[run.length - 1]].end;
    blocks.push({
      start,
      end,
      kind: 'chrome',
      reason: `site furniture: ${reasons.join(', ')}`,
      copies: [],
      fingerprint: fingerprintOf(run.map((i) => lineKeyOf(me, own, i)).join('\n')),
    });
  }
  return blocks.sort((a, b) => a.start - b.start);
}
