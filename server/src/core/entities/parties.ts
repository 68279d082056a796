/**
 * Parties, coalitions and electoral lists: the heads whose names end on their ideals (`Union pour la paix et la
 * justice`), a party's `Convention`, and the bodies named after a cue word (`le parti X`, `la coalition X`, `la
 * liste « X »`). Names in examples are made up.
 */
import type { Cand, Ctx } from './context';
import { isWord, quotedNameEnd } from './context';
import { WordClass, wordClasses } from '../gazetteer/frenchLexicon';
import { compoundEnd, extendTail, isAdjective, trimTrailing } from './tail';

/** Heads of parties and their alliances, whose names end on their ideals (`Union pour la paix et la justice`). */
const PARTY_HEADS = new Set(['union', 'alliance', 'rassemblement', 'mouvement', 'parti', 'front', 'convention', 'coalition', 'plateforme',
  'coordination', 'congres']);
/** Adjectives after a capitalised `Convention` that make it a party, not a treaty (`la Convention nationale pour…`). */
const PARTY_ADJECTIVES = new Set(['nationale', 'democratique', 'patriotique', 'populaire', 'republicaine', 'citoyenne', 'progressiste',
  'sociale', 'panafricaine', 'africaine']);
/** Is the capitalised `Convention` at `i` a party's name (`Convention patriotique pour…`), not a treaty or an agreement? */
export function partyConvention(ctx: Ctx, i: number, headEnd: number): boolean {
  const next = ctx.toks[headEnd];
  return ctx.toks[i].cap && headEnd === i + 1 && next !== undefined && next.line === ctx.toks[i].line
    && (PARTY_ADJECTIVES.has(next.key) || next.key === 'pour');
}

/** Is the head (folded) a party's or an alliance's, whose name may end on its ideals? */
export function isPartyHead(key: string): boolean {
  return PARTY_HEADS.has(key);
}

/** Common nouns of political bodies that name the one written right after them (`le parti X`, `la coalition X`). */
const PARTY_CUES = new Set(['parti', 'coalition', 'regroupement', 'formation']);

/**
 * A party named after its common noun (made-up: `le parti Ensemble pour le Sahel`, `la coalition Sira
 * Kura`): its name may start with a word French also writes in lower case, and runs through its
 * capitalised complements (`pour la République`).
 */
export function findPartyCues(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  for (let i = 0; i + 1 < toks.length; i++) {
    const t = toks[i];
    if (t.kind !== 'w' || t.cap || !(PARTY_CUES.has(t.key) || t.key === 'liste')) continue;
    // `le parti « Sira Kura »`, `la liste « Kanfo d'abord »` (made-up): a quoted name after the cue is the body's.
    const quoted = quotedNameEnd(ctx, i + 1);
    if (quoted > 0) {
      out.push({ type: 'INSTITUTION', s: i + 2, e: quoted, prio: 3, kind: 'institution' });
      continue;
    }
    if (t.key === 'liste') continue;
    const j = i + 1;
    const w = toks[j];
    if (!isWord(w) || !w.cap || w.upper || w.sentStart || ctx.barrier[j] || w.line !== t.line) continue;
    // A known name is the party's only when more of its name follows (`le parti Kanfo Nouveau`: made-up).
    const known = ctx.lex.lex.longest(toks, j);
    if (known && !(isWord(toks[known.end]) && toks[known.end].cap && toks[known.end].line === w.line)) continue;
    // `le parti Socialiste` capitalises the kind of party, not its name.
    if (ctx.lex.demonyms.has(w.key) || ctx.lex.firstNames.has(w.key) || isAdjective(w.key)) continue;
    let e = extendTail(ctx, compoundEnd(ctx, j), { lowerNouns: false, maxTokens: 8, capDirect: true, adjectiveLists: false });
    // A capitalised adjective closes a party's name (`le parti Kanfo Nouveau`: made-up).
    if (isWord(toks[e]) && toks[e].cap && !toks[e].upper && toks[e].line === w.line && (wordClasses(toks[e].key) & WordClass.adjective) !== 0) e++;
    out.push({ type: 'INSTITUTION', s: j, e: trimTrailing(ctx, j, e), prio: 2, kind: 'institution' });
  }
}
