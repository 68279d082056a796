/**
 * Rules that let the recognisers find names they have never seen, from linguistic cues alone.
 * Every example is made up for these tests.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognize } from '../../server/src/core/entities';
import { createNameLayer } from '../../server/src/core/linking/nameLayer';
import { findDates } from '../../server/src/core/dates';
import { has, hasNot, names } from '../support/names';


test('a bracketed acronym fixes the span of the name before it, lower-case words included', () => {
  const t = "Une étude de l'Institut d'économie rurale et de gestion des sols de Sikasso (IERGSS) est parue.";
  has(t, "INSTITUTION:Institut d'économie rurale et de gestion des sols de Sikasso");
  has(t, 'INSTITUTION:IERGSS');
  hasNot(t, 'PLACE:Sikasso');
  // A word of the name may be left out of the acronym; punctuation inside the name is kept.
  has("Selon l'Office national des routes/ponts et des pistes (ONRP), les travaux avancent.", 'INSTITUTION:Office national des routes/ponts et des pistes');
  // Function words may give a letter.
  has('La Société des eaux de Ségou (SDES) a relevé ses tarifs.', 'INSTITUTION:Société des eaux de Ségou');
  // Known bodies keep their gazetteer identity.
  const a = recognize('La Banque ouest-africaine de développement (BOAD) a financé la route.');
  assert.equal(a.mentions.find((m) => m.text.startsWith('Banque'))?.gazId, 'boad');
  // A person's initials are not a body.
  assert.ok(!names("Le président Ibrahim Boubacar Kanté (IBK) est rentré.").some((n) => n.startsWith('INSTITUTION')));
  // English names too.
  has('La Federal Trade Commission (FTC) enquête.', 'INSTITUTION:Federal Trade Commission');
});

test('institution heads: `à` complements, `Port autonome`, conference centres, verbs end a name', () => {
  has('Le Commissariat à la promotion des jeunes a ouvert ses portes.', 'INSTITUTION:Commissariat à la promotion des jeunes');
  // `à` + a place is a location, not part of the name.
  hasNot('Le Commissariat à Kati a fermé.', 'INSTITUTION:Commissariat à Kati');
  has('Les navires accostent au Port autonome de Lomé depuis hier.', 'INSTITUTION:Port autonome de Lomé');
  has('La rencontre a eu lieu au Centre international de conférences de Niamey.', 'PLACE:Centre international de conférences de Niamey');
  // A verb after a lower-case complement is not an adjective of the name.
  has('Le Comité de gestion financière maintient ses prévisions.', 'INSTITUTION:Comité de gestion financière');
  has('La Commission de régulation obtient gain de cause.', 'INSTITUTION:Commission de régulation');
  // A verb's plural no dictionary lists; a listed adjective in `-ent` still ends the name.
  has('Le Crous et la Direction des bourses doivent payer.', 'INSTITUTION:Direction des bourses');
  has('Le Comité permanent a parlé.', 'INSTITUTION:Comité permanent');
});

test('places found by their cue: `à X`, `ville de X`, routes, datelines, region adjectives', () => {
  has('Les camions sont bloqués à Kolondiéba depuis mardi.', 'PLACE:Kolondiéba');
  has('A Kolondiéba, les prix montent.', 'PLACE:Kolondiéba');
  has('Les habitants de la ville de Nioro ont manifesté.', 'PLACE:Nioro');
  const r = names("Le trafic sur l'axe Bamako-Kolondiéba reprend.");
  assert.ok(r.includes('PLACE:Bamako') && r.includes('PLACE:Kolondiéba'), JSON.stringify(r));
  has('NIONO, 3 mars 2024 - La campagne commence.', 'PLACE:NIONO');
  has("Les pays d'Afrique centrale se réunissent.", 'PLACE:Afrique centrale');
  // A first name, a common word or a person's surname after `à` is not a place.
  hasNot("Il a parlé à Moussa hier.", 'PLACE:Moussa');
  hasNot('Le ministre Adama Sangaré a répondu. Les questions posées à Sangaré portaient sur le budget.', 'PLACE:Sangaré');
});

test('brands and subsidiaries named with a place; foreign name endings', () => {
  has('Les opérateurs Zenith Mali et Sahel Telecom ont baissé leurs prix.', 'INSTITUTION:Zenith Mali');
  has('Selon Niger Vision, le marché est calme.', 'INSTITUTION:Niger Vision');
  // A place after a preposition then another name is not a brand.
  hasNot('le roi de Belgique Albert', 'INSTITUTION:Belgique Albert');
  has('Un accord avec la Northern Mining Corporation a été signé.', 'INSTITUTION:Northern Mining Corporation');
  has("L'ONG Sahel Rights Watch et la radio Horizon Kayes FM ont relayé l'appel.", 'INSTITUTION:Sahel Rights Watch');
  has("L'ONG Sahel Rights Watch et la radio Horizon Kayes FM ont relayé l'appel.", 'INSTITUTION:Horizon Kayes FM');
  has('Le sommet se tient à la Unity House de Lagos.', 'PLACE:Unity House');
  hasNot('Le sommet se tient à la Unity House de Lagos.', 'PERSON:Unity House');
});

test('persons: initials inside and before a name; OCR dashes; enumerations', () => {
  has('Le texte est signé par Boubacar K. TRAORE, journaliste.', 'PERSON:Boubacar K. TRAORE');
  has('Le rapport de M. S. Coulibaly a été lu.', 'PERSON:S. Coulibaly');
  hasNot('Le rapport de M. S. Coulibaly a été lu.', 'PERSON:M. S. Coulibaly');
  has('Le ministre Paul Durand-qui arrivait de Paris-a parlé.', 'PERSON:Paul Durand');
  const l = names('Étaient présents Mamadou Sidibé, Kanouté, Tessougué et Aminata Diarra.');
  for (const n of ['PERSON:Mamadou Sidibé', 'PERSON:Kanouté', 'PERSON:Tessougué', 'PERSON:Aminata Diarra']) assert.ok(l.includes(n), `${n} not in ${JSON.stringify(l)}`);
  // A defined acronym or a known place in the list is not a person.
  const c = names("Le Conseil des transporteurs (CDT) a réagi. Le président du CDT, Bakary Kéita, a parlé.");
  assert.ok(!c.includes('PERSON:CDT'), JSON.stringify(c));
  assert.ok(!names('Ils ont vu Mamadou Sidibé, Kayes et Ségou.').includes('PERSON:Kayes'));
});

test('an initial links to the one full name with that initial and surname', () => {
  const layer = createNameLayer();
  layer.setFile('a.txt', 'Le docteur Fatoumata Sanogo a opéré.', []);
  layer.setFile('b.txt', 'Selon le Dr F. Sanogo, tout va bien.', []);
  const ids = [...layer.mentions('a.txt'), ...layer.mentions('b.txt')].filter((m) => m.type === 'PERSON').map((m) => m.entityId);
  assert.equal(new Set(ids).size, 1, JSON.stringify(ids));
});

test('`au lendemain de` / `à la veille de` anything is a locution, not a date; the date after it is one', () => {
  const f = (s: string) => findDates(s).map((m) => m.text);
  assert.deepEqual(f("Il est parti au lendemain d'une réunion houleuse."), []);
  assert.deepEqual(f('À la veille du scrutin, le calme règne.'), []);
  assert.deepEqual(f('Au lendemain de la Tabaski, les cars sont pleins.'), []);
  assert.deepEqual(f('Il était arrivé la veille et repartit le lendemain.'), ['veille', 'lendemain']);
  assert.deepEqual(f('La veille du 14 mai, tout était prêt.'), ['14 mai']);
  assert.deepEqual(f('À la veille du dimanche 8 mars, elles tissent.'), ['dimanche 8 mars']);
});

test('the new cues stay linear on adversarial text', () => {
  const parts = [' Banque de la sécurité (BDLS)'.repeat(4000), ' A. B. C. D. E. F.'.repeat(8000), ' à Xyz'.repeat(8000), ' Kanouté,'.repeat(20000),
    '-x'.repeat(30000) + ' Bank', ' Alpha Beta Corporation'.repeat(3000), ' corridor Bamako-Xyz'.repeat(4000), ' Zenith Mali'.repeat(6000),
    ' Moussa Diarra, Kanouté et'.repeat(6000), ' (AB)'.repeat(10000)];
  let text = '';
  while (text.length < 600_000) text += parts.join('\n');
  const t0 = Date.now();
  const layer = createNameLayer();
  layer.setFile('adv.txt', text, []);
  layer.mentions('adv.txt');
  for (const e of layer.entities()) void e;
  const ms = Date.now() - t0;
  assert.ok(ms < 20000, `took ${ms} ms`);
});
