/**
 * The review state in the corrections file (`accepted` guesses, `reviewed` articles): optional
 * fields that an older file does without (read and written byte for byte as before), checked on
 * reading, replaced by the corrections that contradict them, and left out of what the analysis
 * depends on. And the journal that writes corrections so that the last write can be undone.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { analysisCorrections, contentHash, emptyAnnotations, parseAnnotations, serializeAnnotations } from '../../server/src/core';
import { annotationsPath, applyCorrection, diskCorrectionsStore, readAnnotations } from '../../server/src/workspace/annotationsFile';
import { CorrectionsJournal } from '../../server/src/workspace/correctionsJournal';
import { fileUri } from '../../server/src/workspace/uri';

const dirs: string[] = [];
after(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});
const tempFolder = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-lens-review-state-'));
  dirs.push(d);
  return d;
};

const OLD_FILE = `{
  "version": 1,
  "ignoreBoilerplate": [],
  "notBoilerplate": [],
  "notEntity": [
    {"text":"Actualités"}
  ],
  "entityType": [],
  "merge": [],
  "split": [],
  "canonical": []
}
`;

test('a file without the review state reads as before and is written back byte for byte', () => {
  const parsed = parseAnnotations(OLD_FILE);
  assert.equal(parsed.notice, undefined);
  assert.deepEqual(parsed.annotations.accepted, []);
  assert.deepEqual(parsed.annotations.reviewed, []);
  assert.equal(serializeAnnotations(parsed.annotations), OLD_FILE);
  // An Annotations object made without the optional fields (older code, the CLI's tests) serialises the same.
  const { accepted, reviewed, ...bare } = parsed.annotations;
  assert.ok(accepted && reviewed);
  assert.equal(serializeAnnotations(bare), OLD_FILE);
});

test('the review state is written after the corrections, sorted, and read back; malformed entries are dropped with a notice', () => {
  const a = emptyAnnotations();
  applyCorrection(a, { kind: 'reviewed', file: 'seeds/b.txt', hash: '00000000000002' });
  applyCorrection(a, { kind: 'reviewed', file: 'seeds/a.txt', hash: '00000000000001' });
  applyCorrection(a, { kind: 'accept', text: 'Sey', type: 'INSTITUTION', file: 'seeds/a.txt' });
  applyCorrection(a, { kind: 'accept', text: 'Kazan', type: 'PLACE' });
  const text = serializeAnnotations(a);
  assert.ok(text.endsWith(`  "canonical": [],
  "accepted": [
    {"text":"Kazan","type":"PLACE"},
    {"text":"Sey","type":"INSTITUTION","file":"seeds/a.txt"}
  ],
  "reviewed": [
    {"file":"seeds/a.txt","hash":"00000000000001"},
    {"file":"seeds/b.txt","hash":"00000000000002"}
  ]
}
`), text);
  assert.equal(serializeAnnotations(parseAnnotations(text).annotations), text, 'read back as written');
  const bad = parseAnnotations('{"accepted":[{"text":"X","type":"DATE"},{"text":"Y","type":"PLACE"}],"reviewed":[{"file":"a.txt"},{"file":"b.txt","hash":"h"}]}');
  assert.equal(bad.notice, '2 malformed entries ignored');
  assert.deepEqual(bad.annotations.accepted, [{ text: 'Y', type: 'PLACE' }]);
  assert.deepEqual(bad.annotations.reviewed, [{ file: 'b.txt', hash: 'h' }]);
});

test('accepting, then correcting: a later correction drops the acceptance it contradicts', () => {
  const a = emptyAnnotations();
  assert.equal(applyCorrection(a, { kind: 'accept', text: 'Sey', type: 'PERSON', file: 'x.txt' }), true);
  assert.equal(applyCorrection(a, { kind: 'accept', text: 'SEY', type: 'PERSON', file: 'x.txt' }), false, 'said already');
  assert.equal(applyCorrection(a, { kind: 'accept', text: 'Sey', type: 'PERSON' }), true);
  assert.deepEqual(a.accepted, [{ text: 'Sey', type: 'PERSON' }], 'everywhere covers the per-file entry');
  assert.equal(applyCorrection(a, { kind: 'accept', text: 'Sey', type: 'PERSON', file: 'y.txt' }), false, 'everywhere covers it');
  applyCorrection(a, { kind: 'notEntity', text: 'Sey', file: 'x.txt' });
  assert.deepEqual(a.accepted, [{ text: 'Sey', type: 'PERSON' }], 'rejected in one file: still accepted elsewhere');
  applyCorrection(a, { kind: 'entityType', text: 'Sey', type: 'PLACE' });
  assert.deepEqual(a.accepted, [], 'another type: the guess accepted is gone');
  applyCorrection(a, { kind: 'accept', text: 'Kati', type: 'PLACE', file: 'x.txt' });
  applyCorrection(a, { kind: 'notEntity', text: 'Kati' });
  assert.deepEqual(a.accepted, [], 'not an entity anywhere');
  applyCorrection(a, { kind: 'reviewed', file: 'x.txt', hash: '1' });
  assert.equal(applyCorrection(a, { kind: 'reviewed', file: 'x.txt', hash: '1' }), false);
  applyCorrection(a, { kind: 'reviewed', file: 'x.txt', hash: '2' });
  assert.deepEqual(a.reviewed, [{ file: 'x.txt', hash: '2' }], 'one mark per article, the latest');
  applyCorrection(a, { kind: 'reviewed', file: 'x.txt' });
  assert.deepEqual(a.reviewed, []);
});

test('what the analysis depends on leaves the review state out; the content hash tells texts apart', () => {
  const a = parseAnnotations(OLD_FILE).annotations;
  const before = JSON.stringify(analysisCorrections(a));
  applyCorrection(a, { kind: 'accept', text: 'Sey', type: 'PERSON' });
  applyCorrection(a, { kind: 'reviewed', file: 'x.txt', hash: '1' });
  assert.equal(JSON.stringify(analysisCorrections(a)), before);
  assert.match(contentHash('Le Mali.'), /^[0-9a-f]{14}$/);
  assert.equal(contentHash('Le Mali.'), contentHash('Le Mali.'));
  assert.notEqual(contentHash('Le Mali.'), contentHash('Le Mali!'));
});

test('every folder’s review state is read with the article as the index keys it', () => {
  const folder = tempFolder();
  const a = emptyAnnotations();
  applyCorrection(a, { kind: 'reviewed', file: 'seeds/a b.txt', hash: 'h' });
  applyCorrection(a, { kind: 'accept', text: 'Sey', type: 'PERSON', file: 'seeds/a b.txt' });
  diskCorrectionsStore.write(folder, serializeAnnotations(a));
  const read = readAnnotations([folder]).annotations;
  assert.deepEqual(read.reviewed, [{ file: fileUri(path.join(folder, 'seeds', 'a b.txt')), hash: 'h' }]);
  assert.deepEqual(read.accepted, [{ text: 'Sey', type: 'PERSON', file: fileUri(path.join(folder, 'seeds', 'a b.txt')) }]);
});

test('the journal: a batch is one write and one step; undo puts the file back, or removes the one it created; never over a hand edit', () => {
  const folder = tempFolder();
  const file = annotationsPath(folder);
  const journal = new CorrectionsJournal(diskCorrectionsStore);
  assert.deepEqual(journal.undo(), { result: 'nothing' });
  assert.equal(journal.add(folder, [{ kind: 'notEntity', text: 'Sahel' }]), 'ok');
  const first = fs.readFileSync(file, 'utf8');
  assert.equal(journal.add(folder, [{ kind: 'notEntity', text: 'Sahel' }]), 'unchanged');
  assert.equal(journal.size, 1, 'nothing written, no step');
  assert.equal(
    journal.add(folder, [
      { kind: 'accept', text: 'Kazan', type: 'PLACE' },
      { kind: 'split', text: 'Bamako' },
    ]),
    'ok',
  );
  assert.equal(journal.size, 2);
  assert.deepEqual(journal.undo(), { result: 'ok', folderPath: folder });
  assert.equal(fs.readFileSync(file, 'utf8'), first, 'both corrections of the batch taken back');
  assert.deepEqual(journal.undo(), { result: 'ok', folderPath: folder });
  assert.equal(fs.existsSync(file), false, 'the file the first write created is removed');
  assert.deepEqual(fs.readdirSync(path.dirname(file)), [], 'no temporary file left');
  journal.add(folder, [{ kind: 'notEntity', text: 'Sahel' }]);
  journal.add(folder, [{ kind: 'notEntity', text: 'Mali' }]);
  fs.writeFileSync(file, fs.readFileSync(file, 'utf8').replace('Mali', 'Niger'));
  const edited = fs.readFileSync(file, 'utf8');
  assert.deepEqual(journal.undo(), { result: 'changed', folderPath: folder });
  assert.equal(fs.readFileSync(file, 'utf8'), edited, 'a hand edit is never overwritten');
  assert.equal(journal.size, 0, 'and the older steps of that file are forgotten');
  fs.writeFileSync(file, '{ nope');
  assert.equal(journal.add(folder, [{ kind: 'split', text: 'x' }]), 'unreadable');
  assert.equal(fs.readFileSync(file, 'utf8'), '{ nope');
});
