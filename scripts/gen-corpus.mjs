#!/usr/bin/env node
// Generates a synthetic corpus of scraped French news articles for the boilerplate/related bench.
//   node scripts/gen-corpus.mjs [--out DIR] [--articles N] [--seed S] [--sites K]
// Defaults: --out /tmp/seedlens-corpus-N, --articles 10000, --seed 42, --sites max(3, N/200).
//
// What it models (the situations the boilerplate layer must tell apart):
//   - many sites; each has a rotating sidebar of teasers (other stories' ledes, cut short) that is
//     pasted below its articles with small edits: a changed word, a different cut, doubled or
//     missing spaces, `.` vs `..`;
//   - two sidebar styles: bare teaser lines after the byline, or a "related articles" heading with
//     title / lede / `Lire »` teasers and a share prompt;
//   - navigation labels, lone `-.` debris, bylines that repeat across a reporter's articles;
//   - article bodies of varied French-like sentences with people, institutions, places, dates and
//     rare topic words; stories spread over 1-4 articles (the related-article ground truth), with
//     a quotation that several articles of one story share inside their own paragraphs;
//   - one site in four prints a page template whose lines vary per article: a masthead and a menu
//     (the same on every page), a breadcrumb trail, a publication stamp, a "Lire aussi" line naming
//     another article of the site, tags, a reactions counter and a copyright line. Drawn from a
//     random stream of their own, so the other sites' articles are those of the corpus before.
//     Every template line is `chrome` in the truth, none `duplicate` (that is the sidebars).
// Deterministic: a seeded PRNG, no clock. Writes DIR/*.txt and DIR/truth.json:
//   { files: { name: { site, story, boilerplate: [lineNo...], duplicate: [lineNo...] } },
//     stories: { id: [name...] } }   (line numbers 0-based; `duplicate` ⊆ `boilerplate`)
import fs from 'node:fs';
import path from 'node:path';
import { prng } from './lib/prng.mjs';

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const N = Number(opt('articles', 10000));
const SEED = Number(opt('seed', 42));
const SITES = Number(opt('sites', Math.max(3, Math.round(N / 200))));
const OUT = path.resolve(opt('out', `/tmp/seedlens-corpus-${N}`));

const rnd = prng(SEED);
/** The page templates' own stream (see the header): drawing from it leaves `rnd`'s sequence as it was. */
const trnd = prng(SEED ^ 0x5eed7e);
const int = (a, b) => a + Math.floor(rnd() * (b - a + 1));
const pick = (xs) => xs[Math.floor(rnd() * xs.length)];
const chance = (p) => rnd() < p;
const pickN = (xs, n) => {
  const c = [...xs];
  const out = [];
  while (out.length < n && c.length) out.push(c.splice(Math.floor(rnd() * c.length), 1)[0]);
  return out;
};

// ---- lexicon ---------------------------------------------------------------------------------
const SYL = ['ba', 'ko', 'ma', 'li', 'ti', 'sa', 'ra', 'no', 'de', 'vi', 'lo', 'tu', 'ne', 'ga', 'fo', 'ri', 'mé', 'ché', 'dou', 'kan', 'gou', 'sé', 'bou', 'ni', 'ké', 'ta', 'zo', 'wa', 'pé', 'lu'];
const SUFFIX = ['tion', 'ment', 'age', 'ure', 'ité', 'isme', 'ance', 'erie', 'oir', 'ade'];
const rareWord = () => {
  let w = '';
  for (let i = int(2, 3); i > 0; i--) w += pick(SYL);
  return w + pick(SUFFIX);
};
const RARE = [...new Set(Array.from({ length: 6000 }, rareWord))];
const NOUNS = ['irrigation', 'électrification', 'coton', 'santé', 'éducation', 'sécurité', 'transport', 'commerce', 'agriculture', 'énergie', 'eau potable', 'formation', 'emploi', 'décentralisation', 'justice', 'élevage', 'pêche', 'mines', 'infrastructures', 'numérique', 'culture', 'sport', 'environnement', 'logement', 'télécommunications'];
const FIRST = ['Amadou', 'Moussa', 'Fatoumata', 'Aminata', 'Ibrahim', 'Oumar', 'Mariam', 'Seydou', 'Kadiatou', 'Bakary', 'Boubacar', 'Awa', 'Mamadou', 'Issa', 'Hawa', 'Adama', 'Souleymane', 'Salif', 'Djeneba', 'Modibo', 'Youssouf', 'Ramata', 'Sidi', 'Assétou', 'Lassana', 'Nana', 'Tiéman', 'Oumou', 'Cheick', 'Bintou', 'Abdoulaye', 'Kalifa', 'Rokia', 'Drissa', 'Fanta', 'Yacouba', 'Maïmouna', 'Hamidou', 'Korotoumou', 'Siaka'];
const LAST = ['Traoré', 'Keïta', 'Coulibaly', 'Diarra', 'Touré', 'Sidibé', 'Konaté', 'Dembélé', 'Sangaré', 'Cissé', 'Diallo', 'Maïga', 'Doumbia', 'Sissoko', 'Kanté', 'Koné', 'Bagayoko', 'Samaké', 'Fofana', 'Camara', 'Diakité', 'Ballo', 'Tangara', 'Guindo', 'Dicko', 'Haïdara', 'Kouyaté', 'Sow', 'Ba', 'Togola', 'Berthé', 'Mariko', 'Dao', 'Niaré', 'Goïta', 'Sanogo', 'Kéita', 'Sylla', 'Thiam', 'Yattara'];
const personName = () => `${pick(FIRST)} ${pick(LAST)}`;
const PLACES = ['Bamako', 'Kayes', 'Sikasso', 'Ségou', 'Mopti', 'Tombouctou', 'Gao', 'Kidal', 'Koulikoro', 'Ménaka', 'Taoudéni', 'Kita', 'Koutiala', 'Bougouni', 'Nioro', 'San', 'Djenné', 'Bandiagara', 'Niono', 'Kati', 'Dakar', 'Niamey', 'Ouagadougou', 'Abidjan', 'Conakry', 'Nouakchott', 'Alger', 'Rabat', 'Moscou', 'Pékin', 'Ankara', 'Paris', 'Genève', 'Addis-Abeba'];
const INST_HEAD = ['ministère', 'Agence nationale', 'Office', 'Direction générale', 'Société', 'Fonds', 'Conseil', 'Haut conseil', 'Institut', 'Commission nationale', 'Autorité', 'Chambre'];
const instName = () => `${pick(INST_HEAD)} ${pick(['de la', 'du', 'des'])} ${pick(RARE)}`.replace(/^ministère/, 'ministère');
const ROLES = ['ministre', 'directeur général', 'président', 'gouverneur', 'secrétaire général', 'ambassadeur', 'maire', 'conseiller technique', 'chef de service', 'coordinateur'];
const FAMOUS = ['Assimi Goïta', 'Abdoulaye Maïga', 'Abdoulaye Diop', 'Sadio Camara', 'Ismaël Wagué', 'Alousséni Sanou'];
const COMMON_INST = ['gouvernement', 'Primature', 'Conseil national de Transition', 'Forces armées maliennes', 'Cedeao', 'Nations unies', 'Union africaine', 'AES'];
const MONTHS = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
const WEEKDAYS = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
const dateText = (d) => `${pick(WEEKDAYS)} ${d.day === 1 ? '1er' : d.day} ${MONTHS[d.month - 1]} ${d.year}`;
const randomDate = () => ({ year: int(2019, 2026), month: int(1, 12), day: int(1, 28) });
const near = (d) => ({ ...d, day: Math.min(28, Math.max(1, d.day + int(-3, 3))) });

// ---- sentences ---------------------------------------------------------------------------------
const GENERIC_RAW = [
  'La cérémonie s’est déroulée en présence de nombreuses personnalités et des représentants de la société civile.',
  'Les discussions se poursuivront dans les prochains jours, selon une source proche du dossier.',
  'Plusieurs partenaires techniques et financiers ont pris part aux travaux.',
  'Les participants ont salué la qualité des échanges et l’esprit de responsabilité qui a prévalu.',
  'Un communiqué final a sanctionné la fin des travaux.',
  'Les populations attendent des mesures concrètes pour améliorer leurs conditions de vie.',
  'Cette initiative s’inscrit dans la vision des autorités de la Transition.',
  'Les autorités ont réaffirmé leur engagement à accompagner les acteurs du secteur.',
  'La rencontre a pris fin par une photo de famille.',
  'Les responsables ont promis un suivi rigoureux des recommandations formulées.',
];
// Stock phrases: a few recur word for word (as in real wires), most carry a varying detail.
const GENERIC = (s) => {
  const g = pick(GENERIC_RAW);
  return chance(0.3) ? g : g.replace(/\.$/, `, à ${s.place}${chance(0.5) ? ` ${dateText(near(s.date))}` : ''}.`);
};
function storySentence(s) {
  const P = () => pick(s.persons);
  const T = () => pick(s.topics);
  const tpl = [
    () => `Le ${pick(ROLES)} ${P()} a reçu, ${dateText(s.date)}, une délégation de ${pick(s.insts)} venue discuter de la ${T()}.`,
    () => `Selon ${pick(s.insts)}, le projet de ${T()} à ${s.place} devrait être achevé avant la fin de l’année ${s.date.year}.`,
    () => `Les échanges ont porté sur la ${T()}, le ${pick(NOUNS)} et la ${T()} dans la région de ${s.place}.`,
    () => `${P()}, ${pick(ROLES)} de ${pick(s.insts)}, a rappelé l’importance de la ${T()} pour les populations de ${s.place}.`,
    () => `Cette rencontre intervient après la signature d’un accord sur la ${T()} le ${dateText(near(s.date))}.`,
    () => `À ${s.place}, ${P()} a visité les installations de la ${T()} et s’est entretenu avec les responsables locaux.`,
    () => `Le programme, financé à hauteur de ${int(2, 90)} milliards de Fcfa, prévoit la ${T()} et le renforcement du ${pick(NOUNS)}.`,
    () => `${pick(FAMOUS)} a instruit ${pick(s.insts)} de faire de la ${T()} une priorité, a indiqué ${P()}.`,
    () => `Les travaux de ${T()} ont démarré à ${s.place} ${dateText(near(s.date))} sous la supervision de ${P()}.`,
  ];
  return pick(tpl)();
}
function paragraph(s, withQuote) {
  const out = [];
  for (let i = int(2, 5); i > 0; i--) out.push(chance(0.85) ? storySentence(s) : GENERIC(s));
  if (chance(0.25)) out.push(`Le ${pick(COMMON_INST)} et les autorités du Mali suivent le dossier de près.`);
  if (withQuote) out.splice(int(0, out.length), 0, `« ${s.quote} », a déclaré ${pick(s.persons)}.`);
  return out.join(' ');
}

// ---- stories ----------------------------------------------------------------------------------
const stories = [];
function newStory() {
  const topics = pickN(RARE, 3);
  const s = {
    id: stories.length,
    persons: Array.from({ length: 3 }, personName),
    insts: [instName(), instName()],
    place: pick(PLACES),
    date: randomDate(),
    topics,
    quote: `Nous allons faire de la ${topics[0]} une réalité pour chaque famille de ce pays, sans exception et sans délai`,
    files: [],
  };
  stories.push(s);
  return s;
}
// Story sizes: most stories have one article, about a third have 2-4 (the related pairs).
const articleStory = [];
while (articleStory.length < N) {
  const s = newStory();
  const k = chance(0.35) ? int(2, 4) : 1;
  for (let i = 0; i < k && articleStory.length < N; i++) articleStory.push(s);
}
// Shuffle so one story's articles spread over sites.
for (let i = articleStory.length - 1; i > 0; i--) {
  const j = Math.floor(rnd() * (i + 1));
  [articleStory[i], articleStory[j]] = [articleStory[j], articleStory[i]];
}

// ---- sites and sidebars ----------------------------------------------------------------------
const SHARE = ['Partagez cette page sur vos réseaux sociaux :', 'Partager cet article :', 'Suivez-nous sur Facebook et X', 'Partagez sur vos réseaux :'];
const HEADINGS = ['Autres articles qui font l’actualité', 'À lire aussi', 'Sur le même sujet', 'Les plus lus'];
const NAV = ['Actualités', 'Politique', 'Économie', 'Accueil > Actualités', 'Société', 'International'];
function teaserText() {
  const s = newStory(); // a story of its own, only ever seen as a teaser
  stories.pop();
  const body = [storySentence(s), storySentence(s)].join(' ');
  return { title: `${pick(['Visite', 'Rencontre', 'Lancement', 'Signature', 'Atelier', 'Forum'])} de ${s.persons[0]} à ${s.place} sur la ${s.topics[0]}`, body };
}
const sites = Array.from({ length: SITES }, (_, i) => {
  const style = i % 3 === 2 ? 'lire' : 'bare';
  const stream = Array.from({ length: 14 }, teaserText);
  return {
    id: i,
    style,
    nav: chance(0.5) ? pick(NAV) : null,
    share: pick(SHARE),
    heading: pick(HEADINGS),
    reporters: Array.from({ length: 4 }, () => `${pick(FIRST)} ${pick(LAST).toUpperCase()}`),
    cut: int(170, 260),
    // Version v shows teasers 2v..2v+5: consecutive versions share four teasers.
    versions: Array.from({ length: 5 }, (_, v) => stream.slice(2 * v, 2 * v + 6)),
  };
});

/** Cut a teaser the way the site's scraper does, then apply this paste's small edits. */
function pasteTeaser(text, cut) {
  let limit = cut;
  if (chance(0.15)) limit += int(-40, 40); // different truncation
  let t = text.length > limit ? text.slice(0, limit).replace(/\s+\S{0,3}$/, '') : text;
  t = t.replace(/[.,;:]+$/, '');
  if (chance(0.12)) {
    // a changed word
    const ws = t.split(' ');
    const i = int(2, Math.max(2, ws.length - 2));
    if (ws[i] && ws[i].length > 3) ws[i] = pick(['nouvelle', 'importante', 'grande', 'récente', 'première']);
    t = ws.join(' ');
  }
  if (chance(0.1)) t = t.replace(/ /, '  ').replace(/, /, ' , '); // spacing
  const end = pick(['.', '..', '.', ' .']);
  return t + end;
}

// ---- page templates (one site in four) ---------------------------------------------------------
const tint = (a, b) => a + Math.floor(trnd() * (b - a + 1));
const tpick = (xs) => xs[Math.floor(trnd() * xs.length)];
const SECTIONS = ['Politique', 'Économie', 'Société', 'Sport', 'Culture', 'Santé', 'Éducation', 'International', 'Régions'];
const TAGLINES = ['L’information au quotidien', 'Le journal de la vallée', 'L’actualité sans détour', 'Toute l’actualité du pays'];
const STAMPS = [
  (d, h) => `Publié le ${d.day}/${d.month}/${d.year} à ${h.h}h${h.m}`,
  (d, h) => `${WEEKDAYS[d.day % 7][0].toUpperCase()}${WEEKDAYS[d.day % 7].slice(1)} ${d.day} ${MONTHS[d.month - 1]} ${d.year} - ${h.h}:${h.m}`,
  (d, h) => `Mis en ligne le ${d.day}.${d.month}.${d.year} – ${h.h}h${h.m}`,
];
const TAGS = ['Mots-clés', 'Tags', 'Thèmes'];
const REACTIONS = [(n) => `Réactions (${n})`, (n) => `Commentaires (${n}) | Réagir`, (n) => `${n} commentaires`];
function pageTemplate(site) {
  const name = `${tpick(LAST)} ${tpick(['Infos', 'Matin', 'Actu', 'Hebdo', 'Soir'])}`;
  return {
    masthead: `${name.toUpperCase()} | ${tpick(TAGLINES)}`,
    menu: ['Accueil', ...SECTIONS.slice(0, tint(4, 7))].join(' | '),
    stamp: tpick(STAMPS),
    tags: tpick(TAGS),
    reactions: tpick(REACTIONS),
    copyright: `© ${name} ${2020 + (site % 6)} – Tous droits réservés`,
    /** Headlines of the site's articles so far, for its "Lire aussi" lines. */
    headlines: [],
  };
}
const two = (n) => String(n).padStart(2, '0');

// ---- articles ------------------------------------------------------------------------------------
fs.mkdirSync(OUT, { recursive: true });
const truth = { files: {}, stories: {} };
const templates = [];
const randomDateFrom = (r) => ({ year: 2019 + Math.floor(r() * 8), month: 1 + Math.floor(r() * 12), day: 1 + Math.floor(r() * 28) });
const tpickN = (xs, n) => {
  const c = [...xs];
  const out = [];
  while (out.length < n && c.length) out.push(c.splice(Math.floor(trnd() * c.length), 1)[0]);
  return out;
};
for (let a = 0; a < N; a++) {
  const story = articleStory[a];
  const site = sites[a % SITES];
  const name = `${String(a).padStart(6, '0')}_s${site.id}.txt`;
  const lines = [];
  const boiler = [];
  const dup = [];
  const push = (text, kind) => {
    if (kind) boiler.push(lines.length);
    if (kind === 'dup') dup.push(lines.length);
    lines.push(text);
  };
  const tpl = site.id % 4 === 3 ? (templates[site.id] ??= pageTemplate(site.id)) : undefined;
  if (tpl) {
    push(tpl.masthead, 'chrome');
    push(tpl.menu, 'chrome');
    push(`Accueil › ${tpick(SECTIONS)} › ${tpick(RARE)}`, 'chrome');
  }
  let headline;
  if (chance(0.7)) {
    headline = `${pick(['Coopération', 'Développement', 'Gouvernance', 'Économie', 'Société'])} : ${pick(story.persons)} ${pick(['relance', 'lance', 'défend', 'évalue', 'présente'])} la ${pick(story.topics)} ${pick(['à', 'depuis', 'pour'])} ${chance(0.5) ? story.place : pick(PLACES)}`;
    push(headline);
  }
  if (tpl) push(tpl.stamp(randomDateFrom(trnd), { h: two(tint(6, 22)), m: two(tint(0, 59)) }), 'chrome');
  if (headline || tpl) push('');
  if (site.nav) {
    push(site.nav, 'chrome');
    push('');
  }
  const nPar = int(3, 7);
  const quoteAt = story.files.length > 0 || chance(0.5) ? int(0, nPar - 1) : -1;
  for (let p = 0; p < nPar; p++) {
    push(paragraph(story, p === quoteAt));
    if (tpl && p === 1 && tpl.headlines.length) push(`Lire aussi : ${tpick(tpl.headlines)}`, 'chrome');
  }
  if (chance(0.2)) {
    push('Envoyés spéciaux');
    push(`${pick(site.reporters)} et ${pick(site.reporters)}`);
  } else push(pick(site.reporters));
  if (chance(0.88)) {
    const teasers = pick(site.versions);
    if (site.style === 'bare') {
      for (const t of teasers) {
        push(pasteTeaser(t.body, site.cut), 'dup');
        if (chance(0.05)) push('-.', 'chrome');
      }
    } else {
      push('');
      push(site.heading, 'chrome');
      push('');
      for (const t of teasers.slice(0, 3)) {
        push(t.title, 'dup');
        push('');
        push(t.body, 'dup');
        push('');
        push('Lire »', 'chrome');
        push('');
      }
      push(site.share, 'chrome');
    }
  }
  if (tpl) {
    push(`${tpl.tags} : ${tpickN(story.topics, tint(1, 3)).join(', ')}`, 'chrome');
    push(tpl.reactions(tint(0, 40)), 'chrome');
    push(tpl.copyright, 'chrome');
    if (headline) tpl.headlines.push(headline);
  }
  fs.writeFileSync(path.join(OUT, name), lines.join('\n'));
  story.files.push(name);
  truth.files[name] = { site: site.id, story: story.id, boilerplate: boiler, duplicate: dup };
}
for (const s of stories) if (s.files.length) truth.stories[s.id] = s.files;
fs.writeFileSync(path.join(OUT, 'truth.json'), JSON.stringify(truth));
const multi = stories.filter((s) => s.files.length > 1).length;
console.error(`gen-corpus: ${N} articles, ${SITES} sites, ${stories.length} stories (${multi} with 2+ articles) → ${OUT}`);
