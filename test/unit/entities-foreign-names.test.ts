/**
 * People, bodies and places from outside the region as the French-language press writes them: a surname that opens
 * with its particle after a title, a chief's title before his name, firms named the English, Chinese or Turkish way,
 * offices with lower-case complements, and a mine named after its town. Every name is made up.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CorpusIndex } from '../../server/src/core';

/** Each mention of one file as `TYPE:text`, through the whole index. */
function mentionsOf(text: string): string[] {
  const index = new CorpusIndex();
  index.upsert('file:///t/a.txt', text);
  return index.nameMentions('file:///t/a.txt').map((m) => `${m.type}:${m.text}`);
}

test('a surname that opens with its particle after a title keeps the particle; a chief’s title is not his name', () => {
  const found = mentionsOf([
    'Le directeur, M. dos Reis Carvalho, a parlé. M. ould Sidi Lemine a signé, puis M. ag Intallou et Mme van der Hoeven.',
    'Le directeur da Cunha a répondu. Assis à côté de Togbui Adjévi Kpélim III, le préfet écoutait.',
    '',
  ].join('\n'));
  for (const name of ['dos Reis Carvalho', 'ould Sidi Lemine', 'ag Intallou', 'van der Hoeven', 'da Cunha', 'Adjévi Kpélim III']) {
    assert.ok(found.includes(`PERSON:${name}`), `${name}: ${JSON.stringify(found)}`);
  }
});

test('firms named the foreign way: `&` between their words, an abbreviated or dotted legal form, a group’s letters, a publisher', () => {
  const found = mentionsOf([
    'Le chantier est confié à Hunan Xinlu Road & Bridge depuis mars. Le cabinet Ashby & Kerr Mining Consultants a rendu son rapport.',
    'Norgate Gold Corp. a réagi. Les firmes Karadere Yapı A.Ş. et Kalmar Holding S.A. ont livré. Le GIE Dimbali Ñu Bokk a reçu un prêt.',
    '© 2026 Les Éditions du Ferlo SARL.',
    '',
  ].join('\n'));
  for (const body of ['Hunan Xinlu Road & Bridge', 'Ashby & Kerr Mining Consultants', 'Norgate Gold Corp.', 'Karadere Yapı A.Ş.', 'Kalmar Holding S.A.',
    'GIE Dimbali Ñu Bokk', 'Éditions du Ferlo SARL']) assert.ok(found.includes(`INSTITUTION:${body}`), `${body}: ${JSON.stringify(found)}`);
});

test('an office takes its lower-case complements and stops before the verb; a newsroom’s desk under a byline is no body', () => {
  const found = mentionsOf([
    'Par Aliou KANE',
    'Service des sports',
    'L’Inspection régionale du travail et de la sécurité sociale de Kédira enquête avec le Service régional des mines et de la géologie.',
    'La Cour suprême et rappelle que la loi s’applique.',
    '',
  ].join('\n'));
  assert.ok(found.includes('INSTITUTION:Inspection régionale du travail et de la sécurité sociale de Kédira'), JSON.stringify(found));
  assert.ok(found.includes('INSTITUTION:Service régional des mines et de la géologie'), JSON.stringify(found));
  assert.ok(found.includes('INSTITUTION:Cour suprême'), JSON.stringify(found));
  assert.ok(!found.includes('INSTITUTION:Service des sports'), JSON.stringify(found));
});

test('a mine’s company named after its town leaves the town’s name alone a place', () => {
  const found = mentionsOf([
    'Éboulement à la mine d’or de Faléya',
    'La mine est exploitée par Faléya Gold Mining SA depuis 2019. Les jeunes de Faléya manifestent.',
    'Tags : Faléya, or',
    '',
  ].join('\n'));
  assert.ok(found.includes('INSTITUTION:Faléya Gold Mining SA'), JSON.stringify(found));
  assert.ok(!found.includes('INSTITUTION:Faléya'), JSON.stringify(found));
});

test('a news agency known by its two names, a chairman’s letters, a regional directorate in lower case', () => {
  const found = mentionsOf('Selon l’agence Chine nouvelle (Xinhua), le PCA de la coopérative Kanfo a démissionné. La direction régionale des Mines enquête. Il part en direction de Kédira.\n');
  assert.ok(found.includes('INSTITUTION:Chine nouvelle'), JSON.stringify(found));
  assert.ok(found.includes('INSTITUTION:Xinhua'), JSON.stringify(found));
  assert.ok(found.includes('INSTITUTION:direction régionale des Mines'), JSON.stringify(found));
  assert.ok(!found.includes('INSTITUTION:PCA'), JSON.stringify(found));
  assert.ok(!found.some((m) => m.startsWith('INSTITUTION:direction de')), JSON.stringify(found));
});

test('`la direction de X` is a firm’s management, `en direction de X` a way to a place', () => {
  const found = mentionsOf('La société de manutention Sotrakanda emploie quarante dockers. Hier, la direction de Sotrakanda et les délégués du syndicat ont signé. Les camions roulent en direction de Kédira.\n');
  assert.ok(!found.includes('PLACE:Sotrakanda'), JSON.stringify(found));
  assert.equal(found.filter((m) => m === 'INSTITUTION:Sotrakanda').length, 2, JSON.stringify(found));
  assert.ok(found.includes('PLACE:Kédira'), JSON.stringify(found));
});

test('a body’s complement stops at a ministry, a body of its own', () => {
  const found = mentionsOf('La Direction des pêches maritimes du ministère de l’Économie bleue a publié les quotas.\n');
  assert.ok(found.includes('INSTITUTION:Direction des pêches maritimes'), JSON.stringify(found));
  assert.ok(found.includes('INSTITUTION:ministère de l’Économie bleue'), JSON.stringify(found));
});
