/**
 * RecentLists: integer lists of recently asked ids, a bounded cache in two generations.
 *
 * When the current generation holds `max` lists it becomes the previous one (the one before is
 * emptied), and a list asked again from the previous generation moves back into the current.
 * Bounded like a single cache of twice the size, but what a sweep over files keeps asking for
 * survives the turnover.
 *
 * Why each generation is one array of integers (`ListArena`): a typed array per list, each kept
 * until its generation was dropped, made a diagnostics sweep fill the heap's old generation with
 * them, there to wait for a full collection.
 *
 * A list answered is a view that stays valid only until the next `put` or `get`.
 */

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
