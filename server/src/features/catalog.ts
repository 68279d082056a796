/**
 * The corpus in totals, for the views that show all of it (the entity explorer, the review queue,
 * the timeline's entity filter) and the uncertain-name diagnostic: per article a compact record of
 * its names and dates, and their sums by entity, by spelling and by date. Kept current article by
 * article: one whose text, linking or corrections changed (`CorpusIndex.mentionsRevision`) is read
 * again, the others cost a comparison. A page of the explorer then reads sums, not every mention
 * of the corpus; building the sums is the one pass over all mentions, done in time slices
 * (`sync(more)`) while the editor is quiet, or at once by the first request that needs them.
 */
import { comparisonKey, detached, type CorpusIndex, type NameType } from '../core';
import type { ExplorerType } from '../protocol';

export const NAME_TYPES: readonly NameType[] = ['PERSON', 'INSTITUTION', 'PLACE'];
const TYPE_CODE: Record<NameType, number> = { PERSON: 0, INSTITUTION: 1, PLACE: 2 };

/** Articles read per step of `sync(more)` before asking `more()` again. */
const SYNC_STEP = 64;

/** Strings given small numbers: rows of numbers then stand for mentions. */
class Interner {
  private readonly ids = new Map<string, number>();
  readonly values: string[] = [];

  id(s: string): number {
    let i = this.ids.get(s);
    if (i === undefined) {
      i = this.values.length;
      const kept = detached(s);
      this.values.push(kept);
      this.ids.set(kept, i);
    }
    return i;
  }

  lookup(s: string): number | undefined {
    return this.ids.get(s);
  }
}

/** Sums over groups (entities, or dates by value): mentions, articles, and how often each spelling is used. */
class GroupSums {
  readonly groups = new Interner();
  readonly spellings = new Interner();
  /** Per spelling: its comparison key (accents, case and punctuation ignored). */
  readonly spellingKeys: string[] = [];
  readonly mentions: number[] = [];
  readonly articles: number[] = [];
  readonly type: number[] = [];
  readonly bySpelling: Map<number, number>[] = [];
  /** Bumped whenever a sum changes: sorted lists made before are stale. */
  version = 0;

  spelling(text: string): number {
    const id = this.spellings.id(text);
    if (id === this.spellingKeys.length) this.spellingKeys.push(comparisonKey(text));
    return id;
  }

  group(id: string, type: number): number {
    const g = this.groups.id(id);
    if (g === this.mentions.length) {
      this.mentions.push(0);
      this.articles.push(0);
      this.type.push(type);
      this.bySpelling.push(new Map());
    }
    this.type[g] = type;
    return g;
  }

  /** Adds (sign 1) or takes away (-1) rows `[group, spelling, count, …]` of one article (`width` numbers a row). */
  apply(rows: Int32Array, width: number, sign: 1 | -1, seen: Set<number>): void {
    seen.clear();
    for (let i = 0; i < rows.length; i += width) {
      const g = rows[i];
      const s = rows[i + 1];
      const n = rows[i + 2] * sign;
      this.mentions[g] += n;
      const m = this.bySpelling[g];
      const c = (m.get(s) ?? 0) + n;
      if (c > 0) m.set(s, c);
      else m.delete(s);
      if (!seen.has(g)) {
        seen.add(g);
        this.articles[g] += sign;
      }
    }
    this.version++;
  }
}

interface ArticleRecord {
  /** `mentionsRevision` when the name rows were made. */
  namesStamp: string;
  /** Rows of NAME_WIDTH numbers: entity, spelling, count, flags (type code; bit 2: a title stands next to one of them), lowest own confidence ×1000 or -1. */
  names: Int32Array;
  /** The article's version when the date rows were made. */
  datesVersion: number;
  /** Rows of DATE_WIDTH numbers: date value, spelling, count. */
  dates: Int32Array;
}

export const NAME_WIDTH = 5;
const DATE_WIDTH = 3;
export const HAS_ROLES = 4;
/** Above any number of spellings a session interns: (group, spelling) pairs made into one number stay exact. */
const SPELLINGS_MAX = 1 << 24;

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

export class Catalog {
  readonly names = new GroupSums();
  readonly dates = new GroupSums();
  /** Mentions per name comparison key, over every entity and type: "seen once in the corpus". */
  private readonly keyCounts = new Map<string, number>();
  private readonly articles = new Map<string, ArticleRecord>();
  private readonly seen = new Set<number>();
  /** The index revision the sums reflect (-1: never synced). */
  private syncedAt = -1;
  /** A sync in progress: the files left, from the revision it began at. */
  private queue: { revision: number; files: string[]; next: number } | undefined;
  private sorted = new Map<string, { version: number; list: number[] }>();

  constructor(private readonly index: CorpusIndex) {}

  /** Whether the sums reflect the index as it is now. */
  get current(): boolean {
    return this.syncedAt === this.index.revision && !this.queue;
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

  private drop(file: string): void {
    const rec = this.articles.get(file);
    if (!rec) return;
    this.applyNames(rec.names, -1);
    this.dates.apply(rec.dates, DATE_WIDTH, -1, this.seen);
    this.articles.delete(file);
  }

  private update(file: string): void {
    const stamp = this.index.mentionsRevision(file);
    if (stamp === undefined) return this.drop(file);
    let rec = this.articles.get(file);
    const version = this.index.version(file) ?? -1;
    if (!rec) {
      rec = { namesStamp: '', names: new Int32Array(0), datesVersion: -1, dates: new Int32Array(0) };
      this.articles.set(file, rec);
    }
    if (rec.namesStamp !== stamp) {
      this.applyNames(rec.names, -1);
      rec.names = this.nameRows(file);
      rec.namesStamp = stamp;
      this.applyNames(rec.names, 1);
    }
    if (rec.datesVersion !== version) {
      this.dates.apply(rec.dates, DATE_WIDTH, -1, this.seen);
      rec.dates = this.dateRows(file);
      rec.datesVersion = version;
      this.dates.apply(rec.dates, DATE_WIDTH, 1, this.seen);
    }
  }

  private applyNames(rows: Int32Array, sign: 1 | -1): void {
    if (rows.length === 0) return;
    this.names.apply(rows, NAME_WIDTH, sign, this.seen);
    for (let i = 0; i < rows.length; i += NAME_WIDTH) {
      const key = this.names.spellingKeys[rows[i + 1]];
      const n = (this.keyCounts.get(key) ?? 0) + rows[i + 2] * sign;
      if (n > 0) this.keyCounts.set(key, n);
      else this.keyCounts.delete(key);
    }
  }

  private nameRows(file: string): Int32Array {
    const rows: number[] = [];
    // Row of each (entity, spelling, type) seen in the file, by a number made of the three.
    const at = new Map<number, number>();
    for (const m of this.index.nameMentions(file)) {
      const code = TYPE_CODE[m.type];
      const g = this.names.group(m.entityId, code);
      const s = this.names.spelling(m.text);
      const key = (g * SPELLINGS_MAX + s) * 4 + code;
      let i = at.get(key);
      if (i === undefined) {
        i = rows.length;
        at.set(key, i);
        rows.push(g, s, 0, code, -1);
      }
      rows[i + 2]++;
      if (m.roles.length > 0) rows[i + 3] |= HAS_ROLES;
      if (typeof m.confidence === 'number') {
        const c = Math.round(Math.max(0, Math.min(1, m.confidence)) * 1000);
        if (rows[i + 4] < 0 || c < rows[i + 4]) rows[i + 4] = c;
      }
    }
    return Int32Array.from(rows);
  }

  private dateRows(file: string): Int32Array {
    const rows: number[] = [];
    const at = new Map<number, number>();
    for (const d of this.index.dates(file)) {
      // A date that resolves to nothing (`mardi dernier` without a dateline) is not on any axis.
      const value = dateValue(d.resolved ?? d.value);
      if (!value) continue;
      const g = this.dates.group(value, 3);
      const s = this.dates.spelling(d.text);
      const key = g * SPELLINGS_MAX + s;
      let i = at.get(key);
      if (i === undefined) {
        i = rows.length;
        at.set(key, i);
        rows.push(g, s, 0);
      }
      rows[i + 2]++;
    }
    return Int32Array.from(rows);
  }

  // ---- reading ---------------------------------------------------------------------------------

  sums(type: ExplorerType): GroupSums {
    return type === 'DATE' ? this.dates : this.names;
  }

  /**
   * The groups of `type` that have mentions, most mentioned first (then by id), or only those one
   * of whose spellings (or, for dates, the value) contains `filter` (accents and case ignored).
   */
  list(type: ExplorerType, filter = ''): number[] {
    const sums = this.sums(type);
    const code = type === 'DATE' ? 3 : TYPE_CODE[type];
    const q = comparisonKey(filter);
    const cacheKey = `${type}\u0000${q}`;
    const cached = this.sorted.get(cacheKey);
    if (cached && cached.version === sums.version) return cached.list;
    let list: number[];
    const base = q ? this.sorted.get(`${type}\u0000`) : undefined;
    if (base && base.version === sums.version) {
      list = base.list.filter((g) => this.matches(sums, g, q));
    } else {
      list = [];
      for (let g = 0; g < sums.mentions.length; g++) if (sums.mentions[g] > 0 && sums.type[g] === code && (!q || this.matches(sums, g, q))) list.push(g);
      const ids = sums.groups.values;
      list.sort((a, b) => sums.mentions[b] - sums.mentions[a] || (ids[a] < ids[b] ? -1 : ids[a] > ids[b] ? 1 : 0));
    }
    // A few filters are kept (the one typed, the unfiltered lists); a long session does not pile them up.
    if (this.sorted.size > 16) for (const k of [...this.sorted.keys()]) if (!k.endsWith('\u0000')) this.sorted.delete(k);
    this.sorted.set(cacheKey, { version: sums.version, list });
    return list;
  }

  private matches(sums: GroupSums, g: number, q: string): boolean {
    if (sums === this.dates && comparisonKey(sums.groups.values[g]).includes(q)) return true;
    for (const s of sums.bySpelling[g].keys()) if (sums.spellingKeys[s].includes(q)) return true;
    return false;
  }

  /** A group's spellings, most used first. */
  spellingsOf(type: ExplorerType, g: number): { text: string; count: number }[] {
    const sums = this.sums(type);
    return [...sums.bySpelling[g]].map(([s, count]) => ({ text: sums.spellings.values[s], count })).sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1));
  }

  /** The group number of an entity id or a date value, if it has mentions. */
  groupOf(type: ExplorerType, id: string): number | undefined {
    const sums = this.sums(type);
    const g = sums.groups.lookup(id);
    return g !== undefined && sums.mentions[g] > 0 ? g : undefined;
  }

  /** How many times a name with this comparison key is written in the corpus, whatever its entity or type. */
  keyCount(key: string): number {
    return this.keyCounts.get(key) ?? 0;
  }

  /** Every name row of every article (in no particular order): the review queue's material. */
  forEachGuess(visit: (row: GuessRow) => void): void {
    for (const [file, rec] of this.articles) {
      const rows = rec.names;
      for (let i = 0; i < rows.length; i += NAME_WIDTH) {
        visit({
          file,
          entity: rows[i],
          spelling: rows[i + 1],
          count: rows[i + 2],
          type: NAME_TYPES[rows[i + 3] & 3],
          hasRoles: (rows[i + 3] & HAS_ROLES) !== 0,
          confidence: rows[i + 4] < 0 ? undefined : rows[i + 4] / 1000,
        });
      }
    }
  }

  /** The articles that report date value `g` (date groups only). */
  filesWithDate(g: number): string[] {
    const out: string[] = [];
    for (const [file, rec] of this.articles) {
      for (let i = 0; i < rec.dates.length; i += DATE_WIDTH) {
        if (rec.dates[i] === g) {
          out.push(file);
          break;
        }
      }
    }
    return out;
  }

  /** Each article's dates: value and spelling, for the timeline. */
  forEachDate(visit: (file: string, value: string, text: string) => void): void {
    for (const [file, rec] of this.articles) {
      for (let i = 0; i < rec.dates.length; i += DATE_WIDTH) visit(file, this.dates.groups.values[rec.dates[i]], this.dates.spellings.values[rec.dates[i + 1]]);
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
