import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CorpusIndex, emptyAnnotations, parseAnnotations, serializeAnnotations } from '../../server/src/core';

test('a corrections file round-trips through serialise and parse', () => {
  const a = emptyAnnotations();
  a.ignoreBoilerplate.push('b2', 'a1');
  a.notEntity.push({ text: 'Actualités' }, { text: 'Lire', file: 'x.txt' });
  a.entityType.push({ text: 'Koulikoro', type: 'PLACE' });
  a.merge.push({ ids: ['cedeao', 'ecowas'] });
  a.canonical.push({ id: 'cedeao', name: 'CEDEAO' });
  const text = serializeAnnotations(a);
  const back = parseAnnotations(text);
  assert.equal(back.notice, undefined);
  assert.deepEqual(back.annotations.ignoreBoilerplate, ['a1', 'b2'], 'sorted for stable diffs');
  assert.deepEqual(back.annotations.merge, [{ ids: ['cedeao', 'ecowas'] }]);
  assert.equal(serializeAnnotations(back.annotations), text, 'serialising twice gives the same bytes');
  assert.ok(text.split('\n').some((l) => l.trim() === '"a1",'), 'one entry per line');
});

test('bad JSON gives one notice and the defaults', () => {
  const r = parseAnnotations('{ "ignoreBoilerplate": [ "abc", }');
  assert.deepEqual(r.annotations, emptyAnnotations());
  assert.match(r.notice ?? '', /not valid JSON/);
});

test('malformed entries are dropped with a count, good ones kept', () => {
  const r = parseAnnotations(JSON.stringify({ ignoreBoilerplate: ['ok', 42], entityType: [{ text: 'Kati', type: 'CITY' }, { text: 'Kati', type: 'PLACE' }] }));
  assert.deepEqual(r.annotations.ignoreBoilerplate, ['ok']);
  assert.deepEqual(r.annotations.entityType, [{ text: 'Kati', type: 'PLACE' }]);
  assert.match(r.notice ?? '', /2 malformed entries ignored/);
});

test('an empty file means no corrections and no notice', () => {
  assert.deepEqual(parseAnnotations('  \n'), { annotations: emptyAnnotations() });
});

test('the corpus index keeps files apart and forgets removed ones', () => {
  const index = new CorpusIndex();
  index.upsert('a.txt', 'Premier texte.');
  index.upsert('b.txt', 'Second texte.');
  const v1 = index.version('a.txt');
  index.upsert('a.txt', 'Premier texte, modifié.');
  assert.notEqual(index.version('a.txt'), v1, 'an upsert bumps the version');
  assert.equal(index.text('a.txt'), 'Premier texte, modifié.');
  assert.equal(index.remove('b.txt'), true);
  assert.equal(index.remove('b.txt'), false);
  assert.deepEqual(index.files(), ['a.txt']);
  assert.deepEqual(index.mentions('b.txt'), []);
});
