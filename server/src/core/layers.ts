/**
 * The contracts between the corpus index and the layers it drives. Each layer keeps its own
 * per-file contribution so that one changed file is re-analysed alone (map-reduce indexing):
 * `setFile` replaces a file's contribution, `removeFile` drops it, queries read the merged view.
 */
import type { BoilerplateFacts } from './boilerplate';
import type { FileAnalysis } from './entities';
import type { BoilerplateBlock, DateMention, Entity, NameMention, RelatedArticle, Span } from './types';

/** People, institutions and places: recognition in each file, linking across the corpus. */
export interface NameLayer {
  /**
   * Recognise names in `text`, never inside `exclude` (the file's date spans); `recognized` is
   * `recognize(text, exclude)` when already computed (by an indexing thread).
   */
  setFile(file: string, text: string, exclude: readonly Span[], recognized?: FileAnalysis): void;
  removeFile(file: string): void;
  /** The file's name mentions, sorted by start, linked to corpus entities. */
  mentions(file: string): NameMention[];
  entity(id: string): Entity | undefined;
  entities(): Iterable<Entity>;
  /**
   * Links what changed since the last query, a step at a time while `more()` says so (what the next
   * query would do at once); true once none is left.
   */
  prepare(more: () => boolean): boolean;
}

/** Dates are per file only: no corpus state. */
export type DateRecognizer = (text: string) => DateMention[];

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
}

/** What the related-articles ranking reads about each file; the corpus index provides it. */
export interface RelatedSource {
  files(): Iterable<string>;
  text(file: string): string | undefined;
  boilerplate(file: string): BoilerplateBlock[];
  names(file: string): NameMention[];
  dates(file: string): DateMention[];
  /**
   * Changes whenever `names(file)` may read differently (the file or its linking changed): lets the
   * ranking skip re-reading the names of every file after an edit. Optional: without it, it reads them.
   */
  namesRevision?(file: string): number;
}

export interface RelatedLayer {
  /** The file's text, names, dates or boilerplate may have changed. */
  invalidate(file: string): void;
  removeFile(file: string): void;
  related(file: string, limit?: number): RelatedArticle[];
  /**
   * Brings the corpus statistics up to date (every changed file's features, the weights), a step at
   * a time while `more()` says so: what the next `related` would do at once. True once none is left.
   */
  prepare(more: () => boolean): boolean;
}
