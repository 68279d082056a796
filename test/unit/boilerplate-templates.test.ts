/**
 * Site templates learnt from the corpus, and the structural cues of furniture, on two sites of our
 * own: "La Gazette du Fleuve", whose pages print a ticker, tags and a reactions counter that vary
 * per article, and "Le Courrier du Sahel", another template. No line of these tests comes from a
 * fixture or a seed.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBoilerplateLayer, type BoilerplateLayer } from '../../server/src/core/boilerplate';
import { CorpusIndex } from '../../server/src/core/corpus/corpusIndex';
import { shapeText, shapeTokens } from '../../server/src/core/boilerplate/lineShape';
import { isCopyright, isDateStamp, isMenuOrTrail, RELATED_HEADING, teaserStart } from '../../server/src/core/boilerplate/furnitureCues';
import type { BoilerplateBlock } from '../../server/src/core/types';
import { gazette, GAZETTE, gazetteTexts, para, sahel } from '../support/siteTemplates';

const tokens = (s: string) => shapeTokens(s, 0, s.length);

function load(texts: Record<string, string>): BoilerplateLayer {
  const layer = createBoilerplateLayer();
  for (const [f, t] of Object.entries(texts)) layer.setFile(f, t);
  return layer;
}

const lineOf = (text: string, b: { start: number; end: number }) => text.slice(b.start, b.end);
/** Each flagged line of the file, with the kind of its block. */
function flagged(layer: BoilerplateLayer, file: string, text: string): Map<string, BoilerplateBlock['kind']> {
  const out = new Map<string, BoilerplateBlock['kind']>();
  for (const b of layer.blocks(file)) for (const line of lineOf(text, b).split('\n')) out.set(line, b.kind);
  return out;
}


test('structural cues: menus and trails, copyright lines, date stamps, "see also" lines', () => {
  for (const s of ['Accueil › Économie › Agriculture', 'Accueil / Santé', 'Une | Nation | Régions | Santé | Sports', 'ACCUEIL • POLITIQUE • SOCIÉTÉ']) assert.ok(isMenuOrTrail(tokens(s)), s);
  for (const s of ['Mali / Burkina / Niger', 'Prix : 300 FCFA | 250 FCFA', 'Accueil › La ministre a reçu les élus du cercle de Kati hier']) assert.ok(!isMenuOrTrail(tokens(s)), s);
  assert.ok(isCopyright(tokens('© 2025 Gazette du Fleuve – Tous droits réservés')));
  assert.ok(!isCopyright(tokens('La Gazette du Fleuve, fondée en 1998, tire à dix mille exemplaires')));
  for (const s of ['Mis en ligne le 03/02/2025 à 10h15', 'Vendredi 7 Mars 2025 - 18:40', '07.03.2025 – 18h40 (modifié le 08.03 à 09h00)', 'Édition n° 512 du vendredi 7 mars 2025'])
    assert.ok(isDateStamp(tokens(s), s), s);
  // A dateline names its place first; a sentence with a date in it is not a stamp.
  for (const s of ['Ségou, le 7 mars 2025', 'Le 7 mars 2025, les élus du cercle ont voté le budget de la commune', 'La réunion a commencé à 10h15']) assert.ok(!isDateStamp(tokens(s), s), s);
  assert.ok(teaserStart(tokens('Voir aussi : Élevage : un marché à bétail moderne ouvre à Niono')) > 0);
  assert.ok(teaserStart(tokens('LIRE AUSSI >> Élevage : un marché à bétail moderne ouvre à Niono')) > 0);
  // A box's heading names no article; a sentence that starts with the words is not a teaser.
  for (const s of ['À lire aussi', 'Lire aussi :', 'À lire aussi dans la rubrique Société :', 'Voir aussi la carte publiée hier']) assert.equal(teaserStart(tokens(s)), -1, s);
});

test('a line shape masks numbers, dates and names, and reads back in the line’s own spelling', () => {
  const shape = (s: string, prefix = false) => shapeText(s, tokens(s), prefix);
  assert.equal(shape('Mis en ligne le 03/02/2025 à 10h15'), 'Mis en ligne le # à #');
  assert.equal(shape('Vendredi 7 Mars 2025 - 18:40'), '# - #');
  assert.equal(shape('Vos réactions (12)'), 'Vos réactions (#)');
  assert.equal(shape('Thèmes : riz, irrigation', true), 'Thèmes : …');
  assert.equal(shape('Par Kadidia SANGARÉ et Issa Traoré'), 'Par Xxx et Xxx');
  assert.equal(shape('LE COURRIER DU SAHEL'), 'XXX');
});

test('furniture that varies per article is learnt from the site’s pages: ticker, tags, reactions counter', () => {
  const texts = gazetteTexts();
  const layer = load(texts);
  for (const [f, p] of Object.entries(gazette)) {
    const got = flagged(layer, f, texts[f]);
    assert.equal(got.get(`Flash info : ${p.ticker}`), 'template', `${f}: ticker`);
    assert.equal(got.get(`Thèmes : ${p.tags}`), 'template', `${f}: tags`);
    assert.equal(got.get(`Vos réactions (${p.reactions})`), 'template', `${f}: reactions`);
    for (const s of [`Mis en ligne le ${p.date} à 10h15`, 'Accueil | Politique | Économie | Société | Culture', '© Gazette du Fleuve – Tous droits réservés']) assert.ok(got.has(s), `${f}: ${s}`);
    // The headline, the signature and the article's paragraphs are the article.
    for (const s of [p.headline, 'Par Kadidia SANGARÉ', para(p.topic, 0), para(p.topic, 1), para(p.topic, 2)]) assert.ok(!got.has(s), `${f}: ${s} flagged`);
  }
  // Why, for the hover: the shape, on how many articles, of which site; the other pages' lines as copies.
  const reactions = layer.blocks('g1.txt').find((b) => lineOf(texts['g1.txt'], b) === 'Vos réactions (3)')!;
  assert.deepEqual(reactions.template, { shape: 'Vos réactions (#)', region: 'bottom', articles: 3, site: 'GAZETTE DU FLEUVE – L’actualité de la vallée' });
  assert.deepEqual(
    reactions.copies.map((c) => `${c.file}:${lineOf(texts[c.file], c)}`),
    ['g2.txt:Vos réactions (0)', 'g3.txt:Vos réactions (12)'],
  );
  // One fingerprint per shape: ignoring it ignores the template on every page.
  const other = layer.blocks('g3.txt').find((b) => lineOf(texts['g3.txt'], b) === 'Vos réactions (12)')!;
  assert.equal(other.fingerprint, reactions.fingerprint);
  // With the template layer off, none of it is learnt.
  const off = createBoilerplateLayer({ templates: false });
  for (const [f, t] of Object.entries(texts)) off.setFile(f, t);
  assert.ok(!off.blocks('g1.txt').some((b) => b.kind === 'template'));
});

test('one page is not a template: a shape must recur on another page of the site', () => {
  const texts = gazetteTexts();
  const layer = load({ 'g1.txt': texts['g1.txt'] });
  const got = flagged(layer, 'g1.txt', texts['g1.txt']);
  assert.ok(!got.has(`Thèmes : ${gazette['g1.txt'].tags}`));
  assert.ok(!got.has('Vos réactions (3)'));
});

test('a shape common on one site does not condemn the same words on another site’s page', () => {
  const texts: Record<string, string> = {
    ...gazetteTexts(),
    // The Courrier's pages share their masthead, menu and copyright with each other, not with the Gazette.
    's1.txt': sahel('Santé : le centre de Macina reçoit une ambulance', 'ambulance', ['Thèmes : une ambulance attendue depuis six ans par les familles']),
    's2.txt': sahel('Justice : le procès des faux diplômes renvoyé à avril', 'proces', []),
  };
  const layer = load(texts);
  const got = flagged(layer, 's1.txt', texts['s1.txt']);
  assert.ok(!got.has('Thèmes : une ambulance attendue depuis six ans par les familles'), 'a Gazette shape condemned a Courrier line');
  // The same line on a Gazette page would be template furniture.
  assert.equal(flagged(layer, 'g1.txt', texts['g1.txt']).get(`Thèmes : ${gazette['g1.txt'].tags}`), 'template');
});

/** Per article: paragraphs of its own that open with the words of the site's furniture. */
const LOOKALIKES: Record<string, string[]> = {
  'g1.txt': [
    'Flash info : la nouvelle de la réhabilitation a fait le tour des villages riverains en quelques heures, et les coopératives ont aussitôt demandé à être reçues par le préfet.',
    'Thèmes : la commission a retenu l’eau, la terre et le crédit, trois dossiers qui reviennent à chaque session du conseil régional depuis 2019 sans être tranchés.',
    'Vos réactions (nombreuses) ont toutes été lues par la rédaction.',
    // An intertitle of this article only, with the tags' label.
    'Thèmes : l’eau et la terre',
  ],
  'g2.txt': [
    'Flash info : c’est par la radio rurale que les maraîchères ont appris l’arrivée du forage, une semaine avant les techniciens chargés de l’installer au bord du fleuve.',
    'Mis en ligne le mois dernier, le cahier des charges impose une pompe réparable sur place et une formation de deux membres du groupement à la maintenance des panneaux.',
    'Vos réactions à cette initiative sont les bienvenues, a lancé la présidente.',
  ],
  'g3.txt': [
    'Mis en ligne le 3 février, le registre des ventes doit permettre de suivre les animaux d’un marché à l’autre et de limiter les vols dénoncés par les éleveurs de la région.',
    'Thèmes : sécurité des troupeaux, prix du fourrage et accès à l’eau ont dominé la réunion que le préfet a tenue avec les associations d’éleveurs à la veille de l’ouverture.',
  ],
};

test('real paragraphs and sentences that share a phrase with the template are never flagged', () => {
  const pages = Object.fromEntries(Object.entries(gazette).map(([f, p]) => [f, { ...p, inline: LOOKALIKES[f] }]));
  const texts = Object.fromEntries(Object.entries(pages).map(([f, p]) => [f, GAZETTE(p)]));
  const layer = load(texts);
  for (const [f, p] of Object.entries(pages)) {
    const got = flagged(layer, f, texts[f]);
    for (const s of p.inline) assert.ok(!got.has(s), `${f}: ${s.slice(0, 40)}… flagged`);
    assert.equal(got.get(`Thèmes : ${p.tags}`), 'template', `${f}: the template line itself`);
  }
});

test('a teaser naming another article of the corpus is furniture there and a link; the named headline stays article text', () => {
  const texts = gazetteTexts();
  const layer = load(texts);
  const g1 = flagged(layer, 'g1.txt', texts['g1.txt']);
  const g2 = flagged(layer, 'g2.txt', texts['g2.txt']);
  const teaser = `Voir aussi : ${gazette['g1.txt'].headline}`;
  assert.equal(g2.get(teaser), 'chrome');
  assert.ok(!g1.has(gazette['g1.txt'].headline), 'the headline its teaser names is flagged');
  const links = layer.teaserLinks('g2.txt');
  assert.equal(links.length, 1);
  assert.equal(texts['g2.txt'].slice(links[0].start, links[0].end), gazette['g1.txt'].headline);
  assert.equal(links[0].file, 'g1.txt');
  assert.equal(lineOf(texts['g1.txt'], links[0].target), gazette['g1.txt'].headline);
  // A listed headline (dash, then date) links too; the other side knows who names it.
  assert.deepEqual(
    layer.teaserLinks('g3.txt').map((l) => l.file),
    ['g2.txt'],
  );
  assert.deepEqual(layer.namedBy('g1.txt'), ['g2.txt']);
  assert.deepEqual(layer.namedBy('g2.txt'), ['g3.txt']);
  // Renaming g1's headline breaks the link.
  const renamed = texts['g1.txt'].replace(gazette['g1.txt'].headline, 'Riziculture : travaux sur la digue');
  layer.setFile('g1.txt', renamed);
  assert.deepEqual(layer.teaserLinks('g2.txt'), []);
  assert.deepEqual(layer.namedBy('g1.txt'), []);
});

test('a change names the pages of the site whose template lines it makes come or go, even when it lists none of them', () => {
  // On g1 the counter stands under a related-articles heading: chrome there, listing no other page,
  // yet one of the counters g2's and g3's stand on.
  const texts = gazetteTexts();
  texts['g1.txt'] = texts['g1.txt'].replace('Vos réactions (3)', 'Sur le même sujet\nVos réactions (3)');
  const index = new CorpusIndex();
  for (const [f, t] of Object.entries(texts)) index.upsert(f, t);
  for (const f of Object.keys(texts)) index.boilerplate(f);
  const counter = (f: string) => {
    const at = index.text(f)!.indexOf('Vos réactions');
    return at < 0 ? undefined : index.boilerplate(f).find((b) => b.start <= at && at < b.end);
  };
  assert.equal(counter('g1.txt')?.kind, 'chrome');
  assert.equal(counter('g2.txt')?.template?.articles, 3);
  // g2 drops its counter: g3's still stands on g1's, which g2 never listed; nothing comes or goes.
  index.upsert('g2.txt', texts['g2.txt'].replace('Vos réactions (0)\n', ''));
  assert.deepEqual(index.templateNeighbours(), []);
  assert.equal(counter('g3.txt')?.template?.articles, 2);
  // g1 drops its own: g3's counter has no other page left, and is told so.
  index.upsert('g1.txt', texts['g1.txt'].replace('Vos réactions (3)\n', ''));
  assert.deepEqual(index.templateNeighbours(), ['g3.txt']);
  assert.equal(counter('g3.txt')?.kind, 'chrome');
  // An edit of the article's text changes no key other pages read: it names none.
  for (const f of Object.keys(texts)) index.boilerplate(f);
  index.upsert('g3.txt', index.text('g3.txt')!.replace('six jours sur sept', 'sept jours sur sept'));
  assert.deepEqual(index.templateNeighbours(), []);
});

test('a teaser naming a related article adds a reason to the pair, and makes no pair by itself', () => {
  // Each article signed by its own reporter: a shared signature would relate them all.
  const bylines: Record<string, string> = { 'g1.txt': 'Par Kadidia SANGARÉ', 'g2.txt': 'Par Oumou DEMBÉLÉ', 'g3.txt': 'Par Sidiki KONÉ' };
  const texts: Record<string, string> = Object.fromEntries(Object.entries(gazette).map(([f, p]) => [f, GAZETTE({ ...p, byline: bylines[f] })]));
  // A follow-up of g1's story (the dike) whose "see also" line names g1's headline.
  texts['g4.txt'] = GAZETTE({
    headline: 'Sélingué : la digue réhabilitée tient bon face à la première crue',
    topic: 'digue',
    ticker: 'le bac de Kouroumalé reprend du service',
    tags: 'riz, digues, crue',
    reactions: 5,
    date: '02/08/2025',
    byline: 'Par Kadidia SANGARÉ',
    inline: [
      `Voir aussi : ${gazette['g1.txt'].headline}`,
      'La digue de Sélingué, réhabilitée avant l’hivernage, a résisté samedi à la première crue : les riziculteurs des casiers de la rive gauche ont pu repiquer sans perte, selon le conseil régional.',
    ],
  }).replace(para('digue', 1), 'Les riziculteurs de Sélingué redoutaient une troisième campagne perdue ; le conseil régional avait promis de financer la digue par un prêt concessionnel et une contribution des communes.');
  const index = new CorpusIndex();
  for (const [f, t] of Object.entries(texts)) index.upsert(f, t);
  const g4 = index.related('g4.txt').find((r) => r.file === 'g1.txt');
  assert.ok(g4, JSON.stringify(index.related('g4.txt')));
  assert.ok(g4.reasons.includes(`a teaser here names it: ${gazette['g1.txt'].headline}`), JSON.stringify(g4.reasons));
  const g1 = index.related('g1.txt').find((r) => r.file === 'g4.txt');
  assert.ok(g1?.reasons.includes('a teaser there names this article'), JSON.stringify(g1?.reasons));
  // g2's teaser also names g1, but their stories differ: no pair, no reason.
  assert.ok(!index.related('g2.txt').some((r) => r.file === 'g1.txt'), JSON.stringify(index.related('g2.txt')));
});

test('"see also" lines opened or cut by arrows (`>> Lire aussi : …`, `LIRE AUSSI ▸ …`, `LIRE AUSSI → …`), stamps with an update time or a reading time, and `LE PLUS LU` headings are furniture', () => {
  for (const s of ['>> Lire aussi : Élevage : un marché à bétail moderne ouvre à Niono', 'LIRE AUSSI ▸ Coton : la filière fixe le prix du kilo', 'LIRE AUSSI → Basket : deux clubs dos à dos avant les play-offs', 'LIRE AUSSI ► Pêche : le poisson de retour sur les étals'])
    assert.ok(teaserStart(tokens(s)) > 0, s);
  for (const s of ['Publié le mardi 15 septembre 2026 à 8 h 05 — Mis à jour à 16 h 30', 'Publié le jeudi 14 mai 2026 à 8 h 50 | Lecture : 4 min'])
    assert.ok(isDateStamp(tokens(s), s), s);
  assert.ok(!isDateStamp(tokens('Le 7 mars 2025, les élus du cercle ont voté le budget à 10 h 30 pour la commune'), ''));
  assert.ok(RELATED_HEADING.test('le plus lu cette semaine') && RELATED_HEADING.test('a la une cette semaine'));
});

test('a box heading `à la une` of the evening, the morning or the day is furniture', () => {
  for (const s of ['a la une ce soir', 'a la une ce matin', 'a la une du jour']) assert.ok(RELATED_HEADING.test(s), s);
  assert.ok(!RELATED_HEADING.test('a la une'));
});

test('box headings of the latest dispatches and the most shared are furniture, in a real page', () => {
  for (const s of ['dernieres depeches', 'dernieres infos', 'les plus partages', 'a ne pas manquer']) assert.ok(RELATED_HEADING.test(s), s);
  const text = [
    'Le Guetteur de Kandara',
    'Le conseil municipal de Kandara a voté hier le budget de la commune pour 2026, après trois heures de débats animés.',
    'Les élus ont retenu la réfection du marché central et la construction de deux écoles dans les quartiers nord.',
    'DERNIÈRES DÉPÊCHES',
    '▪ 03/04/2026 | Football : le derby reporté à dimanche',
    '▪ 02/04/2026 | Société : la route du fleuve fermée aux camions',
  ].join('\n');
  const got = flagged(load({ 'k1.txt': text }), 'k1.txt', text);
  assert.ok(got.has('DERNIÈRES DÉPÊCHES'), JSON.stringify([...got]));
  assert.ok(!got.has(text.split('\n')[1]));
});

test('a box heading of the site’s own words, in capitals above its teasers, is furniture; a signature in capitals above them is not', () => {
  const page = (heading: string) =>
    [
      'Le Guetteur de Kandara',
      'Le conseil municipal de Kandara a voté hier le budget de la commune pour 2026, après trois heures de débats animés dans la salle des fêtes.',
      'Les élus ont retenu la réfection du marché central et la construction de deux écoles dans les quartiers nord de la ville, a précisé le maire.',
      heading,
      '› 03/04/2026 — Tounfa : le derby reporté à dimanche après les pluies',
      '› 02/04/2026 — Kobéra : la route du fleuve fermée aux camions de sable',
    ].join('\n');
  const box = page('EN CE MOMENT SUR LE GUETTEUR');
  assert.ok(flagged(load({ 'k1.txt': box }), 'k1.txt', box).has('EN CE MOMENT SUR LE GUETTEUR'));
  const signed = page('MOUSSA KONÉ');
  assert.ok(!flagged(load({ 'k1.txt': signed }), 'k1.txt', signed).has('MOUSSA KONÉ'));
});
