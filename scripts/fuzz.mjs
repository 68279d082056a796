#!/usr/bin/env node
// `npm run fuzz`: the core's property tests with many more runs than CI's default
// (SEED_LENS_FUZZ_RUNS, default 20,000). Not part of `npm test`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const files = fs.readdirSync(path.join(root, 'out/test/unit')).filter((f) => /^properties.*\.test\.js$/.test(f)).map((f) => path.join('out/test/unit', f));
const runs = process.env.SEED_LENS_FUZZ_RUNS ?? '20000';
console.log(`fuzz: ${runs} runs per property`);
const r = spawnSync(process.execPath, ['--test', ...files], { cwd: root, stdio: 'inherit', env: { ...process.env, SEED_LENS_FUZZ_RUNS: runs } });
process.exitCode = r.status ?? 1;
