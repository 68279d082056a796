/**
 * Sharded runs (server/src/cli/factsFile.ts): `seed-lens facts DIR --shard I/N` in separate
 * processes, then `seed-lens analyze --from-facts` prints exactly what `seed-lens analyze DIR`
 * prints, stdout and stderr, byte for byte; a set of shards that is not one whole run fails with
 * its reason instead of giving another answer.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { distDir, repoRoot, seedsDir } from '../support/paths';

const cli = path.join(distDir, 'cli.js');
const scratch: string[] = [];
const tempDir = (prefix: string) => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  scratch.push(d);
  return d;
};
after(() => {
  for (const d of scratch) fs.rmSync(d, { recursive: true, force: true });
});

const run = (...args: string[]) => spawnSync(process.execPath, [cli, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });

/** Runs the shards as separate processes at once, as `xargs -P` or a cluster would. */
async function shards(dir: string, n: number, extra: string[] = []): Promise<string[]> {
  const out = tempDir('seed-lens-shards-');
  const files = Array.from({ length: n }, (_, k) => path.join(out, `part-${k + 1}.facts`));
  await Promise.all(
    files.map(
      (file, k) =>
        new Promise<void>((resolve, reject) => {
          const child = spawn(process.execPath, [cli, 'facts', dir, '--shard', `${k + 1}/${n}`, '--out', file, ...extra], { stdio: ['ignore', 'ignore', 'pipe'] });
          let err = '';
          child.stderr.on('data', (d) => (err += d));
          child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`shard ${k + 1}: exit ${code}: ${err}`))));
        }),
    ),
  );
  return files;
}

/**
 * A generated corpus, with a Latin-1 file and a binary one so that notices are part of the comparison,
 * and an empty page and a one-word one (no headline: facts that JSON alone cannot hold).
 */
const corpus = (() => {
  let dir: string | undefined;
  return (): string => {
    if (!dir) {
      dir = path.join(tempDir('seed-lens-shard-corpus-'), 'corpus');
      const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts/gen-corpus.mjs'), '--articles', '260', '--out', dir, '--seed', '11'], { encoding: 'utf8' });
      assert.equal(r.status, 0, r.stderr);
      fs.rmSync(path.join(dir, 'truth.json'));
      fs.writeFileSync(path.join(dir, '0000_latin1.txt'), Buffer.from('Le président Assimi Goïta a reçu, le 15 août 2023, les délégués.', 'latin1'));
      fs.writeFileSync(path.join(dir, '0001_binary.txt'), Buffer.from([0x50, 0x4b, 0, 1]));
      fs.writeFileSync(path.join(dir, '0002_empty.txt'), '');
      fs.writeFileSync(path.join(dir, '0003_one_word.txt'), 'Actualités\n');
    }
    return dir;
  };
})();

for (const format of ['json', 'text', 'jsonl']) {
  test(`4 shards + merge print what one run prints, byte for byte (generated corpus, ${format})`, async () => {
    const dir = corpus();
    const one = run('analyze', dir, '--format', format);
    assert.equal(one.status, 0, one.stderr);
    assert.match(one.stderr, /0000_latin1\.txt: not valid UTF-8/);
    const parts = await shards(dir, 4);
    // In any order on the command line.
    const merged = run('analyze', '--from-facts', parts[2], parts[0], parts[3], parts[1], '--format', format);
    assert.equal(merged.status, 0, merged.stderr);
    assert.equal(merged.stdout, one.stdout);
    assert.equal(merged.stderr, one.stderr);
  });
}

test('4 shards + merge on the seeds (a shard of one file among them), and 1 shard, equal one run', async () => {
  for (const format of ['json', 'text']) {
    const one = run('analyze', seedsDir, '--format', format);
    assert.equal(run('analyze', '--from-facts', ...(await shards(seedsDir, 4)), '--format', format).stdout, one.stdout);
    assert.equal(run('analyze', '--from-facts', ...(await shards(seedsDir, 1)), '--format', format).stdout, one.stdout);
  }
});

test('shards keep the corrections and the decoding they were made with', async () => {
  const dir = tempDir('seed-lens-shard-corr-');
  for (const f of fs.readdirSync(seedsDir).filter((x) => x.endsWith('.txt'))) fs.copyFileSync(path.join(seedsDir, f), path.join(dir, f));
  fs.writeFileSync(path.join(dir, 'latin1.txt'), Buffer.from('Le président Assimi Goïta a reçu les délégués de la Cédéao. '.repeat(8), 'latin1'));
  fs.mkdirSync(path.join(dir, '.seedlens'));
  fs.writeFileSync(path.join(dir, '.seedlens', 'annotations.json'), JSON.stringify({ version: 1, notEntity: [{ text: 'Mali' }], canonical: [{ id: 'assimi-goita', name: 'le colonel Goïta' }] }));
  const one = run('analyze', dir, '--format', 'json', '--auto-guess-encoding');
  assert.match(one.stderr, /latin1\.txt: decoded as Windows-1252/);
  assert.doesNotMatch(one.stdout, /"text": "Mali"/);
  const merged = run('analyze', '--from-facts', ...(await shards(dir, 3, ['--auto-guess-encoding'])), '--format', 'json');
  assert.equal(merged.stdout, one.stdout);
  assert.equal(merged.stderr, one.stderr);
});

test('a set of shards that is not one whole run fails with its reason, and nothing on stdout', async () => {
  const parts = await shards(seedsDir, 3);
  const fails = (args: string[], why: RegExp) => {
    const r = run('analyze', '--from-facts', ...args);
    assert.equal(r.status, 1, `${args.join(' ')}: ${r.stderr}`);
    assert.equal(r.stdout, '');
    assert.match(r.stderr, why);
  };
  fails([parts[0], parts[2]], /shard 2\/3 is missing/);
  fails([parts[0], parts[1], parts[1], parts[2]], /given twice/);

  const other = await shards(path.join(seedsDir, '..', 'test', 'fixtures', 'heldout'), 3);
  fails([parts[0], other[1], parts[2]], /cut from another listing/);

  const cut = parts[1] + '.cut';
  const lines = fs.readFileSync(parts[1], 'utf8').trimEnd().split('\n');
  fs.writeFileSync(cut, lines.slice(0, -1).join('\n') + '\n');
  fails([parts[0], cut, parts[2]], /cut short after \d+ of \d+ files/);
  fs.writeFileSync(cut, lines.slice(0, -2).join('\n') + '\n' + lines[lines.length - 2].slice(0, 100) + '\n');
  fails([parts[0], cut, parts[2]], /is cut or damaged/);

  const header = JSON.parse(lines[0]) as Record<string, unknown>;
  const rewrite = (h: Record<string, unknown>) => {
    const f = parts[1] + '.h';
    fs.writeFileSync(f, [JSON.stringify(h), ...lines.slice(1)].join('\n') + '\n');
    return f;
  };
  fails([parts[0], rewrite({ ...header, analysis: '0000000000000000' }), parts[2]], /another build of the analysis .*make the shards again/);
  fails([parts[0], rewrite({ ...header, version: 99 }), parts[2]], /facts format version 99, this seed-lens reads version 1/);
  fails([seedsDir + '/000_8928e4cdece35455.txt'], /not a facts file/);
});

test('read options belong to `facts`: with --from-facts they are a usage error', () => {
  const r = run('analyze', '--from-facts', 'x.facts', '--encoding', 'windows1252');
  assert.equal(r.status, 2);
  assert.match(r.stderr, /--encoding belongs to `seed-lens facts`/);
});
