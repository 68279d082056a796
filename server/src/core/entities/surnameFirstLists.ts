/**
 * Lists of people written surname first, the surname in capitals and the given names after it, as
 * results, team sheets and signatories are printed in the region (made-up: `Très bien — MBOUMBA
 * Ludovic (C) ; NZÉ ELLA Prisca (D)`). Such a line has most of its words capitalised and reads like a
 * headline, where no person is guessed; two entries of that shape on one line make it a list, and each
 * entry a person, whether or not a list knows its given names.
 */
import { NAME_CLASSES, wordClasses } from '../gazetteer/frenchLexicon';
import type { Cand, Ctx } from './context';
import { isWord } from './context';
import { compoundEnd } from './tail';
import { readListEntries } from './personCues';

/** Entries needed on one line before it is read as a list of people. */
const LIST_ENTRIES = 2;
/** Units (dashed compounds count as one) of the surname and of the given names, at most. */
const MAX_UNITS = 3;
/** What separates a list's entries, or closes one (a grade or a club in brackets after it). */
const ENTRY_BREAKS = new Set([';', ',', '—', '–', ':', '(', ')', '/', '|', '•']);
/** Is the word at `k` a surname in capitals: no acronym's shape, no common word, no place's or body's name? */
function capitalSurname(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!isWord(t) || !t.upper || t.joinPrev || t.text.length < 3 || !/[aeiouy]/.test(t.key)) return false;
  if ((wordClasses(t.key) & ~NAME_CLASSES) !== 0 || ctx.lex.nonNames.has(t.key) || ctx.lex.placeOrOrgKeys.has(t.key)) return false;
  return !ctx.lex.lex.longest(ctx.toks, k);
}

/** Is the word at `k` a given name after the surname: capitalised in small letters, no title or place? */
function givenName(ctx: Ctx, k: number): boolean {
  const t = ctx.toks[k];
  if (!isWord(t) || !t.cap || t.upper || t.joinPrev || ctx.lex.nonNames.has(t.key)) return false;
  const m = ctx.lex.lex.longest(ctx.toks, k);
  return m === undefined || m.entry.type === 'PERSON';
}

/** Does the entry that ended before `e` close there: a break, or the end of its line? */
function closes(ctx: Ctx, e: number, line: number): boolean {
  const t = ctx.toks[e];
  return t === undefined || t.line !== line || ENTRY_BREAKS.has(t.text) || t.key === 'et';
}

/** The end of a surname-first entry starting at `i` (`NZÉ ELLA Prisca`), or -1. */
function entryEnd(ctx: Ctx, i: number): number {
  const toks = ctx.toks;
  const line = toks[i].line;
  let k = i;
  for (let n = 0; n < MAX_UNITS && toks[k]?.line === line && capitalSurname(ctx, k); n++) k = compoundEnd(ctx, k);
  if (k === i) return -1;
  const givenStart = k;
  for (let n = 0; n < MAX_UNITS && toks[k]?.line === line && givenName(ctx, k); n++) k = compoundEnd(ctx, k);
  return k > givenStart && closes(ctx, k, line) ? k : -1;
}

/** Reads the lists of people written surname first (see the module's comment) into `out`, marking them `covered`. */
export function findSurnameFirstLists(ctx: Ctx, out: Cand[], covered: Uint8Array): void {
  const toks = ctx.toks;
  const entries: [number, number][] = [];
  const flush = () => readListEntries(entries, LIST_ENTRIES, 3, out, covered);
  for (let i = 0; i < toks.length; i++) {
    if (i > 0 && toks[i - 1].line !== toks[i].line) flush();
    // An entry opens its line or follows a break.
    const prev = toks[i - 1];
    if (prev && prev.line === toks[i].line && !ENTRY_BREAKS.has(prev.text) && prev.key !== 'et') continue;
    const e = entryEnd(ctx, i);
    if (e < 0) continue;
    entries.push([i, e]);
    i = e - 1;
  }
  flush();
}
