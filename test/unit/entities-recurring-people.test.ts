/**
 * People a site follows across its articles: given names no list has before a known one, people met in a
 * report (an age or a trade in apposition), and bare surnames read from their contexts when the bare word's
 * spelling leans to a place. Every name is made up for these tests (no name of the fixtures).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CorpusIndex } from '../../server/src/core';
import { has, hasNot } from '../support/names';

test('a given name no list has before a known first name opens the name, after a ministry too (`de la Géologie Sandé Moussa Kaboré`); a place does not', () => {
  has("L'ancien ministre des Mines et de la Géologie Sandé Moussa Kaboré est condamné.", 'PERSON:Sandé Moussa Kaboré');
  has('Mots-clés : verdict, Sandé Moussa Kaboré, appel', 'PERSON:Sandé Moussa Kaboré');
  hasNot("L'ancien ministre des Mines et de la Géologie Sandé Moussa Kaboré est condamné.", 'PERSON:Moussa Kaboré');
  // A ministry's own word stays the role's, and a listed town before the name is no given name.
  has('Le ministre de la Santé Moussa Kaboré a parlé.', 'PERSON:Moussa Kaboré');
  hasNot('Ils sont partis de Ouagadougou Moussa Kaboré en tête.', 'PERSON:Ouagadougou Moussa Kaboré');
});

test('a sentence opened by a name with an age or a trade in apposition names a person (`Kadi Sanfo, vendeuse de pagnes`); a town with a number of years does not', () => {
  has('Le marché a brûlé.\nKadi Sanfo, vendeuse de pagnes depuis 1994, a tout perdu.', 'PERSON:Kadi Sanfo');
  has('Le marché a brûlé.\nSékouba Tandia, commerçant à Matam, pleure son stock.', 'PERSON:Sékouba Tandia');
  has('Le marché a brûlé.\nMawa Sanfo, 45 ans, a tout perdu.', 'PERSON:Mawa Sanfo');
  hasNot('Le marché a brûlé.\nKouroussa, 45 ans après, reste pauvre.', 'PERSON:Kouroussa');
});

/** A corpus where `de` stands before towns far more often than before people, as in most news. */
function townsCorpus(index: CorpusIndex): void {
  const towns = ['Kolda', 'Tambacounda', 'Ziguinchor', 'Kaolack', 'Louga', 'Matam', 'Kédougou', 'Sédhiou', 'Podor', 'Bakel', 'Linguère', 'Mbour'];
  towns.forEach((town, k) =>
    index.upsert(`file:///t/${k}.txt`, `Le maire de ${town}, le préfet de ${town} et le gouverneur de ${town} ont reçu le ministre Abdoulaye Diop mardi.\n`),
  );
}

const PEOPLE_FILES: [string, string][] = [
  ['file:///p/a.txt', "Il comparaît aux côtés de Sandé Ousmane Kalongo, ex-directeur de l'office.\n"],
  ['file:///p/b.txt', 'La défense de Kalongo a plaidé la relaxe. Kalongo, lui, a gardé le silence.\n'],
  ['file:///p/c.txt', 'Le verdict visant Kalongo sera rendu vendredi.\n'],
];

test("a person's full name holding a known first name keeps its type after `de`, where the corpus reads towns, and its bare surname in another file is that person", () => {
  const index = new CorpusIndex();
  townsCorpus(index);
  for (const [uri, text] of PEOPLE_FILES.slice(0, 2)) index.upsert(uri, text);
  const full = index.nameMentions('file:///p/a.txt').find((m) => m.text === 'Sandé Ousmane Kalongo');
  assert.equal(full?.type, 'PERSON');
  const bare = index.nameMentions('file:///p/b.txt').filter((m) => m.text === 'Kalongo');
  assert.equal(bare.length, 2, JSON.stringify(index.nameMentions('file:///p/b.txt')));
  for (const m of bare) assert.deepEqual([m.type, m.entityId], ['PERSON', full?.entityId]);
  // A bare word no rule claimed, in a file that does not name the person in full.
  index.upsert(...PEOPLE_FILES[2]);
  const weak = index.nameMentions('file:///p/c.txt').find((m) => m.text === 'Kalongo');
  assert.deepEqual([weak?.type, weak?.entityId], ['PERSON', full?.entityId]);
  // The same answers whatever order the files came in.
  const reversed = new CorpusIndex();
  for (const [uri, text] of [...PEOPLE_FILES].reverse()) reversed.upsert(uri, text);
  townsCorpus(reversed);
  for (const [uri] of PEOPLE_FILES) assert.deepEqual(reversed.nameMentions(uri), index.nameMentions(uri), uri);
});

test('the parties and officers of a trial announce a person (`l’accusé Tounkara`, `le greffier Sangaré`)', () => {
  has("À la barre, l'accusé Tounkara a nié les faits.", 'PERSON:Tounkara');
  has('Le prévenu Bakary Kondé est resté muet.', 'PERSON:Bakary Kondé');
  has('Le greffier Sangaré a lu l’ordonnance.', 'PERSON:Sangaré');
});

test('a short surname closing a sentence is a name, not a word the scraper cut (`a déclaré Oumar Sy.`); a cut word stays out', () => {
  has('« Nous irons jusqu’au bout », a déclaré Oumar Sy.', 'PERSON:Oumar Sy');
  has("Le projet est suivi par l'ingénieur, M. Bah.\nLe coût reste élevé.", 'PERSON:Bah');
  hasNot('en présence du secrétaire général du ministère, Sey.', 'PERSON:Sey');
});

test('no word of a longer name that no rule read (`Kobla Tembeni` in a tag line) is given a type of its own', () => {
  const index = new CorpusIndex();
  index.upsert('file:///r/a.txt', 'Le sélectionneur Kobla Tembeni a parlé mardi à Lomé. Selon Tembeni, le groupe est prêt.\n');
  index.upsert('file:///r/b.txt', 'Le sélectionneur Kobla Tembeni a convoqué 23 joueurs.\n');
  const tags = 'Les Éperviers ont perdu.\nMots-clés : Guépards, Éperviers du Togo, Kobla Tembeni, CAN 2025\nLes Guépards ont gagné.\n';
  index.upsert('file:///r/c.txt', tags);
  const run = [tags.indexOf('Kobla'), tags.indexOf('Kobla') + 'Kobla Tembeni'.length];
  const pieces = index.nameMentions('file:///r/c.txt').filter((m) => m.start < run[1] && m.end > run[0] && m.end - m.start < run[1] - run[0]);
  assert.deepEqual(pieces, []);
});

test('a quoted alias holding a town’s name (`dit « Dan Zinder »`) is the person’s, there and where the file quotes it again', () => {
  const text = 'Il a battu Kadri Issoufou, dit « Dan Tessaoua », l’idole du public. La tribune scandait « Dan Tessaoua » à chaque prise.';
  has(text, 'PERSON:Dan Tessaoua');
  hasNot(text, 'PLACE:Tessaoua');
});

test('a name after an article, in apposition to a person, is no person listed with them (`du MINFI, Ousmanou Sali`)', () => {
  const text = 'Le délégué régional du MINKO, Ousmane Saliou, a promis une procédure.';
  has(text, 'PERSON:Ousmane Saliou');
  hasNot(text, 'PERSON:MINKO');
  // Listed with the person, without an article, the name is one.
  has('Ont pris la parole Ousmane Saliou, Mbarga et Ndongo.', 'PERSON:Mbarga');
});

test("a person's dashed surname alone is that person (`Ouro-Bagna`), and a dashed place named after a person is not", () => {
  const index = new CorpusIndex();
  index.upsert('file:///d/a.txt', 'Le maire, Kodjo Ouro-Tanda (UNIR), défend la hausse. Sur Radio Kaboli, Ouro-Tanda a évoqué un tarif réduit.\n');
  const mentions = index.nameMentions('file:///d/a.txt').filter((m) => m.type === 'PERSON');
  const full = mentions.find((m) => m.text === 'Kodjo Ouro-Tanda');
  const alone = mentions.find((m) => m.text === 'Ouro-Tanda');
  assert.ok(full && alone, JSON.stringify(mentions.map((m) => m.text)));
  assert.equal(alone.entityId, full.entityId);
  hasNot("Le défilé a remonté l'avenue Kodjo-Tanda, du nom de l'ancien maire Kodjo Tanda.\n", 'PERSON:Kodjo-Tanda');
});

test("an elected member's party in capitals before the seat is no person (`le député UNDP du Mayo-Kani`)", () => {
  const text = 'Le député UPC du Mayo-Tsolo, Boukar Dawa, réclame une enquête.';
  hasNot(text, 'PERSON:UPC');
  has(text, 'INSTITUTION:UPC');
  has(text, 'PERSON:Boukar Dawa');
  has('Le député KONATÉ de Kati a voté contre.', 'PERSON:KONATÉ');
});

test('a common word in capitals (a heading: `NOS LECTEURS ONT AIMÉ`) is no surname of a person another file names; a surname in capitals still is', () => {
  const index = new CorpusIndex();
  index.upsert('file:///h/a.txt', 'Le syndicaliste Jean-Aimé Rabetokana a parlé. Le ministre Hery Tsiafara a répondu.\n');
  // Twice in the file: alone the word reads as a body's letters (a party's, an office's); the other file's full name makes it the man.
  index.upsert('file:///h/b.txt', 'Le texte de la page.\nNOS LECTEURS ONT AIMÉ\n▪ 15/02/2026 — La grève continue au port\nLe port a reçu TSIAFARA hier. TSIAFARA a promis des grues.\n');
  const mentions = index.nameMentions('file:///h/b.txt');
  assert.equal(mentions.find((m) => m.text === 'AIMÉ'), undefined, JSON.stringify(mentions));
  assert.equal(mentions.find((m) => m.text === 'TSIAFARA')?.type, 'PERSON', JSON.stringify(mentions));
});
