/**
 * Keyboard labelling, in process: the chords send the selection with a type (`entityType`) or
 * "not an entity" (`notEntity`); every occurrence of the same surface follows, in every article;
 * `entityAt` (the status bar) names what is under the cursor.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { executeCorrection } from '../../server/src/features/corrections';
import { entityAt } from '../../server/src/features/entityAt';
import { FILE_000, FILE_002, positionOf } from '../support/lsp';
import { MemoryWorkspace, uriOf } from '../support/memoryWorkspace';

const selection = (ws: MemoryWorkspace, file: string, needle: string) => {
  const text = ws.text(uriOf(file));
  return { start: positionOf(text, needle, 0, 0), end: positionOf(text, needle, 0, needle.length) };
};
const at = (ws: MemoryWorkspace, file: string, needle: string) => entityAt(ws.context(), { uri: uriOf(file), position: positionOf(ws.text(uriOf(file)), needle) });

test('label a selection: every occurrence, in every article, takes the type; remove it: none is an entity', () => {
  const ws = MemoryWorkspace.seeds();
  assert.equal(at(ws, FILE_000, 'Qatar'), null, 'test data: missed');
  assert.equal(executeCorrection(ws.context(), ws.host(), { uri: uriOf(FILE_000), kind: 'entityType', type: 'PLACE', range: selection(ws, FILE_000, 'Qatar') }), true);
  for (const f of [FILE_000, FILE_002]) assert.deepEqual(at(ws, f, 'Qatar'), { type: 'PLACE', text: 'Qatar', name: 'Qatar', id: 'place-qatar' }, f);
  assert.equal(executeCorrection(ws.context(), ws.host(), { uri: uriOf(FILE_002), kind: 'notEntity', range: selection(ws, FILE_002, 'Qatar') }), true);
  for (const f of [FILE_000, FILE_002]) assert.equal(at(ws, f, 'Qatar'), null, f);
  assert.deepEqual(ws.annotations.entityType, []);
  assert.deepEqual(ws.annotations.notEntity, [{ text: 'Qatar' }]);
});

test('entityAt names the entity under the cursor as hover does, and a date by its value', () => {
  const ws = MemoryWorkspace.seeds();
  assert.deepEqual(at(ws, FILE_000, 'Goïta'), { type: 'PERSON', text: 'Goïta', name: 'Assimi Goïta', id: 'assimi-goita' });
  assert.deepEqual(at(ws, FILE_000, 'mardi 15 août 2023'), { type: 'DATE', text: 'mardi 15 août 2023', name: '2023-08-15' });
  assert.equal(at(ws, FILE_000, 'reconnaissance'), null);
  assert.equal(entityAt(ws.context(), { uri: 'file:///nowhere.txt', position: { line: 0, character: 0 } }), null);
});
