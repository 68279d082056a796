/**
 * Things with names of their own, which the guidelines do not annotate, next to people who are annotated: a boat or
 * a truck named in quotes, an animal named after its noun or before it in apposition, a name given with `baptisée`,
 * a product's or a service's name (`… Money`, `… Cash`, `… Pro`). Every name is made up for these tests, except the
 * known operator `Orange`.
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

const naming = (found: string[], word: string) => found.filter((m) => m.split(':')[1].includes(word));

test('a boat named after `baptisée`, in quotes, is no one, there and where the file names it again alone', () => {
  const text = 'Le pêcheur Idrissa Kamanzi Bahati a fait dix allers-retours avec sa pirogue, baptisée « Zawadi ». Plus tard, Zawadi a chaviré près du port.\n';
  const found = mentionsOf(text);
  assert.deepEqual(naming(found, 'Zawadi'), [], JSON.stringify(found));
  assert.ok(found.includes('PERSON:Idrissa Kamanzi Bahati'), JSON.stringify(found));
});

test('an animal named after its noun, or before it in apposition, is no one, and nor is its name written alone', () => {
  const direct = mentionsOf('Le gorille Furahini a été vu samedi près de Bukima par le pisteur Amani Kasereka.\n');
  assert.deepEqual(naming(direct, 'Furahini'), [], JSON.stringify(direct));
  assert.ok(direct.includes('PERSON:Amani Kasereka'), JSON.stringify(direct));
  const apposition = mentionsOf('Furahini : le parc fête sa naissance\nFurahini, premier bébé gorille de l’année, est née samedi. Les gardes ont choisi le nom : Furahini.\n');
  assert.deepEqual(naming(apposition, 'Furahini'), [], JSON.stringify(apposition));
  // A person in apposition before a vehicle's noun that a role separates from the name keeps their name.
  const driver = mentionsOf('Selon Bakari Salumu Kitenge, le chauffeur du camion, la route était coupée.\n');
  assert.ok(driver.includes('PERSON:Bakari Salumu Kitenge'), JSON.stringify(driver));
});

test('a product’s or a service’s name is no body, while the company that sells it is one', () => {
  const text = 'L’opérateur Kivu Télécom lance Kivu Cash, face à Orange Money. Son téléphone Tembo Pro coûte 90 dollars.\n';
  const found = mentionsOf(text);
  assert.deepEqual(naming(found, 'Cash'), [], JSON.stringify(found));
  assert.deepEqual(naming(found, 'Money'), [], JSON.stringify(found));
  assert.deepEqual(naming(found, 'Tembo'), [], JSON.stringify(found));
  assert.ok(found.includes('INSTITUTION:Kivu Télécom'), JSON.stringify(found));
  // A brand after the product's noun (`des cartons de cigarettes Sirocco Gold`, `Gold` ending companies elsewhere) is no body either.
  const brand = mentionsOf('Les douaniers ont saisi des cartons de cigarettes Sirocco Gold sous des sacs de mil.\n');
  assert.deepEqual(naming(brand, 'Sirocco'), [], JSON.stringify(brand));
});

test('an operation named with `Baptisée « … »` and no noun before it holds no place, while the place named apart stays one', () => {
  const text = 'Baptisée « Rempart du Ténéré », l’opération a commencé le 2 février dans le Ténéré, selon le colonel Issa Garba.\n';
  const found = mentionsOf(text);
  assert.deepEqual(naming(found, 'Ténéré'), ['PLACE:Ténéré'], JSON.stringify(found));
});

test('a programme named after its noun is no body and holds no place, while a body named `Programme …` stays one', () => {
  const found = mentionsOf('Le programme Soleil du Kawar raccordera les villages du Kawar. Le Programme alimentaire mondial (PAM) livre des vivres.\n');
  assert.deepEqual(naming(found, 'Soleil'), [], JSON.stringify(found));
  assert.deepEqual(naming(found, 'Kawar'), ['PLACE:Kawar'], JSON.stringify(found));
  assert.ok(found.includes('INSTITUTION:Programme alimentaire mondial'), JSON.stringify(found));
});
