/**
 * Places beyond the plain gazetteer match: long forms built on a place (`République du Niger`,
 * `District de Bamako`, `Fédération de la Russie`) keep the inner place's id; named venues
 * (`Palais de Koulouba`, `aéroport international Modibo Keïta`); and the short forms `la
 * Fédération` / `la Confédération` that French uses for Russia and Switzerland.
 */
import type { Cand, Ctx } from './context';
import { followsA, isTruncated, isWord, mayBeFirstName, opensDashedName } from './context';
import { findForecastPlaces } from './forecastPlaces';
import { knownPlaceAt, listedPlaceEnd } from './listedPlaces';
import { MONTHS } from '../dates/lexicon';
import { WordClass, wordClasses } from '../gazetteer/frenchLexicon';
import { compoundEnd, connectedEnd } from './tail';
import { isRomanNumeral, isRomanOrdinal } from './numberedCommunes';
import { namesakeAfterTitle } from './titles';

const WRAPPERS = new Set(['republique', 'federation', 'royaume', 'emirat', 'principaute', 'sultanat', 'district', 'region', 'province',
  'cercle', 'commune', 'canton', 'territoire', 'archipel', 'ile', 'iles', 'departement']);
/** Wrappers that only wrap a known place unless capitalised (`canton de Vaud`). */
const NAME_OK_WRAPPERS = new Set(['republique', 'federation', 'royaume', 'district', 'region', 'canton', 'departement']);

/** Is the administrative unit at `i` part of a chief's title (`chef canton`, `chef de canton`, `cheffe de village`)? */
function chiefOfUnit(ctx: Ctx, i: number): boolean {
  const toks = ctx.toks;
  const before = toks[i - 1]?.key === 'de' ? i - 2 : i - 1;
  const chief = toks[before];
  return !!chief && (chief.key === 'chef' || chief.key === 'cheffe') && chief.line === toks[i].line;
}

function linkAfter(ctx: Ctx, i: number): number {
  const t = ctx.toks[i];
  if (!t) return -1;
  if (t.key === 'du' || t.key === 'des' || t.key === "d'") return i + 1;
  if (t.key === 'de') {
    const a = ctx.toks[i + 1]?.key;
    return a === 'la' || a === "l'" ? i + 2 : i + 1;
  }
  return -1;
}

/**
 * Words that open a place's name in the Maghreb and the Sahel, transcribed from Arabic, Berber, Wolof or Hausa
 * (folded): spring, quarter, well, cape, gate, house, fort, mountain, market, pass, house of, town of
 * (`Aïn Sebaâ`, `Hay Mohammadi`, `Bir Mogreïn`, `Bordj Badji Mokhtar`, `Keur Madiabel`, `Guidan Roumdji`,
 * `Garin Malam`), and the Fulfulde river of Cameroon's and Chad's departments (`Mayo-Tsanaga`). No person's name opens so.
 */
const TOPONYM_LEADS = new Set(['ain', 'hay', 'bir', 'ras', 'bab', 'dar', 'ksar', 'douar', 'tizi', 'djebel', 'jbel', 'hassi', 'bordj', 'souk', 'oum', 'keur',
  'guidan', 'garin', 'mayo']);

/** A capitalised toponym lead and the one to three capitalised words after it: a place. */
function findLedToponyms(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'w' || !t.cap || t.upper || t.joinPrev || !TOPONYM_LEADS.has(t.key) || ctx.barrier[i]) continue;
    let e = i + 1;
    for (let n = 0; n < 3 && isWord(toks[e]) && toks[e].cap && !toks[e].upper && toks[e].line === t.line && !ctx.barrier[e] && !ctx.lex.nonNames.has(toks[e].key); n++) e = compoundEnd(ctx, e);
    // Or joined to it by a dash (`Mayo-Kani`, `Keur-Massar`), as one compound.
    if (toks[i + 1].joinPrev) e = toks[i + 1].cap && !toks[i + 1].upper ? compoundEnd(ctx, i) : i + 1;
    if (e === i + 1) continue;
    out.push({ type: 'PLACE', s: i, e, prio: 3, kind: 'venue' });
    i = e - 1;
  }
}

/**
 * Endings of village names in the Mande languages (folded): `-dougou`, `-bougou` (land of, hut of), `-counda`,
 * `-kounda` (home of), after a founder's or a family's name (`Bakarydougou`, `Diattacounda`). No person's name ends so.
 */
const TOPONYM_ENDING = /.{3}(?:dougou|bougou|counda|kounda)$/;

/** A capitalised word no list knows (the lists read the others) that ends as a village's name: a place. */
function findSuffixedToponyms(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!isWord(t) || !t.cap || t.upper || t.joinPrev || ctx.barrier[i] || !TOPONYM_ENDING.test(t.key) || wordClasses(t.key) !== 0) continue;
    if (toks[i + 1]?.joinPrev || ctx.lex.lex.longest(toks, i) || listedPlaceEnd(toks, i) > i) continue;
    out.push({ type: 'PLACE', s: i, e: i + 1, prio: 3, kind: 'venue' });
  }
}

/** National, regional and provincial roads as the French-speaking press numbers them (folded): `RN1`, `RN 7`, `RR12`, `RP 4`. */
const ROAD_CODES = new Set(['rn', 'rr', 'rp']);

/** A road's code and number: a place (`sur la RN1`), never a body's acronym. */
function findRoads(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i];
    const n = toks[i + 1];
    if (!isWord(t) || !t.upper || !ROAD_CODES.has(t.key) || ctx.barrier[i] || n.line !== t.line || !/^\d{1,3}$/.test(n.text) || n.start - t.end > 1) continue;
    if (toks[i + 2]?.joinPrev) continue;
    out.push({ type: 'PLACE', s: i, e: i + 2, prio: 3, kind: 'venue' });
  }
}

export function findPlaceForms(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  findLedToponyms(ctx, out);
  findSuffixedToponyms(ctx, out);
  findRoads(ctx, out);
  const lex = ctx.lex.lex;
  let lastFederation: string | undefined;
  let hasConfederationOf = false;
  for (let i = 0; i < toks.length; i++) if (toks[i].key === 'confederation' && linkAfter(ctx, i + 1) > 0) hasConfederationOf = true;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'w' || ctx.barrier[i]) continue;
    // A department written small is its place's complement (`le département de Zénoula`: made-up; the settlement nouns').
    if (WRAPPERS.has(t.key) && (t.cap || t.key !== 'departement')) {
      const k = linkAfter(ctx, i + 1);
      if (k > 0 && !ctx.barrier[k]) {
        // A chief's unit is his title's (`le chef canton de Komah`, `chef de canton`): the place is the name alone.
        const s = chiefOfUnit(ctx, i) ? k : i;
        const m = lex.longest(toks, k, (e) => e.type === 'PLACE');
        if (m) {
          if (t.key === 'federation') lastFederation = m.entry.id;
          out.push({ type: 'PLACE', s, e: m.end, prio: 4, kind: 'wrapper', gazId: m.entry.id });
          continue;
        }
        const w = toks[k];
        if ((t.cap || t.key === 'canton') && NAME_OK_WRAPPERS.has(t.key) && isWord(w) && w.cap && (!ctx.lex.nonNames.has(w.key) || opensDashedName(ctx, k)) && !isTruncated(ctx, k)) {
          let e = compoundEnd(ctx, k);
          if (isWord(toks[e]) && toks[e].cap && !ctx.lex.nonNames.has(toks[e].key)) e = compoundEnd(ctx, e);
          out.push({ type: 'PLACE', s, e, prio: 3, kind: 'wrapper', key: toks.slice(k, e).map((x) => x.key).join(' ') });
          continue;
        }
      }
      // `la Fédération` alone: the federation named before in the file, else Russia.
      if ((t.key === 'federation' || t.key === 'confederation') && t.cap && !t.sentStart && linkAfter(ctx, i + 1) < 0 && !isWord(toks[i + 1]) ) {
        if (t.key === 'federation') out.push({ type: 'PLACE', s: i, e: i + 1, prio: 2, kind: 'shortForm', gazId: lastFederation ?? 'russie' });
        else if (!hasConfederationOf && !(isWord(toks[i + 1]) && toks[i + 1].upper)) out.push({ type: 'PLACE', s: i, e: i + 1, prio: 2, kind: 'shortForm', gazId: 'suisse' });
      }
      continue;
    }
    // `Ngaoundéré IIIe`: a district's ordinal after a capitalised word makes a commune, known to a list or not.
    if (t.cap && !t.upper && isRomanOrdinal(toks[i + 1]) && toks[i + 1].line === t.line && !mayBeFirstName(ctx, t.key)) {
      let s = i;
      while (s > 0 && toks[s].joinPrev) s--;
      out.push({ type: 'PLACE', s, e: i + 2, prio: 4, kind: 'wrapper' });
      continue;
    }
    findVenue(ctx, i, out);
    findPrison(ctx, i, out);
    findRegionCompound(ctx, i, out);
  }
}

/** The words after `maison` that make it a prison (`maison centrale`, `maison d'arrêt [et de correction]`), folded. */
const PRISON_KINDS: readonly (readonly string[])[] = [['centrale', "d'", 'arret'], ["d'", 'arret', 'et', 'de', 'correction'], ['centrale'], ["d'", 'arret']];

/** `la maison centrale de Conakry`, `la maison d'arrêt de Kati`: a prison and its town, one venue. */
function findPrison(ctx: Ctx, i: number, out: Cand[]): void {
  const toks = ctx.toks;
  if (toks[i].key !== 'maison') return;
  const kind = PRISON_KINDS.find((words) => words.every((w, n) => toks[i + 1 + n]?.key === w));
  if (!kind) return;
  const k = linkAfter(ctx, i + 1 + kind.length);
  if (k < 0 || !isWord(toks[k]) || !toks[k].cap || ctx.barrier[k]) return;
  const town = ctx.lex.lex.longest(toks, k, (en) => en.type === 'PLACE');
  out.push({ type: 'PLACE', s: i, e: town ? town.end : compoundEnd(ctx, k), prio: 4, kind: 'venue' });
}

/** Points of the compass, which join into a region's name (`le Nord-Est`, `le Centre-Est`). */
const COMPASS = new Set(['nord', 'sud', 'est', 'ouest', 'centre']);
/** Articles before a compass point that make it a region of the country (`l'Ouest`, `du Nord`). */
const COMPASS_ARTICLES = new Set(["l'", 'le', 'du', 'au']);

/**
 * A capitalised compass point alone after its article (`les partis de l'Ouest`, `le Nord a voté`) is the region
 * of that name, as the press of countries divided so writes it. `Centre` is left out: capitalised, it heads
 * bodies' names far more often (`le Centre hospitalier`). The lowest priority: a body's or a known place's name
 * around it (`Afrique de l'Ouest`, `la Banque du Nord`) wins.
 */
function isLoneCompassRegion(ctx: Ctx, i: number): boolean {
  const toks = ctx.toks;
  const t = toks[i];
  if (!t.cap || t.upper || t.joinPrev || t.key === 'centre' || !COMPASS.has(t.key)) return false;
  const before = toks[i - 1];
  if (!before || before.line !== t.line || !COMPASS_ARTICLES.has(before.key)) return false;
  const next = toks[i + 1];
  // `le Nord-Bénin`, `l'Est Républicain`: a compound or a longer name, read elsewhere.
  return !(next && next.line === t.line && (next.joinPrev || (isWord(next) && next.cap)));
}

/** Heights that make part of a place its own name (`la Haute-Kotto`, `le Bas-Congo`). */
const HEIGHTS = new Set(['haut', 'haute', 'hauts', 'hautes', 'bas', 'basse', 'basses']);

/**
 * A region named by a compound of compass points (`le Centre-Est`, `le Nord-Ouest`), by one before a known place
 * (`le Nord-Bénin`), or by a height before a place word (`la Haute-Kotto`, `le Haut-Sassandra`): a place, whether
 * or not a list knows it. A height before a common noun is a body's name (`Haut-Commissariat`, `Haute-Cour`).
 * `Grand` before a known city names the city with its suburbs (`le Grand Lomé`).
 */
function findRegionCompound(ctx: Ctx, i: number, out: Cand[]): void {
  const toks = ctx.toks;
  const t = toks[i];
  const part = toks[i + 1];
  // `le Grand Lomé`: a city with its suburbs, a place of its own.
  if ((t.key === 'grand' || t.key === 'grande') && t.cap && isWord(part) && !part.joinPrev && part.line === t.line && !ctx.barrier[i + 1]) {
    const city = ctx.lex.lex.longest(toks, i + 1, (e) => e.type === 'PLACE');
    if (city) out.push({ type: 'PLACE', s: i, e: city.end, prio: 3, kind: 'wrapper' });
    return;
  }
  if (isLoneCompassRegion(ctx, i)) {
    out.push({ type: 'PLACE', s: i, e: i + 1, prio: 1, kind: 'wrapper' });
    return;
  }
  if (!t.cap || t.joinPrev || !isWord(part) || !part.joinPrev || !part.cap || ctx.barrier[i + 1]) return;
  if (COMPASS.has(t.key) && COMPASS.has(part.key) && part.key !== t.key && !toks[i + 2]?.joinPrev) {
    out.push({ type: 'PLACE', s: i, e: i + 2, prio: 3, kind: 'wrapper' });
    return;
  }
  const known = ctx.lex.lex.longest(toks, i + 1, (e) => e.type === 'PLACE');
  // `le Nord-Bénin`, `le Centre-Mali`: a compass point before a known place names that part of it.
  if (COMPASS.has(t.key) && known) {
    out.push({ type: 'PLACE', s: i, e: known.end, prio: 3, kind: 'wrapper' });
    return;
  }
  if (!HEIGHTS.has(t.key)) return;
  if (!known && (wordClasses(part.key) & NOT_A_PLACE_WORD) !== 0) return;
  out.push({ type: 'PLACE', s: i, e: compoundEnd(ctx, i), prio: 3, kind: 'wrapper' });
}

/** Buildings and public spaces named after a person or a saint (`la chapelle Sainte-Anne`, `la salle Ambroise-Mboumba`: made-up). */
const NAMED_BUILDINGS = ['chapelle', 'basilique', 'temple', 'cite', 'pavillon', 'salle', 'gymnase', 'amphitheatre', 'bibliotheque', 'carrefour',
  'esplanade', 'cimetiere'];
const VENUE_HEADS = new Set(['palais', 'aeroport', 'stade', 'stadium', 'arene', 'place', 'pont', 'gare', 'cathedrale', 'mosquee', 'eglise', 'chateau', 'hotel',
  'rue', 'avenue', 'boulevard', 'quai', 'camp', 'monument', 'parc', 'jardin', 'tour', 'village', 'quartier', 'col', 'lac', 'mont', 'massif',
  'vallee', 'fleuve', 'canal', 'colline', 'prison', 'caserne', 'base', 'barrage', 'marche', 'puits', 'marigot', ...NAMED_BUILDINGS]);
/** Articles before `cité` when it heads a housing estate's name (`la cité Émile-Rapéla`: made-up). */
const ESTATE_ARTICLES = new Set(['la', 'une', 'cette']);
/** Heads of settlements, whose name alone is the place (`le quartier Titirou` → `Titirou`). */
const SETTLEMENT_HEADS = new Set(['quartier', 'village']);
/** Venue heads that are common words: they need a capital or a following capitalised name. */
const VENUE_NEEDS_CAP_NAME = new Set(['place', 'pont', 'tour', 'camp', 'base', 'col', 'mont', 'parc', 'jardin', 'village', 'quartier', 'canal',
  'prison', 'caserne', 'colline', 'hotel', 'gare', 'lac', 'fleuve', 'vallee', 'massif', 'barrage', 'marche', 'puits', 'marigot', ...NAMED_BUILDINGS]);

/**
 * Nouns of natural features: with a capitalised name after them, directly or with `de` (`le fleuve
 * X`, `la baie du X`, `le cap X`: made-up), the feature is a place, the noun inside its span.
 */
const FEATURE_HEADS = new Set(['baie', 'cap', 'golfe', 'riviere', 'ile', 'delta', 'estuaire', 'oued', 'foret', 'desert', 'lagune',
  'lac', 'fleuve', 'mont', 'massif', 'vallee', 'colline', 'canal', 'plateau', 'faille', 'falaise', 'gorges', 'chutes', 'cascade', 'cascades', 'grotte',
  'pic', 'mayo']);
for (const k of FEATURE_HEADS) {
  VENUE_HEADS.add(k);
  VENUE_NEEDS_CAP_NAME.add(k);
}

/** Is the word at `i` a venue's head noun in lower case (`stade`, `palais`): a name right after it names the venue? */
export function isVenueHead(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i];
  return isWord(t) && !t.cap && VENUE_HEADS.has(t.key);
}

/**
 * Venues whose head is a noun and its complement (`salle des fêtes`, `maison des jeunes`, `palais des sports`), folded:
 * the pair heads the venue as one noun would (`la salle des fêtes de Djarengol`).
 */
const VENUE_HEAD_COMPLEMENTS: ReadonlyMap<string, readonly (readonly string[])[]> = new Map(
  Object.entries({
    salle: ['des fetes', 'des sports', 'des congres', 'des spectacles'],
    marche: ['a betail', 'aux bestiaux', 'au poisson', 'aux poissons', 'aux legumes', 'de gros'],
    maison: ['des jeunes', 'de la culture', 'du peuple', 'de la femme', 'des jeunes et de la culture'],
    palais: ['des sports', 'des congres', 'de la culture', 'du peuple', 'des expositions'],
  }).map(([head, complements]) => [head, complements.map((c) => c.split(' '))]),
);

/** The end of the venue head's complement at `i` (`salle` `des fêtes`), on its line and in lower case, or -1. */
function headComplementEnd(ctx: Ctx, i: number): number {
  const toks = ctx.toks;
  const t = toks[i];
  let best = -1;
  for (const words of VENUE_HEAD_COMPLEMENTS.get(t.key) ?? []) {
    const ok = words.every((w, n) => {
      const x = toks[i + 1 + n];
      return x && x.key === w && !x.cap && x.line === t.line;
    });
    if (ok) best = Math.max(best, i + 1 + words.length);
  }
  return best;
}

function findVenue(ctx: Ctx, i: number, out: Cand[]): void {
  const toks = ctx.toks;
  const t = toks[i];
  const complement = isWord(t) ? headComplementEnd(ctx, i) : -1;
  if (!VENUE_HEADS.has(t.key) && complement < 0) return;
  // `cité` is also the participle of `citer` (`avait cité Hillpay`): a housing estate has its article.
  if (t.key === 'cite' && !t.cap && !ESTATE_ARTICLES.has(toks[i - 1]?.key ?? '')) return;
  let j = complement > 0 ? complement : i + 1;
  // `aéroport international Modibo Keïta`: adjectives, then a name written directly.
  while (j < toks.length && j < i + 3 && isWord(toks[j]) && !toks[j].cap && /(?:al|ale|aux|ique|ien|ienne|ais|aise)$/.test(toks[j].key)) j++;
  // `l'Église évangélique du X`: a denomination names a church as a body, not a building (institutions.ts reads it).
  if (t.key === 'eglise' && t.cap && toks.slice(i + 1, j).some((a) => DENOMINATIONS.has(a.key))) return;
  // An adjective names the venue itself (`le stade municipal de Sokodé`): the town after it is inside the venue's name.
  const qualified = j > i + 1;
  let nameStart = j;
  // A name on the next line is the next line's (`confiés au parc` closing a teaser, then an advert).
  const direct = isWord(toks[j]) && toks[j].cap && toks[j].line === t.line;
  if (!direct) {
    const k = linkAfter(ctx, j);
    // `l'Arène nationale`, `le Stade olympique`: a capitalised head and its adjectives are the venue's whole name.
    if (t.cap && !VENUE_NEEDS_CAP_NAME.has(t.key) && j > i + 1 && k < 0 && !toks.slice(i + 1, j).some((a) => ctx.lex.demonyms.has(a.key))) {
      out.push({ type: 'PLACE', s: i, e: j, prio: 4, kind: 'venue' });
      return;
    }
    // `boulevard du 30 Juin`, `place du 26 Mars`: a venue named after a date (the date grammar leaves it).
    if (k > 0 && toks[k].kind === 'n' && toks[k].text.length <= 2 && MONTHS.has(toks[k + 1]?.key ?? '') && toks[k + 1].line === t.line) {
      out.push({ type: 'PLACE', s: i, e: k + 2, prio: 4, kind: 'venue' });
      return;
    }
    if (k < 0 || !isWord(toks[k]) || !toks[k].cap) return;
    // `aéroport de Bamako` names the town: the airport is left to the place itself (`stade de l'Amitié` is a venue).
    if (!qualified && (t.key === 'aeroport' || t.key === 'hotel' || t.key === 'gare' || t.key === 'stade') && (ctx.lex.lex.longest(toks, k) || !isWord(toks[k + 1]))) return;
    nameStart = k;
  }
  // `hôpital Dr Suzanne X`, `salle Mgr Y`, `marché Ardo Z` (made-up): a venue named after a person keeps the person's title.
  if (direct) nameStart = namesakeAfterTitle(ctx, nameStart);
  if (ctx.barrier[nameStart] || isTruncated(ctx, nameStart)) return;
  const first = toks[nameStart];
  if (ctx.lex.nonNames.has(first.key) && !opensDashedName(ctx, nameStart) && !['independance', 'nation', 'republique', 'liberte', 'paix', 'etoile', 'concorde', 'unite'].includes(first.key)) return;
  if (VENUE_NEEDS_CAP_NAME.has(t.key) && !t.cap && !direct && !['place', 'rue', 'avenue', 'boulevard', 'pont'].includes(t.key) && !FEATURE_HEADS.has(t.key) && complement < 0) return;
  let e = compoundEnd(ctx, nameStart);
  for (let n = 0; n < 4 && isWord(toks[e]) && (toks[e].cap || toks[e].upper) && !ctx.barrier[e] && !isTruncated(ctx, e); n++) e = compoundEnd(ctx, e);
  // A quarter or a village is named by its name alone (`le quartier Titirou`); `palais de Koulouba` and
  // `Palais de Koulouba` are one venue.
  out.push({ type: 'PLACE', s: !t.cap && SETTLEMENT_HEADS.has(t.key) ? nameStart : leadingAdjectiveStart(ctx, i), e, prio: 4, kind: 'venue' });
}

/** Adjectives of Christian denominations (folded): after `Église`, a church as a body (`Église évangélique du X`). */
const DENOMINATIONS = new Set(['evangelique', 'catholique', 'protestante', 'methodiste', 'baptiste', 'adventiste', 'presbyterienne',
  'kimbanguiste', 'orthodoxe', 'lutherienne', 'anglicane', 'reformee', 'apostolique', 'pentecotiste']);

/** Adjectives written capitalised before a venue's capitalised noun, part of its name (`Grande Mosquée de X`, `Grand Marché`), folded. */
const LEADING_ADJECTIVES = new Set(['grand', 'grande', 'petit', 'petite', 'nouveau', 'nouvelle', 'vieux', 'vieille', 'ancien', 'ancienne']);

/** The start of a capitalised venue's name at `i`, taking a capitalised adjective right before it on its line. */
function leadingAdjectiveStart(ctx: Ctx, i: number): number {
  const t = ctx.toks[i];
  const p = ctx.toks[i - 1];
  return t.cap && isWord(p) && p.cap && !p.upper && p.line === t.line && !p.joinPrev && LEADING_ADJECTIVES.has(p.key) ? i - 1 : i;
}

/** Lower-case nouns of settlements and posts whose `de X` complement is a place name (`la ville de Kati`, `au poste de Kidira`). */
const SETTLEMENT_NOUNS = new Set(['ville', 'village', 'villages', 'localite', 'commune', 'cercle', 'prefecture', 'sous-prefecture', 'quartier',
  'capitale', 'port', 'poste', 'bourgade', 'hameau', 'agglomeration', 'cite', 'banlieue', 'environs', 'region', 'province', 'arrondissement', 'departement',
  'villes', 'localites', 'communes', 'quartiers', 'regions', 'provinces', 'arrondissements', 'departements']);
/**
 * Lower-case words whose `de X` complement is a place: of where (`près de Diafarabé`, `au large de Tiwi`), natural
 * features (`la mare de Tiébougou`, `le barrage de Ziga`), administrative units (`la wilaya de Tizi Ouzou`) and the
 * people and officials of a place (`les habitants de Sidi Bouzid`, `le gouverneur de Kasserine`).
 */
const LOCATIVE_NOUNS = new Set(['pres', 'large', 'loin', 'abords', 'proximite', 'direction', 'est', 'ouest', 'nord', 'sud', 'nord-est',
  'nord-ouest', 'sud-est', 'sud-ouest', 'barrage', 'lac', 'fleuve', 'riviere', 'mare', 'foret', 'colline', 'plaine', 'vallee', 'oasis',
  'massif', 'ile', 'plateau', 'delta', 'baie', 'golfe', 'wilaya', 'willaya', 'gouvernorat', 'daira', 'douar', 'caidat', 'municipalite',
  'habitants', 'population', 'populations', 'originaire', 'originaires', 'natif', 'native', 'maire', 'gouverneur', 'prefet', 'sous-prefet', 'wali']);
/**
 * Is the lower-case word at `k` one whose `de X` complement is a place: a settlement or a locative noun? `direction`
 * only after `en` (`en direction de Kati`): with an article it is a firm's management (`la direction de Sotrakanda`: made-up).
 */
function placeNounBeforeDe(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!t || t.cap) return false;
  if (t.key === 'direction') return ctx.toks[k - 1]?.key === 'en';
  return SETTLEMENT_NOUNS.has(t.key) || LOCATIVE_NOUNS.has(t.key);
}
/** Lower-case words that join the parts of a compound place name (`Flic-en-Flac`, `Pointe-aux-Piments`, `Rostov-sur-le-Don`). */
const TOPONYM_LINKS = new Set(['en', 'aux', 'au', 'sur', 'sous', 'le', 'la', 'les', 'des', 'du', 'de', "d'", "l'", 'lez', 'et']);
/** Lower-case nouns of routes whose `X-Y` complement joins two places (`le corridor Dakar-Bamako`, `l'axe Kayes-Diboli`). */
const ROUTE_NOUNS = new Set(['corridor', 'axe', 'route', 'troncon', 'ligne', 'liaison', 'frontiere', 'trajet', 'itineraire', 'vol', 'voie', 'piste', 'autoroute', 'chemin']);
/** Adjectives that make a part of a region its own name (`Europe occidentale`, `Suisse romande`, `Afrique subsaharienne`). */
const REGION_ADJECTIVES = new Set(['occidentale', 'occidental', 'orientale', 'oriental', 'meridionale', 'meridional', 'septentrionale',
  'septentrional', 'centrale', 'central', 'romande', 'alemanique', 'subsaharienne', 'sub-saharienne', 'australe', 'equatoriale', 'insulaire',
  'forestiere', 'maritime']);

/** An unknown capitalised word that may be a place: one word (or a hyphenated compound), not a common, first or demonym word. */
function placeWordEnd(ctx: Ctx, k: number): number {
  const t = ctx.toks[k];
  if (!isWord(t) || !t.cap || t.joinPrev || ctx.barrier[k] || isTruncated(ctx, k) || t.text.length < 3) return -1;
  if (t.upper && t.text.length < 4) return -1;
  const lex = ctx.lex;
  if (lex.nonNames.has(t.key) || lex.demonyms.has(t.key) || lex.firstNames.has(t.key)) return -1;
  const e = compoundEnd(ctx, k);
  for (let j = k + 1; j < e; j++) if (!ctx.toks[j].cap) return -1;
  // A second capitalised word makes a longer name (a person, a body), and so does one a connector joins (`Maboko na
  // Maboko`): not decided here.
  const nx = ctx.toks[e];
  if (isWord(nx) && (nx.cap || nx.upper) && nx.line === t.line) return -1;
  if (connectedEnd(ctx, e) > e) return -1;
  return e;
}

/** Capitalised articles that open a town's name (`La Baraque`, `L'Escalier`), folded. */
const NAME_ARTICLES = new Set(['la', 'le', 'les', "l'"]);

/** The end of a town's name opened by a capitalised article inside a sentence at `k` (`La Baraque`), or -1. */
function articledPlaceEnd(ctx: Ctx, k: number): number {
  const toks = ctx.toks;
  const a = toks[k];
  if (!a || !(a.kind === 'w' || a.kind === 'e') || !a.cap || a.upper || a.sentStart || !NAME_ARTICLES.has(a.key) || ctx.barrier[k]) return -1;
  const e = placeWordEnd(ctx, k + 1);
  return e > 0 && toks[k + 1].line === a.line && !ctx.lex.lex.longest(toks, k + 1) ? e : -1;
}

/**
 * Compound place names whose capitalised parts are joined by lower-case words (`Flic-en-Flac`,
 * `Pointe-aux-Piments`, `Rostov-sur-le-Don`): French names no person or body takes. Not one opened
 * by a first name (`Jean-de-Dieu`).
 */
function findLinkedCompounds(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'w' || !t.cap || t.upper || t.joinPrev || ctx.barrier[i]) continue;
    const e = compoundEnd(ctx, i);
    if (e < i + 3) continue;
    let links = true;
    for (let k = i + 1; k < e - 1 && links; k++) links = !toks[k].cap && TOPONYM_LINKS.has(toks[k].key);
    const last = toks[e - 1];
    if (links && last.cap && !last.upper && !ctx.lex.firstNames.has(t.key) && !isTruncated(ctx, e - 1)) out.push({ type: 'PLACE', s: i, e, prio: 2, kind: 'cuePlace' });
    i = e - 1;
  }
}

/** Bullets and dashes that open a listed headline. */
const BULLETS = new Set(['•', '–', '—', '-', '>', '»', '*']);

/** Does the token at `i` open a line, or follow its bullet? */
function headlineStart(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i];
  if (t.lineStart) return true;
  const b = ctx.toks[i - 1];
  return !!b && b.lineStart && b.line === t.line && BULLETS.has(b.text);
}

/**
 * Are the words of `[s, e)` none that the dictionary or the lists know (a topic, `Diplomatie :`,
 * `Faucons :`; a person, `Moussa :`)?
 */
function unknownWords(ctx: Ctx, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const w = ctx.toks[k];
    if (w.kind !== 'w') continue;
    if (ctx.lex.nonNames.has(w.key) || ctx.lex.demonyms.has(w.key) || ctx.lex.firstNames.has(w.key)) return false;
    if (wordClasses(w.key) & (WordClass.noun | WordClass.adjective | WordClass.verb | WordClass.function | WordClass.firstName)) return false;
  }
  return true;
}

/**
 * Places found by their cue rather than by the gazetteer: `à X` (the locative preposition before
 * one capitalised word), `en X`, `la ville de X`, the two ends of a route (`corridor Conakry-Kouremalé`), a
 * news dateline (`KIDAL, 3 mars`), a headline led by its town (`Niéna : …`), and a known region
 * with an orientation adjective.
 */
export function findCuePlaces(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  const lex = ctx.lex.lex;
  findLinkedCompounds(ctx, out);
  findForecastPlaces(ctx, out);
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (ctx.barrier[i]) continue;
    // `à Diboli`, `A Diboli,` (a capital A opens a sentence only as the preposition).
    if (t.text === 'à' || t.text === 'À' || (t.text === 'A' && t.sentStart)) {
      const known = lex.longest(toks, i + 1);
      let e = known ? (known.entry.type === 'PLACE' ? known.end : -1) : placeWordEnd(ctx, i + 1);
      if (e > 0 && !known) out.push({ type: 'PLACE', s: i + 1, e, prio: 1, kind: 'cuePlace' });
      // `à La Baraque`, `À L'Escalier`: an article written with a capital inside a sentence opens a town's name.
      const articled = known ? -1 : articledPlaceEnd(ctx, i + 1);
      if (articled > 0) out.push({ type: 'PLACE', s: i + 1, e: articled, prio: 1, kind: 'cuePlace' });
      // `à Bolomba et Basankusu`, `à Kati, Kolokani et Banamba`: the places listed after `à` share its cue.
      while (e > 0 && (toks[e]?.text === ',' || toks[e]?.key === 'et') && toks[e].line === t.line) {
        const k = toks[e].text === ',' && toks[e + 1]?.key === 'et' ? e + 2 : e + 1;
        const next = lex.longest(toks, k);
        const f = next ? (next.entry.type === 'PLACE' ? next.end : -1) : placeWordEnd(ctx, k);
        if (f > 0 && !next) out.push({ type: 'PLACE', s: k, e: f, prio: 1, kind: 'cuePlace' });
        e = f;
      }
      continue;
    }
    // `en Casamance`, `en Ituri`: `en` before one capitalised word no list knows names a region or a country.
    if (t.kind === 'w' && t.text === 'en') {
      const e = placeWordEnd(ctx, i + 1);
      const next = toks[e]?.line === t.line ? toks[e] : undefined;
      // Not a name going on, nor a division's number (`en Ligue 1`).
      if (e > 0 && !lex.longest(toks, i + 1) && !(next && ((isWord(next) && next.cap) || next.kind === 'n'))) out.push({ type: 'PLACE', s: i + 1, e, prio: 1, kind: 'cuePlace' });
      continue;
    }
    // `la mine d'or de Faléya` (made-up): the mine's site after its ore.
    if ((t.key === 'de' || t.key === "d'") && afterMineNoun(ctx, i) && !placeNounBeforeDe(ctx, i - 1)) {
      const e = placeWordEnd(ctx, i + 1);
      if (e > 0 && !lex.longest(toks, i + 1)) out.push({ type: 'PLACE', s: i + 1, e, prio: 1, kind: 'cuePlace' });
      continue;
    }
    if (t.kind === 'w' && placeNounBeforeDe(ctx, i)) {
      const k = linkAfter(ctx, i + 1);
      if (k > 0 && (ctx.toks[i + 1].key === 'de' || ctx.toks[i + 1].key === "d'")) {
        const e = placeWordEnd(ctx, k);
        if (e > 0 && !lex.longest(toks, k)) out.push({ type: 'PLACE', s: k, e, prio: 1, kind: 'cuePlace' });
      }
      continue;
    }
    if (t.kind === 'w' && !t.cap && ROUTE_NOUNS.has(t.key)) {
      const a = i + 1;
      const ta = toks[a];
      if (!isWord(ta) || !ta.cap || ta.upper) continue;
      const b = compoundEnd(ctx, a);
      // Exactly two capitalised parts, one of them a known or listed place: `Conakry-Kouremalé`.
      if (b !== a + 2 || !toks[a + 1].cap) continue;
      let known = 0;
      for (const k of [a, a + 1]) {
        const m = lex.longest(toks, k, (en) => en.type === 'PLACE');
        if ((m && m.end === k + 1) || listedPlaceEnd(toks, k) === k + 1) known++;
        else if (ctx.lex.nonNames.has(toks[k].key) || ctx.lex.demonyms.has(toks[k].key) || ctx.lex.firstNames.has(toks[k].key)) known = -9;
      }
      if (known < 1) continue;
      for (const k of [a, a + 1]) {
        const m = lex.longest(toks, k, (en) => en.type === 'PLACE');
        if (m && m.end === k + 1) out.push({ type: 'PLACE', s: k, e: k + 1, prio: 5, kind: 'cuePlace', gazId: m.entry.id });
        else out.push({ type: 'PLACE', s: k, e: k + 1, prio: 5, kind: 'cuePlace' });
      }
      continue;
    }
    // `Niéna : le pont est rouvert`, `– Kolokani : un réseau…`: a headline led by the town it is about.
    if (t.kind === 'w' && t.cap && !t.upper && !t.joinPrev && headlineStart(ctx, i)) {
      const e = compoundEnd(ctx, i);
      if (toks[e]?.text === ':' && toks[e + 1]?.line === t.line && toks[e + 1].text !== '«' && toks[e + 1].text !== '"' && unknownWords(ctx, i, e) && !lex.longest(toks, i)) {
        out.push({ type: 'PLACE', s: i, e, prio: 1, kind: 'cuePlace' });
        continue;
      }
    }
    // Dateline: `KIDAL, 3 mars` at the start of a line.
    if (t.lineStart && t.kind === 'w' && t.upper && t.text.length >= 3 && !ctx.lex.nonNames.has(t.key)) {
      const e = compoundEnd(ctx, i);
      if (toks[e]?.text === ',' && (toks[e + 1]?.kind === 'n' || ctx.barrier[e + 1]) && !lex.longest(toks, i)) {
        out.push({ type: 'PLACE', s: i, e, prio: 2, kind: 'cuePlace' });
      }
      continue;
    }
    // `Europe occidentale`, `Suisse romande`.
    if (t.kind === 'w' && t.cap) {
      const m = lex.longest(toks, i, (en) => en.type === 'PLACE');
      if (!m) continue;
      const a = toks[m.end];
      if (!isWord(a) || a.cap || ctx.barrier[m.end]) continue;
      const ae = compoundEnd(ctx, m.end);
      const key = toks.slice(m.end, ae).map((x) => x.key).join('-');
      if (REGION_ADJECTIVES.has(key)) out.push({ type: 'PLACE', s: i, e: ae, prio: 4, kind: 'cuePlace' });
    }
  }
}

/** What a listed place name must not be to be read as one: a word French writes in lower case elsewhere, or a first name. */
const NOT_A_PLACE_WORD = WordClass.noun | WordClass.adjective | WordClass.verb | WordClass.function | WordClass.firstName;

/**
 * Towns and regions of Africa that the hand-made gazetteer does not hold (GeoNames lists them, see
 * listedPlaces.ts): a capitalised name the list holds, each of its words capitalised, none of them
 * a common word, a first name or a known surname. They are guesses (the list cannot tell the town
 * from the family that shares its name): the lowest priority, a mention the corpus-level learner
 * may retype, dropped where the file uses the word in a person's name.
 */
/**
 * Enumerations of places (`les zones de Koutiala, Sikasso, Bougouni et Fana`): one capitalised word
 * that no rule claimed and that no list knows as a name of another kind, listed after `,` or `et`
 * with two places or more that the rules read, is a place too. Runs on the resolved candidates.
 */
export function propagatePlaceLists(ctx: Ctx, chosen: readonly Cand[]): Cand[] {
  const toks = ctx.toks;
  const placeAt = new Map<number, Cand>();
  const taken = new Uint8Array(toks.length + 1);
  for (const c of chosen) {
    taken.fill(1, c.s, c.e);
    if (c.type === 'PLACE') placeAt.set(c.s, c);
  }
  const added: Cand[] = [];
  for (let i = 0; i < toks.length; i++) {
    const first = placeAt.get(i);
    if (!first) continue;
    // Walk the list: items joined by `,` or `et`, each a place read by the rules or one free capitalised word.
    const free: number[] = [];
    let places = 1;
    const before = toks[i - 1];
    const inSentence = before !== undefined && before.line === toks[i].line && before.kind === 'w' && !before.cap;
    let k = first.e;
    for (let n = 0; n < 12; n++) {
      const sep = toks[k];
      if (!sep || sep.line !== toks[i].line || (sep.text !== ',' && sep.key !== 'et')) break;
      const j = sep.text === ',' && toks[k + 1]?.key === 'et' ? k + 2 : k + 1;
      const next = placeAt.get(j);
      if (next) {
        places++;
        k = next.e;
        continue;
      }
      const w = toks[j];
      const end = j + 1;
      if (!isWord(w) || !w.cap || w.upper || taken[j] || w.joinPrev || toks[end]?.joinPrev || ctx.barrier[j]) break;
      if (mayBeFirstName(ctx, w.key) || ctx.lex.nonNames.has(w.key) || ctx.lex.demonyms.has(w.key) || ctx.lex.personSurnames.has(w.key)) break;
      // A common noun is a town's name (`Fana`) only in a sentence's list (`les zones de Koutiala, … et Fana`), not
      // in a line of tags (`Mots-clés : Coton, Koutiala, Engrais`).
      if (wordClasses(w.key) !== 0 && !inSentence) break;
      free.push(j);
      k = end;
      if (sep.key === 'et' || toks[j - 1]?.key === 'et') break;
    }
    if (places >= 2 && free.length === 1) added.push({ type: 'PLACE', s: free[0], e: free[0] + 1, prio: 3, kind: 'cuePlace' });
    i = k - 1;
  }
  return added;
}

/** Prepositions of movement between places (folded): `vers X`, `entre X et Y`. */
const TOWARDS = new Set(['vers', 'entre', 'depuis']);

/** Prepositions repeated after `et` before each place of a coordination. */
const REPEATED_LINKS = new Set(['de', "d'", 'a', 'vers']);

/** Ores a mine is named for between its noun and its place (`la mine d'or de Faléya`: made-up), folded. */
const ORES = new Set(['or', 'fer', 'cuivre', 'manganese', 'uranium', 'bauxite', 'phosphate', 'phosphates', 'diamant', 'diamants', 'charbon', 'lithium', 'cobalt', 'zinc', 'nickel']);
/** Nouns of a mine or a quarry, whose `de X` complement (after the ore or not) is its site (folded). */
const MINE_NOUNS = new Set(['mine', 'mines', 'gisement', 'gisements', 'carriere', 'carrieres']);

/** Is the `de` at `k` one after a mine's noun, its ore between them or not (`la mine d'or de X`, `le gisement de X`)? */
function afterMineNoun(ctx: Ctx, k: number): boolean {
  const toks = ctx.toks;
  let n = k - 1;
  if (ORES.has(toks[n]?.key ?? '') && (toks[n - 1]?.key === "d'" || toks[n - 1]?.key === 'de')) n -= 2;
  return MINE_NOUNS.has(toks[n]?.key ?? '') && !toks[n].cap;
}

/**
 * Does the name `[s, e)` stand where only a place stands: after `à` (unless `loose` is false: `à` also
 * follows a verb's object, `doit à X`), `vers`, `entre`, a settlement, locative or mine's noun and `de`
 * (`la commune de Sidi Moussa`, `les habitants de Sidi Moussa`, `la mine d'or de Faléya`), or joined by
 * `et` to a place the gazetteer knows (`Tiznit et Sidi Ifni`, `Ben Amira et Choum`)?
 */
export function standsAsPlace(ctx: Ctx, s: number, e: number, loose = true): boolean {
  const toks = ctx.toks;
  const before = toks[s - 1];
  if ((before && before.line === toks[s].line && TOWARDS.has(before.key)) || (loose && followsA(ctx, s))) return true;
  if ((before?.key === 'de' || before?.key === "d'") && (placeNounBeforeDe(ctx, s - 2) || afterMineNoun(ctx, s - 1))) return true;
  // `les départements du Kanfo` (made-up): a unit's `du` before a region named with its article.
  if (before?.key === 'du' && before.line === toks[s].line && placeNounBeforeDe(ctx, s - 2)) return true;
  // Coordinated with a place (`Ouagadougou et Fada N’Gourma`, `de Ouagadougou et de Fada N’Gourma`).
  const et = REPEATED_LINKS.has(toks[s - 1]?.key ?? '') && toks[s - 2]?.key === 'et' ? s - 2 : s - 1;
  if (toks[et]?.key === 'et') {
    let k = et - 1;
    while (k > 0 && toks[k].joinPrev) k--;
    if (knownPlaceAt(ctx, k)) return true;
  }
  return toks[e]?.key === 'et' && toks[e].line === toks[s].line && knownPlaceAt(ctx, e + 1);
}

export function findListedPlaces(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  const lex = ctx.lex;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!isWord(t) || !t.cap || t.joinPrev || ctx.barrier[i] || t.text.length < 3) continue;
    const e = listedPlaceEnd(toks, i);
    if (e < 0) continue;
    let ok = true;
    let personWord = false;
    // Common words (`Fada N’Gourma`: `fada` is an adjective) make no place alone, but may open or close a longer name.
    let commonWords = 0;
    for (let k = i; k < e && ok; k++) {
      const w = toks[k];
      // A listed district's roman numeral closes its name (`Toamasina II`); other short capitals make no place.
      if (k > i && k === e - 1 && isRomanNumeral(w)) continue;
      if (ctx.barrier[k] || !w.cap || (w.upper && w.text.length < 4)) ok = false;
      // A word that names nothing alone may open a dashed name (`Saint-Louis`, `Grand-Bassam`).
      else if ((lex.nonNames.has(w.key) && !(k + 1 < e && toks[k + 1].joinPrev)) || lex.demonyms.has(w.key)) ok = false;
      else if (lex.firstNames.has(w.key) || lex.personSurnames.has(w.key) || wordClasses(w.key) & WordClass.firstName) personWord = true;
      else if (wordClasses(w.key) & NOT_A_PLACE_WORD) commonWords++;
    }
    // Common words joined by a dash, each capitalised, are a name French gives no common thing (`Port-Gentil`, `Pointe-Noire`).
    const dashedName = e > i + 1 && compoundEnd(ctx, i) >= e;
    if (!ok || (commonWords === e - i && !dashedName) || isTruncated(ctx, e - 1)) continue;
    // A numbered district stands as a place wherever it is written: no person's name ends so, unless opened by a first name.
    const numbered = isRomanNumeral(toks[e - 1]);
    if (!personWord) out.push({ type: 'PLACE', s: i, e, prio: e > i + 1 && (numbered || standsAsPlace(ctx, i, e)) ? 5 : 0, kind: 'listedPlace' });
    // A listed name of several words that holds a person's name (`Sidi Ifni`, `Souss-Massa`) is that place
    // only where it stands as one: one dashed word not opened by a first name, or among places.
    else if (e > i + 1 && ((compoundEnd(ctx, i) >= e && !lex.firstNames.has(t.key)) || standsAsPlace(ctx, i, e))) out.push({ type: 'PLACE', s: i, e, prio: 5, kind: 'listedPlace' });
  }
}
