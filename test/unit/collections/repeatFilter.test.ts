import assert from 'node:assert/strict';
import { test } from 'node:test';
import { RepeatFilter } from '../../../server/src/core/collections/repeatFilter';
import { prng } from '../../support/prng';

/** A 53-bit key, as the duplicate index's band keys are. */
const key = (rnd: () => number) => Math.floor(rnd() * 2 ** 21) * 4294967296 + Math.floor(rnd() * 4294967296);

test('RepeatFilter says yes to every key that came twice, and to few of those that came once', () => {
  const rnd = prng(7);
  for (const n of [10, 5000, 200000]) {
    const singles = Array.from({ length: n }, () => key(rnd));
    const repeated = Array.from({ length: Math.ceil(n / 9) }, () => key(rnd));
    const filter = new RepeatFilter(singles.length + 3 * repeated.length);
    // The repeats come far apart, singles in between, as the bucket keys of a corpus do.
    const stream = [...repeated, ...singles, ...repeated, ...repeated.slice(0, repeated.length >> 1)];
    const firstComings = new Set<number>();
    for (const k of stream) {
      const before = filter.add(k);
      if (!firstComings.has(k)) firstComings.add(k);
      else assert.ok(before, 'a second coming is always told');
    }
    for (const k of repeated) assert.ok(filter.mayRepeat(k), 'a key that came twice is never missed');
    const wrong = singles.filter((k) => filter.mayRepeat(k)).length;
    assert.ok(wrong <= Math.max(2, 0.06 * n), `${wrong} of ${n} single keys taken for repeats`);
  }
});
