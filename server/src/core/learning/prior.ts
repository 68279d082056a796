/**
 * The name learner's prior: what the project's annotated articles (the tune halves of its blind sets,
 * written by the guidelines) say of each feature per class, counted as the workspace's own examples
 * are and shipped with the package (prior.data.ts, built by scripts/learning/build-prior.mjs).
 *
 * Why: a user's corpus of a few pages gives the learner a handful of sure examples, too few to read
 * a bare name's contexts (made-up: `la Kobaru promet`, `les agents de la Kobaru`); the prior lends it the contexts
 * of some hundred articles, and a large corpus's own examples outweigh it. It counts at a quarter of
 * a rule's weakest example, chosen by leaving each tune half out of the counts in turn
 * (docs/evaluation.md).
 */
import { FEATURE_SPACE } from '../entities/evidence';
import { PRIOR_COUNTS } from './prior.data';
import { CLASS_COUNT } from './typeModel';

export const PRIOR_EXAMPLE_WEIGHT = 0.25;

let dense: Int32Array | undefined;

/** The prior's counts laid out as `TypeModel`'s, read-only and shared by every model. */
export function shippedPrior(): Int32Array {
  if (!dense) {
    dense = new Int32Array(2 * CLASS_COUNT * FEATURE_SPACE);
    for (let i = 0; i < PRIOR_COUNTS.length; i += 2) dense[PRIOR_COUNTS[i]] = PRIOR_COUNTS[i + 1];
  }
  return dense;
}
