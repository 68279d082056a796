/**
 * Scoring one pair of articles. Three signals, each 0..1:
 *   - words: cosine of BM25-IDF-weighted term vectors (rare shared words dominate; words every
 *     article of this corpus uses, like "Mali", weigh next to nothing);
 *   - entities: IDF-weighted Jaccard of linked entity ids (a rare person counts more than Goïta);
 *   - dates: how close the closest pair of dated references is.
 * A signal that one side lacks (no names recognised yet, no dates) drops out and the others are
 * re-weighted, so the ranking works from words alone until the name layer lands.
 *
 * Every sum runs over one file's terms or entities in that file's order (never over a hash
 * table's or a posting list's order), so a score is the same bit for bit whatever the history.
 */
import { dateText, entityText, NO_DAY, type Features } from './features';
import { ensureFloat64, ensureInt32 } from './vocabulary';

/** BM25's IDF, floored at 0: a term in every file weighs ~0, a term in two of 10,000 weighs ~8. */
export function idf(df: number, n: number): number {
  return Math.max(0, Math.log((n - df + 0.5) / (df + 0.5) + 1));
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

/**
 * IDF of every term and entity under the current document frequencies, computed once per change
 * of the corpus instead of once per use (same formula, same value).
 */
export interface Weights {
  n: number;
  termIdf: Float64Array;
  entityIdf: Float64Array;
}

/** 1 + log tf for the counts most terms have (the same values, looked up rather than recomputed). */
const LOG_TF = Float64Array.from({ length: 256 }, (_, tf) => 1 + Math.log(tf));

/** Weight of the i-th term of `f`: (1 + log tf) × IDF. */
export function weightAt(f: Features, i: number, w: Weights): number {
  const tf = f.counts[i];
  return (tf < LOG_TF.length ? LOG_TF[tf] : 1 + Math.log(tf)) * w.termIdf[f.terms[i]];
}

/** A file's vector length and how many of its terms weigh anything (the size of its sparse vector). */
export function normOf(f: Features, w: Weights): { norm: number; size: number } {
  let s = 0;
  let size = 0;
  for (let i = 0; i < f.terms.length; i++) {
    const x = weightAt(f, i, w);
    if (x <= 0) continue;
    s += x * x;
    size++;
  }
  return { norm: Math.sqrt(s), size };
}

/** One side of a pair: its features, the size of its sparse vector and its pivoted norm. */
export interface Side {
  f: Features;
  size: number;
  norm: number;
}

const W_WORDS = 0.6;
const W_ENTITIES = 0.25;
const W_DATES = 0.15;

/**
 * Term weights of one file spread over a dense array indexed by term id, so the other side of a
 * pair looks its terms up in O(1). Filled for one file, read, then cleared (only the cells set).
 */
class DenseWeights {
  private cells = new Float64Array(0);
  /** positions[term]: the term's index in the file filled (read only where `cells` is set). */
  private positions = new Int32Array(0);
  /**
   * One bit per term, set for the file's terms: a candidate's terms are mostly not the query's,
   * and this rejects them from a bitset that stays in cache, where `cells` spans the vocabulary.
   */
  private bits = new Int32Array(0);
  private filled: Int32Array = new Int32Array(0);

  fill(f: Features, w: Weights): void {
    this.cells = ensureFloat64(this.cells, w.termIdf.length);
    this.positions = ensureInt32(this.positions, w.termIdf.length);
    this.bits = ensureInt32(this.bits, (w.termIdf.length >>> 5) + 1);
    for (let i = 0; i < f.terms.length; i++) {
      const t = f.terms[i];
      this.cells[t] = weightAt(f, i, w);
      this.positions[t] = i;
      this.bits[t >>> 5] |= 1 << (t & 31);
    }
    this.filled = f.terms;
  }

  /** The filled file's weight of `term`; 0 when it does not hold it. */
  get(term: number): number {
    return this.bits[term >>> 5] & (1 << (term & 31)) ? this.cells[term] : 0;
  }

  positionOf(term: number): number {
    return this.positions[term];
  }

  clear(): void {
    for (const t of this.filled) {
      this.cells[t] = 0;
      this.bits[t >>> 5] = 0;
    }
    this.filled = new Int32Array(0);
  }
}

/** Membership of entity ids in one file, by stamping a dense array (same fill / read / clear cycle). */
class EntityMarks {
  private marks = new Int32Array(0);
  private stamp = 0;

  fill(ids: Int32Array, idCount: number): void {
    this.marks = ensureInt32(this.marks, idCount);
    this.stamp++;
    for (const id of ids) this.marks[id] = this.stamp;
  }

  has(id: number): boolean {
    return this.marks[id] === this.stamp;
  }
}

/**
 * Scores pairs of one query file `a` against candidates `b`. Reusable scratch space: a query's
 * weights are spread once, each candidate's only when the query is the smaller vector.
 */
export class PairScorer {
  private readonly aWeights = new DenseWeights();
  private readonly bWeights = new DenseWeights();
  private readonly aEntities = new EntityMarks();
  private readonly bEntities = new EntityMarks();
  private a: Side | undefined;
  private w: Weights = { n: 0, termIdf: new Float64Array(0), entityIdf: new Float64Array(0) };

  /** Sets the query side and the weights in force; call `done` when its candidates are scored. */
  start(a: Side, w: Weights): void {
    this.a = a;
    this.w = w;
    this.aWeights.fill(a.f, this.w);
    this.aEntities.fill(a.f.entities, this.w.entityIdf.length);
  }

  done(): void {
    this.aWeights.clear();
    this.a = undefined;
  }

  /**
   * Why `a` and `b` are related (see `pairReasons`), between queries: it borrows the scorer's
   * scratch arrays, which span the whole vocabulary and are too large to allocate per pair.
   */
  reasons(a: Side, aText: string, b: Side, bText: string, w: Weights, spell: (term: number) => string): string[] {
    if (this.a) throw new Error('PairScorer.reasons during a query');
    return pairReasons(a, aText, b, bText, w, spell, this.aWeights, this.bWeights);
  }

  score(b: Side): number {
    const a = this.a;
    if (!a) throw new Error('PairScorer.score before start');
    // Summed in this order (words, entities, dates), each from 0: a score is the same bit for bit as ever.
    let wsum = 0 + W_WORDS;
    let sum = 0 + W_WORDS * this.cosine(a, b);
    if (a.f.entities.length && b.f.entities.length) {
      wsum += W_ENTITIES;
      sum += W_ENTITIES * this.entityJaccard(a.f, b.f);
    }
    if (a.f.dates.length && b.f.dates.length) {
      wsum += W_DATES;
      sum += W_DATES * dateCloseness(a.f, b.f).sim;
    }
    return Math.min(1, Math.max(0, sum / wsum));
  }

  /**
   * Words: dot product over the smaller vector's terms (in its order), as a cosine of pivoted norms.
   * When the query is the smaller side, the candidate's terms are looked up in the query's spread
   * weights (one pass, weighing only the shared terms) and the products are then summed in the
   * query's order, which is the order `forSharedTerms` would sum them in.
   */
  private cosine(a: Side, b: Side): number {
    const dot = a.size <= b.size ? this.dotInQueryOrder(a.f, b.f) : this.dotInCandidateOrder(b.f);
    return a.norm && b.norm ? Math.min(1, dot / (a.norm * b.norm)) : 0;
  }

  /** `forSharedTerms` summing the products when the candidate is the side walked. */
  private dotInCandidateOrder(b: Features): number {
    const aw = this.aWeights;
    let dot = 0;
    for (let j = 0; j < b.terms.length; j++) {
      const w2 = aw.get(b.terms[j]);
      if (!w2) continue;
      const w1 = weightAt(b, j, this.w);
      if (w1 <= 0) continue;
      dot += w1 * w2;
    }
    return dot;
  }

  private hitPositions = new Int32Array(0);
  private hitProducts = new Float64Array(0);

  private dotInQueryOrder(a: Features, b: Features): number {
    const aw = this.aWeights;
    this.hitPositions = ensureInt32(this.hitPositions, b.terms.length);
    this.hitProducts = ensureFloat64(this.hitProducts, a.terms.length);
    const positions = this.hitPositions;
    const products = this.hitProducts;
    let hits = 0;
    for (let j = 0; j < b.terms.length; j++) {
      const w1 = aw.get(b.terms[j]);
      if (!(w1 > 0)) continue;
      const w2 = weightAt(b, j, this.w);
      if (!w2) continue;
      const at = aw.positionOf(b.terms[j]);
      products[at] = w1 * w2;
      positions[hits++] = at;
    }
    const order = positions.subarray(0, hits).sort();
    let dot = 0;
    for (let k = 0; k < hits; k++) dot += products[order[k]];
    return dot;
  }

  /** Entities: IDF-weighted Jaccard, summed over a's entities in a's order, then b's others. */
  private entityJaccard(a: Features, b: Features): number {
    this.bEntities.fill(b.entities, this.w.entityIdf.length);
    let inter = 0;
    let union = 0;
    for (const id of a.entities) {
      const w = this.w.entityIdf[id];
      union += w;
      if (this.bEntities.has(id)) inter += w;
    }
    for (const id of b.entities) if (!this.aEntities.has(id)) union += this.w.entityIdf[id];
    return union ? inter / union : 0;
  }
}

/**
 * Calls `visit(term, w1 × w2)` for each term with a weight on both sides, walking the side with
 * the smaller vector in its own order (the order the dot product is summed in). `aWeights` holds
 * a's weights; b's are spread into `bWeights` only when a is the side walked.
 */
function forSharedTerms(a: Side, b: Side, aWeights: DenseWeights, bWeights: DenseWeights, w: Weights, visit: (term: number, product: number) => void): void {
  const walkA = a.size <= b.size;
  const [small, large] = walkA ? [a.f, bWeights] : [b.f, aWeights];
  if (walkA) bWeights.fill(b.f, w);
  for (let i = 0; i < small.terms.length; i++) {
    const w1 = weightAt(small, i, w);
    if (w1 <= 0) continue;
    const w2 = large.get(small.terms[i]);
    if (!w2) continue;
    visit(small.terms[i], w1 * w2);
  }
  if (walkA) bWeights.clear();
}

/**
 * How close the closest pair of dates is (`sim`), and which pair it is (the index in `dates` of
 * each side's date, -1 when none is close): the first pair found at the best closeness.
 */
function dateCloseness(a: Features, b: Features): { sim: number; i: number; j: number } {
  let best = 0;
  let bi = -1;
  let bj = -1;
  /** Days apart from which no pair can beat `best` (one day more than exp's inverse says, against rounding). */
  let far = Infinity;
  for (let i = 0; i < a.dates.length && best < 1; i += 2) {
    for (let j = 0; j < b.dates.length; j += 2) {
      let s = 0;
      if (a.dates[i] !== NO_DAY && b.dates[j] !== NO_DAY) {
        const apart = Math.abs(a.dates[i] - b.dates[j]);
        if (apart >= far) continue;
        s = Math.exp(-apart / 10);
      } else if (a.dates[i + 1] === b.dates[j + 1]) s = 0.5;
      if (s > best) {
        best = s;
        bi = i;
        bj = j;
        far = 1 - 10 * Math.log(best);
      }
    }
  }
  return { sim: best, i: bi, j: bj };
}

/** Why the dates of `a` and `b` bring them together, in the words of their texts, if they do. */
function datesReason(a: Features, aText: string, b: Features, bText: string): string | undefined {
  const { i, j } = dateCloseness(a, b);
  if (i < 0) return undefined;
  const xText = dateText(a, aText, i >> 1);
  const yText = dateText(b, bText, j >> 1);
  if (a.dates[i] === NO_DAY || b.dates[j] === NO_DAY) return `same month: ${xText} / ${yText}`;
  const d = Math.abs(a.dates[i] - b.dates[j]);
  return d === 0 ? `same date: ${xText}` : `close dates: ${xText} / ${yText} (${d} day${d > 1 ? 's' : ''} apart)`;
}

/**
 * Why `a` and `b` are related: their rarest shared entities, their closest dates, their rarest
 * shared words (`spell`: as first written in `a`). Only for the few pairs shown, so it recomputes
 * what `PairScorer.score` summed rather than keeping strings for every pair. `aText`, `bText`:
 * the two files' texts, which their features point into.
 */
function pairReasons(a: Side, aText: string, b: Side, bText: string, w: Weights, spell: (term: number) => string, aWeights: DenseWeights, bWeights: DenseWeights): string[] {
  const reasons: string[] = [];
  if (a.f.entities.length && b.f.entities.length) {
    const common: { i: number; w: number }[] = [];
    a.f.entities.forEach((id, i) => {
      if (b.f.entities.includes(id)) common.push({ i, w: w.entityIdf[id] });
    });
    const top = common.sort((x, y) => y.w - x.w).slice(0, 4);
    if (top.length) reasons.push(`shared entities: ${top.map((x) => entityText(a.f, aText, x.i)).join(', ')}`);
  }
  if (a.f.dates.length && b.f.dates.length) {
    const why = datesReason(a.f, aText, b.f, bText);
    if (why) reasons.push(why);
  }
  const shared: { t: number; w: number }[] = [];
  aWeights.fill(a.f, w);
  forSharedTerms(a, b, aWeights, bWeights, w, (t, product) => shared.push({ t, w: product }));
  aWeights.clear();
  if (shared.length) {
    const top = shared.sort((x, y) => y.w - x.w).slice(0, 5).map((x) => spell(x.t));
    reasons.push(`shared rare words: ${top.join(', ')}`);
  }
  return reasons;
}
