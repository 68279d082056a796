/**
 * `seedLens/debug/snapshot`: a test and diagnostic aid, not a feature. Everything the index says
 * about every file, in a deterministic order, so two servers (one that lived through a storm of
 * edits and file events, one started fresh on the same final files) can be compared as JSON.
 * Files are named by their label (path relative to the workspace folder), so the comparison does
 * not depend on how a URI was spelled.
 */
import { createHash } from 'node:crypto';
import type { CorpusIndex } from '../core';

/** How many related articles per file the snapshot lists (more than any view shows, so a tie at the cut is rare). */
const RELATED_LIMIT = 50;

export interface SnapshotMention {
  type: string;
  start: number;
  end: number;
  text: string;
  /** The entity id for names; the ISO value for dates (`null` when relative). */
  entity: string | null;
}

export interface SnapshotBlock {
  kind: string;
  start: number;
  end: number;
  copies: { file: string; start: number; end: number }[];
}

export interface SnapshotFile {
  file: string;
  /** sha1 of the text the index holds, and its length: which text was analysed. */
  sha1: string;
  length: number;
  mentions: SnapshotMention[];
  boilerplate: SnapshotBlock[];
  related: { file: string; score: number }[];
}

export interface IndexSnapshot {
  files: SnapshotFile[];
}

const cmp = (a: string | number, b: string | number) => (a < b ? -1 : a > b ? 1 : 0);

export function indexSnapshot(index: CorpusIndex, label: (file: string) => string, options: { related?: boolean; digits?: number } = {}): IndexSnapshot {
  const digits = options.digits ?? 3;
  const round = (x: number) => Math.round(x * 10 ** digits) / 10 ** digits;
  const files: SnapshotFile[] = [];
  for (const file of index.files()) {
    const text = index.text(file) ?? '';
    const mentions: SnapshotMention[] = index
      .mentions(file)
      .map((m) => ({ type: m.type, start: m.start, end: m.end, text: m.text, entity: m.type === 'DATE' ? m.value : m.entityId }))
      .sort((a, b) => a.start - b.start || a.end - b.end || cmp(a.type, b.type) || cmp(a.text, b.text) || cmp(a.entity ?? '', b.entity ?? ''));
    const boilerplate: SnapshotBlock[] = index
      .boilerplate(file)
      .map((b) => ({
        kind: b.kind,
        start: b.start,
        end: b.end,
        copies: b.copies.map((c) => ({ file: label(c.file), start: c.start, end: c.end })).sort((x, y) => cmp(x.file, y.file) || x.start - y.start || x.end - y.end),
      }))
      .sort((a, b) => a.start - b.start || a.end - b.end || cmp(a.kind, b.kind));
    const related =
      options.related === false
        ? []
        : index
            .related(file, RELATED_LIMIT)
            .map((r) => ({ file: label(r.file), score: round(r.score) }))
            .sort((a, b) => b.score - a.score || cmp(a.file, b.file));
    files.push({ file: label(file), sha1: createHash('sha1').update(text).digest('hex'), length: text.length, mentions, boilerplate, related });
  }
  files.sort((a, b) => cmp(a.file, b.file));
  return { files };
}
