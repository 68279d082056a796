/**
 * People as pages print them, and what stands next to them: initials where the page says they are a
 * person (an interview's speaker tag, a source with a role in apposition), the pilgrim's titles of the
 * Sahel in their spellings, a party's acronym in brackets after a person's name, and a body's name that
 * ends where the sentence's verb starts after `en`. Every example is made up for these tests.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recognize } from '../../server/src/core/entities';
import { has, hasNot } from '../support/names';

test("initials are a person as an interview's speaker tag and as a source with a role in apposition", () => {
  const interview = 'KM : Et les magasins ?\nA.N. : Le conseil en promet six.\n';
  has(interview, 'PERSON:A.N.');
  has('« Trois avertissements », confie A. K., un cadre de la direction.\n', 'PERSON:A. K.');
  // A source's initials opening a line, right after a line that ends on a market's noun (`du grand marché`).
  has('Les tontines, refuge des commerçantes du grand marché\nB.T., une ancienne caissière, parle.\n', 'PERSON:B.T.');
  // Initials with nothing around them that makes a person are left alone, and so is the end of a longer chain.
  hasNot('Le convoi, parti à 6 h, a passé K. M. sans encombre.\n', 'PERSON:K. M.');
  hasNot('Il a remis le pavillon à S. M. I., dit-on.\n', 'PERSON:M. I.');
});

test("the pilgrim's titles in their spellings are cues, not names, and no weak word of their own", () => {
  has('Le fondateur, Alhadji Boubakari Wandala, ancien transporteur, se tait.', 'PERSON:Boubakari Wandala');
  hasNot('Le fondateur, Alhadji Boubakari Wandala, ancien transporteur, se tait.', 'PERSON:Alhadji Boubakari Wandala');
  const r = recognize('« On attend », souffle Hadja Fanta Moussa, vendeuse de pagnes.');
  assert.ok(r.mentions.some((m) => m.type === 'PERSON' && m.text === 'Fanta Moussa'));
  assert.ok(!r.weak.some((w) => w.text === 'Hadja'), JSON.stringify(r.weak.map((w) => w.text)));
});

test("an acronym in brackets after a person's name is the party or body the person stands for", () => {
  const text = "Le maire de Kassa, Ibrahim Ouro-Tcha (UNIR), défend la taxe. L'élu Kodjo Abalo (ANC) réclame un audit.";
  has(text, 'INSTITUTION:UNIR');
  has(text, 'INSTITUTION:ANC');
  // A place's name in brackets is the person's town, no body.
  hasNot('Le député Issa Kolani (Togo) a voté contre.', 'INSTITUTION:Togo');
});

test("a body's name ends where a verb follows `en`, and goes on through a noun", () => {
  has('Le Conseil régional de la Kara en annonçait six en 2024.', 'INSTITUTION:Conseil régional de la Kara');
  hasNot('Le Conseil régional de la Kara en annonçait six en 2024.', 'INSTITUTION:Conseil régional de la Kara en annonçait');
});

test("a role closing a line announces no common word opening the next (`roi des arènes` / `Partager sur :`); a signature's name under its title stays a person", () => {
  hasNot('Mots-clés : Lutte, Kandé, roi des arènes\nPartager sur : Facebook | X | WhatsApp\n', 'PERSON:Partager');
  has('Fait à Kayes, le 3 mai 2026.\nLe Ministre de la Communication,\nBoubacar Ag Ilyas\n', 'PERSON:Boubacar Ag Ilyas');
});

test('a station’s letters close its name in a run of capitalised words: the person named after it is a person of their own (`sur Kanfo FM Hamidou Bio Sanni`)', () => {
  const text = '« Rien ne bouge », a déclaré sur Kanfo FM Hamidou Bio Sanni, directeur départemental.';
  has(text, 'INSTITUTION:Kanfo FM');
  has(text, 'PERSON:Hamidou Bio Sanni');
  hasNot(text, 'PERSON:Kanfo FM Hamidou Bio Sanni');
});

test('after a role and a comma, a common noun that opens a name is the name’s (`le chef de village, Bio Worou Dramane`); portfolios listed after a comma stay the role’s', () => {
  has('Selon le chef de village, Bio Kora Dramane, les silos sont vides.', 'PERSON:Bio Kora Dramane');
  hasNot('Selon le chef de village, Bio Kora Dramane, les silos sont vides.', 'PERSON:Kora Dramane');
  has('Le ministre de la Santé publique, Hygiène et Prévoyance sociale Moussa Kora parle.', 'PERSON:Moussa Kora');
});

test('a Koranic teacher’s style and the respect paid to a woman are titles, not names (`Oustaz`, `Maman`); `wa` joins a Central African name (`Kazadi wa Kazadi`)', () => {
  const text = 'Selon Maman Odile Kabanga, rien ne change. Oustaz Mamadou Lamine Sarr a prié. Le chef de terre Joseph Mbuyi wa Mbuyi a parlé.';
  for (const n of ['Odile Kabanga', 'Mamadou Lamine Sarr', 'Joseph Mbuyi wa Mbuyi']) has(text, `PERSON:${n}`);
  hasNot(text, 'PERSON:Maman Odile Kabanga');
  hasNot(text, 'PERSON:Oustaz Mamadou Lamine Sarr');
});

test('Central Africa’s first names that are French words too open a name (`Trésor Kalenga Mwenze`, `Héritier Mwansa`); the treasury stays no one', () => {
  const text = 'Trésor Kalenga Mwenze suit les tribunaux. Héritier Mwansa a parlé. Le Trésor public a payé les salaires.';
  has(text, 'PERSON:Trésor Kalenga Mwenze');
  has(text, 'PERSON:Héritier Mwansa');
  hasNot(text, 'PERSON:Trésor');
});

test('a reader’s handle names no one (`Doomu_Ndar`, `marin_de_Pondokholé`); a stray underscore before a name in scanned text does not hide it', () => {
  const text = 'Fils_de_Kalemie — 17/03/2026 à 09h58\nLe site Horizon Kalemie publie. Au _Nigeria il pleut.';
  hasNot(text, 'PLACE:Kalemie');
  hasNot(text, 'INSTITUTION:Kalemie');
  has(text, 'PLACE:Nigeria');
});
