/**
 * Acronyms: a name followed by its acronym in brackets (`Conseil national de Transition (CNT)`)
 * gives two mentions of one entity, and the definition is remembered for the whole corpus so a
 * later bare `CNT` in any file is known. Acronyms that are neither in the gazetteer nor defined
 * anywhere are left unannotated (`FCFA`, `CAN`).
 */
import type { Ctx } from './context';
import type { Token } from './tokens';

/** Looks like an acronym: 2–8 letters, at least two capitals (`CNT`, `FAMa`, `Cedeao` is in the gazetteer). */
export function isAcronymToken(t: Token | undefined): boolean {
  if (!t || t.kind !== 'w' || t.text.length < 2 || t.text.length > 8) return false;
  if (t.upper) return true;
  let caps = 0;
  for (const ch of t.text) if (ch !== ch.toLowerCase()) caps++;
  return caps >= 2;
}

/** If `(ACR)` follows token index `e` (exclusive end of a name), the acronym's token index. */
export function bracketAcronymAfter(ctx: Ctx, e: number): number {
  const toks = ctx.toks;
  if (toks[e]?.text !== '(' || !isAcronymToken(toks[e + 1]) || ctx.barrier[e + 1]) return -1;
  if (toks[e + 2]?.text !== ')' && !(toks[e + 2]?.kind === 'n' && toks[e + 3]?.text === ')')) return -1;
  return e + 1;
}

/** Roman numerals and other capitals that are not acronyms of a body. */
const NOT_ACRONYMS = new Set(['ii', 'iii', 'iv', 'vi', 'vii', 'viii', 'ix', 'xi', 'xii', 'xx', 'xxi', 'ok', 'tv', 'pdf', 'fcfa', 'cfa', 'usd', 'eur', 'km', 'kg']);
export function plausibleAcronym(key: string): boolean {
  return !NOT_ACRONYMS.has(key);
}
