/**
 * A person named by their given name alone (or a middle name) once the file names them in full, and the words that
 * look like such a name but are not one: a river or a club after an article, a family, a song in quotes, a market
 * named after someone, a word two people share, an item of a list of tags. A person known by a nickname given further
 * on, and a saint. Every name is made up for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CorpusIndex } from '../../server/src/core';

/** Each mention of one file as `TYPE:text=id`, through the whole index (linking included). */
function mentionsOf(text: string): string[] {
  const index = new CorpusIndex();
  index.upsert('file:///t/a.txt', text);
  return index.nameMentions('file:///t/a.txt').map((m) => `${m.type}:${m.text}=${m.entityId}`);
}

const alone = (found: string[], word: string) => found.filter((m) => m.startsWith(`PERSON:${word}=`));

test('a given name alone after the full name is that person, linked to it', () => {
  const found = mentionsOf('Le mari Ousseini Gado conduit un camion de sel. Hier, Ousseini a appelé sa femme depuis Bilma.\n');
  assert.deepEqual(alone(found, 'Ousseini'), ['PERSON:Ousseini=ousseini-gado'], JSON.stringify(found));
});

test('a given name alone before the full name is linked to it too, and a middle name alone stands for its person', () => {
  const found = mentionsOf('« Rahila m’a appris à lire », dit-elle.\nLa directrice, Rahila Issaka Bagna, a ouvert l’école en 2019. Plus tard, Issaka a fondé une bibliothèque.\n');
  assert.deepEqual(alone(found, 'Rahila'), ['PERSON:Rahila=rahila-issaka-bagna'], JSON.stringify(found));
  assert.deepEqual(alone(found, 'Issaka'), ['PERSON:Issaka=rahila-issaka-bagna'], JSON.stringify(found));
});

test('no given name is read after an article, among a family, alone in quotes, or in a list of tags', () => {
  const text = [
    'Le pêcheur Kalidou Sambo Diallo vit au bord du fleuve.',
    'La crue de la Kalidou a emporté les filets. Les Kalidou tiennent le marché depuis trois générations.',
    'Le public a repris en chœur « Kalidou », une berceuse.',
    'Mots-clés : pêche, Kalidou, crue',
    '',
  ].join('\n');
  const found = mentionsOf(text);
  assert.deepEqual(alone(found, 'Kalidou'), [], JSON.stringify(found));
});

test('no given name is read where two people of the file share it, or where the file also names a place after it', () => {
  const shared = mentionsOf('Moussa Tiemoko Kanta et Moussa Ibrahim Dodo ont témoigné. Selon Moussa, la route est coupée.\n');
  assert.deepEqual(alone(shared, 'Moussa'), [], JSON.stringify(shared));
  const market = mentionsOf('Le marché Zarahatou a brûlé. Il porte le nom de Zarahatou Garba, une commerçante. « Zarahatou renaîtra », dit le maire.\n');
  assert.deepEqual(alone(market, 'Zarahatou'), [], JSON.stringify(market));
});

test('a nickname given after `sous le surnom de` is the person named before it on the line, there and in quotes later', () => {
  const found = mentionsOf('Parmi eux figure Moussa Ag Intallah, présenté comme le chef d’un réseau connu sous le surnom de « Fennec ». Le « Fennec » a tout nié.\n');
  assert.deepEqual(alone(found, 'Fennec'), ['PERSON:Fennec=moussa-ag-intallah', 'PERSON:Fennec=moussa-ag-intallah'], JSON.stringify(found));
});

test('a saint written in small letters before the name is a person; a town or a church named after one is not', () => {
  const found = mentionsOf('Il a choisi le nom de saint Bakanja pour protéger les enfants. Il vit à Saint-Louis, près de l’église Sainte-Anne.\n');
  assert.ok(found.some((m) => m.startsWith('PERSON:Bakanja=')), JSON.stringify(found));
  assert.ok(!found.some((m) => m.startsWith('PERSON:') && /Louis|Anne/.test(m)), JSON.stringify(found));
});

test('a relative introduced by kin in small letters is a person by the given name alone; a firm’s `et Fils` introduces no one', () => {
  const found = mentionsOf('Le chameau appartient à l’éleveur Bilal Tchimaden et était monté par son fils Moussa, 15 ans.\nTags : Établissements Agali et Fils, Coopérative Saint-Paul, chameaux\n');
  assert.ok(found.some((m) => m.startsWith('PERSON:Moussa=')), JSON.stringify(found));
  assert.ok(!found.some((m) => m.startsWith('PERSON:') && /Paul/.test(m)), JSON.stringify(found));
});
