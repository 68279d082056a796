/**
 * Progress, in process: an article marked reviewed is kept in the corrections file with the hash
 * of its text; it counts as reviewed until its text changes; the mark can be taken back.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contentHash } from '../../server/src/core';
import { executeCorrection } from '../../server/src/features/corrections';
import { progress } from '../../server/src/features/progress';
import { FILE_000, FILE_001 } from '../support/lsp';
import { MemoryWorkspace, uriOf } from '../support/memoryWorkspace';

test('mark an article reviewed: kept with its hash, counted, and unreviewed again once its text changes', () => {
  const ws = MemoryWorkspace.seeds();
  const uri = uriOf(FILE_000);
  assert.deepEqual(progress(ws.context(), { uri }), { articles: 5, reviewed: 0, current: false });
  assert.equal(executeCorrection(ws.context(), ws.host(), { uri, kind: 'reviewed' }), true);
  assert.deepEqual(ws.annotations.reviewed, [{ file: `seeds/${FILE_000}`, hash: contentHash(ws.text(uri)) }]);
  assert.match(ws.annotationsText ?? '', /"reviewed": \[\n {4}\{"file":"seeds\/000_8928e4cdece35455.txt","hash":"[0-9a-f]{14}"\}\n {2}\]/);
  assert.deepEqual(progress(ws.context(), { uri }), { articles: 5, reviewed: 1, current: true });
  assert.deepEqual(progress(ws.context(), { uri: uriOf(FILE_001) }), { articles: 5, reviewed: 1, current: false });
  // The article changes (an edit, or on disk): no longer reviewed; back as it was: reviewed again.
  const text = ws.text(uri);
  ws.put(FILE_000, text.replace('Goïta', 'Goita'));
  assert.deepEqual(progress(ws.context(), { uri }), { articles: 5, reviewed: 0, current: false });
  ws.put(FILE_000, text);
  assert.deepEqual(progress(ws.context(), { uri }), { articles: 5, reviewed: 1, current: true });
  assert.equal(executeCorrection(ws.context(), ws.host(), { uri, kind: 'reviewed', reviewed: false }), true);
  assert.deepEqual(ws.annotations.reviewed, []);
  assert.doesNotMatch(ws.annotationsText ?? '', /reviewed/, 'no empty list written');
  assert.deepEqual(progress(ws.context(), { uri }), { articles: 5, reviewed: 0, current: false });
  assert.equal(progress(ws.context(), { uri: 'file:///elsewhere.txt' }).current, undefined, 'not an article');
});
