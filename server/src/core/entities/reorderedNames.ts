/**
 * A person's full name written again, in another case or order or as it was (made-up: `Prisca Nzé Ella`
 * in the text, `Prisca NZÉ ELLA` in the headline, `NZÉ ELLA Prisca` in a list, `Prisca Nzé Ella` in the
 * tags): where the same words stand together on one line and nothing else read there crosses their
 * edges, they are that person once, read as the first reading of the name was, in place of the several
 * names, or the nothing, that the rules read there.
 */
import type { Cand, Ctx } from './context';
import { isWord } from './context';
import { compoundEnd } from './tail';

/** Units of a full name (dashed compounds count as one) that the file's names are matched by, at least and at most. */
const MIN_UNITS = 2;
const MAX_UNITS = 4;

/** The folded units of the capitalised words from `s`, up to `max` of them on one line, with each unit's end. */
function unitsFrom(ctx: Ctx, s: number, max: number): { keys: string[]; ends: number[] } {
  const toks = ctx.toks;
  const keys: string[] = [];
  const ends: number[] = [];
  for (let k = s; keys.length < max; ) {
    const t = toks[k];
    if (!isWord(t) || !(t.cap || t.upper) || t.joinPrev || t.line !== toks[s].line || ctx.barrier[k]) break;
    const e = compoundEnd(ctx, k);
    keys.push(toks.slice(k, e).map((x) => x.key).join('-'));
    ends.push(e);
    k = e;
  }
  return { keys, ends };
}

const signature = (keys: readonly string[]): string => [...keys].sort().join(' ');

/** Replaces, in `chosen`, what the rules read over the other spellings of the file's full person names by those persons. */
export function joinReorderedNames(ctx: Ctx, chosen: Cand[]): void {
  const toks = ctx.toks;
  // Each name by its signature, with the first reading of it.
  const names = new Map<string, Cand>();
  const lengths = new Set<number>();
  for (const c of chosen) {
    if (c.type !== 'PERSON') continue;
    const { keys, ends } = unitsFrom(ctx, c.s, MAX_UNITS + 1);
    if (keys.length < MIN_UNITS || keys.length > MAX_UNITS || ends[keys.length - 1] !== c.e) continue;
    const sig = signature(keys);
    if (!names.has(sig)) names.set(sig, c);
    lengths.add(keys.length);
  }
  if (names.size === 0) return;
  const owner = new Int32Array(toks.length).fill(-1);
  chosen.forEach((c, n) => owner.fill(n, c.s, c.e));
  const dropped = new Set<number>();
  const added: Cand[] = [];
  for (let i = 0; i < toks.length; i++) {
    if (i > 0 && toks[i].line === toks[i - 1].line && isWord(toks[i - 1]) && (toks[i - 1].cap || toks[i - 1].upper)) continue;
    const { keys, ends } = unitsFrom(ctx, i, MAX_UNITS + 1);
    const n = keys.length;
    // The whole capitalised run, no longer and no shorter than the name: `Prisca NZÉ ELLA MBA` is someone else.
    const name = n >= MIN_UNITS && n <= MAX_UNITS && lengths.has(n) ? names.get(signature(keys)) : undefined;
    if (!name) continue;
    const e = ends[n - 1];
    const inside = new Set<number>();
    let crosses = false;
    for (let k = i; k < e; k++) if (owner[k] >= 0) inside.add(owner[k]);
    for (const m of inside) {
      const c = chosen[m];
      if (c.s < i || c.e > e || c.type !== 'PERSON') crosses = true;
    }
    if (crosses || (inside.size === 1 && chosen[[...inside][0]].s === i && chosen[[...inside][0]].e === e)) continue;
    for (const m of inside) dropped.add(m);
    added.push({ type: 'PERSON', s: i, e, prio: name.prio, kind: name.kind });
    i = e - 1;
  }
  if (added.length === 0) return;
  const kept = chosen.filter((_, m) => !dropped.has(m));
  kept.push(...added);
  kept.sort((a, b) => a.s - b.s);
  chosen.splice(0, chosen.length, ...kept);
}
