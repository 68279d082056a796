// The texts the corpus index keeps for every layer come back as the very characters given.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import v8 from 'node:v8';
import vm from 'node:vm';
import { CorpusIndex } from '../../server/src/core';
import { detached, TextStore } from '../../server/src/core/text/textStore';
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
