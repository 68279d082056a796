/**
 * KeyTable: an open-addressing hash table from 53-bit non-negative integer keys (hashes) to
 * int32 values, in two typed arrays.
 *
 * Why not a Map: the duplicate index keys its groups and its LSH buckets by 53-bit hashes, over a
 * million of them on a large corpus. As keys of a JS Map each costs a boxed number besides the
 * entry; here a key costs 12 bytes (a float64 key and an int32 value), with no object to trace.
 * Linear probing, growth at 3/4 load, backward-shift deletion (no tombstones).
 */

import { foldKey } from './keyHash';

const EMPTY = -1;

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
    let i = this.home(key);
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

  /**
   * Room for `count` keys in all before the next growth: a table filled in bulk grows once,
   * instead of doubling on the way with the old and the new arrays alive together.
   */
  reserve(count: number): void {
    let cap = this.keys.length;
    while (count * 4 > cap * 3) cap *= 2;
    if (cap > this.keys.length) this.grow(cap);
  }

  /** Where `key`'s probe run starts: keys are hashes already, folded and spread (see keyHash.ts). */
  private home(key: number): number {
    const h = foldKey(key);
    return (h ^ (h >>> 15)) & this.mask;
  }

  private grow(capacity = this.keys.length * 2): void {
    const keys = this.keys;
    const vals = this.vals;
    this.keys = new Float64Array(capacity).fill(EMPTY);
    this.vals = new Int32Array(capacity);
    this.mask = capacity - 1;
    for (let i = 0; i < keys.length; i++) {
      if (keys[i] === EMPTY) continue;
      const j = this.slot(keys[i]);
      this.keys[j] = keys[i];
      this.vals[j] = vals[i];
    }
  }
}
