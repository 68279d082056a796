/**
 * Events and decorations (`Sommet Russie-Afrique`, `CAN 2026`, `ordre national du Mali`): the
 * guidelines annotate nothing inside their names, so each is a BLOCK candidate that keeps the
 * names it holds from being read.
 */
import type { Cand, Ctx } from './context';
import { isAcronymToken, plausibleAcronym } from './acronyms';
import { HEADS } from './institutions';
import { listedPlaceEnd } from './listedPlaces';
import { compoundEnd, extendTail, skipAdjectives } from './tail';

/** Event and decoration heads: nothing inside their names is annotated. */
const EVENT_HEADS = new Set(['sommet', 'forum', 'journee', 'journees', 'coupe', 'championnat', 'championnats', 'festival', 'salon', 'assises',
  'jeux', 'tournoi', 'exposition', 'ordre', 'medaille', 'operation', 'semaine', 'fete', 'biennale', 'foire', 'trophee', 'marathon', 'mondial',
  'olympiades', 'prix', 'grand-prix', 'croix', 'legion', 'concours', 'rallye', 'tour', 'symposium', 'colloque', 'congres', 'session',
  'sommets', 'forums', 'accord', 'accords', 'traite', 'convention', 'pacte', 'declaration', 'resolution', 'charte', 'loi', 'plan', 'guerre',
  // and named storms (`le cyclone Tsiory`, `la tempête Ana`), named programmes (`le programme Lumière du Ténéré`).
  'cyclone', 'tempete', 'ouragan', 'typhon', 'programme']);
/** Does the word (folded) head an event's or a decoration's name (`Assises`, `Sommet`)? */
export function isEventHead(key: string): boolean {
  return EVENT_HEADS.has(key);
}

/** Event heads that only name an event when capitalised or followed by a capitalised name. */
const EVENT_NEEDS_NAME = new Set(['ordre', 'operation', 'croix', 'legion', 'tour', 'session', 'accord', 'accords', 'traite', 'convention',
  'pacte', 'declaration', 'resolution', 'charte', 'loi', 'plan', 'guerre', 'prix']);

/** Event heads that only a name written right after them makes an event's (`Plan Marshall`, `le cyclone Tsiory`). */
const DIRECTLY_NAMED = new Set(['accord', 'accords', 'traite', 'convention', 'pacte', 'declaration', 'resolution', 'charte', 'loi', 'plan', 'guerre',
  'session', 'cyclone', 'tempete', 'ouragan', 'typhon', 'programme']);

/** Event heads that name a body's meeting (not a competition: `le championnat de Ligue 1` stays an event). */
const MEETING_HEADS = new Set(['congres', 'fete', 'sommet', 'sommets', 'assises', 'session', 'forum', 'forums', 'colloque', 'symposium', 'journee', 'journees']);
/** Articles and prepositions between an event's head and the body it is the meeting of. */
const OF_LINKS = new Set(['de', 'du', 'des', "d'", 'la', "l'"]);
/** Does a body's name (an institution head word, an acronym) follow at `j`, after `de`, `du`, `de la`…? */
function ofBody(ctx: Ctx, j: number): boolean {
  const toks = ctx.toks;
  // `le congrès ordinaire du…`: adjectives of the meeting first.
  const links = skipAdjectives(ctx, j, j + 3, false);
  let k = links;
  while (k < links + 2 && OF_LINKS.has(toks[k]?.key ?? '')) k++;
  const w = toks[k];
  return k > links && w !== undefined && w.kind === 'w' && (w.upper ? isAcronymToken(w) && plausibleAcronym(w.key) : w.cap && HEADS.has(w.key));
}

export function findEvents(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.kind === 'w' && t.key === 'conference' && !ctx.barrier[i]) {
      const e = conferenceEventEnd(ctx, i);
      if (e > i) out.push({ type: 'BLOCK', s: i, e, prio: 9, kind: 'institution' });
      continue;
    }
    // A league of champions is a competition, not a league's body (`la Ligue des champions africaine`).
    if (t.kind === 'w' && t.key === 'ligue' && toks[i + 1]?.key === 'des' && toks[i + 2]?.key === 'champions' && !ctx.barrier[i]) {
      out.push({ type: 'BLOCK', s: i, e: skipAdjectives(ctx, i + 3, i + 4, false), prio: 9, kind: 'institution' });
      continue;
    }
    if (t.kind !== 'w' || ctx.barrier[i] || !EVENT_HEADS.has(t.key)) continue;
    // A body the gazetteer knows is not an event (`Croix-Rouge`, not a decoration's `Croix`).
    if (ctx.lex.lex.longest(toks, i)?.entry.type === 'INSTITUTION') continue;
    // Treaty headings are descriptive titles, not names (`Accord entre le gouvernement de…`): only a
    // directly named one (`Accord de Paris`) is opaque. Decorations: `ordre national du Mali`.
    if (t.key === 'ordre' && toks[i + 1]?.key !== 'national' && !toks[i + 1]?.cap) continue;
    const j = i + 1;
    // Ordinals between article and head are before it; `opération « Dougoukolokô »`.
    if (toks[j]?.text === '«' || toks[j]?.text === '"') {
      let k = j + 1;
      while (k < toks.length && k < j + 8 && toks[k].text !== '»' && toks[k].text !== '"') k++;
      if (toks[k]?.text === '»' || toks[k]?.text === '"') {
        out.push({ type: 'BLOCK', s: i, e: k + 1, prio: 9, kind: 'institution' });
        continue;
      }
    }
    const end = extendTail(ctx, j, { lowerNouns: true, maxTokens: 16, capDirect: true, adjectiveLists: true, topicLink: true });
    if (end <= j) continue;
    let hasName = false;
    for (let k = j; k < end; k++) if (toks[k].cap) hasName = true;
    if (!hasName) continue;
    if (EVENT_NEEDS_NAME.has(t.key) && !t.cap && t.key !== 'ordre') continue;
    // `le congrès du Mouvement…`, `le sommet de la CEDEAO`: a lower-case head followed by a body's
    // name describes that body's meeting, it names no event: the body is annotated. So at a sentence's or a
    // headline's start, where the capital says nothing (`Congrès du MDE : …`).
    if ((!t.cap || t.sentStart) && MEETING_HEADS.has(t.key) && ofBody(ctx, j)) continue;
    // A capitalised `Programme` heads a body's name (`Programme d'appui au …`): the institutions read it.
    if (t.key === 'programme' && t.cap) continue;
    if (DIRECTLY_NAMED.has(t.key)) {
      // Only a directly attached name makes these opaque (`Accord d'Alger`, `Plan Marshall`, `le cyclone Tsiory`).
      const nx = toks[i + 1];
      if (!nx || !(nx.cap || (nx.kind === 'e' && toks[i + 2]?.cap) || (nx.key === 'de' && toks[i + 2]?.cap))) continue;
      const after = nx.cap ? i + 2 : i + 3;
      let e = capitalisedRunEnd(ctx, after - 1);
      // A programme's name goes on with its complement (`le programme Lumière du Ténéré`): no place inside it.
      if (t.key === 'programme') e = complementEnd(ctx, e);
      out.push({ type: 'BLOCK', s: i, e, prio: 1, kind: 'institution' });
      continue;
    }
    out.push({ type: 'BLOCK', s: i, e: end, prio: 9, kind: 'institution' });
  }
  // A year glued to an acronym names an event (`CAN 2026`).
  for (let i = 0; i + 1 < toks.length; i++) {
    if (toks[i].upper && toks[i + 1].kind === 'n' && toks[i + 1].text.length === 4) out.push({ type: 'BLOCK', s: i, e: i + 2, prio: 9, kind: 'institution' });
  }
}

/** The end of the run of capitalised words (not acronyms) from `k` on its line (`Nijni Novgorod`). */
function capitalisedRunEnd(ctx: Ctx, k: number): number {
  const toks = ctx.toks;
  let e = compoundEnd(ctx, k);
  while (e < toks.length && toks[e].kind === 'w' && toks[e].cap && !toks[e].upper && toks[e].line === toks[k].line && !ctx.barrier[e]) e = compoundEnd(ctx, e);
  return e;
}

/** The end of a name's complement at `e` (`du Ténéré`, `de la Falémé`): `e` when none follows on the line. */
function complementEnd(ctx: Ctx, e: number): number {
  const toks = ctx.toks;
  let k = e;
  if (toks[k]?.key === 'du' || toks[k]?.key === 'des' || toks[k]?.key === "d'") k++;
  else if (toks[k]?.key === 'de') k += toks[k + 1]?.key === 'la' || toks[k + 1]?.key === "l'" ? 2 : 1;
  else return e;
  const w = toks[k];
  return k > e && w && w.kind === 'w' && w.cap && w.line === toks[e - 1].line && !ctx.barrier[k] ? capitalisedRunEnd(ctx, k) : e;
}

/** One word at `k` that the gazetteer or the list of Africa's towns names as a place. */
function placeWordAt(ctx: Ctx, k: number): boolean {
  return ctx.lex.lex.longest(ctx.toks, k, (en) => en.type === 'PLACE')?.end === k + 1 || listedPlaceEnd(ctx.toks, k) === k + 1;
}

/**
 * A conference named by the places it joins or meets in is an event (`la conférence ministérielle
 * Russie-Afrique`, `Conférence de Nijni Novgorod`). One of a body (`conférence de la CEDEAO`), a body
 * itself (`Conférence des évêques…`) or the word inside a venue's name (`Centre de Conférence de
 * Bamako`) is none: -1.
 */
function conferenceEventEnd(ctx: Ctx, i: number): number {
  const toks = ctx.toks;
  const prev = toks[i - 1];
  if (prev && (prev.key === 'de' || prev.key === "d'") && toks[i - 2]?.cap) return -1;
  // The bishops' conference of a country or two (`Conférence épiscopale Kanfo-Sira`: made-up) is a body that sits.
  if (toks[i + 1]?.key === 'episcopale') return -1;
  const j = skipAdjectives(ctx, i + 1, i + 3, false);
  const t = toks[j];
  if (!t || t.line !== toks[i].line) return -1;
  if (t.kind === 'w' && t.cap && !t.upper) return compoundEnd(ctx, j) === j + 2 && placeWordAt(ctx, j) && placeWordAt(ctx, j + 1) ? j + 2 : -1;
  const name = toks[j + 1];
  if (t.key !== 'de' || !name || name.kind !== 'w' || !name.cap || name.upper || HEADS.has(name.key) || name.line !== t.line) return -1;
  return capitalisedRunEnd(ctx, j + 1);
}
