/** Exports re-import: brat and CoNLL read back give the same spans; the CLI writes them. */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import { CorpusIndex, fromBrat, fromConll, toBrat, toConll, type Mention } from '../../server/src/core';
import { distDir } from '../support/paths';

const text = 'Le 😀 colonel Sidi Koné a reçu, le jeudi 3 mars 2022, la Cedeao à Ségou.\r\nFin.';
const at = (s: string) => text.indexOf(s);
const mentions: Mention[] = [
  { type: 'PERSON', start: at('Sidi'), end: at('Sidi') + 'Sidi Koné'.length, text: 'Sidi Koné', entityId: 'sidi-kone', roles: ['colonel'] },
  { type: 'DATE', start: at('jeudi'), end: at('jeudi') + 'jeudi 3 mars 2022'.length, text: 'jeudi 3 mars 2022', value: '2022-03-03', resolved: '2022-03-03' },
  { type: 'INSTITUTION', start: at('Cedeao'), end: at('Cedeao') + 6, text: 'Cedeao', entityId: 'cedeao', roles: [] },
  { type: 'PLACE', start: at('Ségou'), end: at('Ségou') + 5, text: 'Ségou', entityId: 'segou', roles: [] },
];
const spans = (xs: { type: string; start: number; end: number; text: string }[]) => xs.map((x) => [x.type, x.start, x.end, x.text]);

test('brat: T and N lines, code-point offsets, read back to the same UTF-16 spans', () => {
  const ann = toBrat(text, mentions);
  // The emoji before the name is two UTF-16 units but one code point: brat offsets are one less.
  assert.match(ann, new RegExp(`^T1\\tPERSON ${at('Sidi') - 1} ${at('Sidi') - 1 + 9}\\tSidi Koné$`, 'm'));
  assert.match(ann, /^N1\tReference T1 SeedLens:sidi-kone\tSidi Koné$/m);
  assert.match(ann, /^N2\tReference T2 ISO:2022-03-03\tjeudi 3 mars 2022$/m);
  const back = fromBrat(ann, text);
  assert.deepEqual(spans(back), spans(mentions));
  assert.equal(back[0].norm, 'SeedLens:sidi-kone');
});

test('CoNLL: BIO tags on tokens, read back to the same spans', () => {
  const conll = toConll(text, mentions);
  assert.match(conll, /^Sidi\tB-PERSON\nKoné\tI-PERSON$/m);
  assert.match(conll, /^jeudi\tB-DATE\n3\tI-DATE\nmars\tI-DATE\n2022\tI-DATE$/m);
  assert.match(conll, /^colonel\tO$/m);
  assert.deepEqual(spans(fromConll(conll, text)), spans(mentions));
});

test('CoNLL cuts a token at an entity edge rather than tagging half a word', () => {
  const t = "l'ONU";
  const m: Mention[] = [{ type: 'INSTITUTION', start: 2, end: 5, text: 'ONU', entityId: 'onu', roles: [] }];
  assert.deepEqual(spans(fromConll(toConll(t, m), t)), spans(m));
});

test('the CLI exports what the index found, and brat/CoNLL round-trip on real analysis', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-lens-export-'));
  const article = 'Le Président Amadou Diarra a reçu le 12 mars 2024 à Kayes le ministre Moussa Traoré.\nLire »\n';
  fs.writeFileSync(path.join(dir, 'a.txt'), article);
  const index = new CorpusIndex();
  index.upsert('a.txt', article);
  const expected = spans(index.mentions('a.txt'));

  const brat = spawnSync(process.execPath, [path.join(distDir, 'cli.js'), 'export', dir, '--format', 'brat'], { encoding: 'utf8' });
  assert.equal(brat.status, 0, brat.stderr);
  assert.deepEqual(spans(fromBrat(fs.readFileSync(path.join(dir, 'a.ann'), 'utf8'), article)), expected);

  const conll = spawnSync(process.execPath, [path.join(distDir, 'cli.js'), 'export', dir, '--format', 'conll'], { encoding: 'utf8' });
  assert.equal(conll.status, 0, conll.stderr);
  assert.deepEqual(spans(fromConll(conll.stdout, article)), expected);

  const jsonl = spawnSync(process.execPath, [path.join(distDir, 'cli.js'), 'export', dir, '--format', 'jsonl'], { encoding: 'utf8' });
  const line = JSON.parse(jsonl.stdout.trim()) as { file: string; text: string; entities: unknown[] };
  assert.equal(line.file, 'a.txt');
  assert.equal(line.text, article);
  assert.equal(line.entities.length, expected.length);

  const bad = spawnSync(process.execPath, [path.join(distDir, 'cli.js'), 'export', dir], { encoding: 'utf8' });
  assert.equal(bad.status, 2);
  assert.match(bad.stderr, /export needs --format/);
});
