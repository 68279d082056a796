#!/usr/bin/env node
// Time per MB of the whole per-file analysis (dates, names, boilerplate, related) from 10 KB to
// 10 MB, on news-like text (the seeds repeated with numbers varied) and on adversarial text built
// to trip regular expressions (capital runs, `de la de la`, digits and slashes, no spaces).
// A flat ms/MB column means linear time.   node scripts/bench/linear.mjs [--max-mb 10]
import fs from 'node:fs';
import path from 'node:path';
import { loadCore, root } from './core-bundle.mjs';

const maxMb = Number(process.argv[process.argv.indexOf('--max-mb') + 1]) || 10;
const core = await loadCore();
const seeds = fs.readdirSync(path.join(root, 'seeds')).filter((f) => f.endsWith('.txt')).map((f) => fs.readFileSync(path.join(root, 'seeds', f), 'utf8'));

const generators = {
  'news-like': (i) => seeds[i % seeds.length].replace(/\d+/g, (d) => String((Number(d) + i) % 3000)),
  'capital runs': (i) => 'GOITA SANOU ' + 'ABCDEFGHIJ'.repeat(50 + (i % 7)) + ' Le Président De La Transition ' + 'M. '.repeat(40) + '\n',
  'de la de la': (i) => 'le ministère ' + 'de la '.repeat(200 + (i % 5)) + 'Défense et ' + 'du '.repeat(100) + '\n',
  'digits/slashes': (i) => '12/02/2026/'.repeat(100) + '1'.repeat(300 + i % 11) + ' le 1er 2 3 4 juillet '.repeat(20) + '\n',
  'no spaces': (i) => 'abcdéfghÉTATSUnis'.repeat(400 + (i % 3)),
};

function textOfSize(gen, bytes) {
  const parts = [];
  let n = 0;
  for (let i = 0; n < bytes; i++) {
    const p = gen(i);
    parts.push(p);
    n += Buffer.byteLength(p);
  }
  return parts.join('\n');
}

// Warm up first (gazetteer tables are built on first use, and the JIT compiles the hot paths), so the
// small sizes measure the analysis, not the start-up.
for (const gen of Object.values(generators)) {
  const warm = new core.CorpusIndex();
  warm.upsert('warm.txt', textOfSize(gen, 50e3));
  warm.mentions('warm.txt');
  warm.related('warm.txt');
}

const sizes = [10e3, 100e3, 1e6, 10e6].filter((s) => s <= maxMb * 1e6);
console.log(`| input | ${sizes.map((s) => (s >= 1e6 ? `${s / 1e6} MB` : `${s / 1e3} KB`)).join(' | ')} |`);
console.log(`|---|${sizes.map(() => '---').join('|')}|`);
for (const [name, gen] of Object.entries(generators)) {
  const cells = [];
  for (const size of sizes) {
    const text = textOfSize(gen, size);
    const index = new core.CorpusIndex();
    const t0 = performance.now();
    index.upsert('bench.txt', text);
    index.mentions('bench.txt');
    index.boilerplate('bench.txt');
    index.related('bench.txt');
    const ms = performance.now() - t0;
    cells.push(`${((ms * 1e6) / Buffer.byteLength(text)).toFixed(0)} ms/MB`);
  }
  console.log(`| ${name} | ${cells.join(' | ')} |`);
}
