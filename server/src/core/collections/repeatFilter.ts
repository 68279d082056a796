/**
 * RepeatFilter: which keys of a stream of 53-bit hash keys may occur more than once. A key seen
 * twice or more always answers yes; a key seen once answers yes only by chance (a few percent at
 * the size the caller gives), like a Bloom filter's false positives.
 *
 * How: two bit arrays, `seen` and `again`, each key setting HASHES bits in each. A key whose bits
 * in `seen` are all set already when it comes sets its bits in `again`: at its second coming they
 * are, whatever came in between.
 *
 * Why: an LSH bucket holding one group never makes a candidate pair, and nine bucket keys in ten
 * are such. A table filled once and never changed (the command line's) can leave those out, if it
 * knows beforehand which keys are single: this tells it in two bytes per key to come (two arrays of
 * BITS_PER_KEY bits), where the table spends twelve bytes and more per key it holds.
 */
import { foldKey } from './keyHash';

const HASHES = 3;
/** Bits per array per key to come: some 3% of single keys answer yes (a Bloom filter's rate for HASHES and this). */
const BITS_PER_KEY = 8;

export class RepeatFilter {
  private readonly seen: Int32Array;
  private readonly again: Int32Array;
  private readonly bits: number;
  /** The bit positions of the key at hand (see `positions`). */
  private readonly at = new Int32Array(HASHES);

  /** `expected`: how many keys will be added, counting repeats (an upper bound is fine). */
  constructor(expected: number) {
    // Any size, not a power of two: rounding up would cost as much as the filter again.
    this.bits = Math.min(2 ** 31, Math.max(1024, Math.ceil((expected * BITS_PER_KEY) / 32) * 32));
    this.seen = new Int32Array(this.bits >>> 5);
    this.again = new Int32Array(this.bits >>> 5);
  }

  /** Count one coming of `key`; true when it may have come before (always, if it did). */
  add(key: number): boolean {
    const at = this.positions(key);
    let before = true;
    for (let k = 0; k < HASHES; k++) {
      const m = 1 << (at[k] & 31);
      const word = at[k] >>> 5;
      if ((this.seen[word] & m) === 0) {
        this.seen[word] |= m;
        before = false;
      }
    }
    if (before) for (let k = 0; k < HASHES; k++) this.again[at[k] >>> 5] |= 1 << (at[k] & 31);
    return before;
  }

  /** May `key` have come more than once? Always true if it did. */
  mayRepeat(key: number): boolean {
    const at = this.positions(key);
    for (let k = 0; k < HASHES; k++) if ((this.again[at[k] >>> 5] & (1 << (at[k] & 31))) === 0) return false;
    return true;
  }

  /**
   * `key`'s HASHES bit positions, in `at`: h1 + k·h2 (double hashing, Kirsch & Mitzenmacher) from
   * two mixes of its bits, h2 never 0 so that the positions are not all one.
   */
  private positions(key: number): Int32Array {
    const f = foldKey(key);
    let h = f ^ (f >>> 15);
    const s = Math.imul((key >>> 0) + Math.imul(Math.floor(key / 4294967296), 0x85ebca6b), 0xc2b2ae35);
    const step = (s ^ (s >>> 13)) | 1;
    for (let k = 0; k < HASHES; k++, h = (h + step) | 0) this.at[k] = (h >>> 0) % this.bits;
    return this.at;
  }
}
