import { test } from 'node:test';
import assert from 'node:assert/strict';
import { KeyLists } from '../../../server/src/core/collections/keyLists';
import { prng } from '../../support/prng';

const listOf = (lists: KeyLists, key: number) => {
  const out: number[] = [];
  lists.some(key, (id) => (out.push(id), false));
  return out;
};

test('KeyLists holds each key’s ids as a set, ascending, like a Map of Sets, through adds and removes', () => {
  const rnd = prng(31);
  const lists = new KeyLists();
  const ref = new Map<number, Set<number>>();
  // 53-bit keys, as hashes are: a few hot ones with long lists, many with one or two ids.
  const keys = Array.from({ length: 400 }, (_, k) => (k < 4 ? k * 2 ** 40 + 12345 : Math.floor(rnd() * 2 ** 53)));
  for (let step = 0; step < 40000; step++) {
    const key = keys[rnd() < 0.5 ? Math.floor(rnd() * 4) : Math.floor(rnd() * keys.length)];
    const id = Math.floor(rnd() * 3000);
    const set = ref.get(key) ?? new Set<number>();
    if (rnd() < 0.6) {
      lists.add(key, id);
      set.add(id);
      ref.set(key, set);
    } else {
      lists.remove(key, id);
      set.delete(id);
      if (set.size === 0) ref.delete(key);
    }
    if (step % 97 === 0) assert.deepEqual(listOf(lists, key), [...(ref.get(key) ?? [])].sort((a, b) => a - b), `step ${step}`);
  }
  for (const key of keys) {
    const want = [...(ref.get(key) ?? [])].sort((a, b) => a - b);
    assert.deepEqual(listOf(lists, key), want);
    assert.equal(lists.count(key), want.length);
  }
});

test('KeyLists: adding an id twice keeps one, removing an absent id or key changes nothing, `some` stops at true', () => {
  const lists = new KeyLists();
  lists.add(7, 3);
  lists.add(7, 3);
  lists.add(7, 1);
  assert.deepEqual(listOf(lists, 7), [1, 3]);
  lists.remove(7, 2);
  lists.remove(8, 1);
  assert.deepEqual(listOf(lists, 7), [1, 3]);
  const seen: number[] = [];
  assert.equal(
    lists.some(7, (id) => (seen.push(id), id === 1)),
    true,
  );
  assert.deepEqual(seen, [1]);
  lists.remove(7, 1);
  lists.remove(7, 3);
  assert.equal(lists.count(7), 0);
  assert.equal(lists.some(7, () => true), false);
  // The emptied key's list is reused by the next new key.
  lists.add(9, 4);
  assert.deepEqual(listOf(lists, 9), [4]);
});
