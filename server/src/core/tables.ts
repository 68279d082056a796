/**
 * Compact integer tables for the indexes that hold a row per shingle, group or form: the
 * duplicate index (boilerplate) and the linker's per-form file lists. The duplicate index's keys
 * are 53-bit hashes: as keys of a JS Map each costs a boxed number besides the entry (about 40
 * bytes for 1.5 million bucket keys at 10,000 articles); here a key costs 12 bytes in two typed arrays.
 */

const EMPTY = -1;

/** Open-addressing hash table from 53-bit non-negative integer keys to int32 values. */
export class KeyTable {
  private keys: Float64Array;
  private vals: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1024) {
    let cap = 16;
    while (cap < capacity) cap *= 2;
    this.keys = new Float64Array(cap).fill(EMPTY);
    this.vals = new Int32Array(cap);
    this.mask = cap - 1;
  }

  /** The slot of `key`, or of the empty slot where it would go (linear probing). */
  private slot(key: number): number {
    // Keys are hashes already: fold the high bits into the low ones and spread them.
    const h = Math.imul((key >>> 0) ^ Math.floor(key / 4294967296), 0x9e3779b1);
    let i = (h ^ (h >>> 15)) & this.mask;
    const keys = this.keys;
    while (keys[i] !== key && keys[i] !== EMPTY) i = (i + 1) & this.mask;
    return i;
  }

  /** The value of `key`, or `missing`. */
  get(key: number, missing: number): number {
    const i = this.slot(key);
    return this.keys[i] === EMPTY ? missing : this.vals[i];
  }

  set(key: number, val: number): void {
    let i = this.slot(key);
    if (this.keys[i] === EMPTY) {
      // Grow at 3/4 load: probes stay short.
      if ((this.size + 1) * 4 > this.keys.length * 3) {
        this.grow();
        i = this.slot(key);
      }
      this.keys[i] = key;
      this.size++;
    }
    this.vals[i] = val;
  }

  delete(key: number): void {
    let i = this.slot(key);
    if (this.keys[i] === EMPTY) return;
    this.size--;
    // Backward-shift deletion: move later entries of the probe run into the hole, no tombstones.
    const keys = this.keys;
    const mask = this.mask;
    for (let j = (i + 1) & mask; keys[j] !== EMPTY; j = (j + 1) & mask) {
      const home = this.home(keys[j]);
      // Entry j may fill hole i when its home is not cyclically in (i, j].
      const movable = i <= j ? home <= i || home > j : home <= i && home > j;
      if (!movable) continue;
      keys[i] = keys[j];
      this.vals[i] = this.vals[j];
      i = j;
    }
    keys[i] = EMPTY;
  }

  private home(key: number): number {
    const h = Math.imul((key >>> 0) ^ Math.floor(key / 4294967296), 0x9e3779b1);
    return (h ^ (h >>> 15)) & this.mask;
  }

  private grow(): void {
    const keys = this.keys;
    const vals = this.vals;
    this.keys = new Float64Array(keys.length * 2).fill(EMPTY);
    this.vals = new Int32Array(keys.length * 2);
    this.mask = keys.length * 2 - 1;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === EMPTY) continue;
      const j = this.slot(keys[i]);
      this.keys[j] = keys[i];
      this.vals[j] = vals[i];
    }
  }
}

/**
 * The shingles of all near-matchable groups in one array (a typed array per group would cost
 * more in headers than in shingles). Freed runs are reclaimed by `compact` once they are half.
 */
export class ShinglePool {
  data = new Uint32Array(1 << 16);
  used = 0;
  private garbage = 0;

  add(src: Uint32Array, from: number, to: number): number {
    const n = to - from;
    if (this.used + n > this.data.length) this.resize(Math.max(this.used + n, this.data.length * 2));
    const at = this.used;
    const data = this.data;
    for (let i = from; i < to; i++) data[at + i - from] = src[i];
    this.used += n;
    return at;
  }

  free(n: number): void {
    this.garbage += n;
  }

  /**
   * Give back the room doubling left beyond an eighth more than is used: at the end of a bulk load
   * (10,000 articles: 2.7 million shingles in room for 4.2, some 5 MB idle for the whole session).
   */
  trim(): void {
    const room = Math.max(1 << 16, this.used + (this.used >>> 3));
    if (room < this.data.length) this.resize(room);
  }

  private resize(cap: number): void {
    const next = new Uint32Array(cap);
    next.set(this.data.subarray(0, this.used));
    this.data = next;
  }

  needsCompaction(): boolean {
    return this.garbage > 65536 && this.garbage * 2 > this.used;
  }

  /**
   * Rewrite the live runs contiguously: run `r` of `runs` is `[starts[r], starts[r] + lengths[r])`,
   * and `starts[r]` receives its new offset.
   */
  compact(runs: Iterable<number>, starts: Int32Array, lengths: Int32Array): void {
    const next = new Uint32Array(Math.max(1 << 16, this.used - this.garbage));
    let at = 0;
    for (const r of runs) {
      const n = lengths[r];
      if (n === 0) continue;
      next.set(this.data.subarray(starts[r], starts[r] + n), at);
      starts[r] = at;
      at += n;
    }
    this.data = next;
    this.used = at;
    this.garbage = 0;
  }
}

/**
 * Scratch integers keyed by small non-negative integers (file or group ids), emptied in O(1) by
 * `clear`: a per-call Map would be allocated and hashed for every file whose blocks are built.
 */
export class Slots {
  private vals = new Int32Array(0);
  private stamps = new Int32Array(0);
  // Stamps start at 0, so the first generation must not be 0.
  private stamp = 1;

  /** Forget every value. */
  clear(): void {
    if (++this.stamp === 0x7fffffff) {
      this.stamps.fill(0);
      this.stamp = 1;
    }
  }

  /** The value of `key` since the last `clear`, or -1. */
  get(key: number): number {
    return key < this.stamps.length && this.stamps[key] === this.stamp ? this.vals[key] : -1;
  }

  set(key: number, val: number): void {
    if (key >= this.stamps.length) this.grow(key + 1);
    this.stamps[key] = this.stamp;
    this.vals[key] = val;
  }

  private grow(min: number): void {
    let cap = Math.max(1024, this.stamps.length * 2);
    while (cap < min) cap *= 2;
    const vals = new Int32Array(cap);
    const stamps = new Int32Array(cap);
    vals.set(this.vals);
    stamps.set(this.stamps);
    this.vals = vals;
    this.stamps = stamps;
  }
}

/** A growable list of int32 (scratch reused between calls: `length = 0` empties it). */
export class IntStack {
  data = new Int32Array(256);
  length = 0;

  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }

  /** A copy of the values. */
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}

/**
 * Many small growable lists of int32 in one array, each known by a handle (a small non-negative
 * integer: a group id, a bucket list number). The duplicate index keeps hundreds of thousands of
 * lists of one or two values (a group's members, its near copies, a bucket's groups): as JS arrays
 * each cost some 60 bytes of headers, here 9 bytes besides its block of values.
 *
 * A list lives in a block of 2^c values (c ≥ 1). A list outgrowing its block moves to one twice
 * the size; freed blocks are kept per size and reused before the array grows. Blocks never shrink
 * but for an emptied list giving its block back: a list that once grew is likely to grow again.
 */
export class ListPool {
  /**
   * The values: list `h` is `data[start(h)]` to `data[start(h) + size(h) - 1]`. Replaced when it
   * grows, so read it again after anything that may add to a list (`open`, `insert`, `push`, `assign`).
   */
  data = new Int32Array(1024);
  private starts = new Int32Array(0);
  private sizes = new Int32Array(0);
  /** Per handle, c for a block of 2^c values, or 0 when the list holds no block. */
  private classes = new Uint8Array(0);
  /** Per c, the starts of free blocks of 2^c values. */
  private readonly free: IntStack[] = [];
  /** End of the blocks handed out so far. */
  private top = 0;

  size(h: number): number {
    return h < this.sizes.length ? this.sizes[h] : 0;
  }

  /** Where list `h` starts in `data` (meaningless, but a number, while the list is empty). */
  start(h: number): number {
    return h < this.starts.length ? this.starts[h] : 0;
  }

  /**
   * Room for `n` values at index `at` of list `h` (its values from `at` on move up); returns where
   * the first goes in `data`, for the caller to write.
   */
  open(h: number, at: number, n: number): number {
    if (h >= this.sizes.length) this.addHandles(h + 1);
    const size = this.sizes[h];
    const c = this.classes[h];
    if (c > 0 && size + n <= 1 << c) {
      const s = this.starts[h];
      const data = this.data;
      // A few values at most move (members arrive mostly at the end): a loop beats copyWithin.
      for (let k = s + size - 1; k >= s + at; k--) data[k + n] = data[k];
      this.sizes[h] = size + n;
      return s + at;
    }
    // Move to a block twice as big (or the smallest that fits), leaving the gap at `at`.
    let next = Math.max(c + 1, 1);
    while (1 << next < size + n) next++;
    const s = this.allocate(next);
    const data = this.data;
    if (c > 0) {
      const old = this.starts[h];
      data.copyWithin(s, old, old + at);
      data.copyWithin(s + at + n, old + at, old + size);
      this.release(old, c);
    }
    this.starts[h] = s;
    this.classes[h] = next;
    this.sizes[h] = size + n;
    return s + at;
  }

  /** Insert `v` at index `at` of list `h`. */
  insert(h: number, at: number, v: number): void {
    // Not `this.data[this.open(…)] = v`: that would read `data` before `open` may replace it.
    const i = this.open(h, at, 1);
    this.data[i] = v;
  }

  /** Append `v` to list `h`. */
  push(h: number, v: number): void {
    this.insert(h, this.size(h), v);
  }

  /** Remove `n` values from index `at` of list `h`; an emptied list gives its block back. */
  cut(h: number, at: number, n: number): void {
    const size = this.sizes[h] - n;
    if (size === 0) {
      this.clear(h);
      return;
    }
    const s = this.starts[h];
    const data = this.data;
    for (let k = s + at; k < s + size; k++) data[k] = data[k + n];
    this.sizes[h] = size;
  }

  /** Empty list `h`. */
  clear(h: number): void {
    if (h >= this.sizes.length) return;
    const c = this.classes[h];
    if (c > 0) this.release(this.starts[h], c);
    this.classes[h] = 0;
    this.sizes[h] = 0;
  }

  /** Make list `h` the values `src[0]` to `src[n - 1]`. */
  assign(h: number, src: Int32Array, n: number): void {
    if (n === 0) {
      this.clear(h);
      return;
    }
    const size = this.size(h);
    if (n > size) this.open(h, size, n - size);
    else if (n < size) this.cut(h, n, size - n);
    this.data.set(src.subarray(0, n), this.starts[h]);
  }

  /** Empty every list at once (the values array is kept for the lists to come). */
  reset(): void {
    this.sizes.fill(0);
    this.classes.fill(0);
    for (const f of this.free) if (f) f.length = 0;
    this.top = 0;
  }

  /** A free block of 2^c values: a released one, else a new one at the end. */
  private allocate(c: number): number {
    const f = this.free[c];
    if (f && f.length > 0) return f.data[--f.length];
    const s = this.top;
    this.top += 1 << c;
    if (this.top > this.data.length) {
      let cap = this.data.length * 2;
      while (cap < this.top) cap *= 2;
      const next = new Int32Array(cap);
      next.set(this.data.subarray(0, s));
      this.data = next;
    }
    return s;
  }

  private release(start: number, c: number): void {
    (this.free[c] ??= new IntStack()).push(start);
  }

  private addHandles(min: number): void {
    let cap = Math.max(1024, this.sizes.length * 2);
    while (cap < min) cap *= 2;
    const starts = new Int32Array(cap);
    const sizes = new Int32Array(cap);
    const classes = new Uint8Array(cap);
    starts.set(this.starts);
    sizes.set(this.sizes);
    classes.set(this.classes);
    this.starts = starts;
    this.sizes = sizes;
    this.classes = classes;
  }
}

/**
 * Rows of `width` numbers kept for a round, for a few ids among many: an id's row is handed out
 * in order when it is held, so the storage follows how many are held, not how large the ids are.
 * The caller stores the reference `hold` returns (0 meaning none) with the id; a reference from
 * an earlier round, or one to a row since given to another id, reads as none (each row knows its
 * id). An edit holds the rows of a few new groups whose ids run into the hundreds of thousands:
 * one slot per id cost 13 MB of garbage per edit at 10,000 articles.
 */
export class HeldRows {
  private data = new Float64Array(0);
  private owner = new Int32Array(0);
  private n = 0;

  constructor(private readonly width: number) {}

  /** Keep row `row` of `src` (rows of `width`) for `id`; returns the reference to store with it. */
  hold(id: number, src: Float64Array, row: number): number {
    const w = this.width;
    if (this.n === this.owner.length) {
      const cap = Math.max(1024, this.owner.length * 2);
      const data = new Float64Array(cap * w);
      data.set(this.data);
      const owner = new Int32Array(cap);
      owner.set(this.owner);
      this.data = data;
      this.owner = owner;
    }
    const r = this.n++;
    this.owner[r] = id;
    this.data.set(src.subarray(row * w, row * w + w), r * w);
    return r + 1;
  }

  /** Where `id`'s row starts in `data` given its stored reference, or -1 when it holds none this round. */
  find(id: number, ref: number): number {
    const r = ref - 1;
    return r >= 0 && r < this.n && this.owner[r] === id ? r * this.width : -1;
  }

  get values(): Float64Array {
    return this.data;
  }

  /** Start a new round (every reference handed out so far reads as none); `release` frees large storage. */
  forget(release: boolean): void {
    this.n = 0;
    if (release && this.owner.length > 4096) {
      this.data = new Float64Array(0);
      this.owner = new Int32Array(0);
    }
  }
}

/** Integer lists by id in one growing array: a list is its length, then its values. */
class ListArena {
  private data = new Int32Array(1024);
  private used = 0;
  private readonly at = new Map<number, number>();

  get size(): number {
    return this.at.size;
  }

  get(id: number): Int32Array | undefined {
    const o = this.at.get(id);
    return o === undefined ? undefined : this.data.subarray(o + 1, o + 1 + this.data[o]);
  }

  add(id: number, values: ArrayLike<number>): Int32Array {
    const n = values.length;
    if (this.used + n + 1 > this.data.length) {
      const next = new Int32Array(Math.max(this.data.length * 2, this.used + n + 1));
      next.set(this.data.subarray(0, this.used));
      this.data = next;
    }
    const o = this.used;
    // Values first, then the length: `values` may be a list of this arena just emptied.
    this.data.set(values, o + 1);
    this.data[o] = n;
    this.used += n + 1;
    this.at.set(id, o);
    return this.data.subarray(o + 1, o + 1 + n);
  }

  clear(): void {
    this.used = 0;
    this.at.clear();
  }
}

/**
 * Integer lists of recently asked ids, in two generations: when the current one holds `max`
 * lists it becomes the previous one (the one before is emptied), and a list asked again from the
 * previous generation moves back into the current. Bounded like a single cache of twice the
 * size, but what a sweep over files keeps asking for survives the turnover. Each generation is
 * one array of integers: a typed array per list, each kept until its generation was dropped, was
 * some 20 MB of objects promoted to the old generation during a diagnostics sweep over 10,000
 * articles, there to wait for a full collection.
 *
 * A list answered is a view that stays valid only until the next `put` or `get`.
 */
export class RecentLists {
  private current = new ListArena();
  private previous = new ListArena();

  constructor(private readonly max: number) {}

  get(id: number): Int32Array | undefined {
    const hit = this.current.get(id);
    if (hit) return hit;
    const old = this.previous.get(id);
    return old && this.put(id, old);
  }

  put(id: number, values: ArrayLike<number>): Int32Array {
    if (this.current.size >= this.max) {
      const emptied = this.previous;
      this.previous = this.current;
      emptied.clear();
      this.current = emptied;
    }
    return this.current.add(id, values);
  }

  clear(): void {
    this.current.clear();
    this.previous.clear();
  }
}

/**
 * Names (file names) interned to small integer ids, for tables keyed by id. Ids are never reused:
 * a name that comes back gets its old id, so nothing keyed by id can mix two names up.
 */
export class NameIds {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  /** Per id, the place of its name in sorted order, and the ids in that order; rebuilt when names were added since. */
  private sortedRank = new Int32Array(0);
  private sortedIds = new Int32Array(0);

  idOf(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }

  find(name: string): number | undefined {
    return this.ids.get(name);
  }

  /**
   * Per id, where its name stands when all names are sorted (code unit order, as `<` compares
   * strings): comparing two of these is comparing the names, without reading them. Names are never
   * dropped, so the ranks change only when one is added; they are then sorted again (a few
   * milliseconds for 10,000 names), at most once per batch of additions.
   */
  nameRanks(): Int32Array {
    this.sortNames();
    return this.sortedRank;
  }

  /** The ids by name, in sorted order: `idsByName()[nameRanks()[id]] === id`. */
  idsByName(): Int32Array {
    this.sortNames();
    return this.sortedIds;
  }

  private sortNames(): void {
    const n = this.names.length;
    if (this.sortedRank.length === n) return;
    const names = this.names;
    this.sortedIds = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0));
    this.sortedRank = new Int32Array(n);
    this.sortedIds.forEach((id, place) => (this.sortedRank[id] = place));
  }
}
