/** Exporting the annotations (brat, JSONL, CoNLL) through the feature host, in process. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fromBrat } from '../../server/src/core';
import { executeCorrection } from '../../server/src/features/corrections';
import { exportAnnotations } from '../../server/src/features/export';
import { FILE_000, FILE_001 } from '../support/lsp';
import { MemoryWorkspace, ROOT, uriOf } from '../support/memoryWorkspace';

test('JSONL and CoNLL hold every article with the corrections applied; bad requests write nothing', () => {
  const ws = MemoryWorkspace.seeds();
  assert.equal(executeCorrection(ws.context(), ws.host(), { uri: uriOf(FILE_000), kind: 'notEntity', text: 'Primature' }), true);
  assert.equal(executeCorrection(ws.context(), ws.host(), { uri: uriOf(FILE_000), kind: 'entityType', text: 'Qatar', type: 'PLACE' }), true);
  const r1 = exportAnnotations(ws.context(), { format: 'jsonl', target: '/out/corpus.jsonl' }, ws.host());
  assert.equal(r1.ok, true, r1.error);
  assert.equal(r1.articles, 5);
  const rows = ws.written.get('/out/corpus.jsonl')!.trim().split('\n').map((l) => JSON.parse(l) as { file: string; text: string; entities: { type: string; text: string; start: number; end: number }[] });
  assert.equal(rows.length, 5);
  const row000 = rows.find((r) => r.file.endsWith(FILE_000))!;
  assert.ok(row000.entities.some((e) => e.type === 'PLACE' && e.text === 'Qatar'));
  assert.ok(!row000.entities.some((e) => e.text === 'Primature'));
  assert.ok(row000.entities.every((e) => row000.text.slice(e.start, e.end) === e.text));
  assert.equal(exportAnnotations(ws.context(), { format: 'conll', target: 'file:///out/corpus.conll' }, ws.host()).ok, true);
  assert.match(ws.written.get('/out/corpus.conll')!, /^Qatar\tB-PLACE$/m);
  const before = ws.written.size;
  assert.equal(exportAnnotations(ws.context(), { format: 'xml' as 'jsonl', target: '/out/x' }, ws.host()).ok, false);
  assert.equal(exportAnnotations(ws.context(), { format: 'jsonl' }, ws.host()).ok, false);
  assert.equal(ws.written.size, before);
});

test('brat: a mirror folder outside the articles, or .ann beside each saved article (an edited one is skipped)', () => {
  const ws = MemoryWorkspace.seeds();
  const inside = exportAnnotations(ws.context(), { format: 'brat', target: `${ROOT}` }, ws.host());
  assert.equal(inside.ok, false);
  assert.match(inside.error ?? '', /outside/);
  assert.equal(ws.written.size, 0);
  const r = exportAnnotations(ws.context(), { format: 'brat', target: '/mirror' }, ws.host());
  assert.equal(r.ok, true, r.error);
  assert.equal(r.written.length, 10);
  const txt = ws.written.get(`/mirror/seeds/${FILE_000}`)!;
  assert.equal(txt, ws.text(uriOf(FILE_000)));
  assert.ok(fromBrat(ws.written.get(`/mirror/seeds/${FILE_000.replace('.txt', '.ann')}`)!, txt).length > 10);
  // The index holds other text than the disk for 001 (unsaved changes): its offsets would not match.
  ws.index.upsert(uriOf(FILE_001), 'Texte modifié. ' + ws.text(uriOf(FILE_001)));
  const beside = exportAnnotations(ws.context(), { format: 'brat' }, ws.host());
  assert.equal(beside.articles, 4);
  assert.deepEqual(beside.skipped, [{ file: `seeds/${FILE_001}`, reason: 'unsaved changes' }]);
  assert.ok(ws.written.has(`${ROOT}/seeds/${FILE_000.replace('.txt', '.ann')}`));
});
