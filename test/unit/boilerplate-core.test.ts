import { test } from 'node:test';
import assert from 'node:assert/strict';
import { analyseBoilerplate, createBoilerplateLayer } from '../../server/src/core/boilerplate';
import { quotedShare, words } from '../../server/src/core/boilerplate/normalize';
import { hash53, hash53Words } from '../../server/src/core/text/hash53';
import { ShinglePool } from '../../server/src/core/boilerplate/duplicates/shinglePool';
import { KeyTable } from '../../server/src/core/collections/keyTable';
import { foldAccents } from '../../server/src/core/text/normalize';
import { prng } from '../support/prng';

/** The definition `words` must keep: fold the whole string, lower-case, keep letters and digits. */
function wordsByDefinition(s: string): string[] {
  const k = foldAccents(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
  return k ? k.split(' ') : [];
}

/**
 * Random edits and removals of `files` files (`make` writes a text, `remove` is the share of
 * removals, `read` reads some blocks after a step or not), then every file's blocks compared with
 * a fresh index of what is left.
 */
function editThenCompare(rnd: () => number, o: { steps: number; files: number; remove: number; make: () => string; read: () => boolean; readShare: number }): void {
  const live = createBoilerplateLayer();
  const current = new Map<string, string>();
  for (let step = 0; step < o.steps; step++) {
    const f = `f${Math.floor(rnd() * o.files)}.txt`;
    if (rnd() < o.remove) {
      live.removeFile(f);
      current.delete(f);
    } else {
      const t = o.make();
      live.setFile(f, t);
      current.set(f, t);
    }
    if (o.read()) for (const g of current.keys()) if (rnd() < o.readShare) live.blocks(g);
  }
  const fresh = createBoilerplateLayer();
  for (const [f, t] of current) fresh.setFile(f, t);
  for (const f of current.keys()) assert.deepEqual(live.blocks(f), fresh.blocks(f), f);
}

test('words folds character by character exactly as folding the whole string', () => {
  const alphabet = ['a', 'Z', '9', ' ', '-', "'", '’', 'é', 'È', 'œ', 'Æ', 'ß', 'İ', 'K', 'e\u0301', '\u0301', '«', '»', '`', '😀', '\ud800', 'ǅ', 'Σ', 'ﬁ', '\u00a0', 'ñ', 'Ç'];
  const rnd = prng(7);
  for (let n = 0; n < 3000; n++) {
    let s = '';
    const len = Math.floor(rnd() * 12);
    for (let i = 0; i < len; i++) s += alphabet[Math.floor(rnd() * alphabet.length)];
    assert.deepEqual(words(s), wordsByDefinition(s), JSON.stringify(s));
  }
});

test('hash53Words hashes the words as hash53 hashes them joined by spaces, after the prefix, up to n words', () => {
  const rnd = prng(11);
  const pool = ['mali', 'bamako', 'le', 'a', '2024', 'goita', 'cedeao', 'e', 'reseaux', 'sociaux'];
  for (let k = 0; k < 500; k++) {
    const ws = Array.from({ length: Math.floor(rnd() * 14) }, () => pool[Math.floor(rnd() * pool.length)]);
    const n = Math.floor(rnd() * 16);
    assert.equal(hash53Words(ws), hash53(ws.join(' ')), ws.join(' '));
    assert.equal(hash53Words(ws, n, 'head '), hash53('head ' + ws.slice(0, n).join(' ')), `${n} ${ws.join(' ')}`);
  }
});

test('quotedShare counts letters inside quotation marks', () => {
  assert.equal(quotedShare('« Nous irons » dit-il'), 9 / 14);
  assert.equal(quotedShare('“Oui”'), 1);
  assert.equal(quotedShare('...'), 0);
});

test('KeyTable behaves like a Map under inserts, deletes and reservations', () => {
  const rnd = prng(11);
  const t = new KeyTable(16);
  const m = new Map<number, number>();
  const keys = Array.from({ length: 3000 }, () => Math.floor(rnd() * 2 ** 21) * 4294967296 + Math.floor(rnd() * 4294967296));
  for (let step = 0; step < 20000; step++) {
    const k = keys[Math.floor(rnd() * keys.length)];
    // Room made ahead now and then, as a bulk load does: nothing it holds moves or goes.
    if (step % 5000 === 2500) t.reserve(t.size + step / 2);
    if (rnd() < 0.4) {
      t.delete(k);
      m.delete(k);
    } else {
      t.set(k, step);
      m.set(k, step);
    }
  }
  assert.equal(t.size, m.size);
  for (const k of keys) assert.equal(t.get(k, -1), m.get(k) ?? -1);
});

test('ShinglePool keeps every run through growth and trimming, and trimming gives back the idle room', () => {
  const rnd = prng(5);
  const pool = new ShinglePool();
  const runs: { at: number; values: Uint32Array }[] = [];
  for (let r = 0; r < 3000; r++) {
    const values = Uint32Array.from({ length: 1 + Math.floor(rnd() * 60) }, () => Math.floor(rnd() * 2 ** 32));
    runs.push({ at: pool.add(values, 0, values.length), values });
  }
  const same = () => runs.every(({ at, values }) => values.every((v, i) => pool.data[at + i] === v));
  assert.ok(same());
  const before = pool.data.length;
  pool.trim();
  assert.ok(pool.data.length < before, `room ${pool.data.length} after trimming, ${before} before`);
  assert.ok(pool.data.length >= pool.used && pool.data.length <= Math.max(1 << 16, pool.used * 1.125 + 1));
  assert.ok(same());
  // It grows again after trimming.
  const more = Uint32Array.from({ length: pool.data.length }, (_, i) => i);
  runs.push({ at: pool.add(more, 0, more.length), values: more });
  assert.ok(same());
});

test('precomputed facts (as posted by a worker) give the same blocks', () => {
  const sidebar = 'Le maire de Sénou a inauguré samedi un nouveau marché couvert de deux cents étals, financé par la coopération.';
  const texts = ['Titre\n\nUn article sur la pluie et les champs du village de Kalaban ce mardi matin.\nAwa TRAORÉ\n' + sidebar, 'Autre titre\n\nUn autre article sur le marché du bétail de Kati et ses prix du jour.\nIssa DIOP\n' + sidebar];
  const a = createBoilerplateLayer();
  const b = createBoilerplateLayer();
  texts.forEach((t, i) => {
    a.setFile(`f${i}.txt`, t);
    b.setFile(`f${i}.txt`, t, structuredClone(analyseBoilerplate(t)));
  });
  for (let i = 0; i < texts.length; i++) assert.deepEqual(b.blocks(`f${i}.txt`), a.blocks(`f${i}.txt`));
  assert.equal(a.blocks('f0.txt').filter((x) => x.kind === 'duplicate').length, 1);
});

test('edits after blocks were read give what a fresh index gives', () => {
  const rnd = prng(3);
  const pool = [
    'Les producteurs de mangues de la région espèrent exporter cette année plus de dix mille tonnes vers les marchés européens.',
    'Une caravane de sensibilisation contre le paludisme a sillonné pendant une semaine les quartiers périphériques de la capitale.',
    'Le maire de Sénou a inauguré samedi un nouveau marché couvert de deux cents étals, financé par la coopération décentralisée.',
    'La commune de Kalaban a lancé mardi un vaste chantier consacré à la voirie, en présence du préfet et des notables.',
    'Le maire de Sénou a inauguré samedi un nouveau marché couvert de deux cent étals, financé par la coopération.',
  ];
  const make = () => Array.from({ length: 4 }, () => pool[Math.floor(rnd() * pool.length)]).join('\n');
  // Read some blocks after every step, so that later changes must invalidate them.
  editThenCompare(rnd, { steps: 60, files: 6, remove: 0.2, make, read: () => true, readShare: 0.5 });
});

test('changes made while no blocks are read (deferred relinking) give what a fresh index gives', () => {
  const rnd = prng(11);
  // Variants of one formula crowd its buckets past their anchors, so relinking order matters.
  const places = ['Kati', 'Gao', 'Sénou', 'Kalaban', 'Ségou', 'Mopti', 'Kayes', 'Sikasso', 'Tombouctou', 'Koulikoro'];
  const days = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi'];
  const formula = () =>
    `Les échanges ont porté sur la sécurité alimentaire et la campagne agricole à ${places[Math.floor(rnd() * places.length)]} ${days[Math.floor(rnd() * days.length)]} en présence des autorités ${Math.floor(rnd() * 40)}.`;
  // An article's own body (random words, copied nowhere) above its signature, then one or two
  // formula lines: whether those are copies at all hangs on their near links.
  const word = () => Math.floor(rnd() * 1e6).toString(36);
  const body = () => Array.from({ length: 14 }, word).join(' ') + '.';
  const make = () => `Titre ${word()}\n\n${body()}\n${body()}\nAwa TRAORÉ\n` + Array.from({ length: 1 + Math.floor(rnd() * 2) }, formula).join('\n');
  // Mostly nobody watches: changes pile up until the next read, which settles them in one go.
  editThenCompare(rnd, { steps: 300, files: 40, remove: 0.15, make, read: () => rnd() < 0.05, readShare: 0.3 });
});
