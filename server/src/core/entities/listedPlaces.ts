/**
 * The names of Africa's towns and regions (gazetteer/africanPlaces.data.ts, from GeoNames): far
 * more places than the hand-made gazetteer holds, and no more than that a place of this name
 * exists. Many are also common words, first names or surnames somewhere; the recogniser that reads
 * them (places.ts `findListedPlaces`) decides when the list may speak.
 *
 * Kept as folded token keys (as the tokenizer makes them): one-word names in a set, longer ones by
 * their first word. Built on first use, once per thread.
 */
import type { Ctx } from './context';
import { keyTokens, type Token } from './tokens';
import { AFRICAN_PLACES } from '../gazetteer/africanPlaces.data';

let single: Set<string> | undefined;
let longer: Map<string, string[][]> | undefined;

function build(): void {
  single = new Set();
  longer = new Map();
  for (const name of AFRICAN_PLACES.split('|')) {
    add(keyTokens(name));
    // GeoNames writes `Fada N'gourma`; the press writes `N’Gourma`, which the tokenizer keeps as one word.
    const capitalised = name.replace(/(?<![\p{L}'])(\p{Lu})'(\p{Ll})/gu, (_, a: string, b: string) => `${a}'${b.toUpperCase()}`);
    if (capitalised !== name) add(keyTokens(capitalised));
  }
}

function add(keys: string[]): void {
  if (keys.length === 1) single!.add(keys[0]);
  else if (keys.length > 1) {
    const list = longer!.get(keys[0]);
    if (list) list.push(keys);
    else longer!.set(keys[0], [keys]);
  }
}

/** The end (exclusive token index) of the longest listed place name starting at token `i`, or -1. */
export function listedPlaceEnd(toks: readonly Token[], i: number): number {
  if (!single) build();
  const first = toks[i].key;
  let best = single!.has(first) ? i + 1 : -1;
  for (const keys of longer!.get(first) ?? []) {
    if (i + keys.length <= best) continue;
    let k = 1;
    while (k < keys.length && toks[i + k]?.kind !== 'p' && toks[i + k]?.key === keys[k]) k++;
    if (k === keys.length) best = i + k;
  }
  return best;
}

/** Does the folded word open a place name of several words the list knows (`dan` of `Dan Gora`, `ben` of `Ben Arous`)? */
export function opensListedPlace(key: string): boolean {
  if (!longer) build();
  return longer!.has(key);
}

/** Does a place the gazetteer or the lists know start at token `i` (`Casablanca`, `Settat`)? */
export function knownPlaceAt(ctx: Ctx, i: number): boolean {
  const toks = ctx.toks;
  return i >= 0 && i < toks.length && (ctx.lex.lex.longest(toks, i)?.entry.type === 'PLACE' || listedPlaceEnd(toks, i) > i);
}

/** The end of the place the gazetteer or the GeoNames list knows at token `i`, or -1. */
export function knownPlaceEnd(ctx: Ctx, i: number): number {
  const known = ctx.lex.lex.longest(ctx.toks, i);
  if (known) return known.entry.type === 'PLACE' ? known.end : -1;
  return listedPlaceEnd(ctx.toks, i);
}
