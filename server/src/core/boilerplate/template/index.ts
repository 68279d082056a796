/**
 * Site templates learnt from the corpus. A short line is template furniture when a line of the
 * same shape (see lineShape.ts) stands in the same region of another page of its site: two
 * publication lines, two breadcrumb trails, two "Dernière minute : …" tickers, even though no two
 * are equal. Pages are of one site when they share at least two short lines above or below the
 * article word for word (a masthead, a menu bar, a copyright line): a shape common on one site
 * does not condemn the same words on the pages of another.
 *
 * Also here: which pages' headlines the "see also" lines of a page name (the teaser links).
 *
 * Incremental and order-independent like the duplicate index: each page's keys go into inverted
 * lists (shape → pages, headline → pages, named headline → pages), every answer is read from the
 * current pages only, and a change tells which pages' answers it may change.
 */
import { IntStack } from '../../collections/intStack';
import { KeyLists } from '../../collections/keyLists';
import { C_LINE, C_REGION, CAND_FIELDS, T_END, T_LINE, T_START, TEASER_FIELDS, type Region, type TemplateFacts } from './facts';

/** Pages of one site share this many short lines above or below their articles, word for word. */
export const SITE_EVIDENCE = 2;
/** Pages read to name a site (see `siteLine`). */
const SITE_SAMPLE = 8;

/** A template line of a page and why. */
export interface TemplateLine {
  line: number;
  region: Region;
  /** The whole line's shape recurs (false: only its prefix, `Lire aussi : …`). */
  whole: boolean;
  /** The key of the shape (or prefix) that recurs. */
  key: number;
  /** Pages of the site with a line of this shape in this region, this one included. */
  articles: number;
  /** The other pages of the site with a line of this shape there (page ids, ascending). */
  pages: Int32Array;
}

/** A line of a page naming another page's headline. */
export interface TeaserLink {
  line: number;
  /** Where the named headline stands in the line. */
  start: number;
  end: number;
  /** The page whose headline it is, and that headline's line there. */
  file: number;
  headline: number;
}

/** Are two key lists the same, in order (NaN equal to NaN)? */
function eqKeys(x: Float64Array, y: Float64Array): boolean {
  return x.length === y.length && x.every((v, k) => Object.is(v, y[k]));
}

/** Do two pages read alike to other pages: the same shapes, site keys, headline and named headlines? */
function sameKeys(a: TemplateFacts, b: TemplateFacts): boolean {
  return Object.is(a.headlineKey, b.headlineKey) && eqKeys(a.candKeys, b.candKeys) && eqKeys(a.siteKeys, b.siteKeys) && eqKeys(a.teaserKeys, b.teaserKeys);
}

/** Does the ascending list hold `key`? */
function hasKey(keys: Float64Array, key: number): boolean {
  let lo = 0;
  let hi = keys.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo < keys.length && keys[lo] === key;
}

export class TemplateIndex {
  private readonly pages: (TemplateFacts | undefined)[] = [];
  /** Shape and prefix keys → the pages with a candidate line of that key. */
  private readonly shapes = new KeyLists();
  private readonly headlines = new KeyLists();
  private readonly named = new KeyLists();
  /** Site keys → the pages with a short line of that key above or below their article. */
  private readonly sites = new KeyLists();
  /** Per page id: the round `shared` was counted in (see `readSite`), and how many site keys it shares with the reader. */
  private sharedAt = new Int32Array(0);
  private shared = new Int32Array(0);
  private round = 0;
  private readonly scratch = new IntStack();
  private lastFlagged: ReadonlySet<number> = new Set();

  /**
   * `isWatched(id)`: whether that page's answers are kept by the caller (only they need telling
   * when another page changes them); `anyWatched()`: whether any is.
   */
  constructor(
    private readonly isWatched: (id: number) => boolean,
    private readonly anyWatched: () => boolean,
    /** Where a page's name stands in sorted order: of several pages, the first by name is chosen. */
    private readonly nameRank: (id: number) => number,
  ) {}

  facts(id: number): TemplateFacts | undefined {
    return this.pages[id];
  }

  /**
   * Page `id` now reads `facts`; answers the other watched pages whose answers may have changed:
   * none when what other pages read of it (its keys) is as it was, as after an edit of its body.
   */
  setFile(id: number, facts: TemplateFacts): Set<number> {
    const old = this.pages[id];
    if (old) this.unlist(id, old);
    this.pages[id] = facts;
    this.list(id, facts);
    if (old && sameKeys(old, facts)) {
      this.lastFlagged = new Set();
      return new Set();
    }
    this.lastFlagged = this.flagChanges(id, old, facts);
    return this.touched(id, old, facts);
  }

  removeFile(id: number): Set<number> {
    const old = this.pages[id];
    if (!old) return new Set();
    this.unlist(id, old);
    this.pages[id] = undefined;
    this.lastFlagged = this.flagChanges(id, old, undefined);
    return this.touched(id, old, undefined);
  }

  /**
   * Of the pages the last change told (see `setFile`), those whose template lines or teasers may
   * come or go, not only read another count or list: the pages whose every other line of a shape
   * the page had, or has, was this page's; and the pages naming its headline.
   */
  flagChanged(): ReadonlySet<number> {
    return this.lastFlagged;
  }

  /** The template lines of page `id`, but for lines `skip` says are accounted for already. */
  templateLines(id: number, skip: (line: number) => boolean): TemplateLine[] {
    const f = this.pages[id];
    if (!f || f.siteKeys.length < SITE_EVIDENCE) return [];
    const out: TemplateLine[] = [];
    let read = false;
    for (let c = 0; c < f.cands.length / CAND_FIELDS; c++) {
      const line = f.cands[c * CAND_FIELDS + C_LINE];
      if (skip(line)) continue;
      // Most pages have every candidate accounted for (chrome, copies): their site is read only when needed.
      if (!read) this.readSite(id, f);
      read = true;
      let whole = true;
      let key = f.candKeys[2 * c];
      let pages = this.sitePages(id, key);
      if (pages.length === 0 && !Number.isNaN(f.candKeys[2 * c + 1])) {
        whole = false;
        key = f.candKeys[2 * c + 1];
        pages = this.sitePages(id, key);
      }
      if (pages.length === 0) continue;
      out.push({ line, region: f.cands[c * CAND_FIELDS + C_REGION] as Region, whole, key, articles: 1 + pages.length, pages });
    }
    return out;
  }

  /**
   * Counts, for each page sharing a site key with page `id` (the reader), how many it shares:
   * `ofReaderSite` then answers from the counts. One pass over the site keys' lists (which lie in
   * one array), rather than comparing the reader's keys with each page's, scattered in the heap.
   */
  private readSite(id: number, f: TemplateFacts): void {
    if (++this.round === 0x7fffffff) {
      this.round = 1;
      this.sharedAt.fill(0);
    }
    for (const k of f.siteKeys) {
      this.sites.some(k, (g) => {
        if (g === id) return false;
        if (g >= this.sharedAt.length) this.growShared(g);
        if (this.sharedAt[g] !== this.round) {
          this.sharedAt[g] = this.round;
          this.shared[g] = 0;
        }
        this.shared[g]++;
        return false;
      });
    }
  }

  /** Is page `g` of the reader's site (see `readSite`)? */
  private ofReaderSite(g: number): boolean {
    return g < this.sharedAt.length && this.sharedAt[g] === this.round && this.shared[g] >= SITE_EVIDENCE;
  }

  private growShared(g: number): void {
    const n = Math.max(g + 1, 2 * this.sharedAt.length, 1024);
    const at = new Int32Array(n);
    at.set(this.sharedAt);
    const shared = new Int32Array(n);
    shared.set(this.shared);
    this.sharedAt = at;
    this.shared = shared;
  }

  /** The other pages of the reader's site (see `readSite`) with a candidate line of key `key`. */
  private sitePages(id: number, key: number): Int32Array {
    const found = this.scratch;
    found.length = 0;
    this.shapes.some(key, (g) => {
      if (g !== id && this.ofReaderSite(g)) found.push(g);
      return false;
    });
    return found.done();
  }

  /** Page `g`'s first candidate line with key `key` (shape or prefix), or -1. */
  lineOf(g: number, key: number): number {
    const fg = this.pages[g];
    if (!fg) return -1;
    for (let c = 0; c < fg.cands.length / CAND_FIELDS; c++) if (fg.candKeys[2 * c] === key || fg.candKeys[2 * c + 1] === key) return fg.cands[c * CAND_FIELDS + C_LINE];
    return -1;
  }

  /** The lines of page `id` naming the headline of another page. */
  teaserLinks(id: number): TeaserLink[] {
    const f = this.pages[id];
    if (!f) return [];
    const out: TeaserLink[] = [];
    for (let k = 0; k < f.teaserKeys.length; k++) {
      const line = f.teasers[k * TEASER_FIELDS + T_LINE];
      // One link per line: the first span of it that names a headline, to the first page by name
      // that has it (two pages can carry one headline).
      if (out.length > 0 && out[out.length - 1].line === line) continue;
      let best = -1;
      this.headlines.some(f.teaserKeys[k], (g) => {
        if (g !== id && (best < 0 || this.nameRank(g) < this.nameRank(best))) best = g;
        return false;
      });
      if (best >= 0) out.push({ line, start: f.teasers[k * TEASER_FIELDS + T_START], end: f.teasers[k * TEASER_FIELDS + T_END], file: best, headline: this.pages[best]!.headline });
    }
    return out;
  }

  /**
   * The line of page `id` that best names its site among `pages` (of that site): the short line
   * above or below the article that most of them share word for word (a masthead, a copyright
   * line), the first on the page on a tie; -1 when none is shared. The first SITE_SAMPLE pages by
   * name are asked (a site can have thousands): the same whatever order they came in.
   */
  siteLine(id: number, pages: readonly number[]): number {
    const f = this.pages[id];
    if (!f) return -1;
    const sample = [...pages].sort((a, b) => this.nameRank(a) - this.nameRank(b)).slice(0, SITE_SAMPLE);
    let best = -1;
    let bestCount = 0;
    for (let k = 0; k < f.siteKeys.length; k++) {
      let n = 0;
      for (const g of sample) {
        const fg = this.pages[g];
        if (fg && hasKey(fg.siteKeys, f.siteKeys[k])) n++;
      }
      if (n > bestCount || (n === bestCount && n > 0 && f.siteLines[k] < best)) {
        best = f.siteLines[k];
        bestCount = n;
      }
    }
    return best;
  }

  /** The pages with a line naming page `id`'s headline. */
  namedBy(id: number): number[] {
    const f = this.pages[id];
    const out: number[] = [];
    if (f && !Number.isNaN(f.headlineKey)) this.named.some(f.headlineKey, (g) => (g !== id && out.push(g), false));
    return out;
  }

  private list(id: number, f: TemplateFacts): void {
    for (const k of f.candKeys) if (!Number.isNaN(k)) this.shapes.add(k, id);
    for (const k of f.siteKeys) this.sites.add(k, id);
    if (!Number.isNaN(f.headlineKey)) this.headlines.add(f.headlineKey, id);
    for (const k of f.teaserKeys) this.named.add(k, id);
  }

  private unlist(id: number, f: TemplateFacts): void {
    for (const k of f.candKeys) if (!Number.isNaN(k)) this.shapes.remove(k, id);
    for (const k of f.siteKeys) this.sites.remove(k, id);
    if (!Number.isNaN(f.headlineKey)) this.headlines.remove(f.headlineKey, id);
    for (const k of f.teaserKeys) this.named.remove(k, id);
  }

  /**
   * See `flagChanged`: pages of its site sharing a shape with it and no other page, before or after
   * (whether their blocks are built or not: what an editor shows of them may be out of date).
   */
  private flagChanges(id: number, old: TemplateFacts | undefined, now: TemplateFacts | undefined): Set<number> {
    const out = new Set<number>();
    if (!this.anyWatched()) return out;
    // With the same site keys, only the shapes it gained or lost matter; else all it had or has.
    const sameSite = !!old && !!now && eqKeys(old.siteKeys, now.siteKeys);
    const had = new Set(old?.candKeys ?? []);
    const has = new Set(now?.candKeys ?? []);
    for (const [f, other] of [
      [old, has],
      [now, had],
    ] as const) {
      if (!f) continue;
      this.readSite(id, f);
      for (const k of f.candKeys) {
        if (Number.isNaN(k) || (sameSite && other.has(k))) continue;
        let only = -1;
        let n = 0;
        this.shapes.some(k, (g) => {
          if (g === id || !this.ofReaderSite(g)) return false;
          only = g;
          return ++n > 1;
        });
        if (n === 1) out.add(only);
      }
      if (!Number.isNaN(f.headlineKey) && !Object.is(old?.headlineKey, now?.headlineKey)) this.named.some(f.headlineKey, (g) => (g !== id && out.add(g), false));
    }
    return out;
  }

  /**
   * The watched pages whose template lines or teasers may read differently now that page `id`
   * went from `old` to `now`: pages of its site (before or after) sharing a shape with it, and
   * pages whose teasers name its headline (before or after). Pages of one site share lines word
   * for word, so the duplicate index names them too; pages naming a headline may share no text.
   */
  private touched(id: number, old: TemplateFacts | undefined, now: TemplateFacts | undefined): Set<number> {
    const out = new Set<number>();
    if (!this.anyWatched()) return out;
    for (const f of [old, now]) {
      if (!f) continue;
      // The pages of its site, read once (see `readSite`), then each shape's list checked against them.
      this.readSite(id, f);
      for (const k of f.candKeys) {
        if (Number.isNaN(k)) continue;
        this.shapes.some(k, (g) => {
          if (g !== id && this.ofReaderSite(g) && this.isWatched(g)) out.add(g);
          return false;
        });
      }
      if (!Number.isNaN(f.headlineKey)) this.named.some(f.headlineKey, (g) => (g !== id && this.isWatched(g) && out.add(g), false));
    }
    return out;
  }

}
