#!/usr/bin/env node
// Linking bench: the analysis core (bundled by core-bundle.mjs) over a generated corpus, in process.
//   node scripts/bench/linking.mjs [--sizes 1000,10000] [--edits 50] [--json OUT] [--compare BEFORE.json]
// Corpus: scripts/gen-corpus.mjs into /tmp/seedlens-linking-N (reused when it already holds N articles).
// Measures, per corpus size: indexing (every upsert), the first full query (the first `nameMentions`
// after indexing: linking over the whole corpus), then 50 single-file edits, each an `upsert` followed
// by `mentions(file)` and `entity(id)` of a mention of that file (p50 / p95 of the whole, and of the
// query part alone), `mentionAt` p95 over random offsets, a hover-like `entity(id)` of the corpus'
// most mentioned entity right after an edit that mentions it, and the upsert of a 1.2 MB one-line
// document (plus its first `mentions`). `--json` saves the numbers; `--compare` prints before → after.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { loadCore, root } from './core-bundle.mjs';
import { prng } from '../lib/prng.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const SIZES = String(opt('sizes', '1000,10000')).split(',').map(Number);
const EDITS = Number(opt('edits', 50));
const jsonOut = opt('json', undefined);
const compare = opt('compare', undefined);

const core = await loadCore();
const gc = globalThis.gc ?? (() => {});


function corpus(n) {
  const dir = `/tmp/seedlens-linking-${n}`;
  const count = () => {
    try {
      return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).length;
    } catch {
      return 0;
    }
  };
  if (count() !== n) {
    fs.rmSync(dir, { recursive: true, force: true });
    const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'gen-corpus.mjs'), '--out', dir, '--articles', String(n)], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`gen-corpus failed (${r.status})`);
  }
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  return files.map((f) => ({ name: f, text: fs.readFileSync(path.join(dir, f), 'utf8') }));
}

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const time = (fn) => {
  const t = performance.now();
  const r = fn();
  return [performance.now() - t, r];
};

const FIRST = ['Amadou', 'Moussa', 'Fatoumata', 'Aminata', 'Ibrahim', 'Oumar', 'Mariam', 'Seydou', 'Bakary', 'Boubacar', 'Hamidou', 'Siaka'];
const LAST = ['Traoré', 'Keïta', 'Coulibaly', 'Diarra', 'Touré', 'Sidibé', 'Konaté', 'Dembélé', 'Sangaré', 'Cissé', 'Bénogo', 'Kassambara'];
const PLACES = ['Bamako', 'Kayes', 'Sikasso', 'Ségou', 'Mopti', 'Mali', 'Niamey', 'Dakar'];

/** A realistic edit: a sentence with a (sometimes new) person, a place and an institution, inserted into a paragraph. */
function edit(text, rnd) {
  const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
  const who = `${pick(FIRST)} ${pick(LAST)}${rnd() < 0.3 ? 'i' : ''}`;
  const sentence = ` Le ministre ${who} s'est rendu à ${pick(PLACES)} pour rencontrer le gouverneur ${pick(LAST)} et la Commission nationale de ${pick(['l’eau', 'la santé', 'l’énergie'])}.`;
  const nl = text.indexOf('\n', Math.floor(rnd() * text.length));
  const at = nl < 0 ? text.length : nl;
  return text.slice(0, at) + sentence + text.slice(at);
}

function run(n) {
  const docs = corpus(n);
  const rnd = prng(7);
  gc();
  const index = new core.CorpusIndex();
  const [indexMs] = time(() => {
    for (const d of docs) index.upsert(d.name, d.text);
  });
  const [firstMs] = time(() => index.nameMentions(docs[0].name));
  const [sweepMs] = time(() => {
    for (const d of docs) index.mentions(d.name);
  });
  // The most mentioned entity (e.g. `Mali`): a hover on it right after an edit of a file that mentions it.
  let top;
  for (const e of index.entities()) if (!top || e.mentions.length > top.mentions.length) top = e;
  const total = [];
  const query = [];
  const upserts = [];
  for (let k = 0; k < EDITS; k++) {
    const d = docs[Math.floor(rnd() * docs.length)];
    const text = edit(index.text(d.name), rnd);
    const [u] = time(() => index.upsert(d.name, text));
    const [q] = time(() => {
      const ms = index.mentions(d.name).filter((m) => m.type !== 'DATE');
      const m = ms[Math.floor(rnd() * ms.length)];
      if (m) index.entity(m.entityId);
    });
    upserts.push(u);
    query.push(q);
    total.push(u + q);
  }
  const topFile = top.mentions[0].file;
  const hover = [];
  for (let k = 0; k < 10; k++) {
    index.upsert(topFile, edit(index.text(topFile), rnd));
    index.mentions(topFile);
    const [h] = time(() => index.entity(top.id));
    hover.push(h);
  }
  const at = [];
  for (let k = 0; k < 2000; k++) {
    const d = docs[Math.floor(rnd() * docs.length)];
    const len = index.text(d.name).length;
    const [t] = time(() => index.mentionAt(d.name, Math.floor(rnd() * len)));
    at.push(t);
  }
  // One 1.2 MB line: article bodies joined by spaces.
  let big = '';
  for (let i = 0; big.length < 1_200_000; i++) big += docs[i % docs.length].text.replace(/\r?\n/g, ' ') + ' ';
  gc();
  const [bigMs] = time(() => index.upsert('big-one-line.txt', big));
  const [bigQ] = time(() => index.mentions('big-one-line.txt'));
  const r = {
    'indexing (all upserts), ms': indexMs,
    'first full query, ms': firstMs,
    'mentions() of every file after, ms': sweepMs,
    'edit → mentions + entity, p50 ms': pct(total, 50),
    'edit → mentions + entity, p95 ms': pct(total, 95),
    '  of which upsert, p50 ms': pct(upserts, 50),
    '  of which mentions + entity, p95 ms': pct(query, 95),
    [`entity(top) after an edit, p95 ms`]: pct(hover, 95),
    'mentionAt p95, ms': pct(at, 95),
    '1.2 MB one-line upsert, ms': bigMs,
    '1.2 MB one-line first mentions, ms': bigQ,
  };
  console.error(`${n}: top entity ${top.id} (${top.mentions.length} mentions)`);
  return r;
}

const results = {};
for (const n of SIZES) results[n] = run(n);
if (jsonOut) fs.writeFileSync(jsonOut, JSON.stringify(results, null, 1));
const before = compare ? JSON.parse(fs.readFileSync(compare, 'utf8')) : undefined;
const fmt = (x) => (x === undefined ? '–' : x >= 100 ? x.toFixed(0) : x >= 1 ? x.toFixed(1) : x.toFixed(3));
const keys = Object.keys(results[SIZES[0]]);
console.log(`| metric | ${SIZES.map((n) => `${n} articles`).join(' | ')} |`);
console.log(`|---|${SIZES.map(() => '---:').join('|')}|`);
for (const k of keys) {
  const cells = SIZES.map((n) => (before ? `${fmt(before[n]?.[k])} → ${fmt(results[n][k])}` : fmt(results[n][k])));
  console.log(`| ${k} | ${cells.join(' | ')} |`);
}
