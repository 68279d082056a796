import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CompactSet } from '../../server/src/core/linking/compactSet';
import { prng } from '../support/prng';

test('CompactSet behaves like a Set (order, re-adds, deletes) below and above its array size', () => {
  const rnd = prng(3);
  for (const universe of [5, 20, 60]) {
    const ref = new Set<string>();
    const set = new CompactSet<string>();
    for (let step = 0; step < 5000; step++) {
      const v = `f${Math.floor(rnd() * universe)}`;
      // More adds than deletes, so the larger universes grow past the array and stay there.
      if (rnd() < 0.6) {
        ref.add(v);
        assert.equal(set.add(v), set);
      } else {
        assert.equal(set.delete(v), ref.delete(v));
      }
      assert.equal(set.has(v), ref.has(v));
      assert.equal(set.size, ref.size);
      if (step % 50 === 0) assert.deepEqual([...set], [...ref]);
    }
    assert.deepEqual([...set], [...ref]);
  }
});
