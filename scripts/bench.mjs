#!/usr/bin/env node
// `npm run bench`: every benchmark, one after another, each printing a markdown table.
//   linear       time per MB of the analysis, 10 KB → 10 MB (should be flat)
//   boilerplate  duplicates + related on a generated 10,000-article corpus, against jscpd
//   lsp          the language server over stdio on the same corpus: indexing, hover, references, edits, memory
//   linking      the name layer in process: indexing, first query, edits
//   cli          `seed-lens analyze` at 10,000 / 30,000 / 100,000 articles next to Node reading the files; 4 shards + merge
// Pass names to run some:  node scripts/bench.mjs linear lsp   (extra --flags go to every bench)
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const all = ['linear', 'boilerplate', 'lsp', 'linking', 'cli'];
const names = process.argv.slice(2).filter((a) => !a.startsWith('--'));
const flags = process.argv.slice(2).filter((a) => a.startsWith('--'));
let failed = false;
for (const name of names.length ? names : all) {
  const script = path.join(root, 'scripts', 'bench', `${name}.mjs`);
  if (!fs.existsSync(script)) {
    console.log(`\n## ${name}: no such benchmark`);
    failed = true;
    continue;
  }
  console.log(`\n## ${name}`);
  const r = spawnSync(process.execPath, ['--expose-gc', script, ...flags], { cwd: root, stdio: 'inherit' });
  if (r.status !== 0) failed = true;
}
process.exitCode = failed ? 1 : 0;
