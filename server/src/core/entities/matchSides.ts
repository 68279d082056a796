/**
 * The sides of a match in a sports teaser or result line (`Ligue 1 : Milo s'impose 2-1 à Kankan face au
 * Hafia`, `Linafoot : DCMP et Lupopo se neutralisent`, `Basket : REG recrute un pivot`): the names that
 * open the line after a sport's rubric, and those after `face à`, `contre`, a defeat's `par` or a win's verb
 * (`dominent Fovu`), are clubs or teams. Only on lines that are about a match (a sport's rubric before a colon,
 * or a score), and only names no list reads as a place or a person.
 */
import type { Cand, Ctx } from './context';
import { isWord, mayBeFirstName } from './context';
import { compoundEnd } from './tail';

/** Rubrics of sport that head a line (folded); `Ligue 1` and `Championnat` name competitions. */
const RUBRICS = new Set(['football', 'foot', 'basket', 'basket-ball', 'handball', 'volley-ball', 'rugby', 'ligue', 'championnat', 'coupe']);
/**
 * Words after which the other side is named (folded): `face à/au`, `contre`, `battu par`, and a win's verbs
 * (`les Cotonniers dominent Fovu (2-0)`).
 */
const OPPONENT_LINKS = new Set(['face', 'contre', 'par', 'domine', 'dominent', 'bat', 'battent', 'ecrase', 'ecrasent', 'surclasse', 'surclassent',
  'elimine', 'eliminent', 'corrige', 'corrigent', 'etrille', 'etrillent', 'renverse', 'renversent']);
/** Articles a side may take (`le Club M`, `la Linguère`, `les Barea`). */
const ARTICLES = new Set(['le', 'la', "l'", 'les', 'au', 'aux', 'a']);
const MAX_WORDS = 3;

export function findMatchSides(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  let line = -1;
  let matchLine = false;
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (t.line !== line) {
      line = t.line;
      matchLine = false;
    }
    // `Football :`, `Ligue 1 :` opening the line or a teaser: the first name after the colon is a side.
    if (t.text === ':' && rubricBefore(ctx, i)) {
      matchLine = true;
      side(ctx, i + 1, out);
      continue;
    }
    if (!matchLine && isScore(ctx, i)) matchLine = true;
    if (!matchLine || !isWord(t) || !OPPONENT_LINKS.has(t.key)) continue;
    // `face à l'AS FAN`, `face au Hafia`: the preposition after `face`, which `side` skips as an article.
    if (t.key === 'face' && !['a', 'au', 'aux'].includes(toks[i + 1]?.key ?? '')) continue;
    side(ctx, i + 1, out);
  }
}

/** Is the colon at `i` right after a sport's rubric (`Football`, `Ligue 1`) that opens its line or a teaser? */
function rubricBefore(ctx: Ctx, i: number): boolean {
  const toks = ctx.toks;
  let k = i - 1;
  if (toks[k]?.kind === 'n') k--;
  const w = toks[k];
  if (!isWord(w) || !w.cap || !RUBRICS.has(w.key) || w.line !== toks[i].line) return false;
  const before = toks[k - 1];
  return !before || before.line !== w.line || before.kind === 'p';
}

/** A score (`2-1`, `(0-2)`): two numbers of one or two digits joined by a dash. */
function isScore(ctx: Ctx, i: number): boolean {
  const toks = ctx.toks;
  const a = toks[i];
  const d = toks[i + 1];
  const b = toks[i + 2];
  return a?.kind === 'n' && a.text.length <= 2 && d?.text === '-' && d.start === a.end && b?.kind === 'n' && b.text.length <= 2 && b.start === d.end;
}

/** Reads a side's name from `k` (after an optional article) and adds it, unless the lists know it otherwise. */
function side(ctx: Ctx, k: number, out: Cand[]): void {
  const toks = ctx.toks;
  // `à l'AS FAN`: a preposition, then an article.
  if (toks[k]?.key === 'a' && !toks[k].cap) k++;
  if (ARTICLES.has(toks[k]?.key ?? '') && !toks[k].cap) k++;
  const first = toks[k];
  if (!isWord(first) || !(first.cap || first.upper) || ctx.barrier[k] || first.joinPrev) return;
  if (ctx.lex.nonNames.has(first.key) || ctx.lex.demonyms.has(first.key) || mayBeFirstName(ctx, first.key)) return;
  if (ctx.lex.lex.longest(toks, k)) return;
  let e = compoundEnd(ctx, k);
  for (let n = 1; n < MAX_WORDS && isWord(toks[e]) && (toks[e].cap || toks[e].upper) && toks[e].line === first.line && !ctx.barrier[e] && !ctx.lex.nonNames.has(toks[e].key); n++) e = compoundEnd(ctx, e);
  // A longer name this reading would cut (`le Club M`, `les Intamba mu Rugamba`): left to other rules.
  const next = toks[e];
  const cut = isWord(next) && next.line === first.line && (next.cap || next.upper || (next.key !== 'et' && isWord(toks[e + 1]) && toks[e + 1].cap && toks[e + 1].line === first.line));
  if (cut) return;
  out.push({ type: 'INSTITUTION', s: k, e, prio: 1, kind: 'shortForm' });
  // `DCMP et Lupopo se neutralisent`: the other side, coordinated.
  if (toks[e]?.key === 'et' && toks[e].line === first.line) side(ctx, e + 1, out);
}
