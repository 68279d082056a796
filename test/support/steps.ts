/**
 * Helpers for tests of work done a step at a time (`prepare(more)` in the core): a `more` that
 * allows exactly one step, and the texts of a generated corpus large enough to take several.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { repoRoot } from './paths';

/** A `more` for `prepare` that allows exactly one step. */
export function oneStep(): () => boolean {
  let left = 1;
  return () => left-- > 0;
}

/** The texts, by file name (sorted), of `n` articles made by scripts/gen-corpus.mjs with `seed`. */
export function generatedTexts(n: number, seed: number): Map<string, string> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedlens-gen-'));
  try {
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'gen-corpus.mjs'), '--out', dir, '--articles', String(n), '--seed', String(seed)], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
    const names = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
    return new Map(names.map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')]));
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}
