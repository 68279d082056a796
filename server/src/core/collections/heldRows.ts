/**
 * HeldRows: rows of `width` numbers kept for a round, for a few ids among many.
 *
 * An id's row is handed out in order when it is held, so the storage follows how many are held,
 * not how large the ids are. The caller stores the reference `hold` returns (0 meaning none) with
 * the id; a reference from an earlier round, or one to a row since given to another id, reads as
 * none (each row knows its id). `forget` starts a new round.
 *
 * Why: an edit of one file holds the bucket keys of a few new groups whose ids run into the
 * hundreds of thousands; one slot per id would make each edit allocate for the largest id.
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
