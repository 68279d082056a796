/**
 * IntStack: a growable list of int32 in a typed array, `data[0]` to `data[length - 1]`.
 *
 * Why: the index's loops keep their scratch lists between calls (`length = 0` empties one and
 * keeps its room) and read `data` directly, with no allocation per call; `done` copies the values
 * out when a list is the answer.
 */
export class IntStack {
  data = new Int32Array(256);
  length = 0;

  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }

  /** A copy of the values. */
  done(): Int32Array {
    return this.data.slice(0, this.length);
  }
}
