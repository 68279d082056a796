/**
 * KeyLists: for each 53-bit key (a hash), the set of ids (file ids) holding it, as a sorted list.
 *
 * Why: the site-template index lists, per line shape, the files whose pages have a line of that
 * shape; a Map of arrays would cost a boxed key and an array header per shape, and most shapes are
 * one line of one file. Here a key costs a `KeyTable` slot and a `ListPool` block. Lists stay
 * sorted by id, so membership is a binary search and what a list holds never depends on the order
 * ids came in; ids of files read in listing order arrive ascending and append at the end.
 */
import { KeyTable } from './keyTable';
import { ListPool } from './listPool';

const NONE = -1;

export class KeyLists {
  private readonly handles = new KeyTable(1 << 10);
  private readonly lists = new ListPool();
  private readonly freeHandles: number[] = [];
  private nextHandle = 0;

  /** Add `id` to the list of `key` (nothing when it is there already). */
  add(key: number, id: number): void {
    let h = this.handles.get(key, NONE);
    if (h === NONE) {
      h = this.freeHandles.pop() ?? this.nextHandle++;
      this.handles.set(key, h);
    }
    const at = this.lowerBound(h, id);
    if (at < this.lists.size(h) && this.lists.data[this.lists.start(h) + at] === id) return;
    this.lists.insert(h, at, id);
  }

  /** Take `id` out of the list of `key`, if there; an emptied list frees its key. */
  remove(key: number, id: number): void {
    const h = this.handles.get(key, NONE);
    if (h === NONE) return;
    const at = this.lowerBound(h, id);
    if (at >= this.lists.size(h) || this.lists.data[this.lists.start(h) + at] !== id) return;
    this.lists.cut(h, at, 1);
    if (this.lists.size(h) === 0) {
      this.handles.delete(key);
      this.freeHandles.push(h);
    }
  }

  /** How many ids hold `key`. */
  count(key: number): number {
    const h = this.handles.get(key, NONE);
    return h === NONE ? 0 : this.lists.size(h);
  }

  /**
   * Calls `visit` with each id holding `key`, ascending, until it returns true; answers whether one
   * did. The list must not change meanwhile.
   */
  some(key: number, visit: (id: number) => boolean): boolean {
    const h = this.handles.get(key, NONE);
    if (h === NONE) return false;
    const s = this.lists.start(h);
    const n = this.lists.size(h);
    const data = this.lists.data;
    for (let k = 0; k < n; k++) if (visit(data[s + k])) return true;
    return false;
  }

  private lowerBound(h: number, id: number): number {
    const s = this.lists.start(h);
    const data = this.lists.data;
    let lo = 0;
    let hi = this.lists.size(h);
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (data[s + mid] < id) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}
