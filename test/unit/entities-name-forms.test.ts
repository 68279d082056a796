/**
 * Forms the region's press gives names that the rules had not read: dashed initials, readers signing with an
 * initial, surnames first in capitals, ministries listing portfolios without their `de`, shops named by their
 * trade, and where a body's name stops before `pour` or `contre`. Every name is made up for these tests (no name
 * of the fixtures).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CorpusIndex } from '../../server/src/core';
import { has, hasNot } from '../support/names';

test('two initials joined by a dash open a name (`J.-B. Kouamé`, a compound first name)', () => {
  has('Publié par J.-B. KOUAMÉ et H.-P. Dossou le 3 mars.', 'PERSON:J.-B. KOUAMÉ');
  has('Publié par J.-B. KOUAMÉ et H.-P. Dossou le 3 mars.', 'PERSON:H.-P. Dossou');
  hasNot('Publié par J.-B. KOUAMÉ et H.-P. Dossou le 3 mars.', 'PERSON:B. KOUAMÉ');
  has('Selon J.-B. Kouamé, directeur, tout va bien.', 'PERSON:J.-B. Kouamé');
});

test('a reader signing a comment with a first name and an initial is a person (`Odile T. – Bravo`); an honorific is no signature', () => {
  has('Odile T. – Bravo aux infirmiers de Lokossa.\nRené B. : Enfin une bonne nouvelle.', 'PERSON:Odile T.');
  has('Odile T. – Bravo aux infirmiers de Lokossa.\nRené B. : Enfin une bonne nouvelle.', 'PERSON:René B.');
  // Inside a sentence a first name and a capital letter are no signature.
  hasNot('Le maire a salué Odile T. et ses collègues.', 'PERSON:Odile T.');
});

test('a surname in capitals before the first name is one person (`RANDRIAMBOLA Jean-Claude`); an acronym after its article is not', () => {
  has('L’assignation vise aussi « RANDRIAMBOLA Jean-Claude, gérant », absent à l’audience.', 'PERSON:RANDRIAMBOLA Jean-Claude');
  hasNot('RÉSULTATS DU BAC Firmin est reçu.', 'PERSON:BAC Firmin');
  // After its article the word in capitals is a club's acronym: the rules leave the pair a guess the corpus reads.
  const index = new CorpusIndex();
  index.upsert('file:///c/record.txt', 'À 29 ans, l’athlète de l’ASKO Firmin améliore son record. Le président de l’ASKO a salué la performance de Moussa Traoré.\n');
  const club = index.nameMentions('file:///c/record.txt').find((m) => m.text === 'ASKO Firmin');
  assert.notEqual(club?.type, 'PERSON', JSON.stringify(index.nameMentions('file:///c/record.txt')));
});

test('a ministry listing its portfolios without their `de` keeps them all (`des Eaux, Forêts, Chasse et Pêche`); people after it are not portfolios', () => {
  has('Le ministère des Eaux, Forêts, Chasse et Pêche a retiré le permis.', 'INSTITUTION:ministère des Eaux, Forêts, Chasse et Pêche');
  has('Le ministère de la Santé, Firmin Dossou et Odile Tchibozo ont signé.', 'INSTITUTION:ministère de la Santé');
  hasNot('Le ministère de la Santé, Firmin Dossou et Odile Tchibozo ont signé.', 'INSTITUTION:ministère de la Santé, Firmin Dossou et Odile Tchibozo');
});

test('a shop or firm named by its trade is a body (`Pharmacie Zongo`, `Imprimerie Kpakpa`, `Assurances Wologuèdè`)', () => {
  has('PUBLICITÉ – Pharmacie Zongo : ouverte la nuit', 'INSTITUTION:Pharmacie Zongo');
  has('PUBLICITÉ — Imprimerie Kpakpa, Cadjèhoun : cartes et affiches', 'INSTITUTION:Imprimerie Kpakpa');
  has('PUBLICITÉ – Assurances Wologuèdè : votre moto assurée', 'INSTITUTION:Assurances Wologuèdè');
  hasNot('La pharmacie du quartier a fermé.', 'INSTITUTION:pharmacie du quartier');
});

test('`pour` and `contre` after a name the tail read end the body (`… de Lokossa pour faire`, `Coopérative Zongo contre X`); after the head they open its complement', () => {
  has('Il a saisi le Tribunal de première instance de Lokossa pour faire annuler la vente.', 'INSTITUTION:Tribunal de première instance de Lokossa');
  has('Le litige oppose la Coopérative Zongo contre KPAKPA SARL.', 'INSTITUTION:Coopérative Zongo');
  has('L’Union pour la Renaissance et l’Office de lutte contre la fraude ont signé.', 'INSTITUTION:Union pour la Renaissance');
  has('L’Office de lutte contre la fraude a signé.', 'INSTITUTION:Office de lutte contre la fraude');
});

test('the Conseil d’État is a body, whatever the apostrophe; a state company is not (`Société d’État`)', () => {
  has('Le recours devant le Conseil d’État est rejeté.', 'INSTITUTION:Conseil d’État');
  has("Le recours devant le Conseil d'Etat est rejeté.", "INSTITUTION:Conseil d'Etat");
  hasNot('Une Société d’État a été créée.', 'INSTITUTION:Société d’État');
});

test('a head or a venue closing its line takes nothing from the next line (`› Port`, then a headline; `au parc`, then an advert)', () => {
  hasNot('Accueil › Économie › Port\nKobaru : les dockers de la Sotrazo croisent les bras', 'INSTITUTION:Port');
  has('Le Port autonome de Lokossa a recruté.', 'INSTITUTION:Port autonome de Lokossa');
  hasNot('Deux lémuriens saisis à l’aéroport ont été confiés au parc\nPUBLICITÉ — Zongo Mobile : vos forfaits', 'PLACE:parc');
  has('Il a visité le parc Kotovao hier.', 'PLACE:parc Kotovao');
});

test('a Malagasy given name opens a person at a sentence’s start (`Mamy Kotovao a signé`)', () => {
  has('Le protocole est prêt.\nMamy Kotovao a signé.', 'PERSON:Mamy Kotovao');
});

test('a network, a collective or a platform named after its kind and members is a body (`le réseau d’observateurs Tokpa`)', () => {
  has('Le taux dépasse 40 %, selon le réseau d’observateurs Tokpa, qui a déployé soixante observateurs.', 'INSTITUTION:Tokpa');
  has('Le collectif de riverains Tokpa a saisi le maire.', 'INSTITUTION:Tokpa');
  has('La plateforme citoyenne Tokpa demande un audit.', 'INSTITUTION:Tokpa');
});

test('the publisher named after the site is the site’s company, one entity (`Tokpa Matin Médias SARL`); in the masthead the name is the site’s', () => {
  const page = '© 2026 Tokpa Matin – Édité par Tokpa Matin Médias SARL, BP 12, Lokossa\nTOKPA MATIN | L’info du Mono\nAbonnez-vous à Tokpa Matin.';
  has(page, 'INSTITUTION:Tokpa Matin Médias SARL');
  has(page, 'INSTITUTION:TOKPA MATIN');
  const index = new CorpusIndex();
  index.upsert('file:///c/a.txt', page + '\n');
  const ids = new Map(index.nameMentions('file:///c/a.txt').map((m) => [m.text, m.entityId]));
  assert.equal(ids.get('Tokpa Matin Médias SARL'), ids.get('Tokpa Matin'), JSON.stringify([...ids]));
});

test('the site’s name before a person it spoke to stays the site’s (`a déclaré à Tokpa Matin Firmin Dossou`)', () => {
  const page = '© 2026 Tokpa Matin – Tous droits réservés\n« Nous reprendrons », a déclaré à Tokpa Matin Firmin Dossou, porte-parole.';
  has(page, 'INSTITUTION:Tokpa Matin');
  hasNot(page, 'INSTITUTION:Tokpa Matin Firmin Dossou');
});

test('a capitalised `L’` glued to a surname is part of it (`Firmin L’Houmeau`); a lower-case `l’` after a name is not', () => {
  has('Les membres sont Firmin L’Houmeau et Odile Tchibozo.', 'PERSON:Firmin L’Houmeau');
  has('Moussa Traoré l’Ivoirien a gagné.', 'PERSON:Moussa Traoré');
});

test('a word of address opens no name (`Bravo Odile-Grâce, …`): the name after it is read alone', () => {
  const text = 'Le texte de la page.\nBernard T. : Bravo Odile-Grâce, la relève est là.\n';
  hasNot(text, 'PERSON:Bravo Odile-Grâce');
});
