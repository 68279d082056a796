import { test } from 'node:test';
import assert from 'node:assert/strict';
import { DistinctCount } from '../../../server/src/core/collections/distinctCount';
import { prng } from '../../support/prng';

/** A 53-bit key, as the duplicate index's band keys are. */
const key = (rnd: () => number) => Math.floor(rnd() * 2 ** 21) * 4294967296 + Math.floor(rnd() * 4294967296);

test('DistinctCount estimates how many distinct keys came, repeats ignored, within a few percent', () => {
  const rnd = prng(31);
  for (const distinct of [0, 1, 40, 1000, 30000, 400000]) {
    const keys = Array.from({ length: distinct }, () => key(rnd));
    const count = new DistinctCount();
    // Every key at least once, a third of them again: repeats must not count.
    for (const k of keys) count.add(k);
    for (let i = 0; i < keys.length; i += 3) count.add(keys[i]);
    const estimate = count.estimate();
    const tolerance = Math.max(1, 0.05 * distinct);
    assert.ok(Math.abs(estimate - distinct) <= tolerance, `${distinct} distinct keys estimated ${estimate}`);
  }
});
