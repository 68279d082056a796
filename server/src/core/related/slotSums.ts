/**
 * Sums of weights per file slot for one query at a time, and the best few of them. A query touches
 * up to thousands of slots; dense arrays reused from query to query cost no allocation per slot,
 * and a bounded heap picks the best `k` without sorting every slot touched.
 */
export class SlotSums {
  private sums = new Float64Array(0);
  /** seen[slot] === round: the slot has a sum in this query. */
  private seen = new Int32Array(0);
  private round = 0;
  private readonly touched: number[] = [];

  /** A new query over slots below `slotCount`: every sum back to none. */
  start(slotCount: number): this {
    if (this.sums.length < slotCount) {
      const size = Math.max(slotCount, this.sums.length * 2);
      this.sums = new Float64Array(size);
      this.seen = new Int32Array(size);
      this.round = 0;
    }
    if (++this.round === 0x7fffffff) {
      this.seen.fill(0);
      this.round = 1;
    }
    this.touched.length = 0;
    return this;
  }

  add(slot: number, w: number): void {
    if (this.seen[slot] !== this.round) {
      this.seen[slot] = this.round;
      this.sums[slot] = 0;
      this.touched.push(slot);
    }
    this.sums[slot] += w;
  }

  /** The `k` slots with the highest sums, best first; equal sums in `ranks` order (lower first). */
  best(k: number, ranks: Int32Array): number[] {
    const { sums } = this;
    /** a ranks below b. */
    const worse = (a: number, b: number) => sums[a] < sums[b] || (sums[a] === sums[b] && ranks[a] > ranks[b]);
    // A heap of the best k so far, the worst of them at its root.
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
    for (const slot of this.touched) {
      if (heap.length < k) {
        heap.push(slot);
        for (let i = heap.length - 1; i > 0; ) {
          const p = (i - 1) >> 1;
          if (!worse(heap[i], heap[p])) break;
          [heap[i], heap[p]] = [heap[p], heap[i]];
          i = p;
        }
      } else if (k > 0 && worse(heap[0], slot)) {
        heap[0] = slot;
        siftDown(0);
      }
    }
    return heap.sort((a, b) => (worse(a, b) ? 1 : worse(b, a) ? -1 : 0));
  }
}
