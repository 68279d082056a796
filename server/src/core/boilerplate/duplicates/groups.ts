/**
 * The group table of the duplicate index: one group per distinct unit key (the units of all
 * files that normalise to one sentence), known by a small integer id, its fields in typed arrays.
 *
 * Why a table and not objects: the index holds a group for nearly every sentence of the corpus,
 * most of them one sentence of one file; as objects, each with an array of members and one of
 * near copies, plus the bucket lists as arrays of them, they dominated the heap. Here a group costs
 * some 60 bytes of typed arrays besides the values of its lists (the `ListPool`s of the members,
 * the buckets and the near copies, keyed by group id too). Ids are dense: a dropped group's id is
 * handed out again first.
 */
import { KeyTable } from '../../collections/keyTable';

// Bits of `GroupTable.flags`.
/** The id holds a group (ids of dropped groups wait in `GroupTable.freeIds`). */
export const LIVE = 1;
/** Near-matchable (bucketed); its band keys are recomputed from the shingles when needed. */
export const NEARABLE = 2;
/** In its buckets (a nearable group created while nobody watches waits for `DuplicateIndex.settle`). */
export const ENTERED = 4;

/** `KeyTable.get` answer for a missing key (ids and list references are never this). */
export const NONE = 0x7fffffff;

export class GroupTable {
  /** Group key → group id. */
  private readonly ids = new KeyTable(1 << 16);
  /** The group's key (the units' key, see facts.ts): bucket and near lists are sorted by it. */
  key = new Float64Array(0);
  /** Head key, or NaN when the sentence is too short for one. */
  head = new Float64Array(0);
  /** Shingles in the pool: `[shAt, shAt + shLen)`; none for groups that are never near-matched. */
  shAt = new Int32Array(0);
  shLen = new Int32Array(0);
  /** Distinct files among the members. */
  nFiles = new Int32Array(0);
  /** Its bucket keys' reference in `Buckets.held` (0: none; see `HeldRows`). */
  held = new Int32Array(0);
  /** LIVE, NEARABLE, ENTERED. */
  flags = new Uint8Array(0);
  /** Ids handed out so far: the slots from here on were never used. */
  end = 0;
  private readonly freeIds: number[] = [];

  /** How many groups there are. */
  get size(): number {
    return this.ids.size;
  }

  /** The id of the group of `key`, or -1. */
  idOf(key: number): number {
    const id = this.ids.get(key, NONE);
    return id === NONE ? -1 : id;
  }

  /** A new group of key `key` (no members, not entered), in a free slot; returns its id. */
  add(key: number, nearable: boolean): number {
    const id = this.freeIds.pop() ?? this.end++;
    if (id >= this.flags.length) this.grow(id + 1);
    this.key[id] = key;
    this.head[id] = NaN;
    this.shAt[id] = 0;
    this.shLen[id] = 0;
    this.nFiles[id] = 0;
    this.held[id] = 0;
    this.flags[id] = LIVE | (nearable ? NEARABLE : 0);
    this.ids.set(key, id);
    return id;
  }

  /** Forget group `id`, freeing its slot (its lists must be emptied by the caller). */
  remove(id: number): void {
    this.ids.delete(this.key[id]);
    this.flags[id] = 0;
    this.freeIds.push(id);
  }

  isLive(id: number): boolean {
    return (this.flags[id] & LIVE) !== 0;
  }

  /** Live nearable groups not in their buckets yet (see `DuplicateIndex.unentered`). */
  waitsToEnter(id: number): boolean {
    return (this.flags[id] & (LIVE | NEARABLE | ENTERED)) === (LIVE | NEARABLE);
  }

  /** The ids of the live groups, ascending. */
  *live(): Iterable<number> {
    for (let id = 0; id < this.end; id++) if (this.flags[id] & LIVE) yield id;
  }

  private grow(min: number): void {
    let cap = Math.max(1024, this.flags.length * 2);
    while (cap < min) cap *= 2;
    const f64 = (a: Float64Array) => {
      const next = new Float64Array(cap);
      next.set(a);
      return next;
    };
    const i32 = (a: Int32Array) => {
      const next = new Int32Array(cap);
      next.set(a);
      return next;
    };
    this.key = f64(this.key);
    this.head = f64(this.head);
    this.shAt = i32(this.shAt);
    this.shLen = i32(this.shLen);
    this.nFiles = i32(this.nFiles);
    this.held = i32(this.held);
    const flags = new Uint8Array(cap);
    flags.set(this.flags);
    this.flags = flags;
  }
}
