/**
 * Clubs, companies and teams that no head noun announces, named by the conventions of the trade:
 * a designator after the name (`Kandoro FC`, `Wassaya Basket Club`, `Tiébissou Mining SA`, `Nyeleni
 * Capital`), an abbreviation or a club word before it (`ASC Dialakoro`, `AS Garde nationale`, `Racing
 * Club de Kati`), or a plural nickname after a plural article (`les Faucons`, `des Aigles du Sahel`):
 * a capitalised plural that French writes as a common noun elsewhere is not a person, a place or a
 * people when it is none of those lists' words.
 */
import type { Cand, Ctx } from './context';
import { isTruncated, isWord, mayBeFirstName, opensDashedName, PLURAL_ARTICLES } from './context';
import { standsAsPlaceSomewhere } from './bodyShortForms';
import { findMatchSides } from './matchSides';
import { NAME_CLASSES, WordClass, wordClasses } from '../gazetteer/frenchLexicon';
import { isAcronymToken } from './acronyms';
import { isEventHead } from './events';
import { isVenueHead, standsAsPlace } from './places';
import { compoundEnd, isAdjective, skipAdjectives } from './tail';

/** Words that end a club's or a company's name (folded). */
const SUFFIXES = new Set(['fc', 'sc', 'ac', 'bc', 'cf', 'club', 'sports', 'foot', 'basket', 'handball', 'volley', 'sa', 'sarl', 'sas', 'sasu',
  'suarl', 'gie', 'capital', 'finance', 'gold', 'mining', 'holding', 'energies', 'assurances', 'industries', 'telecom', 'telecoms',
  // Sectors that a trade name ends with (`Kanfo Santé`, `Sira Culture`: made-up).
  'sante', 'culture', 'services', 'transports', 'immobilier', 'logistique', 'consulting', 'communication', 'distribution', 'construction',
  'pharma', 'solutions', 'invest', 'medias', 'productions', 'events', 'voyages', 'agro', 'energie', 'industrie',
  // Trades of the region's family firms and microfinance (`Kossi Pétrole`, `Sira Crédit`, `Bako Express`: made-up).
  'petrole', 'oil', 'credit', 'microfinance', 'express', 'trading', 'negoce', 'motors']);
/** Is the token a club's designator in capitals (`AC`, `FC`, `ASC`): no person's name holds one? */
export function isClubDesignator(t: { key: string; upper: boolean }): boolean {
  return t.upper && (SUFFIXES.has(t.key) || PREFIXES.has(t.key));
}
/** Abbreviations written before a club's or a group's name, in capitals (`ASC`: association sportive et culturelle). */
const PREFIXES = new Set(['as', 'asc', 'us', 'usc', 'js', 'es', 'cs', 'sc', 'fc', 'ac', 'tp', 'asec',
  // and an economic interest group's letters before its name (`GIE Dimbali Ñu Bokk`: made-up).
  'gie']);
/** Words that open a club's name in an article about sport only (`Étoile de Kpangalam`: made-up), folded. */
const SPORTS_CLUB_WORDS = new Set(['etoile']);
/**
 * Abbreviations and nouns that open a firm's name written directly after them, capitalised (`Ets Diallo`,
 * `Établissements Malam Bawa`, made-up `Atelier Wendpanga`; `Atelier de X` is as often a seminar), folded.
 */
const FIRM_PREFIXES = new Set(['ets', 'etablissements', 'atelier', 'garage', 'menuiserie']);
/** Words that open a club's name, capitalised (`Olympic Real de Bangui`, `Racing Club d'Abidjan`, `Olympique de Khouribga`), folded. */
const CLUB_WORDS = new Set(['olympic', 'olympique', 'racing', 'sporting', 'daring', 'real']);
/** Words only sports reporting uses (folded); an article with two of them is about sport. */
export const SPORTS_WORDS: ReadonlySet<string> = new Set(['selectionneur', 'entraineur', 'championnat', 'stade', 'buts', 'buteur', 'attaquant', 'gardien', 'joueur',
  'joueurs', 'supporters', 'match', 'matchs', 'amical', 'eliminatoires', 'mi-temps', 'penalty', 'football', 'basket-ball', 'handball', 'fifa']);
const SPORTS_ARTICLE_WORDS = 2;

function isSportsArticle(ctx: Ctx): boolean {
  const seen = new Set<string>();
  for (const t of ctx.toks) if (t.kind === 'w' && SPORTS_WORDS.has(t.key) && seen.add(t.key).size >= SPORTS_ARTICLE_WORDS) return true;
  return false;
}

/** Rubrics of sport that head a teaser (`Football : les Étalons…`), folded. */
const SPORTS_RUBRICS = new Set(['football', 'foot', 'basket', 'basket-ball', 'handball', 'sport', 'sports', 'athletisme', 'cyclisme', 'rugby', 'volley-ball', 'boxe', 'lutte',
  'mondial']);

/**
 * Is the token at `i` on a line about sport: a sport's rubric before a colon, a year between them or not (`Mondial
 * 2026 :`), or a word of sport anywhere on it (a teaser about sport in another article's box)?
 */
function onSportsRubricLine(ctx: Ctx, i: number): boolean {
  const toks = ctx.toks;
  const line = toks[i].line;
  for (let k = i - 1; k > 0 && toks[k].line === line; k--) {
    if (toks[k].text !== ':') continue;
    const rubric = toks[k - 1].kind === 'n' ? k - 2 : k - 1;
    if (rubric >= 0 && SPORTS_RUBRICS.has(toks[rubric].key) && toks[rubric].line === line) return true;
  }
  for (let k = i + 1; k < toks.length && toks[k].line === line; k++) if (SPORTS_WORDS.has(toks[k].key)) return true;
  return false;
}

/** Endings of the names of a place's inhabitants. */
const GENTILIC = /(?:ois|oises|ais|aises|iens|iennes|ains|aines|ins|ines|ites|ens)$/;
/** Capitalised words taken back into a designated name at most. */
const MAX_WORDS = 3;

/** A capitalised word that may be part of a club's or company's name (not a function or title word). */
function nameWord(ctx: Ctx, i: number, line: number): boolean {
  const t = ctx.toks[i];
  if (!isWord(t) || !(t.cap || t.upper) || t.line !== line || ctx.barrier[i] || isTruncated(ctx, i)) return false;
  return (!ctx.lex.nonNames.has(t.key) || opensDashedName(ctx, i)) && !ctx.lex.demonyms.has(t.key);
}

/**
 * In an article about sport, clubs named by a word no lexicon knows and their town (`Petro de
 * Luanda`), by `Al` and a name (`Al Ahli Tripoli`), or as the town's `Stade` (`le Stade malien`).
 */
function findTownClubs(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  let sporting: boolean | undefined;
  for (let i = 0; i + 2 < toks.length; i++) {
    const t = toks[i];
    if (!isWord(t) || !t.cap || t.upper || t.joinPrev || ctx.barrier[i]) continue;
    const next = toks[i + 1];
    const stade = t.key === 'stade' && isWord(next) && !next.cap && next.line === t.line && ctx.lex.demonyms.has(next.key);
    const al = t.key === 'al' && isWord(next) && next.cap && !next.upper && !next.joinPrev && next.line === t.line;
    const town = !stade && !al && (next.key === 'de' || next.key === 'du') && wordClasses(t.key) === 0 && !ctx.lex.lex.longest(toks, i);
    if (!stade && !al && !town) continue;
    sporting ??= isSportsArticle(ctx);
    if (!sporting) return;
    if (stade) out.push({ type: 'INSTITUTION', s: i, e: i + 2, prio: 4, kind: 'institution' });
    else if (al) {
      let e = compoundEnd(ctx, i + 1);
      // The club's town after its name (`Al Ahli Tripoli`).
      const place = isWord(toks[e]) && toks[e].line === t.line ? ctx.lex.lex.longest(toks, e, (en) => en.type === 'PLACE') : undefined;
      if (place) e = place.end;
      out.push({ type: 'INSTITUTION', s: i, e, prio: 4, kind: 'institution' });
    } else {
      const place = toks[i + 2].line === t.line ? ctx.lex.lex.longest(toks, i + 2, (en) => en.type === 'PLACE') : undefined;
      // Not a person named after a town, a name going on after it (`Jean de Dieu Makiese`).
      const after = place && toks[place.end];
      if (place && !(isWord(after) && after.cap && after.line === t.line)) out.push({ type: 'INSTITUTION', s: i, e: place.end, prio: 4, kind: 'institution' });
    }
  }
}

/** Words that close a family firm's name after `et` or `&` (folded): `Sawadogo et Frères`, `Diop & Fils`, `Traoré et Cie`. */
const FIRM_PARTNERS = new Set(['freres', 'fils', 'cie', 'associes', 'partenaires']);

/** A family firm: one to three capitalised words, `et` or `&`, and the partners (`Adama Sawadogo et Frères`). */
function findFamilyFirms(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  for (let i = 1; i + 1 < toks.length; i++) {
    const link = toks[i];
    const partners = toks[i + 1];
    if ((link.key !== 'et' && link.text !== '&') || !isWord(partners) || !partners.cap || !FIRM_PARTNERS.has(partners.key) || partners.line !== link.line) continue;
    // Back over one to three capitalised words, a dashed compound counting as one (`Ets Ouro-Sama & Frères`).
    let s = i;
    for (let j = i - 1, n = 0; j >= 0 && nameWord(ctx, j, link.line); j--) {
      if (!toks[j + 1].joinPrev && ++n > MAX_WORDS) break;
      s = j;
    }
    while (toks[s].joinPrev) s++;
    // A trade or a firm's noun before the family's name opens the firm's (`Transports Assaleh et Fils`).
    const trade = toks[s - 1];
    if (s < i && isWord(trade) && trade.cap && trade.line === link.line && !trade.sentStart && (FIRM_PREFIXES.has(trade.key) || SUFFIXES.has(trade.key))) s--;
    if (s < i) out.push({ type: 'INSTITUTION', s, e: i + 2, prio: 5, kind: 'institution' });
  }
}

/** Nouns of the trades whose houses are named `Chez X` (`le maquis Chez Tantie Awa`: made-up), folded. */
const CHEZ_TRADES = new Set(['maquis', 'restaurant', 'bar', 'buvette', 'boutique', 'salon', 'auberge', 'cabaret', 'snack', 'dibiterie',
  'cafeteria', 'epicerie', 'boulangerie', 'patisserie', 'gargote', 'cave', 'hotel', 'garage', 'atelier']);

/**
 * A house of trade named `Chez X` (made-up: `Maquis Chez Tantie Awa`, `on se retrouve Chez Tonton Issa`): `Chez`
 * written capitalised after a trade's noun or inside a sentence, then capitalised words, is the house's name, a body.
 */
function findChezHouses(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  for (let i = 1; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (!isWord(t) || !t.cap || t.upper || t.key !== 'chez') continue;
    const p = toks[i - 1];
    const afterTrade = isWord(p) && p.line === t.line && CHEZ_TRADES.has(p.key);
    if (!afterTrade && (t.sentStart || t.lineStart)) continue;
    let e = i + 1;
    for (let n = 0; n < MAX_WORDS && isWord(toks[e]) && (toks[e].cap || toks[e].upper) && toks[e].line === t.line && !ctx.barrier[e]; n++) e = compoundEnd(ctx, e);
    if (e > i + 1) out.push({ type: 'INSTITUTION', s: i, e, prio: 4, kind: 'institution' });
  }
}

/** Capitalised words at most before a dotted legal form. */
const MAX_FORM_NAME_WORDS = 4;

/**
 * A firm's name and its legal form in dotted capitals after it (`Kanda Holding S.A.`, `Karadere Yapı A.Ş.`,
 * `Sira Négoce S.A.R.L.`: made-up): letters and their dots, two or more, glued, after capitalised words.
 */
function findDottedLegalForms(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  for (let i = 1; i + 3 < toks.length; i++) {
    const letter = (k: number) => isWord(toks[k]) && toks[k].text.length === 1 && toks[k].cap && toks[k + 1]?.text === '.' && toks[k + 1].start === toks[k].end;
    if (!letter(i) || toks[i + 2].start !== toks[i + 1].end || !letter(i + 2)) continue;
    let e = i + 4;
    while (e + 1 < toks.length && toks[e].start === toks[e - 1].end && letter(e)) e += 2;
    let s = i;
    for (let n = 0; n < MAX_FORM_NAME_WORDS && s > 0 && nameWord(ctx, s - 1, toks[i].line) && !toks[s - 1].upper; n++) s--;
    while (s > 0 && toks[s].joinPrev) s--;
    if (s < i) out.push({ type: 'INSTITUTION', s, e, prio: 4, kind: 'institution' });
    i = e - 1;
  }
}

export function findClubsAndCompanies(ctx: Ctx, out: Cand[]): void {
  const cores: Core[] = [];
  findDottedLegalForms(ctx, out);
  findChezHouses(ctx, out);
  findFamilyFirms(ctx, out);
  findMatchSides(ctx, out);
  findTownClubs(ctx, out);
  findSuffixed(ctx, out, cores);
  findPrefixed(ctx, out, cores);
  findShortForms(ctx, out, cores);
  findNicknames(ctx, out);
  findAppositions(ctx, out);
  findParents(ctx, out);
  findTradingSubjects(ctx, out);
}

/** Verbs of trade whose subject is a company, as the third person writes them (folded): `X rachète`, `la X coupe l'eau`. */
const TRADE_VERBS = new Set(['rachete', 'raccorde', 'deploie', 'investit', 'recrute', 'licencie', 'acquiert', 'cede', 'exporte', 'importe',
  'commercialise', 'distribue', 'facture', 'coupe', 'delest', 'deleste', 'fusionne', 'rachetait', 'emploie', 'embauche', 'privatise']);

/**
 * One word no lexicon knows, alone or after `le`/`la`/`l'`, subject of a verb of trade (made-up:
 * `Assurances : Sanaka rachète un portefeuille`, `la Kadiso coupe l'eau à Kalaban`): a company.
 */
function findTradingSubjects(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (!isWord(t) || !(t.cap || t.upper) || t.joinPrev || ctx.barrier[i] || t.text.length < 3) continue;
    if (wordClasses(t.key) !== 0 || ctx.lex.firstNames.has(t.key) || ctx.lex.nonNames.has(t.key) || ctx.lex.lex.longest(toks, i)) continue;
    const p = toks[i - 1];
    if (p && p.line === t.line && isWord(p) && (p.cap || p.upper) && !p.sentStart) continue;
    const e = compoundEnd(ctx, i);
    const v = toks[e];
    if (!isWord(v) || v.cap || v.line !== t.line || !TRADE_VERBS.has(v.key)) continue;
    out.push({ type: 'INSTITUTION', s: i, e, prio: 2, kind: 'institution' });
  }
}

/** Nouns of ownership whose `de X` complement is a company (`filiale de X`, `actionnaire de X`), folded. */
const PARENT_NOUNS = new Set(['filiale', 'filiales', 'succursale', 'succursales', 'actionnaire', 'actionnaires']);

/**
 * A company named as the owner or the owned (made-up: `une filiale de Sahelor`, `l'actionnaire
 * majoritaire de Kobada Mining`): one to three capitalised words after the noun and `de`, unless a
 * known place (`la filiale de Dakar`).
 */
function findParents(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  for (let i = 0; i + 2 < toks.length; i++) {
    if (toks[i].kind !== 'w' || toks[i].cap || !PARENT_NOUNS.has(toks[i].key)) continue;
    const line = toks[i].line;
    let k = skipAdjectives(ctx, i + 1, i + 3, false);
    if (toks[k]?.key !== 'de' && toks[k]?.key !== 'du' && toks[k]?.key !== "d'") continue;
    k++;
    if (toks[k]?.key === 'groupe') k++;
    if (!nameWord(ctx, k, line) || ctx.lex.lex.longest(toks, k) || ctx.lex.firstNames.has(toks[k].key)) continue;
    let e = k + 1;
    while (e < k + 3 && (nameWord(ctx, e, line) || toks[e]?.joinPrev)) e++;
    out.push({ type: 'INSTITUTION', s: k, e, prio: 2, kind: 'institution' });
  }
}

/** Nouns that, in an apposition right after a name, say what kind of body it is (folded). */
const BODY_NOUNS = new Set(['societe', 'entreprise', 'compagnie', 'firme', 'groupe', 'filiale', 'operateur', 'constructeur', 'banque',
  'assureur', 'holding', 'cabinet', 'laboratoire', 'service', 'office', 'organisme', 'agence', 'regie', 'ong', 'association', 'fondation',
  'cooperative', 'federation', 'syndicat', 'parti', 'coalition', 'mouvement', 'club', 'equipe', 'radio', 'chaine', 'television', 'journal',
  'quotidien', 'hebdomadaire', 'mensuel', 'site', 'institut', 'fonds', 'alliance', 'plateforme', 'collectif', 'coentreprise', 'co-entreprise',
  'start-up', 'startup', 'fintech', 'conglomerat', 'mutuelle', 'ecurie']);
/** What comes between the comma and that noun: an article, a demonstrative. */
const APPOSITION_ARTICLES = new Set(['le', 'la', "l'", 'un', 'une', 'cette', 'ce', 'cet']);
/** Participles of ownership right after a name and its comma (`X, détenue par…`, `X, propriété de…`). */
const OWNED = new Set(['detenue', 'detenu', 'controlee', 'controle', 'propriete', 'filiale', 'rachetee', 'rachete']);

/**
 * A body named by what an apposition says of it (made-up: `confiés au Sanakoro, le service public
 * de…`, `Kéniéba, détenue par des capitaux…`, `soutenu par Wari, l'Alliance des…`): one to three
 * capitalised words, a comma, then an article and a body's noun, or an ownership participle.
 */
function findAppositions(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  for (let c = 1; c + 2 < toks.length; c++) {
    if (toks[c].text !== ',') continue;
    const line = toks[c].line;
    let k = c + 1;
    // `la grande banque`: adjectives before the noun, unless the noun is one too (`filiale`).
    if (APPOSITION_ARTICLES.has(toks[k].key)) k = BODY_NOUNS.has(toks[k + 1]?.key) ? k + 1 : skipAdjectives(ctx, k + 1, k + 3, false);
    const noun = toks[k];
    if (!noun || noun.line !== line || noun.kind !== 'w' || noun.upper) continue;
    const owned = k === c + 1 && !noun.cap && OWNED.has(noun.key);
    if (!owned && !(k > c + 1 && BODY_NOUNS.has(noun.key))) continue;
    // `à Berbérati, la coopérative Wali Gara conteste`: the noun names the body after it, not the word before the comma.
    const after = toks[k + 1];
    if (!owned && isWord(after) && (after.cap || after.upper) && after.line === line) continue;
    let s = c;
    while (s > 0 && c - s < 3 && nameWord(ctx, s - 1, line) && !toks[s - 1].joinPrev) s--;
    while (s > 0 && s < c && toks[s].joinPrev) s--;
    if (s === c || (toks[s].sentStart && c - s > 1)) continue;
    // A known first name opens a person (`Awa, la présidente de l'association`).
    if (mayBeFirstName(ctx, toks[s].key)) continue;
    out.push({ type: 'INSTITUTION', s, e: c, prio: 2, kind: 'institution' });
  }
}

/** A designated name without its designators (`Wassaya` of `Wassaya Basket Club`): its tokens' keys. */
interface Core {
  keys: string[];
  key: string;
}

/** `[s, e)` without designators on either side: the name's own words, and its linking key. */
function coreOf(ctx: Ctx, s: number, e: number, cores: Core[]): string {
  const toks = ctx.toks;
  while (e > s + 1 && SUFFIXES.has(toks[e - 1].key)) e--;
  if (e - s > 1 && toks[s].upper && PREFIXES.has(toks[s].key)) s++;
  const keys = toks.slice(s, e).map((t) => t.key);
  const key = 'club:' + keys.join(' ');
  cores.push({ keys, key });
  return key;
}

/**
 * The name alone elsewhere in the article (`le Dialakoro` after `ASC Dialakoro`, `Kandoro` after
 * `Kandoro FC`): the same body, unless the lists know the words as something else (`Gorée` of
 * `US Gorée` is an island too) or they stand where only a place stands.
 */
function findShortForms(ctx: Ctx, out: Cand[], cores: readonly Core[]): void {
  const toks = ctx.toks;
  const seen = new Set<string>();
  for (const core of cores) {
    if (seen.has(core.key) || core.keys.join('').length < 4) continue;
    seen.add(core.key);
    // Where the file surely writes the words as a place, they are the town a club or a mine is named after wherever
    // they stand alone.
    if (standsAsPlaceSomewhere(ctx, core.keys)) continue;
    for (let i = 0; i + core.keys.length <= toks.length; i++) {
      const t = toks[i];
      if (t.key !== core.keys[0] || !(t.cap || t.upper) || ctx.barrier[i] || t.joinPrev) continue;
      const e = i + core.keys.length;
      if (core.keys.some((k, n) => toks[i + n].key !== k || toks[i + n].line !== t.line) || toks[e]?.joinPrev) continue;
      if (ctx.lex.lex.longest(toks, i) || ctx.lex.firstNames.has(t.key) || ctx.lex.nonNames.has(t.key)) continue;
      // Where only a place stands (`à Kandoro`, `le village de Kandoro`), the words are the town a club is named after.
      if (standsAsPlace(ctx, i, e)) continue;
      out.push({ type: 'INSTITUTION', s: i, e, prio: 1, kind: 'institution', key: core.key });
    }
  }
}

/** `Kandoro FC`, `Wassaya Sports`, `Tiébissou Mining SA`: capitalised words, then a designator. */
function findSuffixed(ctx: Ctx, out: Cand[], cores: Core[]): void {
  const toks = ctx.toks;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    if (!isWord(t) || !(t.cap || t.upper) || t.joinPrev || ctx.barrier[i] || !SUFFIXES.has(t.key)) continue;
    let s = i;
    // The name proper before the designators; a sector's word before the legal form is the name's too (`Kolomba
    // Communication SARL`: made-up), but not a name by itself.
    let named = false;
    for (let j = i - 1, n = 0; j >= 0 && n < MAX_WORDS; j--) {
      if (toks[j].joinPrev || toks[j + 1]?.joinPrev) {
        if (!nameWord(ctx, j, t.line) && toks[j].kind !== 'p') break;
        s = j;
        named = true;
        continue;
      }
      const designator = isWord(toks[j]) && toks[j].cap && toks[j].line === t.line && SUFFIXES.has(toks[j].key) && !ctx.barrier[j];
      if (!nameWord(ctx, j, t.line) && !designator) break;
      s = j;
      n++;
      if (!designator) named = true;
    }
    if (s === i || !named) continue;
    // Another designator ends the name further on (`Tiébissou Mining SA`): that one is the name.
    if (isWord(toks[i + 1]) && toks[i + 1].line === t.line && SUFFIXES.has(toks[i + 1].key) && (toks[i + 1].cap || toks[i + 1].upper)) continue;
    if (CLUB_LETTERS.has(t.key)) s = nicknameStart(ctx, s, t.line);
    out.push({ type: 'INSTITUTION', s, e: i + 1, prio: 4, kind: 'institution', key: coreOf(ctx, s, i + 1, cores) });
  }
}

/** The letters that close a sports club's name (`Kandoro FC`: made-up). */
const CLUB_LETTERS = new Set(['fc', 'sc', 'ac', 'bc', 'cf']);
/**
 * The links between a club's nickname and its town (`les Aigles de Kandoro FC`, `les Requins de l'Atlantique FC`).
 * Not `du`: `les Rouges du Kandoro FC` are the club's players, named by its colour, and the club after them.
 */
const NICKNAME_LINKS = new Set(['de', "d'"]);

/**
 * Where a club's name starts when a plural nickname and its town come before the letters (`les Aigles de
 * Kandoro FC`: made-up): the nickname, after its plural article, is the name's first word; else `s` unchanged.
 */
function nicknameStart(ctx: Ctx, s: number, line: number): number {
  const toks = ctx.toks;
  let k = s - 1;
  if (toks[k]?.key === 'la' || toks[k]?.key === "l'") k--;
  if (!NICKNAME_LINKS.has(toks[k]?.key ?? '') || toks[k].line !== line) return s;
  const nick = k - 1;
  if (!nameWord(ctx, nick, line) || toks[nick].upper || !/[sx]$/.test(toks[nick].key) || toks[nick].joinPrev) return s;
  const article = toks[nick - 1];
  return article && article.line === line && PLURAL_ARTICLES.has(article.key) ? nick : s;
}

/** `ASC Dialakoro`, `US Bandiagara`, `AS Garde nationale`, `ASC Ville de Kayes`: an abbreviation in capitals, then the name. */
function findPrefixed(ctx: Ctx, out: Cand[], cores: Core[]): void {
  const toks = ctx.toks;
  let sporting: boolean | undefined;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (!isWord(t) || t.text.length < 2 || ctx.barrier[i]) continue;
    // `Étoile de Kpangalam`, `Étoile du Sahel`: a club in an article about sport, a star elsewhere.
    const clubWord = t.cap && !t.upper && !t.joinPrev && (CLUB_WORDS.has(t.key) || (SPORTS_CLUB_WORDS.has(t.key) && (sporting ??= isSportsArticle(ctx))));
    const firmWord = t.cap && !t.upper && FIRM_PREFIXES.has(t.key);
    if (!clubWord && !firmWord && !(t.upper && PREFIXES.has(t.key))) continue;
    // `Olympique de Khouribga`: a club word may take its town at once.
    const link = toks[i + 1]?.key;
    if (clubWord && (link === 'de' || link === 'du' || link === "d'") && nameWord(ctx, i + 2, t.line)) {
      out.push({ type: 'INSTITUTION', s: i, e: compoundEnd(ctx, i + 2), prio: 4, kind: 'institution' });
      continue;
    }
    // `l'AS FAR`, `l'ASC SNIM`: a club named by the acronym of its owner, both in capitals, outside a heading in capitals.
    if (t.upper && nameWord(ctx, i + 1, t.line) && toks[i + 1].upper && isAcronymToken(toks[i + 1]) && !toks[i + 2]?.joinPrev && !ctx.headlineLine[t.line]) {
      out.push({ type: 'INSTITUTION', s: i, e: i + 2, prio: 4, kind: 'institution' });
      continue;
    }
    // On a line written all in capitals (`ASC KANDORO 2-1 …`, made-up), the name is in capitals too.
    const shouted = ctx.shoutedLine[t.line] === 1;
    if (!nameWord(ctx, i + 1, t.line) || (toks[i + 1].upper && !shouted)) continue;
    // `le milieu de Kandoro FC Moussa Sylla`: the letters close the club named before them; a person follows.
    if (t.upper && mayBeFirstName(ctx, toks[i + 1].key) && i > 0 && nameWord(ctx, i - 1, t.line) && !toks[i - 1].upper) continue;
    let e = compoundEnd(ctx, i + 1);
    for (let n = 1; n < MAX_WORDS && nameWord(ctx, e, t.line) && (!toks[e].upper || shouted); n++) e = compoundEnd(ctx, e);
    // A place as complement (`Ville de Kayes`), adjectives (`Garde nationale`).
    const complement = toks[e]?.key;
    if ((complement === 'de' || complement === 'du' || complement === "d'") && nameWord(ctx, e + 1, t.line)) e = compoundEnd(ctx, e + 1);
    e = skipAdjectives(ctx, e, Math.min(toks.length, e + 2), false);
    out.push({ type: 'INSTITUTION', s: i, e, prio: 4, kind: 'institution', key: coreOf(ctx, i, e, cores) });
  }
}

function nicknameAdjective(ctx: Ctx, key: string): boolean {
  const classes = wordClasses(key);
  // `-ent`: a verb in the third person plural (`les Fauves battent`), never an adjective after a plural.
  if (!(isAdjective(key) || classes & WordClass.adjective) || classes & WordClass.verb || key.endsWith('ent')) return false;
  return !ctx.lex.demonyms.has(key) && !GENTILIC.test(key);
}

/**
 * `les Faucons`, `des Hérons`, `les Aigles du Sahel`: a capitalised plural inside a
 * sentence after a plural article, a common noun of the dictionary and nothing else the lexicons
 * know (not an adjective, as peoples are, nor a title, a place, a first name). In an article about
 * sport, a plural no lexicon knows (`les Djurtus`), one that is an adjective too (`les Fauves`) and
 * a noun with its adjective (`les Diables rouges`) are nicknames as well: peoples there are few.
 */
function findNicknames(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  let sporting: boolean | undefined;
  for (let i = 1; i < toks.length; i++) {
    const t = toks[i];
    if (!isWord(t) || !t.cap || t.upper || t.sentStart || t.joinPrev || ctx.barrier[i] || !/[sx]$/.test(t.key) || t.key.length < 5) continue;
    if (!PLURAL_ARTICLES.has(toks[i - 1].key) || (toks[i - 1].cap && !toks[i - 1].sentStart)) continue;
    // `le stade des Martyrs`, `la place des Nations`: a venue's name.
    if (i > 1 && isVenueHead(ctx, i - 2)) continue;
    if (toks[i + 1]?.joinPrev || ctx.lex.nonNames.has(t.key) || ctx.lex.demonyms.has(t.key) || ctx.lex.firstNames.has(t.key)) continue;
    // Inhabitants of a town no list has (`les Kayésiens`, `les Ségoviens`).
    if (GENTILIC.test(t.key)) continue;
    const classes = wordClasses(t.key);
    if (classes & NAME_CLASSES) continue;
    if (ctx.lex.lex.longest(toks, i) || isEventHead(t.key)) continue;
    // Peoples (`les Celtes`), mountains and islands (`les Pyrénées`) read the same: only a sports article names teams so.
    sporting ??= isSportsArticle(ctx);
    if (!sporting && !onSportsRubricLine(ctx, i)) continue;
    if (classes !== 0 && !(classes & WordClass.noun)) continue;
    // On a line about sport in another article, the nickname is a French noun (`les Lions de l'Atlas`): a word of
    // another language may open a longer name the line does not show whole.
    if (!sporting && !(classes & WordClass.noun)) continue;
    // `les Diables rouges`: a noun and its adjective, one nickname; not a verb's participle (`les Fauves battus`) nor a people's adjective.
    let e = i + 1;
    const next = toks[i + 1];
    if (isWord(next) && !next.cap && next.line === t.line && nicknameAdjective(ctx, next.key)) e = i + 2;
    // The nickname's country or region is part of it (`Aigles du Sahel`, `Hérons de l'Ouest`).
    let k = e;
    if (toks[k]?.key === 'de' || toks[k]?.key === 'du' || toks[k]?.key === "d'") {
      k++;
      if (toks[k]?.key === 'la' || toks[k]?.key === "l'") k++;
      // `les Corbeaux de Moïse Katumbi`: a person after `de` is the team's owner, not its name; `les Rouges du
      // Djoliba AC`: a club named with its designator is the team's club, a name of its own.
      const club = SUFFIXES.has(toks[compoundEnd(ctx, k)]?.key ?? '') || (toks[k]?.upper === true && PREFIXES.has(toks[k].key));
      if (nameWord(ctx, k, t.line) && !mayBeFirstName(ctx, toks[k].key) && !club) e = compoundEnd(ctx, k);
    }
    out.push({ type: 'INSTITUTION', s: i, e, prio: 2, kind: 'institution' });
  }
}
