/**
 * Institutions named by a head noun and its complements (`Conseil supérieur de la Défense
 * nationale`, `ministère des Affaires étrangères et de la Coopération internationale`,
 * `Direction générale de la Police nationale`), company cues (`le groupe tartare Yadran`),
 * and cued platforms (`la plateforme x`). Events are events.ts's.
 */
import { wordClasses } from '../gazetteer/frenchLexicon';
import { CUED_PLATFORMS, PLATFORM_CUES } from '../gazetteer/organisations';
import type { Cand, Ctx } from './context';
import { isWord, mayBeFirstName, opensDashedName, quotedNameEnd, unlistedNameWord } from './context';
import { knownPlaceAt } from './listedPlaces';
import { isRomanNumeral } from './numberedCommunes';
import { isAcronymToken, plausibleAcronym } from './acronyms';
import { compoundEnd, compoundKey, connectedEnd, extendTail, isAdjective, isLowerNoun, skipAdjectives, trimTrailing } from './tail';
import { findPartyCues, isPartyHead, partyConvention } from './parties';
import { acronymFacilityEnd, facilityKey, namedAfter, numberedSchoolSeatEnd, schoolNumberEnd } from './facilities';
import { titleAt } from './titles';
import { MONTHS, WEEKDAYS } from '../dates/lexicon';

/** Head nouns of institutions (folded). Lower-case heads need a capitalised complement. */
export const HEADS = new Set([
  'ministere', 'departement', 'conseil', 'commission', 'direction', 'forces', 'force', 'banque', 'assemblee', 'cour', 'agence',
  'societe', 'groupe', 'office', 'union', 'organisation', 'communaute', 'confederation', 'federation', 'alliance', 'association',
  'comite', 'fonds', 'autorite', 'tribunal', 'parlement', 'chambre', 'chambres', 'secretariat', 'cabinet', 'institut', 'universite',
  'ecole', 'ecoles', 'academie', 'centre', 'musee', 'parti', 'front', 'mouvement', 'rassemblement', 'coordination', 'syndicat', 'compagnie',
  'regie', 'caisse', 'ligue', 'inspection', 'garde', 'gendarmerie', 'police', 'etat-major', 'service', 'services', 'bureau', 'mission',
  'observatoire', 'fondation', 'brigade', 'bataillon', 'regiment', 'conference', 'cellule', 'delegation', 'ambassade', 'consulat',
  'mairie', 'gouvernorat', 'radio', 'television', 'usine', 'usines', 'hopital', 'clinique', 'lycee', 'college', 'eglise', 'haut-commissariat',
  'chemin', 'chemins', 'entreprise', 'entreprises', 'plateforme', 'reseau', 'collectif', 'federations', 'armee', 'marine', 'legion',
  'secretariat-general', 'senat', 'agence', 'division', 'unite', 'etablissement', 'programme', 'fonds', 'commissariat', 'port', 'bourse',
  'groupement', 'cooperative', 'barreau', 'sultanat', 'chefferie', 'bloc', 'paroisse', 'diocese', 'archidiocese', 'circonscription',
  // A commune written capitalised is its council (`la Commune d'arrondissement de X`); in lower case it is the place,
  // and so is a prefecture (the office capitalised, `la Préfecture de Touméta`: made-up; the territory in lower case).
  'commune', 'prefecture', 'sous-prefecture',
  // Newspapers' title words (`Gazette de Lausanne`, `Courrier du Sahel`): a media is an institution.
  'gazette', 'tribune', 'echo', 'courrier', 'depeche',
  // Shops and firms named by their trade (`Pharmacie Lakouanga`, `Imprimerie Zanatany`, `Assurances Sango Vie`,
  // `Pompes funèbres Naaba-Yiri`: made-up).
  'pharmacie', 'imprimerie', 'boulangerie', 'librairie', 'quincaillerie', 'assurances', 'pompes',
  // A publisher (`Éditions du Ferlo`).
  'editions',
  // A party's convention (its name's adjective or ideal decides: `partyConvention`).
  'convention',
  // Customary bodies: a land-holding lineage, a royal family (see NAMED_AFTER_HEADS).
  'collectivite', 'famille',
  // A church named as assemblies (`Assemblées de Dieu`).
  'assemblees',
  // A university's faculties and laboratories (`Faculté des sciences sociales`, `laboratoire Kanfo`: made-up).
  'faculte', 'laboratoire',
]);
/** Heads that only count when capitalised (they are common nouns otherwise). */
const CAP_ONLY = new Set(['conference', 'service', 'services', 'bureau', 'mission', 'programme', 'division', 'unite', 'reseau', 'plateforme',
  'radio', 'television', 'union', 'alliance', 'front', 'mouvement', 'garde', 'police', 'marine', 'centre', 'cellule', 'delegation', 'force',
  'forces', 'cour', 'chambre', 'college', 'eglise', 'armee', 'ecole', 'ecoles', 'etablissement', 'usine', 'usines', 'chemin', 'chemins',
  'groupe', 'societe', 'entreprise', 'entreprises', 'commission', 'conseil', 'comite', 'direction', 'cabinet', 'secretariat', 'office',
  'organisation', 'communaute', 'association', 'fondation', 'federation', 'confederation', 'assemblee', 'agence', 'banque', 'parlement',
  'tribunal', 'institut', 'universite', 'academie', 'musee', 'parti', 'rassemblement', 'coordination', 'syndicat', 'compagnie', 'caisse',
  'ligue', 'collectif', 'legion', 'brigade', 'bataillon', 'regiment', 'inspection', 'gendarmerie', 'fonds', 'autorite', 'hopital',
  'clinique', 'lycee', 'mairie', 'observatoire', 'regie', 'gouvernorat', 'haut-commissariat', 'etat-major', 'circonscription',
  'commissariat', 'port', 'bourse', 'groupement', 'cooperative', 'gazette', 'tribune', 'echo', 'courrier', 'depeche', 'bloc',
  'pharmacie', 'imprimerie', 'boulangerie', 'librairie', 'quincaillerie', 'assurances', 'commune', 'prefecture', 'sous-prefecture', 'editions', 'pompes', 'convention', 'collectivite', 'famille', 'assemblees', 'faculte', 'laboratoire']);
/** Does the (folded) word head a body's name, or open a two-word head (`Complexe scolaire`)? */
function opensBody(key: string): boolean {
  return HEADS.has(key) || COMPOUND_HEADS.has(key);
}
/** Two-word heads whose second word is not a complement of its own (a Map: a token key indexing an object literal is slow and would find `constructor`). */
const COMPOUND_HEADS = new Map<string, string[][]>(Object.entries({
  groupe: [['de', 'travail']],
  complexe: [['scolaire']],
  chemin: [['de', 'fer']],
  chemins: [['de', 'fer']],
  haut: [['conseil'], ['commissariat']],
  haute: [['autorite'], ['cour']],
  etat: [['major']],
}));
/** Lower-case complements are allowed after these capitalised heads (`Groupe de travail sur le trafic…`). */
const LOWER_TAIL_OK = new Set(['commission', 'groupe', 'conseil', 'comite', 'agence', 'office', 'observatoire', 'autorite', 'societe', 'union', 'bureau',
  'association', 'ligue', 'caisse', 'chambre', 'fonds', 'institut', 'ecole', 'federation', 'syndicat', 'direction', 'cour',
  'organisation', 'programme', 'haut', 'haute', 'mission', 'usines', 'chemin', 'chemins', 'ecoles', 'academie', 'musee', 'front',
  'mouvement', 'alliance', 'rassemblement', 'parti', 'compagnie', 'banque', 'forces', 'force', 'commissariat', 'haut-commissariat',
  'groupement', 'cooperative', 'tribunal', 'hopital', 'brigade', 'universite', 'bloc', 'coordination', 'collectif', 'confederation', 'plateforme',
  'reseau', 'fondation', 'commune', 'inspection', 'service', 'services', 'convention', 'eglise', 'assemblees', 'faculte', 'laboratoire']);
/** Heads whose first complement may start with `à` / `aux` (`Commissariat à la sécurité alimentaire`). */
const A_LINK_HEADS = new Set(['commissariat', 'haut-commissariat', 'secretariat', 'delegation']);
/** Heads whose complements are portfolios, listed with commas (`ministère de l'Élevage, de la Pêche et des Ressources animales`). */
const PORTFOLIO_HEADS = new Set(['ministere', 'departement', 'secretariat', 'secretariat-general']);
/**
 * Bodies named for a topic take a complement with `sur` (`Groupe de travail sur le trafic de migrants`,
 * `Commission d'enquête sur …`); after any other head, `sur` starts what is said of the body (`le
 * rapport de la Cour des comptes sur la dette`).
 */
const TOPIC_HEADS = new Set(['commission', 'groupe', 'comite', 'observatoire', 'conference', 'mission', 'cellule', 'programme', 'haut',
  'haute', 'conseil', 'forum', 'institut', 'centre', 'reseau', 'plateforme', 'collectif']);
/** A person's portfolio, not a body: `Président de la Transition`, `ministre de la Défense`. */
const JOB_BEFORE = new Set(['directeur', 'directrice', 'chef', 'membre', 'membres', 'president', 'presidente', 'secretaire', 'ministre']);

/** The levels of an administration's directorate (`la direction régionale des Mines`): a body even in lower case, with a capitalised complement. */
const ADMIN_LEVELS = new Set(['regionale', 'generale', 'nationale', 'departementale', 'provinciale', 'prefectorale', 'centrale', 'communale']);

/** Lower-case heads that take a person's or a place's name directly (`hôpital Moussa Diarrassouba`). */
const NAMED_AFTER_HEADS = new Set(['hopital', 'universite', 'lycee', 'college', 'clinique', 'ecole', 'fondation', 'fonds', 'institut', 'polyclinique', 'paroisse',
  // A customary land-holding lineage (`la collectivité Kanfo`: made-up), a royal family (`la famille royale Kanfo`, never a family alone).
  'collectivite', 'famille',
  // A laboratory named after a person, schools grouped under one name (`Groupe scolaire Kanfo`, `Complexe scolaire Les Manguiers`).
  'laboratoire', 'groupe scolaire', 'complexe scolaire']);
/** The adjectives that make a family a dynasty, a body of its own (`la famille royale X`). */
const DYNASTY_ADJECTIVES = new Set(['royale', 'princiere', 'regnante']);
/** What a school or parish says of its kind between its head and its name (`école primaire Sainte-Bakhita`). */
const KIND_ADJECTIVES = new Set(['primaire', 'secondaire', 'maternelle', 'publique', 'privee', 'catholique', 'protestante', 'evangelique',
  'coranique', 'franco-arabe', 'communautaire', 'technique', 'professionnelle', 'confessionnelle', 'prive', ...DYNASTY_ADJECTIVES]);

/**
 * Is the complement at `k` of `département` a place written directly after `de`, with no article (`département de
 * Zénoula`, `Département de Kafouré`: made-up): the territory, not a ministry (`département de la Défense`, `Département d'État`)?
 */
function territorialDepartment(ctx: Ctx, k: number): boolean {
  const toks = ctx.toks;
  const link = toks[k];
  const w = toks[k + 1];
  if (!link || (link.key !== 'de' && link.key !== "d'") || !isWord(w) || !w.cap || w.upper || w.line !== link.line) return false;
  return !ctx.lex.nonNames.has(w.key) || opensDashedName(ctx, k + 1);
}

/** What makes a lower-case `cour` or `tribunal` a court of its kind, named by the place after it (`cour d'appel de X`). */
const COURT_KINDS = new Map<string, string[][]>([
  ['cour', [["d'", 'appel'], ['de', 'cassation'], ['supreme'], ['constitutionnelle'], ['des', 'comptes'], ["d'", 'assises']]],
  ['tribunal', [['de', 'grande', 'instance'], ['de', 'premiere', 'instance'], ['de', 'commerce'], ['militaire'], ['administratif'], ["d'", 'instance'], ['de', 'paix']]],
]);

/** The end of a lower-case court's kind after its head at `i` (`cour d'appel`, then its seat `de X`), or -1. */
function courtKindEnd(ctx: Ctx, i: number, headEnd: number): number {
  for (const seq of COURT_KINDS.get(ctx.toks[i].key) ?? []) if (seq.every((k, n) => ctx.toks[headEnd + n]?.key === k)) return headEnd + seq.length;
  return -1;
}

/** Venue-like institutions used as places (`Centre International de Conférence de Bamako`). */
function isVenueCentre(ctx: Ctx, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (ctx.toks[i].key === 'conference' || ctx.toks[i].key === 'conferences' || ctx.toks[i].key === 'congres') return true;
  return false;
}

export function findInstitutions(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  // The one body of each acronym the file names with its place (`TGI de X`), by acronym; undefined if it names two.
  const facilities = new Map<string, string | undefined>();
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'w' || ctx.barrier[i]) continue;
    let key = t.key;
    if (t.joinPrev) continue;
    let headEnd = compoundEnd(ctx, i);
    if (headEnd > i + 1) key = toks.slice(i, headEnd).map((x) => x.key).join('-');
    const facility = acronymFacilityEnd(ctx, i);
    if (facility > 0) {
      const fk = facilityKey(ctx, i, facility);
      facilities.set(t.key, facilities.has(t.key) && facilities.get(t.key) !== fk ? undefined : fk);
      out.push({ type: 'INSTITUTION', s: i, e: facility, prio: 4, kind: 'institution', key: fk });
      continue;
    }
    if (key === 'convention' && !partyConvention(ctx, i, headEnd)) continue;
    if (!HEADS.has(key) && !COMPOUND_HEADS.has(key)) continue;
    if (key === 'departement' && territorialDepartment(ctx, headEnd)) continue;
    if (key === 'famille' && !DYNASTY_ADJECTIVES.has(toks[headEnd]?.key ?? '')) continue;
    // `Groupe scolaire X`, `Complexe scolaire X`: schools grouped under the name after them.
    if ((key === 'groupe' || key === 'complexe') && toks[headEnd]?.key === 'scolaire') {
      key = `${key} scolaire`;
      headEnd++;
    }
    // `hôpital Moussa Diarrassouba`, `lycée Askia Mohamed`: a place named after a person or a place.
    let nameAt = headEnd;
    if (NAMED_AFTER_HEADS.has(key)) while (nameAt < headEnd + 2 && toks[nameAt]?.kind === 'w' && !toks[nameAt].cap && KIND_ADJECTIVES.has(toks[nameAt].key)) nameAt++;
    // `le lycée n°2 de Kanfo` (made-up): a school named by its number, with its seat.
    const numbered = NAMED_AFTER_HEADS.has(key) ? schoolNumberEnd(ctx, nameAt, false) : nameAt;
    if (numbered > nameAt) {
      out.push({ type: 'INSTITUTION', s: i, e: numberedSchoolSeatEnd(ctx, numbered), prio: 3, kind: 'institution' });
      continue;
    }
    const named = NAMED_AFTER_HEADS.has(key) ? namedAfter(ctx, nameAt) : headEnd;
    if (named > nameAt && !t.cap) {
      out.push({ type: 'INSTITUTION', s: i, e: named, prio: 3, kind: 'institution' });
      continue;
    }
    // `Université Cheikh Anta Diop de Dakar`, `Fonds Hassan II pour le développement`: a capitalised head's name, then its complements.
    if (named > nameAt) headEnd = named;
    const court = courtKindEnd(ctx, i, headEnd);
    if (CAP_ONLY.has(key) && !t.cap && court < 0 && !(key === 'direction' && ADMIN_LEVELS.has(toks[headEnd]?.key ?? ''))) continue;
    if (court > 0) headEnd = court;
    // `Directeur de Cabinet`: a head after a bare `de` is part of a job title.
    const prev = toks[i - 1];
    if (prev && (prev.key === 'de' || prev.key === "d'") && toks[i - 2] && JOB_BEFORE.has(toks[i - 2].key)) continue;
    // `Général d'Armée Assimi Goïta`: a rank, not the army.
    if (prev && prev.key === "d'" && toks[i - 2] && (toks[i - 2].key === 'general' || toks[i - 2].key === 'corps')) continue;
    for (const seq of COMPOUND_HEADS.get(key) ?? []) {
      if (seq.every((k, n) => toks[headEnd + n]?.key === k)) {
        headEnd += seq.length;
        key = key + ' ' + seq.join(' ');
        break;
      }
    }
    if (!HEADS.has(key.split(' ')[0]) && headEnd === compoundEnd(ctx, i)) continue;
    const lowerHead = !t.cap;
    const end = extendTail(ctx, headEnd, {
      // `Centre international de conférences de Bamako`, `Centre national de recherche`: a centre
      // takes lower-case complements after an adjective (`Centre de format.` is a scraper's cut).
      lowerNouns: !lowerHead && (LOWER_TAIL_OK.has(key.split(' ')[0]) || (key === 'centre' && (isVenueCentre(ctx, i, Math.min(toks.length, i + 6)) || (isWord(toks[headEnd]) && isAdjective(toks[headEnd].key))))),
      maxTokens: 22,
      // `tribunal de grande instance X`: a court's kind, then its seat written directly.
      capDirect: !lowerHead || court > 0,
      adjectiveLists: !lowerHead,
      aLink: A_LINK_HEADS.has(key.split(' ')[0]),
      portfolioList: PORTFOLIO_HEADS.has(key),
      topicLink: TOPIC_HEADS.has(key.split(' ')[0]),
      ideals: !lowerHead && isPartyHead(key),
      bodyHead: opensBody,
    });
    if (end <= headEnd && headEnd === compoundEnd(ctx, i)) continue;
    // A lower-case head needs a capitalised word in its first complement (`ministère des Affaires…`).
    if (lowerHead && !hasCapAfter(ctx, headEnd, end)) continue;
    // The tail must contain more than generic words (`Société d'État` names no company).
    if (onlyGeneric(ctx, headEnd, end)) continue;
    let e = throughToAcronym(ctx, trimTrailing(ctx, headEnd, end), toks[i].key);
    // A hospital or a school named after a person, after its kind (`Hôpital provincial de référence Jason Sendwe`).
    if (NAMED_AFTER_HEADS.has(key) && e > headEnd && toks[e]?.cap && !toks[e].upper && toks[e].line === toks[i].line) e = Math.max(e, namedAfter(ctx, e));
    if (e <= headEnd && headEnd === compoundEnd(ctx, i)) continue;
    // A newsroom's desk alone on its byline's line (`Service des sports`) signs the article; it names no body.
    if ((key === 'service' || key === 'services') && !toks[e - 1].cap && (i === 0 || toks[i - 1].line !== toks[i].line) && toks[e]?.line !== toks[i].line) continue;
    const venue = key === 'centre' && isVenueCentre(ctx, i, e);
    out.push({ type: venue ? 'PLACE' : 'INSTITUTION', s: i, e, prio: 3, kind: venue ? 'venue' : 'institution', key: institutionKey(ctx, i, headEnd, e) });
  }
  findCompanyCues(ctx, out);
  findKnownBodiesOfPlaces(ctx, out);
  findAirlines(ctx, out);
  findPartyCues(ctx, out);
  findPlatforms(ctx, out);
  findTeams(ctx, out);
  findForeignTails(ctx, out);
  findBrandPlaces(ctx, out);
  // The same acronym written bare afterwards (`le TGI a annulé`) is that body, when the file names only one.
  if (facilities.size === 0) return;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const fk = t.upper ? facilities.get(t.key) : undefined;
    if (fk !== undefined && !t.joinPrev && !ctx.barrier[i] && acronymFacilityEnd(ctx, i) < 0 && toks[i + 1]?.joinPrev !== true) out.push({ type: 'INSTITUTION', s: i, e: i + 1, prio: 4, kind: 'institution', key: fk });
  }
}

/**
 * A body the lists know by a name in words, then the country or town it serves (`la Croix-Rouge du
 * Burundi`, `le Croissant-Rouge de Djibouti`): one body, the place inside its name. Not after an
 * acronym (`l'OMS de Bamako` is an office of the OMS, and the guidelines keep the two).
 */
function findKnownBodiesOfPlaces(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  const lex = ctx.lex.lex;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'w' || !t.cap || t.upper || ctx.barrier[i]) continue;
    const m = lex.longest(toks, i);
    if (!m || m.entry.type !== 'INSTITUTION') continue;
    let k = m.end;
    const link = toks[k]?.key;
    if (link !== 'de' && link !== 'du' && link !== "d'") continue;
    k++;
    if (link === 'de' && (toks[k]?.key === 'la' || toks[k]?.key === "l'")) k++;
    const place = isWord(toks[k]) && toks[k].line === t.line && !ctx.barrier[k] ? lex.longest(toks, k, (e) => e.type === 'PLACE') : undefined;
    if (place) out.push({ type: 'INSTITUTION', s: i, e: place.end, prio: 3, kind: 'institution' });
    i = m.end - 1;
  }
}

/** Airlines named `Air` and their country (`Air Burkina`, `Royal Air Maroc`, `Air Côte d'Ivoire`), with a capitalised word before. */
function findAirlines(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'w' || !t.cap || t.upper || t.key !== 'air' || t.joinPrev || ctx.barrier[i]) continue;
    // The country in the gazetteer, or one word no lexicon knows (`Air Mauritius`, `Air Tanzania`).
    const next = toks[i + 1];
    const known = ctx.lex.lex.longest(toks, i + 1, (e) => e.type === 'PLACE');
    const place = known ?? (isWord(next) && next.cap && !next.upper && wordClasses(next.key) === 0 && !ctx.lex.firstNames.has(next.key) ? { end: compoundEnd(ctx, i + 1) } : undefined);
    if (!place || next.line !== t.line) continue;
    const before = toks[i - 1];
    const s = before && isWord(before) && before.cap && before.line === t.line && !ctx.lex.nonNames.has(before.key) && !ctx.lex.lex.longest(toks, i - 1) ? i - 1 : i;
    out.push({ type: 'INSTITUTION', s, e: place.end, prio: 4, kind: 'institution' });
  }
}

/** English (and other foreign) name endings: bodies and companies (`… Corporation`, `Salomon Brothers`) and venues (`State House`). */
const FOREIGN_ORG_TAILS = new Set(['corporation', 'corp', 'inc', 'ltd', 'limited', 'company', 'brothers', 'bank', 'group', 'holding', 'holdings',
  'airlines', 'airways', 'commission', 'agency', 'foundation', 'institute', 'council', 'university', 'times', 'post', 'news', 'herald',
  'telecom', 'motors', 'petroleum', 'mining', 'resources', 'partners', 'capital', 'trust', 'gmbh', 'ag', 'plc', 'llc', 'international', 'watch', 'fm',
  // and a news site's or paper's last word after a capitalised one (`Kalangou Info`, `Sahel Tribune`, `Dakar Matin`).
  'info', 'infos', 'actu', 'actus', 'tribune', 'hebdo', 'express', 'matin', 'soir', 'magazine', 'mag', 'tv', 'tele', 'online', 'presse', 'journal',
  'direct',
  // and the English words companies take last (`Lobaye Gems`, `Kanta Energy`, `Sahel Logistics`).
  'gems', 'gold', 'goldfields', 'minerals', 'metals', 'copper', 'cobalt', 'iron', 'steel', 'cement', 'energy', 'energies', 'oil', 'gas', 'power', 'logistics', 'shipping', 'services', 'solutions',
  'technologies', 'tech', 'systems', 'consulting', 'industries', 'enterprises', 'ventures', 'investments', 'finance', 'insurance', 'pharma',
  'foods', 'media', 'networks', 'labs', 'studios', 'records', 'entertainment', 'club', 'academy', 'lodges', 'resorts', 'hotels', 'trading', 'water', 'fund', 'funds',
  'initiative', 'alliance', 'society', 'association', 'properties', 'estates', 'overseas', 'agri', 'agro',
  // and the builders' and advisers' (`Road & Bridge`, `Mining Consultants`, `Shipping Lines`).
  'bridge', 'bridges', 'consultants', 'contractors', 'engineering', 'lines', 'exim']);
/** Endings written as abbreviations, their dot part of the name (`Norgate Gold Corp.`: made-up). */
const ABBREVIATED_TAILS = new Set(['corp', 'inc', 'ltd', 'co', 'bros']);
const FOREIGN_PLACE_TAILS = new Set(['house', 'hall', 'palace', 'square', 'street', 'tower', 'center', 'stadium', 'arena', 'campus', 'city', 'waterfront', 'mall', 'plaza', 'airport']);
const FOREIGN_LINKS = new Set(['and', 'of', '&', 'for', 'the']);

function findForeignTails(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'w' || !t.cap || ctx.barrier[i]) continue;
    // One word that ends as banks' names do (`Afreximbank`, `Orabank`).
    if (t.key.length > 6 && t.key.endsWith('bank') && !t.joinPrev && !toks[i + 1]?.joinPrev) out.push({ type: 'INSTITUTION', s: i, e: i + 1, prio: 3, kind: 'institution' });
    const org = FOREIGN_ORG_TAILS.has(t.key);
    if (!org && !FOREIGN_PLACE_TAILS.has(t.key)) continue;
    // Walk back over capitalised words (and `and`/`of` between them), at most five, on the same line.
    let s = i;
    let n = 0;
    for (let j = i - 1; j >= 0 && n < 5 && i - j <= 12; j--) {
      const w = toks[j];
      if (w.line !== t.line || ctx.barrier[j]) break;
      if (w.kind === 'w' && (w.cap || w.upper) && !w.sentStart) {
        s = j;
        n++;
        continue;
      }
      if (w.kind === 'w' && w.cap && w.sentStart && !ctx.lex.nonNames.has(w.key)) {
        s = j;
        n++;
        break;
      }
      if (w.joinPrev || ((w.kind === 'w' || w.text === '&') && FOREIGN_LINKS.has(w.key) && isWord(toks[j - 1]) && toks[j - 1].cap)) continue;
      // An English plural possessive (`Sugar Producers’ Association`).
      if (w.kind === 'p' && (w.text === '’' || w.text === "'") && isWord(toks[j - 1]) && toks[j - 1].cap && toks[j - 1].key.endsWith('s') && toks[j - 1].end === w.start) continue;
      break;
    }
    while (s < i && (ctx.lex.nonNames.has(toks[s].key) || FOREIGN_LINKS.has(toks[s].key) || toks[s].joinPrev)) s++;
    // `Development Bank of Rwanda`, `University of Kigali`: `of` and the place or name it serves; with it, the
    // ending may open the name (`la Bank of Africa`).
    let e = i + 1;
    if (ABBREVIATED_TAILS.has(t.key) && toks[e]?.text === '.' && toks[e].start === t.end) e++;
    if (toks[e]?.key === 'of' && toks[e].line === t.line) {
      let k = e + 1;
      if (toks[k]?.key === 'the') k++;
      let n = 0;
      while (n < 3 && isWord(toks[k]) && toks[k].cap && toks[k].line === t.line && !ctx.barrier[k]) {
        k = compoundEnd(ctx, k);
        n++;
      }
      if (n > 0) e = k;
    }
    if (s === i && (e === i + 1 || !org)) continue;
    out.push({ type: org ? 'INSTITUTION' : 'PLACE', s, e, prio: 3, kind: org ? 'institution' : 'venue' });
  }
}

/**
 * A brand or a subsidiary named with a place (`Orange Mali`, `Moov Africa Malitel`, `Sahel Éco`):
 * two or three capitalised words inside a sentence, one a known place, another a word that is
 * neither a first name, a common word nor a known name. The brand may be a short acronym before
 * the place (made-up: `KTL Niger`, `FIBO Afrique`): a body's regional or national branch.
 */
function findBrandPlaces(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  const lex = ctx.lex;
  // A short acronym that no list takes for a person: a capitalised word's case says nothing of it.
  const brandAcronym = (k: number) => {
    const w = toks[k];
    return w.upper && w.text.length <= 5 && isAcronymToken(w) && plausibleAcronym(w.key) && !lex.firstNames.has(w.key) && !lex.personSurnames.has(w.key) && !lex.lex.longest(toks, k);
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'w' || !t.cap || t.joinPrev || ctx.barrier[i] || ctx.headlineLine[t.line]) continue;
    const acronymFirst = brandAcronym(i);
    // A brand opening its sentence is a word no lexicon knows (`Airtel Rwanda prélève…`).
    if (!acronymFirst && (t.upper || (t.sentStart && !unlistedNameWord(ctx, i)))) continue;
    if (i > 0 && toks[i - 1].kind === 'w' && (toks[i - 1].cap || toks[i - 1].upper) && !lex.nonNames.has(toks[i - 1].key)) continue;
    let e = i;
    let places = 0;
    let unknown = 0;
    let englishAfrica = 0;
    let bad = false;
    let placeFirst = false;
    while (e < toks.length && e - i < 3 && isWord(toks[e]) && toks[e].cap && (!toks[e].upper || (e === i && acronymFirst)) && !ctx.barrier[e] && toks[e].line === t.line) {
      // A region named by its towns after an acronym (`SRM Casablanca-Settat`): the body's regional branch.
      if (e === i + 1 && acronymFirst && !toks[e].joinPrev && toks[e + 1]?.joinPrev) {
        const ce = compoundEnd(ctx, e);
        let towns = true;
        for (let k = e; k < ce; k++) if (isWord(toks[k]) && !knownPlaceAt(ctx, k)) towns = false;
        if (towns) {
          places++;
          e = ce;
          continue;
        }
      }
      const m = lex.lex.longest(toks, e);
      // Hyphenated compounds are routes, places or first names (`Conakry-Kouremalé`, `France-Line`), not brands;
      // but a known place may be dashed after an acronym (`FUCEC-Togo`) or be dashed itself (`SRM Casablanca-Settat`).
      const dashedPlace = m?.entry.type === 'PLACE' && e > i && acronymFirst && (!toks[e].joinPrev || e === i + 1) && !toks[m.end]?.joinPrev;
      const acronymDashedToPlace = e === i && acronymFirst && toks[e + 1]?.joinPrev && lex.lex.longest(toks, e + 1)?.entry.type === 'PLACE';
      if ((toks[e].joinPrev || toks[e + 1]?.joinPrev) && !dashedPlace && !acronymDashedToPlace) bad = true;
      // The English `Africa` of a brand (`Moov Africa Togo`, `OCP Africa`) is a word of its name.
      if (m && m.entry.type === 'PLACE' && toks[e].key === 'africa' && m.end === e + 1) {
        englishAfrica++;
        e++;
        continue;
      }
      if (m && m.entry.type === 'PLACE') {
        if (e === i) placeFirst = true;
        places++;
        e = m.end;
        continue;
      }
      const w = toks[e];
      if (m || mayBeFirstName(ctx, w.key) || lex.nonNames.has(w.key) || lex.demonyms.has(w.key) || HEADS.has(w.key) || w.text.length < 3) bad = true;
      else unknown++;
      // An acronym ends at its dash when a place is joined to it (`FUCEC-Togo`).
      e = e === i && acronymFirst ? e + 1 : compoundEnd(ctx, e);
    }
    if (places === 0) places = englishAfrica;
    else unknown += englishAfrica;
    if (bad || places !== 1 || unknown < 1 || e - i < 2) continue;
    // `roi de Pologne Wadislas`: a place after a preposition is the complement, what follows is another name.
    if (placeFirst && ['de', 'du', 'des', "d'", 'en', 'au', 'aux', 'a'].includes(toks[i - 1]?.key ?? '')) continue;
    if (isWord(toks[e]) && (toks[e].cap || toks[e].upper)) continue;
    out.push({ type: 'INSTITUTION', s: i, e, prio: 1, kind: 'institution' });
    i = e - 1;
  }
}

/**
 * National teams named by a plural nickname and their country (`Aigles du Mali`, `Lions du
 * Sénégal`, `Éléphants de Côte d'Ivoire`): one INSTITUTION, no PLACE inside.
 */
function findTeams(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  for (let i = 0; i + 2 < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'w' || !t.cap || t.upper || !/[sx]$/.test(t.key) || t.key.length < 4) continue;
    if (ctx.lex.nonNames.has(t.key) || ctx.lex.demonyms.has(t.key) || HEADS.has(t.key) || ctx.lex.firstNames.has(t.key)) continue;
    let k = i + 1;
    if (toks[k].key === 'du' || toks[k].key === 'des' || toks[k].key === "d'") k++;
    else if (toks[k].key === 'de') {
      k++;
      if (toks[k]?.key === 'la' || toks[k]?.key === "l'") k++;
    } else continue;
    const m = ctx.lex.lex.longest(toks, k, (e) => e.type === 'PLACE');
    if (!m || !COUNTRY_LIKE.test(m.entry.id)) continue;
    if (ctx.lex.lex.longest(toks, i)) continue;
    out.push({ type: 'INSTITUTION', s: i, e: m.end, prio: 3, kind: 'institution' });
  }
}
const COUNTRY_LIKE = /./;

function hasCapAfter(ctx: Ctx, s: number, e: number): boolean {
  for (let i = s; i < e; i++) if (ctx.toks[i].cap) return true;
  return false;
}

const GENERIC = new Set(['etat', 'etats', 'gouvernement', 'transition', 'republique', 'nation', 'pays']);
function onlyGeneric(ctx: Ctx, s: number, e: number): boolean {
  // `Agence judiciaire de l'État`, `Caisse autonome de l'État`: an adjective right after the head is specific enough.
  const first = ctx.toks[s];
  if (isWord(first) && !first.cap && isAdjective(first.key)) return false;
  let generic = 0;
  for (let i = s; i < e; i++) {
    const t = ctx.toks[i];
    if (t.kind !== 'w') continue;
    if (['de', 'du', 'des', 'la', 'le', 'les', 'et'].includes(t.key)) continue;
    if (GENERIC.has(t.key)) generic++;
    else if (t.cap || !isAdjective(t.key)) return false;
  }
  return generic > 0;
}

/** Words that link the lower-case words of a name's end (`contre la fraude et la contrebande`). */
const INNER_LINKS = new Set(['et', 'de', 'du', 'des', "d'", 'la', 'le', 'les', "l'", 'contre', 'pour']);

/**
 * A name followed by its acronym in brackets ends at the bracket, whatever the tail's grammar
 * stopped at: `Observatoire de lutte contre la fraude et la contrebande (ONLFC)`, `Office de la
 * mutuelle santé rurale (Office MSR)`. At most five lower-case words lie between, and each
 * content word's initial is one of the acronym's letters (acronyms do not always keep the words'
 * order, so the letters are not matched in order as `acronymDefs.ts` matches them).
 */
function throughToAcronym(ctx: Ctx, e: number, headKey: string): number {
  const toks = ctx.toks;
  let k = e;
  const initials: string[] = [];
  for (; k < toks.length && k - e < 6; k++) {
    const t = toks[k];
    if (!isWord(t) || t.cap || t.upper || ctx.barrier[k]) break;
    if (INNER_LINKS.has(t.key)) continue;
    if (!isLowerNoun(t.key) && !isAdjective(t.key)) return e;
    initials.push(t.key[0]);
  }
  if (initials.length === 0 || toks[k]?.text !== '(' || INNER_LINKS.has(toks[k - 1].key)) return e;
  let a = k + 1;
  if (toks[a]?.cap && toks[a].key === headKey) a++;
  const acronym = toks[a];
  if (!acronym || !isAcronymToken(acronym) || toks[a + 1]?.text !== ')') return e;
  const letters = acronym.key.replace(/[^a-z]/g, '');
  return initials.every((c) => letters.includes(c)) ? k : e;
}

/**
 * The linking key of an institution. Ministries are keyed by their first portfolio so that
 * `département des Affaires étrangères` and `ministère des Affaires étrangères et de la
 * Coopération internationale` are one body.
 */
function institutionKey(ctx: Ctx, s: number, headEnd: number, e: number): string | undefined {
  const head = ctx.toks[s].key;
  if (head !== 'ministere' && head !== 'departement') return undefined;
  const words: string[] = [];
  for (let i = headEnd; i < e; i++) {
    const t = ctx.toks[i];
    if (t.key === 'et' || t.text === ',') break;
    if (t.kind === 'w' && !['de', 'du', 'des', 'la', 'le', 'les'].includes(t.key)) words.push(t.key);
    if (t.kind === 'e') continue;
  }
  return words.length ? 'ministere ' + words.join(' ') : undefined;
}

/** `le groupe tartare Yadran`, `la société Rosatom`: a company noun, adjectives, then a capitalised name. */
const COMPANY_CUES = new Set(['groupe', 'societe', 'entreprise', 'compagnie', 'firme', 'constructeur', 'operateur', 'journal', 'quotidien',
  'hebdomadaire', 'chaine', 'agence', 'banque', 'holding', 'conglomerat', 'geant', 'club', 'equipe', 'cabinet', 'laboratoire', 'assureur',
  'ong', 'association', 'cooperative', 'coalition', 'fondation', 'syndicat', 'mutuelle', 'startup', 'start-up', 'filiale', 'coentreprise',
  'co-entreprise', 'fintech', 'exportateur', 'importateur', 'transporteur', 'distributeur', 'fabricant', 'negociant', 'minier',
  'petrolier', 'cimentier', 'ecurie', 'brasseur',
  // Collectives named after their kind (`le réseau d'observateurs Gbako`, `la plateforme citoyenne X`).
  'reseau', 'collectif', 'plateforme']);
/**
 * Cues that name a trade and may name a trader as well (`l'exportateur Moussa Traoré`): only with the
 * name written at once (`l'exportateur, X, …` introduces a person as often), and not before a first name.
 */
const TRADER_CUES = new Set(['exportateur', 'importateur', 'transporteur', 'distributeur', 'fabricant', 'negociant', 'brasseur']);
/** Is the word (folded) a company noun that names what follows it (`la coopérative X`)? */
export function isCompanyCue(key: string): boolean {
  return COMPANY_CUES.has(key);
}
/** Cue words written in capitals (`l'ONG SAHELSOINS`). */
const UPPER_CUES = new Set(['ong']);

function findCompanyCues(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'w' || t.joinPrev || (t.cap && !(t.upper && UPPER_CUES.has(t.key)))) continue;
    const cueEnd = compoundEnd(ctx, i);
    const cue = cueEnd > i + 1 ? compoundKey(ctx, i, cueEnd) : t.key;
    if (!COMPANY_CUES.has(cue)) continue;
    let j = skipAdjectives(ctx, cueEnd, Math.min(toks.length, cueEnd + 4), false);
    // Nationality adjectives (`le groupe tartare Yadran`).
    while (j < i + 4 && isWord(toks[j]) && !toks[j].cap && ctx.lex.demonyms.has(toks[j].key)) j++;
    // Its members, then its name (`l'association des commerçantes Benkadi`), for a body that is not a trader.
    if (j === cueEnd && !TRADER_CUES.has(cue) && (toks[j]?.key === 'des' || toks[j]?.key === 'de' || toks[j]?.key === "d'") && isWord(toks[j + 1]) && !toks[j + 1].cap && isWord(toks[j + 2]) && toks[j + 2].cap && !toks[j + 2].upper) j += 2;
    if (toks[j]?.text === ',' && !TRADER_CUES.has(cue)) j++;
    // `la coalition « Sira Kura »` (made-up): a name in quotes after its cue is the body's, whatever its words.
    const quoted = quotedNameEnd(ctx, j);
    if (quoted > 0) {
      out.push({ type: 'INSTITUTION', s: j + 1, e: quoted, prio: 3, kind: 'institution' });
      continue;
    }
    const w = toks[j];
    if (!isWord(w) || !w.cap || ctx.barrier[j] || w.sentStart || ctx.lex.nonNames.has(w.key) || ctx.lex.demonyms.has(w.key)) continue;
    if (TRADER_CUES.has(cue) && mayBeFirstName(ctx, w.key)) continue;
    // A roman numeral numbers the group (`le groupe II` of a school, of a pool): it names nothing.
    if (isRomanNumeral(w)) continue;
    let e = connectedEnd(ctx, compoundEnd(ctx, j));
    // After the cue, a capitalised common noun goes on with the name (`l'ONG Alafia Développement`); a date or a title does not.
    const goesOn = (k: number) => isWord(toks[k]) && toks[k].cap && toks[k].line === w.line && !MONTHS.has(toks[k].key) && !WEEKDAYS.has(toks[k].key) && !titleAt(ctx, k);
    for (let n = 0; n < 2 && goesOn(e); n++) e = connectedEnd(ctx, compoundEnd(ctx, e));
    out.push({ type: 'INSTITUTION', s: j, e, prio: 2, kind: 'institution' });
  }
}

const PLATFORM_IDS = new Map(Object.entries(CUED_PLATFORMS));
/** Platforms a one-letter one may be listed with. */
const PLATFORM_NAMES = new Set(['twitter', 'facebook', 'youtube', 'tiktok', 'whatsapp', 'instagram', 'telegram', 'linkedin', 'snapchat']);

/**
 * `la plateforme x`, `son compte X`: a one-letter or ambiguous platform (`VK`, `Messenger`) needs its cue word, or to stand in a
 * list of platforms (`Partager : Facebook | X | LinkedIn`): a known platform next to it, with one
 * separator between them.
 */
function findPlatforms(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  const platformAt = (k: number) => {
    const m = toks[k] && ctx.lex.lex.longest(toks, k);
    // A cued platform counts as listed too (`X · Messenger`), when capitalised as names are.
    return (!!m && m.end === k + 1 && m.entry.type === 'INSTITUTION' && PLATFORM_NAMES.has(m.entry.id)) || (toks[k]?.cap === true && PLATFORM_IDS.has(toks[k].key));
  };
  for (let i = 1; i < toks.length; i++) {
    if (toks[i].kind !== 'w') continue;
    const id = PLATFORM_IDS.get(toks[i].key);
    if (!id) continue;
    const prev = toks[i - 1];
    // `a salué sur X « … »`: the platform one posts on, a name no word follows.
    const next = toks[i + 1];
    const postedOn = prev?.key === 'sur' && toks[i].cap && (!next || next.line !== toks[i].line || next.kind === 'p');
    const cued = prev && (postedOn || PLATFORM_CUES.some((c) => prev.key === c || prev.key === c + 's'));
    const listed = toks[i].cap && ((toks[i - 1]?.kind === 'p' && platformAt(i - 2)) || (toks[i + 1]?.kind === 'p' && platformAt(i + 2)));
    if (cued || listed) out.push({ type: 'INSTITUTION', s: i, e: i + 1, prio: 5, kind: 'platform', gazId: id });
  }
}
