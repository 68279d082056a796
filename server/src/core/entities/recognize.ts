/**
 * Per-file recognition: a pure function of the text (and the file's DATE spans, which no name
 * may overlap). It runs every recogniser, keeps the best non-overlapping candidates (longest
 * first: `Forces de Défense et de Sécurité du Mali` beats `Mali`; event names block what they
 * contain), adds bracket acronyms, resolves bare surnames to a full name of the same file, and
 * lists the capitalised words it could not decide on, for the corpus to settle.
 */
import { isMenuOrTrail } from '../boilerplate/furnitureCues';
import { WordClass, wordClasses } from '../gazetteer/frenchLexicon';
import { shapeTokens } from '../boilerplate/lineShape';
import { comparisonKey, nameComparisonKey } from '../text/normalize';
import type { NameType, Span } from '../types';
import { definedParts, findAcronymDefinitions, impliedAcronyms } from './acronymDefs';
import { acronymEnd, acronymKey, bracketAcronymAfter, inReferenceCode, isSyllabicAcronymToken, mottoEnd, plausibleAcronym } from './acronyms';
import { isWord, makeCtx, type Cand, type CandKind, type Ctx } from './context';
import type { Token } from './tokens';
import { candidateFeatures, coordinationBits, COORDINATED_TYPES } from './evidence';
import { bodyShortForms } from './bodyShortForms';
import { joinMarriedNames } from './marriedNames';
import { joinReorderedNames } from './reorderedNames';
import { blockFamilies } from './families';
import { findClubsAndCompanies } from './clubsAndCompanies';
import { findEvents } from './events';
import { findNamedThings } from './namedThings';
import { findInstitutions } from './institutions';
import { findCopyrightNames, findPressTitles, propagateNames } from './media';
import { findHeadlineLeads } from './headlineLeads';
import { listedPlaceEnd } from './listedPlaces';
import { findAliases, givenNamesAlone, sentenceStartNames } from './personCues';
import { findNicknames } from './nicknames';
import { findPersons, isBylineLine, propagateLists } from './persons';
import { findGazetteer, knownBodyId } from './gazetteerNames';
import { extendNumberedCommunes } from './numberedCommunes';
import { findCuePlaces, findListedPlaces, findPlaceForms, isVenueHead, propagatePlaceLists } from './places';
import { titleAt } from './titles';
import { resolveLocalSurnames, surnameFirstWords, surnameLast } from './surnames';

/**
 * How sure the rule that found a mention is of its type: a name known to the gazetteer, an
 * institution head, a title before a person (`known`); a known first name, a place after `à`
 * (`cue`); capitalised words and nothing else (`guess`), which the corpus-level learner may retype.
 * `byContext` is added when the rule read the words around the name (a title, `à`) rather than
 * the name itself: the learner then learns the name's spelling from it, and the context otherwise.
 * `unread`: a candidate the learner neither learns from nor decides (a word at a sentence's start, a headline's lead).
 */
export const Strength = { guess: 0, cue: 1, known: 2, byContext: 4, unread: 8 } as const;
export type Strength = number;

export interface RawMention extends Span {
  type: NameType;
  text: string;
  roles: string[];
  kind: CandKind;
  strength: Strength;
  /** Gazetteer id, when the name is a known one. */
  gazId?: string;
  /** Linking key: folded name (persons), or normalised name / portfolio key (others); `gaz:<id>` for known names. */
  key: string;
  /** The folded words of the mention itself (`assimi goita`). */
  name: string;
  /** For a one-word person name: the key of the full name it abbreviates in this file. */
  local?: string;
}

export interface WeakCandidate extends Span {
  text: string;
  key: string;
  upper: boolean;
  /** Written in capitals right after an article (`du SYNTRAK`): a body's acronym, if nothing says otherwise. */
  articled?: true;
  /** At a sentence's start, where a capital says nothing: only a person's surname the corpus knows. */
  sentenceStart?: true;
  /** Next to another weak word in lower-case letters (`Hassi Messaoud`): a piece of a longer name no rule read. */
  inRun?: true;
  /** On a site's menu bar or breadcrumb trail (`Banques & Finance | Télécoms`): a section's name, never a person's. */
  onMenu?: true;
}

export interface AcronymDef {
  acronym: string;
  /** The key of the full name (`gaz:<id>` for gazetteer names). */
  fullKey: string;
  type: NameType;
}

export interface FileAnalysis {
  mentions: RawMention[];
  weak: WeakCandidate[];
  acronyms: AcronymDef[];
  /**
   * The evidence of every candidate for the learner (see evidence.ts): feature ids of the mentions,
   * then of the weak words, in their order; candidate `c` owns `features[featureStart[c]..featureStart[c + 1])`.
   */
  features: number[];
  featureStart: number[];
  /** Per candidate: where its context features start (its spelling features come first). */
  contextStart: number[];
}

/** The rule's certainty for a candidate (see `Strength`). */
function strengthOf(c: Cand): Strength {
  if (c.gazId !== undefined) return Strength.known;
  switch (c.kind) {
    case 'person':
      return c.prio >= 4 ? Strength.known | Strength.byContext : c.prio >= 3 ? Strength.cue : Strength.guess;
    case 'cuePlace':
    case 'rankedName':
      // A place after its cue, a competitor in a results table (persons.ts): read from the words around the name.
      return Strength.cue | Strength.byContext;
    case 'listedPlace':
      // Among places (`vers Tiznit et Sidi Ifni`, places.ts): read from its context, as a cue's place is.
      return c.prio >= 4 ? Strength.cue | Strength.byContext : Strength.guess;
    // A person written with initials (persons.ts): kept as read, and no example of a person's spelling or context
    // (a speaker's tag `A.N. :` stands where the outlet's own `ŒD :` does). A headline's place or team
    // (headlineLeads.ts): kept as read, and no example either (its colon opens bodies' headlines too).
    case 'initials':
    case 'headlineLead':
      return Strength.cue | Strength.unread;
    case 'shortForm':
      return Strength.cue;
    default:
      return Strength.known;
  }
}

export function personKey(text: string): string {
  return comparisonKey(text);
}

/** `folded`, when given, is `comparisonKey(text)` already computed. */
export function mentionKey(type: NameType, text: string, gazId: string | undefined, override: string | undefined, folded?: string): string {
  if (gazId) return 'gaz:' + gazId;
  if (type === 'PERSON') return folded ?? personKey(text);
  return override ?? folded ?? comparisonKey(text);
}

export function recognize(text: string, exclude: readonly Span[] = []): FileAnalysis {
  const ctx = makeCtx(text, exclude);
  const cands: Cand[] = [];
  findGazetteer(ctx, cands);
  findEvents(ctx, cands);
  findNamedThings(ctx, cands);
  findInstitutions(ctx, cands);
  findClubsAndCompanies(ctx, cands);
  findPlaceForms(ctx, cands);
  findCuePlaces(ctx, cands);
  findListedPlaces(ctx, cands);
  findHeadlineLeads(ctx, cands);
  findPersons(ctx, cands);
  findAcronymDefinitions(ctx, cands);
  findCopyrightNames(ctx, cands);
  findPressTitles(ctx, cands);
  propagateNames(ctx, cands);
  const nav = navigationLines(ctx);
  // No person is read on a menu line, nor right after a venue's noun on its line (`stade Amadou Kéita`).
  const afterVenue = (c: Cand) => c.s > 0 && ctx.toks[c.s - 1].line === ctx.toks[c.s].line && isVenueHead(ctx, c.s - 1);
  const chosen = resolve(ctx, cands.filter((c) => c.kind !== 'person' || !(nav.has(ctx.toks[c.s].line) || afterVenue(c))));
  extendNumberedCommunes(ctx, chosen);
  const listed = propagateLists(ctx, chosen);
  listed.push(...propagatePlaceLists(ctx, chosen));
  listed.push(...sentenceStartNames(ctx, [...chosen, ...listed]));
  listed.push(...findAliases(ctx, [...chosen, ...listed]));
  listed.push(...findNicknames(ctx, [...chosen, ...listed]));
  listed.push(...givenNamesAlone(ctx, [...chosen, ...listed]).filter((c) => !nav.has(ctx.toks[c.s].line)));
  listed.push(...bodyShortForms(ctx, [...chosen, ...listed]));
  if (listed.length) {
    chosen.push(...listed);
    chosen.sort((a, b) => a.s - b.s);
  }
  joinReorderedNames(ctx, chosen);
  joinMarriedNames(ctx, chosen);
  blockFamilies(ctx, chosen);
  return finish(ctx, chosen, nav);
}

/** Characters that separate the items of a menu bar or the steps of a breadcrumb trail. */
const TRAIL_SEPARATORS = new Set(['|', '•', '›', '>', '/', '»']);

/**
 * The lines that are a site's menu bar or breadcrumb trail (`ACCUEIL • POLITIQUE • SOCIÉTÉ`,
 * `Accueil › Sports › Football`): their words name sections, never people, so no person is
 * read there but one a list knows.
 */
function navigationLines(ctx: Ctx): Set<number> {
  const out = new Set<number>();
  const toks = ctx.toks;
  for (let i = 0; i < toks.length; ) {
    const line = toks[i].line;
    let j = i;
    let separators = false;
    while (j < toks.length && toks[j].line === line) {
      if (toks[j].kind === 'p' && TRAIL_SEPARATORS.has(toks[j].text)) separators = true;
      j++;
    }
    if (separators && isMenuOrTrail(shapeTokens(ctx.text, toks[i].start, toks[j - 1].end))) out.add(line);
    i = j;
  }
  return out;
}

/** Longest first, then priority; a candidate that cuts a hyphenated compound needs its sibling parts to be names too. */
/** Little words a name never ends on (`lac de` cut at a line break is `lac`, not `lac de`). */
const NEVER_LAST = new Set(['de', 'du', 'des', 'la', 'le', 'les', 'l', 'd', 'et', 'a', 'au', 'aux', 'en', 'sur', 'pour']);

/**
 * A name never runs across a line break: a headline or a paragraph ends it, whatever a rule's tail
 * grammar would read on the next line. Candidates are cut at their first line change, an event's
 * name too (a teaser ending on `la Coupe du X` does not hide the names of the next paragraph).
 */
function cutAtLineBreak(toks: Ctx['toks'], cands: Cand[]): Cand[] {
  const out: Cand[] = [];
  for (const c of cands) {
    if (toks[c.e - 1].line === toks[c.s].line) {
      out.push(c);
      continue;
    }
    let e = c.s + 1;
    while (e < c.e && toks[e].line === toks[c.s].line) e++;
    while (e > c.s + 1 && NEVER_LAST.has(toks[e - 1].key)) e--;
    out.push({ ...c, e });
  }
  return out;
}

function resolve(ctx: Ctx, cands: Cand[]): Cand[] {
  const toks = ctx.toks;
  cands = cutAtLineBreak(toks, cands);
  const gazCover = new Uint8Array(toks.length + 1);
  for (const c of cands) if (c.type !== 'BLOCK' && (c.kind === 'gazetteer' || c.kind === 'wrapper' || c.kind === 'cuePlace')) for (let k = c.s; k < c.e; k++) gazCover[k] = 1;
  const len = (c: Cand) => toks[c.e - 1].end - toks[c.s].start;
  // A name fixed by its bracketed acronym wins over any other reading, except an event name.
  const inBlock = new Uint8Array(toks.length + 1);
  for (const c of cands) if (c.type === 'BLOCK') for (let k = c.s; k < c.e; k++) inBlock[k] = 1;
  const blocked = (c: Cand) => {
    for (let k = c.s; k < c.e; k++) if (inBlock[k]) return true;
    return false;
  };
  cands = cands.filter((c) => (c.kind !== 'acrdef' || !blocked(c)) && (c.type === 'BLOCK' || !inReferenceCode(toks, c.s, c.e)));
  const first = (c: Cand) => (c.kind === 'acrdef' || c.kind === 'media' ? 0 : 1);
  cands.sort((a, b) => first(a) - first(b) || len(b) - len(a) || b.prio - a.prio || a.s - b.s);
  const taken = new Uint8Array(toks.length);
  const chosen: Cand[] = [];
  for (const c of cands) {
    let free = true;
    for (let k = c.s; k < c.e; k++) if (taken[k]) free = false;
    if (!free) continue;
    if (c.type !== 'BLOCK' && !compoundOk(ctx, c, gazCover)) continue;
    for (let k = c.s; k < c.e; k++) taken[k] = 1;
    chosen.push(c);
  }
  chosen.sort((a, b) => a.s - b.s);
  return chosen;
}

function compoundOk(ctx: Ctx, c: Cand, gazCover: Uint8Array): boolean {
  const toks = ctx.toks;
  const cutsStart = toks[c.s].joinPrev;
  // A lower-case word glued by a dash after a person's name is OCR without spaces (`Cotti-le plus…`).
  const cutsEnd = c.e < toks.length && toks[c.e].joinPrev && !(c.type === 'PERSON' && !toks[c.e].cap);
  if (!cutsStart && !cutsEnd) return true;
  if (c.kind !== 'gazetteer' && c.kind !== 'wrapper' && c.kind !== 'cuePlace') return false;
  // Every part of the compound must be a known name too: `Mali-Russie`, `Mali-URSS`, not `Grande-Russie`.
  let s = c.s;
  while (s > 0 && toks[s].joinPrev) s--;
  let e = c.e;
  while (e < toks.length && toks[e].joinPrev) e++;
  for (let k = s; k < e; k++) if ((k < c.s || k >= c.e) && !gazCover[k]) return false;
  return true;
}

/**
 * One name, one sense in a file: a listed place the file writes among places (`vers Tiznit et Sidi
 * Ifni`) is that place where the rules read a person from its first name only (`Sidi Ifni sera
 * raccordée`), not where a title or a role named a person.
 */
function placesNamedAmongPlaces(ctx: Ctx, chosen: Cand[]): void {
  const toks = ctx.toks;
  const spelled = (c: Cand) => toks.slice(c.s, c.e).map((t) => t.key).join(' ');
  const places = new Set<string>();
  for (const c of chosen) if (c.kind === 'listedPlace' && c.prio >= 4) places.add(spelled(c));
  if (places.size === 0) return;
  for (const c of chosen) {
    if (c.type !== 'PERSON' || c.kind !== 'person' || c.prio > 3 || c.roles?.length || !places.has(spelled(c))) continue;
    c.type = 'PLACE';
    c.kind = 'listedPlace';
    c.prio = 4;
  }
}

function finish(ctx: Ctx, chosen: Cand[], nav: ReadonlySet<number>): FileAnalysis {
  const toks = ctx.toks;
  const text = ctx.text;
  const mentions: RawMention[] = [];
  const acronyms: AcronymDef[] = [];
  placesNamedAmongPlaces(ctx, chosen);
  // A place found only by its cue (`à Diallo`) is dropped when the word is a person's name in this
  // file or a known surname: the word is left for the corpus to decide. A "person" the rules only
  // guessed (`Dakhlet Nouadhibou`, capitalised words and nothing else) says nothing of the word.
  const personWords = new Set<string>();
  for (const c of chosen) if (c.type === 'PERSON' && strengthOf(c) !== Strength.guess) for (let k = c.s; k < c.e; k++) personWords.add(toks[k].key);
  // A listed place standing among places (prio 4, places.ts) is kept against the lists' surnames, not against this file's people.
  // A cue's place that is a listed town too (`À Bama, dans la vallée du Kou`, where `Issouf Bama` is named) is kept.
  const townByCue = (c: Cand) => c.kind === 'cuePlace' && c.e === c.s + 1 && listedPlaceEnd(toks, c.s) === c.e;
  chosen = chosen.filter((c) => (c.kind !== 'cuePlace' && c.kind !== 'listedPlace' && c.kind !== 'headlineLead') || c.gazId !== undefined || townByCue(c) || !(personWords.has(toks[c.s].key) || (ctx.lex.personSurnames.has(toks[c.s].key) && !(c.kind === 'listedPlace' && c.prio >= 4))));
  const taken = new Uint8Array(toks.length);
  for (const c of chosen) for (let k = c.s; k < c.e; k++) taken[k] = 1;
  // A capitalised title right before a person's name (`Hadja Mariama Tchassona`) is the person's cue, no name of its own.
  for (const c of chosen) {
    if (c.type !== 'PERSON' || !c.roles?.length) continue;
    for (let k = Math.max(0, c.s - 2); k < c.s; k++) if (toks[k].cap && titleAt(ctx, k)?.end === c.s) taken.fill(1, k, c.s);
  }
  const surnames = fileSurnames(ctx, chosen);
  // Each mention's tokens, for its features (computed once the mentions are in text order).
  const tokensOf = new Map<RawMention, readonly [number, number]>();
  const mentionOf = new Map<Cand, RawMention>();
  for (const c of chosen) {
    const start = toks[c.s].start;
    const end = toks[c.e - 1].end;
    if (c.type === 'BLOCK') {
      // `Coupe d'Afrique des Nations (CAN 2026)`: the acronym of an event is opaque too.
      const a = bracketAcronymAfter(ctx, c.e);
      if (a) taken.fill(1, a[0], a[1]);
      continue;
    }
    const t = text.slice(start, end);
    // One comparison key serves as the name and, most often, as the linking key too (one string, not two);
    // a surname written first in capitals goes last, where the linker looks for surnames.
    const surnameWords = c.type === 'PERSON' ? surnameFirstWords(ctx, c) : 0;
    const name = surnameWords > 0 ? surnameLast(nameComparisonKey(t), surnameWords) : nameComparisonKey(t);
    // A body another rule read whole under a name the gazetteer knows (`l'équipe TP Mazembe`) is the known body.
    if (c.type === 'INSTITUTION' && c.gazId === undefined && (c.key === undefined || c.key.startsWith('club:'))) {
      c.gazId = knownBodyId(ctx, c);
      if (c.gazId !== undefined) c.key = undefined;
    }
    const m: RawMention = { type: c.type, start, end, text: t, roles: c.roles ?? [], kind: c.kind, strength: strengthOf(c), gazId: c.gazId, key: mentionKey(c.type, t, c.gazId, c.key, name), name };
    mentions.push(m);
    tokensOf.set(m, [c.s, c.e]);
    mentionOf.set(c, m);
    const a = bracketAcronymAfter(ctx, c.e, c.kind === 'acrdef');
    if (a && c.type === 'PERSON' && c.kind === 'person') personAffiliation(ctx, a, taken, mentions, tokensOf);
    else if (a && c.type !== 'PERSON') {
      const [as, ae] = a;
      const key = acronymKey(toks, as, ae);
      acronyms.push({ acronym: key, fullKey: m.key, type: c.type });
      // A party's acronym stands for it without its motto too (`(MDE-Haske)`, then `le MDE`).
      const lettersEnd = acronymEnd(toks, as);
      if (lettersEnd > as && lettersEnd < ae) acronyms.push({ acronym: acronymKey(toks, as, lettersEnd), fullKey: m.key, type: c.type });
      if (!taken.subarray(as, ae).includes(1)) {
        taken.fill(1, as, ae);
        const start = toks[as].start;
        const end = toks[ae - 1].end;
        const acr: RawMention = { type: c.type, start, end, text: text.slice(start, end), roles: [], kind: 'acronym', strength: Strength.known, key: m.key, gazId: c.gazId, name: key };
        mentions.push(acr);
        tokensOf.set(acr, [as, ae]);
      }
    }
  }
  // An alias or a given name alone links to the name it stands for, written before or after it, as a surname does
  // (see resolveLocalSurnames).
  const aliases: [RawMention, RawMention][] = [];
  for (const [c, m] of mentionOf) {
    const named = c.aliasOf && mentionOf.get(c.aliasOf);
    if (named && m.type === 'INSTITUTION') {
      // A body's nickname is one of its names: it links as the body does.
      m.key = named.key;
      m.gazId = named.gazId;
    } else if (named) {
      m.local = named.key;
      aliases.push([m, named]);
    }
  }
  // Acronyms defined in this file apply to the whole file (the corpus applies them everywhere).
  const localAcr = new Map(acronyms.map((d) => [d.acronym, d]));
  const bodies = mentions.filter((m) => m.type === 'INSTITUTION').map((m) => {
    const [s, e] = tokensOf.get(m)!;
    return { s, e, key: m.key };
  });
  for (const [k, d] of impliedAcronyms(toks, bodies)) if (!localAcr.has(k)) localAcr.set(k, d);
  let dashedSurnames: Map<string, RawMention> | undefined;
  const weak: WeakCandidate[] = [];
  const weakTokens: number[] = [];
  const weakEnds: number[] = [];
  const addWeak = (w: WeakCandidate, s: number, e: number) => {
    weak.push(w);
    weakTokens.push(s);
    weakEnds.push(e);
  };
  const addDefined = (def: AcronymDef, s: number, e: number) => {
    const start = toks[s].start;
    const end = toks[e - 1].end;
    const acr: RawMention = { type: def.type, start, end, text: text.slice(start, end), roles: [], kind: 'acronym', strength: Strength.known, key: def.fullKey, name: def.acronym };
    mentions.push(acr);
    tokensOf.set(acr, [s, e]);
    taken.fill(1, s, e);
  };
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (taken[i] || t.kind !== 'w' || ctx.barrier[i] || t.joinPrev) continue;
    // An acronym this file defines, written alone (`CNT`) or in parts (`ARM-UDS`).
    let ae = localAcr.size ? acronymEnd(toks, i) : i;
    const motto = ae > i ? mottoEnd(toks, ae) : ae;
    if (motto > ae && localAcr.has(acronymKey(toks, i, motto))) ae = motto;
    if (ae === i && localAcr.size && isSyllabicAcronymToken(t) && localAcr.has(t.key)) ae = i + 1;
    const def = ae > i && !taken.subarray(i, ae).includes(1) ? localAcr.get(acronymKey(toks, i, ae)) : undefined;
    // Not inside a reference number (`n° 0412/MDT/2026`): an office's letters there file a document.
    if (def && toks[ae]?.joinPrev !== true && !inReferenceCode(toks, i, ae)) {
      addDefined(def, i, ae);
      i = ae - 1;
      continue;
    }
    // An acronym of parts joined by a dash no file defines (`le CNDD-FDD`), or with a party's motto (made-up: `le
    // MDE-Haske`): one weak word, a body if the corpus says so.
    const acronymParts = t.upper ? acronymEnd(toks, i) : i;
    const parts = acronymParts > i ? mottoEnd(toks, acronymParts) : i;
    // Unless the file defines each part (`une commission paritaire SPAT-SADT`): the bodies side by side.
    const defined = parts > i + 1 && localAcr.size ? definedParts(toks, i, parts, localAcr, taken) : undefined;
    if (defined) {
      for (const [k, d] of defined) addDefined(d, k, k + 1);
      i = parts - 1;
      continue;
    }
    // A reference number goes on with more dashed or slashed parts (`KP-CF-2026-0147`, `VI/EM/007/2026`): no body.
    if (parts > i + 1 && !taken.subarray(i, parts).includes(1) && toks[parts]?.joinPrev !== true && !/^[-/\p{L}\p{N}]/u.test(text.slice(toks[parts - 1].end, toks[parts - 1].end + 1)) && !inReferenceCode(toks, i, parts)) {
      const end = toks[parts - 1].end;
      const w: WeakCandidate = { start: t.start, end, text: text.slice(t.start, end), key: acronymKey(toks, i, parts), upper: true };
      addWeak(articledAcronym(ctx, i, parts) ? { ...w, articled: true } : w, i, parts);
      i = parts - 1;
      continue;
    }
    // A compound of capitalised parts no rule claimed (`Nyanza-Lac`, `Souss-Massa`): one weak word, read as the corpus reads it.
    const compound = t.cap && !t.upper && !t.sentStart ? capitalisedCompoundEnd(toks, i) : i;
    if (compound > i + 1 && !taken.subarray(i, compound).includes(1)) {
      const end = toks[compound - 1].end;
      // Unless it is the dashed surname of a person this file names in full (`Sama-Dine Ouro-Bagna`, then `Ouro-Bagna`).
      const owner = (dashedSurnames ??= dashedSurnamesOf(ctx, mentions, tokensOf)).get(acronymKey(toks, i, compound));
      if (owner) {
        const surnameText = text.slice(t.start, end);
        const m: RawMention = { type: 'PERSON', start: t.start, end, text: surnameText, roles: [], kind: 'person', strength: Strength.cue, key: personKey(surnameText), name: nameComparisonKey(surnameText), local: owner.key };
        mentions.push(m);
        tokensOf.set(m, [i, compound]);
        i = compound - 1;
        continue;
      }
      addWeak({ start: t.start, end, text: text.slice(t.start, end), key: acronymKey(toks, i, compound), upper: false }, i, compound);
      i = compound - 1;
      continue;
    }
    if (i + 1 < toks.length && toks[i + 1].joinPrev && !gluedByDash(toks, i + 1)) continue;
    if (!(t.cap || t.upper) || t.text.length < 2) continue;
    // A capital at a sentence's start says nothing, unless the word is a surname this file writes; a
    // word no lexicon knows is kept as the surname of a person the corpus may name (`Moltke croit`).
    const atStart = t.sentStart && !t.upper && !surnames.has(t.key);
    if (atStart && (wordClasses(t.key) !== 0 || ctx.lex.firstNames.has(t.key) || t.text.length < 3)) continue;
    if (ctx.lex.nonNames.has(t.key) || ctx.lex.demonyms.has(t.key)) continue;
    // Capitals right after a number are its unit or currency (`2 845 FC`, `90 MW`).
    if (t.upper && (!plausibleAcronym(t.key) || shoutedWord(ctx, i) || inReferenceCode(toks, i, i + 1) || INDEFINITES.has(toks[i - 1]?.key ?? '') || toks[i - 1]?.kind === 'n')) continue;
    // A weak word right before a dot at a line's end may be cut off (`Sey.`): never promote it.
    const dot = toks[i + 1];
    if (dot && dot.text === '.' && (!toks[i + 2] || toks[i + 2].line !== t.line) && t.text.length <= 3 && !t.upper) continue;
    if (atStart) addWeak({ start: t.start, end: t.end, text: t.text, key: t.key, upper: false, sentenceStart: true }, i, i + 1);
    else addWeak(articledAcronym(ctx, i) ? { start: t.start, end: t.end, text: t.text, key: t.key, upper: true, articled: true } : { start: t.start, end: t.end, text: t.text, key: t.key, upper: t.upper }, i, i + 1);
  }
  markRuns(toks, weak, weakTokens, weakEnds);
  for (let n = 0; n < weak.length; n++) if (nav.has(toks[weakTokens[n]].line)) weak[n].onMenu = true;
  mentions.sort((a, b) => a.start - b.start);
  resolveLocalSurnames(mentions);
  // An alias of a name that is itself short for the file's full name (`Kalaba`, then `« Kalou »`) is the full name's.
  for (const [m, named] of aliases) if (named.local) m.local = named.local;
  // The names each candidate is listed with: a mention's type by the token before which it ends / at which it starts.
  const typeEndingAt = new Uint8Array(toks.length + 1);
  const typeStartingAt = new Uint8Array(toks.length + 1);
  for (const m of mentions) {
    const [s, e] = tokensOf.get(m)!;
    const t = COORDINATED_TYPES.indexOf(m.type) + 1;
    typeEndingAt[e] = t;
    typeStartingAt[s] = t;
  }
  const features: number[] = [];
  const featureStart: number[] = [0];
  const contextStart: number[] = [];
  for (const m of mentions) {
    const [s, e] = tokensOf.get(m)!;
    contextStart.push(candidateFeatures(ctx, s, e, features, e - s === 1 && surnames.has(toks[s].key), coordinationBits(toks, s, e, typeEndingAt, typeStartingAt)));
    featureStart.push(features.length);
  }
  for (const [n, i] of weakTokens.entries()) {
    const e = weakEnds[n];
    contextStart.push(candidateFeatures(ctx, i, e, features, e === i + 1 && surnames.has(toks[i].key), coordinationBits(toks, i, e, typeEndingAt, typeStartingAt)));
    featureStart.push(features.length);
  }
  return { mentions, weak, acronyms, features, featureStart, contextStart };
}

/** Indefinite articles: capitals after one name a kind of thing (`titulaires d'un BTS`), not one body (folded). */
const INDEFINITES = new Set(['un', 'une']);

/**
 * An acronym in brackets right after a person's name is the party or the body the person stands for
 * (`Edem Agbobli (ANC)`, `le maire, X (UNIR)`): a body's letters, unless they are a place's or no acronym.
 */
function personAffiliation(ctx: Ctx, [as, ae]: [number, number], taken: Uint8Array, mentions: RawMention[], tokensOf: Map<RawMention, readonly [number, number]>): void {
  const toks = ctx.toks;
  if (taken.subarray(as, ae).includes(1) || !toks.slice(as, ae).every((t) => t.upper || t.text === '-')) return;
  const key = acronymKey(toks, as, ae);
  if (!plausibleAcronym(key) || ctx.lex.lex.longest(toks, as)?.entry.type === 'PLACE') return;
  taken.fill(1, as, ae);
  const start = toks[as].start;
  const end = toks[ae - 1].end;
  const m: RawMention = { type: 'INSTITUTION', start, end, text: ctx.text.slice(start, end), roles: [], kind: 'acronym', strength: Strength.cue | Strength.byContext, key, name: key };
  mentions.push(m);
  tokensOf.set(m, [as, ae]);
}

/** The end of a compound at `i` whose dashed parts are all capitalised words (`Nyanza-Lac`), or `i`. */
function capitalisedCompoundEnd(toks: readonly Token[], i: number): number {
  let e = i + 1;
  while (toks[e]?.joinPrev && toks[e].kind === 'w' && toks[e].cap && !toks[e].upper) e++;
  return toks[e]?.joinPrev ? i : e;
}

/**
 * A verb or a little word in lower case glued to a name by a dash that lost its spaces (OCR:
 * `Chirac-qui concentre`, `Cotti-s'étaient vues`): the name ends before it. Inside a compound name
 * the little word links two capitalised parts (`Loèche-les-Bains`).
 */
function gluedByDash(toks: readonly Token[], k: number): boolean {
  const t = toks[k];
  if (t.cap || t.upper || (toks[k + 1]?.joinPrev && toks[k + 1].cap)) return false;
  if (t.kind === 'e') return true;
  return t.kind === 'w' && t.key.length > 2 && (wordClasses(t.key) & (WordClass.verb | WordClass.function)) !== 0;
}

/** Function words a phrase shouted in capitals holds and a name in capitals does not (`LES PLUS LUS DE LA SEMAINE`). */
const SHOUTED_FUNCTION_WORDS = new Set(['le', 'la', 'les', 'de', 'du', 'des', 'a', 'au', 'aux', 'et', 'en', 'sur', 'pour', 'dans', 'ce', 'cette', 'une', 'un']);

/** Is the token at `i` on a line written all in capitals with two function words or more, not a byline? */
function shoutedPhrase(ctx: Ctx, i: number): boolean {
  const toks = ctx.toks;
  const line = toks[i].line;
  let s = i;
  while (s > 0 && toks[s - 1].line === line) s--;
  let functionWords = 0;
  for (let k = s; k < toks.length && toks[k].line === line; k++) {
    const t = toks[k];
    if (t.kind !== 'w') continue;
    if (!t.upper && t.text.length > 1 && !ctx.shoutedLine[line]) return false;
    if (SHOUTED_FUNCTION_WORDS.has(t.key)) functionWords++;
  }
  return functionWords >= 2 && !isBylineLine(ctx, i);
}

/**
 * A word in a line written all in capitals (`LE PLUS LU CETTE SEMAINE`), between two words in capitals:
 * a shouted heading's word, no acronym, when the lexicon knows it only as a common word or it has two
 * letters (an inflected form the lexicon does not list, `LU`); any word of a shouted phrase (`LUS`).
 */
function shoutedWord(ctx: Ctx, i: number): boolean {
  if (shoutedPhrase(ctx, i)) return true;
  const toks = ctx.toks;
  const classes = wordClasses(toks[i].key);
  const commonWord = classes !== 0 && !(classes & (WordClass.properNoun | WordClass.firstName | WordClass.surname));
  if (!commonWord && toks[i].text.length > 2) return false;
  const line = toks[i].line;
  const neighbour = (k: number) => isWord(toks[k]) && toks[k].line === line && (toks[k].upper || ctx.shoutedLine[line] === 1);
  return neighbour(i - 1) && neighbour(i + 1);
}

/**
 * Flags the weak words written in lower-case letters that stand next to another such word on their line (`Hassi
 * Messaoud`), or with a short word of another language between them (`Intamba mu Rugamba`).
 */
function markRuns(toks: Ctx['toks'], weak: WeakCandidate[], starts: readonly number[], ends: readonly number[]): void {
  const lower = (n: number) => !weak[n].upper;
  const foreignLink = (k: number) => isWord(toks[k]) && !toks[k].cap && toks[k].text.length <= 3 && (wordClasses(toks[k].key) & (WordClass.function | WordClass.verb)) === 0;
  for (let n = 1; n < weak.length; n++) {
    const joined = ends[n - 1] === starts[n] || (ends[n - 1] + 1 === starts[n] && foreignLink(ends[n - 1]));
    if (!joined || toks[starts[n]].line !== toks[ends[n - 1] - 1].line || !lower(n) || !lower(n - 1)) continue;
    weak[n - 1] = { ...weak[n - 1], inRun: true };
    weak[n] = { ...weak[n], inRun: true };
  }
}

/** Articles and contracted articles a body's acronym takes (`la SONAREM`, `du SYNTRAK`); a person's name never does. */
const ARTICLES = new Set(['le', 'la', "l'", 'les', 'du', 'des', 'au', 'aux']);

/**
 * Capitals right after an article in a sentence written in lower case (made-up: `le SYNTRAK`, `de
 * la SONAREM`): the article rules out a person, and a place is hardly ever written in capitals
 * inside a sentence, so a body's acronym. A run of capitals (a shouted phrase, a name in capitals)
 * and a headline say nothing.
 */
function articledAcronym(ctx: Ctx, i: number, e = i + 1): boolean {
  const toks = ctx.toks;
  const t = toks[i];
  // A nationality adjective may stand between (`filiale du philippin ICTSI`).
  const a = toks[i - 1] && ctx.lex.demonyms.has(toks[i - 1].key) && !toks[i - 1].cap ? toks[i - 2] : toks[i - 1];
  const next = toks[e];
  if (!t.upper || t.text.length < 3 || !a || !ARTICLES.has(a.key) || a.cap || a.line !== t.line || ctx.headlineLine[t.line]) return false;
  if (ctx.lex.firstNames.has(t.key) || ctx.lex.personSurnames.has(t.key)) return false;
  return !(next && next.line === t.line && (next.kind === 'w' || next.kind === 'e') && (next.cap || next.upper));
}

/**
 * The words after the first of the full person names the rules found in this file (`Olano` of
 * `Abraham Olano`), and a surname written first in capitals: evidence, for the learner, that the
 * same word written alone is that person.
 */
function fileSurnames(ctx: Ctx, chosen: readonly Cand[]): Set<string> {
  const out = new Set<string>();
  for (const c of chosen) {
    if (c.type !== 'PERSON') continue;
    if (surnameFirstWords(ctx, c) > 0) out.add(ctx.toks[c.s].key);
    for (let k = c.s + 1; k < c.e; k++) {
      const t = ctx.toks[k];
      if (t.kind === 'w' && (t.cap || t.upper) && t.text.length > 2 && !t.joinPrev) out.add(t.key);
    }
  }
  return out;
}

/** The file's full person names by their last word when it is a dashed compound (`ouro-bagna` of `Sama-Dine Ouro-Bagna`), first occurrence. */
function dashedSurnamesOf(ctx: Ctx, mentions: readonly RawMention[], tokensOf: ReadonlyMap<RawMention, readonly [number, number]>): Map<string, RawMention> {
  const toks = ctx.toks;
  const out = new Map<string, RawMention>();
  for (const m of mentions) {
    const span = tokensOf.get(m);
    if (m.type !== 'PERSON' || !span) continue;
    const [s, e] = span;
    let k = e - 1;
    while (k > s && toks[k].joinPrev) k--;
    // A dashed last word after a first word of its own: not the person's only name.
    if (k === e - 1 || k === s) continue;
    const key = acronymKey(toks, k, e);
    if (!out.has(key)) out.set(key, m);
  }
  return out;
}
