/** The CLI as a user runs it: the built `dist/cli.js` on real files in a temporary folder. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { distDir, seedsDir } from '../support/paths';

const cli = path.join(distDir, 'cli.js');
const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8' });

function tempCorpus(files: Record<string, string | Buffer>): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-lens-cli-'));
  for (const [name, content] of Object.entries(files)) {
    fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    fs.writeFileSync(path.join(dir, name), content);
  }
  return dir;
}

test('no arguments or an unknown option: exit 2 with a usage line on stderr, nothing on stdout', () => {
  for (const args of [[], ['analyze'], ['analyze', 'x', '--format', 'xml'], ['analyse', 'x'], ['analyze', 'x', '--frobnicate']]) {
    const r = run(...args);
    assert.equal(r.status, 2, `exit code for ${args.join(' ')}`);
    assert.match(r.stderr, /usage: seed-lens analyze/);
    assert.equal(r.stdout, '');
  }
});

test('a missing path: exit 1, one line naming it, nothing half-printed', () => {
  const dir = tempCorpus({ 'a.txt': 'Texte.' });
  const r = run('analyze', dir, path.join(dir, 'absent'), '--format', 'json');
  assert.equal(r.status, 1);
  assert.equal(r.stdout, '');
  assert.equal(r.stderr.trim().split('\n').length, 1);
  assert.match(r.stderr, /absent/);
});

test('json output has one entry per article, file names relative to the folder, spans equal to the text', () => {
  const r = run('analyze', seedsDir, '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  const answer = JSON.parse(r.stdout) as { files: { file: string; entities: { start: number; end: number; text: string; type: string }[]; boilerplate: unknown[]; related: unknown[] }[] };
  const names = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  assert.deepEqual(answer.files.map((f) => f.file), names);
  for (const f of answer.files) {
    const text = fs.readFileSync(path.join(seedsDir, f.file), 'utf8').replace(/^\uFEFF/, '');
    for (const e of f.entities) assert.equal(text.slice(e.start, e.end), e.text, `${f.file} ${e.type} ${e.start}`);
    assert.ok(Array.isArray(f.boilerplate) && Array.isArray(f.related));
  }
});

test('text output is a report per article', () => {
  const dir = tempCorpus({ 'sub/un.txt': 'Premier article.', 'deux.txt': 'Deuxième article.' });
  const r = run('analyze', dir);
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stdout, /^== deux\.txt$/m);
  assert.match(r.stdout, /^== sub\/un\.txt$/m);
});

test('bad files: binary skipped with a notice, Latin-1 read as the editor reads it (UTF-8 with U+FFFD) with a notice, the rest analysed', () => {
  const dir = tempCorpus({
    'ok.txt': 'Un article ordinaire.',
    'binaire.txt': Buffer.from([0x00, 0x01, 0x02, 0xff]),
    'latin1.txt': Buffer.from([0x45, 0x74, 0xe9]),
    'vide.txt': '',
  });
  const r = run('analyze', dir, '--format', 'json');
  assert.equal(r.status, 0, r.stderr);
  assert.match(r.stderr, /^skipped binaire\.txt: binary file$/m);
  assert.match(r.stderr, /^latin1\.txt: not valid UTF-8: 1 invalid byte sequence \(the first at byte 2\) read as U\+FFFD, as the editor shows it$/m);
  const files = (JSON.parse(r.stdout) as { files: { file: string }[] }).files.map((f) => f.file);
  assert.deepEqual(files, ['latin1.txt', 'ok.txt', 'vide.txt']);
});

test('the size cap skips a large file with a clear message', () => {
  const dir = tempCorpus({ 'gros.txt': 'a'.repeat(2 * 1048576), 'petit.txt': 'b' });
  const r = run('analyze', dir, '--format', 'json', '--max-file-size-mb', '1');
  assert.equal(r.status, 0);
  assert.match(r.stderr, /skipped gros\.txt: file too large \(2\.0 MB > 1\.0 MB limit\)/);
});
