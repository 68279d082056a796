/**
 * Where a person's name starts and ends: capitalised words, hyphenated parts, initials (`Amadou B.
 * CISSE`), particles before a capital (`van der Merwe`, `Ould`). Shared by the readers of persons.
 */
import type { Ctx } from './context';
import type { Token } from './tokens';
import { isTruncated, isWord } from './context';
import { listedPlaceEnd } from './listedPlaces';

/** Particles that another particle may follow inside a name (`van der Merwe`, `von den Berg`). */
const DOUBLE_PARTICLE_FIRST = new Set(['van', 'von']);
const PARTICLES = new Set(['de', 'd', 'du', 'van', 'von', 'der', 'den', 'ben', 'bin', 'ould', 'mint', 'ag', 'el', 'al', 'da', 'dos', 'di', 'del', 'della', 'ibn', 'abou', 'mac', 'mc', 'ter', 'ten', 'la', 'le',
  // Central Africa's `son of` (`Joseph Kazadi wa Kazadi`).
  'wa']);
const MAX_NAME_WORDS = 5;

/** Do `first` and `second` make two particles in a row on one line (`van der`, `Van den`), the second in lower case? */
export function particlePair(first: Token | undefined, second: Token | undefined): boolean {
  return isWord(first) && DOUBLE_PARTICLE_FIRST.has(first.key) && isWord(second) && !second.cap && PARTICLES.has(second.key) && second.line === first.line;
}

/** An initial inside or before a name: one capital letter, its dot, then a capitalised word or another initial (`Amadou B. CISSE`, `F. Honegger`). */
function isInitial(ctx: Ctx, i: number, depth = 0): boolean {
  const t = ctx.toks[i];
  const dot = ctx.toks[i + 1];
  if (!isWord(t) || t.text.length !== 1 || !t.cap || t.joinPrev || ctx.barrier[i] || HONORIFIC_LETTERS.has(t.text)) return false;
  if (!dot || dot.text !== '.' || dot.start !== t.end) return false;
  const nx = ctx.toks[i + 2];
  // `J.-B. Yakité`: two initials joined by a dash (a compound first name, Jean-Baptiste) are one.
  if (dashedInitial(ctx, i)) return depth < 2 && isInitial(ctx, i + 3, depth + 1);
  if (!isWord(nx) || nx.line !== t.line || !(nx.cap || nx.upper) || ctx.barrier[i + 2]) return false;
  // At most three initials in a row (`J. J. Burgdorfer`); the bound keeps the check constant-time.
  if (nx.text.length === 1) return depth < 2 && isInitial(ctx, i + 2, depth + 1);
  return !ctx.lex.nonNames.has(nx.key) && !ctx.lex.demonyms.has(nx.key);
}
/** Is the initial at `i` dashed to another (`J.-B.`)? Its dot, the dash and the next letter touch. */
function dashedInitial(ctx: Ctx, i: number): boolean {
  const dash = ctx.toks[i + 2];
  return dash?.text === '-' && dash.start === ctx.toks[i + 1].end && ctx.toks[i + 3]?.start === dash.end;
}

/** Where the initial at `i` ends: after its dot, or after the second of two dashed initials. */
function initialEnd(ctx: Ctx, i: number): number {
  return dashedInitial(ctx, i) ? i + 5 : i + 2;
}
/** Single letters that are honorifics (`M. Diop`), never initials. */
const HONORIFIC_LETTERS = new Set(['M']);

/**
 * The end of a name word and its hyphenated parts. A lower-case part glued by a dash ends the name
 * (`Cotti-le plus francophile`, OCR without spaces), unless it is a particle between two names
 * (`Abd-el-Kader`).
 */
export function nameWordEnd(ctx: Ctx, i: number): number {
  const toks = ctx.toks;
  let j = i + 1;
  while (j < toks.length && toks[j].joinPrev && j - i < 8) {
    if (toks[j].cap || toks[j].upper) {
      j++;
      continue;
    }
    if (PARTICLES.has(toks[j].key) && toks[j + 1]?.joinPrev && toks[j + 1].cap) {
      j += 2;
      continue;
    }
    break;
  }
  return j;
}

/** Can the word at `i` start a name? */
function nameStartOk(ctx: Ctx, i: number, afterTitle: boolean): boolean {
  const t = ctx.toks[i];
  if (!isWord(t) || !(t.cap || t.upper) || ctx.barrier[i] || t.joinPrev) return false;
  if (isTruncated(ctx, i)) return false;
  const lex = ctx.lex;
  if (lex.demonyms.has(t.key)) return false;
  if (lex.nonNames.has(t.key) && !(t.upper && afterTitle)) return false;
  if (t.text.length === 1) return false;
  return true;
}

/** The end of the name that starts at `i` (capitalised words, hyphenated parts, particles before a capital). */
export function nameEnd(ctx: Ctx, i: number, afterTitle: boolean): number {
  const toks = ctx.toks;
  let e: number;
  if (isInitial(ctx, i)) e = initialEnd(ctx, i);
  else if (!nameStartOk(ctx, i, afterTitle)) return i;
  else e = nameWordEnd(ctx, i);
  let words = 1;
  while (e < toks.length && words < MAX_NAME_WORDS) {
    const t = toks[e];
    if (ctx.barrier[e] || t.line !== toks[i].line) break;
    if (isInitial(ctx, e)) {
      e = initialEnd(ctx, e);
      continue;
    }
    // A common word dashed to a capitalised part is a compound name's (`Kevin Ah-Kong`).
    const dashedToName = toks[e + 1]?.joinPrev === true && toks[e + 1].cap && toks[e + 1].kind === 'w';
    if (isWord(t) && (t.cap || t.upper) && (!ctx.lex.nonNames.has(t.key) || dashedToName) && !ctx.lex.demonyms.has(t.key) && !isTruncated(ctx, e) && t.text.length > 1) {
      // A place or organisation right after a name is not part of it (`Igor Gromyko Moscou` is rare; `Diop Mali` never).
      const m = ctx.lex.lex.longest(toks, e);
      if (m && m.entry.type !== 'PERSON' && words >= 2) break;
      e = nameWordEnd(ctx, e);
      words++;
      continue;
    }
    // Two particles in a row (`van der`, `Van den`): the name goes on after both. (`de la` is left out: `Martyrs de la Pentecôte`.)
    if (!t.upper && particlePair(t, toks[e + 1]) && isWord(toks[e + 2]) && toks[e + 2].cap && toks[e + 2].line === t.line && !ctx.lex.nonNames.has(toks[e + 2].key) && !ctx.lex.lex.longest(toks, e + 2)) {
      e = nameWordEnd(ctx, e + 2);
      words++;
      continue;
    }
    // `d'` before a town says where someone comes from (`Issa Kanté d'Ouahigouya`), not their name; after an
    // acronym alone, `de` names its leader (`le MSM de Pravind Jugnauth`).
    const acronymAlone = words === 1 && toks[i].upper && toks[i].text.length <= 4;
    // A capitalised `L'` glued to the next word opens a surname (`Emile L'Eplattenier`, made-up `Jean L'Huilier`).
    const surnameArticle = t.kind === 'e' && (t.text === "L'" || t.text === 'L’') && toks[e + 1]?.start === t.end;
    if (!acronymAlone && (t.kind === 'w' || t.kind === 'e') && (PARTICLES.has(t.key.replace("'", '')) || surnameArticle) && isWord(toks[e + 1]) && toks[e + 1].cap && !ctx.lex.nonNames.has(toks[e + 1].key) && !ctx.lex.lex.longest(toks, e + 1) && !(t.key === "d'" && listedPlaceEnd(toks, e + 1) > 0)) {
      e = nameWordEnd(ctx, e + 1);
      words++;
      continue;
    }
    break;
  }
  // A name is more than its initials.
  let real = false;
  for (let k = i; k < e; k++) if (isWord(toks[k]) && toks[k].text.length > 1) real = true;
  return real ? e : i;
}
