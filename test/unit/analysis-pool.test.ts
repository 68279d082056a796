/**
 * The server's indexing threads (server/src/workspace/analysisPool.ts) against the built worker
 * bundle: what a thread reads and analyses equals what the main thread would compute, in listing
 * order; a thread that dies hands its files back (undefined) instead of losing them.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { analyseFile } from '../../server/src/core/corpus/facts';
import { AnalysisPool, type AnalysisResult } from '../../server/src/workspace/analysisPool';
import { readArticleFile } from '../../server/src/workspace/files';
import { distDir, seedsDir } from '../support/paths';

const workerScript = path.join(distDir, 'analysisWorker.js');
const MAX_BYTES = 10 * 1048576;

async function collect(pool: AnalysisPool, paths: string[]): Promise<(AnalysisResult | undefined)[]> {
  const out: (AnalysisResult | undefined)[] = [];
  for await (const batch of pool.analyse(paths, MAX_BYTES, () => false)) out.push(...batch);
  return out;
}

function scratch(): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), 'seedlens-pool-'));
}

test('threads return, in listing order, exactly what the main thread reads and analyses', async () => {
  const dir = scratch();
  const seeds = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  // Enough files for several batches per thread; odd ones too: binary, empty, CRLF, gone.
  const paths: string[] = [];
  for (let i = 0; i < 60; i++) {
    const p = path.join(dir, `a${String(i).padStart(3, '0')}.txt`);
    const text = fs.readFileSync(path.join(seedsDir, seeds[i % seeds.length]), 'utf8');
    fs.writeFileSync(p, i % 7 === 3 ? text.replace(/\n/g, '\r\n') : `${text}\n${i}`);
    paths.push(p);
  }
  fs.writeFileSync(path.join(dir, 'binary.txt'), Buffer.from([0x50, 0x4b, 0, 0, 1]));
  fs.writeFileSync(path.join(dir, 'empty.txt'), '');
  paths.splice(10, 0, path.join(dir, 'binary.txt'), path.join(dir, 'empty.txt'), path.join(dir, 'gone.txt'));

  const errors: string[] = [];
  const pool = AnalysisPool.create(2, (m) => errors.push(m), workerScript);
  assert.ok(pool, `no pool from ${workerScript}`);
  try {
    const got = await collect(pool, paths);
    assert.equal(got.length, paths.length);
    paths.forEach((p, i) => {
      const r = got[i];
      assert.ok(r, `no result for ${path.basename(p)}`);
      const outcome = readArticleFile(p, MAX_BYTES);
      assert.deepEqual(r.outcome, outcome, path.basename(p));
      if (outcome.kind === 'text') assert.deepEqual(r.facts, analyseFile(outcome.text), path.basename(p));
      else assert.equal(r.facts, undefined);
    });
    assert.equal(got[10]?.outcome.kind, 'skipped');
    assert.equal(got[12]?.outcome.kind, 'gone');
    assert.deepEqual(errors, []);
  } finally {
    pool.close();
  }
});

test('a thread that dies hands its files back to the caller, with one message, and nothing is lost', async () => {
  const dir = scratch();
  const dying = path.join(dir, 'dying-worker.js');
  fs.writeFileSync(dying, 'process.exit(3);\n');
  const paths = Array.from({ length: 50 }, (_, i) => path.join(dir, `f${i}.txt`));
  for (const p of paths) fs.writeFileSync(p, 'Bamako, le 3 mai 2024.');
  const errors: string[] = [];
  const pool = AnalysisPool.create(2, (m) => errors.push(m), dying);
  assert.ok(pool);
  try {
    const got = await collect(pool, paths);
    assert.equal(got.length, paths.length);
    assert.ok(got.every((r) => r === undefined));
    assert.ok(errors.length >= 1 && errors.every((m) => /indexing thread stopped/.test(m)), JSON.stringify(errors));
  } finally {
    pool.close();
  }
});

test('no worker bundle, or no threads asked for: no pool, the caller indexes on its own', () => {
  assert.equal(AnalysisPool.create(2, () => {}, path.join(scratch(), 'missing.js')), undefined);
  assert.equal(AnalysisPool.create(0, () => {}, workerScript), undefined);
});
