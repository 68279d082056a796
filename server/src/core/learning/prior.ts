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
import { CLASS_COUNT, type Prior } from './typeModel';

export const PRIOR_EXAMPLE_WEIGHT = 0.25;

let shipped: Prior | undefined;

/** The shipped prior, read-only and shared by every model. */
export function shippedPrior(): Prior {
  if (!shipped) {
    const p: Prior = {
      counts: new Int32Array(2 * CLASS_COUNT * FEATURE_SPACE),
      all: new Int32Array(2 * FEATURE_SPACE),
      totals: new Int32Array(2 * CLASS_COUNT),
      grand: new Int32Array(2),
    };
    for (let i = 0; i < PRIOR_COUNTS.length; i += 2) {
      const slot = PRIOR_COUNTS[i];
      const n = PRIOR_COUNTS[i + 1];
      const f = slot % FEATURE_SPACE;
      const viewClass = (slot - f) / FEATURE_SPACE;
      const view = Math.floor(viewClass / CLASS_COUNT);
      p.counts[slot] = n;
      p.all[view * FEATURE_SPACE + f] += n;
      p.totals[viewClass] += n;
      p.grand[view] += n;
    }
    shipped = p;
  }
  return shipped;
}
