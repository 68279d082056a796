/**
 * Headlines the regional press opens with a place and a colon (`Gouré : un camion-citerne se renverse`,
 * `› 16/08/2026 — Matamèye : trois commerçants interpellés`): the word before the colon is where the
 * news happened. Read only where a headline starts (a line's start, or after a teaser's dash or arrow),
 * only for a word no list knows, and not before a quotation (a person's surname opens a headline too,
 * `Kaboré : « … »`). The learner neither retypes it nor learns from it: the colon opens bodies' headlines
 * too (`SONABEL : délestages`), and would pull towns to bodies, or teach a town's spelling to a person's name.
 */
import type { Cand, Ctx } from './context';
import { isWord, mayBeFirstName } from './context';
import { compoundEnd } from './tail';
import { wordClasses } from '../gazetteer/frenchLexicon';

/** Marks that open a teaser's headline on its line (`› 12/05/2026 — `, `LIRE AUSSI → `). */
const HEADLINE_OPENERS = new Set(['—', '–', '→', '►', '›', '»', '|']);
/** Marks that open a quotation: after `X :`, the words are someone's. */
const QUOTES = new Set(['«', '"', '“']);

export function findHeadlinePlaces(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  for (let i = 0; i + 2 < toks.length; i++) {
    const t = toks[i];
    if (!isWord(t) || !t.cap || t.upper || t.joinPrev || ctx.barrier[i]) continue;
    const before = toks[i - 1];
    if (before && before.line === t.line && !HEADLINE_OPENERS.has(before.text)) continue;
    const e = compoundEnd(ctx, i);
    const colon = toks[e];
    const after = toks[e + 1];
    if (colon?.text !== ':' || colon.line !== t.line || !after || after.line !== t.line || QUOTES.has(after.text)) continue;
    if (!isWord(after) || after.cap || after.upper) continue;
    if (!unknownName(ctx, i, e)) continue;
    out.push({ type: 'PLACE', s: i, e, prio: 0, kind: 'headlinePlace' });
  }
}

/** Words no list or lexicon knows (no common word, rubric, first name or known surname). */
function unknownName(ctx: Ctx, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const w = ctx.toks[k];
    if (!isWord(w)) continue;
    if (!w.cap || wordClasses(w.key) !== 0 || ctx.lex.nonNames.has(w.key) || ctx.lex.demonyms.has(w.key) || mayBeFirstName(ctx, w.key) || ctx.lex.personSurnames.has(w.key)) return false;
  }
  return !ctx.lex.lex.longest(ctx.toks, s);
}
