/**
 * Compact storage for the duplicate index. Its keys are 53-bit hashes: as keys of a JS Map each
 * costs a boxed number besides the entry (about 40 bytes for 1.5 million bucket keys at 10,000
 * articles); here a key costs 12 bytes in two typed arrays.
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
    if (this.used + n > this.data.length) {
      let cap = this.data.length * 2;
      while (cap < this.used + n) cap *= 2;
      const next = new Uint32Array(cap);
      next.set(this.data.subarray(0, this.used));
      this.data = next;
    }
    const at = this.used;
    const data = this.data;
    for (let i = from; i < to; i++) data[at + i - from] = src[i];
    this.used += n;
    return at;
  }

  free(n: number): void {
    this.garbage += n;
  }

  needsCompaction(): boolean {
    return this.garbage > 65536 && this.garbage * 2 > this.used;
  }

  /** Rewrite the live runs contiguously; `runs` lists them and receives their new offsets. */
  compact(runs: Iterable<{ shAt: number; shLen: number }>): void {
    const next = new Uint32Array(Math.max(1 << 16, this.used - this.garbage));
    let at = 0;
    for (const r of runs) {
      if (r.shLen === 0) continue;
      next.set(this.data.subarray(r.shAt, r.shAt + r.shLen), at);
      r.shAt = at;
      at += r.shLen;
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
