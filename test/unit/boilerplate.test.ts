import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBoilerplateLayer } from '../../server/src/core/boilerplate';
import { DuplicateIndex } from '../../server/src/core/boilerplate/duplicates';
import { analyseBoilerplate } from '../../server/src/core/boilerplate/facts';
import type { BoilerplateBlock } from '../../server/src/core/types';
import { generatedTexts, oneStep } from '../support/steps';

// Texts of our own: a fictional site "Le Courrier du Fleuve" pasting its sidebar under articles.
const body = (topic: string) =>
  [
    `La commune de Kalaban a lancé mardi un vaste chantier consacré à ${topic}, en présence du préfet et de nombreux notables venus des villages voisins pour l’occasion.`,
    `Les travaux, prévus pour durer dix-huit mois, mobiliseront près de trois cents ouvriers recrutés localement, selon le directeur régional chargé du suivi du projet de ${topic}.`,
    `Les habitants attendent beaucoup de cette initiative qui doit, selon les autorités, transformer durablement le quotidien des familles de la zone.`,
  ].join('\n');

const SIDEBAR = [
  'Le maire de Sénou a inauguré samedi un nouveau marché couvert de deux cents étals, financé par la coopération décentralisée avec une ville partenaire du nord.',
  'Une caravane de sensibilisation contre le paludisme a sillonné pendant une semaine les quartiers périphériques de la capitale, distribuant des moustiquaires imprégnées..',
  'Les producteurs de mangues de la région espèrent exporter cette année plus de dix mille tonnes vers les marchés européens grâce à la nouvelle station de conditionnement de Bougouni.',
];

const lineOf = (text: string, b: { start: number; end: number }) => text.slice(b.start, b.end);

function article(topic: string, byline: string, sidebar: string[]): string {
  return [`Un chantier pour ${topic}`, '', body(topic), byline, ...sidebar].join('\n');
}

test('exact duplicates across files list their copies both ways', () => {
  const layer = createBoilerplateLayer();
  const a = article('l’assainissement', 'Mariam KONATÉ', SIDEBAR);
  const b = article('l’éclairage public', 'Issa DEMBÉLÉ', SIDEBAR);
  layer.setFile('a.txt', a);
  layer.setFile('b.txt', b);
  const ba = layer.blocks('a.txt').filter((x) => x.kind === 'duplicate');
  const bb = layer.blocks('b.txt').filter((x) => x.kind === 'duplicate');
  assert.equal(ba.length, 1);
  assert.equal(bb.length, 1);
  assert.equal(lineOf(a, ba[0]), SIDEBAR.join('\n'));
  assert.deepEqual(ba[0].copies, [{ file: 'b.txt', start: bb[0].start, end: bb[0].end }]);
  assert.deepEqual(bb[0].copies, [{ file: 'a.txt', start: ba[0].start, end: ba[0].end }]);
  assert.equal(ba[0].fingerprint, bb[0].fingerprint);
  // Whole lines: starts at a line start, ends at a line end (newline excluded).
  assert.ok(ba[0].start === 0 || a[ba[0].start - 1] === '\n');
  assert.ok(ba[0].end === a.length || a[ba[0].end] === '\n');
});

test('listed copies follow an edit that moves the copy in the file holding it', () => {
  // Three files share the sidebar; a copy of b's range is listed by a and by c alike.
  const layer = createBoilerplateLayer();
  const a = article('l’assainissement', 'Mariam KONATÉ', SIDEBAR);
  const b = article('l’éclairage public', 'Issa DEMBÉLÉ', SIDEBAR);
  const c = article('la voirie', 'Awa TRAORÉ', SIDEBAR);
  layer.setFile('a.txt', a);
  layer.setFile('b.txt', b);
  layer.setFile('c.txt', c);
  const inB = (file: string) => layer.blocks(file).find((x) => x.kind === 'duplicate')?.copies.find((x) => x.file === 'b.txt');
  assert.deepEqual(inB('a.txt'), inB('c.txt'));
  // b gains a line above its sidebar: a and c must list the copy where it now stands.
  const b2 = article('l’éclairage public', 'Issa DEMBÉLÉ\nPublié le 3 mars', SIDEBAR);
  layer.setFile('b.txt', b2);
  const moved = inB('a.txt');
  assert.ok(moved);
  assert.equal(lineOf(b2, moved), SIDEBAR.join('\n'));
  assert.deepEqual(inB('c.txt'), moved);
});

test('near duplicates: a changed word, a different cut, different spacing and punctuation', () => {
  const layer = createBoilerplateLayer();
  const edited = [
    SIDEBAR[0].replace('nouveau', 'grand'),
    SIDEBAR[1].slice(0, SIDEBAR[1].indexOf(', distribuant')) + '.',
    SIDEBAR[2].replace(/ /g, '  ').replace(/\.$/, ' .'),
  ];
  const a = article('l’assainissement', 'Mariam KONATÉ', SIDEBAR);
  const b = article('l’éclairage public', 'Issa DEMBÉLÉ', edited);
  layer.setFile('a.txt', a);
  layer.setFile('b.txt', b);
  const bb = layer.blocks('b.txt').filter((x) => x.kind === 'duplicate');
  assert.equal(bb.length, 1);
  assert.equal(lineOf(b, bb[0]), edited.join('\n'));
  assert.equal(bb[0].copies[0].file, 'a.txt');
});

test('bylines repeated across files are not duplicates', () => {
  const layer = createBoilerplateLayer();
  layer.setFile('a.txt', article('l’assainissement', 'Mariam KONATÉ', SIDEBAR));
  layer.setFile('b.txt', article('l’éclairage public', 'Mariam KONATÉ', SIDEBAR));
  const a = article('l’assainissement', 'Mariam KONATÉ', SIDEBAR);
  for (const blk of layer.blocks('a.txt')) assert.ok(!lineOf(a, blk).includes('Mariam KONATÉ'), 'byline flagged');
});

test('a quotation two articles share inside their own paragraphs is not flagged', () => {
  const layer = createBoilerplateLayer();
  const quote = '« Nous ne laisserons aucun village sans eau potable avant la prochaine saison des pluies, c’est un engagement ferme »';
  const a = `Le ministre de l’Hydraulique était à Kati jeudi pour lancer les forages du cercle. ${quote}, a-t-il déclaré devant les élus locaux réunis à la mairie.\nLes forages seront réalisés par une entreprise nationale.`;
  const b = `Devant la presse, vendredi, le ministre a répété sa promesse. ${quote}, a insisté le ministre, qui a visité trois chantiers dans la journée.\nLe budget alloué dépasse deux milliards.`;
  layer.setFile('a.txt', a);
  layer.setFile('b.txt', b);
  assert.deepEqual(layer.blocks('a.txt'), []);
  assert.deepEqual(layer.blocks('b.txt'), []);
});

test('chrome in one file: navigation, share prompt, Lire » teasers, lone -.', () => {
  const layer = createBoilerplateLayer();
  const text = [
    'Un chantier pour l’assainissement',
    '',
    'Actualités',
    '',
    body('l’assainissement'),
    '',
    'À lire aussi',
    '',
    'Forum de la jeunesse à Ségou',
    '',
    'Plus de mille jeunes venus de toutes les régions se sont retrouvés pendant trois jours pour débattre de l’emploi et de l’entrepreneuriat rural.',
    '',
    'Lire »',
    '',
    '-.',
    '',
    'Partagez cette page sur vos réseaux sociaux :',
  ].join('\n');
  layer.setFile('c.txt', text);
  const blocks = layer.blocks('c.txt');
  assert.ok(blocks.every((b) => b.kind === 'chrome' && b.copies.length === 0));
  const flagged = blocks.map((b) => lineOf(text, b)).join('\n');
  for (const s of ['Actualités', 'Forum de la jeunesse', 'Plus de mille jeunes', 'Lire »', '-.', 'Partagez cette page']) assert.ok(flagged.includes(s), `${s} not flagged`);
  assert.ok(!flagged.includes('La commune de Kalaban'), 'article body flagged');
  assert.ok(!flagged.includes('Un chantier pour'), 'title flagged');
});

test('cut teasers after the signature are chrome, the signature is not', () => {
  const layer = createBoilerplateLayer();
  const text = [
    body('la voirie'),
    'Awa DIAKITÉ',
    'Le conseil des ministres a adopté mercredi un projet de loi relatif à la gestion des déchets urbains dans les grandes villes du pays..',
    'La fédération de football a désigné le nouveau sélectionneur des moins de vingt ans, un ancien international passé par plusieurs clubs du B.',
    'Les enseignants du secondaire ont repris les cours après deux semaines de grève, à la suite d’un accord signé avec le ministère.',
  ].join('\n');
  layer.setFile('d.txt', text);
  const blocks = layer.blocks('d.txt');
  assert.equal(blocks.length, 1);
  assert.equal(blocks[0].kind, 'chrome');
  assert.ok(lineOf(text, blocks[0]).startsWith('Le conseil des ministres'));
  assert.ok(lineOf(text, blocks[0]).endsWith('avec le ministère.'));
});

test('incremental: adding and removing a file updates the other file’s blocks', () => {
  const layer = createBoilerplateLayer();
  const a = article('l’assainissement', 'Mariam KONATÉ', SIDEBAR);
  layer.setFile('a.txt', a);
  const dupOf = (f: string): BoilerplateBlock[] => layer.blocks(f).filter((x) => x.kind === 'duplicate');
  assert.equal(dupOf('a.txt').length, 0);
  layer.setFile('b.txt', article('l’éclairage public', 'Issa DEMBÉLÉ', SIDEBAR));
  assert.equal(dupOf('a.txt').length, 1);
  assert.deepEqual(dupOf('a.txt')[0].copies.map((c) => c.file), ['b.txt']);
  layer.setFile('c.txt', article('la voirie', 'Awa DIAKITÉ', SIDEBAR));
  assert.deepEqual(dupOf('a.txt')[0].copies.map((c) => c.file).sort(), ['b.txt', 'c.txt']);
  layer.removeFile('b.txt');
  assert.deepEqual(dupOf('a.txt')[0].copies.map((c) => c.file), ['c.txt']);
  // Editing c so it no longer carries the sidebar leaves a without duplicates.
  layer.setFile('c.txt', [body('la voirie'), 'Awa DIAKITÉ'].join('\n'));
  assert.equal(dupOf('a.txt').length, 0);
  assert.deepEqual(layer.blocks('b.txt'), []);
});

test('a block lists the files holding most of it first, then by name', () => {
  const layer = createBoilerplateLayer();
  const texts: Record<string, string> = {
    'a.txt': article('l’assainissement', 'Mariam KONATÉ', SIDEBAR),
    // Two of the three sidebar lines, under a name that sorts first.
    'b.txt': article('la voirie', 'Awa TRAORÉ', SIDEBAR.slice(0, 2)),
    'z.txt': article('l’éclairage public', 'Issa DEMBÉLÉ', SIDEBAR),
    'y.txt': article('les forages', 'Sidi COULIBALY', SIDEBAR),
  };
  for (const [f, t] of Object.entries(texts)) layer.setFile(f, t);
  const block = layer.blocks('a.txt').find((x) => x.kind === 'duplicate' && lineOf(texts['a.txt'], x) === SIDEBAR.join('\n'));
  assert.ok(block);
  assert.deepEqual(
    block.copies.map((c) => c.file),
    ['y.txt', 'z.txt', 'b.txt'],
  );
});

test('locality order: files sharing a sidebar come together, and the blocks do not depend on the order they are built in', () => {
  // Two sites' articles interleaved, as a corpus named by date lists them, with a third file of
  // neither site; every article also shares stock sentences with every other (see `body`).
  const OTHER = [
    'La fédération malienne de football a dévoilé jeudi la liste des vingt-trois joueurs retenus pour le tournoi régional qui débutera le mois prochain à Abidjan.',
    'Des pluies diluviennes ont provoqué dans la nuit de dimanche l’effondrement de plusieurs maisons en banco dans le cercle de Kati, sans faire de victimes..',
    'Le festival des arts du fleuve a réuni pendant trois jours des troupes venues de six pays de la sous-région autour du thème de la paix et du vivre-ensemble.',
  ];
  const texts: Record<string, string> = {
    'a1.txt': article('l’assainissement', 'Mariam KONATÉ', SIDEBAR),
    'b1.txt': article('la voirie', 'Awa TRAORÉ', OTHER),
    'c.txt': article('l’école', 'Oumar DIOP', []),
    'a2.txt': article('l’éclairage public', 'Issa DEMBÉLÉ', SIDEBAR),
    'b2.txt': article('le marché', 'Fanta KEITA', OTHER),
    'a3.txt': article('les forages', 'Sidi COULIBALY', SIDEBAR),
    'b3.txt': article('la santé', 'Aminata SY', OTHER),
  };
  const names = Object.keys(texts);
  const inNameOrder = createBoilerplateLayer();
  const inLocalityOrder = createBoilerplateLayer();
  for (const f of names) {
    inNameOrder.setFile(f, texts[f]);
    inLocalityOrder.setFile(f, texts[f]);
  }
  const order = inLocalityOrder.localityOrder([...names, 'unknown.txt']);
  assert.deepEqual(order, ['a1.txt', 'a2.txt', 'a3.txt', 'b1.txt', 'b2.txt', 'b3.txt', 'c.txt', 'unknown.txt']);
  const built = (layer: typeof inNameOrder, files: string[]) => {
    for (const f of files) layer.blocks(f);
    return names.map((f) => JSON.stringify(layer.blocks(f)));
  };
  const byName = built(inNameOrder, names);
  assert.deepEqual(built(inLocalityOrder, order), byName);
  assert.ok(byName.every((b, i) => names[i] === 'c.txt' || b.includes('duplicate')), 'each site article has its sidebar flagged');
  // Once the blocks are built, the order is left as given (nothing is left to gain).
  assert.deepEqual(inLocalityOrder.localityOrder(names), names);
});

test('relating near copies after a bulk load in steps (prepare) gives the blocks of doing it at once, even with a file changed midway', () => {
  const texts = generatedTexts(240, 5);
  const names = [...texts.keys()];
  const load = () => {
    const layer = createBoilerplateLayer();
    for (const [f, t] of texts) layer.setFile(f, t);
    return layer;
  };
  const blocksOf = (layer: ReturnType<typeof createBoilerplateLayer>) => names.map((f) => JSON.stringify(layer.blocks(f)));
  const atOnce = blocksOf(load());
  assert.ok(atOnce.filter((b) => b.includes('"duplicate"')).length > names.length / 2, 'the generated sites share sidebars');

  const stepped = load();
  let steps = 1;
  while (!stepped.prepare(oneStep())) steps++;
  assert.ok(steps > 5, `a bulk load of ${names.length} articles is related in several steps, not ${steps}`);
  assert.equal(stepped.prepare(() => true), true, 'nothing left');
  assert.deepEqual(blocksOf(stepped), atOnce);

  // A file edited (and another removed) while the steps are under way, early, halfway or late:
  // the blocks are those of making the change before any step.
  const edited = names[7];
  // Another file's lines, each with a word changed: new sentences, near copies of that file's.
  const newText = texts
    .get(names[8])!
    .split('\n')
    .map((line) => line.replace(/ (\p{L}+) /u, ' $1s '))
    .join('\n');
  const direct = load();
  direct.setFile(edited, newText);
  direct.removeFile(names[9]);
  const expected = blocksOf(direct);
  assert.ok(expected[7].includes(names[8]), 'the edited file holds near copies of the other');
  for (const at of [1, steps >> 1, steps - 2]) {
    const midway = load();
    for (let i = 0; i < at; i++) assert.equal(midway.prepare(oneStep()), false);
    midway.setFile(edited, newText);
    midway.removeFile(names[9]);
    while (!midway.prepare(oneStep()));
    assert.deepEqual(blocksOf(midway), expected, `changed after ${at} of ${steps} steps`);
  }
});

test('a layer loaded once (loadOnce, as the command line loads it) gives the blocks of one that can change, and then refuses changes', () => {
  const texts = generatedTexts(240, 5);
  const names = [...texts.keys()];
  // Another file's lines, each with a word changed: near copies, found through the LSH buckets only.
  const nearCopy = texts
    .get(names[8])!
    .split('\n')
    .map((line) => line.replace(/ (\p{L}+) /u, ' $1s '))
    .join('\n');
  const load = (loadOnce: boolean) => {
    const layer = createBoilerplateLayer({ loadOnce });
    for (const [f, t] of texts) layer.setFile(f, f === names[7] ? nearCopy : t);
    return layer;
  };
  const blocksOf = (layer: ReturnType<typeof createBoilerplateLayer>) => names.map((f) => JSON.stringify(layer.blocks(f)));
  const changeable = blocksOf(load(false));
  assert.ok(changeable[7].includes(names[8]), 'the near copy is found');
  const once = load(true);
  assert.deepEqual(blocksOf(once), changeable);
  assert.throws(() => once.setFile('new.txt', texts.get(names[0])!), /loaded once/);
  assert.throws(() => once.removeFile(names[0]), /loaded once/);
  // Before its first query, a layer loaded once still takes changes.
  const early = load(true);
  early.removeFile(names[9]);
  const direct = load(false);
  direct.removeFile(names[9]);
  assert.deepEqual(blocksOf(early), blocksOf(direct));
});

test('a duplicate index loaded once lets its buckets go once its groups are linked, and finds the same copies', () => {
  const texts = [...generatedTexts(120, 9).values()];
  const load = (loadOnce: boolean) => {
    const index = new DuplicateIndex((id) => id, { any: () => false, has: () => false }, loadOnce);
    texts.forEach((text, id) => {
      const facts = analyseBoilerplate(text);
      index.setFile({ id, units: facts.units, keys: facts.keys }, facts);
    });
    return index;
  };
  const keepAll = () => true;
  const copiesOf = (index: DuplicateIndex) => texts.map((_, id) => JSON.stringify(Object.values(index.copies(id, keepAll)).map((a) => [...a])));
  const changeable = load(false);
  const once = load(true);
  assert.deepEqual(copiesOf(once), copiesOf(changeable));
  // The changeable one keeps its buckets filled at the relinking, for the changes to come.
  assert.ok(changeable.stats().buckets > 0);
  assert.equal(once.stats().buckets, 0, 'let go after the relinking');
  assert.throws(() => once.removeFile(0), /loaded once/);
});
