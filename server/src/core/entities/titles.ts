/**
 * Title cues: honorifics (`M.`, `Mme`, `Dr`, `SE`), styles (`Son Excellence`), ranks and
 * functions (`Général de division`, `ministre`, `ambassadeur`), matched longest first. A cue is
 * never part of a PERSON span; the cue and its complement (`ministre des Affaires étrangères`)
 * become the person's roles.
 */
import { HONORIFICS, KIN, RANKS, STYLES, WORD_HONORIFICS } from '../gazetteer/titles';
import type { Ctx } from './context';
import { isWord, unlistedNameWord } from './context';
import { NAME_CLASSES, WordClass, wordClasses } from '../gazetteer/frenchLexicon';
import { keyTokens, type Token } from './tokens';
import { isAdjective } from './tail';
import { particlePair } from './nameSpans';

interface TitleTrie {
  next: Map<string, TitleTrie>;
  end: boolean;
}

let trie: TitleTrie | undefined;
const PLURALS = ['ambassadeurs', 'ministres', 'presidents', 'generaux', 'colonels', 'deputes', 'messieurs', 'mesdames', 'conseillers', 'docteurs', 'freres', 'soeurs',
  'chefs', 'directeurs', 'juges', 'avocats', 'candidats', 'joueurs', 'entraineurs', 'senateurs', 'maires', 'gouverneurs', 'prefets', 'commandants',
  'capitaines', 'lieutenants', 'professeurs', 'journalistes', 'correspondants', 'chercheurs', 'economistes', 'artistes', 'chanteurs', 'ecrivains',
  'militants', 'opposants', 'syndicalistes', 'elus', 'cures', 'pasteurs', 'imams'];
const PLURAL_SET = new Set(PLURALS);

/** Does the title ending before token `end` name several people (`les chefs`, `MM. les directeurs`)? */
export function isPluralTitle(ctx: Ctx, end: number): boolean {
  return PLURAL_SET.has(ctx.toks[end - 1]?.key ?? '');
}

function titleTrie(): TitleTrie {
  if (trie) return trie;
  const root: TitleTrie = { next: new Map(), end: false };
  for (const r of [...RANKS, ...KIN, ...STYLES, ...PLURALS]) {
    let node = root;
    for (const k of keyTokens(r)) {
      let nx = node.next.get(k);
      if (!nx) node.next.set(k, (nx = { next: new Map(), end: false }));
      node = nx;
    }
    node.end = true;
  }
  trie = root;
  return root;
}

const HONORIFIC_SET = new Set(HONORIFICS);
const WORD_HONORIFIC_SET = new Set(WORD_HONORIFICS);

/** Kin nouns of one word (folded): titles only in small letters. */
const KIN_KEYS = new Set(KIN.map(keyTokens).filter((k) => k.length === 1).map((k) => k[0]));

/** Honorifics of kinship (`Maman Béatrice`): before a nickname of a common noun (`Maman Beignets`) they are the nickname's. */
const KINSHIP_HONORIFICS = new Set(['Maman', 'Mama', 'Papa']);
/**
 * Is the kinship word at `i` an honorific: not a given name inside a full name (`Sani Maman Laouali`: after a
 * capitalised word), and before a name rather than a common noun (`Papa Requin` is a nickname)?
 */
function kinshipHonorific(ctx: Ctx, i: number): boolean {
  const before = ctx.toks[i - 1];
  if (isWord(before) && before.cap && before.line === ctx.toks[i].line && !before.sentStart) return false;
  const nx = ctx.toks[i + 1];
  if (!isWord(nx) || !nx.cap || nx.line !== ctx.toks[i].line) return false;
  const classes = wordClasses(nx.key) | (/[sx]$/.test(nx.key) ? wordClasses(nx.key.slice(0, -1)) : 0);
  return (classes & WordClass.noun) === 0 || (classes & NAME_CLASSES) !== 0 || ctx.lex.firstNames.has(nx.key);
}

export interface TitleMatch {
  end: number;
  /** A rank or function may take a complement (`ministre de la Défense`); an honorific may not. */
  rank: boolean;
}

/** The title starting at token `i`, if any. */
export function titleAt(ctx: Ctx, i: number): TitleMatch | undefined {
  const toks = ctx.toks;
  const t = toks[i];
  if (!t || t.kind !== 'w' || ctx.barrier[i]) return undefined;
  // The press of Central Africa calls a woman `Maman` or `Mama` and a man `Papa` before the name they go by.
  if (KINSHIP_HONORIFICS.has(t.text) && kinshipHonorific(ctx, i)) return { end: i + 1, rank: false };
  if (HONORIFIC_SET.has(t.text)) {
    // `M.` needs its dot or a capitalised word next (`M Diop` is rare, `M` alone is a letter).
    const dot = toks[i + 1]?.text === '.' && toks[i + 1].start === t.end;
    const nx = toks[dot ? i + 2 : i + 1];
    if (WORD_HONORIFIC_SET.has(t.text)) return !dot && isWord(nx) && nx.cap && nx.line === t.line ? { end: i + 1, rank: false } : undefined;
    const particle = nx !== undefined && isNameParticle(ctx, dot ? i + 2 : i + 1);
    if ((dot || t.text.length > 1) && nx && (nx.cap || nx.kind === 'e' || nx.key === 'le' || nx.key === 'la' || particle)) return { end: dot ? i + 2 : i + 1, rank: false };
  }
  let node: TitleTrie | undefined = titleTrie();
  let best = -1;
  for (let j = i; j < toks.length && j < i + 6; j++) {
    const tk = toks[j];
    if (tk.kind === 'p') break;
    node = node.next.get(tk.key);
    if (!node) break;
    if (node.end) best = j + 1;
  }
  if (best < 0) return undefined;
  if (best === i + 1 && t.cap && KIN_KEYS.has(t.key)) return undefined;
  // `Président` in a headline or at a sentence start is still a title; the name check comes later.
  return { end: best, rank: true };
}

/** Particles that never are French prepositions: they open a surname after any title, a rank's too (`le directeur dos Santos`). */
export const FOREIGN_PARTICLES: ReadonlySet<string> = new Set(['von', 'van', 'da', 'das', 'do', 'dos', 'di', 'ould', 'mint', 'ag', 'ben', 'bin', 'ibn']);
/** Particles a surname may open with when no given name precedes it (`M. de Roggenbach`, `Mme d'Almeida`, `M. dos Reis`, `M. ould Sidi Lemine`). */
const SURNAME_PARTICLES = new Set(['de', "d'", 'du', ...FOREIGN_PARTICLES]);

/**
 * How many lower-case particle words open a surname at `k` (0, 1 or 2): a particle, maybe a second one
 * (`van der`), then a capitalised word on the same line.
 */
export function particleLength(ctx: Ctx, k: number): number {
  const toks = ctx.toks;
  const p = toks[k];
  if (p === undefined || (p.kind !== 'w' && p.kind !== 'e') || p.cap || !SURNAME_PARTICLES.has(p.key)) return 0;
  const n = particlePair(p, toks[k + 1]) ? 2 : 1;
  const w = toks[k + n];
  return isWord(w) && w.cap && w.line === p.line && !ctx.barrier[k + n] ? n : 0;
}

/** Does token `k` open a surname with its particle: the particle in lower case, then a capitalised word on the same line? */
function isNameParticle(ctx: Ctx, k: number): boolean {
  return particleLength(ctx, k) > 0;
}

const LINKS = new Set(['de', 'du', 'des', "d'", 'la', 'le', 'les', "l'", 'et', 'en', 'au', 'aux', 'charge', 'chargee', 'chargees', 'charges', 'pour', 'sur']);

/** A capitalised word that French writes as a common noun and never as a name (`Hygiène`): a portfolio, not a person. */
function portfolioWord(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!isWord(t) || !t.cap || t.upper || ctx.lex.firstNames.has(t.key)) return false;
  const c = wordClasses(t.key);
  return (c & WordClass.noun) !== 0 && (c & NAME_CLASSES) === 0;
}

/** Is the word at `k` capitalised on its line and no portfolio's common noun: a name's word? */
function nameWordAfter(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  return isWord(t) && (t.cap || t.upper) && t.line === ctx.toks[k - 1].line && !t.joinPrev && !portfolioWord(ctx, k) && !ctx.lex.nonNames.has(t.key);
}

/**
 * The complement of a rank (`de la Transition`, `des Affaires étrangères et de la Coopération
 * internationale`, `du panel des hautes personnalités`). Stops where a name starts: a capitalised
 * word that does not follow a link word, a known first name, or a word in capitals.
 */
export function roleComplement(ctx: Ctx, j: number): number {
  const toks = ctx.toks;
  let k = j;
  let last = j;
  let prevLink = false;
  for (let steps = 0; steps < 18 && k < toks.length; steps++) {
    const t = toks[k];
    if (ctx.barrier[k]) break;
    if (LINKS.has(t.key) && (t.kind === 'w' || t.kind === 'e')) {
      prevLink = true;
      k++;
      continue;
    }
    // `, de la Coopération africaine et des Mauritaniens de l'extérieur`: a comma then a link continues the role.
    if (t.text === ',' && ['de', 'du', 'des', "d'"].includes(toks[k + 1]?.key ?? '') && last > j) {
      k++;
      continue;
    }
    // `de la Santé publique, Hygiène et Prévoyance sociale`: a comma then a capitalised common noun continues the portfolios.
    // Not a common noun that opens a name (`le chef de village, Bio Worou Dramane`): a name's word follows it.
    if (t.text === ',' && last === k && k > j && portfolioWord(ctx, k + 1) && !nameWordAfter(ctx, k + 2)) {
      prevLink = true;
      k++;
      continue;
    }
    if (!isWord(t)) break;
    // An honorific ends the role and opens the name (`l'économiste Dr Aïssata Tangara`).
    if (HONORIFIC_SET.has(t.text)) break;
    if (t.cap || t.upper) {
      // A capitalised word continues the role after a link (`de la Transition`), after another
      // capitalised word of the role (`des Anciens Combattants`), or as a title adjective (`Chef
      // Suprême`); after a role word in lower case it is the name (`le général en chef Radetzky`).
      const prev = toks[k - 1];
      const continuesRole = prevLink || (last === k && k > j && (prev.cap || prev.upper)) || ctx.lex.nonNames.has(t.key);
      if (!continuesRole) break;
      if ((ctx.lex.firstNames.has(t.key) || wordClasses(t.key) & WordClass.firstName) && isWord(toks[k + 1]) && (toks[k + 1].cap || toks[k + 1].upper) && !t.joinPrev) break;
      // A word no list knows before a known first name is a given name too (`de la Géologie Fodé Moussa Kanté`).
      if (unlistedNameWord(ctx, k) && ctx.lex.firstNames.has(toks[k + 1]?.key ?? '')) break;
      if (t.upper && !ctx.lex.lex.longest(toks, k)) break;
      k++;
      while (k < toks.length && toks[k].joinPrev) k++;
      last = k;
      prevLink = false;
      continue;
    }
    // Lower case: an adjective after a word of the role, or a noun after a link.
    if (prevLink || (last === k && isAdjective(t.key))) {
      if (prevLink && (t.key.length < 3 || ['est', 'sont', 'a', 'ont', 'qui', 'que'].includes(t.key))) break;
      k++;
      while (k < toks.length && toks[k].joinPrev) k++;
      last = k;
      prevLink = false;
      continue;
    }
    break;
  }
  return last;
}

export function textOf(ctx: Ctx, s: number, e: number): string {
  if (e <= s) return '';
  return ctx.text.slice(ctx.toks[s].start, ctx.toks[e - 1].end);
}

export function isArticle(t: Token | undefined): boolean {
  return !!t && (t.key === 'le' || t.key === 'la' || t.key === "l'" || t.key === 'les');
}

const NATIONALITY_ENDINGS = /(?:ien|ienne|een|eenne|ais|aise|ois|oise|an|ane|ain|aine|in|ine|ote|ite|be)s?$/;
const ARTICLES = new Set(['le', 'la', "l'", 'les', 'un', 'une']);

/**
 * A nationality before a name works as a title: `l'Éthiopienne Tigist ALEMU`, `le Kényan Elijah
 * Kiptoo`, `la Togolaise Afi KPODAR`. An article, then a capitalised word that the demonym list or
 * the lexicon knows as an adjective with a nationality's ending, then a capitalised word.
 */
export function nationalityAt(ctx: Ctx, i: number): TitleMatch | undefined {
  const toks = ctx.toks;
  const t = toks[i];
  if (!isWord(t) || !t.cap || t.upper || ctx.barrier[i] || !ARTICLES.has(toks[i - 1]?.key ?? '')) return undefined;
  const nx = toks[i + 1];
  if (!isWord(nx) || !(nx.cap || nx.upper) || nx.line !== t.line) return undefined;
  if (!ctx.lex.demonyms.has(t.key) && !(NATIONALITY_ENDINGS.test(t.key) && wordClasses(t.key) & WordClass.adjective)) return undefined;
  return { end: i + 1, rank: false };
}

/**
 * Where the namesake's own name starts in a venue's or a body's name that opens at `i` (`Dr Suzanne X` in
 * `hôpital Dr Suzanne X`, made-up): past a title followed by a capitalised word on its line, or `i`.
 */
export function namesakeAfterTitle(ctx: Ctx, i: number): number {
  const title = titleAt(ctx, i);
  const next = title ? ctx.toks[title.end] : undefined;
  return title && isWord(next) && next.cap && next.line === ctx.toks[i].line ? title.end : i;
}
