/**
 * The boilerplate layer: cross-file duplicates (a site's sidebar pasted into its articles) and
 * single-file site chrome. `setFile` only indexes the file and marks the files it shares text
 * with as stale; blocks are built lazily on `blocks()`, so loading 100,000 files costs one pass of
 * indexing and each file's blocks are computed once, when asked for.
 *
 * The per-file part (`analyseBoilerplate`, facts.ts) is a pure function of the text; `setFile`
 * accepts it precomputed (by an indexing thread) and then only merges it into the index.
 */
import type { BoilerplateBlock } from '../types';
import { buildBlocks, copyRecord, worthPairing, type FileView } from './blocks';
import type { ChromeLine } from './chrome';
import { DuplicateIndex, type IndexedFile } from './duplicates';
import { analyseBoilerplate, L_END, L_START, LINE_FIELDS, UNIT_FIELDS, type BoilerplateFacts } from './facts';
import { hash53 } from '../text/hash53';
import { CAND_FIELDS, NO_TEMPLATE, TEASER_FIELDS, type TemplateFacts } from './template/facts';
import { TemplateIndex } from './template/index';
import { packFloat64, packInt32 } from '../collections/packInt32';
import { NameIds } from '../collections/nameIds';
import { TextStore } from '../text/textStore';

export { analyseBoilerplate, type BoilerplateFacts } from './facts';

/** Duplicated and site-chrome blocks. */
export interface BoilerplateLayer {
  /** `facts` is `analyseBoilerplate(text)` when already computed (by an indexing thread). */
  setFile(file: string, text: string, facts?: BoilerplateFacts): void;
  removeFile(file: string): void;
  /** The file's blocks, sorted by start; `duplicate` blocks name their other copies. */
  blocks(file: string): BoilerplateBlock[];
  /**
   * `files` reordered so that files sharing text come one after the other, the order in which
   * asking for all their blocks is fastest (files this layer does not hold come last).
   */
  localityOrder(files: readonly string[]): string[];
  /**
   * Does some of the work the next `blocks` call would do at once (after a bulk load, relating
   * every sentence to its near copies), a step at a time while `more()` says so; true once none is left.
   */
  prepare(more: () => boolean): boolean;
  /** The file's lines naming another file's headline ("Lire aussi : …", a listed headline), by start. */
  teaserLinks(file: string): TeaserLinkOut[];
  /** The files with a line naming this file's headline, sorted. */
  namedBy(file: string): string[];
  /**
   * The other files whose template lines or teasers may come or go since the last `setFile` or
   * `removeFile` (none while no file's blocks were asked for, and none when templates are off).
   * Others of the site may only read another count of articles or list of other lines.
   */
  templateNeighbours(): string[];
  /**
   * No file will change again (a one-shot run: the command line). Builds the blocks not yet built,
   * then lets go of the duplicate index (its buckets, shingles and links), which only a change
   * would read again. Setting or removing a file afterwards throws.
   */
  seal(): void;
}

/** A line naming another article: where the named headline stands here, and that article's headline. */
export interface TeaserLinkOut {
  start: number;
  end: number;
  file: string;
  /** The headline's span in `file`. */
  target: { start: number; end: number };
}

export interface BoilerplateOptions {
  /**
   * Learn site templates and teaser links across the corpus (default true); off, the layer finds
   * duplicates and single-file chrome only, as before templates were learnt (for comparisons).
   */
  templates?: boolean;
  /**
   * The files come in one load, then only queries until `seal` (the command line; default false).
   * Memory is spent for that case: no group's bucket keys are held until the bulk relinking (it
   * computes them again from the shingles, where an index that changes saves that time for some
   * 100 bytes per group), and the relinking buckets only the keys two groups or more share (nine
   * in ten are single, and no group will come to share them). A file changing after the first
   * query throws.
   */
  loadOnce?: boolean;
}

/** The chrome lines and unit keys of a sealed layer's files (see `seal`). */
const NO_CHROME: ChromeLine[] = [];
const NO_KEYS = new Float64Array(0);

interface FileState extends FileView, IndexedFile {
  chrome: ChromeLine[];
  /** Undefined when stale: this file or one sharing text with it changed. */
  blocks?: BoilerplateBlock[];
}

/** File ids (see `NameIds`) with their sampling rank. */
class FileNames extends NameIds {
  readonly ranks: number[] = [];

  override idOf(name: string): number {
    const id = super.idOf(name);
    if (id === this.ranks.length) this.ranks.push(hash53(name, 3));
    return id;
  }
}

/** Check that facts handed in from elsewhere have the shape this version of the layer writes. */
function consistent(f: BoilerplateFacts): boolean {
  const t: TemplateFacts | undefined = f.template;
  return (
    f.lines.length % LINE_FIELDS === 0 &&
    f.units.length === f.keys.length * UNIT_FIELDS &&
    !!t &&
    // Two keys per candidate, as many as its CAND_FIELDS fields.
    t.cands.length === (t.candKeys.length / 2) * CAND_FIELDS &&
    t.teasers.length === t.teaserKeys.length * TEASER_FIELDS &&
    t.siteKeys.length === t.siteLines.length
  );
}

/** `shared`: the texts as the corpus index keeps them for every layer; a layer made alone keeps its own. */
export function createBoilerplateLayer(options: BoilerplateOptions = {}, shared?: TextStore): BoilerplateLayer {
  const templates = options.templates !== false;
  const texts = shared ?? new TextStore();
  const names = new FileNames();
  const files: (FileState | undefined)[] = [];
  // Files whose blocks are computed: only they need telling when a file they share text with changes.
  let watched = 0;
  /** Undefined once sealed. */
  let index: DuplicateIndex | undefined = new DuplicateIndex((id) => names.ranks[id], {
    any: () => watched > 0,
    has: (id) => files[id]?.blocks !== undefined,
  }, options.loadOnce === true);
  const live = (): DuplicateIndex => {
    if (!index) throw new Error('seed-lens: the boilerplate layer is sealed, no file can change');
    return index;
  };
  /** The pages the last change told. */
  let lastTouched: ReadonlySet<number> = new Set();
  const pages = new TemplateIndex(
    (id) => files[id]?.blocks !== undefined,
    () => watched > 0,
    (id) => names.nameRanks()[id],
  );

  const invalidate = (affected: Iterable<number>) => {
    for (const id of affected) {
      const st = files[id];
      if (st?.blocks) {
        st.blocks = undefined;
        watched--;
      }
    }
  };
  const drop = (id: number) => {
    const st = files[id];
    if (st?.blocks) watched--;
    files[id] = undefined;
  };

  return {
    setFile(file: string, text: string, facts?: BoilerplateFacts) {
      const duplicates = live();
      if (!shared) texts.set(file, text);
      const f = facts && consistent(facts) ? facts : analyseBoilerplate(text);
      const id = names.idOf(file);
      drop(id);
      // Keep only what blocks need; the shingles and bucket keys go into the index's own tables.
      // Lines, units and the template facts' integers share one buffer, its keys another (see
      // collections/packInt32.ts): a page without furniture to compare shares one empty record.
      const t = f.template;
      const kept = templates && t.cands.length + t.teasers.length + t.siteKeys.length > 0;
      const [lines, units, cands, teasers, siteLines] = packInt32([f.lines, f.units, ...(kept ? [t.cands, t.teasers, t.siteLines] : [])]);
      let template = NO_TEMPLATE;
      if (kept) {
        const [candKeys, siteKeys, teaserKeys] = packFloat64([t.candKeys, t.siteKeys, t.teaserKeys]);
        template = { headline: t.headline, headlineKey: t.headlineKey, cands, candKeys, siteKeys, siteLines, teasers, teaserKeys };
      } else if (templates && t.headline >= 0) template = { ...NO_TEMPLATE, headline: t.headline, headlineKey: t.headlineKey };
      const st: FileState = { id, name: file, lines, units, keys: f.keys, chrome: f.chrome, template, headline: template.headline };
      files[id] = st;
      // Templates first: the pages they tell are those with blocks built, before the duplicate
      // index drops the blocks of the pages sharing text with this one.
      if (templates) lastTouched = pages.setFile(id, template);
      invalidate(lastTouched);
      invalidate(duplicates.setFile(st, f));
    },
    removeFile(file: string) {
      const duplicates = live();
      const id = names.find(file);
      if (id === undefined || !files[id]) return;
      drop(id);
      if (!shared) texts.delete(file);
      if (templates) lastTouched = pages.removeFile(id);
      invalidate(lastTouched);
      invalidate(duplicates.removeFile(id));
    },
    templateNeighbours(): string[] {
      return templates ? [...pages.flagChanged()].map((g) => names.names[g]) : [];
    },
    localityOrder(order: readonly string[]): string[] {
      // With most blocks built (a sweep after an edit), few are left to build: the order hardly
      // matters, and the walk over every file would only hold up the sweep's start.
      if (!index || watched * 2 > order.length) return order.slice();
      const ids: number[] = [];
      const rest: string[] = [];
      for (const f of order) {
        const id = names.find(f);
        if (id !== undefined && files[id]) ids.push(id);
        else rest.push(f);
      }
      return [...index.localityOrder(ids).map((id) => names.names[id]), ...rest];
    },
    prepare(more: () => boolean): boolean {
      return index?.settleSome(more) ?? true;
    },
    blocks(file: string): BoilerplateBlock[] {
      const id = names.find(file);
      const st = id === undefined ? undefined : files[id];
      if (!st) return [];
      if (!st.blocks) {
        const ranks = names.nameRanks();
        const byName = names.idsByName();
        st.blocks = buildBlocks(st, texts.get(st.name)!, st.chrome, {
          copies: live().copies(st.id, worthPairing(st)),
          copyCount: (unit) => live().copyCount(st.id, unit),
          view: (f) => files[f],
          nameRank: (f) => ranks[f],
          byNameRank: (rank) => byName[rank],
          templateLines: (skip) => (templates ? pages.templateLines(st.id, skip) : []),
          teaserLinks: () => (templates ? pages.teaserLinks(st.id) : []),
          siteLine: (of) => pages.siteLine(st.id, of),
          copyRecord: (f, key) => {
            const v = files[f];
            const line = pages.lineOf(f, key);
            return v && line >= 0 ? copyRecord(v, line, line) : undefined;
          },
        });
        watched++;
      }
      return st.blocks;
    },
    teaserLinks(file: string): TeaserLinkOut[] {
      const id = names.find(file);
      if (!templates || id === undefined || !files[id]) return [];
      const out: TeaserLinkOut[] = [];
      for (const link of pages.teaserLinks(id)) {
        const target = files[link.file];
        if (!target || link.headline < 0) continue;
        const at = link.headline * LINE_FIELDS;
        out.push({ start: link.start, end: link.end, file: target.name, target: { start: target.lines[at + L_START], end: target.lines[at + L_END] } });
      }
      return out;
    },
    seal() {
      for (const st of files) if (st && !st.blocks) this.blocks(st.name);
      index = undefined;
      // Only building blocks reads a file's chrome lines and unit keys, and no block will be built again.
      for (const st of files) {
        if (!st) continue;
        st.chrome = NO_CHROME;
        st.keys = NO_KEYS;
      }
    },
    namedBy(file: string): string[] {
      const id = names.find(file);
      if (!templates || id === undefined || !files[id]) return [];
      return pages
        .namedBy(id)
        .map((g) => names.names[g])
        .sort();
    },
  };
}
