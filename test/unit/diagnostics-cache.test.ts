/**
 * The diagnostics cache file (server/src/workspace/diagnosticsCache.ts): what is written is read
 * back exactly, whatever the line lengths (lines cross the read blocks) and characters; another
 * key reads as no cache; an aborted write leaves the previous cache; damage is an error.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { CacheWriter, readCache, type CachedEntry } from '../../server/src/workspace/diagnosticsCache';
import { prng } from '../support/prng';

function tmpFile(): { file: string; cleanup: () => void } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedlens-cache-unit-'));
  return { file: path.join(dir, 'nested', 'diagnostics-cache.txt'), cleanup: () => fs.rmSync(dir, { recursive: true, force: true }) };
}

function write(file: string, key: string, entries: CachedEntry[]): void {
  const w = new CacheWriter(file, key, (e) => assert.fail(String(e)));
  for (const e of entries) w.add(e.uri, e.stamp, e.json);
  w.commit();
}

test('entries are read back exactly, lines crossing read blocks and multi-byte characters included', () => {
  const { file, cleanup } = tmpFile();
  try {
    const rnd = prng(11);
    const alphabet = ['a', 'é', '’', '\u{1F600}', '"', '\\', ' ', 'Z', '\t', '\n'];
    const entries: CachedEntry[] = [];
    for (let i = 0; i < 60; i++) {
      // From a few characters to ~200 KB: many lines fall across the 32 KB blocks.
      const n = Math.floor(rnd() ** 3 * 200_000) + 1;
      let s = '';
      for (let k = 0; k < n; k++) s += alphabet[Math.floor(rnd() * alphabet.length)];
      entries.push({ uri: `file:///tmp/corpus/ç%20${i}.txt`, stamp: `${n}:${1700000000000 + i}.5`, json: JSON.stringify([{ message: s }]) });
    }
    write(file, 'key-1', entries);
    const back = readCache(file, 'key-1');
    assert.ok(back);
    assert.deepEqual([...back], entries);
    assert.equal(readCache(file, 'key-2'), undefined, 'another key: no cache');
    assert.equal(readCache(file + '.missing', 'key-1'), undefined, 'no file: no cache');
  } finally {
    cleanup();
  }
});

test('an aborted write leaves the previous cache whole and no temporary file', () => {
  const { file, cleanup } = tmpFile();
  try {
    const before = [{ uri: 'file:///a.txt', stamp: '1:2', json: '[]' }];
    write(file, 'k', before);
    const w = new CacheWriter(file, 'k', (e) => assert.fail(String(e)));
    for (let i = 0; i < 5000; i++) w.add(`file:///b${i}.txt`, '3:4', JSON.stringify([{ i }]));
    w.abort();
    assert.deepEqual([...readCache(file, 'k')!], before);
    assert.deepEqual(fs.readdirSync(path.dirname(file)), [path.basename(file)]);
  } finally {
    cleanup();
  }
});

test('damage is an error, never a wrong entry', () => {
  const { file, cleanup } = tmpFile();
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(file, '');
    assert.throws(() => readCache(file, 'k'), /empty/);
    fs.writeFileSync(file, '{"format":"something else","key":"k"}\n');
    assert.throws(() => readCache(file, 'k'), /not a Seed Lens diagnostics cache/);
    write(file, 'k', [
      { uri: 'file:///a.txt', stamp: '1:2', json: '[1]' },
      { uri: 'file:///b.txt', stamp: '1:2', json: '[2]' },
    ]);
    const lines = fs.readFileSync(file, 'utf8').split('\n');
    lines[2] = 'file:///b.txt';
    fs.writeFileSync(file, lines.join('\n'));
    const it = readCache(file, 'k')![Symbol.iterator]();
    assert.deepEqual(it.next().value, { uri: 'file:///a.txt', stamp: '1:2', json: '[1]' });
    assert.throws(() => it.next(), /damaged line/);
  } finally {
    cleanup();
  }
});

test('a write that cannot happen is reported once and changes nothing', () => {
  const { file, cleanup } = tmpFile();
  try {
    fs.mkdirSync(path.dirname(file), { recursive: true });
    // The cache's folder is a file: nothing can be created under it.
    const blocked = path.join(file, 'under-a-file.txt');
    fs.writeFileSync(file, 'x');
    const errors: unknown[] = [];
    const w = new CacheWriter(blocked, 'k', (e) => errors.push(e));
    w.add('file:///a.txt', '1:2', '[]');
    w.commit();
    assert.equal(errors.length, 1);
    assert.equal(fs.readFileSync(file, 'utf8'), 'x');
  } finally {
    cleanup();
  }
});
