/**
 * Pages that are not plain reports: a death notice's names (a woman's maiden and married names, the families
 * listed by surname), a communiqué's letterhead in capitals, a call for tenders' bodies and a firm's legal
 * form, a department as a territory. Every name is made up.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CorpusIndex } from '../../server/src/core';
import { findDates } from '../../server/src/core/dates';

/** Each mention of one file as `TYPE:text`, through the whole index. */
function mentionsOf(text: string): string[] {
  const index = new CorpusIndex();
  index.upsert('file:///t/a.txt', text);
  return index.nameMentions('file:///t/a.txt').map((m) => `${m.type}:${m.text}`);
}

test('a woman named with her maiden or married name is one person; families listed by surname are nobody', () => {
  const found = mentionsOf([
    'Son épouse, Mme TAPSOBA née YAMEOGO Bernadette ;',
    'Ses enfants : Adjaratou épouse SOMDA, Mme KIEMDE Salamata épouse ZOUNGRANA ;',
    'Les familles alliées SOMDA, OUEDRAOGO et KIEMDE ont la douleur de vous annoncer le décès.',
    '',
  ].join('\n'));
  assert.ok(found.includes('PERSON:TAPSOBA née YAMEOGO Bernadette'), JSON.stringify(found));
  assert.ok(found.includes('PERSON:KIEMDE Salamata épouse ZOUNGRANA'), JSON.stringify(found));
  assert.ok(!found.some((m) => m === 'PERSON:OUEDRAOGO' || m === 'PERSON:YAMEOGO Bernadette'), JSON.stringify(found));
});

test('a letterhead in capitals names its bodies whole: little words, adjectives and a programme with its acronym', () => {
  const found = mentionsOf([
    'MINISTÈRE DE L’AGRICULTURE ET DE L’ÉLEVAGE',
    'PRÉFECTURE DE LA RÉGION DU BAFING-NORD',
    'CONSEIL RÉGIONAL DU BAFING-NORD',
    'PROGRAMME D’APPUI À LA RÉHABILITATION DES PISTES RURALES (PARPR)',
    'Le communiqué de la Préfecture de Touméta est parvenu hier.',
    '',
  ].join('\n'));
  for (const body of ['MINISTÈRE DE L’AGRICULTURE ET DE L’ÉLEVAGE', 'PRÉFECTURE DE LA RÉGION DU BAFING-NORD', 'CONSEIL RÉGIONAL DU BAFING-NORD',
    'PROGRAMME D’APPUI À LA RÉHABILITATION DES PISTES RURALES', 'Préfecture de Touméta']) assert.ok(found.includes(`INSTITUTION:${body}`), `${body}: ${JSON.stringify(found)}`);
});

test('a firm named with its sector and its legal form; two bodies joined by `et de la`; a department is a place', () => {
  const found = mentionsOf([
    '© 2026 Tous droits réservés · Kolomba Communication SARL.',
    'Joindre les attestations de la Direction générale des Impôts et de la CNSS.',
    'Les pistes du département de Zénoula et du Département de Kafouré seront reprises. Le Département d’État a réagi.',
    '',
  ].join('\n'));
  assert.ok(found.includes('INSTITUTION:Kolomba Communication SARL'), JSON.stringify(found));
  assert.ok(found.includes('INSTITUTION:Direction générale des Impôts'), JSON.stringify(found));
  assert.ok(found.includes('INSTITUTION:CNSS'), JSON.stringify(found));
  assert.ok(!found.some((m) => m.startsWith('INSTITUTION:département') || m.startsWith('INSTITUTION:Département de')), JSON.stringify(found));
  assert.ok(found.includes('INSTITUTION:Département d’État'), JSON.stringify(found));
});

test('a year at a line’s end is a year, whatever the next line starts with', () => {
  assert.deepEqual(findDates('Fait à Touméta, le 5 mai 2026\nP.O. Le Préfet de Région, empêché\n').map((m) => m.text), ['5 mai 2026']);
});

test('a shop named by its trade in an advertisement is a body; the trade’s noun in a sentence names none', () => {
  const found = mentionsOf('PUBLICITÉ — Atelier Wendpanga : broderie sur mesure.\nPUBLICITÉ — Pompes funèbres Naaba-Yiri : corbillards.\nLes pompes à eau sont en panne.\n');
  assert.ok(found.includes('INSTITUTION:Atelier Wendpanga'), JSON.stringify(found));
  assert.ok(found.includes('INSTITUTION:Pompes funèbres Naaba-Yiri'), JSON.stringify(found));
  assert.ok(!found.some((m) => m.startsWith('INSTITUTION:pompes')), JSON.stringify(found));
});
