import { test } from 'node:test';
import assert from 'node:assert/strict';
import { NameIds } from '../../../server/src/core/collections/nameIds';
import { prng } from '../../support/prng';

test('NameIds hands out dense ids in first-seen order, the same id each time a name comes back', () => {
  const ids = new NameIds();
  assert.equal(ids.find('a.txt'), undefined);
  assert.deepEqual(ids.names, [], 'find interns nothing');
  assert.equal(ids.idOf('b.txt'), 0);
  assert.equal(ids.idOf('a.txt'), 1);
  assert.equal(ids.idOf('b.txt'), 0);
  assert.equal(ids.idOf(''), 2);
  assert.equal(ids.find('a.txt'), 1);
  assert.equal(ids.find(''), 2);
  assert.equal(ids.find('c.txt'), undefined);
  assert.deepEqual(ids.names, ['b.txt', 'a.txt', '']);
});

test('NameIds ranks names in code unit order, as < compares strings', () => {
  const ids = new NameIds();
  // Upper case before lower case, digits compared one by one, accented letters after z.
  const names = ['zèbre.txt', 'b.txt', 'B.txt', 'été.txt', '10.txt', '9.txt', 'a/b.txt', 'a.txt'];
  for (const n of names) ids.idOf(n);
  const sorted = [...names].sort();
  assert.deepEqual(sorted, ['10.txt', '9.txt', 'B.txt', 'a.txt', 'a/b.txt', 'b.txt', 'zèbre.txt', 'été.txt']);
  assert.deepEqual([...ids.idsByName()].map((id) => ids.names[id]), sorted);
  const ranks = ids.nameRanks();
  names.forEach((n, id) => assert.equal(ranks[id], sorted.indexOf(n), n));
});

test('NameIds keeps its ranks current as names are added, in batches or one at a time', () => {
  const rnd = prng(29);
  const ids = new NameIds();
  const name = () => `${Math.floor(rnd() * 5000).toString(36)}/${Math.floor(rnd() * 1e6)}.txt`;
  for (let batch = 0; batch < 40; batch++) {
    const n = batch % 4 === 0 ? 200 : 1 + Math.floor(rnd() * 3);
    for (let k = 0; k < n; k++) ids.idOf(rnd() < 0.2 && ids.names.length > 0 ? ids.names[Math.floor(rnd() * ids.names.length)] : name());
    const ranks = ids.nameRanks();
    const byName = ids.idsByName();
    assert.equal(ranks.length, ids.names.length);
    assert.equal(byName.length, ids.names.length);
    const want = ids.names.map((_, id) => id).sort((a, b) => (ids.names[a] < ids.names[b] ? -1 : 1));
    assert.deepEqual([...byName], want, `batch ${batch}`);
    byName.forEach((id, place) => assert.equal(ranks[id], place));
    // Comparing ranks is comparing names.
    for (let q = 0; q < 20; q++) {
      const a = Math.floor(rnd() * ids.names.length);
      const b = Math.floor(rnd() * ids.names.length);
      assert.equal(ranks[a] < ranks[b], ids.names[a] < ids.names[b]);
    }
    // Asked again with no name added, the same answer, not sorted again.
    assert.equal(ids.nameRanks(), ranks);
    assert.equal(ids.idsByName(), byName);
  }
});

test('NameIds with no names ranks nothing', () => {
  const ids = new NameIds();
  assert.deepEqual([...ids.nameRanks()], []);
  assert.deepEqual([...ids.idsByName()], []);
});
