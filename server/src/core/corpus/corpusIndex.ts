/**
 * The corpus index: one entry per article file, each layer holding that file's contribution.
 * `upsert` re-analyses one file; every query reads the merged, up-to-date view. Pure: it is told
 * about files (by the CLI or the language server), it never reads a disk or an editor itself.
 *
 * The layers' contracts (`NameLayer`, `BoilerplateLayer`, `RelatedLayer`) sit next to their
 * implementations: `setFile` replaces a file's contribution, so that one changed file is re-analysed
 * alone (map-reduce indexing), `removeFile` drops it, queries read the merged view.
 */
import { createBoilerplateLayer, type BoilerplateLayer, type BoilerplateOptions, type TeaserLinkOut } from '../boilerplate';
import { findDates, packDates, unpackDates, type PackedDates } from '../dates';
import { createNameLayer, type NameLayerImpl } from '../linking/nameLayer';
import { canonicalSpelling } from '../linking/similarity';
import { createRelatedLayer, type RelatedLayer } from '../related';
import type { FileFacts } from './facts';
import { CorrectionsView, emptyAnnotations, type Annotations } from '../annotations';
import { CLASSES, NONE } from '../learning/typeModel';
import { comparisonKey } from '../text/normalize';
import { TextStore, type TextSource } from '../text/textStore';
import type { BoilerplateBlock, DateMention, Entity, FileReport, Mention, NameMention, RelatedArticle, RelatedFile } from '../types';

interface FileEntry {
  dates: PackedDates;
  /** Bumped on every upsert, so callers can tell a stale answer from a fresh one. */
  version: number;
}

export interface CorpusIndexOptions {
  /** The boilerplate layer's (site templates on or off, for comparisons). */
  boilerplate?: Omit<BoilerplateOptions, 'loadOnce'>;
  /**
   * The files come in one load, then only queries (the command line); the layers keep only what
   * queries read (see their `loadOnce`), and a change after the load throws.
   */
  loadOnce?: boolean;
  /**
   * Where the files' texts can be read again (the command line's disk); the index then keeps none
   * of them, and a query on a file that changed since throws `TextChangedError`.
   */
  readAgain?: TextSource;
}

export class CorpusIndex {
  private readonly entries = new Map<string, FileEntry>();
  /** Every file's text, for all the layers (see textStore.ts). */
  private readonly texts: TextStore;
  private readonly names: NameLayerImpl;
  /** Each file's mentions (names and dates), sorted, with what they were computed from. */
  private readonly mentionCache = new Map<string, { version: number; names: number; corrections: number; all: Mention[]; maxEnd: Int32Array }>();
  /** Bumped when the corrections change. */
  private correctionsEpoch = 0;
  private readonly boiler: BoilerplateLayer;
  private readonly relatedLayer: RelatedLayer;
  private versionCounter = 0;
  private changes = 0;
  /** See `seal`. */
  private sealed = false;
  private corrections = new CorrectionsView(emptyAnnotations());
  /** Entities rebuilt under corrections that reshape them (merge, split, type, canonical); dropped on any change. */
  private correctedEntities: Map<string, Entity> | undefined;

  constructor(options: CorpusIndexOptions = {}) {
    this.texts = new TextStore(options.readAgain);
    this.names = createNameLayer(this.texts, { loadOnce: options.loadOnce });
    this.boiler = createBoilerplateLayer({ ...options.boilerplate, loadOnce: options.loadOnce }, this.texts);
    this.relatedLayer = createRelatedLayer({
      files: () => this.entries.keys(),
      text: (f) => this.texts.get(f),
      boilerplate: (f) => this.boilerplate(f),
      names: (f) => this.nameMentions(f),
      dates: (f) => this.dates(f),
      // Corrections changes invalidate every file of the ranking, so the linking revision is enough.
      namesRevision: (f) => this.names.revision(f),
      sealed: () => this.sealed,
    });
  }

  /** The user's corrections (`.seedlens/annotations.json`); they apply to every query from now on. */
  setAnnotations(annotations: Annotations): void {
    this.names.setLabels(learnerLabels(annotations));
    this.corrections = new CorrectionsView(annotations);
    this.correctionsEpoch++;
    this.changes++;
    this.correctedEntities = undefined;
    for (const f of this.entries.keys()) this.relatedLayer.invalidate(f);
  }

  /**
   * Add or replace one file; only this file is re-analysed. `facts`, when given, is
   * `analyseFile(text)` computed elsewhere (an indexing thread): only the merge is left to do.
   */
  upsert(file: string, text: string, facts?: FileFacts): void {
    this.checkOpen();
    const dates = facts?.dates ?? findDates(text);
    this.texts.set(file, text);
    this.entries.set(file, { dates: packDates(dates), version: ++this.versionCounter });
    this.names.setFile(file, text, dates, facts?.names);
    this.boiler.setFile(file, text, facts?.boilerplate);
    this.relatedLayer.invalidate(file);
    this.correctedEntities = undefined;
    this.changes++;
  }

  remove(file: string): boolean {
    this.checkOpen();
    if (!this.entries.delete(file)) return false;
    this.changes++;
    this.texts.delete(file);
    this.mentionCache.delete(file);
    this.names.removeFile(file);
    this.boiler.removeFile(file);
    this.relatedLayer.removeFile(file);
    this.correctedEntities = undefined;
    return true;
  }

  /**
   * No file will change again (the command line, once every file is read): builds every file's
   * boilerplate blocks, then lets go of what only a change would read. `upsert` and `remove` throw
   * afterwards; every query answers as before.
   */
  seal(): void {
    this.boiler.seal();
    this.sealed = true;
  }

  private checkOpen(): void {
    if (this.sealed) throw new Error('seed-lens: this corpus index is sealed, no file can change');
  }

  /**
   * Does some of the work the next queries would do at once after files changed (relating near
   * copies of sentences, linking names: work that grows with the corpus), a step at a time while
   * `more()` says so; true once none is left. A host runs it in time slices after loading many
   * files, so that no request has to wait for all of it.
   */
  prepare(more: () => boolean): boolean {
    return this.boiler.prepare(more) && this.names.prepare(more);
  }

  /**
   * Brings the related-articles statistics up to date, a step at a time while `more()` says so:
   * what the next `related` would do at once (work that grows with the corpus, too).
   * True once none is left. Apart from `prepare` because it reads every file's boilerplate
   * blocks: run it once they are built (after the diagnostics), or it builds them itself.
   */
  prepareRelated(more: () => boolean): boolean {
    return this.relatedLayer.prepare(more);
  }

  /** How the name learner weighs the guesses written `name` (accents and case ignored): scores per class and view. */
  explainName(name: string): ReturnType<NameLayerImpl['explain']> {
    return this.names.explain(comparisonKey(name));
  }

  /**
   * Bumped by every change (a file added, replaced or removed, new corrections): a summary computed
   * at one revision holds as long as the revision is the same.
   */
  get revision(): number {
    return this.changes;
  }

  /**
   * Changes whenever the file's name mentions may have: its text, its linking to the rest of the
   * corpus, or the corrections. Undefined when the file is not indexed.
   */
  mentionsRevision(file: string): string | undefined {
    const entry = this.entries.get(file);
    return entry ? `${entry.version}.${this.names.revision(file)}.${this.correctionsEpoch}` : undefined;
  }

  has(file: string): boolean {
    return this.entries.has(file);
  }

  files(): string[] {
    return [...this.entries.keys()];
  }

  /**
   * `files` (every file by default) with files sharing text next to each other: asking for their
   * blocks in this order is fastest (see `BoilerplateLayer.localityOrder`).
   */
  inBlockOrder(files: readonly string[] = this.files()): string[] {
    return this.boiler.localityOrder(files);
  }

  size(): number {
    return this.entries.size;
  }

  text(file: string): string | undefined {
    return this.texts.get(file);
  }

  version(file: string): number | undefined {
    return this.entries.get(file)?.version;
  }

  /** The file's dates (new objects on every call: the index keeps them packed). */
  dates(file: string): DateMention[] {
    const entry = this.entries.get(file);
    return entry ? unpackDates(this.texts.get(file)!, entry.dates) : [];
  }

  nameMentions(file: string): NameMention[] {
    const entry = this.entries.get(file);
    if (!entry) return [];
    const base = this.names.mentions(file);
    return this.corrections.isEmpty ? base : this.corrections.mentions(file, this.texts.get(file)!, base, this.dates(file));
  }

  /**
   * Every mention in the file (names and dates), sorted by start. `keep` false: computed without
   * being cached (a report that reads each file once would otherwise keep every file's mentions).
   */
  mentions(file: string, keep = true): Mention[] {
    return keep ? this.sortedMentions(file).slice() : this.collectMentions(file);
  }

  private collectMentions(file: string): Mention[] {
    const all: Mention[] = [...this.dates(file), ...this.nameMentions(file)];
    all.sort((a, b) => a.start - b.start || b.end - a.end);
    return all;
  }

  /** The sorted mentions of the file, cached until the file, its linking or the corrections change. */
  private sortedMentions(file: string): readonly Mention[] {
    const entry = this.entries.get(file);
    if (!entry) return [];
    const names = this.names.revision(file);
    const cached = this.mentionCache.get(file);
    if (cached && cached.version === entry.version && cached.names === names && cached.corrections === this.correctionsEpoch) return cached.all;
    const all = this.collectMentions(file);
    const maxEnd = new Int32Array(all.length);
    for (let i = 0, m = -1; i < all.length; i++) maxEnd[i] = m = Math.max(m, all[i].end);
    this.mentionCache.set(file, { version: entry.version, names, corrections: this.correctionsEpoch, all, maxEnd });
    return all;
  }

  /** The mention covering `offset`, if any (an offset at a mention's end still counts, as editors expect). */
  mentionAt(file: string, offset: number): Mention | undefined {
    this.sortedMentions(file);
    const cached = this.mentionCache.get(file);
    if (!cached) return undefined;
    const { all, maxEnd } = cached;
    // Mentions that start at or before `offset`: all[0..lo).
    let lo = 0;
    let hi = all.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (all[mid].start <= offset) lo = mid + 1;
      else hi = mid;
    }
    // The first of them that reaches `offset`: where the running maximum of ends first does.
    let a = 0;
    let b = lo;
    while (a < b) {
      const mid = (a + b) >> 1;
      if (maxEnd[mid] < offset) a = mid + 1;
      else b = mid;
    }
    return a < lo ? all[a] : undefined;
  }

  entity(id: string): Entity | undefined {
    if (!this.corrections.reshapesEntities) return this.names.entity(id);
    return this.corrected().get(this.corrections.resolveId(id));
  }

  /**
   * The name `entity(id)` would give (its `canonical`), from the entity's spellings and their counts
   * when the caller has them (the corpus views' totals): building the entity reads every article
   * that mentions it. Corrections may rename or reshape entities: then it is built after all.
   */
  entityName(id: string, spellings: () => readonly { text: string; count: number }[]): string | undefined {
    if (this.corrections.reshapesEntities) return this.entity(id)?.canonical;
    const counted = spellings();
    return counted.length > 0 ? canonicalSpelling(counted) : this.names.entity(id)?.canonical;
  }

  entities(): Iterable<Entity> {
    return this.corrections.reshapesEntities ? this.corrected().values() : this.names.entities();
  }

  private corrected(): Map<string, Entity> {
    if (!this.correctedEntities) {
      const all = [...this.entries.keys()].map((file) => ({ file, mentions: this.nameMentions(file) }));
      this.correctedEntities = this.corrections.buildEntities(all, (id) => this.names.entity(id));
    }
    return this.correctedEntities;
  }

  boilerplate(file: string): BoilerplateBlock[] {
    if (!this.entries.has(file)) return [];
    const { ignoreBoilerplate, notBoilerplate } = this.corrections.annotations;
    const blocks = this.boiler.blocks(file);
    if (ignoreBoilerplate.length === 0 && notBoilerplate.length === 0) return blocks;
    const hidden = new Set([...ignoreBoilerplate, ...notBoilerplate]);
    return blocks.filter((b) => !hidden.has(b.fingerprint));
  }

  /**
   * The file's related articles. A teaser that names one of them (or a teaser of theirs naming
   * this one) adds a reason; it never makes two articles related by itself: a site lists its
   * unrelated headlines too.
   */
  related(file: string, limit?: number): RelatedArticle[] {
    if (!this.entries.has(file)) return [];
    const found = this.relatedLayer.related(file, limit);
    if (found.length === 0) return found;
    const names = new Map(this.boiler.teaserLinks(file).map((l) => [l.file, l]));
    const namedBy = new Set(this.boiler.namedBy(file));
    if (names.size === 0 && namedBy.size === 0) return found;
    return found.map((r) => {
      const link = names.get(r.file);
      if (link) return { ...r, reasons: [...r.reasons, `a teaser here names it: ${this.texts.get(file)!.slice(link.start, link.end)}`] };
      return namedBy.has(r.file) ? { ...r, reasons: [...r.reasons, 'a teaser there names this article'] } : r;
    });
  }

  /** The file's related articles without their reasons: for who only counts or lists them. */
  relatedFiles(file: string, limit?: number): RelatedFile[] {
    if (!this.entries.has(file)) return [];
    return this.relatedLayer.relatedFiles(file, limit);
  }

  /**
   * The other files whose site-template lines may come or go since the last `upsert` or `remove`
   * (among those whose boilerplate was asked for): what an editor must show again.
   */
  templateNeighbours(): string[] {
    return this.boiler.templateNeighbours();
  }

  /** The file's lines naming another article's headline ("Lire aussi : …", a listed headline), by start. */
  teaserLinks(file: string): TeaserLinkOut[] {
    return this.entries.has(file) ? this.boiler.teaserLinks(file) : [];
  }

  report(file: string): FileReport {
    return { file, mentions: this.mentions(file), boilerplate: this.boilerplate(file), related: this.related(file) };
  }
}

/**
 * The corrections the name learner trains on, as classes by name key: a type set by the user, and
 * "not an entity" anywhere (a correction for one file only is about that file, not the name).
 */
function learnerLabels(a: Annotations): Map<string, number> {
  const labels = new Map<string, number>();
  for (const n of a.notEntity) if (!n.file) labels.set(comparisonKey(n.text), NONE);
  for (const e of a.entityType) labels.set(comparisonKey(e.text), CLASSES.indexOf(e.type));
  return labels;
}
