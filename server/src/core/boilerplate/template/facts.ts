/**
 * What the site-template index needs to know about one page on its own: where its article's
 * body starts and ends (the page's regions), its headline, the shape keys of its short lines, the
 * exact lines that can tell its site (mastheads, menus, copyright lines), and the headlines its
 * "see also" lines name. A pure function of the text, computed with the boilerplate facts (on an
 * indexing thread, too).
 */
import { packFloat64, packInt32 } from '../../collections/packInt32';
import { articleRun, isBodyParagraph, isListLine, SHORT_LINE_WORDS } from '../chrome';
import { hash53 } from '../../text/hash53';
import { looksLikeByline } from '../normalize';
import { T_SEP, T_WORD, shapeKeys, type ShapeToken } from '../lineShape';

/** Where a line stands on the page: above the article's first paragraph, among them, or below the last. */
export const REGION_TOP = 1;
export const REGION_INSIDE = 2;
export const REGION_BOTTOM = 3;
export type Region = typeof REGION_TOP | typeof REGION_INSIDE | typeof REGION_BOTTOM;

/** Fields of `TemplateFacts.cands`, per candidate line. */
export const C_LINE = 0;
export const C_REGION = 1;
export const CAND_FIELDS = 2;
/** Fields of `TemplateFacts.teasers`, per teaser: the line and the span of the headline it names. */
export const T_LINE = 0;
export const T_START = 1;
export const T_END = 2;
export const TEASER_FIELDS = 3;

export interface TemplateFacts {
  /** The headline's line, or -1. */
  headline: number;
  /** The headline's key (see `headlineKey`), NaN when there is none: teasers elsewhere name it by this. */
  headlineKey: number;
  /** CAND_FIELDS integers per line that may be template furniture (see C_*). */
  cands: Int32Array;
  /** Per candidate: the key of its shape, then of its prefix (NaN when it has none). */
  candKeys: Float64Array;
  /** Distinct keys of the page's short lines above and below the article, ascending: what two pages of one site share. */
  siteKeys: Float64Array;
  /** Per site key: the first line holding it. */
  siteLines: Int32Array;
  /** TEASER_FIELDS integers per possible teaser (see T_*): a line's part that may be another article's headline. */
  teasers: Int32Array;
  /** Per teaser: the key of the headline it would name. */
  teaserKeys: Float64Array;
}

/** One line as the template facts read it. */
export interface PageLine {
  start: number;
  end: number;
  /** Words on the line (0 for a blank line). */
  words: number;
  /** Shape tokens (offsets into the line), for lines short enough to be furniture; else undefined. */
  tokens: readonly ShapeToken[] | undefined;
  /** A site-chrome cue marked it (chrome.ts). */
  chrome: boolean;
}

/** A paragraph of the article is longer than this (chrome.ts's BODY_WORDS): everything shorter may be furniture. */
export const TEMPLATE_MAX_WORDS = SHORT_LINE_WORDS;
/** Lines that tell a site apart are short: a masthead, a menu, a copyright line. */
const SITE_KEY_MAX_WORDS = 15;
/** A headline has a few words, and reads as a phrase: a third of them at least in lower case. */
const HEADLINE_MIN_WORDS = 4;
/** A teaser names a headline of at least this many words (shorter ones match by chance). */
const TEASER_MIN_WORDS = 4;
/** Separators of mastheads, menus and trails (see lineShape.ts), never of a headline. */
const BAR = new Set(['|', '>', '•']);
/** A line this long that ends a sentence is article text, whatever its shape. */
const SENTENCE_MIN_WORDS = 8;

/**
 * Does the line sign the article (`Par Awa Traoré`, `Aïssatou NDIAYE`, `Ibrahima GUEYE, correspondant
 * à Kolda`, `Propos recueillis par …`)? Signatures repeat across a reporter's articles legitimately.
 */
export function signsArticle(line: string): boolean {
  const t = line.trim();
  if (looksLikeByline(t) || /^(propos recueillis|de notre (envoy|correspondan))/i.test(t)) return true;
  const comma = t.indexOf(',');
  return comma > 0 && looksLikeByline(t.slice(0, comma)) && t.slice(comma + 1).trim().split(/\s+/).length <= 8;
}

/** `Par X` and `By X` are signatures wherever they stand; a name in capitals above the headline is a masthead. */
const SIGNED = /^\s*(par|by)\s/i;

/** A header's label: a few words, no number, no separator. */
const MAX_LABEL_WORDS = 4;
function isHeaderLabel(tokens: readonly ShapeToken[]): boolean {
  return tokens.length <= MAX_LABEL_WORDS && tokens.every((t) => t.kind === T_WORD && !t.date);
}

/** The items of the menus above the article (lines parted by bars), each as its folded words. */
function menuItemsAbove(lines: readonly PageLine[], nonBlank: readonly number[], firstBody: number): Set<string> {
  const out = new Set<string>();
  for (const i of nonBlank) {
    if (i >= firstBody) break;
    const toks = lines[i].tokens;
    if (!toks || !toks.some((t) => t.kind === T_SEP && t.text === '|')) continue;
    let item: string[] = [];
    for (const t of [...toks, undefined]) {
      if (t && t.kind !== T_SEP) item.push(t.text);
      else if (item.length) {
        out.add(item.join(' '));
        item = [];
      }
    }
  }
  return out;
}

function endsSentence(text: string): boolean {
  const t = text.replace(/[\s"»”’]+$/, '');
  return /[.!?…]$/.test(t) && !/(\.\.|…)$/.test(t);
}

/** The key naming a headline: its words and numbers, in order (separators left out). */
export function headlineKey(tokens: readonly ShapeToken[], from = 0, to = tokens.length): number {
  let s = '';
  for (let k = from; k < to; k++) if (tokens[k].kind !== T_SEP) s += tokens[k].text + ' ';
  return hash53(s, 5);
}

/** Is the token a date, a number or a separator (what frames a listed headline)? */
const framing = (t: ShapeToken) => t.kind !== T_WORD || t.date;

/** Tokens `[from, end)` without the framing at either end: `[a, b)`. */
function trimFraming(tokens: readonly ShapeToken[], from: number): [number, number] {
  let a = from;
  while (a < tokens.length && framing(tokens[a])) a++;
  let b = tokens.length;
  while (b > a && framing(tokens[b - 1])) b--;
  return [a, b];
}

/**
 * The spans of a line that may be another article's headline: the line without the bullet,
 * number or date that lists it and the date after it (`28/03/2025 – …`, `1. … – 16/11/2025`,
 * `– … (14/10/2025)`), and what follows its label (`Lire aussi : …`). Token ranges `[from, to)`.
 */
function teaserSpans(tokens: readonly ShapeToken[]): [number, number][] {
  const out: [number, number][] = [trimFraming(tokens, 0)];
  const sep = tokens.findIndex((t, k) => k > 0 && t.kind === T_SEP && t.text !== '(' && t.text !== ')');
  if (sep > 0) out.push(trimFraming(tokens, sep + 1));
  return out.filter(([a, b], k) => countWords(tokens, a, b) >= TEASER_MIN_WORDS && (k === 0 || a !== out[0][0]));
}

function countWords(tokens: readonly ShapeToken[], from: number, to: number): number {
  let n = 0;
  for (let k = from; k < to; k++) if (tokens[k].kind !== T_SEP) n++;
  return n;
}

/** Share of the line's words written in lower case (a headline's phrase, not a list of names). */
function lowerShare(tokens: readonly ShapeToken[]): number {
  let words = 0;
  let lower = 0;
  for (const t of tokens) {
    if (t.kind !== T_WORD) continue;
    words++;
    if (!t.cap) lower++;
  }
  return words ? lower / words : 0;
}

/** The facts of a page with nothing to compare: no headline, no line that may be furniture. */
export const NO_TEMPLATE: TemplateFacts = Object.freeze({
  headline: -1,
  headlineKey: NaN,
  cands: new Int32Array(0),
  candKeys: new Float64Array(0),
  siteKeys: new Float64Array(0),
  siteLines: new Int32Array(0),
  teasers: new Int32Array(0),
  teaserKeys: new Float64Array(0),
});

export function analyseTemplate(text: string, lines: readonly PageLine[], wordsOf: (line: number) => readonly string[]): TemplateFacts {
  const nonBlank: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i].words > 0) nonBlank.push(i);
  const [first, last] = articleRun(nonBlank.map((i) => isBodyParagraph(lines[i].words, () => text.slice(lines[i].start, lines[i].end))));
  // A page with no paragraph of article text has no regions to compare.
  if (first < 0) return NO_TEMPLATE;
  const firstBody = nonBlank[first];
  const lastBody = nonBlank[last];
  const regionOf = (i: number): Region => (i < firstBody ? REGION_TOP : i > lastBody ? REGION_BOTTOM : REGION_INSIDE);
  const lineText = (i: number) => text.slice(lines[i].start, lines[i].end);

  // The headline: the last line above the article that reads as a phrase and is neither a
  // signature, furniture a cue found, a masthead or menu (their bars and bullets), nor a sentence.
  // One that the article's signature follows (past a date line) is preferred: below the signature stand a
  // reporter's role and the photo's caption, which read as phrases too.
  let headline = -1;
  let signed = -1;
  for (let k = 0; k < nonBlank.length; k++) {
    const i = nonBlank[k];
    if (i >= firstBody) break;
    const l = lines[i];
    if (!l.tokens || l.chrome || l.words < HEADLINE_MIN_WORDS || l.tokens.some((t) => t.kind === T_SEP && BAR.has(t.text))) continue;
    const t = lineText(i);
    if (signsArticle(t) || endsSentence(t) || lowerShare(l.tokens) * 3 < 1) continue;
    headline = i;
    // The signature may come after the date line (`Publié le … · Lecture 4 min`, then `Par …`).
    let n = k + 1;
    while (n < nonBlank.length && nonBlank[n] < firstBody && lines[nonBlank[n]].chrome) n++;
    const next = nonBlank[n];
    if (next !== undefined && next < firstBody && signsArticle(lineText(next))) signed = i;
  }
  if (signed >= 0) headline = signed;

  const cands: number[] = [];
  const candKeys: number[] = [];
  const siteKeys = new Map<number, number>();
  const teasers: number[] = [];
  const teaserKeys: number[] = [];
  const headlineAt = nonBlank.indexOf(headline);
  let items: Set<string> | undefined;
  const menuItems = () => (items ??= menuItemsAbove(lines, nonBlank, firstBody));
  for (let k = 0; k < nonBlank.length; k++) {
    const i = nonBlank[k];
    const l = lines[i];
    if (i === headline || !l.tokens) continue;
    const t = lineText(i);
    if (l.words > TEMPLATE_MAX_WORDS && !isListLine(t)) continue;
    const region = regionOf(i);
    const masthead = region === REGION_TOP && i < headline;
    if (SIGNED.test(t) || (signsArticle(t) && !masthead)) continue;
    // The article's own header: the kicker right above its headline (`UNIVERSITÉ GASTON BERGER`), the desk or role
    // under its signature (`Service des sports`). Each repeats on the site's pages as a signature does.
    // A section's name from the menu (`JUSTICE`) is navigation, not a kicker.
    const kicker = headlineAt > 0 && k === headlineAt - 1 && !menuItems().has(l.tokens.map((w) => w.text).join(' '));
    if (region === REGION_TOP && isHeaderLabel(l.tokens) && (kicker || (k > 0 && signsArticle(lineText(nonBlank[k - 1]))))) continue;
    if (l.words >= SENTENCE_MIN_WORDS && endsSentence(t)) continue;
    const keys = shapeKeys(l.tokens, region);
    cands.push(i, region);
    candKeys.push(keys.line, keys.prefix);
    if (region !== REGION_INSIDE && l.words <= SITE_KEY_MAX_WORDS) {
      const key = hash53(wordsOf(i).join(' '), 3);
      if (!siteKeys.has(key)) siteKeys.set(key, i);
    }
    for (const [a, b] of teaserSpans(l.tokens)) {
      teasers.push(i, l.start + l.tokens[a].start, l.start + l.tokens[b - 1].end);
      teaserKeys.push(headlineKey(l.tokens, a, b));
    }
  }
  const h = headline >= 0 ? lines[headline].tokens : undefined;
  if (cands.length === 0 && teasers.length === 0 && siteKeys.size === 0) return { ...NO_TEMPLATE, headline, headlineKey: h ? headlineKey(h, ...trimFraming(h, 0)) : NaN };
  const sorted = [...siteKeys.keys()].sort((a, b) => a - b);
  // Two buffers rather than six arrays: posted from a thread, and kept per page.
  const [candsOut, siteLinesOut, teasersOut] = packInt32([cands, sorted.map((k) => siteKeys.get(k)!), teasers]);
  const [candKeysOut, siteKeysOut, teaserKeysOut] = packFloat64([candKeys, sorted, teaserKeys]);
  return {
    headline,
    headlineKey: h ? headlineKey(h, ...trimFraming(h, 0)) : NaN,
    cands: candsOut,
    candKeys: candKeysOut,
    siteKeys: siteKeysOut,
    siteLines: siteLinesOut,
    teasers: teasersOut,
    teaserKeys: teaserKeysOut,
  };
}
