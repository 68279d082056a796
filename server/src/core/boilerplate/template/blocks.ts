/**
 * A page's site-template furniture as blocks, once its duplicated blocks and chrome are known:
 * lines naming another article's headline (teasers), lines whose shape recurs on the site's
 * other pages, and a short line standing between two lines of furniture above or below the
 * article (what jusText calls a short block between bad ones).
 */
import type { BoilerplateBlock, TemplateEvidence } from '../../types';
import { sharedStrings } from '../../text/sharedStrings';
import { shapeText, shapeTokens } from '../lineShape';
import { fingerprintOf } from '../normalize';
import { C_LINE, C_REGION, CAND_FIELDS, REGION_BOTTOM, REGION_TOP, type TemplateFacts } from './facts';
import type { TeaserLink, TemplateLine } from './index';

/** What the template blocks of a page read of it and of the corpus. */
export interface TemplateSources {
  /** The page's template lines, but for lines `skip` says are accounted for already. */
  templateLines(skip: (line: number) => boolean): TemplateLine[];
  /** The page's lines naming another page's headline. */
  teaserLinks(): TeaserLink[];
  /** The page's line naming its site among these pages of it (see `TemplateIndex.siteLine`), or -1. */
  siteLine(pages: readonly number[]): number;
  /** A page's name rank (see `NameIds.nameRanks`). */
  nameRank(f: number): number;
  /** The record naming page `f`'s line of key `key` (a shape or prefix), shared between blocks. */
  copyRecord(f: number, key: number): BoilerplateBlock['copies'][number] | undefined;
}

/** What a page is: its text, its line rows (facts.ts's LINE_FIELDS) and its template facts. */
export interface TemplatePage {
  text: string;
  lineStart(line: number): number;
  lineEnd(line: number): number;
  template: TemplateFacts;
}

/** Other pages listed per template block (the reason gives the count). */
const MAX_LISTED = 50;
/** Pages (the first by name of each line) read to name the site. */
const SITE_SAMPLE = 8;
/** A site's name, as shown, is cut after this many characters. */
const MAX_SITE_CHARS = 60;

/**
 * Adds the page's teasers and the lines between furniture to `chromeAt` (line → reason) and
 * answers its template lines; `taken(line)` says a line is a duplicate already; `all`, when given,
 * are every template line of the page, read already.
 */
export function templateFurniture(page: TemplatePage, nonBlank: readonly number[], taken: (line: number) => boolean, chromeAt: Map<number, string>, sources: TemplateSources, all?: readonly TemplateLine[]): TemplateLine[] {
  for (const link of sources.teaserLinks()) if (!taken(link.line) && !chromeAt.has(link.line)) chromeAt.set(link.line, 'teaser of another article of the corpus');
  const skip = (i: number) => taken(i) || chromeAt.has(i);
  const lines = all ? all.filter((t) => !skip(t.line)) : sources.templateLines(skip);
  const templated = new Set(lines.map((t) => t.line));
  const flagged = (i: number | undefined) => i !== undefined && (taken(i) || chromeAt.has(i) || templated.has(i));
  const posOf = new Map(nonBlank.map((i, pos) => [i, pos]));
  const { cands } = page.template;
  for (let c = 0; c < cands.length / CAND_FIELDS; c++) {
    const i = cands[c * CAND_FIELDS + C_LINE];
    const region = cands[c * CAND_FIELDS + C_REGION];
    if ((region !== REGION_TOP && region !== REGION_BOTTOM) || flagged(i)) continue;
    const pos = posOf.get(i)!;
    if (flagged(nonBlank[pos - 1]) && flagged(nonBlank[pos + 1])) chromeAt.set(i, 'short line between furniture');
  }
  return lines;
}

/** The page's template blocks, one per line. */
export function templateBlocks(page: TemplatePage, lines: readonly TemplateLine[], sources: TemplateSources): BoilerplateBlock[] {
  if (lines.length === 0) return [];
  // Each line's other pages by name: the first ones are listed, and name the site.
  const byName = lines.map((t) => sortByName(t.pages, sources.nameRank));
  const sample = [...new Set(byName.flatMap((ps) => [...ps.subarray(0, SITE_SAMPLE)]))];
  const siteLine = sources.siteLine(sample);
  let site = '';
  if (siteLine >= 0) {
    site = page.text.slice(page.lineStart(siteLine), page.lineEnd(siteLine)).trim();
    if (site.length > MAX_SITE_CHARS) site = site.slice(0, MAX_SITE_CHARS - 1).trimEnd() + '…';
  }
  return lines.map((t, k) => {
    const start = page.lineStart(t.line);
    const end = page.lineEnd(t.line);
    const shape = shapeText(page.text, shapeTokens(page.text, start, end), !t.whole);
    const copies: BoilerplateBlock['copies'][number][] = [];
    for (const g of byName[k]) {
      if (copies.length >= MAX_LISTED) break;
      const c = sources.copyRecord(g, t.key);
      if (c) copies.push(c);
    }
    const region = t.region === REGION_TOP ? 'top' : t.region === REGION_BOTTOM ? 'bottom' : 'inside';
    return {
      start,
      end,
      kind: 'template',
      reason: sharedReason(`site template: "${shape}" on ${t.articles} articles of the site`),
      copies,
      // The shape's, not the line's: ignoring the block ignores the template on every page of the site.
      fingerprint: fingerprintOf(`template ${t.key}`),
      template: evidence(shape, region, t.articles, site),
    };
  });
}

/** Name ranks stay below 2^21 (like page ids): `rank * ID_SPAN + id` sorts pages by name as one number. */
const ID_SPAN = 2 ** 21;

/** Pages ordered by name (their ranks), sorted natively as numbers. */
function sortByName(pages: Int32Array, nameRank: (f: number) => number): Int32Array {
  const keys = new Float64Array(pages.length);
  for (let k = 0; k < pages.length; k++) keys[k] = nameRank(pages[k]) * ID_SPAN + pages[k];
  keys.sort();
  const out = new Int32Array(pages.length);
  for (let k = 0; k < out.length; k++) out[k] = keys[k] % ID_SPAN;
  return out;
}

const sharedReason = sharedStrings(4096);

/** Evidence objects, shared by the blocks of one site (one per shape, count and site). */
const evidenceCache = new Map<string, TemplateEvidence>();
const MAX_EVIDENCE = 4096;

function evidence(shape: string, region: TemplateEvidence['region'], articles: number, site: string): TemplateEvidence {
  const key = `${shape}\u0000${region}\u0000${articles}\u0000${site}`;
  let e = evidenceCache.get(key);
  if (!e) {
    if (evidenceCache.size >= MAX_EVIDENCE) evidenceCache.clear();
    e = Object.freeze({ shape, region, articles, site });
    evidenceCache.set(key, e);
  }
  return e;
}
