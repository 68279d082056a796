/**
 * Related-article ranking. Per-file features are cached and recomputed lazily after
 * `invalidate`; document frequencies and the inverted index (term → files) are updated by adding
 * and removing one file's features, never rebuilt. Candidates come from the postings of the
 * query's most telling terms, so a query costs those postings, not a scan of the corpus.
 *
 * Scores are a function of the current files only, never of their history: the counts are exact,
 * and what depends on all of them (term weights, the pivot) is recomputed from them on the first
 * query after any change.
 */
import type { RelatedLayer, RelatedSource } from '../layers';
import type { RelatedArticle } from '../types';
import { boilerSignature, computeFeatures, entitiesOf, sameEntities, type Features } from './features';
import { idf, pivoted, scorePair, vectorOf, type Corpus, type Vector } from './ranking';

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
 * MARGIN_MAX from about 250 files on. Measured on generated corpora (ratio of the best score to the
 * larger of the two backgrounds): at 2,000 articles true pairs ≥ 4.1, articles without a partner
 * 95% < 2.8; at 10,000 true pairs ≥ 2.84, articles without a partner all < 2.7 (the background
 * rises with the corpus, so the ratios tighten: a larger margin loses true pairs at 10,000).
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
const DEFAULT_LIMIT = 10;

export function createRelatedLayer(source: RelatedSource): RelatedLayer {
  const feats = new Map<string, Features>();
  // The pivot (mean norm) depends on every file's document frequencies (and the number of files);
  // it is recomputed in one pass, from the exact counts, on the first query after any change.
  let meanNorm = 0;
  /** Bumped whenever any file's features change: vectors, the pivot and backgrounds are then stale. */
  let epoch = 0;
  let pivotEpoch = -1;
  /** Set by any change to the files: every file's boilerplate must be checked before the next query. */
  let unchecked = true;
  // Weighted vectors under the current document frequencies; all dropped when they change.
  const vectors = new Map<string, Vector>();
  const vector = (file: string, f: Features): Vector => {
    let v = vectors.get(file);
    if (!v) vectors.set(file, (v = vectorOf(f, corpus)));
    return v;
  };
  const dirty = new Set<string>();
  const termDf = new Map<string, number>();
  const entityDf = new Map<string, number>();
  const postings = new Map<string, Set<string>>();
  const entityPostings = new Map<string, Set<string>>();
  const corpus: Corpus = {
    get n() {
      return feats.size;
    },
    termDf: (t) => termDf.get(t) ?? 0,
    entityDf: (id) => entityDf.get(id) ?? 0,
  };

  const bump = (m: Map<string, number>, k: string, d: number) => {
    const v = (m.get(k) ?? 0) + d;
    if (v > 0) m.set(k, v);
    else m.delete(k);
  };
  const post = (m: Map<string, Set<string>>, k: string, f: string, add: boolean) => {
    let s = m.get(k);
    if (add) {
      if (!s) m.set(k, (s = new Set()));
      s.add(f);
    } else if (s) {
      s.delete(f);
      if (!s.size) m.delete(k);
    }
  };

  const drop = (file: string) => {
    const f = feats.get(file);
    if (!f) return;
    for (const t of f.terms.keys()) {
      bump(termDf, t, -1);
      post(postings, t, file, false);
    }
    for (const id of f.entities.keys()) {
      bump(entityDf, id, -1);
      post(entityPostings, id, file, false);
    }
    feats.delete(file);
    epoch++;
  };

  const compute = (file: string) => {
    drop(file);
    dirty.delete(file);
    const text = source.text(file);
    if (text === undefined) return;
    const f = computeFeatures(text, source.boilerplate(file), source.names(file), source.dates(file));
    for (const t of f.terms.keys()) {
      bump(termDf, t, 1);
      post(postings, t, file, true);
    }
    for (const id of f.entities.keys()) {
      bump(entityDf, id, 1);
      post(entityPostings, id, file, true);
    }
    feats.set(file, f);
    epoch++;
  };

  const pivot = (): number => {
    if (pivotEpoch !== epoch) {
      vectors.clear();
      // Summed in file-name order: a floating-point sum must not depend on insertion order.
      const norms: [string, number][] = [];
      for (const [file, f] of feats) norms.push([file, vector(file, f).norm]);
      norms.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
      let sum = 0;
      for (const [, v] of norms) sum += v;
      meanNorm = feats.size ? sum / feats.size : 0;
      pivotEpoch = epoch;
      background.clear();
    }
    return meanNorm;
  };

  /** Features of `file`, recomputed when its own boilerplate changed (another file's edit can do that). */
  const fresh = (file: string): Features | undefined => {
    let f = feats.get(file);
    if (f && f.boilerSig !== boilerSignature(source.boilerplate(file))) {
      compute(file);
      f = feats.get(file);
    }
    return f;
  };


  /** The candidates of `file`, scored, best first (reasons only when asked: they cost strings). */
  const score = (file: string, q: Features, withReasons: boolean): { file: string; score: number; reasons?: string[] }[] => {
    const n = corpus.n;
    const maxPosting = Math.max(50, MAX_POSTING_SHARE * n);
    // Candidates: files sharing the query's rarest, most repeated terms and its entities.
    const weighted = [...q.terms]
      .map(([t, tf]) => ({ t, w: (1 + Math.log(tf)) * idf(corpus.termDf(t), n), df: corpus.termDf(t) }))
      .filter((x) => x.df >= 2 && x.df <= maxPosting)
      .sort((a, b) => b.w - a.w)
      .slice(0, QUERY_TERMS);
    const acc = new Map<string, number>();
    for (const { t, w } of weighted) for (const f of postings.get(t) ?? []) if (f !== file) acc.set(f, (acc.get(f) ?? 0) + w);
    for (const id of q.entities.keys()) {
      const ps = entityPostings.get(id);
      if (!ps || ps.size > maxPosting) continue;
      const w = idf(ps.size, n);
      for (const f of ps) if (f !== file) acc.set(f, (acc.get(f) ?? 0) + w);
    }
    const cands = [...acc].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).slice(0, CANDIDATES);
    const mean = pivot();
    const qv = vector(file, q);
    const qNorm = pivoted(qv.norm, mean);
    const out: { file: string; score: number; reasons?: string[] }[] = [];
    for (const [other] of cands) {
      const o = fresh(other);
      if (!o) continue;
      const ov = vector(other, o);
      const s = scorePair(q, qv, qNorm, o, ov, pivoted(ov.norm, mean), corpus, withReasons);
      out.push({ file: other, score: s.score, reasons: s.reasons });
    }
    return out.sort((a, b) => b.score - a.score || (a.file < b.file ? -1 : 1));
  };

  /** Median of the best BACKGROUND_K candidate scores; 0 when there are too few candidates to tell. */
  const backgroundOf = (scored: readonly { score: number }[]): number => {
    const k = Math.min(BACKGROUND_K, scored.length);
    return k < BACKGROUND_MIN ? 0 : scored[k >> 1].score;
  };
  // Backgrounds, valid until the corpus changes (any file's features or the pivot).
  const background = new Map<string, number>();
  let backgroundEpoch = -1;
  const otherBackground = (file: string): number => {
    let b = background.get(file);
    if (b === undefined) {
      const f = fresh(file);
      b = f ? backgroundOf(score(file, f, false)) : 0;
      background.set(file, b);
    }
    return b;
  };

  const flush = () => {
    for (const file of [...dirty]) compute(file);
    // An edit can change the boilerplate of files sharing text with the edited one, hence their
    // features: bring every file up to date now, so that the statistics below are exact.
    // Linking another file can also move this file's mentions to other entities.
    if (unchecked) {
      for (const file of [...feats.keys()]) {
        const f = fresh(file);
        if (f && !sameEntities(f.entities, entitiesOf(source.names(file), source.boilerplate(file)))) compute(file);
      }
      unchecked = false;
    }
    pivot();
    if (backgroundEpoch !== epoch) {
      background.clear();
      backgroundEpoch = epoch;
    }
  };

  return {
    invalidate(file: string) {
      dirty.add(file);
      unchecked = true;
    },
    removeFile(file: string) {
      dirty.delete(file);
      drop(file);
      unchecked = true;
    },
    related(file: string, limit = DEFAULT_LIMIT): RelatedArticle[] {
      flush();
      const q = fresh(file);
      if (!q) return [];
      const scored = score(file, q, true);
      const own = backgroundOf(scored);
      background.set(file, own);
      const out: RelatedArticle[] = [];
      const margin = marginFor(corpus.n);
      for (const s of scored) {
        if (s.score < MIN_SCORE) break;
        if (s.score < margin * own) break;
        if (s.score < margin * otherBackground(s.file)) continue;
        out.push({ file: s.file, score: s.score, reasons: s.reasons ?? [] });
      }
      const floor = out.length ? out[0].score * RELATIVE_CUT : 0;
      return out.filter((r) => r.score >= floor).slice(0, limit);
    },
  };
}
