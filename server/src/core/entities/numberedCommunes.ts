/**
 * Communes numbered after their town (`Tchaoudjo 1`, `Yaoundé VI`, `Douala 5e`, `Garoua 1er`): the press of
 * Togo, Niger and Cameroon names a town's districts so, and the number belongs to the place's name. A bare
 * digit is a commune only after the words of a commune (`le maire de Tchaoudjo 1`), or where the file names the
 * same commune so elsewhere; a roman numeral or an ordinal is one wherever it follows the place.
 */
import type { Cand, Ctx } from './context';
import type { Token } from './tokens';
import { WordClass, wordClasses } from '../gazetteer/frenchLexicon';

const ROMAN = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)$/;
/** A roman numeral and its ordinal's letters in one word (`IIIe`, `Ier`), as a district is numbered. */
const ROMAN_ORDINAL = /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)(?:e|er|ème)$/;

/** Is the token a roman numeral from I to X, as districts are numbered? */
export function isRomanNumeral(t: Token): boolean {
  return t.kind === 'w' && ROMAN.test(t.text);
}

/** Is the token a roman numeral with its ordinal's letters (`IIIe`): a district's number, never a ruler's? */
export function isRomanOrdinal(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'w' && ROMAN_ORDINAL.test(t.text);
}

const ORDINAL_SUFFIXES = new Set(['e', 'er', 'eme', 'ieme']);
/** Words whose `de X` is a commune (folded): its mayor, its town hall, the commune itself. */
const COMMUNE_WORDS = new Set(['maire', 'mairesse', 'mairie', 'commune', 'communes', 'arrondissement', 'municipalite', 'municipal', 'municipale',
  'sous-prefecture', 'sous-prefet', 'conseil']);
/** Tokens after the number that make it a count, a score or a time, not part of a name. */
const NOT_AFTER = new Set(['-', '–', '—', ':', '/', '%', 'h', 'à']);

/** The end of the commune's number after the place ending at `e` (`1`, `VI`, `5e`), if one follows; `ordinal` when roman or with a suffix. */
function numberEnd(toks: readonly Token[], e: number): { end: number; ordinal: boolean } | undefined {
  const last = toks[e - 1];
  const n = toks[e];
  if (!n || n.line !== last.line || n.start !== last.end + 1) return undefined;
  let end: number;
  let ordinal: boolean;
  // After a town in capitals, a capital `I` is rather a dateline's day misread (`MADRID I " juin`): no roman numeral there.
  if (n.kind === 'n' && /^[1-9]$/.test(n.text)) {
    const suffix = toks[e + 1];
    ordinal = !!suffix && suffix.start === n.end && ORDINAL_SUFFIXES.has(suffix.key);
    end = ordinal ? e + 2 : e + 1;
  } else if ((isRomanNumeral(n) || isRomanOrdinal(n)) && !last.upper) {
    const suffix = toks[e + 1];
    end = suffix && suffix.start === n.end && ORDINAL_SUFFIXES.has(suffix.key) ? e + 2 : e + 1;
    ordinal = true;
  } else return undefined;
  const after = toks[end];
  if (after && after.line === n.line) {
    // A colon after a count is a score's (`Kara 2 : 1`); after a district's numeral it opens what is said of it (`X IIIe : …`).
    if (after.kind === 'n' || (NOT_AFTER.has(after.key) && !(after.key === ':' && n.kind === 'w')) || (after.kind === 'w' && after.start === toks[end - 1].end)) return undefined;
    // A noun counted by the number (`Kara 2 fois`, `Bamako 3 morts`).
    const classes = after.kind === 'w' && !after.cap ? wordClasses(after.key) : 0;
    if ((classes & WordClass.noun) !== 0 && (classes & WordClass.verb) === 0) return undefined;
  }
  return { end, ordinal };
}

/** Does a commune's word announce the place at `s` (`le maire de X`, `la commune d'X`, `commune X`)? */
function afterCommuneWord(toks: readonly Token[], s: number): boolean {
  const before = toks[s - 1];
  if (!before || before.line !== toks[s].line) return false;
  if (COMMUNE_WORDS.has(before.key)) return true;
  return (before.key === 'de' || before.key === "d'") && COMMUNE_WORDS.has(toks[s - 2]?.key ?? '') && toks[s - 2].line === before.line;
}

/**
 * Extends the chosen places followed by their commune's number (in place). The place's list id is dropped:
 * the commune is its own place, not the town.
 */
export function extendNumberedCommunes(ctx: Ctx, chosen: Cand[]): void {
  const toks = ctx.toks;
  const spelled = (c: Cand, end: number) => toks.slice(c.s, end).map((t) => t.key).join(' ');
  const found: { c: Cand; end: number; ordinal: boolean }[] = [];
  for (const c of chosen) {
    if (c.type !== 'PLACE') continue;
    const n = numberEnd(toks, c.e);
    if (n) found.push({ c, ...n });
  }
  const named = new Set(found.filter((f) => f.ordinal || afterCommuneWord(toks, f.c.s)).map((f) => spelled(f.c, f.end)));
  for (const f of found) {
    if (!named.has(spelled(f.c, f.end))) continue;
    if (f.c.key !== undefined) f.c.key += ' ' + toks.slice(f.c.e, f.end).map((t) => t.key).join(' ');
    f.c.e = f.end;
    f.c.gazId = undefined;
  }
}
