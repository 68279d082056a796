/**
 * Names the hand-made gazetteer knows (gazetteer/*.ts): its longest match at each token, a body's national branch
 * (`Croix-Rouge malienne`), a group's national company (`MTN Côte d'Ivoire`, a body of its own), and the known body a
 * candidate of another rule spells exactly (`TP Mazembe` read by the clubs' rule).
 */
import type { Cand, Ctx } from './context';
import { isWord } from './context';

/** Groups whose companies in each country take the country's name or a brand after the group's (gazetteer ids). */
const BRANCHED_GROUPS = new Set(['mtn', 'moov', 'airtel', 'vodacom', 'africell', 'ecobank', 'total', 'maroc-telecom']);

/** The end of the country or brand after a group's name ending at token `e` (`MTN Côte d'Ivoire`); `e` when none. */
function branchEnd(ctx: Ctx, e: number): number {
  const t = ctx.toks[e];
  if (!isWord(t) || !t.cap || t.sentStart || t.line !== ctx.toks[e - 1].line || ctx.barrier[e]) return e;
  const place = ctx.lex.lex.longest(ctx.toks, e);
  if (place) return place.entry.type === 'PLACE' ? place.end : e;
  return ctx.lex.firstNames.has(t.key) ? e : e + 1;
}

export function findGazetteer(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind === 'p' || ctx.barrier[i]) continue;
    const m = ctx.lex.lex.longest(toks, i);
    if (!m) continue;
    let blocked = false;
    for (let k = i; k < m.end; k++) if (ctx.barrier[k]) blocked = true;
    if (blocked) continue;
    const e = m.entry;
    // `sous la Haute Présidence de`: a chairmanship, not the institution.
    if (e.id === 'presidence' && (toks[i - 1]?.key === 'haute' || (m.end === i + 1 && ['de', 'du'].includes(toks[i + 1]?.key ?? '') && toks[i + 2]?.key !== 'la'))) continue;
    // `Croix-Rouge malienne`: a body's national branch keeps its nationality in the name.
    const after = toks[m.end];
    const end = e.type === 'INSTITUTION' && isWord(after) && !after.cap && !ctx.barrier[m.end] && ctx.lex.demonyms.has(after.key) ? m.end + 1 : m.end;
    // `MTN Côte d'Ivoire`, `Moov Africa Malitel`: a group's national company, a body of its own.
    const branch = BRANCHED_GROUPS.has(e.id) ? branchEnd(ctx, end) : end;
    if (branch > end) {
      out.push({ type: 'INSTITUTION', s: i, e: branch, prio: 3, kind: 'institution' });
      continue;
    }
    // A one-word person alias at a sentence start that is also a first name is unsafe; a person
    // surname alone needs a capital (already required).
    out.push({ type: e.type, s: i, e: end, prio: e.type === 'PERSON' ? 2 : 3, kind: 'gazetteer', gazId: e.id });
  }
}

/** The gazetteer id of the body whose known name is exactly the candidate's words, if any. */
export function knownBodyId(ctx: Ctx, c: Cand): string | undefined {
  const known = ctx.lex.lex.longest(ctx.toks, c.s);
  return known && known.end === c.e && known.entry.type === 'INSTITUTION' ? known.entry.id : undefined;
}
