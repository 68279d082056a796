/**
 * Bodies by the conventions of their kind, and the edges of their names: airlines, English trade
 * words, embassies, platforms in a share bar, a party's acronym before its leader's name, and what
 * is no name at all (a heading shouted in capitals, a preposition after a body's adjective). Every
 * example is made up for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recognize } from '../../server/src/core/entities';
import { has, hasNot } from '../support/names';

test('an airline is `Air` and its country, or one word no lexicon knows', () => {
  has('Air Zembla a annulé ses quatre rotations de vendredi.', 'INSTITUTION:Air Zembla');
  // `Air` and a common word is no airline.
  hasNot('Air Libre a joué au festival.', 'INSTITUTION:Air Libre');
});

test('an English trade word last makes a company (`Properties`, `Overseas`, `Agri`)', () => {
  has('Le domaine est vendu au promoteur Korvan Properties pour deux milliards.', 'INSTITUTION:Korvan Properties');
  has('Zelatom Overseas, la filiale chargée de l’export, conduira le chantier.', 'INSTITUTION:Zelatom Overseas');
  has('Le directeur général de Morne Agri invoque une campagne difficile.', 'INSTITUTION:Morne Agri');
});

test('an embassy written in lower case is a body; its ambassador is a person’s title and names only the country', () => {
  has('Selon l’ambassade de Russie à Bamako, deux mille instructeurs sont présents.', 'INSTITUTION:ambassade de Russie');
  hasNot('L’ambassadeur de Russie a salué les troupes.', 'INSTITUTION:ambassadeur de Russie');
  has('L’ambassadeur de Russie a salué les troupes.', 'PLACE:Russie');
});

test('platforms with an ambiguous name are read in a share bar among other platforms', () => {
  has('Partager : Telegram | VK | WhatsApp', 'INSTITUTION:VK');
  has('Partager sur : Facebook · WhatsApp · X · Messenger', 'INSTITUTION:Messenger');
  hasNot('Le VK a été reporté à lundi.', 'INSTITUTION:VK');
});

test('a party’s acronym followed by `de` and a name is the party and its leader, not one person', () => {
  has('Le PKD de Ravind Sooklal parle d’un bradage.', 'PERSON:Ravind Sooklal');
  hasNot('Le PKD de Ravind Sooklal parle d’un bradage.', 'PERSON:PKD de Ravind Sooklal');
});

test('a preposition with an adjective’s ending (`avant`) ends a body’s name', () => {
  has('Un groupe d’amitié avec le Parlement zembliais avant décembre.', 'INSTITUTION:Parlement zembliais');
  hasNot('Un groupe d’amitié avec le Parlement malien avant décembre.', 'INSTITUTION:Parlement malien avant');
});

test('a ministry’s complements stop at a body the gazetteer knows, joined by `et`', () => {
  const text = 'Ils ont rencontré des responsables du ministère de la Défense de la Fédération de Russie et de l’Africa Corps hier.';
  has(text, 'INSTITUTION:ministère de la Défense de la Fédération de Russie');
  has(text, 'INSTITUTION:Africa Corps');
  has('Le ministère de l’Économie et des Finances a publié un bilan.', 'INSTITUTION:ministère de l’Économie et des Finances');
});

test('an English name goes on over a plural possessive (`Producers’ Association`), and a waterfront is a place', () => {
  has('Selon la Zembla Cane Growers’ Association, la récolte baisse.', 'INSTITUTION:Zembla Cane Growers’ Association');
  has('Le Korvan Waterfront ferme son parking pour travaux.', 'PLACE:Korvan Waterfront');
});

test('a nickname in a teaser headed by a sport’s rubric is a team, even in an article about something else', () => {
  const text = 'Le budget est voté.\nLes Celtes habitaient la Gaule.\n◆ 11/05/2026 — Football : les Zébrons défieront les Kourous à Moscou';
  has(text, 'INSTITUTION:Zébrons');
  hasNot(text, 'INSTITUTION:Celtes');
});

test('a capitalised word in a heading shouted in capitals is no acronym', () => {
  const r = recognize('Partager : Telegram | WhatsApp\nLES PLUS LUS DE LA SEMAINE\n◆ 11/05/2026 — Un match.');
  assert.ok(!r.weak.some((w) => w.text === 'LUS'), JSON.stringify(r.weak.map((w) => w.text)));
});

test('one word that ends as banks’ names do is a bank, even after `à`', () => {
  has('Le prêt est adossé à Zembabank pour dix ans.', 'INSTITUTION:Zembabank');
  hasNot('Le prêt est adossé à Zembabank pour dix ans.', 'PLACE:Zembabank');
});
