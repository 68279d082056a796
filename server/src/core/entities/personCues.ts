/**
 * Persons read from what a sentence says around a name rather than from the name: a role or an alias
 * in apposition (`X, envoyé spécial…`, `X, alias « Tonnerre »`), a verb of speech after an unknown word
 * (`Moltke croit`), unknown words opening a sentence as the subject of a verb (`Yoane Wissa a ouvert`),
 * towns in brackets after names in a list (`Sigg (Genève), Chuard (Lausanne)`), a sentence's first
 * words ending with a surname the file names in full, a nickname given further on (`sous le surnom de « X »`),
 * and a given name written alone for a person the file names in full.
 */
import type { Cand, Ctx } from './context';
import { DETERMINERS, isWord, quotedNameEnd } from './context';
import { NAME_CLASSES, WordClass, wordClasses } from '../gazetteer/frenchLexicon';
import { listedPlaceEnd } from './listedPlaces';
import { isVenueHead } from './places';
import { nameEnd, nameWordEnd } from './nameSpans';
import { isArticle, particleLength, titleAt } from './titles';

/**
 * Is the name ending before token `e` followed by its role in apposition (`Boureima KIENTEGA, envoyé
 * spécial à Dédougou`, `X Y, le ministre de …`), an age or a trade (`X Y, 45 ans`, `X Y, commerçante`)?
 * Then capitalised words opening a sentence are a person's name too.
 */
export function roleAfter(ctx: Ctx, e: number): boolean {
  const toks = ctx.toks;
  if (toks[e]?.text !== ',' || toks[e].line !== toks[e - 1].line) return false;
  if (aliasAfter(ctx, e + 1)) return true;
  // `Kadi Sylla, 45 ans, …`, `X, vendeuse de pagnes depuis 1994, …`: an age or a trade in apposition is a person's.
  if (toks[e + 1]?.kind === 'n' && AGE_WORDS.has(toks[e + 2]?.key ?? '') && toks[e + 2].line === toks[e].line && closesApposition(toks[e + 3], toks[e].line)) return true;
  if (isWord(toks[e + 1]) && !toks[e + 1].cap && TRADES.has(toks[e + 1].key) && toks[e + 1].line === toks[e].line) return true;
  const k = isArticle(toks[e + 1]) ? e + 2 : e + 1;
  const title = titleAt(ctx, k);
  return title !== undefined && title.rank && !toks[k].cap;
}

const AGE_WORDS = new Set(['ans', 'an']);
/** Does the apposition close at `t` (`, 45 ans,`, `, 45 ans et …`), not go on (`, 45 ans après`)? */
function closesApposition(t: Ctx['toks'][number] | undefined, line: number): boolean {
  return !t || t.line !== line || t.text === ',' || t.text === ')' || t.key === 'et';
}
/** Trades and conditions a reporter writes in apposition after the name of someone met (folded). */
const TRADES = new Set(['vendeur', 'vendeuse', 'commercant', 'commercante', 'agriculteur', 'agricultrice', 'cultivateur', 'cultivatrice',
  'eleveur', 'eleveuse', 'pecheur', 'pecheuse', 'chauffeur', 'enseignant', 'enseignante', 'etudiant', 'etudiante', 'eleve', 'ouvrier',
  'ouvriere', 'mecanicien', 'couturier', 'couturiere', 'boutiquier', 'boutiquiere', 'infirmier', 'infirmiere', 'menuisier', 'macon',
  'orpailleur', 'orpailleuse', 'maraicher', 'maraichere', 'restauratrice', 'tailleur', 'coiffeuse', 'coiffeur', 'retraite', 'retraitee',
  'veuve', 'mere', 'pere', 'grossiste', 'detaillant', 'detaillante', 'manoeuvre', 'apprenti', 'gardien', 'gardienne', 'boulanger']);

/** Auxiliaries and verbs a person's name opening a sentence is the subject of (`Yoane Wissa a ouvert le score`). */
const SUBJECT_VERBS = new Set(['a', 'avait', 'aura', 'aurait', 'est', 'etait', 'sera', 'serait', 'fut']);

/**
 * Are the capitalised words `[s, e)` opening a sentence two or three words no lexicon knows, the
 * subject of the verb after them (`Yoane Wissa a ouvert le score`)? Then they are a person's name.
 */
export function subjectOfVerb(ctx: Ctx, s: number, e: number): boolean {
  const toks = ctx.toks;
  let words = 0;
  for (let k = s; k < e; k++) {
    const t = toks[k];
    if (!isWord(t) || t.joinPrev) continue;
    if (t.upper || wordClasses(t.key) !== 0 || ctx.lex.lex.longest(toks, k)) return false;
    words++;
  }
  const v = toks[e];
  return words >= 2 && words <= 3 && isWord(v) && !v.cap && v.line === toks[s].line && (SUBJECT_VERBS.has(v.key) || speechVerbAt(ctx, e));
}

/** Verbs of speech and opinion, as a subject in the third person writes them (folded): `X croit`, `X déclarait`. */
const SPEECH_VERBS = new Set(['declare', 'declarait', 'declara', 'affirme', 'affirmait', 'affirma', 'estime', 'estimait', 'estima', 'croit', 'croyait',
  'crut', 'pense', 'pensait', 'ecrit', 'ecrivait', 'ecrivit', 'explique', 'expliquait', 'expliqua', 'raconte', 'racontait', 'raconta', 'ajoute', 'ajoutait',
  'ajouta', 'confie', 'confiait', 'confia', 'souligne', 'soulignait', 'souligna', 'insiste', 'insistait', 'reconnait', 'reconnaissait', 'reconnut',
  'regrette', 'regrettait', 'temoigne', 'temoignait', 'deplore', 'deplorait', 'denonce', 'denoncait', 'promet', 'promettait', 'promit', 'admet',
  'admettait', 'avoue', 'avouait', 'repond', 'repondait', 'repondit', 'martele', 'plaide', 'plaidait', 'proteste', 'protestait', 'conteste',
  'contestait', 'nie', 'niait', 'dement', 'dementait', 'accuse', 'accusait', 'exige', 'exigeait', 'reclame', 'reclamait', 'parait', 'semble',
  'semblait', 'veut', 'voulait', 'voulut']);
/** Their past participles after `a`/`avait` (`X a déclaré`). */
const SPEECH_PARTICIPLES = new Set(['declare', 'affirme', 'estime', 'cru', 'pense', 'ecrit', 'explique', 'raconte', 'ajoute', 'confie', 'souligne',
  'insiste', 'reconnu', 'regrette', 'temoigne', 'deplore', 'denonce', 'promis', 'admis', 'avoue', 'repondu', 'martele', 'plaide', 'proteste',
  'conteste', 'nie', 'dementi', 'accuse', 'exige', 'reclame', 'voulu']);
const AUXILIARIES = new Set(['a', 'avait', 'aurait', 'eut']);

/** Does a verb of speech or opinion follow at token `k` (`croit`, `a déclaré`)? */
function speechVerbAt(ctx: Ctx, k: number): boolean {
  const toks = ctx.toks;
  const v = toks[k];
  if (!v || v.kind !== 'w' || v.cap || v.joinPrev) return false;
  if (SPEECH_VERBS.has(v.key)) return true;
  const p = toks[k + 1];
  return AUXILIARIES.has(v.key) && p !== undefined && p.kind === 'w' && !p.cap && p.line === v.line && SPEECH_PARTICIPLES.has(p.key);
}

/** Prepositions that put a place before a comma (`à Tessalit, le gouverneur…`), folded. */
const PLACE_PREPOSITIONS = new Set(['a', 'au', 'aux', 'en', 'vers', 'depuis']);

/**
 * One capitalised word no lexicon knows, without a determiner, that speaks or thinks (`Moltke
 * croit pouvoir l'attirer`, `Galliffet écrit que…`) or has its role in apposition (`Ducrot, le
 * commandant de Strasbourg`): a person, as a guess the corpus may retype. A body speaks after its
 * article (`la Sonabel estime`), a place does not speak.
 */
export function findSpeakers(ctx: Ctx, out: Cand[], covered: Uint8Array): void {
  const toks = ctx.toks;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (covered[i] || !isWord(t) || !t.cap || t.upper || t.joinPrev || ctx.barrier[i] || t.text.length < 3) continue;
    if (wordClasses(t.key) !== 0 || ctx.lex.nonNames.has(t.key) || ctx.lex.demonyms.has(t.key) || ctx.lex.lex.longest(toks, i)) continue;
    const p = toks[i - 1];
    if (p && p.line === t.line && (DETERMINERS.has(p.key) || (isWord(p) && (p.cap || p.upper) && !p.sentStart))) continue;
    const e = nameWordEnd(ctx, i);
    if (e >= toks.length || toks[e].line !== t.line) continue;
    if (!speechVerbAt(ctx, e) && !(roleAfter(ctx, e) && !(p && PLACE_PREPOSITIONS.has(p.key)))) continue;
    out.push({ type: 'PERSON', s: i, e, prio: 1, kind: 'person' });
    covered.fill(1, i, e);
  }
}

/** How many `Name (Town)` entries make a line a list of people with their towns. */
const TOWN_LIST_ENTRIES = 3;

/** Is `(` at `k` followed by a known place and `)` (a town in brackets after a name: `Sigg (Genève)`)? */
function townInBrackets(ctx: Ctx, k: number): boolean {
  const toks = ctx.toks;
  if ((toks[k]?.text !== '(' && toks[k]?.text !== '{') || !isWord(toks[k + 1])) return false;
  const m = ctx.lex.lex.longest(toks, k + 1, (en) => en.type === 'PLACE');
  const end = m ? m.end : listedPlaceEnd(toks, k + 1);
  return end > k + 1 && toks[end]?.text === ')';
}

/**
 * A list of people with their towns in brackets (`Sigg (Genève), Chuard (Lausanne), Aug. Leuba
 * (Buttes)`, the way parliaments and juries are listed): three such entries on a line make each
 * name before a bracketed town a person's, with a first name or not.
 */
export function findTownLists(ctx: Ctx, out: Cand[], covered: Uint8Array): void {
  const toks = ctx.toks;
  const entries: [number, number][] = [];
  let line = -1;
  const flush = () => readListEntries(entries, TOWN_LIST_ENTRIES, 2, out, covered);
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].line !== line) {
      flush();
      line = toks[i].line;
    }
    // An entry starts the line or follows a comma or `et`.
    const prev = toks[i - 1];
    if (prev && prev.line === line && prev.text !== ',' && prev.key !== 'et' && prev.text !== ':') continue;
    const particle = particleLength(ctx, i);
    const e = nameEnd(ctx, i + particle, true);
    if (e <= i + particle || toks[e - 1].line !== line || !townInBrackets(ctx, e)) continue;
    if (ctx.lex.lex.longest(toks, i + particle)) continue;
    entries.push([i, e]);
    i = e;
  }
  flush();
}

/**
 * The entries of one line's list of people (token spans), read as persons with priority `prio` where no reading
 * covers them yet, when the line holds `minEntries` of them or more; `entries` is emptied for the next line.
 */
export function readListEntries(entries: [number, number][], minEntries: number, prio: number, out: Cand[], covered: Uint8Array): void {
  if (entries.length >= minEntries) for (const [s, e] of entries) if (!covered.subarray(s, e).includes(1)) {
    out.push({ type: 'PERSON', s, e, prio, kind: 'person' });
    covered.fill(1, s, e);
  }
  entries.length = 0;
}

/** Words that introduce a person's alias after their name (`X, alias « Tonnerre »`, `X, dit « Le Boucher »`), folded. */
const ALIAS_WORDS = new Set(['alias', 'dit', 'dite', 'surnomme', 'surnommee']);

/**
 * The alias that token `k` opens after a person's name and its comma: an alias word, then a name
 * (in quotes after `dit`, which is also a verb of speech). Returns its tokens, or undefined.
 */
function aliasAfter(ctx: Ctx, k: number): [number, number] | undefined {
  const toks = ctx.toks;
  const w = toks[k];
  if (!w || w.kind !== 'w' || w.cap || !ALIAS_WORDS.has(w.key)) return undefined;
  const quoted = toks[k + 1]?.text === '«' || toks[k + 1]?.text === '"' || toks[k + 1]?.text === '“';
  const s = quoted ? k + 2 : k + 1;
  if (toks[s]?.line !== w.line) return undefined;
  // A nickname may take its article (`« Le Boucher »`), and a town's name (`« Dan Zinder »`): in quotes, the quotes close it.
  const article = quoted && toks[s].cap && isArticle(toks[s]) ? 1 : 0;
  const e = quoted ? quotedNameEnd(ctx, k + 1) : nameEnd(ctx, s + article, true);
  if (e <= s + article) return undefined;
  if (quoted && !['»', '"', '”'].includes(toks[e]?.text ?? '')) return undefined;
  // Unquoted after `dit`/`dite` (`Aminata Keïta, dite Tata Djéli, …`): the apposition closes right after the name.
  if (!quoted && w.key !== 'alias' && !(toks[e] === undefined || toks[e].line !== w.line || [',', '.', ')', ';'].includes(toks[e].text))) return undefined;
  return [s, e];
}

/**
 * A person's alias right after their name (`Abakar Moussa Zacharia, alias « Tonnerre »`): a name of
 * that person, linked to it; and the same alias in quotes elsewhere in the file (`la tribune scandait
 * « Dan Zinder »`). A quoted alias takes the place of a place read inside it (`Zinder`).
 */
export function findAliases(ctx: Ctx, chosen: readonly Cand[]): Cand[] {
  const toks = ctx.toks;
  const added: Cand[] = [];
  const taken = new Uint8Array(toks.length + 1);
  for (const c of chosen) taken.fill(1, c.s, c.e);
  const quotedAliases: [number, number, Cand][] = [];
  const claim = (s: number, e: number, of: Cand) => {
    if (!taken.subarray(s, e).includes(1)) {
      added.push({ type: 'PERSON', s, e, prio: 4, kind: 'person', roles: ['alias'], aliasOf: of });
      taken.fill(1, s, e);
      return;
    }
    // Already read as a person of its own (the rules guessed `Tata Djéli`), or as a place inside the quotes: this one's alias.
    const inside = chosen.filter((d) => d.s < e && s < d.e);
    const only = inside.length === 1 ? inside[0] : undefined;
    if (only && !only.aliasOf && ((only.s === s && only.e === e && only.type === 'PERSON' && only.kind === 'person') || (only.type === 'PLACE' && only.s >= s && only.e <= e && isQuoted(toks, s, e)))) {
      Object.assign(only, { type: 'PERSON', s, e, prio: 4, kind: 'person', roles: ['alias'], aliasOf: of });
      delete only.gazId;
      delete only.key;
    }
  };
  for (const c of chosen) {
    if (c.type !== 'PERSON' || toks[c.e]?.text !== ',') continue;
    const alias = aliasAfter(ctx, c.e + 1);
    if (!alias) continue;
    claim(alias[0], alias[1], c);
    if (isQuoted(toks, alias[0], alias[1])) quotedAliases.push([alias[0], alias[1], c]);
  }
  // A nickname further on in the person's paragraph (`X, présenté comme le chef d'un réseau connu sous le surnom de
  // « Chacal »`), or what others call the person (`X, que ses partisans appellent simplement « Kalou »`: made-up).
  for (let k = 0; k + 2 < toks.length; k++) {
    const cue = nicknameCue(chosen, toks, k);
    if (!cue) continue;
    const close = quotedNameEnd(ctx, cue.quote);
    if (close < 0) continue;
    claim(cue.quote + 1, close, cue.of);
    quotedAliases.push([cue.quote + 1, close, cue.of]);
  }
  for (const [s, e, of] of quotedAliases) {
    const keys = toks.slice(s, e).map((t) => t.key);
    for (let i = 1; i + keys.length < toks.length; i++) {
      if (i === s || !isQuoted(toks, i, i + keys.length) || keys.some((k, n) => toks[i + n].key !== k)) continue;
      claim(i, i + keys.length, of);
    }
  }
  return added;
}

/** Are tokens `[s, e)` the whole of a quotation (`« Dan Zinder »`)? */
function isQuoted(toks: Ctx['toks'], s: number, e: number): boolean {
  return ['«', '"', '“'].includes(toks[s - 1]?.text ?? '') && ['»', '"', '”'].includes(toks[e]?.text ?? '');
}

/**
 * Capitalised words opening a sentence that end with the surname of a person this file names in
 * full (`… dans le quotidien. Conrad Beck a réussi`, the file naming `M. Conrad Beck` elsewhere): a
 * person's name, which the rules skip at a sentence's start for want of evidence.
 */
export function sentenceStartNames(ctx: Ctx, chosen: readonly Cand[]): Cand[] {
  const toks = ctx.toks;
  const surnames = new Set<string>();
  const taken = new Uint8Array(toks.length + 1);
  for (const c of chosen) {
    for (let k = c.s; k < c.e; k++) taken[k] = 1;
    if (c.type === 'PERSON' && c.e - c.s >= 2) surnames.add(toks[c.e - 1].key);
  }
  const added: Cand[] = [];
  if (surnames.size === 0) return added;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!t.sentStart || taken[i] || !isWord(t) || !t.cap || t.upper || ctx.lex.nonNames.has(t.key)) continue;
    const e = nameEnd(ctx, i, false);
    if (e < i + 2 || !surnames.has(toks[e - 1].key) || taken.subarray(i, e).includes(1)) continue;
    if (ctx.lex.lex.longest(toks, i) || wordClasses(t.key) & (WordClass.noun | WordClass.verb | WordClass.function)) continue;
    added.push({ type: 'PERSON', s: i, e, prio: 1, kind: 'person' });
    i = e - 1;
  }
  return added;
}

/**
 * Words before a capitalised word that make it no one's given name (folded): an article or its contraction (a
 * person's name takes none: `l'Ivondro`, a river; `l'Espoir`, a club), a family's or a clan's noun.
 */
const NO_PERSON_BEFORE = new Set(['le', 'la', "l'", 'les', 'du', 'des', 'au', 'aux', 'un', 'une', 'famille', 'familles', 'clan']);

/**
 * A given name, or a middle name, written alone (`C'est Innocent qui m'a tirée de l'eau`, `« Amos m'a appris
 * à attendre »`) after or before the file names the person in full (`Innocent Kakule Mwira`): that
 * person, linked to the full name. A word that ends a full name is a surname, linked by the surname rule; a
 * word two of the file's people share, or one the file also writes inside a place's or a body's name (`le marché
 * Guimbi`, named after her), names no one of them for sure, and is left to the corpus. At a sentence's start a
 * word French also uses (`Prince`, `Innocent`) may be that word; after an article or a venue's noun (`l'Ivondro`,
 * `le marché de Madina`), among a family's (`les Moussounda`) or alone in quotes (`« Mariama »`, a song) it is
 * no one's.
 */
export function givenNamesAlone(ctx: Ctx, chosen: readonly Cand[]): Cand[] {
  const toks = ctx.toks;
  const taken = new Uint8Array(toks.length + 1);
  const owners = new Map<string, Cand[]>();
  const lastWords = new Set<string>();
  const otherNames = new Set<string>();
  for (const c of chosen) {
    taken.fill(1, c.s, c.e);
    if (c.type !== 'PERSON') for (let k = c.s; k < c.e; k++) otherNames.add(toks[k].key);
    if (c.type !== 'PERSON' || c.kind !== 'person' || c.aliasOf) continue;
    const words: number[] = [];
    let lower = false;
    for (let k = c.s; k < c.e; k++) {
      if (isWord(toks[k]) && !toks[k].cap) lower = true;
      if (isWord(toks[k]) && toks[k].cap && !toks[k].joinPrev && toks[k + 1]?.joinPrev !== true) words.push(k);
    }
    // A name ending with a French common word, or holding a small word, is more often a trade name or a treaty the rules
    // guessed (`Bokanga Bois`, made-up; `Processus de Kimberley`).
    if (lower || words.length < 2 || words[words.length - 1] !== c.e - 1 || commonWordOnly(ctx, toks[c.e - 1].key)) continue;
    lastWords.add(toks[c.e - 1].key);
    for (const k of words.slice(0, -1)) {
      if (toks[k].text.length < 3 || toks[k].upper) continue;
      const list = owners.get(toks[k].key);
      if (!list) owners.set(toks[k].key, [c]);
      else if (!list.some((o) => personKeyOf(ctx, o) === personKeyOf(ctx, c))) list.push(c);
    }
  }
  const added: Cand[] = [];
  if (owners.size === 0) return added;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (taken[i] || !isWord(t) || !t.cap || t.upper || t.joinPrev || toks[i + 1]?.joinPrev || ctx.barrier[i]) continue;
    const of = owners.get(t.key);
    if (!of || of.length > 1 || lastWords.has(t.key) || otherNames.has(t.key)) continue;
    const prev = toks[i - 1];
    const next = toks[i + 1];
    // Part of a longer capitalised name no rule read (`Innocent Kabila`), or one of a family's.
    if (next && isWord(next) && next.cap && next.line === t.line) continue;
    if (prev && prev.line === t.line && ((isWord(prev) && prev.cap) || NO_PERSON_BEFORE.has(prev.key))) continue;
    if (prev && (prev.key === 'de' || prev.key === "d'") && i >= 2 && isVenueHead(ctx, i - 2)) continue;
    if (isQuoted(toks, i, i + 1) || listItemAlone(toks, i)) continue;
    if (t.sentStart && (ctx.lex.nonNames.has(t.key) || wordClasses(t.key) & (WordClass.noun | WordClass.verb | WordClass.function | WordClass.adjective))) continue;
    added.push({ type: 'PERSON', s: i, e: i + 1, prio: 3, kind: 'person', aliasOf: of[0] });
  }
  return added;
}

/** The words of a person's name, folded, as one key (two readings of one person share it). */
function personKeyOf(ctx: Ctx, c: Cand): string {
  return ctx.toks
    .slice(c.s, c.e)
    .map((t) => t.key)
    .join(' ');
}

/** The person the rules read last before token `k` on its line, if any. */
/**
 * A cue at `k` for the quoted nickname after it: `le surnom de « X »` (the person named before it on the line) or
 * `, que … appellent « X »` (the person before the relative clause). Where the quote opens, and whose it is.
 */
function nicknameCue(chosen: readonly Cand[], toks: Ctx['toks'], k: number): { quote: number; of: Cand } | undefined {
  const key = toks[k].key;
  if (key === 'surnom' || key === 'sobriquet') {
    const of = nearestPersonBefore(chosen, toks, k);
    return of && { quote: toks[k + 1]?.key === 'de' || toks[k + 1]?.key === "d'" ? k + 2 : k + 1, of };
  }
  if (!CALLING_VERBS.has(key)) return undefined;
  const of = calledPerson(chosen, toks, k);
  return of && { quote: CALLING_ADVERBS.has(toks[k + 1]?.key ?? '') ? k + 2 : k + 1, of };
}

/** Verbs by which others name a person (folded): `que ses partisans appellent « X »`. */
const CALLING_VERBS = new Set(['appelle', 'appellent', 'surnomme', 'surnomment', 'nomme', 'nomment']);
/** Adverbs between such a verb and the name (`appellent simplement « X »`). */
const CALLING_ADVERBS = new Set(['simplement', 'affectueusement', 'familierement', 'desormais', 'encore', 'ici', 'tous', 'toutes', 'deja']);
/** How many tokens the relative clause may hold between the person's comma and the verb (`, que tout le marché appelle`). */
const CALLING_CLAUSE = 6;

/**
 * The person a relative clause names at verb `k` (`X, que ses partisans appellent « Kalou »`: made-up): the person
 * whose name ends right before `, que` (or `, qu'`), a few words before the verb on its line.
 */
function calledPerson(chosen: readonly Cand[], toks: Ctx['toks'], k: number): Cand | undefined {
  let rel = -1;
  for (let j = k - 1; j >= 0 && j >= k - CALLING_CLAUSE && toks[j].line === toks[k].line; j--) {
    if (toks[j].key === 'que' || toks[j].key === "qu'") {
      rel = j;
      break;
    }
    if (toks[j].kind === 'p') return undefined;
  }
  if (rel < 1 || toks[rel - 1].text !== ',') return undefined;
  return chosen.find((c) => c.type === 'PERSON' && c.e === rel - 1 && !c.aliasOf);
}

function nearestPersonBefore(chosen: readonly Cand[], toks: Ctx['toks'], k: number): Cand | undefined {
  let best: Cand | undefined;
  for (const c of chosen) if (c.type === 'PERSON' && c.e <= k && toks[c.s].line === toks[k].line && !c.aliasOf && (!best || c.s > best.s)) best = c;
  return best;
}

/** Is the word a French common word that no list knows as a name (`bois`, `processus`)? */
function commonWordOnly(ctx: Ctx, key: string): boolean {
  const classes = wordClasses(key);
  const common = (classes & (WordClass.noun | WordClass.verb | WordClass.function | WordClass.adjective)) !== 0;
  return common && (classes & NAME_CLASSES) === 0 && !ctx.lex.firstNames.has(key) && !ctx.lex.personSurnames.has(key);
}

/** Is the word at `i` an item of a list of tags or topics between commas (`Mots-clés : Sahavola, Ivondro, indemnisation`)? */
function listItemAlone(toks: Ctx['toks'], i: number): boolean {
  const before = toks[i - 1]?.text;
  const after = toks[i + 1];
  return (before === ',' || before === ':') && (after === undefined || after.line !== toks[i].line || after.text === ',');
}
