/**
 * HeldRows: rows of `width` numbers kept for a round, for a few ids among many.
 *
 * An id's row is handed out in order when it is held, so the storage follows how many are held,
 * not how large the ids are. The caller stores the reference `hold` returns (0 meaning none) with
 * the id; a reference from an earlier round, or one to a row since given to another id, reads as
 * none (each row knows its id). `forget` starts a new round.
 *
 * Why: an edit of one file holds the bucket keys of a few new groups whose ids run into the
 * hundreds of thousands; one slot per id would make each edit allocate for the largest id. A bulk
 * load holds a row for every group it creates: the rows go in chunks, so that the storage grows
 * without copying what it holds and never far past it.
 */
const CHUNK_ROWS = 4096;

export class HeldRows {
  private chunks: Float64Array[] = [];
  private owner = new Int32Array(0);
  private n = 0;

  constructor(private readonly width: number) {}

  /** How many rows are held this round. */
  get count(): number {
    return this.n;
  }

  /** Keep row `row` of `src` (rows of `width`) for `id`; returns the reference to store with it. */
  hold(id: number, src: Float64Array, row: number): number {
    const w = this.width;
    const r = this.n++;
    if (r === this.owner.length) {
      const owner = new Int32Array(Math.max(1024, this.owner.length * 2));
      owner.set(this.owner);
      this.owner = owner;
    }
    const chunk = Math.floor(r / CHUNK_ROWS);
    if (chunk === this.chunks.length) this.chunks.push(new Float64Array(CHUNK_ROWS * w));
    this.owner[r] = id;
    this.chunks[chunk].set(src.subarray(row * w, row * w + w), (r % CHUNK_ROWS) * w);
    return r + 1;
  }

  /** Copies `id`'s row into `out` given its stored reference; false when it holds none this round. */
  read(id: number, ref: number, out: Float64Array): boolean {
    const r = ref - 1;
    if (r < 0 || r >= this.n || this.owner[r] !== id) return false;
    const at = (r % CHUNK_ROWS) * this.width;
    out.set(this.chunks[Math.floor(r / CHUNK_ROWS)].subarray(at, at + this.width));
    return true;
  }

  /** Start a new round (every reference handed out so far reads as none); `release` frees large storage. */
  forget(release: boolean): void {
    this.n = 0;
    if (release && this.owner.length > 4096) {
      this.chunks = [];
      this.owner = new Int32Array(0);
    }
  }
}
