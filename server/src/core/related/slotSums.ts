/**
 * Sums of weights per file slot for one query at a time, and the best few of them. A query touches
 * up to thousands of slots: a `Slots` table, emptied in O(1) from query to query, numbers the
 * slots touched (no allocation per slot), and a bounded heap picks the best `k` without sorting
 * every slot touched.
 */
import { Slots } from '../collections/slots';

export class SlotSums {
  /** slot → its entry in `touched` and `sums`, this query. */
  private readonly entryOf = new Slots();
  private readonly touched: number[] = [];
  private readonly sums: number[] = [];

  /** A new query: every sum back to none. */
  start(): this {
    this.entryOf.clear();
    this.touched.length = 0;
    this.sums.length = 0;
    return this;
  }

  add(slot: number, w: number): void {
    let e = this.entryOf.get(slot);
    if (e < 0) {
      e = this.touched.length;
      this.entryOf.set(slot, e);
      this.touched.push(slot);
      this.sums.push(0);
    }
    this.sums[e] += w;
  }

  /** The `k` slots with the highest sums, best first; equal sums in `ranks` order (lower first). */
  best(k: number, ranks: Int32Array): number[] {
    const { sums, touched } = this;
    /** Entry a ranks below entry b. */
    const worse = (a: number, b: number) => sums[a] < sums[b] || (sums[a] === sums[b] && ranks[touched[a]] > ranks[touched[b]]);
    // A heap of the best k entries so far, the worst of them at its root.
    const heap: number[] = [];
    const siftDown = (i: number) => {
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < heap.length && worse(heap[l], heap[m])) m = l;
        if (r < heap.length && worse(heap[r], heap[m])) m = r;
        if (m === i) return;
        [heap[i], heap[m]] = [heap[m], heap[i]];
        i = m;
      }
    };
    for (let e = 0; e < touched.length; e++) {
      if (heap.length < k) {
        heap.push(e);
        for (let i = heap.length - 1; i > 0; ) {
          const p = (i - 1) >> 1;
          if (!worse(heap[i], heap[p])) break;
          [heap[i], heap[p]] = [heap[p], heap[i]];
          i = p;
        }
      } else if (k > 0 && worse(heap[0], e)) {
        heap[0] = e;
        siftDown(0);
      }
    }
    return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0)).map((e) => touched[e]);
  }
}
