#!/usr/bin/env node
// Builds server/src/core/learning/prior.data.ts: the name learner's prior, counted from the gold of the
// project's annotated tune halves (test/fixtures/unseen*-tune), never from a test half, the held-out set or
// the seeds, which stay measures. Texts and gold were written for this project (MIT, like the code).
//   node scripts/learning/build-prior.mjs           # write the data file
//   node scripts/learning/build-prior.mjs --check   # fail if it is stale (the recognisers' features changed)
//   node scripts/learning/build-prior.mjs --leave-out unseen12-tune   # write it without one set, to measure on
//                                                   # that set what the prior brings to text it has not seen
// The counts depend on the recognisers' features: rebuild after changing a recogniser.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const out = path.join(root, 'server/src/core/learning/prior.data.ts');
const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-lens-prior-'));
try {
  const bundle = path.join(tmp, 'priorCounts.mjs');
  await esbuild.build({ entryPoints: [path.join(root, 'server/src/core/learning/priorCounts.ts')], bundle: true, platform: 'node', format: 'esm', outfile: bundle, logLevel: 'error' });
  const { priorCounts, trainingSets, renderPriorData } = await import(pathToFileURL(bundle).href);
  const fixtures = path.join(root, 'test/fixtures');
  const leftOut = process.argv.includes('--leave-out') ? process.argv[process.argv.indexOf('--leave-out') + 1] : undefined;
  const sets = trainingSets(fs.readdirSync(fixtures)).filter((s) => s !== leftOut);
  const articles = [];
  for (const set of sets) {
    const gold = JSON.parse(fs.readFileSync(path.join(fixtures, set, 'gold.json'), 'utf8'));
    for (const g of gold.files) articles.push({ text: fs.readFileSync(path.join(fixtures, set, 'corpus', path.basename(g.file)), 'utf8'), gold: g.entities });
  }
  const data = renderPriorData(sets, priorCounts(articles));
  if (process.argv.includes('--check')) {
    if (fs.readFileSync(out, 'utf8') !== data) {
      console.error('build-prior: server/src/core/learning/prior.data.ts is stale; run node scripts/learning/build-prior.mjs');
      process.exit(1);
    }
    console.log(`build-prior: up to date (${sets.length} sets, ${articles.length} articles)`);
  } else {
    fs.writeFileSync(out, data);
    console.log(`build-prior: wrote ${path.relative(root, out)} (${sets.length} sets, ${articles.length} articles)`);
  }
} finally {
  fs.rmSync(tmp, { recursive: true, force: true });
}
