/**
 * The name learner's model: how often each feature (entities/evidence.ts) was seen with each
 * class among the mentions the workspace is sure of, in two views kept apart: spelling and
 * context. From those counts, how much a feature says for each class: a naive Bayes
 * log-likelihood with add-one smoothing, per view.
 *
 * Why two views: a rule that is sure of a name because of how it is spelt (a known first name,
 * an institution head word) says nothing new about spellings, and would teach the model that
 * only names with known first names are people; it teaches the context instead, and a rule that
 * read the context (a title before a person, `à` before a place) teaches the spelling. A guess is
 * then judged on both (Collins & Singer's co-training, in one step).
 *
 * The workspace's counts are added to a fixed prior (prior.ts), the same for every workspace.
 * Counts are integers added and taken away file by file, so the model is the same whatever order
 * the files came in; scores are integers too (log-likelihoods in millionths), so a sum over a
 * name's mentions does not depend on the order it is made in either.
 */
import { FEATURE_SPACE } from '../entities/evidence';

/** The classes a name candidate can be given: the three name types, and "not a name". */
export const CLASSES = ['PERSON', 'INSTITUTION', 'PLACE', 'NONE'] as const;
export const NONE = 3;
export const CLASS_COUNT = CLASSES.length;
export const SCORE_SCALE = 1e6;
export const SPELLING = 0;
export const CONTEXT = 1;
const K = CLASS_COUNT;
/**
 * Dirichlet smoothing: a class's probability of a feature is pulled towards how often the feature
 * occurs at all (over every class), with this weight. Plain add-one smoothing over 65,536 possible
 * features would drown the counts and favour whichever class has the most examples.
 */
const SMOOTHING_WEIGHT = 100;

/** Fixed counts laid out as the model's (see prior.ts), with their sums as the model keeps its own (per view and feature, per view and class, per view). */
export interface Prior {
  counts: Int32Array;
  all: Int32Array;
  totals: Int32Array;
  grand: Int32Array;
}

export class TypeModel {
  /** Weight of each feature per view and class: `counts[(view * K + c) * FEATURE_SPACE + f]`. */
  private readonly counts = new Int32Array(2 * K * FEATURE_SPACE);
  /** Weight of each feature per view, all classes together. */
  private readonly all = new Int32Array(2 * FEATURE_SPACE);
  /** Total feature weight per view and class, and per view. */
  private readonly totals = new Float64Array(2 * K);
  private readonly grand = new Float64Array(2);
  /** Bumped on every change: scores computed under another version are stale. */
  version = 0;
  /**
   * Log-likelihoods in millionths per source (the prior's counts with the workspace's, or the workspace's
   * alone), view, feature and class, each valid while its stamp equals `version`.
   */
  private readonly logs = new Int32Array(2 * 2 * FEATURE_SPACE * K);
  private readonly stamps = new Int32Array(2 * 2 * FEATURE_SPACE).fill(-1);
  private readonly own = new Float64Array(K);
  /** Fixed counts laid out as the workspace's, each weighing `priorWeight` (see prior.ts). */
  private readonly prior: Prior | undefined;
  private readonly priorWeight: number;

  constructor(prior?: Prior, priorWeight = 0) {
    this.prior = prior && priorWeight > 0 ? prior : undefined;
    this.priorWeight = priorWeight;
  }

  /** Counts (positive weight) or forgets (negative) one example of class `c` in one view. */
  add(view: number, c: number, features: ArrayLike<number>, from: number, to: number, weight: number): void {
    if (weight === 0 || from >= to) return;
    const base = (view * K + c) * FEATURE_SPACE;
    const allBase = view * FEATURE_SPACE;
    for (let k = from; k < to; k++) {
      this.counts[base + features[k]] += weight;
      this.all[allBase + features[k]] += weight;
    }
    this.totals[view * K + c] += weight * (to - from);
    this.grand[view] += weight * (to - from);
    this.version = (this.version + 1) | 0;
  }

  private hasExamples(view: number, c: number, withPrior: boolean): boolean {
    return this.totals[view * K + c] + (withPrior && this.prior ? this.prior.totals[view * K + c] * this.priorWeight : 0) > 0;
  }

  /** The log-likelihoods of feature `f` in `view` under each class, from `logs[at]` on; `withPrior`: the prior's counts too. */
  private ensure(view: number, f: number, withPrior: boolean): number {
    const prior = withPrior ? this.prior : undefined;
    const slot = ((prior ? 0 : 2) + view) * FEATURE_SPACE + f;
    const at = slot * K;
    if (this.stamps[slot] === this.version) return at;
    const own = view * FEATURE_SPACE + f;
    const w = this.priorWeight;
    const background = prior
      ? (this.all[own] + prior.all[own] * w + 1) / (this.grand[view] + prior.grand[view] * w + FEATURE_SPACE)
      : (this.all[own] + 1) / (this.grand[view] + FEATURE_SPACE);
    for (let c = 0; c < K; c++) {
      const i = (view * K + c) * FEATURE_SPACE + f;
      const n = prior ? this.counts[i] + prior.counts[i] * w : this.counts[i];
      const total = prior ? this.totals[view * K + c] + prior.totals[view * K + c] * w : this.totals[view * K + c];
      this.logs[at + c] = Math.round(SCORE_SCALE * Math.log((n + SMOOTHING_WEIGHT * background) / (total + SMOOTHING_WEIGHT)));
    }
    this.stamps[slot] = this.version;
    return at;
  }

  /**
   * Adds to `scores[into..into + K)` the log-likelihood of `features[from..to)` in `view` under each class
   * (in millionths). A class with no example in the view gets the mean of the others: no evidence
   * for or against it. `withPrior` false: from the workspace's examples alone.
   */
  score(view: number, features: ArrayLike<number>, from: number, to: number, scores: Float64Array, into: number, withPrior = true): void {
    const own = this.own;
    own.fill(0);
    for (let k = from; k < to; k++) {
      const at = this.ensure(view, features[k], withPrior);
      for (let c = 0; c < K; c++) own[c] += this.logs[at + c];
    }
    let known = 0;
    let sum = 0;
    for (let c = 0; c < K; c++) {
      if (!this.hasExamples(view, c, withPrior)) continue;
      sum += own[c];
      known++;
    }
    if (known === 0) return;
    const mean = Math.round(sum / known);
    for (let c = 0; c < K; c++) scores[into + c] += this.hasExamples(view, c, withPrior) ? own[c] : mean;
  }
}
