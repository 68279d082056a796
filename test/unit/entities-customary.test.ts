/**
 * Religious and customary life: rulers' and dignitaries' titles before their names, a ruler named by title and
 * seat alone, royal families and land-holding lineages, churches and religious bodies, the bishops' conference.
 * Every name is made up.
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

function has(text: string, ...expected: string[]): void {
  const found = mentionsOf(text);
  for (const e of expected) assert.ok(found.includes(e), `${e} in ${JSON.stringify(found)}`);
}

test('the titles of the Fon’s court and of the Mossi’s chiefs stay out of the name (`Dada`, `Dah`, `Nan`, `Tansoba`)', () => {
  has('Sa Majesté Dada Kpanlé Sossa a reçu Dah Hounkpè Agbo et Nan Awa Dossou. Le Tansoba Issa Kanfo était là.',
    'PERSON:Kpanlé Sossa', 'PERSON:Hounkpè Agbo', 'PERSON:Awa Dossou', 'PERSON:Issa Kanfo');
});

test('a ruler named by his title and his seat is nobody’s name: the seat is a place (`le Fon de X`, `l’Oba de X`)', () => {
  const found = mentionsOf('Le Fon de Kanfo enverra un émissaire. L’Oba de Sirakolo viendra aussi.\n');
  assert.ok(found.includes('PLACE:Kanfo') && found.includes('PLACE:Sirakolo'), JSON.stringify(found));
  assert.ok(!found.some((m) => m.includes('Fon de') || m.includes('Oba de')), JSON.stringify(found));
});

test('a royal family and a land-holding lineage are bodies; a family alone is nobody', () => {
  has('La famille royale Kpanlé conteste. La collectivité Agbo réclame la terre.', 'INSTITUTION:famille royale Kpanlé', 'INSTITUTION:collectivité Agbo');
  assert.ok(!mentionsOf('La famille Kpanlé vit au village.').some((m) => m.startsWith('INSTITUTION')));
});

test('churches and religious bodies keep their lower-case complements and their faith’s adjective; a bishops’ conference is a body', () => {
  has('L’Église du christianisme céleste prie. Les Assemblées de Dieu prient aussi.', 'INSTITUTION:Église du christianisme céleste', 'INSTITUTION:Assemblées de Dieu');
  has('Le Mouvement sunnite du Kanfo a parlé. L’Union des adeptes et dignitaires vodun du Kanfo organise la fête.',
    'INSTITUTION:Mouvement sunnite du Kanfo', 'INSTITUTION:Union des adeptes et dignitaires vodun du Kanfo');
  has('La Conférence épiscopale Kanfo-Sira a publié un message.', 'INSTITUTION:Conférence épiscopale Kanfo-Sira');
});

test('a Mossi title written after its seat (`le Boussouma Naaba`) leaves the seat a place; after an office (`le Baloum Naaba`) it names no one', () => {
  const found = mentionsOf('Le Boussouma Naaba a reçu les notables. Le Baloum Naaba a transmis le message.\n');
  assert.ok(found.includes('PLACE:Boussouma'), JSON.stringify(found));
  assert.ok(!found.some((m) => m.includes('Naaba')), JSON.stringify(found));
});
