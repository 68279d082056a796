/**
 * Schools and universities as the press names them: a school's acronym or its kind with its number and its town,
 * schools grouped under a name that may open with its article, a faculty or a laboratory apart from its university,
 * a shop or a school whose name opens with its article. Every name is made up.
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

test('a school’s acronym or kind with its number and its town is one school (`CEG n°3 de Kanfo`, `lycée n°2`, `CEG 1`)', () => {
  has('Les élèves du CEG de Sirakolo iront au CEG 1 de Kanfo et au CEG n°3 de Kanfo. Le CEG n°3 ouvre lundi.',
    'INSTITUTION:CEG de Sirakolo', 'INSTITUTION:CEG 1 de Kanfo', 'INSTITUTION:CEG n°3 de Kanfo', 'INSTITUTION:CEG n°3');
  has('Le lycée n°2 de Kanfo arrive premier ; le lycée n°2 a gagné. L’IUT de Kanfo ferme. L’ENEP de Sirakolo recrute.',
    'INSTITUTION:lycée n°2 de Kanfo', 'INSTITUTION:lycée n°2', 'INSTITUTION:IUT de Kanfo', 'INSTITUTION:ENEP de Sirakolo');
  // A number that counts what follows it is no school's.
  assert.ok(!mentionsOf('Le CEG compte 3 classes de plus.').some((m) => /CEG 3/.test(m)));
});

test('schools grouped under a name, a name that opens with its article, and a shop’s name so written are whole', () => {
  has('Les élèves du Groupe scolaire Awa-Sanou et du Complexe scolaire Les Manguiers ont composé.', 'INSTITUTION:Groupe scolaire Awa-Sanou', 'INSTITUTION:Complexe scolaire Les Manguiers');
  has('L’Institut privé Les Rôniers ferme. PUBLICITÉ — Librairie La Plume du Kanfo : fournitures.', 'INSTITUTION:Institut privé Les Rôniers', 'INSTITUTION:Librairie La Plume du Kanfo');
});

test('a faculty and a laboratory are bodies of their own, apart from the university they belong to', () => {
  has('La Faculté des sciences sociales de l’Université de Kanfo ouvre. Le laboratoire Awa-Sanou recrute.',
    'INSTITUTION:Faculté des sciences sociales', 'INSTITUTION:Université de Kanfo', 'INSTITUTION:laboratoire Awa-Sanou');
});
