#!/usr/bin/env node
// The command line at scale: `seed-lens analyze --format json` on generated corpora of 10,000, 30,000
// and 100,000 articles (wall time, CPU time of all its threads, peak resident memory), next to Node
// merely reading the same files; then the largest corpus in 4 shards (`seed-lens facts --shard I/4`,
// each run alone, as on a machine of its own) and their merge (`analyze --from-facts`), checked to
// print the same bytes as the single run.
//   node scripts/bench/cli.mjs [--sizes 10000,30000,100000] [--shards 4] [--dist DIR] [--no-shards]
// Corpora: /tmp/seedlens-corpus-N from scripts/gen-corpus.mjs (made when missing). The CLI is started
// through its first line (`#!/usr/bin/env -S MALLOC_MMAP_THRESHOLD_=… node --max-semi-space-size=4`), as
// `seed-lens` runs. Peak memory and CPU come from GNU time when it is installed, else from /proc
// sampled every 20 ms (Linux).
import { spawn, spawnSync } from 'node:child_process';
import crypto from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const sizes = String(opt('sizes', '10000,30000,100000')).split(',').map(Number);
const shardCount = Number(opt('shards', 4));
const dist = path.resolve(opt('dist', process.env.SEED_LENS_DIST ?? path.join(root, 'dist')));
const cli = path.join(dist, 'cli.js');
const gnuTime = fs.existsSync('/usr/bin/time') && spawnSync('/usr/bin/time', ['-f', '%M', 'true'], { encoding: 'utf8' }).status === 0 ? '/usr/bin/time' : undefined;

function corpus(n) {
  const dir = `/tmp/seedlens-corpus-${n}`;
  const count = fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).length : 0;
  if (count !== n) {
    console.error(`generating ${n} articles in ${dir}…`);
    const r = spawnSync(process.execPath, [path.join(root, 'scripts/gen-corpus.mjs'), '--articles', String(n), '--out', dir], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error('gen-corpus failed');
  }
  // The generator's truth file is not an article.
  return dir;
}

/** CPU seconds (all threads) and peak RSS of a running process, from /proc. */
function procSample(pid) {
  try {
    const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const ticks = Number(fields[11]) + Number(fields[12]);
    const hwm = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return { cpu: ticks / 100, peakMB: hwm ? Number(hwm[1]) / 1024 : 0 };
  } catch {
    return undefined;
  }
}

/**
 * Runs a command to its end: wall seconds, CPU seconds, peak MB, the sha256 of its stdout (unless
 * `stdoutTo` names a file to keep it in), and its stderr.
 */
function measure(argv, { stdoutTo } = {}) {
  return new Promise((resolve, reject) => {
    const timeFile = path.join(os.tmpdir(), `seedlens-bench-time-${process.pid}-${Math.random().toString(36).slice(2)}`);
    const full = gnuTime ? [gnuTime, '-o', timeFile, '-f', '%e %U %S %M', ...argv] : argv;
    const started = performance.now();
    const child = spawn(full[0], full.slice(1), { stdio: ['ignore', 'pipe', 'pipe'], cwd: root, env: { ...process.env, SEED_LENS_PHASES: '1' } });
    const hash = crypto.createHash('sha256');
    const out = stdoutTo ? fs.createWriteStream(stdoutTo) : undefined;
    let bytes = 0;
    child.stdout.on('data', (d) => {
      bytes += d.length;
      if (out) out.write(d);
      else hash.update(d);
    });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    let last;
    const timer = gnuTime ? undefined : setInterval(() => (last = procSample(child.pid) ?? last), 20);
    child.on('close', (code) => {
      clearInterval(timer);
      out?.end();
      const wall = (performance.now() - started) / 1000;
      if (code !== 0) return reject(new Error(`${argv.join(' ')}: exit ${code}\n${stderr.slice(-2000)}`));
      let cpu = last?.cpu ?? NaN;
      let peakMB = last?.peakMB ?? NaN;
      if (gnuTime) {
        const lines = fs.readFileSync(timeFile, 'utf8').trim().split('\n');
        const [, user, sys, maxKB] = lines[lines.length - 1].split(' ').map(Number);
        fs.rmSync(timeFile, { force: true });
        cpu = user + sys;
        peakMB = maxKB / 1024;
      }
      resolve({ wall, cpu, peakMB, bytes, sha: out ? undefined : hash.digest('hex'), stderr });
    });
  });
}

/** Node reading every article of a folder and decoding it, nothing more: the floor under any analysis. */
const READ_ONLY = `
const fs = require('fs'), path = require('path');
const dec = new TextDecoder();
let n = 0, chars = 0;
const walk = (d) => { for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
  const f = path.join(d, e.name);
  if (e.isDirectory()) walk(f); else if (e.name.endsWith('.txt')) { chars += dec.decode(fs.readFileSync(f)).length; n++; } } };
walk(process.argv[1]);
console.log(n, chars);
`;

const fmt = (x, d = 1) => (Number.isFinite(x) ? x.toFixed(d) : '?');
/** The CLI's own account of its phases (SEED_LENS_PHASES=1), as `name: wall / CPU / resident` cells. */
const phasesOf = (stderr) =>
  [...stderr.matchAll(/^phase (.*): ([\d.]+) s wall, ([\d.]+) s CPU, (\d+) MB resident \(peak so far (\d+) MB\)(;.*)?$/gm)].map((m) => `${m[1]} ${fmt(+m[2])} / ${fmt(+m[3])} s, ${m[4]} MB (peak ${m[5]})`).join('; ');
const phaseRows = [];
const rows = [];
const perThousand = [];
let largest;

console.log(`CLI bench: ${cli}, ${os.availableParallelism()} cores, Node ${process.version}, ${gnuTime ? 'GNU time' : '/proc sampling'}, load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
for (const n of sizes) {
  const dir = corpus(n);
  const read = await measure([process.execPath, '-e', READ_ONLY, dir]);
  rows.push(`| ${n.toLocaleString('en-US')} | Node reading the files | ${fmt(read.wall)} | ${fmt(read.cpu)} | ${fmt(read.peakMB, 0)} |`);
  const run = await measure([cli, 'analyze', dir, '--format', 'json']);
  rows.push(`| ${n.toLocaleString('en-US')} | \`seed-lens analyze --format json\` | ${fmt(run.wall)} | ${fmt(run.cpu)} | ${fmt(run.peakMB, 0)} |`);
  perThousand.push({ n, wall: (run.wall / n) * 1000, cpu: (run.cpu / n) * 1000 });
  phaseRows.push(`| ${n.toLocaleString('en-US')} | ${phasesOf(run.stderr)} |`);
  console.error(`${n}: read ${fmt(read.wall)} s; analyze ${fmt(run.wall)} s, ${fmt(run.cpu)} s CPU, ${fmt(run.peakMB, 0)} MB`);
  largest = { n, dir, run };
}

console.log('\n| articles | what | wall s | CPU s (all threads) | peak RSS MB |');
console.log('|---|---|---|---|---|');
for (const r of rows) console.log(r);
console.log('\nPer 1,000 articles (linear when the rows agree):\n');
console.log('| articles | wall s / 1,000 | CPU s / 1,000 |');
console.log('|---|---|---|');
for (const p of perThousand) console.log(`| ${p.n.toLocaleString('en-US')} | ${fmt(p.wall, 2)} | ${fmt(p.cpu, 2)} |`);
console.log('\nPhases of `analyze` (wall / CPU, resident memory at the end of each):\n');
console.log('| articles | phases |');
console.log('|---|---|');
for (const r of phaseRows) console.log(r);

if (!args.includes('--no-shards') && largest) {
  const { n, dir, run } = largest;
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'seedlens-bench-shards-'));
  const files = [];
  const shardRows = [];
  for (let k = 1; k <= shardCount; k++) {
    const file = path.join(tmp, `part-${k}.facts`);
    const m = await measure([cli, 'facts', dir, '--shard', `${k}/${shardCount}`, '--out', file]);
    files.push(file);
    shardRows.push(`| facts shard ${k}/${shardCount} | ${fmt(m.wall)} | ${fmt(m.cpu)} | ${fmt(m.peakMB, 0)} | ${(fs.statSync(file).size / 1048576).toFixed(0)} MB written |`);
    console.error(`shard ${k}/${shardCount}: ${fmt(m.wall)} s, ${fmt(m.peakMB, 0)} MB`);
  }
  const merge = await measure([cli, 'analyze', '--from-facts', ...files, '--format', 'json']);
  const same = merge.sha === run.sha && merge.bytes === run.bytes;
  shardRows.push(`| merge (\`analyze --from-facts\`) | ${fmt(merge.wall)} | ${fmt(merge.cpu)} | ${fmt(merge.peakMB, 0)} | ${same ? 'same bytes as one run' : '**differs from one run**'}; ${phasesOf(merge.stderr)} |`);
  console.log(`\n${shardCount} shards of ${n.toLocaleString('en-US')} articles, each run alone, then merged:\n`);
  console.log('| step | wall s | CPU s | peak RSS MB | |');
  console.log('|---|---|---|---|---|');
  for (const r of shardRows) console.log(r);
  fs.rmSync(tmp, { recursive: true, force: true });
  if (!same) process.exitCode = 1;
}
