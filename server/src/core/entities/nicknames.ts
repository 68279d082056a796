/**
 * Nicknames the press gives a body in quotes, then names what they stand for (`les « Colombes », comme on
 * surnomme ici l'Union pour la paix`, `« la Houe », comme les militants appellent le MDK`: made-up). A person's
 * nicknames are personCues' aliases.
 */
import type { Cand, Ctx } from './context';
import { isWord } from './context';

/** Verbs by which others name a body or a person (folded). */
const NAMING_VERBS = new Set(['surnomme', 'surnomment', 'appelle', 'appellent', 'nomme', 'nomment', 'designe', 'designent']);
/** Words between the verb and what it names (`surnomme ici`, `appellent encore`). */
const NAMING_ADVERBS = new Set(['ici', 'encore', 'souvent', 'desormais', 'volontiers', 'affectueusement', 'parfois', 'aussi']);
/** Articles a quoted nickname may open with (`« la Houe »`): left out of the name, as a leading article is. */
const ARTICLES = new Set(['la', 'le', 'les', "l'"]);
/** How many tokens may stand between `comme` and the verb (`comme les militants de base surnomment`). */
const SUBJECT_WORDS = 5;

/** The quoted nickname ending at the closing quote `close`, its leading article left out: `[s, e)`, or undefined. */
function quotedBefore(ctx: Ctx, close: number): [number, number] | undefined {
  const toks = ctx.toks;
  if (toks[close]?.text !== '»') return undefined;
  let open = close - 1;
  while (open > 0 && close - open < 6 && toks[open].text !== '«' && toks[open].line === toks[close].line) open--;
  if (toks[open]?.text !== '«') return undefined;
  let s = open + 1;
  if (ARTICLES.has(toks[s]?.key ?? '') && !toks[s].cap) s++;
  for (let k = s; k < close; k++) if (ctx.barrier[k] || (toks[k].kind === 'p' && toks[k].text !== '-' && toks[k].text !== "'")) return undefined;
  const first = toks[s];
  return isWord(first) && first.cap && s < close ? [s, close] : undefined;
}

/**
 * Candidates for the nicknames written `« X », comme … (surnomme|appelle) … NAME`: X is a name of the chosen body
 * named right after the verb (`aliasOf`), here and wherever the file quotes it again.
 */
export function findNicknames(ctx: Ctx, chosen: readonly Cand[]): Cand[] {
  const toks = ctx.toks;
  const out: Cand[] = [];
  const taken = new Uint8Array(toks.length + 1);
  for (const c of chosen) taken.fill(1, c.s, c.e);
  const startingAt = new Map<number, Cand>();
  for (const c of chosen) if (c.type === 'INSTITUTION' || c.type === 'PERSON') startingAt.set(c.s, c);
  for (let k = 2; k < toks.length; k++) {
    if (toks[k].key !== 'comme' || toks[k - 1].text !== ',') continue;
    const nick = quotedBefore(ctx, k - 2);
    if (!nick || taken.subarray(nick[0], nick[1]).includes(1)) continue;
    let v = k + 1;
    while (v <= k + SUBJECT_WORDS && toks[v] && toks[v].line === toks[k].line && toks[v].kind === 'w' && !NAMING_VERBS.has(toks[v].key)) v++;
    if (!NAMING_VERBS.has(toks[v]?.key ?? '')) continue;
    let n = v + 1;
    if (NAMING_ADVERBS.has(toks[n]?.key ?? '')) n++;
    if (ARTICLES.has(toks[n]?.key ?? '')) n++;
    const of = startingAt.get(n);
    if (!of || toks[of.s].line !== toks[k].line) continue;
    // A person read so far may be a body the corpus will type otherwise (`la coalition Kanfo Sira`): bodies only.
    if (of.type !== 'INSTITUTION') continue;
    out.push({ type: 'INSTITUTION', s: nick[0], e: nick[1], prio: 4, kind: 'institution', aliasOf: of });
    taken.fill(1, nick[0], nick[1]);
    // The same nickname in quotes elsewhere in the file (`les « Colombes » iront en appel`).
    const keys = toks.slice(nick[0], nick[1]).map((t) => t.key);
    for (let i = 1; i + keys.length < toks.length; i++) {
      if (taken[i] || toks[i - 1].text !== '«' || toks[i + keys.length].text !== '»' || keys.some((key, m) => toks[i + m].key !== key)) continue;
      out.push({ type: 'INSTITUTION', s: i, e: i + keys.length, prio: 4, kind: 'institution', aliasOf: of });
      taken.fill(1, i, i + keys.length);
    }
  }
  return out;
}
