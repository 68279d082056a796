#!/usr/bin/env node
// `npm run eval`: scores `seed-lens analyze DIR --format json` with the evaluation kit
// (../shared/eval, read-only) on the seeds, our own sets and the external French sets, and prints
// one table; then dates against chrono-node and boilerplate lines against jscpd.
// Only this script reads ../shared; tests and `npm start` never do.
//   node scripts/eval.mjs [--with-test] [--json]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const evalDir = path.resolve(process.env.SEED_LENS_EVAL ?? path.join(root, '..', 'shared', 'eval'));
const withTest = process.argv.includes('--with-test');
const asJson = process.argv.includes('--json');
if (!fs.existsSync(path.join(evalDir, 'score.mjs'))) {
  console.error(`eval: the evaluation kit is not at ${evalDir} (set SEED_LENS_EVAL)`);
  process.exit(1);
}
const { score, loadCorpus } = await import(pathToFileURL(path.join(evalDir, 'score.mjs')).href);

const sets = [
  { name: 'seeds', corpus: path.join(root, 'seeds'), gold: path.join(evalDir, 'seeds-gold.json') },
  { name: 'fr-timebank dev', corpus: path.join(evalDir, 'external/fr-timebank/dev/corpus'), gold: path.join(evalDir, 'external/fr-timebank/dev/gold.json') },
  { name: 'hipe2020-fr dev', corpus: path.join(evalDir, 'external/hipe2020-fr/dev/corpus'), gold: path.join(evalDir, 'external/hipe2020-fr/dev/gold.json') },
  // Our own blind held-out articles (test/fixtures/heldout/README.md), scored with the same kit.
  { name: 'held-out (ours)', corpus: path.join(root, 'test/fixtures/heldout/corpus'), gold: path.join(root, 'test/fixtures/heldout/gold.json') },
  // Articles from sites never seen (test/fixtures/unseen-tune/README.md): tuned on the first half, the second measured only.
  { name: 'unseen sites, tune', corpus: path.join(root, 'test/fixtures/unseen-tune/corpus'), gold: path.join(root, 'test/fixtures/unseen-tune/gold.json') },
  { name: 'unseen sites, test', corpus: path.join(root, 'test/fixtures/unseen-test/corpus'), gold: path.join(root, 'test/fixtures/unseen-test/gold.json') },
  // A second blind set from four more sites (test/fixtures/unseen2-tune/README.md), split the same way.
  { name: 'unseen sites 2, tune', corpus: path.join(root, 'test/fixtures/unseen2-tune/corpus'), gold: path.join(root, 'test/fixtures/unseen2-tune/gold.json') },
  { name: 'unseen sites 2, test', corpus: path.join(root, 'test/fixtures/unseen2-test/corpus'), gold: path.join(root, 'test/fixtures/unseen2-test/gold.json') },
  // A third blind set from four more sites (test/fixtures/unseen3-tune/README.md), split the same way.
  { name: 'unseen sites 3, tune', corpus: path.join(root, 'test/fixtures/unseen3-tune/corpus'), gold: path.join(root, 'test/fixtures/unseen3-tune/gold.json') },
  { name: 'unseen sites 3, test', corpus: path.join(root, 'test/fixtures/unseen3-test/corpus'), gold: path.join(root, 'test/fixtures/unseen3-test/gold.json') },
  // A fourth blind set from four more sites (test/fixtures/unseen4-tune/README.md), split the same way.
  { name: 'unseen sites 4, tune', corpus: path.join(root, 'test/fixtures/unseen4-tune/corpus'), gold: path.join(root, 'test/fixtures/unseen4-tune/gold.json') },
  { name: 'unseen sites 4, test', corpus: path.join(root, 'test/fixtures/unseen4-test/corpus'), gold: path.join(root, 'test/fixtures/unseen4-test/gold.json') },
  // A fifth blind set from four more sites (test/fixtures/unseen5-tune/README.md), split the same way.
  { name: 'unseen sites 5, tune', corpus: path.join(root, 'test/fixtures/unseen5-tune/corpus'), gold: path.join(root, 'test/fixtures/unseen5-tune/gold.json') },
  { name: 'unseen sites 5, test', corpus: path.join(root, 'test/fixtures/unseen5-test/corpus'), gold: path.join(root, 'test/fixtures/unseen5-test/gold.json') },
  // A sixth blind set from four more sites (test/fixtures/unseen6-tune/README.md), split the same way.
  { name: 'unseen sites 6, tune', corpus: path.join(root, 'test/fixtures/unseen6-tune/corpus'), gold: path.join(root, 'test/fixtures/unseen6-tune/gold.json') },
  { name: 'unseen sites 6, test', corpus: path.join(root, 'test/fixtures/unseen6-test/corpus'), gold: path.join(root, 'test/fixtures/unseen6-test/gold.json') },
  // A seventh blind set whose sites follow the same people across pages (test/fixtures/unseen7-tune/README.md).
  { name: 'unseen sites 7, tune', corpus: path.join(root, 'test/fixtures/unseen7-tune/corpus'), gold: path.join(root, 'test/fixtures/unseen7-tune/gold.json') },
  { name: 'unseen sites 7, test', corpus: path.join(root, 'test/fixtures/unseen7-test/corpus'), gold: path.join(root, 'test/fixtures/unseen7-test/gold.json') },
  // An eighth blind set: places, bodies and facilities named like people (test/fixtures/unseen8-tune/README.md).
  { name: 'unseen sites 8, tune', corpus: path.join(root, 'test/fixtures/unseen8-tune/corpus'), gold: path.join(root, 'test/fixtures/unseen8-tune/gold.json') },
  { name: 'unseen sites 8, test', corpus: path.join(root, 'test/fixtures/unseen8-test/corpus'), gold: path.join(root, 'test/fixtures/unseen8-test/gold.json') },
  // A ninth blind set: bodies that look like people and people that look like bodies (test/fixtures/unseen9-tune/README.md).
  { name: 'unseen sites 9, tune', corpus: path.join(root, 'test/fixtures/unseen9-tune/corpus'), gold: path.join(root, 'test/fixtures/unseen9-tune/gold.json') },
  { name: 'unseen sites 9, test', corpus: path.join(root, 'test/fixtures/unseen9-test/corpus'), gold: path.join(root, 'test/fixtures/unseen9-test/gold.json') },
  // A tenth blind set: the same names across a site's pages (test/fixtures/unseen10-tune/README.md).
  { name: 'unseen sites 10, tune', corpus: path.join(root, 'test/fixtures/unseen10-tune/corpus'), gold: path.join(root, 'test/fixtures/unseen10-tune/gold.json') },
  { name: 'unseen sites 10, test', corpus: path.join(root, 'test/fixtures/unseen10-test/corpus'), gold: path.join(root, 'test/fixtures/unseen10-test/gold.json') },
  // An eleventh blind set: dense site furniture and the edges of names (test/fixtures/unseen11-tune/README.md).
  { name: 'unseen sites 11, tune', corpus: path.join(root, 'test/fixtures/unseen11-tune/corpus'), gold: path.join(root, 'test/fixtures/unseen11-tune/gold.json') },
  { name: 'unseen sites 11, test', corpus: path.join(root, 'test/fixtures/unseen11-test/corpus'), gold: path.join(root, 'test/fixtures/unseen11-test/gold.json') },
  // A twelfth blind set: bodies and people that no list knows (test/fixtures/unseen12-tune/README.md).
  { name: 'unseen sites 12, tune', corpus: path.join(root, 'test/fixtures/unseen12-tune/corpus'), gold: path.join(root, 'test/fixtures/unseen12-tune/gold.json') },
  { name: 'unseen sites 12, test', corpus: path.join(root, 'test/fixtures/unseen12-test/corpus'), gold: path.join(root, 'test/fixtures/unseen12-test/gold.json') },
  // A thirteenth blind set: what looks like a person but is not (test/fixtures/unseen13-tune/README.md).
  { name: 'unseen sites 13, tune', corpus: path.join(root, 'test/fixtures/unseen13-tune/corpus'), gold: path.join(root, 'test/fixtures/unseen13-tune/gold.json') },
  { name: 'unseen sites 13, test', corpus: path.join(root, 'test/fixtures/unseen13-test/corpus'), gold: path.join(root, 'test/fixtures/unseen13-test/gold.json') },
  // A fourteenth blind set: institutions written every way (test/fixtures/unseen14-tune/README.md).
  { name: 'unseen sites 14, tune', corpus: path.join(root, 'test/fixtures/unseen14-tune/corpus'), gold: path.join(root, 'test/fixtures/unseen14-tune/gold.json') },
  { name: 'unseen sites 14, test', corpus: path.join(root, 'test/fixtures/unseen14-test/corpus'), gold: path.join(root, 'test/fixtures/unseen14-test/gold.json') },
  // A fifteenth blind set: capitalised words that are not people (test/fixtures/unseen15-tune/README.md).
  { name: 'unseen sites 15, tune', corpus: path.join(root, 'test/fixtures/unseen15-tune/corpus'), gold: path.join(root, 'test/fixtures/unseen15-tune/gold.json') },
  { name: 'unseen sites 15, test', corpus: path.join(root, 'test/fixtures/unseen15-test/corpus'), gold: path.join(root, 'test/fixtures/unseen15-test/gold.json') },
  // A sixteenth blind set: pages that are not plain news reports (test/fixtures/unseen16-tune/README.md).
  { name: 'unseen sites 16, tune', corpus: path.join(root, 'test/fixtures/unseen16-tune/corpus'), gold: path.join(root, 'test/fixtures/unseen16-tune/gold.json') },
  { name: 'unseen sites 16, test', corpus: path.join(root, 'test/fixtures/unseen16-test/corpus'), gold: path.join(root, 'test/fixtures/unseen16-test/gold.json') },
  // A seventeenth blind set: people, bodies and places from outside the region (test/fixtures/unseen17-tune/README.md).
  { name: 'unseen sites 17, tune', corpus: path.join(root, 'test/fixtures/unseen17-tune/corpus'), gold: path.join(root, 'test/fixtures/unseen17-tune/gold.json') },
  { name: 'unseen sites 17, test', corpus: path.join(root, 'test/fixtures/unseen17-test/corpus'), gold: path.join(root, 'test/fixtures/unseen17-test/gold.json') },
  // An eighteenth blind set: political life and elections (test/fixtures/unseen18-tune/README.md).
  { name: 'unseen sites 18, tune', corpus: path.join(root, 'test/fixtures/unseen18-tune/corpus'), gold: path.join(root, 'test/fixtures/unseen18-tune/gold.json') },
  { name: 'unseen sites 18, test', corpus: path.join(root, 'test/fixtures/unseen18-test/corpus'), gold: path.join(root, 'test/fixtures/unseen18-test/gold.json') },
  // A nineteenth blind set: religious and customary life (test/fixtures/unseen19-tune/README.md).
  { name: 'unseen sites 19, tune', corpus: path.join(root, 'test/fixtures/unseen19-tune/corpus'), gold: path.join(root, 'test/fixtures/unseen19-tune/gold.json') },
  { name: 'unseen sites 19, test', corpus: path.join(root, 'test/fixtures/unseen19-test/corpus'), gold: path.join(root, 'test/fixtures/unseen19-test/gold.json') },
  // A twentieth blind set: education, research and youth (test/fixtures/unseen20-tune/README.md).
  { name: 'unseen sites 20, tune', corpus: path.join(root, 'test/fixtures/unseen20-tune/corpus'), gold: path.join(root, 'test/fixtures/unseen20-tune/gold.json') },
  { name: 'unseen sites 20, test', corpus: path.join(root, 'test/fixtures/unseen20-test/corpus'), gold: path.join(root, 'test/fixtures/unseen20-test/gold.json') },
];
if (withTest) {
  sets.push(
    { name: 'fr-timebank test', corpus: path.join(evalDir, 'external/fr-timebank/test/corpus'), gold: path.join(evalDir, 'external/fr-timebank/test/gold.json') },
    { name: 'hipe2020-fr test', corpus: path.join(evalDir, 'external/hipe2020-fr/test/corpus'), gold: path.join(evalDir, 'external/hipe2020-fr/test/gold.json') },
  );
}

const f = (x) => (x === null || x === undefined ? 'n/a' : x.toFixed(3));
const rows = [];
for (const set of sets) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.join(root, 'dist/cli.js'), 'analyze', set.corpus, '--format', 'json'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const ms = performance.now() - t0;
  if (r.status !== 0) {
    console.error(`eval: the CLI failed on ${set.name}: ${r.stderr}`);
    process.exitCode = 1;
    continue;
  }
  const gold = JSON.parse(fs.readFileSync(set.gold, 'utf8'));
  const res = score(gold, JSON.parse(r.stdout), loadCorpus(gold, set.corpus));
  rows.push({ set: set.name, ms, res });
}

if (asJson) {
  console.log(JSON.stringify(rows.map(({ set, ms, res }) => ({ set, ms, summary: res.summary, types: res.types, dateValue: res.dateValue })), null, 1));
} else {
  console.log('| set | MAIN-F1 | PERSON F1 | INST F1 | PLACE F1 | DATE P / R / F1 | DATE-VAL | LINK-F1 | BOILER-F1 | RELATED@1 | time |');
  console.log('|---|---|---|---|---|---|---|---|---|---|---|');
  for (const { set, ms, res } of rows) {
    const t = res.types;
    const dateOnly = set.startsWith('fr-timebank');
    const na = (x) => (dateOnly ? '–' : f(x));
    console.log(
      `| ${set} | ${na(res.summary['MAIN-F1'])} | ${na(t.PERSON.f1)} | ${na(t.INSTITUTION.f1)} | ${na(t.PLACE.f1)} | ${f(t.DATE.p)} / ${f(t.DATE.r)} / ${f(t.DATE.f1)} | ${f(res.summary['DATE-VAL'])} | ${na(res.summary['LINK-F1'])} | ${res.boilerplate.gold ? f(res.summary['BOILER-F1']) : '–'} | ${res.related.files ? f(res.summary['RELATED@1']) : '–'} | ${(ms / 1000).toFixed(1)} s |`,
    );
  }
  console.log('\nhipe2020-fr annotates only absolute dates, with no values: read its DATE recall, not its precision.');
}

const chrono = path.join(root, 'scripts/chrono-compare.mjs');
if (!asJson && fs.existsSync(chrono)) {
  console.log('\n### Dates: ours vs chrono-node (French locale) on the same sets');
  const r = spawnSync(process.execPath, [chrono], { stdio: 'inherit', env: { ...process.env, SEED_LENS_EVAL: evalDir } });
  if (r.status !== 0) process.exitCode = 1;
}

const boilerplate = path.join(root, 'scripts/boilerplate-compare.mjs');
if (!asJson && fs.existsSync(boilerplate)) {
  console.log('\n### Boilerplate lines: jscpd, Seed Lens without site templates, Seed Lens, on the same sets');
  const r = spawnSync(process.execPath, [boilerplate], { stdio: 'inherit', env: { ...process.env, SEED_LENS_EVAL: evalDir } });
  if (r.status !== 0) process.exitCode = 1;
}
