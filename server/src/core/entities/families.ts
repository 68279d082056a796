/**
 * Families named by their surname (made-up: `la famille Nzamba`, `les Nzamba`, `la fortune des Nzamba`):
 * not one named human being, so no person (the guidelines' PERSON), and no body or place either. The
 * surname after `famille`, or after a plural article where the file names one of that family in full,
 * is kept out of every reading, the learner's too.
 */
import type { Cand, Ctx } from './context';
import { isWord, PLURAL_ARTICLES } from './context';
import { compoundEnd } from './tail';

/** Nouns whose capitalised complement written directly is a family's surname (folded). */
const FAMILY_NOUNS = new Set(['famille', 'familles', 'clan', 'dynastie']);

/** The end of the one capitalised word (a dashed compound counts as one; in capitals only when asked) at `i` that closes its run, or -1. */
function loneNameEnd(ctx: Ctx, i: number, capitals = false): number {
  const toks = ctx.toks;
  const t = toks[i];
  if (!isWord(t) || !t.cap || (t.upper && !capitals) || t.joinPrev || ctx.barrier[i]) return -1;
  const e = compoundEnd(ctx, i);
  const next = toks[e];
  return isWord(next) && (next.cap || next.upper) && next.line === t.line ? -1 : e;
}

/**
 * The surnames listed after `familles`, an adjective between or not (`les familles alliées SOMDA, OUEDRAOGO et KIEMDE`,
 * made-up), each written alone, in capitals or not: blocks over each.
 */
function familyList(ctx: Ctx, i: number): Cand[] {
  const toks = ctx.toks;
  const line = toks[i].line;
  const adjective = toks[i];
  if (isWord(adjective) && !adjective.cap && !adjective.upper && adjective.key.endsWith('s')) i++;
  const out: Cand[] = [];
  while (i < toks.length && toks[i].line === line) {
    const e = loneNameEnd(ctx, i, true);
    if (e < 0) break;
    out.push({ type: 'BLOCK', s: i, e, prio: 9, kind: 'institution' });
    const sep = toks[e];
    if (!sep || sep.line !== line || (sep.text !== ',' && sep.key !== 'et')) break;
    i = e + 1;
  }
  return out;
}

/** The surnames (last words, folded) of the file's persons named with two words or more. */
function familySurnames(ctx: Ctx, chosen: readonly Cand[]): Set<string> {
  const out = new Set<string>();
  for (const c of chosen) {
    if (c.type !== 'PERSON' || c.e - c.s < 2) continue;
    let k = c.e - 1;
    while (k > c.s && ctx.toks[k].joinPrev) k--;
    if (k > c.s) out.add(ctx.toks.slice(k, c.e).map((t) => t.key).join('-'));
  }
  return out;
}

/** Replaces, in `chosen`, what the rules read over a family's surname by a block that keeps it unread. */
export function blockFamilies(ctx: Ctx, chosen: Cand[]): void {
  const toks = ctx.toks;
  const surnames = familySurnames(ctx, chosen);
  const blocks: Cand[] = [];
  for (let i = 1; i < toks.length; i++) {
    const p = toks[i - 1];
    if (p.kind !== 'w' || p.line !== toks[i].line) continue;
    const afterNoun = !p.cap && FAMILY_NOUNS.has(p.key);
    if (!afterNoun && !PLURAL_ARTICLES.has(p.key)) continue;
    if (afterNoun && p.key === 'familles') {
      blocks.push(...familyList(ctx, i));
      continue;
    }
    const e = loneNameEnd(ctx, i);
    if (e < 0 || (!afterNoun && !surnames.has(toks.slice(i, e).map((t) => t.key).join('-')))) continue;
    blocks.push({ type: 'BLOCK', s: i, e, prio: 9, kind: 'institution' });
  }
  if (blocks.length === 0) return;
  // A reading that spans the surname alone, or nothing, gives way; one that holds more (`Fondation Nzamba`) is kept.
  const inBlock = new Uint8Array(toks.length);
  for (const b of blocks) inBlock.fill(1, b.s, b.e);
  const kept = chosen.filter((c) => !(inBlock[c.s] && blocks.some((b) => b.s === c.s && b.e === c.e)));
  const taken = new Uint8Array(toks.length);
  for (const c of kept) taken.fill(1, c.s, c.e);
  for (const b of blocks) if (!taken.subarray(b.s, b.e).includes(1)) kept.push(b);
  kept.sort((a, b) => a.s - b.s);
  chosen.splice(0, chosen.length, ...kept);
}
