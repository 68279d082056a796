/**
 * ListPool: many small growable lists of int32 in one array, each known by a handle (a small
 * non-negative integer: a group id, a bucket list number, a form's file list).
 *
 * Why: the duplicate index keeps hundreds of thousands of lists of one or two values (a group's
 * members, its near copies, a bucket's groups), the linker one list of files per name form: as JS
 * arrays each would cost some 60 bytes of headers, here 9 bytes besides its block of values.
 *
 * A list lives in a block of 2^c values (c ≥ 1). A list outgrowing its block moves to one twice
 * the size; freed blocks are kept per size and reused before the array grows. Blocks never shrink
 * but for an emptied list giving its block back: a list that once grew is likely to grow again.
 */
import { IntStack } from './intStack';

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
