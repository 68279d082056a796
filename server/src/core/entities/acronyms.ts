/**
 * Acronyms: a name followed by its acronym in brackets (`Conseil national de Transition (CNT)`)
 * gives two mentions of one entity, and the definition is remembered for the whole corpus so a
 * later bare `CNT` in any file is known. Acronyms that are neither in the gazetteer nor defined
 * anywhere are left unannotated (`FCFA`, `CAN`).
 */
import type { Ctx } from './context';
import type { Token } from './tokens';

/**
 * Looks like an acronym: 2–8 letters with at least two capitals (`CNT`, `FAMa`; `Cedeao` is in the
 * gazetteer), or up to 12 in capitals: the syllabic acronyms of companies and agencies run longer
 * than initials (made-up: `SOTRAPECHE`).
 */
export function isAcronymToken(t: Token | undefined): boolean {
  if (!t || t.kind !== 'w' || t.text.length < 2 || t.text.length > 12) return false;
  if (t.upper) return true;
  if (t.text.length > 8) return false;
  let caps = 0;
  for (const ch of t.text) if (ch !== ch.toLowerCase()) caps++;
  return caps >= 2;
}

/**
 * The exclusive end of the acronym that starts at token `i`: one token, or acronyms written together
 * with a hyphen or a slash (`ARM-UDS`, `IFR/SDS`: made-up examples), which French writes for a body of a
 * body or a unit of an institution. `i` itself when no acronym starts there.
 */
export function acronymEnd(toks: readonly Token[], i: number): number {
  if (!isAcronymToken(toks[i])) return i;
  let e = i + 1;
  for (;;) {
    const next = toks[e];
    if (next?.joinPrev && isAcronymToken(next)) e++;
    else if (next?.text === '/' && next.start === toks[e - 1].end && toks[e + 1]?.start === next.end && isAcronymToken(toks[e + 1])) e += 2;
    else return e;
  }
}

/** How many capitalised words a party's motto after its acronym may hold (made-up: `PNPS-Hadin Kai`). */
const MOTTO_WORDS = 3;

/**
 * The exclusive end of the motto a party writes after its acronym with a dash (made-up: `MDE-Haske`,
 * `PNPS-Hadin Kai`): a capitalised word joined to the acronym ending at `e`, and the capitalised words
 * after it on its line; or one capitalised word after a slash. `e` itself when none follows.
 */
export function mottoEnd(toks: readonly Token[], e: number): number {
  const slash = toks[e];
  // `RDP/Unité` (made-up): a party's wing or motto after a slash is one capitalised word.
  if (slash?.text === '/' && slash.start === toks[e - 1]?.end && toks[e + 1]?.start === slash.end) {
    const word = toks[e + 1];
    return word.kind === 'w' && word.cap && !word.upper && toks[e + 2]?.joinPrev !== true ? e + 2 : e;
  }
  const first = toks[e];
  if (!first?.joinPrev || first.kind !== 'w' || !first.cap || first.upper || toks[e - 1]?.text === '/') return e;
  let end = e + 1;
  while (end - e < MOTTO_WORDS && toks[end]?.kind === 'w' && toks[end].cap && !toks[end].upper && !toks[end].joinPrev && !toks[end].sentStart && toks[end].line === first.line) end++;
  return end;
}

/** An acronym's letters, whatever joins its parts: `ARM-UDS` → `armuds`. */
export function acronymLetters(toks: readonly Token[], s: number, e: number): string {
  let out = '';
  for (let k = s; k < e; k++) if (toks[k].kind === 'w') out += toks[k].key.replace(/[^a-z]/g, '');
  return out;
}

/** The key an acronym `[s, e)` is defined and looked up by: its one token's key, or its parts' keys joined by `-`. */
export function acronymKey(toks: readonly Token[], s: number, e: number): string {
  if (e === s + 1) return toks[s].key;
  const parts: string[] = [];
  for (let k = s; k < e; k++) if (toks[k].kind === 'w') parts.push(toks[k].key);
  return parts.join('-');
}

/** Quotes that close a name written in quotes (`« Sira Kura » (SK)`: made-up), before its acronym's bracket. */
export const CLOSING_QUOTES = new Set(['»', '"', '”']);

/**
 * A capitalised word that may be a syllabic acronym (made-up: `Sonapêche`): only ever read as one
 * where its letters were matched against a name (acronymDefs.ts) or where that definition is known.
 */
export function isSyllabicAcronymToken(t: Token | undefined): boolean {
  return t !== undefined && t.kind === 'w' && t.cap && !t.upper && t.text.length >= 4 && t.text.length <= 12;
}

/**
 * If `(ACR)` follows token index `e` (exclusive end of a name, maybe after its closing quote), the
 * acronym's tokens `[start, end)`. `syllabic`: the name was matched against the word in brackets,
 * which may then be a syllabic acronym (see `isSyllabicAcronymToken`).
 */
export function bracketAcronymAfter(ctx: Ctx, e: number, syllabic = false): [number, number] | undefined {
  const toks = ctx.toks;
  if (CLOSING_QUOTES.has(toks[e]?.text ?? '')) e++;
  if (toks[e]?.text !== '(' || ctx.barrier[e + 1]) return undefined;
  let end = syllabic && isSyllabicAcronymToken(toks[e + 1]) && toks[e + 2]?.text === ')' ? e + 2 : acronymEnd(toks, e + 1);
  if (end === e + 1) return undefined;
  const motto = mottoEnd(toks, end);
  if (toks[motto]?.text === ')') end = motto;
  if (toks[end]?.text !== ')' && !(toks[end]?.kind === 'n' && toks[end + 1]?.text === ')')) return undefined;
  return [e + 1, end];
}

/**
 * Roman numerals and other capitals that are not acronyms of a body: units and currencies, roles
 * (`l'ancien DG`, `le PCA`), kinds of things (`les PME`, `le PIB`, `l'engrais NPK`), the diplomas of the French-speaking
 * schools (`le BEPC`, `le CEPD`, `un BTS`), and the continental football events that the guidelines leave
 * unannotated as events (`la CAN`).
 */
const NOT_ACRONYMS = new Set(['ii', 'iii', 'iv', 'vi', 'vii', 'viii', 'ix', 'xi', 'xii', 'xx', 'xxi', 'ok', 'tv', 'pdf', 'qr', 'sms', 'gps', 'usb', 'fcfa', 'cfa', 'usd', 'eur', 'km', 'kg',
  'dg', 'dga', 'pdg', 'pme', 'pmi', 'pib', 'tva', 'btp', 'sms', 'vih', 'ttc', 'npk', 'can', 'chan',
  // the chairman, the administrative director, the human resources' head (`le PCA de la coopérative`)
  'pca', 'daf', 'drh', 'ceo',
  'cep', 'cepe', 'cepd', 'cfee', 'bepc', 'bfem', 'def', 'bac', 'bts', 'bep', 'cap', 'dts', 'dut', 'deug']);
export function plausibleAcronym(key: string): boolean {
  return !NOT_ACRONYMS.has(key);
}

/**
 * Is `[s, e)` a piece of a reference number, letters and digits glued by slashes (`n°011/CNG/2025`,
 * `L/2026/011/CNT`, `PE/2020/117`)? An office's letters there file a document; they name no body.
 */
export function inReferenceCode(toks: readonly Token[], s: number, e: number): boolean {
  let a = s;
  while (a > 0 && toks[a - 1].end === toks[a].start) a--;
  let b = e;
  while (b < toks.length && toks[b].start === toks[b - 1].end) b++;
  let slash = false;
  let digits = false;
  for (let k = a; k < b; k++) {
    if (toks[k].text === '/') slash = true;
    else if (/\d/.test(toks[k].text)) digits = true;
  }
  return slash && digits;
}
