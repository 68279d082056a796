/**
 * A body named in full once, then by its first words (made-up: `l'exportateur Sanou Coffee Trading`,
 * then `Sanou Coffee`, `Si Sanou ne règle pas`): the first words of a body's name that no lexicon
 * knows, or its whole name, are that body wherever the file writes them alone, over a person the
 * rules only guessed.
 */
import { WordClass, wordClasses } from '../gazetteer/frenchLexicon';
import { nameComparisonKey } from '../text/normalize';
import type { Cand, Ctx } from './context';
import { isWord } from './context';
import { standsAsPlace } from './places';

/** The first words of a body's name (token keys) and the key it links by. */
interface Lead {
  keys: string[];
  key: string;
}

/** Is the body's first token a word no lexicon knows, so that its first words alone can only be the body? */
function opensWithOwnWord(ctx: Ctx, c: Cand): boolean {
  const t = ctx.toks[c.s];
  if (!isWord(t) || !t.cap || t.upper || t.joinPrev || t.text.length < 4) return false;
  const classes = wordClasses(t.key);
  if (classes !== 0 && !(classes & WordClass.properNoun)) return false;
  return !ctx.lex.firstNames.has(t.key) && !ctx.lex.nonNames.has(t.key) && !ctx.lex.lex.longest(ctx.toks, c.s);
}

function leadsOf(ctx: Ctx, chosen: readonly Cand[]): Lead[] {
  const toks = ctx.toks;
  const leads: Lead[] = [];
  for (const c of chosen) {
    if (c.type !== 'INSTITUTION' || c.gazId !== undefined || c.e - c.s < 2 || !opensWithOwnWord(ctx, c)) continue;
    // A name in quotes is a phrase (a list's `« Kanfo d'abord »`: made-up), its first word no short form of it.
    if (toks[c.s - 1]?.text === '«' && toks[c.e]?.text === '»') continue;
    const key = c.key ?? nameComparisonKey(ctx.text.slice(toks[c.s].start, toks[c.e - 1].end));
    // Its whole name too: written again where no rule read it (a tag line's `Okpara Coton`, a common noun last).
    for (let e = c.s + 1; e <= c.e; e++) {
      // A lead ends on a whole word (`Sanou Coffee`, not `Sanou-`), a capitalised one.
      if (toks[e]?.joinPrev || !isWord(toks[e - 1]) || !(toks[e - 1].cap || toks[e - 1].upper)) continue;
      leads.push({ keys: toks.slice(c.s, e).map((t) => t.key), key });
    }
  }
  return leads;
}

/** The names (token keys) of the places the file writes after their head noun (`la rivière Ivondro` → `ivondro`). */
function namedPlaces(ctx: Ctx, chosen: readonly Cand[]): Set<string> {
  const out = new Set<string>();
  for (const c of chosen) {
    if (c.type !== 'PLACE' || c.kind !== 'venue' || ctx.toks[c.s].cap) continue;
    let k = c.e;
    while (k > c.s + 1 && isWord(ctx.toks[k - 1]) && (ctx.toks[k - 1].cap || ctx.toks[k - 1].joinPrev)) k--;
    if (k < c.e) out.add(ctx.toks.slice(k, c.e).map((t) => t.key).join(' '));
  }
  return out;
}

/** The names (token keys) the file writes as a body's seat, after `de` at its name's end (`Mairie de Kanfo` → `kanfo`). */
function seatsOfBodies(ctx: Ctx, chosen: readonly Cand[]): Set<string> {
  const out = new Set<string>();
  const toks = ctx.toks;
  for (const c of chosen) {
    if (c.type !== 'INSTITUTION') continue;
    let k = c.e;
    while (k > c.s + 2 && isWord(toks[k - 1]) && (toks[k - 1].cap || toks[k - 1].joinPrev)) k--;
    if (k < c.e && k > c.s + 1 && (toks[k - 1].key === 'de' || toks[k - 1].key === "d'")) out.add(toks.slice(k, c.e).map((t) => t.key).join(' '));
  }
  return out;
}

/** Is the lead at `i` a place's complement after a lower-case word and `de` (`l'élection partielle de Kanfo`)? */
function seatAfterDe(ctx: Ctx, i: number): boolean {
  const toks = ctx.toks;
  const de = toks[i - 1];
  const noun = toks[i - 2];
  return (de?.key === 'de' || de?.key === "d'") && isWord(noun) && !noun.cap && noun.line === toks[i].line;
}

/**
 * Does the file write `keys` alone (no capitalised word after them), somewhere, where only a place stands, by a
 * cue surer than `à` (which also follows a verb's object: `doit à Kanina`)?
 */
export function standsAsPlaceSomewhere(ctx: Ctx, keys: readonly string[]): boolean {
  const toks = ctx.toks;
  for (let i = 0; i < toks.length; i++) {
    if (!spells(ctx, i, keys)) continue;
    const next = toks[i + keys.length];
    if (isWord(next) && (next.cap || next.upper) && next.line === toks[i].line) continue;
    if (standsAsPlace(ctx, i, i + keys.length, false)) return true;
  }
  return false;
}

/** Do the tokens from `i` spell `keys` on one line, as a whole word run? */
function spells(ctx: Ctx, i: number, keys: readonly string[]): boolean {
  const toks = ctx.toks;
  const e = i + keys.length;
  if (e > toks.length || toks[i].joinPrev || toks[e]?.joinPrev) return false;
  for (let n = 0; n < keys.length; n++) if (toks[i + n].key !== keys[n] || toks[i + n].line !== toks[i].line || ctx.barrier[i + n]) return false;
  return toks[i].cap || toks[i].upper;
}

/**
 * Retypes the guessed persons of `chosen` that spell a body's first words and returns the
 * candidates for those words written where nothing was chosen.
 */
export function bodyShortForms(ctx: Ctx, chosen: Cand[]): Cand[] {
  const placeNames = namedPlaces(ctx, chosen);
  // A word the file names as a place by its head (`la rivière Ivondro`) or where only a place stands (`rendu à
  // Kanina`) is that place wherever it stands alone, not the body named after it (`Kanina Gold Mining`).
  const leads = leadsOf(ctx, chosen).filter((l) => !placeNames.has(l.keys.join(' ')) && !standsAsPlaceSomewhere(ctx, l.keys));
  if (leads.length === 0) return [];
  // Longest lead first: `Sanou Coffee` before `Sanou`.
  leads.sort((a, b) => b.keys.length - a.keys.length);
  const toks = ctx.toks;
  const taken = new Uint8Array(toks.length);
  for (const c of chosen) {
    const guessedPerson = c.type === 'PERSON' && c.kind === 'person' && c.prio < 3;
    const lead = guessedPerson ? leads.find((l) => l.keys.length === c.e - c.s && spells(ctx, c.s, l.keys)) : undefined;
    if (lead) {
      c.type = 'INSTITUTION';
      c.kind = 'shortForm';
      c.key = lead.key;
    }
    taken.fill(1, c.s, c.e);
  }
  const out: Cand[] = [];
  const seats = seatsOfBodies(ctx, chosen);
  for (let i = 0; i < toks.length; i++) {
    if (taken[i]) continue;
    const lead = leads.find((l) => spells(ctx, i, l.keys) && !taken.subarray(i, i + l.keys.length).includes(1));
    // Where only a place stands (`à Kanina`, `le village de Kanina`), the words are the town a body is named after
    // (`le Kanina Basket Club`); so they are after `de`, where the file names a body's seat so (`Mairie de Kanina`).
    if (!lead || standsAsPlace(ctx, i, i + lead.keys.length) || (seats.has(lead.keys.join(' ')) && seatAfterDe(ctx, i))) continue;
    out.push({ type: 'INSTITUTION', s: i, e: i + lead.keys.length, prio: 1, kind: 'shortForm', key: lead.key });
    i += lead.keys.length - 1;
  }
  return out;
}
