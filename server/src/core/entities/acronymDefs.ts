/**
 * A name defined by the acronym in brackets after it: `Université des sciences sociales et de
 * gestion de Bamako (USSGB)`, `Commissariat à la sécurité alimentaire (CSA)`, `Securities and
 * Exchange Commission (SEC)`. The acronym's letters are matched against the initials of the words
 * before the bracket (function words may give a letter or not: `Communauté économique des États…
 * (CEDEAO)`; a few content words may be left out of the acronym), which fixes where the name
 * starts and ends, even when its words are in lower case. The walk back is bounded (at most
 * `MAX_WORDS` tokens) and the match is a small table over words × letters, so the cost per bracket
 * is constant.
 */
import type { Cand, Ctx } from './context';
import { acronymEnd, acronymLetters, CLOSING_QUOTES, isSyllabicAcronymToken, mottoEnd } from './acronyms';
import { isWord } from './context';
import type { Token } from './tokens';

const MAX_WORDS = 24;
/** Words that may give their initial to an acronym or be left out of it, at no cost. */
const FUNCTION = new Set(['de', 'du', 'des', "d'", 'la', 'le', 'les', "l'", 'et', 'a', 'au', 'aux', 'pour', 'sur', 'en', 'dans', 'contre', 'of', 'and', 'the', 'for']);
/** Punctuation a name may contain (`télécommunications/TIC`, `Économie, de l'Industrie`). */
const INNER_PUNCT = new Set([',', '/', '-', '&']);

/**
 * When token `i` is `(` and an acronym in brackets follows it (`( ACR )`, `( ARM-UDS )`), the
 * acronym's end. One capitalised word alone in brackets may be a syllabic acronym too (made-up:
 * `Société nationale des pêches (Sonapêche)`): its letters must then match the words before it
 * (see `bestStart`), which a place or a person in brackets does not.
 */
function acronymBracket(ctx: Ctx, i: number): number | undefined {
  const t = ctx.toks;
  if (t[i]?.text !== '(' || ctx.barrier[i + 1]) return undefined;
  const end = acronymEnd(t, i + 1);
  if (end > i + 1) {
    // A party's motto after its acronym (`(MDE-Haske)`: made-up) is inside the bracket; its letters are the acronym's alone.
    const motto = mottoEnd(t, end);
    return t[motto]?.text === ')' ? motto : undefined;
  }
  return isSyllabicAcronymToken(t[i + 1]) && t[i + 2]?.text === ')' && !ctx.lex.lex.longest(t, i + 1) ? i + 2 : undefined;
}

export function findAcronymDefinitions(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  for (let p = 1; p < toks.length; p++) {
    const end = acronymBracket(ctx, p);
    if (end === undefined) continue;
    const lettersEnd = acronymEnd(toks, p + 1);
    const letters = acronymLetters(toks, p + 1, lettersEnd > p + 1 ? lettersEnd : end);
    if (letters.length < 2) continue;
    // The words before the bracket, nearest last; stop at a sentence boundary, a line break or a date.
    // A name in quotes ends at its closing quote (`la coalition « Sira Kura » (SK)`: made-up).
    const nameEnd = CLOSING_QUOTES.has(toks[p - 1].text) ? p - 1 : p;
    const words: number[] = [];
    const line = toks[p].line;
    for (let k = nameEnd - 1; k >= 0 && words.length < MAX_WORDS && p - k <= MAX_WORDS + 6; k--) {
      const t = toks[k];
      if (t.line !== line || ctx.barrier[k]) break;
      if (t.kind === 'p') {
        if (INNER_PUNCT.has(t.text)) continue;
        break;
      }
      if (t.kind === 'n') break;
      words.push(k);
    }
    words.reverse();
    const { start: s, skipped } = bestStart(ctx, words, letters);
    if (s < 0) continue;
    const first = toks[words[s]];
    // A loose match inside a longer capitalised name (`Development Bank of Rwanda (BRD)`, the acronym of its French
    // name) does not say where the name starts: other rules read it, and the acronym still follows it.
    const before = toks[words[s] - 1];
    if (skipped > 0 && isWord(before) && before.cap && !before.sentStart && before.line === first.line && !FUNCTION.has(before.key)) continue;
    // `Ibrahim Boubacar Keïta (IBK)`: a person's initials are not a body.
    if (ctx.lex.firstNames.has(first.key) && words.slice(s).every((k) => toks[k].cap)) continue;
    // A known name keeps its gazetteer identity (`Banque africaine de développement (BAD)`).
    const g = ctx.lex.lex.longest(toks, words[s]);
    if (g && g.end === nameEnd && g.entry.type !== 'PERSON') out.push({ type: g.entry.type, s: words[s], e: nameEnd, prio: 6, kind: 'acrdef', gazId: g.entry.id });
    else out.push({ type: 'INSTITUTION', s: ministryBefore(ctx, words[s]), e: nameEnd, prio: 6, kind: 'acrdef' });
  }
}

/**
 * Where a ministry's name starts when its acronym stands for its portfolio alone (`ministère de l'Enseignement
 * supérieur (ESU)`): at `ministère` before `de` and the portfolio at `s`; else `s`. The acronym is the ministry's.
 */
function ministryBefore(ctx: Ctx, s: number): number {
  const toks = ctx.toks;
  let k = s - 1;
  if (toks[k]?.kind === 'e' && toks[k].key === "l'") k--;
  if (toks[k]?.key === 'la' || toks[k]?.key === 'les') k--;
  if (!['de', 'du', 'des', "d'"].includes(toks[k]?.key ?? '')) return s;
  const head = toks[k - 1];
  return head?.key === 'ministere' && head.line === toks[s].line ? k - 1 : s;
}

/**
 * The word index where the name starts, or -1, and how many content words the match skipped. The
 * name runs from there to the last word; its first word is capitalised and gives the acronym's first
 * letter. A content word may give the next one to four letters (`FAMa` ← `Forces armées maliennes`),
 * its initial and one later letter (counted as a skip), or be skipped (at most a third of the
 * acronym's length, rounded up to one).
 */
function bestStart(ctx: Ctx, words: number[], letters: string): { start: number; skipped: number } {
  const toks = ctx.toks;
  const n = letters.length;
  const m = words.length;
  const maxSkip = Math.max(1, Math.floor(n / 3));
  const INF = 1e9;
  // cost[i][j]: fewest skipped content words to match letters[j..] with words[i..] (every word used or skipped).
  const cost: number[][] = [];
  for (let i = 0; i <= m; i++) cost.push(new Array<number>(n + 1).fill(INF));
  cost[m][n] = 0;
  for (let i = m - 1; i >= 0; i--) {
    const w = toks[words[i]];
    const key = w.key.replace(/[^a-z]/g, '');
    const fn = FUNCTION.has(w.key);
    for (let j = n; j >= 0; j--) {
      // Skip the word.
      let best = cost[i + 1][j] + (fn ? 0 : 1);
      // Use its first 1–4 letters (function words give one): syllabic acronyms take whole syllables (`foot` of `football`).
      for (let len = 1; len <= (fn ? 1 : 4) && j + len <= n; len++) {
        if (key.slice(0, len) !== letters.slice(j, j + len)) break;
        if (cost[i + 1][j + len] < best) best = cost[i + 1][j + len];
      }
      // Or its initial and the initial of a word it is made of (`Centrafrique` gives `CA` to MINUSCA),
      // at the cost of a skipped word: any later letter would do, so a plainer reading comes first.
      if (!fn && j + 2 <= n && key[0] === letters[j] && key.indexOf(letters[j + 1], 2) > 0 && cost[i + 1][j + 2] + 1 < best) best = cost[i + 1][j + 2] + 1;
      cost[i][j] = best;
    }
  }
  let start = -1;
  let bestCost = INF;
  // Prefer the fewest skipped words, then the shortest name.
  for (let s = m - 1; s >= 0; s--) {
    const w = toks[words[s]];
    if (!w.cap || FUNCTION.has(w.key) || w.joinPrev) continue;
    const key = w.key.replace(/[^a-z]/g, '');
    if (key[0] !== letters[0]) continue;
    // The first word must itself give the first letter(s).
    let c = INF;
    for (let len = 1; len <= 4 && len <= n; len++) {
      if (key.slice(0, len) !== letters.slice(0, len)) break;
      c = Math.min(c, cost[s + 1][len]);
    }
    if (c <= maxSkip && c < bestCost) {
      bestCost = c;
      start = s;
    }
  }
  return { start, skipped: bestCost };
}

/**
 * The parts of the acronym `[s, e)` joined by dashes (`SPAT-SADT`), each with its definition, when the file defines
 * every part and no rule took one; undefined otherwise.
 */
export function definedParts<D>(toks: readonly Token[], s: number, e: number, defs: ReadonlyMap<string, D>, taken: Uint8Array): [number, D][] | undefined {
  const parts: [number, D][] = [];
  for (let k = s; k < e; k++) {
    if (toks[k].kind !== 'w') continue;
    const d = defs.get(toks[k].key);
    if (!d || taken[k]) return undefined;
    parts.push([k, d]);
  }
  return parts.length > 1 ? parts : undefined;
}

/** An acronym a file implies (the shape of recognize.ts's `AcronymDef`, which this module may not import). */
interface ImpliedAcronym {
  acronym: string;
  fullKey: string;
  type: 'INSTITUTION';
}

/** Little words an acronym leaves out of its initials (folded). */
const INITIAL_SKIPPED = new Set(['de', 'du', 'des', "d'", 'la', 'le', 'les', "l'", 'et', 'pour', 'sur', 'en', 'au', 'aux', 'a', 'contre', 'dans', 'par']);

/** Capitalised articles that open a title and count in its initials (`La Voix du Borgou` → `LVB`), folded. */
const TITLE_ARTICLES = new Set(['la', 'le', 'les', "l'"]);

/**
 * Acronyms a file implies without defining them: the initials of a body's name of three capitalised words or
 * more that it writes, a capitalised article right before the name counting (`LA VOIX DU BORGOU` → `LVB`, then
 * a photo credit's `(Photo LVB)`). Initials two bodies of the file share imply neither.
 */
export function impliedAcronyms(toks: readonly Token[], bodies: Iterable<{ s: number; e: number; key: string }>): Map<string, ImpliedAcronym> {
  const out = new Map<string, ImpliedAcronym>();
  const shared = new Set<string>();
  const imply = (letters: string, key: string) => {
    if (letters.length < 3) return;
    const other = out.get(letters);
    if (other && other.fullKey !== key) shared.add(letters);
    else out.set(letters, { acronym: letters, fullKey: key, type: 'INSTITUTION' });
  };
  for (const { s, e, key } of bodies) {
    let letters = '';
    const a = toks[s - 1];
    if (a && (a.kind === 'w' || a.kind === 'e') && (a.cap || a.upper) && TITLE_ARTICLES.has(a.key) && a.line === toks[s].line) letters += a.key[0];
    for (let k = s; k < e; k++) if (isWord(toks[k]) && (toks[k].cap || toks[k].upper) && !toks[k].joinPrev) letters += toks[k].key[0];
    imply(letters, key);
    // Initials of every word but the little ones, as French acronyms are formed (`Union nationale pour la paix et
    // le travail` → `UNPT`: made-up), for a name of four such words or more.
    let content = '';
    for (let k = s; k < e; k++) if (isWord(toks[k]) && !toks[k].joinPrev && !INITIAL_SKIPPED.has(toks[k].key)) content += toks[k].key[0];
    if (content.length >= 4 && content !== letters) imply(content, key);
  }
  for (const k of shared) out.delete(k);
  return out;
}
