/**
 * Bodies named by their trade: a family firm opened by its trade's noun (`Transports X et Fils`), a brewer in
 * apposition, and the civil protection and the public treasury that many French-speaking countries name alike.
 * Every firm is made up.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CorpusIndex } from '../../server/src/core';

/** Each mention of one file as `TYPE:text`, through the whole index. */
function mentionsOf(text: string): string[] {
  const index = new CorpusIndex();
  index.upsert('file:///t/a.txt', text);
  return index.nameMentions('file:///t/a.txt').map((m) => `${m.type}:${m.text}`);
}

test('a family firm opened by its trade’s noun is one body, the noun included', () => {
  const found = mentionsOf('Hier, les Transports Bagoudou et Fils ont récupéré neuf camions. Les Voyages Kanta et Frères aussi.\n');
  assert.ok(found.includes('INSTITUTION:Transports Bagoudou et Fils'), JSON.stringify(found));
  assert.ok(found.includes('INSTITUTION:Voyages Kanta et Frères'), JSON.stringify(found));
});

test('a brewer named in apposition is a body, and the civil protection and the public treasury are bodies wherever they act', () => {
  const found = mentionsOf('Le brasseur Malaika a retiré ses affiches du front de lac. Dès l’aube, la Protection civile a repris les recherches. Le Trésor public paiera.\n');
  assert.ok(found.includes('INSTITUTION:Trésor public'), JSON.stringify(found));
  assert.ok(found.includes('INSTITUTION:Malaika'), JSON.stringify(found));
  assert.ok(found.includes('INSTITUTION:Protection civile'), JSON.stringify(found));
});
