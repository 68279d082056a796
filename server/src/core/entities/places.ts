/**
 * Places beyond the plain gazetteer match: long forms built on a place (`République du Niger`,
 * `District de Bamako`, `Fédération de la Russie`) keep the inner place's id; named venues
 * (`Palais de Koulouba`, `aéroport international Modibo Keïta`); and the short forms `la
 * Fédération` / `la Confédération` that French uses for Russia and Switzerland.
 */
import type { Cand, Ctx } from './context';
import { isTruncated, isWord } from './context';
import { compoundEnd } from './tail';

const WRAPPERS = new Set(['republique', 'federation', 'royaume', 'emirat', 'principaute', 'sultanat', 'district', 'region', 'province',
  'cercle', 'commune', 'canton', 'territoire', 'archipel', 'ile', 'iles']);
/** Wrappers that only wrap a known place unless capitalised (`canton de Vaud`). */
const NAME_OK_WRAPPERS = new Set(['republique', 'federation', 'royaume', 'district', 'region', 'canton']);

function linkAfter(ctx: Ctx, i: number): number {
  const t = ctx.toks[i];
  if (!t) return -1;
  if (t.key === 'du' || t.key === 'des' || t.key === "d'") return i + 1;
  if (t.key === 'de') {
    const a = ctx.toks[i + 1]?.key;
    return a === 'la' || a === "l'" ? i + 2 : i + 1;
  }
  return -1;
}

export function findPlaceForms(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  const lex = ctx.lex.lex;
  let lastFederation: string | undefined;
  let hasConfederationOf = false;
  for (let i = 0; i < toks.length; i++) if (toks[i].key === 'confederation' && linkAfter(ctx, i + 1) > 0) hasConfederationOf = true;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'w' || ctx.barrier[i]) continue;
    if (WRAPPERS.has(t.key)) {
      const k = linkAfter(ctx, i + 1);
      if (k > 0 && !ctx.barrier[k]) {
        const m = lex.longest(toks, k, (e) => e.type === 'PLACE');
        if (m) {
          if (t.key === 'federation') lastFederation = m.entry.id;
          out.push({ type: 'PLACE', s: i, e: m.end, prio: 4, kind: 'wrapper', gazId: m.entry.id });
          continue;
        }
        const w = toks[k];
        if ((t.cap || t.key === 'canton') && NAME_OK_WRAPPERS.has(t.key) && isWord(w) && w.cap && !ctx.lex.nonNames.has(w.key) && !isTruncated(ctx, k)) {
          let e = compoundEnd(ctx, k);
          if (isWord(toks[e]) && toks[e].cap && !ctx.lex.nonNames.has(toks[e].key)) e = compoundEnd(ctx, e);
          out.push({ type: 'PLACE', s: i, e, prio: 3, kind: 'wrapper', key: toks.slice(k, e).map((x) => x.key).join(' ') });
          continue;
        }
      }
      // `la Fédération` alone: the federation named before in the file, else Russia.
      if ((t.key === 'federation' || t.key === 'confederation') && t.cap && !t.sentStart && linkAfter(ctx, i + 1) < 0 && !isWord(toks[i + 1]) ) {
        if (t.key === 'federation') out.push({ type: 'PLACE', s: i, e: i + 1, prio: 2, kind: 'shortForm', gazId: lastFederation ?? 'russie' });
        else if (!hasConfederationOf && !(isWord(toks[i + 1]) && toks[i + 1].upper)) out.push({ type: 'PLACE', s: i, e: i + 1, prio: 2, kind: 'shortForm', gazId: 'suisse' });
      }
      continue;
    }
    findVenue(ctx, i, out);
  }
}

const VENUE_HEADS = new Set(['palais', 'aeroport', 'stade', 'place', 'pont', 'gare', 'cathedrale', 'mosquee', 'eglise', 'chateau', 'hotel',
  'rue', 'avenue', 'boulevard', 'quai', 'camp', 'monument', 'parc', 'jardin', 'tour', 'village', 'quartier', 'col', 'lac', 'mont', 'massif',
  'vallee', 'fleuve', 'canal', 'colline', 'prison', 'caserne', 'base']);
/** Venue heads that are common words: they need a capital or a following capitalised name. */
const VENUE_NEEDS_CAP_NAME = new Set(['place', 'pont', 'tour', 'camp', 'base', 'col', 'mont', 'parc', 'jardin', 'village', 'quartier', 'canal',
  'prison', 'caserne', 'colline', 'hotel', 'gare', 'lac', 'fleuve', 'vallee', 'massif']);

function findVenue(ctx: Ctx, i: number, out: Cand[]): void {
  const toks = ctx.toks;
  const t = toks[i];
  if (!VENUE_HEADS.has(t.key)) return;
  let j = i + 1;
  // `aéroport international Modibo Keïta`: adjectives, then a name written directly.
  while (j < toks.length && j < i + 3 && isWord(toks[j]) && !toks[j].cap && /(?:al|ale|aux|ique|ien|ienne|ais|aise)$/.test(toks[j].key)) j++;
  let nameStart = j;
  const direct = isWord(toks[j]) && toks[j].cap;
  if (!direct) {
    const k = linkAfter(ctx, j);
    if (k < 0 || !isWord(toks[k]) || !toks[k].cap) return;
    // `aéroport de Bamako` names the town: the airport is left to the place itself.
    if (t.key === 'aeroport' || t.key === 'hotel' || t.key === 'gare' || t.key === 'stade') return;
    nameStart = k;
  }
  if (ctx.barrier[nameStart] || isTruncated(ctx, nameStart)) return;
  const first = toks[nameStart];
  if (ctx.lex.nonNames.has(first.key) && !['independance', 'nation', 'republique', 'liberte', 'paix', 'etoile', 'concorde', 'unite'].includes(first.key)) return;
  if (VENUE_NEEDS_CAP_NAME.has(t.key) && !t.cap && !direct && !['place', 'rue', 'avenue', 'boulevard', 'pont', 'lac', 'fleuve'].includes(t.key)) return;
  let e = compoundEnd(ctx, nameStart);
  for (let n = 0; n < 4 && isWord(toks[e]) && (toks[e].cap || toks[e].upper) && !ctx.barrier[e] && !isTruncated(ctx, e); n++) e = compoundEnd(ctx, e);
  // `palais de Koulouba` and `Palais de Koulouba` are one venue.
  out.push({ type: 'PLACE', s: i, e, prio: 4, kind: 'venue' });
}
