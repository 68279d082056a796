import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Slots } from '../../../server/src/core/collections/slots';
import { prng } from '../../support/prng';

test('Slots reads -1 for every key never set, small or past its storage', () => {
  const slots = new Slots();
  for (const key of [0, 1, 1023, 1024, 1 << 20]) assert.equal(slots.get(key), -1);
  slots.set(3, 7);
  assert.equal(slots.get(3), 7);
  assert.equal(slots.get(4), -1);
  assert.equal(slots.get(1 << 20), -1);
});

test('Slots behaves like a Map emptied by clear, through growth', () => {
  const rnd = prng(23);
  const slots = new Slots();
  const ref = new Map<number, number>();
  for (let step = 0; step < 50000; step++) {
    const r = rnd();
    if (r < 0.001) {
      slots.clear();
      ref.clear();
      continue;
    }
    // Keys spread far enough that the storage grows several times, and beyond its first size at once.
    const key = Math.floor(rnd() * (step < 25000 ? 3000 : 200000));
    if (r < 0.6) {
      const val = Math.floor(rnd() * 1e6);
      slots.set(key, val);
      ref.set(key, val);
    }
    assert.equal(slots.get(key), ref.get(key) ?? -1, `step ${step}, key ${key}`);
  }
  for (let key = 0; key < 3000; key++) assert.equal(slots.get(key), ref.get(key) ?? -1);
  // A value set again overwrites; clear forgets everything, and keys can be set afresh.
  slots.set(5, 1);
  slots.set(5, 2);
  assert.equal(slots.get(5), 2);
  slots.clear();
  for (const key of [5, ...ref.keys()]) assert.equal(slots.get(key), -1);
  slots.set(5, 0);
  assert.equal(slots.get(5), 0);
});

test('Slots forgets values across the wrap of its generation counter', () => {
  const slots = new Slots();
  slots.set(5, 50); // set in the very first generation
  // Skip ahead to the last generations rather than clearing two billion times.
  (slots as unknown as { stamp: number }).stamp = 0x7ffffffd;
  slots.set(7, 70);
  assert.equal(slots.get(7), 70);
  assert.equal(slots.get(5), -1);
  slots.clear();
  slots.set(9, 90);
  assert.equal(slots.get(7), -1);
  assert.equal(slots.get(9), 90);
  // The counter wraps back to the first generation: values from it must not come back.
  slots.clear();
  for (const key of [5, 7, 9]) assert.equal(slots.get(key), -1, `key ${key}`);
  slots.set(5, 51);
  assert.equal(slots.get(5), 51);
  slots.clear();
  assert.equal(slots.get(5), -1);
});
