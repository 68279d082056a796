// The texts the corpus index keeps for every layer come back as the very characters given.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import v8 from 'node:v8';
import vm from 'node:vm';
import { CorpusIndex } from '../../server/src/core';
import { detached, TextChangedError, TextStore } from '../../server/src/core/text/textStore';
import { seedsDir } from '../support/paths';

test('TextStore gives back every text as it was set: French typography, Latin-1 only, emoji, lone surrogates, empty', () => {
  const store = new TextStore();
  const texts: Record<string, string> = {
    wide: 'Le colonel Assimi Goïta l’a dit : « la Cedeao – œuvre commune »…\r\nFin.',
    latin: 'Bamako, le 15 août 2023 : déjà vu, très bien.',
    emoji: 'Partagez 👍 sur X 🇲🇱',
    lone: 'un demi \ud800 caractère et \udc00 l’autre',
    empty: '',
  };
  for (const [f, t] of Object.entries(texts)) store.set(f, t);
  // Read them in an order that defeats the few kept decoded: each one decoded again.
  for (let round = 0; round < 3; round++) for (const f of Object.keys(texts).reverse()) assert.equal(store.get(f), texts[f], f);
  store.set('wide', 'Autre texte – modifié.');
  assert.equal(store.get('wide'), 'Autre texte – modifié.');
  store.delete('latin');
  assert.equal(store.get('latin'), undefined);
  assert.equal(store.has('latin'), false);
  assert.deepEqual([...store.files()].sort(), ['emoji', 'empty', 'lone', 'wide']);
});

test('a piece detached from a text does not keep the text alive', () => {
  v8.setFlagsFromString('--expose-gc');
  const gc = vm.runInNewContext('gc') as () => void;
  const SIZE = 1 << 22;
  const make = () => 'Communauté économique des États de l’Afrique de l’Ouest '.repeat(SIZE / 56);
  const keepPiece = (cut: (s: string) => string) => cut(make().slice(3, 40));
  gc();
  const base = v8.getHeapStatistics().used_heap_size;
  const grown = () => {
    gc();
    return (v8.getHeapStatistics().used_heap_size - base) / (2 * SIZE);
  };
  let piece = keepPiece((s) => s);
  assert.ok(grown() > 0.5, 'a plain slice keeps its text (what this guards against)');
  piece = keepPiece(detached);
  assert.ok(grown() < 0.1, `a detached piece keeps ${grown().toFixed(2)} texts alive`);
  assert.equal(piece, make().slice(3, 40));
});

test('the index answers from its stored texts exactly what the files hold', () => {
  const files = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().slice(0, 30);
  const index = new CorpusIndex();
  const read = (f: string) => fs.readFileSync(path.join(seedsDir, f), 'utf8');
  for (const f of files) index.upsert(f, read(f));
  for (const f of files) {
    const text = read(f);
    assert.equal(index.text(f), text, f);
    for (const m of index.mentions(f)) assert.equal(m.text, text.slice(m.start, m.end), `${f} ${m.text}`);
  }
  for (const e of index.entities()) for (const m of e.mentions) assert.equal(m.text, read(m.file).slice(m.start, m.end));
});

test('a store with a source keeps no text: it reads each again, and a text changed since is an error naming the file', () => {
  const onDisk = new Map<string, string>([
    ['a.txt', 'Le colonel Assimi Goïta l’a dit : « la Cedeao – œuvre commune ».'],
    ['b.txt', 'Bamako, le 15 août 2023.'],
    ['c.txt', ''],
    ...[1, 2, 3, 4].map((i): [string, string] => [`other${i}.txt`, `Autre article ${i}.`]),
  ]);
  const reads: string[] = [];
  const store = new TextStore((f) => {
    reads.push(f);
    return onDisk.get(f);
  });
  for (const [f, t] of onDisk) store.set(f, t);
  // Past the few kept decoded, every text is read again.
  const pushOut = () => ['other1.txt', 'other2.txt', 'other3.txt', 'other4.txt'].forEach((f) => store.get(f));
  pushOut();
  for (const f of ['a.txt', 'b.txt', 'c.txt']) assert.equal(store.get(f), onDisk.get(f), f);
  assert.deepEqual(reads.slice(-3), ['a.txt', 'b.txt', 'c.txt']);
  onDisk.set('a.txt', onDisk.get('a.txt')!.replace('Goïta', 'Goita'));
  onDisk.set('b.txt', 'Bamako, le 15 août 2023');
  onDisk.delete('c.txt');
  pushOut();
  assert.throws(() => store.get('a.txt'), (e: unknown) => e instanceof TextChangedError && e.file === 'a.txt', 'a letter changed');
  assert.throws(() => store.get('b.txt'), TextChangedError, 'a text cut short');
  assert.throws(() => store.get('c.txt'), TextChangedError, 'a file gone');
  assert.equal(store.get('never.txt'), undefined);
});

test('an index reading its files again from disk answers as one keeping them, until a file changes', (t) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-lens-read-again-'));
  t.after(() => fs.rmSync(dir, { recursive: true, force: true }));
  const files = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort().slice(0, 30);
  for (const f of files) fs.copyFileSync(path.join(seedsDir, f), path.join(dir, f));
  const read = (f: string) => fs.readFileSync(path.join(dir, f), 'utf8');
  const kept = new CorpusIndex();
  const fromDisk = new CorpusIndex({ readAgain: (f) => (fs.existsSync(path.join(dir, f)) ? read(f) : undefined) });
  for (const f of files) {
    kept.upsert(f, read(f));
    fromDisk.upsert(f, read(f));
  }
  const changed = files[files.length - 1];
  for (const f of files) if (f !== changed) assert.deepEqual(fromDisk.report(f), kept.report(f), f);
  fs.appendFileSync(path.join(dir, changed), '\nUne ligne ajoutée pendant l’analyse.\n');
  for (const f of files.filter((f) => f !== changed).slice(-5)) assert.equal(fromDisk.text(f), read(f));
  assert.throws(() => fromDisk.report(changed), (e: unknown) => e instanceof TextChangedError && e.file === changed);
});

test('a slicer gives the pieces of a text that slicing it gives, in any order, without the text kept decoded', () => {
  const store = new TextStore();
  const texts: Record<string, string> = {
    wide: 'Le colonel Assimi Goïta l’a dit : « la Cedeao – œuvre commune »…\r\nFin. Partagez 👍 sur X 🇲🇱, à Ségou.',
    latin: 'Bamako, le 15 août 2023 : déjà vu, très bien.',
    lone: 'un demi \ud800 caractère et \udc00 l’autre',
    // Long enough for the marks that spare scanning from the start, pairs straddling some.
    long: Array.from({ length: 120 }, (_, i) => (i % 7 === 3 ? `🇲🇱 ${i} ` : `Goïta – ${i} l’a dit ; `)).join(''),
  };
  for (const [f, t] of Object.entries(texts)) store.set(f, t);
  // Four other files set after them: none of the three is kept decoded any more.
  for (let k = 0; k < 4; k++) store.set(`other-${k}`, `autre – ${k}`);
  for (const [f, text] of Object.entries(texts)) {
    const slice = store.slicer(f)!;
    // Offsets that never cut a surrogate pair, as mentions' offsets never do.
    const cuts = [...Array(text.length + 1).keys()].filter((i) => !(i > 0 && i < text.length && /[\ud800-\udbff]/.test(text[i - 1]) && /[\udc00-\udfff]/.test(text[i])));
    const pieces: [number, number][] = [];
    for (let a = 0; a < cuts.length; a += 7) for (let b = a; b < cuts.length; b += 11) pieces.push([cuts[a], cuts[b]]);
    // In text order, then backwards (each piece earlier than the last starts the count again).
    for (const [s, e] of [...pieces, ...pieces.slice().reverse()]) assert.equal(slice(s, e), text.slice(s, e), `${f} [${s}, ${e})`);
  }
  assert.equal(store.slicer('missing'), undefined);
});
