/**
 * Related-article ranking. Per-file features are cached and recomputed lazily after
 * `invalidate`; document frequencies and the inverted index (term → files) are updated by adding
 * and removing one file's features, never rebuilt from the texts. Candidates come from the
 * postings of the query's most telling terms, so a query costs those postings, not a scan of the
 * corpus.
 *
 * Memory: terms and entity ids are interned to integers (vocabulary.ts), a file's features are a
 * few typed arrays (features.ts), postings are flat arrays of file slots (postings.ts), and term
 * weights are recomputed from a per-term IDF table rather than cached per file: the layer's memory
 * grows with the files' distinct terms, not with their words.
 *
 * Scores are a function of the current files only, never of their history: the counts are exact,
 * and what depends on all of them (term weights, the pivot) is recomputed from them on the first
 * query after any change.
 */
import type { BoilerplateBlock, DateMention, NameMention, RelatedArticle, RelatedFile } from '../types';
import { computeFeatures, sameBoilerplate, sameEntities, surfaces, TermReader, type Features } from './features';
import { Postings } from './postings';
import { SlotSums } from './slotSums';
import { idf, normOf, PairScorer, pivoted, weightAt, type Side, type Weights } from './ranking';
import { ensureFloat64, ensureInt32, Vocabulary } from './vocabulary';

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
  /**
   * True once no file can change any more (a sealed index): features, once computed, stay right,
   * and the ranking stops checking each candidate's boilerplate against them. Optional: without it, it checks.
   */
  sealed?(): boolean;
}

export interface RelatedLayer {
  /** The file's text, names, dates or boilerplate may have changed. */
  invalidate(file: string): void;
  removeFile(file: string): void;
  related(file: string, limit?: number): RelatedArticle[];
  /** The same list without the reasons, which cost more than the ranking when nobody reads them. */
  relatedFiles(file: string, limit?: number): RelatedFile[];
  /**
   * Brings the corpus statistics up to date (every changed file's features, the weights), a step at
   * a time while `more()` says so: what the next `related` would do at once. True once none is left.
   */
  prepare(more: () => boolean): boolean;
}

/**
 * Below this score two articles are not about the same story, whatever the background says.
 * Deliberately low: on a handful of files IDF cannot separate much (every seed is about Mali and
 * Russia) and true pairs score ~0.08-0.2; on thousands of files true pairs score 0.4+.
 */
export const MIN_SCORE = 0.06;
/** Candidates far below the best one are another story sharing vocabulary: dropped. */
export const RELATIVE_CUT = 0.5;
/**
 * The background: what an article scores against articles of *other* stories. Raw scores are not
 * comparable across corpora (IDF, vocabulary and the number of files move them: 0.07 can be a true
 * pair among five seeds and noise among ten thousand articles), so each article's background is
 * read from its own candidates: the median of its best BACKGROUND_K. A story has a handful of
 * articles, so the median of sixteen is another story's. A pair is related only when its score
 * stands MARGIN times above the background of *both* articles: an article without a same-story
 * partner has only background-level candidates, and gets no list.
 */
export const MARGIN = 1.5;
/**
 * The margin grows with the corpus, from MARGIN up to ten files (the seeds, a handful of articles,
 * where IDF separates little and a median of four candidates is a rough background) to
 * MARGIN_MAX from about 250 files on: between what true pairs and articles without a partner score
 * on generated corpora (ratio of the best score to the larger of the two backgrounds). The
 * background rises with the corpus, so the ratios tighten: a larger margin loses true pairs in a
 * large workspace (docs/performance.md has the measurements).
 */
export const MARGIN_MAX = 2.8;
const MARGIN_SLOPE = 0.4;
const MARGIN_BASE_FILES = 10;
export function marginFor(n: number): number {
  return Math.min(MARGIN_MAX, MARGIN + MARGIN_SLOPE * Math.log(Math.max(1, n / MARGIN_BASE_FILES)));
}
export const BACKGROUND_K = 16;
/** With fewer candidates than this there is no background to read: MIN_SCORE alone decides. */
export const BACKGROUND_MIN = 4;
/** Query terms used to find candidates, highest IDF×TF first. */
const QUERY_TERMS = 32;
/** Candidates scored exactly per query. */
const CANDIDATES = 64;
/** A posting list longer than this share of the corpus is a common word: useless for candidates. */
const MAX_POSTING_SHARE = 0.03;
/**
 * And never longer than this many files, whatever the corpus: a query walks a bounded number of
 * postings, so ranking every file takes time linear in the corpus. The share reaches it at 10,000 files.
 */
const MAX_POSTING_FILES = 300;
const DEFAULT_LIMIT = 10;
/** Files whose features one step of `prepare` computes, and slots one step checks (each a few milliseconds). */
const FEATURE_STEP = 32;
const CHECK_STEP = 512;

/** A candidate of a query and its score. */
interface Scored {
  slot: number;
  score: number;
}

/**
 * Files ↔ slots: small integers that index the layer's per-file arrays and the postings. A removed
 * file's slot is reused by the next new file.
 */
class Slots {
  private readonly slotOf = new Map<string, number>();
  private readonly names: (string | undefined)[] = [];
  private readonly free: number[] = [];
  /** Slots in file-name order, kept until a file comes or goes. */
  private byName: number[] | undefined;
  /** ranks[slot]: the slot's index in `byName`. */
  private ranks = new Int32Array(0);

  get count(): number {
    return this.names.length;
  }

  get(file: string): number | undefined {
    return this.slotOf.get(file);
  }

  file(slot: number): string {
    return this.names[slot] ?? '';
  }

  /** The slot of `file`, assigned on first sight. */
  take(file: string): number {
    let slot = this.slotOf.get(file);
    if (slot !== undefined) return slot;
    slot = this.free.pop() ?? this.names.length;
    this.slotOf.set(file, slot);
    this.names[slot] = file;
    this.byName = undefined;
    return slot;
  }

  release(file: string): void {
    const slot = this.slotOf.get(file);
    if (slot === undefined) return;
    this.slotOf.delete(file);
    this.names[slot] = undefined;
    this.free.push(slot);
    this.byName = undefined;
  }

  /** Every assigned slot, in file-name order. */
  inNameOrder(): readonly number[] {
    if (!this.byName) {
      const slots = [...this.slotOf.values()];
      this.byName = slots.sort((a, b) => compareNames(this.file(a), this.file(b)));
      this.ranks = new Int32Array(this.names.length);
      this.byName.forEach((slot, i) => (this.ranks[slot] = i));
    }
    return this.byName;
  }

  /**
   * Each slot's place in file-name order: ties between equal scores are broken by file name, and
   * comparing two integers is what lets a query rank thousands of candidates cheaply.
   */
  nameRanks(): Int32Array {
    this.inNameOrder();
    return this.ranks;
  }
}

function compareNames(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function createRelatedLayer(source: RelatedSource): RelatedLayer {
  const terms = new Vocabulary();
  const entityIds = new Vocabulary();
  const slots = new Slots();
  /** Features by slot; undefined for a slot without a file (or whose file has no text). */
  const feats: (Features | undefined)[] = [];
  /** Number of files with features: the N of IDF. */
  let fileCount = 0;
  let termDf = new Int32Array(0);
  let entityDf = new Int32Array(0);
  const termPostings = new Postings((s) => feats[s]?.terms, () => feats.length, () => terms.size);
  const entityPostings = new Postings((s) => feats[s]?.entities, () => feats.length, () => entityIds.size);

  /** Bumped whenever any file's features change: weights, norms, the pivot and backgrounds are then stale. */
  let epoch = 0;
  let pivotEpoch = -1;
  /** Set by any change to the files: every file's boilerplate must be checked before the next query. */
  let unchecked = true;
  /** Per slot: the names revision its features were computed from (NaN: unknown, read the names). */
  let namesSeen = new Float64Array(0);
  const dirty = new Set<string>();
  // The IDF tables, each file's vector norm and size, and the pivot (mean norm) depend on every
  // file's document frequencies (and the number of files); they are recomputed in one pass, from
  // the exact counts, on the first query after any change.
  let weights: Weights = { n: 0, termIdf: new Float64Array(0), entityIdf: new Float64Array(0) };
  /** Vector norm by slot under `weights`; NaN for features computed since. */
  let norms = new Float64Array(0);
  /** Number of terms with a positive weight by slot (the size of the file's sparse vector). */
  let sizes = new Int32Array(0);
  let meanNorm = 0;
  /** Background score by slot (NaN: not computed yet), valid until the corpus changes. */
  let background = new Float64Array(0);
  let backgroundEpoch = -1;
  const scorer = new PairScorer();
  const sums = new SlotSums();

  const drop = (file: string) => {
    const slot = slots.get(file);
    const f = slot === undefined ? undefined : feats[slot];
    if (slot === undefined || !f) return;
    for (const t of f.terms) termDf[t]--;
    for (const id of f.entities) entityDf[id]--;
    termPostings.remove(slot, f.terms);
    entityPostings.remove(slot, f.entities);
    feats[slot] = undefined;
    fileCount--;
    epoch++;
  };

  const compute = (file: string, reader = new TermReader(terms)) => {
    drop(file);
    dirty.delete(file);
    const text = source.text(file);
    if (text === undefined) return;
    const slot = slots.take(file);
    const f = computeFeatures(text, source.boilerplate(file), source.names(file), source.dates(file), reader, entityIds);
    termDf = ensureInt32(termDf, terms.size);
    entityDf = ensureInt32(entityDf, entityIds.size);
    for (const t of f.terms) termDf[t]++;
    for (const id of f.entities) entityDf[id]++;
    namesSeen = ensureFloat64(namesSeen, slots.count);
    namesSeen[slot] = source.namesRevision?.(file) ?? NaN;
    termPostings.add(slot, f.terms);
    entityPostings.add(slot, f.entities);
    feats[slot] = f;
    norms = ensureFloat64(norms, slots.count);
    norms[slot] = NaN;
    fileCount++;
    epoch++;
  };

  /** IDF of every term and entity under the current document frequencies. */
  const currentWeights = (): Weights => {
    const n = fileCount;
    const termIdf = new Float64Array(terms.size);
    for (let t = 0; t < termIdf.length; t++) termIdf[t] = idf(termDf[t], n);
    const entityIdf = new Float64Array(entityIds.size);
    for (let id = 0; id < entityIdf.length; id++) entityIdf[id] = idf(entityDf[id], n);
    return { n, termIdf, entityIdf };
  };

  const pivot = (): number => {
    if (pivotEpoch !== epoch) {
      weights = currentWeights();
      norms = new Float64Array(slots.count);
      sizes = new Int32Array(slots.count);
      // Summed in file-name order: a floating-point sum must not depend on insertion order.
      let sum = 0;
      for (const slot of slots.inNameOrder()) {
        const f = feats[slot];
        if (!f) continue;
        const v = normOf(f, weights);
        norms[slot] = v.norm;
        sizes[slot] = v.size;
        sum += v.norm;
      }
      meanNorm = fileCount ? sum / fileCount : 0;
      pivotEpoch = epoch;
      background = new Float64Array(slots.count).fill(NaN);
    }
    return meanNorm;
  };

  /** One side of a pair: features, vector size and pivoted norm under the current weights. */
  const sideOf = (slot: number, f: Features): Side => {
    if (Number.isNaN(norms[slot])) {
      // Features recomputed since the last pivot (only when a file changed without `invalidate`).
      const v = normOf(f, weights);
      norms[slot] = v.norm;
      sizes[slot] = v.size;
    }
    return { f, size: sizes[slot], norm: pivoted(norms[slot], meanNorm) };
  };

  /** Features of `file`, recomputed when its own boilerplate changed (another file's edit can do that). */
  const fresh = (file: string): Features | undefined => {
    const slot = slots.get(file);
    let f = slot === undefined ? undefined : feats[slot];
    if (f && !source.sealed?.() && !sameBoilerplate(f, source.boilerplate(file))) {
      compute(file);
      f = slot === undefined ? undefined : feats[slot];
    }
    return f;
  };

  /**
   * The files that share the query's rarest, most repeated terms and its entities, each with the
   * sum of the weights it shares, best CANDIDATES first. Sums run over the query's terms in a fixed
   * order, whatever the postings' order.
   */
  const candidates = (slot: number, q: Features): number[] => {
    const n = fileCount;
    const maxPosting = Math.min(MAX_POSTING_FILES, Math.max(50, MAX_POSTING_SHARE * n));
    const weighted: { t: number; w: number }[] = [];
    for (let i = 0; i < q.terms.length; i++) {
      const df = termDf[q.terms[i]];
      if (df >= 2 && df <= maxPosting) weighted.push({ t: q.terms[i], w: weightAt(q, i, weights) });
    }
    weighted.sort((a, b) => b.w - a.w); // stable: equal weights keep the text's order
    const acc = sums.start();
    const add = (w: number) => (other: number) => {
      if (other !== slot) acc.add(other, w);
    };
    for (const { t, w } of weighted.slice(0, QUERY_TERMS)) termPostings.forEach(t, add(w));
    for (const id of q.entities) {
      if (entityDf[id] > maxPosting) continue;
      entityPostings.forEach(id, add(weights.entityIdf[id]));
    }
    return acc.best(CANDIDATES, slots.nameRanks());
  };

  /** The candidates of `file`, scored, best first. */
  const score = (file: string, q: Features): Scored[] => {
    const slot = slots.get(file);
    if (slot === undefined) return [];
    pivot();
    const cands = candidates(slot, q);
    const out: Scored[] = [];
    scorer.start(sideOf(slot, q), weights);
    for (const other of cands) {
      const o = fresh(slots.file(other));
      if (o) out.push({ slot: other, score: scorer.score(sideOf(other, o)) });
    }
    scorer.done();
    const ranks = slots.nameRanks();
    return out.sort((a, b) => b.score - a.score || ranks[a.slot] - ranks[b.slot]);
  };

  /** Median of the best BACKGROUND_K candidate scores; 0 when there are too few candidates to tell. */
  const backgroundOf = (scored: readonly Scored[]): number => {
    const k = Math.min(BACKGROUND_K, scored.length);
    return k < BACKGROUND_MIN ? 0 : scored[k >> 1].score;
  };
  const otherBackground = (slot: number): number => {
    if (Number.isNaN(background[slot])) {
      const file = slots.file(slot);
      const f = fresh(file);
      background[slot] = f ? backgroundOf(score(file, f)) : 0;
    }
    return background[slot];
  };

  /**
   * The update under way (see `update`): one reader for the batch (a corpus repeats its tokens,
   * each is normalised once) and the next slot to check. Dropped by any change to the files.
   */
  let updating: { reader: TermReader; slot: number } | undefined;

  /** Everything the statistics below read is up to date. */
  const current = () => dirty.size === 0 && !unchecked && pivotEpoch === epoch && backgroundEpoch === epoch;

  /** Brings every file's features and the statistics up to date, a step at a time while `more()` says so; true once done. */
  const update = (more: () => boolean): boolean => {
    if (current()) return true;
    const u = (updating ??= { reader: new TermReader(terms), slot: 0 });
    while (dirty.size > 0) {
      if (!more()) return false;
      let n = 0;
      // In the order the files were changed (`compute` takes each out of `dirty`).
      for (const file of dirty) {
        compute(file, u.reader);
        if (++n === FEATURE_STEP) break;
      }
    }
    // An edit can change the boilerplate of files sharing text with the edited one, hence their
    // features: bring every file up to date now, so that the statistics below are exact.
    // Linking another file can also move this file's mentions to other entities.
    while (unchecked && u.slot < feats.length) {
      if (!more()) return false;
      for (const end = Math.min(feats.length, u.slot + CHECK_STEP); u.slot < end; u.slot++) {
        const f = feats[u.slot];
        if (!f) continue;
        const file = slots.file(u.slot);
        const blocks = source.boilerplate(file);
        if (!sameBoilerplate(f, blocks)) compute(file, u.reader);
        else if (namesSeen[u.slot] !== source.namesRevision?.(file) && !sameEntities(f, source.names(file), blocks, entityIds)) compute(file, u.reader);
      }
    }
    if (!more()) return false;
    unchecked = false;
    updating = undefined;
    pivot();
    if (backgroundEpoch !== epoch) {
      background.fill(NaN);
      backgroundEpoch = epoch;
    }
    return true;
  };
  const flush = () => update(() => true);

  /** The list shown for `file`, with the reasons of each pair (computed only for these). */
  const withReasons = (file: string, slot: number, q: Features, shown: readonly Scored[]): RelatedArticle[] => {
    if (!shown.length) return [];
    const text = source.text(file) ?? '';
    const spelt = surfaces(text, source.boilerplate(file), new TermReader(terms));
    const spell = (term: number) => spelt.get(term) ?? terms.keyOf(term);
    const a = sideOf(slot, q);
    return shown.map((s) => {
      const o = feats[s.slot];
      const other = slots.file(s.slot);
      const reasons = o ? scorer.reasons(a, text, sideOf(s.slot, o), source.text(other) ?? '', weights, spell) : [];
      return { file: other, score: s.score, reasons };
    });
  };

  /** The related articles of `file`, best first, with its slot and features (undefined: not ranked). */
  const ranked = (file: string, limit: number): { slot: number; q: Features; list: Scored[] } | undefined => {
    flush();
    const q = fresh(file);
    const slot = slots.get(file);
    if (!q || slot === undefined) return undefined;
    const scored = score(file, q);
    const own = backgroundOf(scored);
    background[slot] = own;
    const out: Scored[] = [];
    const margin = marginFor(fileCount);
    for (const s of scored) {
      if (s.score < MIN_SCORE) break;
      if (s.score < margin * own) break;
      if (s.score < margin * otherBackground(s.slot)) continue;
      out.push(s);
    }
    const floor = out.length ? out[0].score * RELATIVE_CUT : 0;
    return { slot, q, list: out.filter((r) => r.score >= floor).slice(0, limit) };
  };

  return {
    invalidate(file: string) {
      dirty.add(file);
      unchecked = true;
      updating = undefined;
    },
    removeFile(file: string) {
      dirty.delete(file);
      drop(file);
      slots.release(file);
      unchecked = true;
      updating = undefined;
    },
    prepare(more: () => boolean): boolean {
      return update(more);
    },
    related(file: string, limit = DEFAULT_LIMIT): RelatedArticle[] {
      const shown = ranked(file, limit);
      return shown ? withReasons(file, shown.slot, shown.q, shown.list) : [];
    },
    relatedFiles(file: string, limit = DEFAULT_LIMIT): RelatedFile[] {
      return ranked(file, limit)?.list.map((s) => ({ file: slots.file(s.slot), score: s.score })) ?? [];
    },
  };
}
