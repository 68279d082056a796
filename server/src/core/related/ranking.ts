/**
 * Scoring one pair of articles. Three signals, each 0..1:
 *   - words: cosine of BM25-IDF-weighted term vectors (rare shared words dominate; words every
 *     article of this corpus uses, like "Mali", weigh next to nothing);
 *   - entities: IDF-weighted Jaccard of linked entity ids (a rare person counts more than Goïta);
 *   - dates: how close the closest pair of dated references is.
 * A signal that one side lacks (no names recognised yet, no dates) drops out and the others are
 * re-weighted, so the ranking works from words alone until the name layer lands.
 */
import type { DateKey, Features } from './features';

export interface Corpus {
  n: number;
  termDf(t: string): number;
  entityDf(id: string): number;
}

/** BM25's IDF, floored at 0: a term in every file weighs ~0, a term in two of 10,000 weighs ~8. */
export function idf(df: number, n: number): number {
  return Math.max(0, Math.log((n - df + 0.5) / (df + 0.5) + 1));
}

export function termWeight(tf: number, df: number, n: number): number {
  return (1 + Math.log(tf)) * idf(df, n);
}

export function norm(f: Features, c: Corpus): number {
  let s = 0;
  for (const [t, tf] of f.terms) {
    const w = termWeight(tf, c.termDf(t), c.n);
    s += w * w;
  }
  return Math.sqrt(s);
}

/**
 * Pivoted length normalisation (Singhal, Buckley & Mitra 1996): plain cosine favours short
 * articles (a 5-line piece shares few words but has a small norm), so norms are pulled towards
 * the corpus mean. SLOPE 1 is plain cosine.
 */
export const PIVOT_SLOPE = 0.5;
export function pivoted(n: number, meanNorm: number): number {
  return meanNorm > 0 ? (1 - PIVOT_SLOPE) * meanNorm + PIVOT_SLOPE * n : n;
}

export interface PairScore {
  score: number;
  /** Only when asked for (they cost strings and sorting). */
  reasons?: string[];
}

const W_WORDS = 0.6;
const W_ENTITIES = 0.25;
const W_DATES = 0.15;

function dateCloseness(a: DateKey[], b: DateKey[]): { sim: number; why?: string } {
  let best = 0;
  let why: string | undefined;
  for (const x of a) {
    for (const y of b) {
      let s = 0;
      if (x.day !== null && y.day !== null) {
        const d = Math.abs(x.day - y.day);
        s = Math.exp(-d / 10);
        if (s > best) why = d === 0 ? `same date: ${x.text}` : `close dates: ${x.text} / ${y.text} (${d} day${d > 1 ? 's' : ''} apart)`;
      } else if (x.month && x.month === y.month) {
        s = 0.5;
        if (s > best) why = `same month: ${x.text} / ${y.text}`;
      }
      if (s > best) best = s;
    }
  }
  return { sim: best, why };
}

/** A file's term weights and norm under the current document frequencies (cached by the layer). */
export interface Vector {
  weights: Map<string, number>;
  norm: number;
}

export function vectorOf(f: Features, c: Corpus): Vector {
  const weights = new Map<string, number>();
  let s = 0;
  for (const [t, tf] of f.terms) {
    const w = termWeight(tf, c.termDf(t), c.n);
    if (w <= 0) continue;
    weights.set(t, w);
    s += w * w;
  }
  return { weights, norm: Math.sqrt(s) };
}

export function scorePair(a: Features, av: Vector, aNorm: number, b: Features, bv: Vector, bNorm: number, c: Corpus, withReasons = true): PairScore {
  // Words.
  let dot = 0;
  const shared: { t: string; w: number }[] = [];
  const [small, large] = av.weights.size <= bv.weights.size ? [av.weights, bv.weights] : [bv.weights, av.weights];
  for (const [t, w1] of small) {
    const w2 = large.get(t);
    if (!w2) continue;
    const w = w1 * w2;
    dot += w;
    if (withReasons) shared.push({ t, w });
  }
  const cos = aNorm && bNorm ? Math.min(1, dot / (aNorm * bNorm)) : 0;
  const parts: { w: number; v: number }[] = [{ w: W_WORDS, v: cos }];
  const reasons: string[] = [];

  // Entities.
  if (a.entities.size && b.entities.size) {
    let inter = 0;
    let union = 0;
    const common: { text: string; w: number }[] = [];
    for (const [id, text] of a.entities) {
      const w = idf(c.entityDf(id), c.n);
      union += w;
      if (b.entities.has(id)) {
        inter += w;
        if (withReasons) common.push({ text, w });
      }
    }
    for (const id of b.entities.keys()) if (!a.entities.has(id)) union += idf(c.entityDf(id), c.n);
    parts.push({ w: W_ENTITIES, v: union ? inter / union : 0 });
    if (common.length) reasons.push(`shared entities: ${common.sort((x, y) => y.w - x.w).slice(0, 4).map((x) => x.text).join(', ')}`);
  }

  // Dates.
  if (a.dates.length && b.dates.length) {
    const d = dateCloseness(a.dates, b.dates);
    parts.push({ w: W_DATES, v: d.sim });
    if (d.why) reasons.push(d.why);
  }

  if (shared.length) {
    const top = shared.sort((x, y) => y.w - x.w).slice(0, 5).map((x) => a.surface.get(x.t) ?? b.surface.get(x.t) ?? x.t);
    reasons.push(`shared rare words: ${top.join(', ')}`);
  }
  const wsum = parts.reduce((s, p) => s + p.w, 0);
  const score = parts.reduce((s, p) => s + p.w * p.v, 0) / wsum;
  return { score: Math.min(1, Math.max(0, score)), reasons: withReasons ? reasons : undefined };
}
