/**
 * Institutions written every way the region's press writes them: a site's title with its article and by its head
 * noun alone, a party's acronym with its motto, a group's national company, a seat that names its office, a verb in a
 * headline written in capitals, and a weekday before an all-numeric date. Every name is made up for these tests
 * (no name of the fixtures), except the real groups the gazetteer knows.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CorpusIndex } from '../../server/src/core';
import { findDates } from '../../server/src/core/dates';
import { has, hasNot } from '../support/names';

/** Each mention of one file as `TYPE:text=id`, through the whole index (linking included). */
function mentionsOf(text: string): string[] {
  const index = new CorpusIndex();
  index.upsert('file:///t/a.txt', text);
  return index.nameMentions('file:///t/a.txt').map((m) => `${m.type}:${m.text}=${m.entityId}`);
}

test('a site’s title keeps its capitalised article, drops a lower-case one, and is one entity either way', () => {
  const text = 'LA SENTINELLE DU LAC — Toute l’actualité\nSelon la Sentinelle du Lac, le port rouvre. La Sentinelle du Lac a appris la nouvelle.\n© 2026 La Sentinelle du Lac. Tous droits réservés.\n';
  const found = mentionsOf(text);
  assert.deepEqual(found.filter((m) => m.includes('Sentinelle') || m.includes('SENTINELLE')), [
    'INSTITUTION:LA SENTINELLE DU LAC=la-sentinelle-du-lac',
    'INSTITUTION:Sentinelle du Lac=la-sentinelle-du-lac',
    'INSTITUTION:La Sentinelle du Lac=la-sentinelle-du-lac',
    'INSTITUTION:La Sentinelle du Lac=la-sentinelle-du-lac',
  ]);
  // An elided article too (its token carries no capital of its own).
  has('L’ÉCLAIREUR DU NORD\nLe texte.\n© 2026 L’Éclaireur du Nord.\n', 'INSTITUTION:L’Éclaireur du Nord');
});

test('a title’s head noun written alone after an article is the site, where the title opens with a common noun', () => {
  const text = 'LA SENTINELLE DU LAC\nJoint par la Sentinelle, le maire a refusé. Recevez la lettre de la Sentinelle : votre adresse.\n© 2026 La Sentinelle du Lac.\n';
  const found = mentionsOf(text);
  assert.equal(found.filter((m) => m === 'INSTITUTION:Sentinelle=la-sentinelle-du-lac').length, 2, JSON.stringify(found));
  // A title that opens with a place's name leaves the place alone (`du Sahel` is the region).
  has('SAHEL MATIN\nLes éleveurs du Sahel ont parlé.\n© 2026 Sahel Matin.\n', 'PLACE:Sahel');
});

test('a party’s acronym with its motto after a dash is one body, defined in brackets and written bare (`MDE-Haske`)', () => {
  const text = 'Le Mouvement pour la dignité et l’égalité (MDE-Kalanga) conteste. Le MDE-Kalanga a saisi le tribunal.';
  has(text, 'INSTITUTION:MDE-Kalanga');
  assert.equal(mentionsOf(text).filter((m) => m.startsWith('INSTITUTION:MDE-Kalanga=')).length, 2);
  // The acronym's letters are matched against the name, not the motto's.
  has(text, 'INSTITUTION:Mouvement pour la dignité et l’égalité');
});

test('a group’s national company is a body of its own (`MTN Côte d’Ivoire`, `Moov Africa Sahelcom`), the group alone the group', () => {
  has('Les abonnés de MTN Côte d’Ivoire se plaignent.', 'INSTITUTION:MTN Côte d’Ivoire');
  hasNot('Les abonnés de MTN Côte d’Ivoire se plaignent.', 'PLACE:Côte d’Ivoire');
  has('Le sponsor, Moov Africa Sahelcom, a payé.', 'INSTITUTION:Moov Africa Sahelcom');
  has('Les clients d’Airtel attendent.', 'INSTITUTION:Airtel');
});

test('a governor’s seat names his office (`le Gouvernorat`), and a woman doctor’s title is `Dre`', () => {
  has('Dans la soirée, le Gouvernorat a publié un arrêté.', 'INSTITUTION:Gouvernorat');
  has('La Dre Kadidja Moussa Sanda dirige le service.', 'PERSON:Kadidja Moussa Sanda');
  hasNot('La Dre Kadidja Moussa Sanda dirige le service.', 'INSTITUTION:Dre Kadidja Moussa Sanda');
});

test('in a headline written in capitals, a verb ends a body’s name', () => {
  const text = 'NAUFRAGE : LE GOUVERNORAT SUSPEND LA COMPAGNIE\nLe texte.\n';
  has(text, 'INSTITUTION:GOUVERNORAT');
  hasNot(text, 'INSTITUTION:GOUVERNORAT SUSPEND');
  // A capitalised name after a head on a line in running text is still the head’s complement.
  has('La Fédération Kalanga a payé.', 'INSTITUTION:Fédération Kalanga');
});

test('a weekday before an all-numeric date is one date (`Vendredi 08.05.2026`)', () => {
  const dates = (text: string) => findDates(text).map((d) => `${text.slice(d.start, d.end)}=${d.value}`);
  assert.deepEqual(dates('Kisangani, Vendredi 08.05.2026 — mise à jour'), ['Vendredi 08.05.2026=2026-05-08']);
  assert.deepEqual(dates('Publié lundi 12/01/2026.'), ['lundi 12/01/2026=2026-01-12']);
});
