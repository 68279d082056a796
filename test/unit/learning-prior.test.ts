/**
 * The name learner's shipped prior (core/learning/prior.ts): what the project's annotated tune halves say of
 * each feature lends a small corpus the contexts it has too few examples to read. The example corpus is made
 * up for these tests (no name of the fixtures).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { CorpusIndex } from '../../server/src/core';
import { PRIOR_COUNTS } from '../../server/src/core/learning/prior.data';
import { priorCounts, renderPriorData, trainingSets, type AnnotatedArticle } from '../../server/src/core/learning/priorCounts';
import { repoRoot } from '../support/paths';

test('a bare body in a one-page corpus is read from the contexts the prior knows (`la Kobaru a annoncé`, `les agents de la Kobaru`)', () => {
  const index = new CorpusIndex();
  const uri = 'file:///c/delestages.txt';
  index.upsert(
    uri,
    'Délestages : la Kobaru promet un retour à la normale\n\nLes coupures de courant se multiplient à Ségou. La Kobaru a annoncé jeudi un programme de délestage. ' +
      'Les agents de la Kobaru ont réparé le transformateur du quartier, a indiqué Moussa Traoré, chef du service commercial de la Kobaru.\n',
  );
  const kobaru = index.nameMentions(uri).filter((m) => m.text === 'Kobaru');
  assert.equal(kobaru.length, 4, JSON.stringify(index.nameMentions(uri)));
  for (const m of kobaru) assert.equal(m.type, 'INSTITUTION', JSON.stringify(m));
  // What the rules are sure of stays as it was.
  assert.deepEqual(index.nameMentions(uri).filter((m) => m.text !== 'Kobaru').map((m) => [m.text, m.type]), [['Ségou', 'PLACE'], ['Moussa Traoré', 'PERSON']]);
});

test('the shipped prior is counted from the tune halves alone, and is not stale (node scripts/learning/build-prior.mjs)', () => {
  const fixtures = path.join(repoRoot, 'test', 'fixtures');
  const sets = trainingSets(fs.readdirSync(fixtures));
  assert.ok(sets.length >= 12, sets.join(' '));
  assert.ok(sets.every((s) => s.endsWith('-tune')), 'never a test half');
  const articles: AnnotatedArticle[] = [];
  for (const set of sets) {
    const gold = JSON.parse(fs.readFileSync(path.join(fixtures, set, 'gold.json'), 'utf8')) as { files: { file: string; entities: AnnotatedArticle['gold'] }[] };
    for (const g of gold.files) articles.push({ text: fs.readFileSync(path.join(fixtures, set, 'corpus', path.basename(g.file)), 'utf8'), gold: g.entities });
  }
  const counts = priorCounts(articles);
  const shipped = new Map<number, number>();
  for (let i = 0; i < PRIOR_COUNTS.length; i += 2) shipped.set(PRIOR_COUNTS[i], PRIOR_COUNTS[i + 1]);
  let differing = 0;
  for (let slot = 0; slot < counts.length; slot++) if (counts[slot] !== (shipped.get(slot) ?? 0)) differing++;
  assert.equal(differing, 0, 'prior.data.ts is stale: run node scripts/learning/build-prior.mjs');
  assert.equal(fs.readFileSync(path.join(repoRoot, 'server/src/core/learning/prior.data.ts'), 'utf8'), renderPriorData(sets, counts));
});
