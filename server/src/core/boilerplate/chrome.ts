/**
 * Site chrome inside one file: furniture the scraper kept around the article. The cues are
 * generic web-page furniture (section labels, "read more" links, share prompts, related-article
 * headings), the structural cues of furnitureCues.ts (menus and trails, copyright lines, date
 * stamps outside the body, "see also" lines), and one cue of position: a signature ends a news
 * article, so paragraphs after it that read like cut teasers are other articles' summaries.
 */
import { sharedStrings } from '../text/sharedStrings';
import { isAdvert, isCopyright, isDateStamp, isMenuOrTrail, isSignedStamp, NAV, RELATED_HEADING, teaserStart } from './furnitureCues';
import { shapeTokens, type ShapeToken } from './lineShape';
import { looksLikeByline, words } from './normalize';

export interface ChromeLine {
  line: number;
  reason: string;
}

export interface LineText {
  start: number;
  end: number;
  text: string;
  /** `words(text)`, when the caller has them already. */
  words?: readonly string[];
  /** `shapeTokens` of the line (offsets into `text`), when the caller has them already; read for short lines only. */
  tokens?: readonly ShapeToken[];
}

const READ_MORE = /^(lire|lire la suite|lire plus|lire l article|en savoir plus|voir plus|voir la suite|la suite|suite|read more|continuer la lecture)$/;
const SHARE = /^(partagez|partager|partage|suivez nous|suivez|abonnez vous|inscrivez vous|rejoignez nous|share|follow|imprimer|envoyer a un ami|laisser un commentaire|commentaires?|telecharger l application)\b/;

function isNav(t: string): boolean {
  const parts = t.split(/\s*[>|/·•»]\s*/).map((p) => words(p).join(' ')).filter(Boolean);
  return parts.length > 0 && parts.length <= 6 && parts.every((p) => NAV.has(p));
}

/** Lone punctuation (`-.`, `…`, `»`): scraper debris between teasers. */
function isDebris(t: string): boolean {
  return t.length <= 4 && /^[\p{P}\p{S}\s]+$/u.test(t);
}

/**
 * Does the line end the way a cut teaser ends? `..`, `…`, a space before the final point, a
 * single capital cut off (`du B.`), debris, or a long line with no final punctuation at all.
 */
export function truncated(t: string): boolean {
  if (isDebris(t)) return true;
  if (/(\.\.|…)$/.test(t)) return true;
  if (/\s[.,;:]$/.test(t)) return true;
  if (/[\s'’(]\p{Lu}\.$/u.test(t)) return true;
  if (t.length > 60 && !/[.!?»"”)\]:]$/.test(t)) return true;
  return false;
}

/** Body paragraphs are long; this many words is a paragraph of the article, not furniture. */
export const BODY_WORDS = 25;
/** A box's heading is a few words (`À LA UNE DANS LA RÉGION`). */
const MAX_BOX_HEADING_WORDS = 8;
/** Function words (folded) that a heading holds and a name written in capitals does not. */
const HEADING_WORDS = new Set(['la', 'le', 'les', 'dans', 'sur', 'en', 'du', 'des', 'au', 'aux', 'a', 'ce', 'cette', 'nos', 'vos', 'plus', 'et']);
/** Furniture is shorter than a paragraph: longer lines are never read for the structural cues. */
export const SHORT_LINE_WORDS = BODY_WORDS - 1;
/** Signs that part a list's items (a ticker's headlines, a tag line, a menu); prose writes none of them. */
const LIST_SIGNS = /[▸►▶→➜➤|•·›]/g;

/** A line parted into items by two list signs or more is a list however long it runs (`EN CONTINU ▸ … ▸ …`). */
export function isListLine(text: string): boolean {
  return (text.match(LIST_SIGNS)?.length ?? 0) >= 2;
}

/** A paragraph of the article: body-length, and not a list (the line's text is read only for a long line). */
export function isBodyParagraph(wordCount: number, textOf: () => string): boolean {
  return wordCount >= BODY_WORDS && !isListLine(textOf());
}

/** A reader's comment runs a line or two under its signed stamp. */
const MAX_COMMENT_LINES = 2;
/** Short lines that may stand between two of the article's paragraphs (a caption, a box of teasers). */
const MAX_INLINE_LINES = 6;

/**
 * The article among a page's non-blank lines (`isBody` per line): the run of body-length paragraphs holding the
 * most of them, two paragraphs in a row parted by no more short lines than a box holds. A long advert or footer far
 * below the article is not its end. First and last positions of the run, or -1 and -1.
 */
export function articleRun(isBody: readonly boolean[]): [number, number] {
  let best: [number, number] = [-1, -1];
  let bestCount = 0;
  let start = -1;
  let last = -1;
  let count = 0;
  for (let pos = 0; pos <= isBody.length; pos++) {
    if (pos < isBody.length && !isBody[pos]) continue;
    if (pos === isBody.length || (start >= 0 && pos - last - 1 > MAX_INLINE_LINES)) {
      if (count > bestCount) [best, bestCount] = [[start, last], count];
      if (pos === isBody.length) break;
      start = -1;
      count = 0;
    }
    if (start < 0) start = pos;
    last = pos;
    count++;
  }
  return best;
}

/** The line's shape tokens: the caller's, or read now. */
export function tokensOf(l: LineText): readonly ShapeToken[] {
  return l.tokens ?? shapeTokens(l.text, 0, l.text.length);
}

export function detectChrome(lines: readonly LineText[]): ChromeLine[] {
  const out = new Map<number, string>();
  const mark = (i: number, reason: string) => {
    if (!out.has(i)) out.set(i, reason);
  };
  const nonBlank: number[] = [];
  lines.forEach((l, i) => {
    if (l.text.trim()) nonBlank.push(i);
  });
  const ws = nonBlank.map((i) => lines[i].words ?? words(lines[i].text));
  // hasBodyBefore[pos]: one of the article's paragraphs stands before the pos-th non-blank line.
  const [firstBody, lastBody] = articleRun(nonBlank.map((i, pos) => isBodyParagraph(ws[pos].length, () => lines[i].text)));
  const hasBodyBefore = nonBlank.map((_, pos) => firstBody >= 0 && pos > firstBody);
  // Above the article's first paragraph or below its last (everywhere, in a page without one).
  const outsideBody = (pos: number) => !hasBodyBefore[pos] || pos > lastBody;

  // 1. Single-line furniture.
  const readMore: number[] = [];
  let relatedHeading = -1;
  nonBlank.forEach((i, pos) => {
    const t = lines[i].text.trim();
    const n = ws[pos].length;
    // Every test on the words is for a short line: longer ones are not joined at all.
    const k = n <= 14 ? ws[pos].join(' ') : '';
    if (isDebris(t)) mark(i, 'lone punctuation');
    else if (n <= 6 && READ_MORE.test(k)) {
      mark(i, '"read more" link');
      readMore.push(pos);
    } else if (n <= 14 && (SHARE.test(k) || /\breseaux sociaux\b/.test(k))) mark(i, 'share prompt');
    else {
      const toks = n <= SHORT_LINE_WORDS ? tokensOf(lines[i]) : undefined;
      if (toks && teaserStart(toks) >= 0) mark(i, 'teaser of another article');
      else if (n <= 10 && RELATED_HEADING.test(k)) {
        mark(i, 'related-articles heading');
        if (relatedHeading < 0 && hasBodyBefore[pos]) relatedHeading = pos;
      } else if (n <= 6 && isNav(t)) mark(i, 'navigation label');
      else if (toks && isMenuOrTrail(toks)) mark(i, 'menu or breadcrumb trail');
      else if (toks && isCopyright(toks)) mark(i, 'copyright line');
      else if (toks && isAdvert(toks)) mark(i, 'advert');
      else if (toks && outsideBody(pos) && isDateStamp(toks, lines[i].text)) mark(i, 'date and time stamp');
    }
  });

  // 2. Readers' comments below the article: each signed stamp, and what it signs up to the next (a line or two).
  for (let pos = lastBody + 1; lastBody >= 0 && pos < nonBlank.length; pos++) {
    const toks = ws[pos].length <= SHORT_LINE_WORDS ? tokensOf(lines[nonBlank[pos]]) : undefined;
    if (!toks || !isSignedStamp(toks)) continue;
    mark(nonBlank[pos], "reader's comment");
    for (let k = pos + 1; k <= pos + MAX_COMMENT_LINES && k < nonBlank.length && !out.has(nonBlank[k]); k++) {
      const next = ws[k].length <= SHORT_LINE_WORDS ? tokensOf(lines[nonBlank[k]]) : undefined;
      if (next && isSignedStamp(next)) break;
      mark(nonBlank[k], "reader's comment");
    }
  }

  // 3. Teasers: everything between a related-articles heading (or, without one, the two lines
  // before the first "read more") and the last "read more" advertises other articles.
  if (readMore.length) {
    const first = relatedHeading >= 0 && relatedHeading < readMore[0] ? relatedHeading + 1 : Math.max(0, readMore[0] - 2);
    for (let pos = first; pos <= readMore[readMore.length - 1]; pos++) mark(nonBlank[pos], 'teaser of another article');
  }
  // After a related-articles heading that comes after the article, the rest of the page is the list.
  if (relatedHeading >= 0) for (let pos = relatedHeading + 1; pos < nonBlank.length; pos++) mark(nonBlank[pos], 'teaser of another article');

  // 4. Teasers after the signature: the last byline that follows body text; if what comes after
  // it reads like cut summaries (enough lines ending truncated), it is another article list.
  for (let pos = nonBlank.length - 1; pos >= 0; pos--) {
    const i = nonBlank[pos];
    if (!looksLikeByline(lines[i].text) || !hasBodyBefore[pos]) continue;
    const rest = nonBlank.slice(pos + 1);
    const cut = rest.filter((j) => truncated(lines[j].text.trim())).length;
    if (rest.length >= 2 && cut >= Math.max(2, Math.ceil(rest.length / 3))) for (const j of rest) mark(j, 'teasers after the signature');
    break;
  }

  // 5. Without a signature: a tail of three or more lines that all end cut.
  let tail = nonBlank.length;
  while (tail > 0 && truncated(lines[nonBlank[tail - 1]].text.trim())) tail--;
  if (nonBlank.length - tail >= 3 && tail > 0) for (let pos = tail; pos < nonBlank.length; pos++) mark(nonBlank[pos], 'cut teasers at the end of the page');

  // 6. A box's own heading in capitals, right above its teasers, outside the article (`EN CE MOMENT SUR …`):
  // sites name their boxes as they like, but write the name in capitals over the list.
  nonBlank.forEach((i, pos) => {
    const next = nonBlank[pos + 1];
    if (next === undefined || out.has(i) || !out.get(next)?.startsWith('teaser') || ws[pos].length > MAX_BOX_HEADING_WORDS || !outsideBody(pos)) return;
    const t = lines[i].text.trim();
    // A signature in capitals (`MOUSSA KONÉ`) has no function word; a heading has (`À LA UNE DANS LA RÉGION`).
    if (/\p{Lu}/u.test(t) && !/\p{Ll}/u.test(t) && (!looksLikeByline(t) || ws[pos].some((w) => HEADING_WORDS.has(w)))) mark(i, 'heading of a teaser box');
  });

  return [...out].map(([line, reason]) => ({ line, reason })).sort((a, b) => a.line - b.line);
}

/** Reasons are a handful of phrases: a copy made elsewhere (see `adoptChrome`) shares them again. */
const sharedReason = sharedStrings(256);

/** Chrome lines copied from another thread (`postMessage` copies every string), with their reasons shared. */
export function adoptChrome(lines: readonly ChromeLine[]): ChromeLine[] {
  return lines.map(({ line, reason }) => ({ line, reason: sharedReason(reason) }));
}
