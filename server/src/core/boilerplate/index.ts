/**
 * The boilerplate layer: cross-file duplicates (a site's sidebar pasted into its articles) and
 * single-file site chrome. `setFile` only indexes the file and marks the files it shares text
 * with as stale; blocks are built lazily on `blocks()`, so loading 100,000 files costs one pass of
 * indexing and each file's blocks are computed once, when asked for.
 */
import type { BoilerplateLayer } from '../layers';
import { lineRanges } from '../text/normalize';
import type { BoilerplateBlock } from '../types';
import { buildBlocks, type FileView } from './blocks';
import { detectChrome, type ChromeLine } from './chrome';
import { DuplicateIndex, unitsOf } from './duplicates';

interface FileState extends FileView {
  chrome: ChromeLine[];
  /** Undefined when stale: this file or one sharing text with it changed. */
  blocks?: BoilerplateBlock[];
}

export function createBoilerplateLayer(): BoilerplateLayer {
  const index = new DuplicateIndex();
  const files = new Map<string, FileState>();

  const invalidate = (affected: Iterable<string>) => {
    for (const f of affected) {
      const st = files.get(f);
      if (st) st.blocks = undefined;
    }
  };

  return {
    setFile(file: string, text: string) {
      const lines = lineRanges(text).map((l) => ({ start: l.start, end: l.end }));
      const units = unitsOf(text, lines);
      const chrome = detectChrome(lines.map((l) => ({ ...l, text: text.slice(l.start, l.end) })));
      files.set(file, { text, lines, units, chrome });
      invalidate(index.setFile(file, text, units));
    },
    removeFile(file: string) {
      if (!files.delete(file)) return;
      invalidate(index.removeFile(file));
    },
    blocks(file: string): BoilerplateBlock[] {
      const st = files.get(file);
      if (!st) return [];
      if (!st.blocks) st.blocks = buildBlocks(file, st, index.copies(file), index.copyCounts(file), st.chrome, (f) => files.get(f));
      return st.blocks;
    },
  };
}
