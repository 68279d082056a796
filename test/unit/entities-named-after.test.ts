/**
 * What looks like a person but is not, and people written so as not to look like a name: venues named after a
 * person or a saint, clubs named after a saint, lists printed surname first, and a full name written again in
 * another case or order. Every name is made up for these tests (no name of the fixtures).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CorpusIndex } from '../../server/src/core';
import { has, hasNot, names } from '../support/names';

test('a chapel, a hall, a housing estate or a pavilion named after a person or a saint is a place, its noun inside', () => {
  const text = 'La chapelle Sainte-Odile est pleine. Dans la salle Firmin-Mbadou, les pêcheurs ont signé. La cité Rémy-Nzamba est inondée. Le pavillon Awa-Koumba est ouvert.';
  has(text, 'PLACE:chapelle Sainte-Odile');
  has(text, 'PLACE:salle Firmin-Mbadou');
  has(text, 'PLACE:cité Rémy-Nzamba');
  has(text, 'PLACE:pavillon Awa-Koumba');
  hasNot(text, 'PERSON:Firmin-Mbadou');
  // `cité` is also the participle of `citer`: no estate without its article.
  hasNot('Le ministre avait cité Kotoko Pay en exemple.', 'PLACE:cité Kotoko Pay');
});

test('a church or a club named after a saint keeps the saint inside its name (`l’église Saint-Odilon`, `l’AS Saint-Odilon`)', () => {
  has('Les fidèles de l’église Saint-Odilon ont prié.', 'PLACE:église Saint-Odilon');
  has('L’AS Saint-Odilon a battu le Racing de Mbadou.', 'INSTITUTION:AS Saint-Odilon');
  has('Les cahiers sont à la Librairie Saint-Odilon, près du port.', 'INSTITUTION:Librairie Saint-Odilon');
  has('La Coopérative Saint-Odilon des pêcheurs de Mbadou a signé.', 'INSTITUTION:Coopérative Saint-Odilon des pêcheurs de Mbadou');
});

test('a list printed surname first in capitals is a list of people, known given names or not (`NZAMBA KOUMBA Prisca (C) ; MBADOU Loïc (D)`)', () => {
  const text = 'Les admis au baccalauréat.\nTrès bien — NZAMBA KOUMBA Prisca (C) ; MBADOU Loïc (D)\nBien — OKOUMBA-NDJIMBI Rolph (A1) ; ZENGUI Tatiana (B)\n';
  has(text, 'PERSON:NZAMBA KOUMBA Prisca');
  has(text, 'PERSON:MBADOU Loïc');
  has(text, 'PERSON:OKOUMBA-NDJIMBI Rolph');
  has(text, 'PERSON:ZENGUI Tatiana');
  // Bodies' acronyms before places are no surnames.
  hasNot('Les partenaires.\nPartenaires : UNICEF Mali ; PAM Gabon ; OMS Afrique\n', 'PERSON:UNICEF Mali');
  hasNot('Les partenaires.\nPartenaires : UNICEF Mali ; PAM Gabon ; OMS Afrique\n', 'PERSON:PAM Gabon');
});

test('a full name written again in another case or order is that person once (`Oréane-Divine NZAMBA KOUMBA` after `Oréane-Divine Nzamba Koumba`)', () => {
  const text = 'Bac : le Lycée Omar-Nzé Mbadou à 92 %, Oréane-Divine NZAMBA KOUMBA major de la province\nLa major s’appelle Oréane-Divine Nzamba Koumba : dix-sept ans, série C.\n';
  has(text, 'PERSON:Oréane-Divine NZAMBA KOUMBA');
  hasNot(text, 'PERSON:NZAMBA');
  // Longer runs are someone else: the file's name is not cut out of them.
  const longer = names('Prisca Nzamba Koumba a parlé. KOUMBA NZAMBA Prisca Mbadou aussi.');
  assert.ok(!longer.includes('PERSON:KOUMBA NZAMBA Prisca'), JSON.stringify(longer));
});

test('a venue or a hospital named after a person keeps the person’s title inside its name (`hôpital Dr Awa Koumba`)', () => {
  const text = 'Le pavillon de l’hôpital Dr Awa Koumba est ouvert. La salle Mgr Firmin Mbadou est pleine. Le marché à bétail Ardo Issa Bello est fermé.';
  has(text, 'INSTITUTION:hôpital Dr Awa Koumba');
  has(text, 'PLACE:salle Mgr Firmin Mbadou');
  has(text, 'PLACE:marché à bétail Ardo Issa Bello');
  has('Le texte.\nAu Marché à bétail Ardo Issa Bello, rien ne bouge.', 'PLACE:Marché à bétail Ardo Issa Bello');
  hasNot(text, 'PERSON:Awa Koumba');
  hasNot(text, 'PERSON:Issa Bello');
});

test('a traditional ruler’s title is no part of the name (`le Lamido Issa`, `le Galdima Oumar Bello`)', () => {
  const text = 'Le texte.\nLe Lamido Issa a tranché. Le Galdima Oumar Bello a lu le texte. L’Ardo Saïdou Mbadou a signé.';
  has(text, 'PERSON:Issa');
  has(text, 'PERSON:Oumar Bello');
  has(text, 'PERSON:Saïdou Mbadou');
  hasNot(text, 'PERSON:Galdima Oumar Bello');
});

test('a capitalised adjective opens a venue’s name (`Grande Mosquée de X`); a denomination makes a church a body; a capitalised commune is its council', () => {
  has('Ils ont prié à la Grande Mosquée de Mbadou.', 'PLACE:Grande Mosquée de Mbadou');
  has('Le pasteur de l’Église évangélique du Gabon a prié.', 'INSTITUTION:Église évangélique du Gabon');
  has('Les fidèles de l’église Saint-Odilon ont prié.', 'PLACE:église Saint-Odilon');
  has('La Commune d’arrondissement de Mbadou IIe a voté la taxe.', 'INSTITUTION:Commune d’arrondissement de Mbadou IIe');
});

test('a listed town named by capitalised common words joined by a dash is a place (`Hauts-Bassins`, `Moyen-Mono`)', () => {
  has('Hauts-Bassins, mardi 3 mars 2026.\nLe tribunal de Hauts-Bassins a jugé.\n', 'PLACE:Hauts-Bassins');
  has('Le préfet de Moyen-Mono a parlé.', 'PLACE:Moyen-Mono');
});

test('`Maman` before a common noun is a nickname, `Maman` inside it (`Maman Galettes`); before a name it is a style', () => {
  const text = 'Le texte.\nSelon Maman Galettes, la vie est chère. Maman Odile Mbadou a parlé.';
  has(text, 'PERSON:Maman Galettes');
  has(text, 'PERSON:Odile Mbadou');
});

test('a capitalised title between commas in a list is an item, not a role (`Mots-clés : Élevage, Lamido, Kobeva`)', () => {
  hasNot('Le texte.\nMots-clés : Élevage, Lamido, Kobeva, taxe communale\n', 'PERSON:Kobeva');
  has('Il a vu le président, Firmin Mbadou, hier.', 'PERSON:Firmin Mbadou');
});

test('a district numbered with a roman ordinal (`Garoua IIIe`) is a place, before a colon too, and no person', () => {
  has('Le texte.\nGaroua IIIe : le marché à bétail retrouve ses volumes.\n', 'PLACE:Garoua IIIe');
  has('Le texte.\nFLASH ▸ Ngaoundéré IIe : le marché rouvre ▸ Météo : pluie\n', 'PLACE:Ngaoundéré IIe');
  hasNot('Le texte.\nFLASH ▸ Ngaoundéré IIe : le marché rouvre ▸ Météo : pluie\n', 'PERSON:Ngaoundéré IIe');
});

test('a family named by its surname is no person (`la famille Nzamba`, `les Nzamba` where the file names one of them)', () => {
  const text = 'Le texte.\nDans la foule, Firmin Nzamba a pleuré. « C’est le premier bachelier de la famille Nzamba. Les Nzamba sont des gens de la lagune. » La Fondation Nzamba paie les frais.';
  // The learner reads the words the rules leave: the whole index must leave the family unread.
  const index = new CorpusIndex();
  index.upsert('file:///c/bac.txt', text + '\n');
  const found = index.nameMentions('file:///c/bac.txt').map((m) => `${m.type}:${m.text}`);
  assert.deepEqual(found.filter((n) => n.endsWith(':Nzamba')), [], JSON.stringify(found));
  has(text, 'PERSON:Firmin Nzamba');
  has(text, 'INSTITUTION:Fondation Nzamba');
  // A team's nickname after its plural article is no family.
  has('Les Éperviers du Togo ont gagné.', 'INSTITUTION:Éperviers du Togo');
});

test('on a line written all in capitals a club’s name after its letters is in capitals too (`ASC KANDORO 2-1 …`)', () => {
  has('Le texte.\nASC KANDORO 2-1 ESPOIR DE SIRA\nL’ASC Kandoro a gagné.\n', 'INSTITUTION:ASC KANDORO');
});

test('a house of trade named `Chez X` is a body (`Maquis Chez Tantie Odile`); `Chez X` opening a sentence is where X lives', () => {
  const text = 'Le texte.\nPUBLICITÉ — Maquis Chez Tantie Odile, quartier Mbadou : poisson braisé.\nOn se retrouve Chez Tonton Firmin ce soir. Chez Firmin Mbadou, on rit.';
  has(text, 'INSTITUTION:Chez Tantie Odile');
  has(text, 'INSTITUTION:Chez Tonton Firmin');
  has(text, 'PERSON:Firmin Mbadou');
  hasNot(text, 'PERSON:Tantie Odile');
});
