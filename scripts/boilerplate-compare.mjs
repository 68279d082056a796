#!/usr/bin/env node
// boilerplate-compare.mjs — boilerplate lines found by jscpd, by Seed Lens with the site templates
// switched off, and with them, on the same annotated sets, scored alike.
//
//   node scripts/boilerplate-compare.mjs [--cli PATH_TO_BUILT_cli.js] [--json]
//
// * Seed Lens: the built CLI (default dist/cli.js), `cli.js analyze DIR --format json`, then the same
//   with `--no-site-templates` (duplicates and single-file chrome only). Build first.
// * jscpd (devDependency): copy detection on the corpus folder, as scripts/bench/boilerplate.mjs runs
//   it (`--min-lines 3 --min-tokens 50`), and a finer setting (`--min-lines 1 --min-tokens 8`) that
//   lets it see one-line furniture; each clone's lines become `duplicate` ranges.
// * Scored by ../shared/eval/score.mjs (BOILER: non-blank lines, a line flagged when half of its
//   characters are covered). Sets: the seeds, the held-out articles, the unseen sites' tuning half
//   and their test half (measured only: never tuned on), as `npm run eval` shows them.
// Reads ../shared/eval (evaluation only; nothing in the extension depends on it).
import { execFileSync, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const evalDir = path.resolve(process.env.SEED_LENS_EVAL ?? path.join(root, '..', 'shared', 'eval'));
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const cli = path.resolve(opt('--cli', path.join(root, 'dist', 'cli.js')));
const asJson = args.includes('--json');
const jscpdBin = path.join(root, 'node_modules', '.bin', 'jscpd');

const { score, loadCorpus } = await import(path.join(evalDir, 'score.mjs'));

const sets = [
  { name: 'seeds', gold: path.join(evalDir, 'seeds-gold.json'), dir: path.join(root, 'seeds') },
  { name: 'held-out', gold: path.join(root, 'test/fixtures/heldout/gold.json'), dir: path.join(root, 'test/fixtures/heldout/corpus') },
  { name: 'unseen sites, tune (a–d)', gold: path.join(root, 'test/fixtures/unseen-tune/gold.json'), dir: path.join(root, 'test/fixtures/unseen-tune/corpus') },
  { name: 'unseen sites, test (e–h)', gold: path.join(root, 'test/fixtures/unseen-test/gold.json'), dir: path.join(root, 'test/fixtures/unseen-test/corpus') },
];

const seedLens = (dir, extra) => JSON.parse(execFileSync(process.execPath, [cli, 'analyze', dir, '--format', 'json', ...extra], { encoding: 'utf8', maxBuffer: 1 << 28 }));

/** jscpd's clones in `dir` as an answer: each side's lines (1-based, inclusive) as a `duplicate` range. */
function jscpd(dir, minLines, minTokens) {
  const out = fs.mkdtempSync(path.join(os.tmpdir(), 'seedlens-jscpd-'));
  try {
    const r = spawnSync(jscpdBin, [dir, '--min-lines', String(minLines), '--min-tokens', String(minTokens), '--reporters', 'json', '--output', out, '--silent', '--format', 'markup', '--formats-exts', 'markup:txt'], { encoding: 'utf8' });
    const report = path.join(out, 'jscpd-report.json');
    if (!fs.existsSync(report)) throw new Error(`jscpd wrote no report: ${(r.stderr || r.stdout || String(r.error)).trim().split('\n')[0]}`);
    const byFile = new Map();
    for (const d of JSON.parse(fs.readFileSync(report, 'utf8')).duplicates ?? []) {
      for (const side of [d.firstFile, d.secondFile]) {
        // jscpd names files relative to the working directory (or absolutely).
        const file = path.relative(dir, path.resolve(side.name));
        const text = fs.readFileSync(path.join(dir, file), 'utf8');
        const starts = [0];
        for (let i = 0; i < text.length; i++) if (text[i] === '\n') starts.push(i + 1);
        const end = side.end < starts.length ? starts[side.end] - 1 : text.length;
        if (!byFile.has(file)) byFile.set(file, []);
        byFile.get(file).push({ start: starts[side.start - 1], end, kind: 'duplicate' });
      }
    }
    return { files: [...byFile].map(([file, boilerplate]) => ({ file, boilerplate })) };
  } finally {
    fs.rmSync(out, { recursive: true, force: true });
  }
}

const systems = [
  { name: 'jscpd (3 lines, 50 tokens)', run: (dir) => jscpd(dir, 3, 50) },
  { name: 'jscpd (1 line, 8 tokens)', run: (dir) => jscpd(dir, 1, 8) },
  { name: 'Seed Lens, site templates off', run: (dir) => seedLens(dir, ['--no-site-templates']) },
  { name: 'Seed Lens', run: (dir) => seedLens(dir, []) },
];

const rows = [];
for (const set of sets) {
  const gold = JSON.parse(fs.readFileSync(set.gold, 'utf8'));
  const corpus = loadCorpus(gold, set.dir);
  for (const sys of systems) {
    const b = score(gold, sys.run(set.dir), corpus).boilerplate;
    rows.push({ set: set.name, system: sys.name, p: b.p, r: b.r, f1: b.f1, gold: b.gold, flagged: b.system });
  }
}

const f = (x) => x.toFixed(3);
if (asJson) console.log(JSON.stringify(rows, null, 1));
else {
  console.log('| set | system | BOILER P | R | F1 | lines flagged / gold |');
  console.log('|---|---|---|---|---|---|');
  for (const r of rows) console.log(`| ${r.set} | ${r.system} | ${f(r.p)} | ${f(r.r)} | ${f(r.f1)} | ${r.flagged} / ${r.gold} |`);
}
