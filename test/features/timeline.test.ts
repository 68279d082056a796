/**
 * The timeline's data, in process: every article at the dates it reports, most recent first, an
 * entity's articles only when asked, at most `limit` articles.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { timeline } from '../../server/src/features/timeline';
import { FILE_000, FILE_001, FILE_002, FILE_004 } from '../support/lsp';
import { MemoryWorkspace, uriOf } from '../support/memoryWorkspace';

test('every article at the resolved dates it reports, most recent first, with its first line as title', () => {
  const ws = MemoryWorkspace.seeds();
  const t = timeline(ws.context(), {});
  assert.equal(t.total, 5);
  // By the latest date each reports (001 speaks of « l’année à venir », 2026).
  assert.deepEqual(t.articles.map((a) => a.label.slice(6, 9)), ['004', '001', '000', '002', '003']);
  const at = (file: string) => t.points.filter((p) => t.articles[p.article].uri === uriOf(file)).map((p) => `${p.date} ${p.text}`);
  assert.deepEqual(at(FILE_004), ['2000 2000 à 2024', '2026-01-09 vendredi 9 janvier 2026', '2026-02-11 hier', '2026-02-12 jeudi 12 février 2026']);
  assert.ok(at(FILE_000).includes('2023-07-27 27 et 28 juillet 2023'), 'a range at its first day');
  assert.ok(at(FILE_000).includes('2023-07 juillet'), 'a month as a month');
  assert.ok(at(FILE_000).includes('1960 1960'), 'a year as a year');
  assert.ok(!at(FILE_000).some((p) => p.startsWith('XXXX')), 'nothing without a calendar value');
  assert.ok(t.articles[0].title.length > 0 && t.articles[0].title.length <= 91, t.articles[0].title);
  assert.equal(timeline(ws.context(), { limit: 2 }).articles.length, 2);
  assert.equal(timeline(ws.context(), { limit: 2 }).total, 5);
});

test("an entity's articles only", () => {
  const ws = MemoryWorkspace.seeds();
  const t = timeline(ws.context(), { entity: 'agnus-mckee' });
  assert.deepEqual(t.entity, { id: 'agnus-mckee', label: 'Agnus Mckee', type: 'PERSON' });
  assert.deepEqual(t.articles.map((a) => a.uri).sort(), [uriOf(FILE_000), uriOf(FILE_002)]);
  assert.ok(!t.articles.some((a) => a.uri === uriOf(FILE_001)));
  assert.equal(timeline(ws.context(), { entity: 'nobody' }).total, 5, 'an unknown entity filters nothing');
});
