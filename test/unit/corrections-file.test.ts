/**
 * The editor's writer of `.seedlens/annotations.json`: each correction recorded once, a later one
 * replacing what it contradicts, per-file entries portable (relative paths) and read back as the
 * index keys files, an unreadable file never overwritten, no temporary file left.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { emptyAnnotations, parseAnnotations, serializeAnnotations } from '../../server/src/core';
import { addCorrection, annotationsPath, applyCorrection, readAnnotations } from '../../server/src/workspace/annotationsFile';
import { fileUri } from '../../server/src/workspace/uri';

const dirs: string[] = [];
after(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});
const tempFolder = () => {
  const d = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-lens-corr-file-'));
  dirs.push(d);
  return d;
};

test('a correction is recorded once; the same again changes nothing', () => {
  const a = emptyAnnotations();
  assert.equal(applyCorrection(a, { kind: 'notEntity', text: 'Primature' }), true);
  assert.equal(applyCorrection(a, { kind: 'notEntity', text: 'PRIMATURE' }), false, 'case and accents ignored');
  assert.equal(applyCorrection(a, { kind: 'notEntity', text: 'Primature', file: 'seeds/a.txt' }), false, 'already not an entity everywhere');
  assert.equal(applyCorrection(a, { kind: 'split', text: 'Bamako' }), true);
  assert.equal(applyCorrection(a, { kind: 'split', text: 'bamako' }), false);
  assert.equal(applyCorrection(a, { kind: 'notBoilerplate', fingerprint: 'f1' }), true);
  assert.equal(applyCorrection(a, { kind: 'notBoilerplate', fingerprint: 'f1' }), false);
});

test('a later correction replaces the one it contradicts', () => {
  const a = emptyAnnotations();
  applyCorrection(a, { kind: 'notEntity', text: 'Qatar' });
  applyCorrection(a, { kind: 'notEntity', text: 'Qatar', file: 'x.txt' });
  applyCorrection(a, { kind: 'entityType', text: 'Qatar', type: 'PLACE' });
  assert.deepEqual(a.notEntity, [], 'marking a name as an entity drops "not an entity" for it');
  applyCorrection(a, { kind: 'entityType', text: 'qatar', type: 'INSTITUTION' });
  assert.deepEqual(a.entityType, [{ text: 'qatar', type: 'INSTITUTION' }], 'one type per spelling');
  applyCorrection(a, { kind: 'notEntity', text: 'Qatar' });
  assert.deepEqual(a.entityType, [], '"not an entity" everywhere drops the type');
  applyCorrection(a, { kind: 'entityType', text: 'Kati', type: 'PLACE' });
  applyCorrection(a, { kind: 'notEntity', text: 'Kati', file: 'x.txt' });
  assert.deepEqual(a.entityType, [{ text: 'Kati', type: 'PLACE' }], 'not here keeps it elsewhere');
});

test('merges join the groups they touch; one canonical name per group', () => {
  const a = emptyAnnotations();
  applyCorrection(a, { kind: 'merge', ids: ['b', 'a'] });
  applyCorrection(a, { kind: 'merge', ids: ['c', 'd'] });
  assert.equal(applyCorrection(a, { kind: 'merge', ids: ['a', 'b'] }), false);
  applyCorrection(a, { kind: 'merge', ids: ['b', 'c'] });
  assert.deepEqual(a.merge, [{ ids: ['a', 'b', 'c', 'd'] }]);
  applyCorrection(a, { kind: 'canonical', id: 'a', name: 'A' });
  applyCorrection(a, { kind: 'canonical', id: 'd', name: 'D' });
  assert.deepEqual(a.canonical, [{ id: 'd', name: 'D' }]);
  assert.equal(applyCorrection(a, { kind: 'merge', ids: ['a'] }), false, 'one id is no merge');
});

test('the file is written in the stable serialisation, atomically; an unreadable one is left alone', () => {
  const folder = tempFolder();
  assert.equal(addCorrection(folder, { kind: 'entityType', text: 'Qatar', type: 'PLACE' }), 'ok');
  assert.equal(addCorrection(folder, { kind: 'notEntity', text: 'Lire aussi' }), 'ok');
  assert.equal(addCorrection(folder, { kind: 'notEntity', text: 'Lire aussi' }), 'unchanged');
  const file = annotationsPath(folder);
  const text = fs.readFileSync(file, 'utf8');
  assert.equal(text, serializeAnnotations(parseAnnotations(text).annotations));
  assert.deepEqual(fs.readdirSync(path.dirname(file)), ['annotations.json']);
  fs.writeFileSync(file, '{ "split": [ nope');
  assert.equal(addCorrection(folder, { kind: 'split', text: 'x' }), 'unreadable');
  assert.equal(fs.readFileSync(file, 'utf8'), '{ "split": [ nope');
});

test('per-file entries name the file relative to the folder and are read back as the index keys it', () => {
  const folder = tempFolder();
  addCorrection(folder, { kind: 'notEntity', text: 'Sahel', file: 'seeds/a b.txt' });
  addCorrection(folder, { kind: 'notEntity', text: 'Mali', file: 'untitled:Untitled-1' });
  const read = readAnnotations([folder]);
  assert.deepEqual(read.notices, []);
  assert.deepEqual(read.annotations.notEntity, [
    { text: 'Mali', file: 'untitled:Untitled-1' },
    { text: 'Sahel', file: fileUri(path.join(folder, 'seeds', 'a b.txt')) },
  ]);
  assert.match(fs.readFileSync(annotationsPath(folder), 'utf8'), /"file":"seeds\/a b.txt"/, 'portable in the file');
});
