/**
 * The parts of a dense page that a scraper keeps around the article, on a made-up site ("Le Phare du
 * Fleuve"): a long ticker above the headline, a kicker and a desk line in the article's header, an
 * author's box, readers' comments, a long advert far below the article. No line comes from a fixture
 * or a seed; the paragraphs are the shared test bodies.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBoilerplateLayer, type BoilerplateLayer } from '../../server/src/core/boilerplate';
import { articleRun, isListLine } from '../../server/src/core/boilerplate/chrome';
import { isSignedStamp } from '../../server/src/core/boilerplate/furnitureCues';
import { shapeTokens } from '../../server/src/core/boilerplate/lineShape';
import { para } from '../support/siteTemplates';

interface PharePage {
  kicker: string;
  headline: string;
  topic: string;
  ticker: string[];
  date: string;
  author: string;
  comments: [string, string][];
  tags: string;
}

const MASTHEAD = 'LE PHARE DU FLEUVE — Les nouvelles de la vallée et du delta intérieur';
const MENU = 'Accueil | Société | Économie | Justice | Sports | Culture | Contact';
const ADVERT =
  'ANNONCE — La société des sucres de la vallée recrute quatre cents saisonniers pour sa campagne de coupe, dépôt des dossiers au siège avant la fin du mois, entretiens à la direction régionale';
const bio = (author: string) => `L’AUTEUR — ${author} suit la vie des communes de la vallée pour Le Phare du Fleuve depuis 2019.`;

const page = (p: PharePage) =>
  [
    MASTHEAD,
    MENU,
    `EN CONTINU ▸ ${p.ticker.join(' ▸ ')}`,
    `Accueil › Régions › ${p.topic === 'betail' ? 'Élevage' : 'Agriculture'}`,
    p.kicker,
    p.headline,
    `Par ${p.author}`,
    'Service des régions',
    `Publié le ${p.date} à 08h40 · Lecture : 4 min`,
    para(p.topic, 0),
    para(p.topic, 1),
    para(p.topic, 2),
    bio(p.author),
    `MOTS-CLÉS : ${p.tags}`,
    `RÉACTIONS (${p.comments.length})`,
    ...p.comments.flatMap(([who, what]) => [`${who} — ${p.date} à 10h12`, what]),
    'NEWSLETTER — Chaque matin, l’essentiel de la vallée dans votre boîte mail. Je m’inscris',
    'LES PLUS LUS',
    '1. Pont de la vallée : circulation alternée jusqu’à la fin du mois pour travaux',
    '2. Marché central : les commerçantes réclament un nouveau hangar de séchage',
    '3. Basket : les filles du club de la ville en demi-finale de la coupe nationale',
    '4. Santé : une campagne de vaccination contre la rougeole dans les écoles',
    ADVERT,
    'Le Phare du Fleuve Médias · 14, avenue du Fleuve · Qui sommes-nous ? · Publicité · Contact',
    '© 2026 Le Phare du Fleuve — Tous droits réservés.',
  ].join('\n');

const PAGES: Record<string, PharePage> = {
  'f1.txt': {
    kicker: 'DIGUE DE SÉLINGUÉ',
    headline: 'Riziculture : la digue réhabilitée avant l’hivernage, les casiers sauvés',
    topic: 'digue',
    ticker: ['Pont de la vallée : circulation alternée jusqu’à la fin du mois', 'Marché central : les commerçantes en colère', 'Basket : les filles du club qualifiées pour la demi-finale de la coupe'],
    date: '17/03/2026',
    author: 'Awa Kanouté',
    comments: [['Fils_du_delta', 'Enfin ! Trois ans que nous attendons cette digue.'], ['Moussa Diarra (Ké-Macina)', 'Il faut surveiller les travaux, sinon la crue emportera tout encore.']],
    tags: 'DIGUE · RIZ · IRRIGATION · CRUE · CASIERS · HIVERNAGE · VALLÉE · RÉGION',
  },
  'f2.txt': {
    kicker: 'FORAGE SOLAIRE',
    headline: 'Maraîchage : les femmes de la coopérative obtiennent un forage solaire',
    topic: 'forage',
    ticker: ['Santé : la vaccination contre la rougeole commence lundi dans les écoles', 'Route nationale : un camion renversé bloque le trafic', 'Football : le club local tient le nul à domicile'],
    date: '24/03/2026',
    author: 'Awa Kanouté',
    comments: [['maraichere_68', 'Bravo aux femmes du groupement, le travail paie.'], ['Kadi — du quartier', 'Et l’entretien de la pompe, qui le paiera dans deux ans ?']],
    tags: 'EAU · MARAÎCHAGE · SOLAIRE · FORAGE · FEMMES · POMPE · VALLÉE · RÉGION',
  },
  'f3.txt': {
    kicker: 'MARCHÉ À BÉTAIL',
    headline: 'Élevage : le nouveau marché à bétail ouvre ses enclos aux transhumants',
    topic: 'betail',
    ticker: ['Justice : le procès des faux diplômes renvoyé au mois d’avril', 'Culture : le festival du fleuve dévoile sa programmation', 'Météo : fortes chaleurs attendues jusqu’à dimanche dans la vallée'],
    date: '31/03/2026',
    author: 'Issa Coulibaly',
    comments: [['eleveur_peul', 'La taxe par tête est trop lourde pour les petits éleveurs.'], ['Amadou Sow (Niono)', 'Un marché propre, c’est bien, mais il faut des gardiens la nuit.']],
    tags: 'ÉLEVAGE · MARCHÉ · TRANSHUMANCE · TAXE · ENCLOS · CAMIONS · VALLÉE · RÉGION',
  },
};

function flaggedLines(layer: BoilerplateLayer, file: string, text: string): Set<string> {
  const out = new Set<string>();
  for (const b of layer.blocks(file)) for (const line of text.slice(b.start, b.end).split('\n')) out.add(line);
  return out;
}

function loadPages(): { layer: BoilerplateLayer; texts: Record<string, string> } {
  const texts = Object.fromEntries(Object.entries(PAGES).map(([f, p]) => [f, page(p)]));
  const layer = createBoilerplateLayer();
  for (const [f, t] of Object.entries(texts)) layer.setFile(f, t);
  return { layer, texts };
}

test('a line parted by list signs is a list however long (a ticker), not a paragraph; the article is its run of paragraphs, not a long advert far below', () => {
  assert.ok(isListLine('EN CONTINU ▸ Pont : circulation alternée ▸ Marché : colère ▸ Basket : qualifiées'));
  assert.ok(isListLine('Accueil | Société | Économie'));
  assert.ok(!isListLine('Le conseil régional a validé lundi la réhabilitation de la digue, après plusieurs mois de consultations.'));
  // Paragraphs at 0, 1, 3 (a box of one line between), then one far below after seven short lines.
  assert.deepEqual(articleRun([true, true, false, true, false, false, false, false, false, false, false, true]), [0, 3]);
  assert.deepEqual(articleRun([false, false]), [-1, -1]);
});

test('a reader’s comment is signed and stamped: a name or handle, a dash, the date and the time ending the line', () => {
  const stamp = (s: string) => isSignedStamp(shapeTokens(s, 0, s.length));
  for (const s of ['Fils_du_delta — 17/03/2026 à 10h12', 'Moussa Diarra (Ké-Macina) — 17/03/2026 à 10h12', 'Kasapa_boy - 21/04/2026 07:58']) assert.ok(stamp(s), s);
  for (const s of ['Publié le 17/03/2026 à 08h40', 'Mis à jour à 13h05', 'Le conseil a voté — 17/03/2026 à 10h12 selon le compte rendu officiel de la séance']) assert.ok(!stamp(s), s);
});

test('a dense page: the masthead above a long ticker, the ticker between the menu and the trail, readers’ comments and an author’s box shared by two pages are furniture; the kicker, the headline, the signature and its desk are the article', () => {
  const { layer, texts } = loadPages();
  for (const [f, p] of Object.entries(PAGES)) {
    const got = flaggedLines(layer, f, texts[f]);
    for (const s of [MASTHEAD, `EN CONTINU ▸ ${p.ticker.join(' ▸ ')}`, ...p.comments.flatMap(([who, what]) => [`${who} — ${p.date} à 10h12`, what])]) assert.ok(got.has(s), `${f}: ${s} not flagged`);
    for (const s of [p.kicker, p.headline, `Par ${p.author}`, 'Service des régions', para(p.topic, 0), para(p.topic, 1), para(p.topic, 2)]) assert.ok(!got.has(s), `${f}: ${s} flagged`);
  }
  // The same reporter's box on two pages stands below the article, before the site's tag line (a sentence's length):
  // a copy, not a shared paragraph.
  for (const f of ['f1.txt', 'f2.txt']) assert.ok(flaggedLines(layer, f, texts[f]).has(bio('Awa Kanouté')), `${f}: the author's box`);
});

test('a section’s name from the menu above the headline is navigation, not a kicker', () => {
  const texts = Object.fromEntries(Object.entries(PAGES).map(([f, p]) => [f, page({ ...p, kicker: 'JUSTICE' })]));
  const layer = createBoilerplateLayer();
  for (const [f, t] of Object.entries(texts)) layer.setFile(f, t);
  for (const f of Object.keys(PAGES)) assert.ok(flaggedLines(layer, f, texts[f]).has('JUSTICE'), f);
});

/** The same pages laid out as other sites do: the date line between the headline and the signature, a photo's caption below it, a teaser naming another page's headline, an advert of one page. */
const datedPage = (p: PharePage, teaser: string, advert: string) =>
  [
    MASTHEAD,
    MENU,
    `Accueil › Régions › ${p.topic === 'betail' ? 'Élevage' : 'Agriculture'}`,
    p.headline,
    `Publié le ${p.date} à 08h40 · Lecture : 4 min`,
    `Par ${p.author}`,
    `Les habitants devant le chantier, hier après-midi (Photo Le Phare / ${p.author})`,
    para(p.topic, 0),
    para(p.topic, 1),
    `À lire aussi : ${teaser}`,
    para(p.topic, 2),
    advert,
    'LES PLUS LUS',
    '1. Pont de la vallée : circulation alternée jusqu’à la fin du mois pour travaux',
    '2. Marché central : les commerçantes réclamant un nouveau hangar de séchage',
    '© 2026 Le Phare du Fleuve — Tous droits réservés.',
  ].join('\n');

test('the headline a date line parts from the signature is the headline, not the copy of the teasers naming it; an advert labelled as one is furniture', () => {
  const [f1, f2, f3] = Object.keys(PAGES);
  const adverts: Record<string, string> = {
    [f1]: 'PUBLICITÉ – Pharmacie du Fleuve : ouverte 24 h/24, livraison à domicile dans tout le quartier',
    [f2]: 'Publicité : Assurances du Delta, votre moto assurée dès cinq mille francs par mois',
    [f3]: 'ANNONCE | La boulangerie du marché recrute deux apprentis',
  };
  const texts = {
    [f1]: datedPage(PAGES[f1], PAGES[f2].headline, adverts[f1]),
    [f2]: datedPage(PAGES[f2], PAGES[f1].headline, adverts[f2]),
    [f3]: datedPage(PAGES[f3], PAGES[f1].headline, adverts[f3]),
  };
  const layer = createBoilerplateLayer();
  for (const [f, t] of Object.entries(texts)) layer.setFile(f, t);
  for (const f of [f1, f2, f3]) {
    const got = flaggedLines(layer, f, texts[f]);
    assert.ok(!got.has(PAGES[f].headline), `${f}: its headline flagged`);
    assert.ok(got.has(adverts[f]), `${f}: the advert not flagged`);
  }
});
