/**
 * Headlines the regional press opens with a place and a colon (`Gouré : un camion-citerne se renverse`,
 * `› 16/08/2026 — Matamèye : trois commerçants interpellés`): the word before the colon is where the news
 * happened, or, in a headline about sport, the team it is about (`Amavubi : le sélectionneur convoque`).
 * Read only where a headline starts (a line's start, or after a teaser's dash or arrow), only for a word no
 * list knows, and not before a quotation (a person's surname opens a headline too, `Kaboré : « … »`).
 * The learner neither retypes it nor learns from it: the colon opens bodies' headlines too (`SONABEL :
 * délestages`), and would pull towns to bodies, or teach a town's spelling to a person's name.
 */
import type { Cand, Ctx } from './context';
import { isWord, mayBeFirstName } from './context';
import { compoundEnd } from './tail';
import { WordClass, wordClasses } from '../gazetteer/frenchLexicon';
import { SPORTS_WORDS } from './clubsAndCompanies';

/** Marks that open a teaser's headline on its line (`› 12/05/2026 — `, `LIRE AUSSI → `). */
const HEADLINE_OPENERS = new Set(['—', '–', '→', '►', '›', '»', '|']);
/** Marks that open a quotation: after `X :`, the words are someone's. */
const QUOTES = new Set(['«', '"', '“']);

export function findHeadlineLeads(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  for (let i = 0; i + 2 < toks.length; i++) {
    const t = toks[i];
    if (!isWord(t) || !t.cap || t.upper || t.joinPrev || ctx.barrier[i]) continue;
    const before = toks[i - 1];
    if (before && before.line === t.line && !HEADLINE_OPENERS.has(before.text)) continue;
    const e = compoundEnd(ctx, i);
    const colon = toks[e];
    const after = toks[e + 1];
    if (colon?.text !== ':' || colon.line !== t.line || !after || after.line !== t.line || QUOTES.has(after.text) || listAfter(ctx, e + 1)) continue;
    // `Amavubi : le sélectionneur convoque 26 joueurs`, `Lions : Pape Thiaw dévoile ses 26 joueurs`: a headline about a
    // match or a squad is led by a team.
    if (sportsHeadline(ctx, e + 1) && (unknownName(ctx, i, e) || teamNickname(ctx, i, e))) {
      out.push({ type: 'INSTITUTION', s: i, e, prio: 3, kind: 'headlineLead' });
      continue;
    }
    if (!isWord(after) || after.cap || after.upper || !unknownName(ctx, i, e)) continue;
    out.push({ type: 'PLACE', s: i, e, prio: 0, kind: 'headlineLead' });
  }
}

/** Is the rest of the line from `k` a list (`Tags : Léopards, Linafoot, TP Mazembe`), a label's and no headline's? */
function listAfter(ctx: Ctx, k: number): boolean {
  const toks = ctx.toks;
  let commas = 0;
  for (let j = k; j < toks.length && toks[j].line === toks[k].line; j++) if (toks[j].text === ',') commas++;
  return commas >= 2;
}

/** Does the rest of the line from `k` speak of sport (`le sélectionneur convoque 26 joueurs`)? */
function sportsHeadline(ctx: Ctx, k: number): boolean {
  const toks = ctx.toks;
  for (let j = k; j < toks.length && toks[j].line === toks[k].line; j++) if (SPORTS_WORDS.has(toks[j].key)) return true;
  return false;
}

/** A capitalised plural common noun (`Lions`, `Étalons`): a team's nickname where sport is spoken of. */
function teamNickname(ctx: Ctx, s: number, e: number): boolean {
  const w = ctx.toks[s];
  // The lexicon lists nouns in the singular (`guépard`).
  const noun = (k: string) => (wordClasses(k) & WordClass.noun) !== 0;
  return e === s + 1 && w.cap && !w.upper && /[sx]$/.test(w.key) && (noun(w.key) || noun(w.key.slice(0, -1))) && !ctx.lex.nonNames.has(w.key) && !ctx.lex.demonyms.has(w.key);
}

/** Words no list or lexicon knows (no common word, rubric, first name or known surname). */
function unknownName(ctx: Ctx, s: number, e: number): boolean {
  for (let k = s; k < e; k++) {
    const w = ctx.toks[k];
    if (!isWord(w)) continue;
    if (!w.cap || wordClasses(w.key) !== 0 || ctx.lex.nonNames.has(w.key) || ctx.lex.demonyms.has(w.key) || mayBeFirstName(ctx, w.key) || ctx.lex.personSurnames.has(w.key)) return false;
  }
  return !ctx.lex.lex.longest(ctx.toks, s);
}
