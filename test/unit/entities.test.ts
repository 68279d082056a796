import { test } from 'node:test';
import assert from 'node:assert/strict';
import { recognize } from '../../server/src/core/entities';
import { createNameLayer } from '../../server/src/core/linking/nameLayer';
import { CorpusIndex } from '../../server/src/core';
import { has, hasNot, names } from '../support/names';


test('titles and ranks are left out of the person span', () => {
  has('Hier, le lieutenant-colonel Bakary Sanogo a inspecté les troupes.', 'PERSON:Bakary Sanogo');
  has('La délégation était conduite par Mme Awa Keïta.', 'PERSON:Awa Keïta');
  has('Le rapport a été présenté par Dr Fanta Coulibaly devant la presse.', 'PERSON:Fanta Coulibaly');
  has('Son Excellence le Général de brigade Moussa Diarra est arrivé.', 'PERSON:Moussa Diarra');
  hasNot('Son Excellence le Général de brigade Moussa Diarra est arrivé.', 'PERSON:Général de brigade Moussa Diarra');
});

test('roles are recorded on the mention', () => {
  const m = recognize("Le ministre de la Santé et du Développement social, Kadiatou Sangaré, a ouvert la séance.").mentions.find((x) => x.type === 'PERSON');
  assert.equal(m?.text, 'Kadiatou Sangaré');
  assert.ok(m?.roles.some((r) => r.startsWith('ministre de la Santé')));
});

test('appositions after a job title', () => {
  has("Le ministre des Transports et des Infrastructures, Dramane Koné, a visité le chantier.", 'PERSON:Dramane Koné');
  has("Le porte-parole du parti, Salif Diabaté, a démenti.", 'PERSON:Salif Diabaté');
  // A role without a name is not a person.
  assert.deepEqual(names('Le président russe a reçu son homologue.').filter((n) => n.startsWith('PERSON')), []);
});

test('all-caps surnames after a first name or a title', () => {
  has('Un communiqué signé par Ibrahima KONATE a été publié.', 'PERSON:Ibrahima KONATE');
  has('Le Président BAKAYOKO a salué les efforts.', 'PERSON:BAKAYOKO');
});

test('elided articles are outside the span', () => {
  has("C'est le discours d'Adama Touré qui a marqué la journée.", 'PERSON:Adama Touré');
  has("Le rapport de l'UEMOA est attendu.", 'INSTITUTION:UEMOA');
});

test('institution heads take their complements', () => {
  has("Le ministère de l'Éducation nationale et de l'Alphabétisation a publié les résultats.", "INSTITUTION:ministère de l'Éducation nationale et de l'Alphabétisation");
  has('Une réunion de la Direction régionale de la Protection civile a eu lieu à Ségou.', 'INSTITUTION:Direction régionale de la Protection civile');
  has("La Haute Autorité de la Communication a suspendu la chaîne.", 'INSTITUTION:Haute Autorité de la Communication');
  // A job title names no institution.
  assert.deepEqual(names('Le ministre de la Justice est arrivé à Kayes.').filter((n) => n.startsWith('INSTITUTION')), []);
  // `gouvernement` is never an institution; the country inside is a place.
  const g = names('Le gouvernement de la République du Ghana a réagi.');
  assert.ok(g.includes('PLACE:République du Ghana'));
  assert.ok(!g.some((n) => n.startsWith('INSTITUTION')));
});

test('an acronym in brackets is a second mention of the same body', () => {
  const a = recognize("L'Agence nationale de la Sécurité routière (ANASER) a lancé une campagne. L'ANASER rappelle les règles.");
  const inst = a.mentions.filter((m) => m.type === 'INSTITUTION');
  assert.deepEqual(inst.map((m) => m.text), ['Agence nationale de la Sécurité routière', 'ANASER', 'ANASER']);
  assert.equal(new Set(inst.map((m) => m.key)).size, 1);
  assert.deepEqual(a.acronyms.map((d) => d.acronym), ['anaser']);
});

test('places: countries, cities, long forms, compounds, venues', () => {
  has('La délégation a quitté Ouagadougou pour Abidjan.', 'PLACE:Ouagadougou');
  has('Le Royaume du Maroc a signé.', 'PLACE:Royaume du Maroc');
  const c = names('Le partenariat Mali-Chine se renforce.');
  assert.ok(c.includes('PLACE:Mali') && c.includes('PLACE:Chine'));
  has('Les invités ont été reçus au Palais de Koulouba.', 'PLACE:Palais de Koulouba');
  has("Il a atterri à l'aéroport international Blaise Compaoré de Ouagadougou.", 'PLACE:aéroport international Blaise Compaoré');
  // Nationality adjectives and demonyms are not places.
  assert.deepEqual(names('Les Sénégalais et les autorités guinéennes ont discuté.'), []);
});

test('nothing inside event and decoration names', () => {
  assert.deepEqual(names('Il a assisté au Sommet Chine-Afrique de Pékin.').filter((n) => n.includes('Chine')), []);
  assert.deepEqual(names("Il a été fait Grand officier de l'ordre national du Burkina Faso.").filter((n) => n.includes('Burkina')), []);
  has('Les Étalons du Burkina affrontent les Éléphants de Côte d\'Ivoire.', "INSTITUTION:Éléphants de Côte d'Ivoire");
});

test('cut-off words are not annotated', () => {
  assert.deepEqual(names('Le secrétaire général de la mairie, Kou.').filter((n) => n.startsWith('PERSON')), []);
});

test('social platforms, with a cue for the one-letter name', () => {
  has('Il a réagi sur son compte Facebook.', 'INSTITUTION:Facebook');
  has('Le message publié sur la plateforme X a été supprimé.', 'INSTITUTION:X');
  assert.deepEqual(names('Le facteur X reste inconnu.'), []);
});

test('capitalised sentence starts and headlines are not names', () => {
  assert.deepEqual(names('Plusieurs responsables étaient présents. Cependant rien ne fut décidé.'), []);
});

test('corpus consistency: a surname learned in one file is a person elsewhere', () => {
  const layer = createNameLayer();
  layer.setFile('a.txt', 'Le colonel Tiémoko DEMBELE a inspecté les unités de Kati.', []);
  layer.setFile('b.txt', 'Selon le communiqué, DEMBELE rentrera vendredi à Bamako.', []);
  const b = layer.mentions('b.txt').find((m) => m.text === 'DEMBELE');
  const a = layer.mentions('a.txt').find((m) => m.text === 'Tiémoko DEMBELE');
  assert.equal(b?.type, 'PERSON');
  assert.equal(b?.entityId, a?.entityId);
});

test('corpus consistency: an acronym defined in one file is known in another', () => {
  const layer = createNameLayer();
  layer.setFile('a.txt', "L'Office national des Produits pétroliers (ONAP) a fixé les prix.", []);
  layer.setFile('b.txt', "Les nouveaux tarifs de l'ONAP entrent en vigueur.", []);
  const b = layer.mentions('b.txt').find((m) => m.text === 'ONAP');
  const a = layer.mentions('a.txt').find((m) => m.text.startsWith('Office'));
  assert.equal(b?.type, 'INSTITUTION');
  assert.equal(b?.entityId, a?.entityId);
  // Removing the defining file forgets the definition: after its article, ONAP is a body of its own.
  const office = a?.entityId;
  layer.removeFile('a.txt');
  const alone = layer.mentions('b.txt').find((m) => m.text === 'ONAP');
  assert.equal(alone?.type, 'INSTITUTION');
  assert.notEqual(alone?.entityId, office);
});

test('incremental: setFile replaces a file, removeFile drops it', () => {
  const layer = createNameLayer();
  layer.setFile('a.txt', 'Le ministre Oumou Traoré est à Mopti.', []);
  layer.setFile('b.txt', 'Rien à signaler.', []);
  assert.ok(layer.mentions('a.txt').some((m) => m.text === 'Oumou Traoré'));
  layer.setFile('a.txt', 'Le ministre Hawa Cissé est à Gao.', []);
  assert.ok(!layer.mentions('a.txt').some((m) => m.text === 'Oumou Traoré'));
  assert.ok(layer.mentions('a.txt').some((m) => m.text === 'Hawa Cissé'));
  assert.ok(![...layer.entities()].some((e) => e.canonical === 'Oumou Traoré'));
  layer.removeFile('a.txt');
  assert.deepEqual(layer.mentions('a.txt'), []);
  assert.ok(![...layer.entities()].some((e) => e.canonical === 'Hawa Cissé'));
});

test('excluded spans (dates) are never covered by a name', () => {
  const text = 'Le Conseil national de Sécurité du 12 mars a siégé.';
  const start = text.indexOf('12 mars');
  const ms = recognize(text, [{ start, end: start + 7 }]).mentions;
  assert.ok(ms.every((m) => m.end <= start || m.start >= start + 7));
});

test('1 MB of adversarial text is processed in linear time', () => {
  const parts = ['A'.repeat(50000), ' de la'.repeat(30000), ' '.repeat(1000), 'x'.repeat(80000), '12/34/56/'.repeat(10000),
    ' GOITA DIALLO KEITA'.repeat(8000), ' Conseil de la de la de la'.repeat(6000), "d'l'd'".repeat(10000), ' M. Mme Dr'.repeat(10000), '-a'.repeat(40000)];
  let text = '';
  while (text.length < 1_000_000) text += parts.join('\n');
  text = text.slice(0, 1_000_000);
  const t0 = Date.now();
  const layer = createNameLayer();
  layer.setFile('big.txt', text, []);
  layer.mentions('big.txt');
  for (const e of layer.entities()) void e;
  const ms = Date.now() - t0;
  assert.ok(ms < 20000, `took ${ms} ms`);
});

test('a name never runs across a line break: a headline ends it', () => {
  const text = 'Tourisme : les pirogues reviennent sur le lac de Débo\n\nLe préfet Alou Sangaré a salué les pêcheurs.\n';
  const index = new CorpusIndex();
  index.upsert('a.txt', text);
  for (const m of index.nameMentions('a.txt')) assert.ok(!m.text.includes('\n'), `${m.type} ${JSON.stringify(m.text)}`);
  assert.ok(index.nameMentions('a.txt').some((m) => m.text === 'Alou Sangaré' && m.type === 'PERSON'));
});
