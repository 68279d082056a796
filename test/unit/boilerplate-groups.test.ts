import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBoilerplateLayer } from '../../server/src/core/boilerplate';
import { HeldRows } from '../../server/src/core/collections/heldRows';
import { ListPool } from '../../server/src/core/collections/listPool';
import { RecentLists } from '../../server/src/core/collections/recentLists';
import { prng } from '../support/prng';

const listOf = (p: ListPool, h: number) => Array.from(p.data.subarray(p.start(h), p.start(h) + p.size(h)));

test('ListPool behaves like an array of arrays (growth, reused blocks, emptied lists, reset)', () => {
  const rnd = prng(5);
  const pool = new ListPool();
  // Enough handles and values that `data` is replaced several times along the way.
  const ref: number[][] = Array.from({ length: 300 }, () => []);
  const value = () => Math.floor(rnd() * 1e6);
  for (let step = 0; step < 60000; step++) {
    const h = Math.floor(rnd() * ref.length);
    const list = ref[h];
    const r = rnd();
    if (r < 0.35) {
      const at = Math.floor(rnd() * (list.length + 1));
      const n = 1 + Math.floor(rnd() * 3);
      const w = pool.open(h, at, n);
      const vs = Array.from({ length: n }, value);
      vs.forEach((v, k) => (pool.data[w + k] = v));
      list.splice(at, 0, ...vs);
    } else if (r < 0.5) {
      const at = Math.floor(rnd() * (list.length + 1));
      const v = value();
      pool.insert(h, at, v);
      list.splice(at, 0, v);
    } else if (r < 0.6) {
      const v = value();
      pool.push(h, v);
      list.push(v);
    } else if (r < 0.85 && list.length > 0) {
      const at = Math.floor(rnd() * list.length);
      const n = 1 + Math.floor(rnd() * Math.min(3, list.length - at));
      pool.cut(h, at, n);
      list.splice(at, n);
    } else if (r < 0.9) {
      pool.clear(h);
      list.length = 0;
    } else if (r < 0.9995) {
      const vs = Int32Array.from({ length: Math.floor(rnd() * 40) }, value);
      pool.assign(h, vs, vs.length);
      ref[h] = Array.from(vs);
    } else {
      pool.reset();
      for (const l of ref) l.length = 0;
    }
    // The list touched and one other, which a move of the first must have left alone.
    for (const k of [h, Math.floor(rnd() * ref.length)]) assert.deepEqual(listOf(pool, k), ref[k], `step ${step}, list ${k}`);
  }
  for (let h = 0; h < ref.length; h++) assert.deepEqual(listOf(pool, h), ref[h]);
  // A handle never used is an empty list.
  assert.equal(pool.size(1 << 20), 0);
});

// Sentences long enough for near matching, and near copies of them (a changed word, a shorter cut).
const SIDEBAR = [
  'Le maire de Sénou a inauguré samedi un nouveau marché couvert de deux cents étals, financé par la coopération décentralisée avec une ville partenaire du nord.',
  'Une caravane de sensibilisation contre le paludisme a sillonné pendant une semaine les quartiers périphériques de la capitale, distribuant des moustiquaires imprégnées.',
];
const NEAR = [SIDEBAR[0].replace('nouveau', 'grand'), SIDEBAR[1].slice(0, SIDEBAR[1].indexOf(', distribuant')) + '.'];

const article = (n: number, lines: string[]) =>
  [`Titre ${n}`, '', `Un article numéro ${n} sur la pluie et les champs du village de Kalaban, écrit pour ce seul fichier ${n * 7919}.`, 'Awa TRAORÉ', ...lines].join('\n');

/** Every file's blocks in `live` equal those of a fresh layer given the same files. */
function sameAsFresh(live: ReturnType<typeof createBoilerplateLayer>, files: Map<string, string>): void {
  const fresh = createBoilerplateLayer();
  for (const [f, t] of files) fresh.setFile(f, t);
  for (const f of files.keys()) assert.deepEqual(live.blocks(f), fresh.blocks(f), f);
}

test('HeldRows keeps the rows held this round, by id, and forgets them all at once', () => {
  const rnd = prng(11);
  const width = 3;
  const rows = new HeldRows(width);
  const src = Float64Array.from({ length: 30 }, () => rnd());
  // What the caller stores per id (the reference `hold` returned), and what it expects to read.
  const refs = new Map<number, number>();
  let expected = new Map<number, number[]>();
  const out = new Float64Array(width);
  const read = (id: number, ref = refs.get(id) ?? 0): number[] | undefined => (rows.read(id, ref, out) ? Array.from(out) : undefined);
  for (let round = 0; round < 6; round++) {
    // Enough rows in some rounds that the storage grows past a chunk; ids large and repeated.
    const n = round % 2 === 0 ? 9000 : 5;
    for (let k = 0; k < n; k++) {
      const id = Math.floor(rnd() * 200000);
      const row = Math.floor(rnd() * 10);
      refs.set(id, rows.hold(id, src, row));
      expected.set(id, Array.from(src.subarray(row * width, row * width + width)));
    }
    for (const [id, want] of expected) assert.deepEqual(read(id), want);
    // Ids held in earlier rounds only read as none, though their old rows were handed out again.
    for (const id of refs.keys()) if (!expected.has(id)) assert.equal(read(id), undefined);
    // An id never held, and one whose reference was reset (its group id handed out again), hold nothing.
    assert.equal(read(200001, 0), undefined);
    const [someId] = expected.keys();
    assert.equal(read(someId, 0), undefined);
    rows.forget(round % 3 === 0);
    for (const id of expected.keys()) assert.equal(read(id), undefined);
    expected = new Map();
  }
});

test('RecentLists answers as two generations of maps of arrays would, through turnovers and clears', () => {
  const rnd = prng(17);
  const max = 8;
  const lists = new RecentLists(max);
  // The reference: the two maps of arrays RecentLists replaces.
  let current = new Map<number, number[]>();
  let previous = new Map<number, number[]>();
  const keep = (id: number, values: number[]) => {
    if (current.size >= max) {
      previous = current;
      current = new Map();
    }
    current.set(id, values);
  };
  const refGet = (id: number): number[] | undefined => {
    const hit = current.get(id) ?? previous.get(id);
    if (hit && !current.has(id)) keep(id, hit);
    return hit;
  };
  for (let step = 0; step < 20000; step++) {
    const id = Math.floor(rnd() * 30);
    if (rnd() < 0.002) {
      lists.clear();
      current = new Map();
      previous = new Map();
      continue;
    }
    const want = refGet(id);
    const got = lists.get(id);
    assert.deepEqual(got && [...got], want);
    if (!want) {
      const values = Array.from({ length: Math.floor(rnd() * 70) }, () => Math.floor(rnd() * 1e6));
      keep(id, values);
      assert.deepEqual([...lists.put(id, values)], values);
    }
  }
});

test('a sentence going from one file to two, back to one, then to none, and its group id reused', () => {
  for (const watch of [true, false]) {
    const layer = createBoilerplateLayer();
    const files = new Map<string, string>();
    const set = (f: string, t: string) => {
      layer.setFile(f, t);
      files.set(f, t);
      if (watch) sameAsFresh(layer, files);
    };
    const remove = (f: string) => {
      layer.removeFile(f);
      files.delete(f);
      if (watch) sameAsFresh(layer, files);
    };
    const dups = (f: string) => layer.blocks(f).filter((b) => b.kind === 'duplicate');
    set('a.txt', article(1, SIDEBAR));
    assert.equal(dups('a.txt').length, 0);
    // Two members: a copy each way.
    set('b.txt', article(2, SIDEBAR));
    assert.equal(dups('a.txt').length, 1);
    assert.deepEqual(dups('a.txt')[0].copies.map((c) => c.file), ['b.txt']);
    // A near copy joins: its groups are linked to the sidebar's.
    set('c.txt', article(3, NEAR));
    assert.deepEqual(dups('c.txt')[0]?.copies.map((c) => c.file), ['a.txt', 'b.txt']);
    // Back to one file holding the exact sentences (the near copy still links to them).
    remove('b.txt');
    assert.deepEqual(dups('a.txt')[0]?.copies.map((c) => c.file), ['c.txt']);
    // None: the groups are dropped and their ids freed, then reused by other sentences.
    remove('a.txt');
    assert.equal(dups('c.txt').length, 0);
    set('d.txt', article(4, ['Une autre phrase assez longue pour être comparée aux copies proches, sans en être une seule.']));
    set('e.txt', article(5, SIDEBAR));
    set('f.txt', article(6, [SIDEBAR[1], SIDEBAR[0]]));
    assert.deepEqual(dups('e.txt').flatMap((b) => b.copies.map((c) => c.file)).sort(), ['c.txt', 'f.txt']);
    sameAsFresh(layer, files);
  }
});
