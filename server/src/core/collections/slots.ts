/**
 * Slots: scratch integers keyed by small non-negative integers (file or group ids), all
 * forgotten in O(1) by `clear`.
 *
 * Why: the duplicate index counts or numbers a few ids among many, once per group relinked or per
 * file whose blocks are built; a Map per call would be allocated and hashed every time. Here each
 * value carries the generation (`stamp`) it was set in, and `clear` starts a new generation:
 * values from older ones read as missing.
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
