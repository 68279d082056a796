#!/usr/bin/env node
// chrono-compare.mjs — our DATE recogniser beside chrono-node's French parser, on the same corpora.
//
//   node scripts/chrono-compare.mjs [--cli PATH_TO_BUILT_cli.js] [--split dev|test]
//
// * "ours": the built CLI (default dist/cli.js; `--cli /tmp/dates-dist/cli.js` for a private build)
//   is run as `cli.js analyze DIR --format json`, so the figures are those of the shipped
//   pipeline. Build first: `node scripts/build.mjs`.
// * "chrono-node": `chrono.fr.parse(text)` alone, converted to the answer format (DATE only):
//   span = chrono's match trimmed of spaces/punctuation; results that know only a time of day
//   are dropped (times are not DATE); value = the components chrono reports as *certain*
//   (`isCertain`) as ISO with X for the rest, `a/b` when it gives an end; a match that writes no
//   digit and no month name (`hier`, `mardi dernier`) gets null, as the guidelines ask.
// * Both are scored by ../shared/eval/score.mjs (`score`, `loadCorpus`) on DATE: P/R/F1 (exact
//   spans) and value accuracy over exactly matched spans. hipe2020 annotates only absolute dates
//   without values: read its recall only.
// Reads ../shared/eval (evaluation-only; nothing in the extension depends on it).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import * as chrono from 'chrono-node';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const evalDir = path.resolve(root, '..', 'shared', 'eval');
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const cli = path.resolve(opt('--cli', path.join(root, 'dist', 'cli.js')));
const split = opt('--split', 'dev');

const { score, loadCorpus } = await import(path.join(evalDir, 'score.mjs'));

const corpora = [
  { name: 'seeds', gold: path.join(evalDir, 'seeds-gold.json'), dir: path.join(root, 'seeds') },
  { name: `fr-timebank ${split}`, gold: path.join(evalDir, 'external', 'fr-timebank', split, 'gold.json'), dir: path.join(evalDir, 'external', 'fr-timebank', split, 'corpus') },
  { name: `hipe2020-fr ${split}`, gold: path.join(evalDir, 'external', 'hipe2020-fr', split, 'gold.json'), dir: path.join(evalDir, 'external', 'hipe2020-fr', split, 'corpus') },
];

const MONTH_WORD = /janv|f[ée]v|mars|avr|mai|juin|juil|ao[uû]t|sept|oct|nov|d[ée]c/i;
const TRIM_START = /^[\s.,;:!?()«»"'’\-–—]+/u;
const TRIM_END = /[\s.,;:!?()«»"'’\-–—]+$/u;
const pad = (n, w) => String(n).padStart(w, '0');

function componentsIso(c) {
  if (!c) return null;
  const has = (k) => c.isCertain(k);
  if (!has('year') && !has('month') && !has('day')) return null;
  const y = has('year') ? pad(c.get('year'), 4) : 'XXXX';
  if (!has('month')) return has('year') ? y : null;
  const m = `${y}-${pad(c.get('month'), 2)}`;
  return has('day') ? `${m}-${pad(c.get('day'), 2)}` : m;
}

function chronoDates(text) {
  const out = [];
  for (const r of chrono.fr.parse(text)) {
    const s = r.start;
    const dateLike = ['year', 'month', 'day', 'weekday'].some((k) => s.isCertain(k));
    if (!dateLike) continue; // a time of day alone
    let start = r.index;
    let str = r.text;
    const lead = TRIM_START.exec(str)?.[0].length ?? 0;
    start += lead;
    str = str.slice(lead).replace(TRIM_END, '');
    if (!str) continue;
    let value = null;
    if (/\d/.test(str) || MONTH_WORD.test(str)) {
      const a = componentsIso(s);
      const b = r.end ? componentsIso(r.end) : null;
      value = r.end ? (a && b ? `${a}/${b}` : a) : a;
    }
    out.push({ type: 'DATE', start, end: start + str.length, text: str, value });
  }
  // score.mjs wants one-to-one spans; chrono never overlaps itself, but keep the order tidy.
  return out.sort((x, y) => x.start - y.start);
}

function oursAnswer(dir) {
  const json = execFileSync(process.execPath, [cli, 'analyze', dir, '--format', 'json'], { maxBuffer: 1 << 28, encoding: 'utf8' });
  const ans = JSON.parse(json);
  for (const f of ans.files) f.entities = (f.entities || []).filter((e) => e.type === 'DATE');
  return ans;
}

function chronoAnswer(gold, corpus) {
  return { files: gold.files.map((gf) => ({ file: gf.file, entities: chronoDates(corpus.get(gf.file)) })) };
}

const f3 = (x) => (x === null || x === undefined ? '  n/a' : x.toFixed(3));
const rows = [];
for (const c of corpora) {
  const gold = JSON.parse(fs.readFileSync(c.gold, 'utf8'));
  const corpus = loadCorpus(gold, c.dir);
  // Score DATE alone: other types are colleagues' work and would only add noise here.
  const dateGold = { ...gold, files: gold.files.map((f) => ({ ...f, entities: (f.entities || []).filter((e) => e.type === 'DATE') })) };
  for (const [system, answer] of [['ours', oursAnswer(c.dir)], ['chrono-node', chronoAnswer(gold, corpus)]]) {
    const res = score(dateGold, answer, corpus);
    const d = res.types.DATE;
    rows.push({ corpus: c.name, system, gold: d.gold, sys: d.system, p: d.p, r: d.r, f1: d.f1, val: res.dateValue.accuracy });
  }
}

console.log('DATE, exact spans — ours vs chrono-node');
console.log(`${'corpus'.padEnd(18)} ${'system'.padEnd(12)} ${'gold'.padStart(5)} ${'sys'.padStart(5)} ${'P'.padStart(6)} ${'R'.padStart(6)} ${'F1'.padStart(6)} ${'value'.padStart(6)}`);
for (const r of rows) {
  console.log(`${r.corpus.padEnd(18)} ${r.system.padEnd(12)} ${String(r.gold).padStart(5)} ${String(r.sys).padStart(5)} ${f3(r.p).padStart(6)} ${f3(r.r).padStart(6)} ${f3(r.f1).padStart(6)} ${f3(r.val).padStart(6)}`);
}
console.log('(hipe2020 annotates only absolute dates, without values: read its recall only.)');
