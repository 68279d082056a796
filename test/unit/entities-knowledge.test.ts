/**
 * What general knowledge brings the recognisers, beyond cues read on one site: the towns and
 * regions of Africa that GeoNames lists, the French lexicon's adjectives, the forms of the
 * nationality words, and conventions of French press and law (a byline, a name's particles, the
 * kinds of courts, the nouns of natural features). People and made-up bodies are made up; the towns
 * are real (the list must hold them) and appear in no fixture.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CorpusIndex } from '../../server/src/core';
import { has, hasNot } from '../support/names';

test('a town or a region the hand-made gazetteer lacks is a place when GeoNames lists it', () => {
  has('Les camions sont bloqués entre Ouahigouya et Kolwezi depuis lundi.', 'PLACE:Ouahigouya');
  has('Les camions sont bloqués entre Ouahigouya et Kolwezi depuis lundi.', 'PLACE:Kolwezi');
  // The two ends of a route, when the list knows them.
  has("Le bitumage de l'axe Ouahigouya-Tchamba reprend.", 'PLACE:Tchamba');
});

test("a listed town's name that the article gives a person is the person's, not a place", () => {
  const text = 'Le ministre Issa Dosso a inauguré le marché. Dosso a salué les commerçants.';
  has(text, 'PERSON:Issa Dosso');
  hasNot(text, 'PLACE:Dosso');
});

test('the corpus keeps a listed town a place, and reads the family name as a person where the article does', () => {
  const index = new CorpusIndex();
  index.upsert('file:///k/a.txt', 'Les pluies ont coupé la route de Ouahigouya. À Ouahigouya, les écoles sont fermées.\n');
  index.upsert('file:///k/b.txt', 'Le ministre Issa Dosso a inauguré le marché. Dosso a salué les commerçants.\n');
  const found = (file: string) => index.nameMentions(file).map((m) => `${m.type}:${m.text}`);
  assert.deepEqual(found('file:///k/a.txt'), ['PLACE:Ouahigouya', 'PLACE:Ouahigouya']);
  assert.ok(!found('file:///k/b.txt').includes('PLACE:Dosso'), JSON.stringify(found('file:///k/b.txt')));
});

test('a byline names its authors, people, however much of the line is capitalised', () => {
  const text = 'Publié le 3 juin 2026\nPar Sénam DOGBÉ, avec Yawo KPÉLÉ\nLe marché a rouvert.';
  has(text, 'PERSON:Sénam DOGBÉ');
  has(text, 'PERSON:Yawo KPÉLÉ');
  has('Par Akossiwa Mint SALEM, correspondante\nLe marché a rouvert.', 'PERSON:Akossiwa Mint SALEM');
  // A newspaper in the byline, or `Par` opening a sentence, names no person.
  hasNot('Par Jeune Afrique\nLe marché a rouvert.', 'PERSON:Jeune Afrique');
  hasNot('Par ailleurs, Le Marché Central a rouvert.', 'PERSON:Le Marché Central');
});

test("`d'` and `Mint` inside a name are particles; `d'` before a town says where someone is from", () => {
  has("Me Akouvi d'ALMADA a plaidé la nullité.", "PERSON:Akouvi d'ALMADA");
  has('Selon Aminetou Mint Brahim, les prix montent.', 'PERSON:Aminetou Mint Brahim');
  hasNot("Le maire Issa Kanté d'Ouahigouya a parlé.", "PERSON:Issa Kanté d'Ouahigouya");
});

test("an acronym in capitals defines its name up to twelve letters, as companies' syllabic acronyms do", () => {
  const text = 'La Société de transformation des produits de pêche (SOTRAPECHE) recrute. La SOTRAPECHE paie ses dettes.';
  has(text, 'INSTITUTION:SOTRAPECHE');
  const index = new CorpusIndex();
  index.upsert('file:///k/def.txt', text + '\n');
  index.upsert('file:///k/use.txt', 'Les marins de SOTRAPECHE sont en grève.\n');
  assert.deepEqual(index.nameMentions('file:///k/use.txt').map((m) => `${m.type}:${m.text}`), ['INSTITUTION:SOTRAPECHE']);
});

test("a body's national branch keeps its nationality in any gender and number", () => {
  has('La Croix-Rouge gambienne a distribué des vivres.', 'INSTITUTION:Croix-Rouge gambienne');
  has('La Croix-Rouge togolaise a distribué des vivres.', 'INSTITUTION:Croix-Rouge togolaise');
});

test("adjectives the lexicon knows continue a body's name, whatever their ending", () => {
  has("Le ministère de l'Économie maritime a publié ses chiffres.", "INSTITUTION:ministère de l'Économie maritime");
  has("L'Autorité de la zone franche de Bakoro a ouvert le marché.", "INSTITUTION:Autorité de la zone franche de Bakoro");
});

test('a court of a kind written in lower case before its seat is a body; the kind alone is not', () => {
  has("Il a fait appel devant la cour d'appel de Bakoro lundi.", "INSTITUTION:cour d'appel de Bakoro");
  has('Le tribunal de grande instance de Bakoro a jugé.', 'INSTITUTION:tribunal de grande instance de Bakoro');
  hasNot("La cour d'appel a confirmé la peine.", "INSTITUTION:cour d'appel");
});

test("a centre takes lower-case complements after an adjective; a bar is a body; a scraper's cut is not a name", () => {
  has("Le Centre national d'oncologie de Bakoro est saturé.", "INSTITUTION:Centre national d'oncologie de Bakoro");
  has('Elle est inscrite au Barreau de Bakoro depuis 2010.', 'INSTITUTION:Barreau de Bakoro');
  hasNot('Centre de format.\nLe texte suit.', 'INSTITUTION:Centre de format');
});

test('a natural feature named after its noun is a place, the noun in its span', () => {
  has('Les pirogues pêchent dans la baie du Kandoro, au large du cap Dialakoro.', 'PLACE:baie du Kandoro');
  has('Les pirogues pêchent dans la baie du Kandoro, au large du cap Dialakoro.', 'PLACE:cap Dialakoro');
  hasNot('La baie vitrée du salon donne sur la cour.', 'PLACE:baie');
});
