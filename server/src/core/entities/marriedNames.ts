/**
 * A woman's name with her maiden or married name (`TAPSOBA née YAMEOGO Bernadette`, `Adjaratou épouse
 * SOMDA`, `Awa Traoré veuve Ouédraogo`: made-up): one person, so one span from her first name to the
 * last, where the rules read two people or a person and nothing.
 */
import type { Cand, Ctx } from './context';
import { isWord } from './context';
import { compoundEnd } from './tail';

/** Words that join a woman's names directly, written small (folded); `épouse de X` names her husband instead. */
const JOINING_WORDS = new Set(['nee', 'epouse', 'veuve', 'ep']);
/** Units (a dashed compound counts as one) of the name after the joining word, at most. */
const MAX_UNITS = 3;

/** The end of the capitalised run from `i` on its line, or `i` when there is none. */
function nameRunEnd(ctx: Ctx, i: number): number {
  const toks = ctx.toks;
  let e = i;
  for (let n = 0; n < MAX_UNITS; n++) {
    const t = toks[e];
    if (!isWord(t) || !(t.cap || t.upper) || t.joinPrev || t.line !== toks[i].line || ctx.barrier[e]) break;
    e = compoundEnd(ctx, e);
  }
  return e;
}

/** Replaces, in `chosen`, a person and the name written after `née`/`épouse`/`veuve` by one person over both. */
export function joinMarriedNames(ctx: Ctx, chosen: Cand[]): void {
  const toks = ctx.toks;
  let changed = false;
  for (let n = 0; n < chosen.length; n++) {
    const c = chosen[n];
    const link = toks[c.e];
    if (c.type !== 'PERSON' || !isWord(link) || link.cap || link.upper || !JOINING_WORDS.has(link.key) || link.line !== toks[c.s].line) continue;
    // `ép.` is written with its dot.
    const after = link.key === 'ep' && toks[c.e + 1]?.text === '.' ? c.e + 2 : c.e + 1;
    const e = nameRunEnd(ctx, after);
    if (e === after) continue;
    // What the rules read over the second name gives way only when it is a person or nothing.
    const over = chosen.filter((o) => o !== c && o.s < e && o.e > c.e);
    if (over.some((o) => o.type !== 'PERSON' || o.s < after || o.e > e)) continue;
    chosen[n] = { ...c, e };
    for (const o of over) chosen.splice(chosen.indexOf(o), 1);
    changed = true;
  }
  if (changed) chosen.sort((a, b) => a.s - b.s);
}
