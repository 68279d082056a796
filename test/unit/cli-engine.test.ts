/**
 * The CLI on the server's engine (server/src/cli/): the indexing threads read and analyse, the
 * reports are written file by file, the JSON is byte for byte the whole-answer `JSON.stringify` it
 * replaced, `--format jsonl` is one article a line, decoding follows the editor's settings given as
 * flags, and the progress bar is drawn only on a terminal.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { CorpusIndex, toAnswerJson } from '../../server/src/core';
import { Progress } from '../../server/src/cli/progress';
import { distDir, repoRoot, seedsDir } from '../support/paths';

const cli = path.join(distDir, 'cli.js');
const run = (args: string[], env: Record<string, string> = {}) =>
  spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, ...env } });

const made: string[] = [];
function scratch(): string {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-lens-engine-'));
  made.push(d);
  return d;
}
after(() => {
  for (const d of made) fs.rmSync(d, { recursive: true, force: true });
});

/** A generated corpus large enough for the indexing threads (the CLI uses them from 200 files on). */
const generated = (() => {
  let dir: string | undefined;
  return (): string => {
    if (!dir) {
      dir = path.join(scratch(), 'corpus');
      const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/gen-corpus.mjs'), '--articles', '240', '--out', dir, '--seed', '7'], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      fs.rmSync(path.join(dir, 'truth.json'));
    }
    return dir;
  };
})();

/** The answer as the CLI built it before it streamed: the whole index, then one `JSON.stringify`. */
function wholeAnswer(dir: string): string {
  const index = new CorpusIndex();
  const names = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  for (const n of names) index.upsert(n, fs.readFileSync(path.join(dir, n), 'utf8'));
  return JSON.stringify(toAnswerJson(index, names), null, 1) + '\n';
}

test('streamed JSON is byte for byte the whole answer, with the indexing threads and without', () => {
  const dir = generated();
  const expected = wholeAnswer(dir);
  const threads = run(['analyze', dir, '--format', 'json']);
  assert.equal(threads.status, 0, threads.stderr);
  assert.equal(threads.stdout, expected);
  const alone = run(['analyze', dir, '--format', 'json'], { SEED_LENS_WORKERS: '0' });
  assert.equal(alone.stdout, expected);
  assert.equal(run(['analyze', seedsDir, '--format', 'json']).stdout, wholeAnswer(seedsDir));
});

test('an empty folder gives the same empty answer as before', () => {
  const r = run(['analyze', scratch(), '--format', 'json']);
  assert.equal(r.status, 0, r.stderr);
  assert.equal(r.stdout, '{\n "files": []\n}\n');
});

test('--format jsonl: one article per line, each the JSON answer\'s entry', () => {
  const r = run(['analyze', seedsDir, '--format', 'jsonl']);
  assert.equal(r.status, 0, r.stderr);
  const lines = r.stdout.split('\n');
  assert.equal(lines.pop(), '', 'ends with a newline');
  const json = JSON.parse(run(['analyze', seedsDir, '--format', 'json']).stdout) as { files: unknown[] };
  assert.deepEqual(
    lines.map((l) => JSON.parse(l) as unknown),
    json.files,
  );
});

test('the text report: one section per article, a blank line between, every line ending with a newline', () => {
  const r = run(['analyze', seedsDir]);
  assert.equal(r.status, 0, r.stderr);
  assert.ok(r.stdout.endsWith('\n') && !r.stdout.endsWith('\n\n'), 'one final newline');
  const sections = r.stdout.slice(0, -1).split('\n\n');
  assert.deepEqual(
    sections.map((s) => s.split('\n')[0]),
    fs
      .readdirSync(seedsDir)
      .filter((f) => f.endsWith('.txt'))
      .sort()
      .map((f) => `== ${f}`),
  );
});

test('no progress bar when stderr is not a terminal: notices only', () => {
  const r = run(['analyze', generated(), '--format', 'json']);
  assert.equal(r.status, 0);
  assert.equal(r.stderr, '');
});

test('the progress bar on a terminal: files done, rate, time left, cleared before a notice and at the end', () => {
  const written: string[] = [];
  const tty = { isTTY: true, columns: 120, write: (s: string) => written.push(s) > 0 } as unknown as NodeJS.WriteStream;
  const p = new Progress(tty);
  p.start('analysing', 3);
  p.tick();
  p.note('a.txt: decoded as Windows-1252 (files.encoding)');
  p.tick(2);
  p.end();
  const screen = written.join('');
  assert.match(screen, /analysing [█░]{24} 0\/3 files · 0\/s · \? left/);
  assert.ok(screen.includes('\r\x1b[Ka.txt: decoded as Windows-1252 (files.encoding)\n'), 'the bar cleared before the notice');
  assert.match(screen, /3\/3 files · [\d,]+\/s · 0 s left/);
  assert.ok(screen.endsWith('\r\x1b[K'), 'the bar is wiped at the end');
  const quiet: string[] = [];
  const pipe = new Progress({ isTTY: false, write: (s: string) => quiet.push(s) > 0 } as unknown as NodeJS.WriteStream);
  pipe.start('analysing', 3);
  pipe.tick(3);
  pipe.note('a notice');
  pipe.end();
  assert.deepEqual(quiet, ['a notice\n']);
});

test('decoding flags: the editor\'s files.encoding and files.autoGuessEncoding, and a notice naming the decoding per file', () => {
  const article = 'Bamako, 15 août 2023. Le président de la Transition, le colonel Assimi Goïta, a reçu les délégués de la Cédéao.\n'.repeat(6);
  const dir = scratch();
  fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from(article, 'latin1'));
  const stray = Buffer.concat([Buffer.from(article, 'utf8'), Buffer.from([0xff]), Buffer.from(article, 'utf8')]);
  fs.writeFileSync(path.join(dir, 'stray.txt'), stray);

  const plain = run(['analyze', dir, '--format', 'json']);
  assert.match(plain.stderr, /^latin1\.txt: not valid UTF-8: \d+ invalid byte sequences/m);
  assert.match(plain.stderr, /^stray\.txt: not valid UTF-8: 1 invalid byte sequence/m);
  const strayAnswer = (JSON.parse(plain.stdout) as { files: { file: string; entities: { type: string; text: string; start: number }[] }[] }).files[1];
  const strayText = new TextDecoder().decode(stray);
  assert.ok(strayAnswer.entities.filter((e) => e.text === 'Assimi Goïta').length >= 12, 'names kept on both sides of the bad byte');
  for (const e of strayAnswer.entities) assert.equal(strayText.slice(e.start, e.start + e.text.length), e.text);

  const configured = run(['analyze', dir, '--format', 'json', '--encoding', 'windows1252']);
  assert.match(configured.stderr, /^latin1\.txt: decoded as Windows-1252 \(files\.encoding\)$/m);
  const guessed = run(['analyze', dir, '--format', 'json', '--auto-guess-encoding']);
  assert.match(guessed.stderr, /^latin1\.txt: decoded as Windows-1252 \(guessed, files\.autoGuessEncoding\)$/m);
  const latinAnswer = (JSON.parse(guessed.stdout) as { files: { entities: { text: string }[] }[] }).files[0];
  assert.ok(latinAnswer.entities.some((e) => e.text === 'Assimi Goïta'));
});
