/**
 * The corpus in totals, for the views that show all of it (the entity explorer, the review queue,
 * the timeline) and the uncertain-name diagnostic: per article one array of numbers for its names
 * and dates, and their sums by entity, by spelling and by date. Kept current article by article:
 * one whose text, linking or corrections changed (`CorpusIndex.mentionsRevision`) is read again,
 * the others cost a comparison. A page of the explorer then reads sums, not every mention of the
 * corpus. The diagnostics sweep reads each article's rows as it goes (`refreshArticle`), so the sums
 * are ready when the diagnostics are; `sync` catches up with what changed since, in time slices
 * (`sync(more)`) or at once. Kept small: it lives beside the index for the whole session, and the
 * index's memory has a budget (docs/performance.md).
 */
import { comparisonKey, detached, type CorpusIndex, type NameType } from '../core';
import type { ExplorerType } from '../protocol';

export const NAME_TYPES: readonly NameType[] = ['PERSON', 'INSTITUTION', 'PLACE'];
const TYPE_CODE: Record<NameType, number> = { PERSON: 0, INSTITUTION: 1, PLACE: 2 };
const DATE_CODE = 3;

/** Articles read per step of `sync(more)` before asking `more()` again. */
const SYNC_STEP = 64;
/** A name row: group (entity), spelling, count, and the flags below. */
const NAME_WIDTH = 4;
/** A date row: group (the value the date resolves to), count. */
const DATE_WIDTH = 2;
/** Numbers kept in a `Groups` change log (two per change). */
const LOG_MAX = 1 << 15;
/** Flags of a name row: the type code in bits 0–1; bit 2: a title stands next to one of the mentions; bits 3–13: the recognisers' lowest own confidence ×1000, plus one (0: none given). */
const HAS_ROLES = 4;
const CONFIDENCE_SHIFT = 3;

/** Strings given small numbers: rows of numbers then stand for mentions. */
class Interner {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  /** `copy`: the string may be a slice of an article's text, which a long-lived table must not keep alive. */
  constructor(private readonly copy: boolean) {}

  id(s: string): number {
    let i = this.ids.get(s);
    if (i === undefined) {
      i = this.values.length;
      const kept = this.copy ? detached(s) : s;
      this.values.push(kept);
      this.ids.set(kept, i);
    }
    return i;
  }

  lookup(s: string): number | undefined {
    return this.ids.get(s);
  }
}

/**
 * Sums per group (an entity, or a date value): mentions, articles and, for names, how often each
 * spelling is used. Most entities are written one way: their spelling and its count sit in two
 * arrays, and only the others get a map.
 */
class Groups {
  readonly ids: Interner;
  readonly mentions: number[] = [];
  readonly articles: number[] = [];
  readonly type: number[] = [];
  private readonly only: number[] = [];
  private readonly onlyCount: number[] = [];
  private readonly several = new Map<number, Map<number, number>>();
  /** Bumped whenever a sum changes: sorted lists made before are stale. */
  version = 0;
  /**
   * The groups whose sums changed, as (version, group) pairs from version `logFrom` on: a sorted list
   * of an older version is mended from them (an edit touches a few groups of a hundred thousand)
   * instead of sorted again. Cut when it grows long: a list older than that is sorted whole.
   */
  private log: number[] = [];
  private logFrom = 0;

  /** Notes that group `g`'s sums change in the version being made (`version + 1`). */
  touch(g: number): void {
    if (this.log.length >= LOG_MAX) {
      this.log = [];
      // The version in progress lost its earlier changes with the cut: it counts as before the log.
      this.logFrom = this.version + 2;
    }
    this.log.push(this.version + 1, g);
  }

  /** The groups changed since version `since`, or undefined when the log no longer reaches back that far. */
  changedSince(since: number): Set<number> | undefined {
    if (since + 1 < this.logFrom) return undefined;
    const out = new Set<number>();
    for (let i = this.log.length - 2; i >= 0 && this.log[i] > since; i -= 2) out.add(this.log[i + 1]);
    return out;
  }

  constructor(copyIds: boolean) {
    this.ids = new Interner(copyIds);
  }

  group(id: string, type: number): number {
    const g = this.ids.id(id);
    if (g === this.mentions.length) {
      this.mentions.push(0);
      this.articles.push(0);
      this.type.push(type);
      this.only.push(-1);
      this.onlyCount.push(0);
    }
    this.type[g] = type;
    return g;
  }

  /** Adds `n` (negative: takes away) uses of spelling `s` to group `g`. */
  spell(g: number, s: number, n: number): void {
    const map = this.several.get(g);
    if (map) {
      const c = (map.get(s) ?? 0) + n;
      if (c > 0) map.set(s, c);
      else map.delete(s);
      if (map.size === 1) {
        const [[one, count]] = map;
        this.several.delete(g);
        this.only[g] = one;
        this.onlyCount[g] = count;
      }
    } else if (this.only[g] === s || this.only[g] < 0) {
      this.only[g] = s;
      this.onlyCount[g] += n;
      if (this.onlyCount[g] <= 0) {
        this.only[g] = -1;
        this.onlyCount[g] = 0;
      }
    } else {
      this.several.set(g, new Map([[this.only[g], this.onlyCount[g]], [s, n]]));
      this.only[g] = -1;
      this.onlyCount[g] = 0;
    }
  }

  /** The group's spellings (numbers) with their counts. */
  spellings(g: number): [spelling: number, count: number][] {
    const map = this.several.get(g);
    if (map) return [...map];
    return this.only[g] >= 0 ? [[this.only[g], this.onlyCount[g]]] : [];
  }

  spellingCount(g: number): number {
    return this.several.get(g)?.size ?? (this.only[g] >= 0 ? 1 : 0);
  }
}

/** One name row of one article, as `forEachGuess` hands it out. */
export interface GuessRow {
  file: string;
  entity: number;
  spelling: number;
  type: NameType;
  count: number;
  hasRoles: boolean;
  /** The recognisers' own lowest confidence for these mentions, when they give one. */
  confidence: number | undefined;
}

interface ArticleRecord {
  /** `mentionsRevision` when the name rows were made. */
  stamp: string;
  /** The article's version when the date rows were made. */
  version: number;
  /** How many numbers of `rows` are name rows; the date rows follow. */
  names: number;
  rows: Int32Array;
}

export class Catalog {
  private readonly entities = new Groups(false);
  private readonly dates = new Groups(false);
  private readonly spellings = new Interner(true);
  /** Per spelling: its comparison key (accents, case and punctuation ignored). */
  private readonly spellingKeys: string[] = [];
  /** Mentions per name comparison key, over every entity and type: "seen once in the corpus". */
  private readonly keyCounts = new Map<string, number>();
  private readonly articles = new Map<string, ArticleRecord>();
  private readonly seen = new Set<number>();
  /** The index revision the sums reflect (-1: never synced). */
  private syncedAt = -1;
  /** A sync in progress: the files left, from the revision it began at. */
  private queue: { revision: number; files: string[]; next: number } | undefined;
  private readonly sorted = new Map<string, { version: number; list: number[] }>();

  constructor(private readonly index: CorpusIndex) {}

  /** Whether the sums reflect the index as it is now. */
  get current(): boolean {
    return this.syncedAt === this.index.revision && !this.queue;
  }

  /** Changes with every change of the sums. */
  get version(): string {
    return `${this.entities.version}.${this.dates.version}`;
  }

  /**
   * Brings the sums up to date with the index, a few dozen articles at a time while `more()` says
   * so; true once they are. Without `more`, all at once (a request that needs them).
   */
  sync(more: () => boolean = () => true): boolean {
    const revision = this.index.revision;
    if (this.syncedAt === revision && !this.queue) return true;
    if (!this.queue || this.queue.revision !== revision) {
      for (const f of this.articles.keys()) if (!this.index.has(f)) this.drop(f);
      this.queue = { revision, files: this.index.files(), next: 0 };
    }
    const q = this.queue;
    while (q.next < q.files.length) {
      if (!more()) return false;
      const end = Math.min(q.files.length, q.next + SYNC_STEP);
      for (; q.next < end; q.next++) this.update(q.files[q.next]);
    }
    this.queue = undefined;
    this.syncedAt = revision;
    return true;
  }

  /**
   * Brings one article's rows up to date (the diagnostics sweep does, file by file, so that the
   * totals are ready with the diagnostics); the next `sync` then only compares it.
   */
  refreshArticle(file: string): void {
    this.update(file);
  }

  private drop(file: string): void {
    const rec = this.articles.get(file);
    if (!rec) return;
    this.applyNames(rec.rows, 0, rec.names, -1);
    this.applyDates(rec.rows, rec.names, -1);
    this.articles.delete(file);
  }

  private update(file: string): void {
    const stamp = this.index.mentionsRevision(file);
    if (stamp === undefined) return this.drop(file);
    const version = this.index.version(file) ?? -1;
    const rec = this.articles.get(file);
    if (rec && rec.stamp === stamp && rec.version === version) return;
    const names = rec && rec.stamp === stamp ? rec.rows.subarray(0, rec.names) : this.nameRows(file);
    const dates = rec && rec.version === version ? rec.rows.subarray(rec.names) : this.dateRows(file);
    if (rec) {
      if (rec.stamp !== stamp) this.applyNames(rec.rows, 0, rec.names, -1);
      if (rec.version !== version) this.applyDates(rec.rows, rec.names, -1);
    }
    const rows = new Int32Array(names.length + dates.length);
    rows.set(names);
    rows.set(dates, names.length);
    if (!rec || rec.stamp !== stamp) this.applyNames(rows, 0, names.length, 1);
    if (!rec || rec.version !== version) this.applyDates(rows, names.length, 1);
    this.articles.set(file, { stamp, version, names: names.length, rows });
  }

  /** Adds (sign 1) or takes away (-1) the name rows `rows[from, to)` of one article. */
  private applyNames(rows: Int32Array, from: number, to: number, sign: 1 | -1): void {
    if (to <= from) return;
    const sums = this.entities;
    this.seen.clear();
    for (let i = from; i < to; i += NAME_WIDTH) {
      const g = rows[i];
      const s = rows[i + 1];
      const n = rows[i + 2] * sign;
      sums.touch(g);
      sums.mentions[g] += n;
      sums.spell(g, s, n);
      if (!this.seen.has(g)) {
        this.seen.add(g);
        sums.articles[g] += sign;
      }
      const key = this.spellingKeys[s];
      const k = (this.keyCounts.get(key) ?? 0) + n;
      if (k > 0) this.keyCounts.set(key, k);
      else this.keyCounts.delete(key);
    }
    sums.version++;
  }

  /** Adds (sign 1) or takes away (-1) the date rows from `rows[from]` on. */
  private applyDates(rows: Int32Array, from: number, sign: 1 | -1): void {
    if (rows.length <= from) return;
    const sums = this.dates;
    for (let i = from; i < rows.length; i += DATE_WIDTH) {
      sums.touch(rows[i]);
      sums.mentions[rows[i]] += rows[i + 1] * sign;
      sums.articles[rows[i]] += sign;
    }
    sums.version++;
  }

  private spelling(text: string): number {
    const s = this.spellings.id(text);
    if (s === this.spellingKeys.length) this.spellingKeys.push(comparisonKey(text));
    return s;
  }

  private nameRows(file: string): Int32Array {
    const rows: number[] = [];
    let lastEntity = '';
    let g = -1;
    for (const m of this.index.nameMentions(file)) {
      const code = TYPE_CODE[m.type];
      // An article names a few dozen things, often the same one in a row: no hashing then.
      if (m.entityId !== lastEntity || g < 0) g = this.entities.group((lastEntity = m.entityId), code);
      // The row of this (entity, spelling, type), found by scanning: an article has a few dozen, and
      // comparing a spelling's text costs less than hashing it to intern it.
      let i = 0;
      while (i < rows.length && (rows[i] !== g || (rows[i + 3] & 3) !== code || this.spellings.values[rows[i + 1]] !== m.text)) i += NAME_WIDTH;
      if (i === rows.length) rows.push(g, this.spelling(m.text), 0, code);
      rows[i + 2]++;
      if (m.roles.length > 0) rows[i + 3] |= HAS_ROLES;
      if (typeof m.confidence === 'number' && Number.isFinite(m.confidence)) {
        const own = Math.round(Math.max(0, Math.min(1, m.confidence)) * 1000) + 1;
        const before = rows[i + 3] >> CONFIDENCE_SHIFT;
        if (before === 0 || own < before) rows[i + 3] = (rows[i + 3] & ((1 << CONFIDENCE_SHIFT) - 1)) | (own << CONFIDENCE_SHIFT);
      }
    }
    return Int32Array.from(rows);
  }

  private dateRows(file: string): Int32Array {
    const counts = new Map<number, number>();
    for (const d of this.index.dates(file)) {
      // A date that resolves to nothing (`mardi dernier` without a dateline) is not on any axis.
      const value = dateValue(d.resolved ?? d.value);
      if (value) {
        const g = this.dates.group(value, DATE_CODE);
        counts.set(g, (counts.get(g) ?? 0) + 1);
      }
    }
    return Int32Array.from([...counts].flat());
  }

  // ---- reading ---------------------------------------------------------------------------------

  private groups(type: ExplorerType): Groups {
    return type === 'DATE' ? this.dates : this.entities;
  }

  /**
   * The groups of `type` that have mentions, most mentioned first (then by id), or only those one
   * of whose spellings (or, for dates, the value) contains `filter` (accents and case ignored).
   */
  list(type: ExplorerType, filter = ''): number[] {
    const sums = this.groups(type);
    const code = type === 'DATE' ? DATE_CODE : TYPE_CODE[type];
    const q = comparisonKey(filter);
    const cacheKey = `${type}\u0000${q}`;
    const cached = this.sorted.get(cacheKey);
    if (cached && cached.version === sums.version) return cached.list;
    const ids = sums.ids.values;
    const order = (a: number, b: number) => sums.mentions[b] - sums.mentions[a] || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0);
    const wanted = (g: number) => sums.mentions[g] > 0 && sums.type[g] === code && (!q || this.matches(type, g, q));
    let list: number[];
    const base = q ? this.sorted.get(`${type}\u0000`) : undefined;
    const changed = cached && sums.changedSince(cached.version);
    if (base && base.version === sums.version) {
      list = base.list.filter((g) => this.matches(type, g, q));
    } else if (cached && changed && changed.size <= cached.list.length / 16) {
      list = mended(cached.list, changed, wanted, order);
    } else {
      list = [];
      for (let g = 0; g < sums.mentions.length; g++) if (wanted(g)) list.push(g);
      list.sort(order);
    }
    // A few filters are kept (the one typed, the unfiltered lists); a long session does not pile them up.
    if (this.sorted.size > 16) for (const k of [...this.sorted.keys()]) if (!k.endsWith('\u0000')) this.sorted.delete(k);
    this.sorted.set(cacheKey, { version: sums.version, list });
    return list;
  }

  /** How many groups of `type` have mentions (with `filter`, as `list` takes it), and how many mentions: no sorting. */
  count(type: ExplorerType, filter = ''): { groups: number; mentions: number } {
    const sums = this.groups(type);
    const code = type === 'DATE' ? DATE_CODE : TYPE_CODE[type];
    const q = comparisonKey(filter);
    const out = { groups: 0, mentions: 0 };
    const add = (g: number) => {
      out.groups++;
      out.mentions += sums.mentions[g];
    };
    if (q) this.list(type, filter).forEach(add);
    else for (let g = 0; g < sums.mentions.length; g++) if (sums.mentions[g] > 0 && sums.type[g] === code) add(g);
    return out;
  }

  private matches(type: ExplorerType, g: number, q: string): boolean {
    if (type === 'DATE') return comparisonKey(this.dates.ids.values[g]).includes(q);
    for (const [s] of this.entities.spellings(g)) if (this.spellingKeys[s].includes(q)) return true;
    return false;
  }

  /** A group's id: the entity id, or the date's value. */
  idOf(type: ExplorerType, g: number): string {
    return this.groups(type).ids.values[g];
  }

  /** A group's sums: mentions, articles, and (names) how many spellings. */
  totals(type: ExplorerType, g: number): { mentions: number; articles: number; spellings: number } {
    const sums = this.groups(type);
    return { mentions: sums.mentions[g], articles: sums.articles[g], spellings: type === 'DATE' ? 0 : sums.spellingCount(g) };
  }

  /** An entity's spellings, most used first. */
  spellingsOf(g: number): { text: string; count: number }[] {
    return this.entities
      .spellings(g)
      .map(([s, count]) => ({ text: this.spellings.values[s], count }))
      .sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1));
  }

  /** The group number of an entity id or a date value, if it has mentions. */
  groupOf(type: ExplorerType, id: string): number | undefined {
    const sums = this.groups(type);
    const g = sums.ids.lookup(id);
    return g !== undefined && sums.mentions[g] > 0 && sums.type[g] === (type === 'DATE' ? DATE_CODE : TYPE_CODE[type]) ? g : undefined;
  }

  /** How many times a name with this comparison key is written in the corpus, whatever its entity or type. */
  keyCount(key: string): number {
    return this.keyCounts.get(key) ?? 0;
  }

  spellingText(s: number): string {
    return this.spellings.values[s];
  }

  spellingKey(s: number): string {
    return this.spellingKeys[s];
  }

  /** Every name row of every article (in no particular order): the review queue's material. */
  forEachGuess(visit: (row: GuessRow) => void): void {
    for (const [file, rec] of this.articles) {
      const rows = rec.rows;
      for (let i = 0; i < rec.names; i += NAME_WIDTH) {
        const flags = rows[i + 3];
        const own = flags >> CONFIDENCE_SHIFT;
        visit({
          file,
          entity: rows[i],
          spelling: rows[i + 1],
          count: rows[i + 2],
          type: NAME_TYPES[flags & 3],
          hasRoles: (flags & HAS_ROLES) !== 0,
          confidence: own === 0 ? undefined : (own - 1) / 1000,
        });
      }
    }
  }

  /** The articles that report the date value of group `g`. */
  filesWithDate(g: number): string[] {
    const out: string[] = [];
    for (const [file, rec] of this.articles) {
      for (let i = rec.names; i < rec.rows.length; i += DATE_WIDTH) {
        if (rec.rows[i] === g) {
          out.push(file);
          break;
        }
      }
    }
    return out;
  }

  /** Each article's date values (each once), for the timeline. */
  forEachDate(visit: (file: string, value: string) => void): void {
    for (const [file, rec] of this.articles) {
      for (let i = rec.names; i < rec.rows.length; i += DATE_WIDTH) visit(file, this.dates.ids.values[rec.rows[i]]);
    }
  }
}

/**
 * A resolved date as a point on the axis: `YYYY-MM-DD`, `YYYY-MM` or `YYYY`; a range by its first
 * day (`2023-07-27/2023-07-28` → `2023-07-27`). Undefined for what has no calendar value
 * (`XXXX-07`, null).
 */
export function dateValue(resolved: string | null): string | undefined {
  if (!resolved) return undefined;
  const first = resolved.split('/')[0];
  return /^\d{4}(-\d{2}(-\d{2})?)?$/.test(first) ? first : undefined;
}

/** A sorted list with the groups in `changed` taken out and put back where `order` now puts them (or left out). */
function mended(list: readonly number[], changed: ReadonlySet<number>, wanted: (g: number) => boolean, order: (a: number, b: number) => number): number[] {
  const moved = [...changed].filter(wanted).sort(order);
  const out: number[] = [];
  let j = 0;
  for (const g of list) {
    if (changed.has(g)) continue;
    while (j < moved.length && order(moved[j], g) < 0) out.push(moved[j++]);
    out.push(g);
  }
  while (j < moved.length) out.push(moved[j++]);
  return out;
}
