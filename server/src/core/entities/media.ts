/**
 * The site's own name, from its copyright line (made-up examples): `© 2025 Le Courrier du Sahel –
 * Tous droits réservés`, `© Sahel Matin 2025`. What follows `©` (a year aside) up to a year, a dash or
 * the line's end is a media (an INSTITUTION), whatever its words are; a site prints that line under
 * every article. The same words elsewhere in the file (the masthead `SAHEL MATIN`, `Abonnez-vous à Sahel Matin`)
 * are that name too: `propagateNames` reads them so, over whatever the rules made of their parts.
 */
import type { Cand, Ctx } from './context';
import { isWord } from './context';

/** Little words a media name may hold between its capitalised words (`Journal du Mali`). */
const INNER = new Set(['de', 'du', 'des', "d'", 'la', 'le', 'l', "l'", 'et', '&']);
const MAX_WORDS = 6;

export function findCopyrightNames(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  for (let i = 0; i < toks.length; i++) {
    if (toks[i].text !== '©') continue;
    let s = i + 1;
    if (toks[s]?.kind === 'n' && toks[s].line === toks[i].line) s++;
    let e = s;
    let words = 0;
    while (e < toks.length && toks[e].line === toks[i].line && words < MAX_WORDS && !ctx.barrier[e]) {
      const t = toks[e];
      if (isWord(t) && (t.cap || t.upper || (t.joinPrev && t.kind === 'w'))) {
        e++;
        words++;
      } else if ((t.kind === 'w' || t.kind === 'e' || t.kind === 'p') && INNER.has(t.key) && isWord(toks[e + 1]) && (toks[e + 1].cap || toks[e + 1].upper)) e++;
      else break;
    }
    if (words > 0) out.push({ type: 'INSTITUTION', s, e, prio: 6, kind: 'media' });
  }
}

/**
 * Other places of the file where a media name found by its copyright line is written, in any
 * case: candidates that win over the pieces other rules made of them.
 */
export function propagateNames(ctx: Ctx, cands: Cand[]): void {
  const toks = ctx.toks;
  const names: string[][] = [];
  for (const c of cands) if (c.kind === 'media') names.push(toks.slice(c.s, c.e).map((t) => t.key));
  if (names.length === 0) return;
  for (const name of names) {
    for (let i = 0; i + name.length <= toks.length; i++) {
      let match = true;
      for (let k = 0; k < name.length && match; k++) if (toks[i + k].key !== name[k] || ctx.barrier[i + k] || toks[i + k].line !== toks[i].line) match = false;
      if (!match || (i > 0 && toks[i].joinPrev) || toks[i + name.length]?.joinPrev) continue;
      if (!(toks[i].cap || toks[i].upper)) continue;
      if (cands.some((c) => c.kind === 'media' && c.s === i)) continue;
      cands.push({ type: 'INSTITUTION', s: i, e: i + name.length, prio: 6, kind: 'media' });
    }
  }
}
