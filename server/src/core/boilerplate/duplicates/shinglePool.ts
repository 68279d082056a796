/**
 * The shingles of all near-matchable groups of the duplicate index, in one array: group `g`'s are
 * `data[shAt[g]]` to `data[shAt[g] + shLen[g] - 1]` (see `GroupTable`). They are kept for the
 * exact near-copy test (shingles.ts) and to recompute a group's bucket keys (buckets.ts).
 *
 * Why one array: a typed array per group would cost more in headers than in shingles. Freed runs
 * are reclaimed by `compact` once they are half of what is used.
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
   * Give back the room doubling left beyond an eighth more than is used: at the end of a bulk load,
   * where up to half the array would otherwise stay idle for the whole session.
   */
  trim(): void {
    const room = Math.max(1 << 16, this.used + (this.used >>> 3));
    if (room < this.data.length) this.resize(room);
  }

  /** Lets the shingles go: a load-once index's groups are linked, and no group will be compared again. */
  release(): void {
    this.data = new Uint32Array(0);
    this.used = 0;
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
