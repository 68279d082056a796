/**
 * Institutions written every way the region's press writes them: a site's title and its head noun alone, a party's
 * acronym with its motto, a group's national company, a seat that names its office, a verb in a headline written in
 * capitals, and a weekday before an all-numeric date. Every name is made up for these tests
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

test('a site’s title is one entity in its masthead, its copyright line and its text, with the article the text capitalises', () => {
  const text = 'LA SENTINELLE DU LAC — Toute l’actualité\nSelon la Sentinelle du Lac, le port rouvre. La Sentinelle du Lac a appris la nouvelle.\n© 2026 La Sentinelle du Lac. Tous droits réservés.\n';
  const found = mentionsOf(text).filter((m) => /sentinelle/i.test(m));
  assert.deepEqual(found.map((m) => m.split('=')[0]), ['INSTITUTION:LA SENTINELLE DU LAC', 'INSTITUTION:Sentinelle du Lac', 'INSTITUTION:La Sentinelle du Lac', 'INSTITUTION:La Sentinelle du Lac']);
  assert.equal(new Set(found.map((m) => m.split('=')[1])).size, 1, JSON.stringify(found));
});

test('a title’s head noun written alone after an article is the site, where the title opens with a common noun', () => {
  const text = 'LA SENTINELLE DU LAC\nJoint par la Sentinelle, le maire a refusé. Recevez la lettre de la Sentinelle : votre adresse.\n© 2026 La Sentinelle du Lac.\n';
  const found = mentionsOf(text);
  const site = found.find((m) => m.startsWith('INSTITUTION:La Sentinelle du Lac='))?.split('=')[1];
  assert.equal(found.filter((m) => m === `INSTITUTION:Sentinelle=${site}`).length, 2, JSON.stringify(found));
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

test('a court or an electoral commission of a place, known by its acronym, keeps the place in its name (`TGI de Kanfo`)', () => {
  has('Le TGI de Kanfo a annulé deux bureaux.', 'INSTITUTION:TGI de Kanfo');
  hasNot('Le TGI de Kanfo a annulé deux bureaux.', 'PLACE:Kanfo');
  has('La CERI de Kanfo a proclamé les résultats.', 'INSTITUTION:CERI de Kanfo');
  // One body with its name written out.
  const ids = mentionsOf('Le Tribunal de grande instance de Kanfo siège. Le TGI de Kanfo a tranché.');
  assert.equal(new Set(ids.map((m) => m.split('=')[1])).size, 1, JSON.stringify(ids));
  // In a headline in capitals, the town ends it.
  has('LE TGI DE KANFO ANNULE DEUX BUREAUX À « KANFO DEBOUT »\nLe texte.\n', 'INSTITUTION:TGI DE KANFO');
});

test('a name’s words joined by `na`, `ya` or `wa` are one name (`Maboko na Maboko`, `Radio Sauti ya Boyoma`)', () => {
  has('Sur la berge, l’ONG Bondeko na Bondeko a dressé trois tentes.', 'INSTITUTION:Bondeko na Bondeko');
  has('Il parle sur Radio Mwinda ya Lisanga chaque matin.', 'INSTITUTION:Radio Mwinda ya Lisanga');
  // Written bare in another file, after `à`: the body the corpus knows, not a town.
  const index = new CorpusIndex();
  index.upsert('file:///t/a.txt', 'L’ONG Bondeko na Bondeko a recensé les familles.\n');
  index.upsert('file:///t/b.txt', 'Merci à Bondeko na Bondeko pour son aide.\n');
  assert.deepEqual(index.nameMentions('file:///t/b.txt').map((m) => `${m.type}:${m.text}`), ['INSTITUTION:Bondeko na Bondeko']);
});

test('a town a body is named after stays the town after `de` where the file names a body’s seat so (`Mairie de Kanfo`)', () => {
  const text = 'La coalition « Kanfo Debout » conteste. La Mairie de Kanfo a fermé. Les électeurs de Kanfo attendent.';
  has(text, 'INSTITUTION:Kanfo Debout');
  hasNot(text, 'INSTITUTION:Kanfo');
});

test('a "person" that a first name opens keeps its type against a place’s context, not against a corpus all but sure of the place when that word opens towns’ names too (`Dan`)', () => {
  const index = new CorpusIndex();
  const towns = ['Tessaoua', 'Guidan Roumdji', 'Madaoua', 'Illéla', 'Konni', 'Bouza'];
  for (let i = 0; i < 24; i++) index.upsert(`file:///t/f${i}.txt`, `Les habitants de Dan Kassou et de ${towns[i % 6]} ont voté. Le bureau de vote de Dan Kassou a fermé à 18 heures. À Dan Kassou, le calme est revenu. Les habitants de Dan Kassou attendent.\n`);
  const types = new Set(index.nameMentions('file:///t/f0.txt').filter((m) => m.text === 'Dan Kassou').map((m) => m.type));
  assert.deepEqual([...types], ['PLACE']);
});

test('`Maman`, `Mama` and `Papa` before a name are honorifics; before a common noun, a nickname’s; inside a full name, a name', () => {
  has('Sa coordinatrice, Mama Odile Kanku, note les noms.', 'PERSON:Odile Kanku');
  has('Courage à Papa Bokungu.', 'PERSON:Bokungu');
  has('Maman Beignets vend sur le marché.', 'PERSON:Maman Beignets');
  has('Le député Issa Maman Garba a parlé.', 'PERSON:Issa Maman Garba');
});

test('an acronym that stands for a ministry’s portfolio is the ministry’s: the name starts at `ministère` (`ministère de l’Enseignement supérieur (ESU)`)', () => {
  const text = 'Le ministère de l’Élevage et des Pêches (EP) a promis une aide.';
  has(text, 'INSTITUTION:ministère de l’Élevage et des Pêches');
  has(text, 'INSTITUTION:EP');
});

test('a court’s or a hospital’s acronym written bare after the body with its place is that body, when the file names one only', () => {
  const one = mentionsOf('Le TGI de Kanfo a tranché. Le TGI a annulé deux bureaux.\n');
  assert.deepEqual(one.map((m) => m.split('=')[1]), ['tgi-de-kanfo', 'tgi-de-kanfo'], JSON.stringify(one));
  const two = mentionsOf('Le CHR de Kanfo et le CHR de Bolo manquent de lits. Le CHR promet des renforts.\n');
  assert.equal(new Set(two.map((m) => m.split('=')[1])).size, 3, JSON.stringify(two));
});

test('a party’s acronym with its motto in brackets stands for the party, with or without the motto, and is nobody’s name', () => {
  const found = mentionsOf('Le Parti pour la paix et le travail (PPT-Kalanga Yiri) remporte 8 sièges. Le PPT-Kalanga Yiri perd. Le PPT proteste.\n');
  assert.deepEqual(found.map((m) => m.split('=')[0]), ['INSTITUTION:Parti pour la paix et le travail', 'INSTITUTION:PPT-Kalanga Yiri', 'INSTITUTION:PPT-Kalanga Yiri', 'INSTITUTION:PPT']);
  assert.equal(new Set(found.map((m) => m.split('=')[1])).size, 1, JSON.stringify(found));
});

test('the region’s best-known clubs are bodies by name alone, one entity however a rule reads them (`TP Mazembe`, `Mazembe`, `Yanga`)', () => {
  has('Le derby face à Yanga a tourné court.', 'INSTITUTION:Yanga');
  const found = mentionsOf('Le TP Mazembe a gagné. Mazembe domine le championnat.\n');
  assert.deepEqual(found.map((m) => m.split('=')[0]), ['INSTITUTION:TP Mazembe', 'INSTITUTION:Mazembe']);
  assert.equal(new Set(found.map((m) => m.split('=')[1])).size, 1, JSON.stringify(found));
});
