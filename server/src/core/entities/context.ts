/**
 * What every recogniser reads (the tokens, the lexicon, which tokens are off limits) and the
 * candidate they return. Candidates overlap freely; `resolve.ts` keeps the best non-overlapping set.
 */
import { WordClass, wordClasses } from '../gazetteer/frenchLexicon';
import type { NameType, Span } from '../types';
import { lexicon, type LexiconBundle } from './lexicon';
import { tokenize, type Token } from './tokens';

export interface Ctx {
  text: string;
  toks: Token[];
  /** 1 where the token lies inside an excluded span (a DATE): no name may cover it. */
  barrier: Uint8Array;
  lex: LexiconBundle;
  /** Each line's shape: 1 when most of its words are capitalised (a Title Case headline) or all in capitals (a heading). */
  headlineLine: Uint8Array;
  /** 1 where every word of the line is written in capitals, two words or more (a score line, a heading in capitals). */
  shoutedLine: Uint8Array;
}

export type CandKind = 'gazetteer' | 'institution' | 'wrapper' | 'venue' | 'person' | 'rankedName' | 'initials' | 'acronym' | 'platform' | 'shortForm' | 'acrdef' | 'cuePlace' | 'listedPlace' | 'headlineLead' | 'media';

export interface Cand {
  type: NameType | 'BLOCK';
  /** Token indices, `e` exclusive. */
  s: number;
  e: number;
  /** Higher wins a tie of lengths. */
  prio: number;
  kind: CandKind;
  gazId?: string;
  roles?: string[];
  /** Linking key override (ministries keyed by portfolio, wrappers by their inner place). */
  key?: string;
  /** A person's alias (`X, alias « Tonnerre »`): the candidate of the name it stands for. */
  aliasOf?: Cand;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;
/** An underscore between two word characters, as handles join their words (not OCR's stray `_Nigeria`). */
function handleLink(text: string, at: number): boolean {
  return text[at] === '_' && WORD_CHAR.test(text[at - 1] ?? '') && WORD_CHAR.test(text[at + 1] ?? '');
}

/** Articles, prepositions and conjunctions (folded) that stay little words on a line in capitals. */
const SHOUTED_LITTLE_WORDS = new Set(['le', 'la', 'les', "l'", 'de', 'du', 'des', "d'", 'et', 'ou', 'au', 'aux', 'a', 'en', 'pour', 'sur', 'par', 'avec', 'dans', 'contre']);

export function makeCtx(text: string, exclude: readonly Span[]): Ctx {
  const toks = tokenize(text);
  const barrier = new Uint8Array(toks.length);
  if (exclude.length) {
    const ex = [...exclude].sort((a, b) => a.start - b.start);
    let k = 0;
    for (let i = 0; i < toks.length; i++) {
      const t = toks[i];
      while (k < ex.length && ex[k].end <= t.start) k++;
      if (k < ex.length && ex[k].start < t.end) barrier[i] = 1;
    }
  }
  // A handle's words (`Doomu_Ndar`, `marin_de_Pondokholé`: a reader's pseudonym) name no one.
  for (let i = 0; i < toks.length; i++) if (handleLink(text, toks[i].start - 1) || handleLink(text, toks[i].end)) barrier[i] = 1;
  const lines = (toks.length ? toks[toks.length - 1].line : 0) + 1;
  const words = new Uint32Array(lines);
  const caps = new Uint32Array(lines);
  const uppers = new Uint32Array(lines);
  // Every word but a single letter (a capital `À` is no sign of a line in capitals), for the lines written all in capitals.
  const allWords = new Uint32Array(lines);
  const allUppers = new Uint32Array(lines);
  const lex = lexicon();
  for (const t of toks) {
    if (t.kind === 'w' && t.text.length >= 2) {
      allWords[t.line]++;
      if (t.upper) allUppers[t.line]++;
    }
    if (t.kind !== 'w' || t.text.length < 3 || lex.nonNames.has(t.key)) {
      if (t.kind === 'w' && t.text.length >= 3) words[t.line]++;
      if (t.kind === 'w' && t.cap && t.text.length >= 3) caps[t.line]++;
      if (t.kind === 'w' && t.upper) uppers[t.line]++;
      continue;
    }
    words[t.line]++;
    if (t.cap) caps[t.line]++;
    if (t.upper) uppers[t.line]++;
  }
  const headlineLine = new Uint8Array(lines);
  for (let l = 0; l < lines; l++) {
    // Only short lines can be headlines; an article paragraph with many names stays prose.
    if (words[l] >= 3 && words[l] <= 14 && caps[l] / words[l] > 0.75) headlineLine[l] = 1;
    if (words[l] >= 2 && uppers[l] === words[l]) headlineLine[l] = 1;
  }
  const shoutedLine = new Uint8Array(lines);
  for (let l = 0; l < lines; l++) if (allWords[l] >= 2 && allUppers[l] === allWords[l]) shoutedLine[l] = 1;
  // On a line in capitals the little words are the ones French writes small (`MINISTÈRE DE L'AGRICULTURE ET DE
  // L'ÉLEVAGE`): read as such, a letterhead's name has the shape the rules know from its lower-case writing.
  for (const t of toks) if (shoutedLine[t.line] && t.kind !== 'n' && SHOUTED_LITTLE_WORDS.has(t.key)) t.cap = t.upper = false;
  return { text, toks, barrier, lex, headlineLine, shoutedLine };
}

export const isWord = (t: Token | undefined): t is Token => t !== undefined && t.kind === 'w';

/**
 * A word cut off by the scraper: a short capitalised word, then a dot that ends the line or the text. Not one
 * that follows a capitalised word or an honorific (`Oumar Sy.`, `M. Bah.`): the end of a name, cut or not, is a
 * short surname far more often than a cut.
 */
export function isTruncated(ctx: Ctx, i: number): boolean {
  const t = ctx.toks[i];
  const dot = ctx.toks[i + 1];
  if (!t || t.kind !== 'w' || !dot || dot.text !== '.' || dot.start !== t.end) return false;
  const after = ctx.toks[i + 2];
  const endsLine = !after || after.line !== t.line;
  if (!endsLine) return false;
  if (t.upper && t.text.length >= 2) return false;
  if (!(t.text.length <= 3 && t.cap)) return false;
  const before = ctx.toks[i - 1]?.text === '.' ? ctx.toks[i - 2] : ctx.toks[i - 1];
  return !(isWord(before) && before.line === t.line && (before.cap || before.upper) && !ctx.barrier[i]);
}

/**
 * Does the word at `i` open a dashed name (`Saint-Paul`, `Grand-Village`)? Such a first word names nothing alone
 * (`Saint`, `Grand`), but the compound it opens is a name like any other.
 */
export function opensDashedName(ctx: Ctx, i: number): boolean {
  const next = ctx.toks[i + 1];
  return next !== undefined && next.joinPrev === true && next.line === ctx.toks[i].line;
}

/** Determiners (folded): French writes none right before a person's name (`le Dialakoro`, `la Sonabel`). */
export const DETERMINERS: ReadonlySet<string> = new Set(['le', 'la', 'les', "l'", 'un', 'une', 'des', 'du', 'au', 'aux', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'nos', 'votre']);

/** Does token `t` separate the items of a list (`,` or `et`)? */
export const isListSeparator = (t: Token | undefined): boolean => t !== undefined && (t.text === ',' || t.key === 'et');

/** Plural articles (`les`, `des`, `aux`): a team's nickname follows one, a person's name never does. */
export const PLURAL_ARTICLES: ReadonlySet<string> = new Set(['les', 'des', 'aux']);

/** A word (folded) the gazetteer or the French lexicon knows as a first name, whatever else it may be (`Moïse`). */
export function mayBeFirstName(ctx: Ctx, key: string): boolean {
  return ctx.lex.firstNames.has(key) || (wordClasses(key) & WordClass.firstName) !== 0;
}

/** Does token `i` follow `à` on its line (`à Kanina`): where one is, a place's context? */
export function followsA(ctx: Ctx, i: number): boolean {
  const p = ctx.toks[i - 1];
  return p !== undefined && p.line === ctx.toks[i].line && (p.text === 'à' || p.text === 'À');
}

/**
 * Is the word at `k` capitalised, in small letters after its capital, and unknown to the lexicon and the
 * gazetteers (`Fodé` in `Fodé Moussa Kanté`): before a known first name, a given name no list has?
 */
export function unlistedNameWord(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!isWord(t) || !t.cap || t.upper || t.joinPrev) return false;
  return wordClasses(t.key) === 0 && !ctx.lex.nonNames.has(t.key) && !ctx.lex.lex.longest(ctx.toks, k);
}

/**
 * The end of a name in quotes opening at `q` (`« Sira Kura »`: at most six tokens on the line, the
 * first capitalised), or -1. A `>` closes a `«` too: text read from scanned pages gets `»` so.
 */
export function quotedNameEnd(ctx: Ctx, q: number): number {
  const toks = ctx.toks;
  const open = toks[q]?.text;
  if (open !== '«' && open !== '"' && open !== '“') return -1;
  const close = open === '«' ? '»' : open === '“' ? '”' : '"';
  const first = toks[q + 1];
  if (!isWord(first) || !(first.cap || first.upper) || ctx.barrier[q + 1]) return -1;
  for (let k = q + 2; k < q + 8 && toks[k] && toks[k].line === first.line; k++) {
    if (toks[k].text === close || (open === '«' && toks[k].text === '>')) return k;
    if (toks[k].kind === 'p' && !toks[k].joinPrev && toks[k].text !== '-' && toks[k].text !== "'") return -1;
  }
  return -1;
}
