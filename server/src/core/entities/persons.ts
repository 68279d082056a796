/**
 * PERSON recognition. Evidence, strongest first: a title or rank before a capitalised name
 * (`le colonel Assimi Goïta`, `SE le Colonel Assimi GOITA`, `le ministre des Affaires
 * étrangères, Abdoulaye Diop`); a known first name followed by capitalised words (`Souleymane
 * SIDIBE`, `Igor Gromyko`); a well-known person of the gazetteer; two or more capitalised words
 * inside a sentence that are neither places, organisations nor common words. Titles are cues:
 * they become roles, never part of the span. Where a name ends: nameSpans.ts; persons read from the
 * words around a name (a role or an alias in apposition, a verb of speech, towns in brackets):
 * personCues.ts.
 */
import { NAME_CLASSES, WordClass, wordClasses } from '../gazetteer/frenchLexicon';
import type { Cand, Ctx } from './context';
import { DETERMINERS, isListSeparator, isWord, mayBeFirstName, PLURAL_ARTICLES, unlistedNameWord } from './context';
import { isCompanyCue } from './institutions';
import { nameEnd } from './nameSpans';
import { findSpeakers, findTownLists, roleAfter, subjectOfVerb } from './personCues';
import { compoundEnd, compoundKey } from './tail';
import { acronymEnd, mottoEnd } from './acronyms';
import { isClubDesignator } from './clubsAndCompanies';
import { knownPlaceEnd, listedPlaceEnd } from './listedPlaces';
import { findSurnameFirstLists } from './surnameFirstLists';
import { isRomanOrdinal } from './numberedCommunes';
import { FOREIGN_PARTICLES, isArticle, isPluralTitle, nationalityAt, particleLength, roleComplement, textOf, titleAt } from './titles';

/** Does `de` or `du` inside `[s, e)` introduce a first name (`Corbeaux de Moïse Katumbi`)? */
function ownerInside(ctx: Ctx, s: number, e: number): boolean {
  const toks = ctx.toks;
  for (let k = s + 1; k + 1 < e; k++) {
    if (toks[k].key !== 'de' && toks[k].key !== 'du') continue;
    const w = toks[k + 1];
    if (isWord(w) && w.cap && mayBeFirstName(ctx, w.key)) return true;
  }
  return false;
}

/** The words that open the examples of a plural (`tels que`, `notamment`, `dont`, `comme`), folded. */
const EXAMPLE_LEADS = [['tels', 'que'], ['telles', 'que'], ['notamment'], ['dont'], ['comme'], ['a', 'savoir']];

/**
 * The token after the words that open a plural's examples at `k` (`tels que`, `notamment`), or `k`;
 * an adjective or two and their comma may come first (`les chefs disgraciés, tels que …`).
 */
function examplesStart(ctx: Ctx, k: number): number {
  const toks = ctx.toks;
  const from = k;
  for (let n = 0; n < 2 && isWord(toks[k]) && !toks[k].cap && toks[k + 1]?.text === ','; n++) k += 2;
  for (const lead of EXAMPLE_LEADS) if (lead.every((w, n) => toks[k + n]?.key === w)) return k + lead.length;
  return from;
}

/**
 * After a title, an acronym of parts joined by a dash (`CNDD-FDD`), a body the lists know or a club's
 * letters, then a capitalised word: the name starts after the acronym. A surname in capitals before the first name
 * (`KONATÉ Moussa`) is one word and no body.
 */
function partyAcronymEnd(ctx: Ctx, j: number): number {
  const toks = ctx.toks;
  const t = toks[j];
  if (!t?.upper) return j;
  const parts = acronymEnd(toks, j);
  const known = ctx.lex.lex.longest(toks, j);
  // A club's letters closing the club named in the role (`le milieu de Kandoro FC Moussa Sylla`) are no one's name either.
  const end = parts > j + 1 ? parts : known && known.entry.type === 'INSTITUTION' ? known.end : isClubDesignator(t) ? j + 1 : j;
  const next = toks[end];
  return end > j && isWord(next) && next.cap && !next.upper && next.line === t.line ? end : j;
}

/** Elected offices, whose holder's party may follow the title in capitals (folded). */
const ELECTED = new Set(['depute', 'deputee', 'senateur', 'senatrice', 'maire', 'elu', 'elue', 'conseiller', 'conseillere']);
/** The prepositions that open an elected member's seat (`du Mayo-Kani`, `de Maroua`). */
const SEAT_LINKS = new Set(['du', 'de', "d'", 'des']);

/** Titles of nobility, whose `de X` is a family's name (`le comte de Metternich`), not a complement (folded). */
const NOBILITY = new Set(['prince', 'princesse', 'duc', 'duchesse', 'comte', 'comtesse', 'marquis', 'marquise', 'baron', 'baronne', 'vicomte',
  'vicomtesse', 'archiduc', 'archiduchesse', 'chevalier']);

/**
 * Does a title of nobility end before `j`, followed by `de`/`d'` and a capitalised name that no list
 * knows as a place or a body (`le prince de Bismarck`, not `le prince de Galles`)?
 */
function nobleName(ctx: Ctx, j: number): boolean {
  const toks = ctx.toks;
  const title = toks[j - 1];
  if (!title || !NOBILITY.has(title.key) || (toks[j]?.key !== 'de' && toks[j]?.key !== "d'")) return false;
  const w = toks[j + 1];
  if (!isWord(w) || !w.cap || w.line !== title.line) return false;
  const known = ctx.lex.lex.longest(toks, j + 1);
  return !(known && known.entry.type !== 'PERSON') && !ctx.lex.placeOrOrgKeys.has(w.key) && listedPlaceEnd(toks, j + 1) < 0;
}

/** Does a company noun in lower case (`coopérative`, `start-up`) end right before token `j`? */
function companyCueBefore(ctx: Ctx, j: number): boolean {
  const toks = ctx.toks;
  let s = j - 1;
  while (s > 0 && toks[s].joinPrev) s--;
  const before = toks[s];
  if (s < j && isWord(before) && !before.cap && isCompanyCue(compoundKey(ctx, s, j))) return true;
  // With its members between (`l'association des commerçantes Benkadi`, `la coopérative des producteurs Sababougou`).
  const link = toks[j - 2];
  const cue = toks[j - 3];
  return isWord(before) && !before.cap && (link?.key === 'des' || link?.key === 'de') && isWord(cue) && !cue.cap && isCompanyCue(cue.key);
}

/** The letters that end a radio's or a television's name (`Sounon FM`, `Afrique TV`), folded. */
const STATION_ENDINGS = new Set(['fm', 'tv']);

export function findPersons(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  const lex = ctx.lex;
  const covered = new Uint8Array(toks.length);
  // 1. Titles and appositions.
  for (let i = 0; i < toks.length; i++) {
    const title = titleAt(ctx, i);
    const first = title ?? nationalityAt(ctx, i);
    if (!first) continue;
    // A nationality is a capitalised word: never the start of the name it introduces.
    if (!title) covered[i] = 1;
    const roles: string[] = [];
    let roleStart = i;
    let m = first;
    let j = m.end;
    for (let chain = 0; chain < 6; chain++) {
      if (m.rank && !nobleName(ctx, m.end)) j = roleComplement(ctx, j);
      roles.push(textOf(ctx, roleStart, j));
      let k = j;
      // `Mots-clés : Élevage, Lamido, Unecobev`: a capitalised title between commas is an item of a list, not a role.
      if (toks[k]?.text === ',' && !listItem(ctx, roleStart)) k++;
      if (isArticle(toks[k])) k++;
      const next = titleAt(ctx, k);
      if (next) {
        roleStart = k;
        m = next;
        j = next.end;
        continue;
      }
      j = k;
      break;
    }
    // `les chefs disgraciés, tels que Zariategui, Eflio…`: the people a plural title introduces.
    if (isPluralTitle(ctx, m.end)) j = examplesStart(ctx, j);
    // After an honorific, a surname may open with its particle (`M. de Roggenbach`): the particle is part of
    // the name; `von` and `van` after any title (`les directeurs von Schulthess`), `de` being a preposition too.
    const opening = particleLength(ctx, j);
    const particle = (!m.rank || FOREIGN_PARTICLES.has(toks[j]?.key ?? '') || nobleName(ctx, j)) && opening > 0 && nameEnd(ctx, j + opening, true) > j + opening;
    // `le sénateur CNDD-FDD Gilbert Ntakirutimana`: the party's acronym between the title and the name is not the name's.
    if (!particle) j = partyAcronymEnd(ctx, j);
    // After `, ` the name must be written at once; after the bare title it may follow directly.
    const e = nameEnd(ctx, particle ? j + opening : j, true);
    // `président de la coopérative KOBADA`, `… de la start-up Dabapay`: a name right after a company noun is the
    // company's, not the president's.
    if (companyCueBefore(ctx, j)) continue;
    // A role closing a line (`…, roi des arènes`) announces no common word opening the next (`Partager sur :`): a
    // signature's name under its title is a name, not a word of the language.
    if (toks[j] && toks[j].line !== toks[j - 1]?.line && isCommonWord(ctx, j)) continue;
    // Two capitals alone after a role (`des Rouges du Djoliba AC`) are a club's or a body's letters, no one's name.
    // Nor is a word in capitals with no vowel (`l'ancien élu CDP de Dô`): a party's or a body's letters.
    if (e === j + 1 && toks[j].upper && (toks[j].text.length <= 2 || !/[aeiouy]/.test(toks[j].key))) continue;
    // An elected member's party in capitals before the seat (`le député UNDP du Mayo-Kani`): the party's letters, no name.
    if (e === j + 1 && toks[j].upper && toks[j].text.length <= 5 && ELECTED.has(toks[m.end - 1].key) && SEAT_LINKS.has(toks[e]?.key ?? '') && !lex.personSurnames.has(toks[j].key) && !mayBeFirstName(ctx, toks[j].key)) {
      out.push({ type: 'INSTITUTION', s: j, e, prio: 2, kind: 'shortForm' });
      continue;
    }
    if (e > j && !covered[j]) {
      // `Président GOITA`: accept; `Président Mali` (a place) is not a person.
      const m2 = lex.lex.longest(toks, particle ? j + opening : j);
      if (m2 && m2.entry.type !== 'PERSON' && m2.end >= e) continue;
      // `Maman Beignets` (made-up): a style before a common noun is a nickname, the style inside it.
      const nickname = title && j === m.end && e === j + 1 && NICKNAME_STYLES.has(toks[i].key) && isCommonWord(ctx, j);
      out.push({ type: 'PERSON', s: nickname ? i : j, e, prio: 4, kind: 'person', roles: roles.filter(Boolean) });
      // The title's own capitalised words (`El Hadj`) open no name of their own either, unless one may be a first
      // name (`Cheikh`, `Pape`: the name may start there).
      const titleWords = title && toks.slice(i, m.end).every((t) => !mayBeFirstName(ctx, t.key));
      covered.fill(1, titleWords ? i : j, e);
    } else if (title && m.rank && e <= j && j > m.end && toks.slice(i, m.end).every((t) => t.cap && !mayBeFirstName(ctx, t.key))) {
      // `le Lamido de Kanfo` (made-up) with no name after: the ruler named by his title and seat, no one's name.
      covered.fill(1, i, m.end);
    }
    i = Math.max(i, j - 1);
  }
  findBylines(ctx, out, covered);
  findInitialsNames(ctx, out, covered);
  findSurnameFirstLists(ctx, out, covered);
  // 2. Known first names: the gazetteer's, and the words the French lexicon knows only as first names (`Théophile`).
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (covered[i] || !isWord(t) || !t.cap || t.joinPrev || !(lex.firstNames.has(t.key) || (!t.upper && wordClasses(t.key) === WordClass.firstName))) continue;
    // A surname in capitals before the first name, as court papers and lists write it (`RATSIMBAZAFY Jean-Claude`).
    if (surnameInCapitalsBefore(ctx, i, covered)) {
      const e = compoundEnd(ctx, i);
      out.push({ type: 'PERSON', s: i - 1, e, prio: 3, kind: 'person' });
      covered.fill(1, i - 1, e);
      i = e - 1;
      continue;
    }
    const nx = toks[compoundEnd(ctx, i)];
    if (!isWord(nx) || !(nx.cap || nx.upper) || nx.line !== t.line) continue;
    // `Saint-Louis`, `Maurice` the country before a capital: a gazetteer place that is longer wins in resolution.
    let e = nameEnd(ctx, i, false);
    // A reader signing a comment with a first name and an initial, at the line's start (`Ginette M. – Courage…`).
    if (e <= compoundEnd(ctx, i) && t.lineStart && signingInitial(ctx, e)) e += 2;
    if (e <= compoundEnd(ctx, i)) continue;
    const s = givenNameBefore(ctx, i, covered) ? i - 1 : i;
    out.push({ type: 'PERSON', s, e, prio: 3, kind: 'person' });
    for (let k = s; k < e; k++) covered[k] = 1;
    i = e - 1;
  }
  findFiliationNames(ctx, out, covered);
  findRankedNames(ctx, out, covered);
  findTownLists(ctx, out, covered);
  findSpeakers(ctx, out, covered);
  // 3. Capitalised sequences inside a sentence (or alone on their line, as a byline).
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (covered[i] || !isWord(t) || !(t.cap || t.upper) || t.joinPrev) continue;
    if (ctx.headlineLine[t.line] && !isBylineLine(ctx, i)) continue;
    // An acronym of parts joined by a dash (`CNDD-FDD`), or with a party's motto (made-up: `MDE-Haske`), is a body's,
    // whatever follows it.
    const acronymParts = t.upper ? acronymEnd(toks, i) : i;
    const withMotto = acronymParts > i ? mottoEnd(toks, acronymParts) : i;
    if (withMotto > i + 1) {
      i = withMotto - 1;
      continue;
    }
    let e = nameEnd(ctx, i, false);
    // A station's letters close its name (`sur Sounon FM Hamidou Bio Sanni`: the radio, then the person who spoke on it).
    for (let k = i + 1; k < e - 1; k++) {
      if (!toks[k].upper || !STATION_ENDINGS.has(toks[k].key)) continue;
      e = k + 1;
      break;
    }
    // After a plural article a capital opens a team, a people or a family (the learner reads them so, from the article):
    // a person named inside it after `de` is its owner (`les Corbeaux de Moïse Katumbi`), a person of their own.
    if (!t.upper && i > 0 && PLURAL_ARTICLES.has(toks[i - 1].key) && ownerInside(ctx, i, e)) continue;
    // `Bravo Awa, …`, `Merci Firmin !` (made-up): a word of address opens no name; the name after it is read alone.
    if (!t.upper && ADDRESS_WORDS.has(t.key) && e > compoundEnd(ctx, i)) continue;
    // `le Kanfo Naaba` (made-up): a Mossi chief's title after his seat; the seat is the place, and a title there (`le
    // Baloum Naaba`, a minister of the court) names no one.
    const postposed = postposedTitleAt(ctx, i, e);
    if (postposed > 0) {
      if (knownPlaceEnd(ctx, i) === postposed) out.push({ type: 'PLACE', s: i, e: postposed, prio: 3, kind: 'wrapper' });
      covered.fill(1, i, e);
      i = Math.max(i, e - 1);
      continue;
    }
    // `Ngaoundéré IIIe`: a district's ordinal closes a place's name (numberedCommunes.ts), never a person's.
    if (isRomanOrdinal(toks[e - 1])) {
      i = Math.max(i, e - 1);
      continue;
    }
    let words = 0;
    for (let k = i; k < e; k++) if (!toks[k].joinPrev && toks[k].cap) words++;
    if (words < 2) {
      i = Math.max(i, e - 1);
      continue;
    }
    if (t.sentStart && !isBylineLine(ctx, i) && !roleAfter(ctx, e) && !subjectOfVerb(ctx, i, e)) {
      i = Math.max(i, e - 1);
      continue;
    }
    // `les Rouges du Djoliba AC`: a club's designator makes the words a club's.
    if (holdsClubDesignator(ctx, i, e)) {
      i = e - 1;
      continue;
    }
    // A heading shouted in capitals (`GRAND CONCERT SYMPHONIQUE`) is common words, no name.
    if (shoutedCommonWords(ctx, i, e)) {
      i = e - 1;
      continue;
    }
    // A sequence that contains a known place or organisation is something else (`Burkina Faso`).
    let gaz = false;
    for (let k = i; k < e; k++) {
      const m = lex.lex.longest(toks, k);
      if (m && m.entry.type !== 'PERSON') gaz = true;
      if (lex.placeOrOrgKeys.has(toks[k].key)) gaz = true;
    }
    // A name whose last word is a French common noun in the plural (made-up: `Sima Essences`, `Kanga Transports`) is a trade
    // name, with a cue's strength (kind `shortForm`): the corpus may still retype it.
    if (!gaz) out.push(endsWithPluralNoun(ctx, e) ? { type: 'INSTITUTION', s: i, e, prio: 1, kind: 'shortForm' } : { type: 'PERSON', s: i, e, prio: 1, kind: 'person' });
    i = e - 1;
  }
}

/**
 * Is the word right before the known first name at `i` a given name of the same person, one no list has
 * (`Fodé Moussa Kanté`, `Thierno Ousmane Barry`): glued to the name on its line, no place's, and not the end
 * of another capitalised run?
 */
function givenNameBefore(ctx: Ctx, i: number, covered: Uint8Array): boolean {
  const p = ctx.toks[i - 1];
  if (i === 0 || covered[i - 1] || !unlistedNameWord(ctx, i - 1) || p.line !== ctx.toks[i].line) return false;
  if (ctx.lex.placeOrOrgKeys.has(p.key) || listedPlaceEnd(ctx.toks, i - 1) === i) return false;
  const pp = ctx.toks[i - 2];
  return !(pp && pp.line === p.line && isWord(pp) && (pp.cap || pp.upper) && !pp.sentStart);
}

/**
 * Is the word right before the known first name at `i` a surname written first in capitals (`RATSIMBAZAFY Jean-Claude`):
 * a word in capitals no lexicon knows, alone (not the end of a heading in capitals) and after no article, on a line
 * that is no headline?
 */
function surnameInCapitalsBefore(ctx: Ctx, i: number, covered: Uint8Array): boolean {
  const t = ctx.toks[i];
  const p = ctx.toks[i - 1];
  if (i === 0 || covered[i - 1] || t.upper || !isWord(p) || !p.upper || p.text.length < 3 || p.line !== t.line || ctx.headlineLine[t.line]) return false;
  if (wordClasses(p.key) !== 0 || ctx.lex.nonNames.has(p.key) || ctx.lex.placeOrOrgKeys.has(p.key) || ctx.lex.lex.longest(ctx.toks, i - 1)) return false;
  // After an article it is a body's acronym (`l'ASFA Yennenga`, a club named after a princess).
  const pp = ctx.toks[i - 2];
  return !(pp && pp.line === p.line && ((isWord(pp) && pp.upper) || DETERMINERS.has(pp.key)));
}

function holdsClubDesignator(ctx: Ctx, s: number, e: number): boolean {
  for (let k = s; k < e; k++) if (isClubDesignator(ctx.toks[k])) return true;
  return false;
}

/** Is the capitalised word at `i` an item of a list: after a comma or a colon on its line? */
function listItem(ctx: Ctx, i: number): boolean {
  const p = ctx.toks[i - 1];
  return ctx.toks[i].cap && p !== undefined && p.line === ctx.toks[i].line && (p.text === ',' || p.text === ':');
}

/** Interjections a reader addresses someone with, before their name (folded). */
const ADDRESS_WORDS = new Set(['bravo', 'merci', 'felicitations', 'courage', 'salut', 'bonjour', 'chapeau', 'vive', 'adieu', 'bienvenue', 'pardon']);

/** Styles that make a nickname of the common noun after them (`Maman Beignets`), folded. */
const NICKNAME_STYLES = new Set(['maman']);

/** Titles the Mossi write after the chief's seat or office (`le Kanfo Naaba`, `le Baloum Naaba`), folded. */
const POSTPOSED_TITLES = new Set(['naaba', 'naba']);
/** The index of a postposed title inside the capitalised run `[i, e)` after its first word, or -1. */
function postposedTitleAt(ctx: Ctx, i: number, e: number): number {
  for (let k = i + 1; k < e; k++) if (POSTPOSED_TITLES.has(ctx.toks[k].key) && !ctx.toks[k].joinPrev) return k;
  return -1;
}
/** Is the word at `k` a French word written in lower case (a verb, a noun, a function word) that no list knows as a name? */
function isCommonWord(ctx: Ctx, k: number): boolean {
  const key = ctx.toks[k].key;
  const classes = wordClasses(key);
  return (classes & (WordClass.verb | WordClass.noun | WordClass.function)) !== 0 && (classes & NAME_CLASSES) === 0 && !ctx.lex.firstNames.has(key) && !ctx.lex.personSurnames.has(key);
}

/** Is the word before `e` capitalised, and a French common noun in the plural that no list knows as a name? */
function endsWithPluralNoun(ctx: Ctx, e: number): boolean {
  const t = ctx.toks[e - 1];
  if (!isWord(t) || !t.cap || t.upper || t.joinPrev || !/[sx]$/.test(t.key) || t.key.length < 5) return false;
  if (wordClasses(t.key) & NAME_CLASSES || ctx.lex.firstNames.has(t.key) || ctx.lex.personSurnames.has(t.key)) return false;
  const singular = wordClasses(t.key.slice(0, -1));
  return (singular & WordClass.noun) !== 0 && (singular & NAME_CLASSES) === 0;
}

/** Are the words of `[s, e)` all in capitals and all words French writes in lower case, none a name? */
function shoutedCommonWords(ctx: Ctx, s: number, e: number): boolean {
  const toks = ctx.toks;
  for (let k = s; k < e; k++) {
    const t = toks[k];
    if (!isWord(t)) continue;
    if (!t.upper) return false;
    const classes = wordClasses(t.key);
    if (!(classes & (WordClass.noun | WordClass.adjective | WordClass.verb | WordClass.function)) || classes & NAME_CLASSES) return false;
  }
  return true;
}

/**
 * Particles of filiation between a given name and a father's name (`ould`, `mint`: son, daughter
 * of, in Hassaniya; `ag`: son of, in Tamasheq): a capitalised word, the particle, a capitalised
 * word is a person's name wherever it stands, the first word of a sentence too (made-up: `Salka Mint
 * Bouh`). `AG` in capitals is an assembly.
 */
const FILIATION = new Set(['ould', 'mint', 'ag']);

function findFiliationNames(ctx: Ctx, out: Cand[], covered: Uint8Array): void {
  const toks = ctx.toks;
  for (let i = 1; i + 1 < toks.length; i++) {
    const p = toks[i];
    if (p.kind !== 'w' || !FILIATION.has(p.key) || (p.upper && p.key === 'ag') || covered[i]) continue;
    let s = i - 1;
    while (s > 0 && toks[s].joinPrev) s--;
    const first = toks[s];
    if (!isWord(first) || !(first.cap || first.upper) || covered[s] || first.line !== p.line || ctx.barrier[s]) continue;
    if (ctx.lex.nonNames.has(first.key) || ctx.lex.lex.longest(toks, s)?.entry.type === 'PLACE') continue;
    const e = nameEnd(ctx, s, false);
    if (e <= i + 1) continue;
    out.push({ type: 'PERSON', s, e, prio: 3, kind: 'person' });
    covered.fill(1, s, e);
    i = e - 1;
  }
}

/** A country or a team in brackets after a ranked name: a code of one to four letters (`(It)`, `(SEN)`) or a place the gazetteer knows (`(Italie)`). */
function countryCodeAt(ctx: Ctx, k: number): boolean {
  const toks = ctx.toks;
  const c = toks[k + 1];
  if (toks[k]?.text !== '(' || !isWord(c) || !c.cap) return false;
  const place = ctx.lex.lex.longest(toks, k + 1);
  const e = place?.entry.type === 'PLACE' ? place.end : c.text.length <= 4 ? k + 2 : -1;
  return toks[e]?.text === ')' || toks[e]?.text === ',';
}

/**
 * A results table written as text (made-up: `1. Traoré (Mli) 10"2. 2. L. Diabaté (CIV) 10"4.`):
 * a rank, a dot, a name, the competitor's country in brackets. Two such entries on a line make the
 * line a table, and each ranked name on it a person's, with its code or without.
 */
function findRankedNames(ctx: Ctx, out: Cand[], covered: Uint8Array): void {
  const toks = ctx.toks;
  // Per line: the ranked names, and how many carry a country code.
  const entries: [number, number][] = [];
  let coded = 0;
  let line = -1;
  const flush = () => {
    if (coded >= 2) for (const [s, e] of entries) if (!covered.subarray(s, e).includes(1)) {
      out.push({ type: 'PERSON', s, e, prio: 2, kind: 'rankedName' });
      covered.fill(1, s, e);
    }
    entries.length = 0;
    coded = 0;
  };
  for (let i = 0; i + 3 < toks.length; i++) {
    if (toks[i].line !== line) {
      flush();
      line = toks[i].line;
    }
    if (toks[i].kind !== 'n' || toks[i].text.length > 3 || toks[i + 1].text !== '.') continue;
    const s = i + 2;
    const e = nameEnd(ctx, s, true);
    if (e <= s || toks[e - 1].line !== line) continue;
    // In a table, a name without its code ends at a dot, a comma or a time (`12. Camenzind. 23. Huser à 2'24"`).
    const code = countryCodeAt(ctx, e);
    if (!code && !(toks[e]?.text === '.' || toks[e]?.text === ',' || toks[e]?.key === 'a' || toks[e]?.kind === 'n')) continue;
    if (code) coded++;
    entries.push([s, e]);
    i = e;
  }
  flush();
}

/** Words that join a byline's authors (`Par X, avec Y`, `Par X et Y`). */
const BYLINE_JOINS = new Set(['et', 'avec']);

/**
 * A byline: a line that opens with `Par` and a name of two words or more (`Par Awa N'Diaye,
 * correspondante à …`, `Par X, avec Y`: made-up names) names its authors, people, unless the
 * gazetteer knows the words as a place or a body (a news agency, a newspaper).
 */
function findBylines(ctx: Ctx, out: Cand[], covered: Uint8Array): void {
  const toks = ctx.toks;
  const lex = ctx.lex;
  for (let i = 0; i + 1 < toks.length; i++) {
    if (!toks[i].lineStart || toks[i].key !== 'par' || !toks[i].cap) continue;
    let s = i + 1;
    for (let n = 0; n < 4; n++) {
      let e = nameEnd(ctx, s, true);
      // `Par Grâce BOFALA`: a first name that is also a common word, before a surname in capitals.
      if (e <= s && isWord(toks[s]) && toks[s].cap && !toks[s].upper && toks[s + 1]?.upper && toks[s + 1].line === toks[s].line) e = Math.max(e, nameEnd(ctx, s + 1, true));
      let words = 0;
      let known = false;
      for (let k = s; k < e; k++) {
        if (isWord(toks[k]) && !toks[k].joinPrev && toks[k].text.length > 1) words++;
        const m = lex.lex.longest(toks, k);
        if ((m && m.entry.type !== 'PERSON') || lex.placeOrOrgKeys.has(toks[k].key)) known = true;
      }
      if (words < 2 || known || covered[s]) break;
      out.push({ type: 'PERSON', s, e, prio: 4, kind: 'person', roles: [] });
      covered.fill(1, s, e);
      let k = e;
      if (toks[k]?.text === ',') k++;
      if (!BYLINE_JOINS.has(toks[k]?.key ?? '') || toks[k].line !== toks[i].line) break;
      s = k + 1;
    }
  }
}

/** One initial of a signature: a capital and at most one more letter, then its dot (`G.`, `Bi.`, `p.` after a first initial). */
function signatureInitial(ctx: Ctx, k: number, first: boolean): boolean {
  const t = ctx.toks[k];
  return isWord(t) && t.text.length <= 2 && (t.cap || (!first && t.text.length === 1)) && ctx.toks[k + 1]?.text === '.' && ctx.toks[k + 1].line === t.line;
}

/** An initial closing a signature at `k`: one capital, its dot, then a dash, a colon or the line's end (`Serge K. :`). */
function signingInitial(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  const dot = ctx.toks[k + 1];
  if (!isWord(t) || t.text.length !== 1 || !t.cap || dot?.text !== '.' || dot.start !== t.end) return false;
  const next = ctx.toks[k + 2];
  return !next || next.line !== t.line || SIGNATURE_ENDS.has(next.text);
}
const SIGNATURE_ENDS = new Set(['–', '—', '-', ':', ',']);

/** The articles that open a role in apposition (`, un cadre de la DTRF`), folded. */
const ROLE_ARTICLES = new Set(['un', 'une', 'le', 'la', "l'"]);

/**
 * A person written with initials only, where the page says it is a person: an article's signature after its last
 * sentence (`… louvoyante et indécise. G. P.`, `E. Bi.` alone on its line), an interview's speaker tag at a line's
 * start (`A.N. : Le conseil…`), a source with a role in apposition (`confie A. K., un cadre de la DTRF`). Two or
 * three initials, not part of a longer chain (`à S. M. I.`, Sa Majesté Impériale).
 */
function findInitialsNames(ctx: Ctx, out: Cand[], covered: Uint8Array): void {
  const toks = ctx.toks;
  for (let i = 0; i + 3 < toks.length; i++) {
    const t = toks[i];
    if (covered[i] || !signatureInitial(ctx, i, true) || (!t.upper && t.text.length > 1)) continue;
    const before = toks[i - 1];
    // The dot before, if any, ends a sentence, not an initial or an abbreviation.
    const afterInitial = before?.text === '.' && (toks[i - 2]?.text.length ?? 0) <= 2;
    if (afterInitial && !t.lineStart) continue;
    let k = i + 2;
    while (k < i + 6 && signatureInitial(ctx, k, false)) k += 2;
    const n = (k - i) / 2;
    if (n < 2 || n > 3) continue;
    const next = toks[k];
    const endsLine = !next || next.line !== t.line;
    const sentenceEnd = t.lineStart || (before && (before.text === '!' || before.text === '?' || before.text === '»' || before.text === '.'));
    const signature = endsLine && sentenceEnd;
    const speakerTag = t.lineStart && next?.text === ':';
    const role = next?.text === ',' && ROLE_ARTICLES.has(toks[k + 1]?.key ?? '') && isWord(toks[k + 2]) && !toks[k + 2].cap;
    if (!signature && !speakerTag && !role) continue;
    out.push({ type: 'PERSON', s: i, e: k, prio: 3, kind: 'initials' });
    covered.fill(1, i, k);
    i = k - 1;
  }
}

/** A line that holds nothing but two to eight capitalised words (a byline or signature); memoised per line so the check stays linear. */
const bylineMemo = new WeakMap<Ctx, Map<number, boolean>>();
export function isBylineLine(ctx: Ctx, i: number): boolean {
  let memo = bylineMemo.get(ctx);
  if (!memo) bylineMemo.set(ctx, (memo = new Map()));
  const toks = ctx.toks;
  const line = toks[i].line;
  const known = memo.get(line);
  if (known !== undefined) return known;
  let s = i;
  while (s > 0 && toks[s - 1].line === line) s--;
  let words = 0;
  let ok = true;
  for (let k = s; k < toks.length && toks[k].line === line; k++) {
    const t = toks[k];
    if (t.kind === 'p') {
      if (t.text === '.' || t.text === ',') continue;
      ok = false;
      break;
    }
    if (t.kind === 'w' && (t.cap || t.key === 'et')) {
      if (!t.joinPrev && t.key !== 'et') words++;
      if (words > 8) break;
      continue;
    }
    ok = false;
    break;
  }
  // A heading in capitals (`FAIT DU JOUR`) is not a byline unless it holds a known first name.
  let mixedOrFirst = false;
  for (let k = s; k < toks.length && toks[k].line === line; k++) if (toks[k].kind === 'w' && (!toks[k].upper || ctx.lex.firstNames.has(toks[k].key))) mixedOrFirst = true;
  const r = ok && words >= 2 && words <= 8 && mixedOrFirst;
  memo.set(line, r);
  return r;
}

/**
 * Enumerations: in `Marc Peter, Rochaix, Fazy et Horace Micheli`, a capitalised name listed next
 * to a person (after `,` or `et`) is a person too, when nothing else claims it (no known place or
 * body, no common word). Runs on the resolved candidates; each list item is visited once.
 */
export function propagateLists(ctx: Ctx, chosen: Cand[]): Cand[] {
  const toks = ctx.toks;
  const taken = new Uint8Array(toks.length + 1);
  for (const c of chosen) for (let k = c.s; k < c.e; k++) taken[k] = 1;
  const added: Cand[] = [];
  // Acronyms defined in brackets in this file name bodies (`du CSA, Lassana TOURE`).
  const acronyms = new Set<string>();
  for (let k = 1; k + 1 < toks.length; k++) if (toks[k - 1].text === '(' && toks[k + 1].text === ')' && toks[k].upper) acronyms.add(toks[k].key);
  const ok = (s: number, e: number): boolean => {
    if (e <= s) return false;
    for (let k = s; k < e; k++) {
      if (taken[k] || ctx.barrier[k] || acronyms.has(toks[k].key)) return false;
      const m = ctx.lex.lex.longest(toks, k);
      if (m && m.entry.type !== 'PERSON') return false;
      if (ctx.lex.placeOrOrgKeys.has(toks[k].key) || ctx.lex.nonNames.has(toks[k].key)) return false;
    }
    return !toks[s].sentStart;
  };
  for (const c of chosen) {
    if (c.type !== 'PERSON') continue;
    // Rightwards: `, X`, `et X`, `, et X`.
    let k = c.e;
    for (let n = 0; n < 40 && isListSeparator(toks[k]); n++) {
      let s = k + 1;
      if (toks[k].text === ',' && toks[s]?.key === 'et') s++;
      if (toks[s]?.line !== toks[c.s].line) break;
      const e = nameEnd(ctx, s, false);
      if (!ok(s, e)) break;
      added.push({ type: 'PERSON', s, e, prio: 1, kind: 'person' });
      for (let j = s; j < e; j++) taken[j] = 1;
      k = e;
    }
    // Leftwards: `X, ` / `X et ` before the person.
    let end = c.s - 1;
    for (let n = 0; n < 40 && end > 0 && isListSeparator(toks[end]); n++) {
      let j = end - 1;
      while (j >= 0 && end - j <= 6 && isWord(toks[j]) && (toks[j].cap || toks[j].upper || toks[j].joinPrev) && !taken[j]) j--;
      const s = j + 1;
      // A name after an article (`du MINFI, Ousmanou Sali`) is a body's, in apposition to the person, not listed with them.
      if (s >= end || nameEnd(ctx, s, false) !== end || !ok(s, end) || DETERMINERS.has(toks[s - 1]?.key ?? '')) break;
      added.push({ type: 'PERSON', s, e: end, prio: 1, kind: 'person' });
      for (let q = s; q < end; q++) taken[q] = 1;
      end = s - 1;
      if (toks[end]?.key === 'et' && toks[end - 1]?.text === ',') end--;
    }
  }
  return added;
}
