/**
 * The LSH buckets of the duplicate index: each near-matchable group's bucket keys (its MinHash
 * band keys and its head key, see facts.ts) and, per key, the groups under it. Groups sharing a
 * bucket are the candidates for near copies (see nearCopies.ts): nothing compares all pairs, so the
 * cost follows bucket sizes.
 *
 * A bucket's groups are kept sorted by key, and its first VERIFY_PER_BUCKET are its anchors:
 * entering or leaving a bucket reports the group whose anchor status changed, whose near links
 * must then be recomputed.
 */
import { BUCKET_KEYS } from '../facts';
import { BANDS, bandKeys, signature } from '../minhash';
import { DistinctCount } from '../../collections/distinctCount';
import { HeldRows } from '../../collections/heldRows';
import { KeyTable } from '../../collections/keyTable';
import { ListPool } from '../../collections/listPool';
import { RepeatFilter } from '../../collections/repeatFilter';
import { ENTERED, NONE, type GroupTable } from './groups';
import type { ShinglePool } from './shinglePool';
import { lowerBound, sortByKey } from './sortedLists';

/**
 * The anchors of a bucket: its VERIFY_PER_BUCKET groups of lowest key. Two groups of a bucket
 * count as meeting there only when one of them is an anchor, so a group is verified against at
 * most this many groups per bucket (plus all of a bucket it anchors, which happens to a newcomer
 * with probability VERIFY_PER_BUCKET / bucket size): a bucket that keeps growing holds a formula
 * ("Les échanges ont porté sur…"), and verifying every newcomer against all of it would make
 * indexing quadratic. The rule is symmetric and depends only on the groups present, not on the
 * order they came in.
 */
export const VERIFY_PER_BUCKET = 16;
/** A bulk relinking pass yields every so many groups or lists (see `DuplicateIndex.settleSome`): a few milliseconds of work. */
export const STEP = 1024;
/** Over the estimate of keys to come by about its standard error (see `reserveFor`). */
const RESERVE_MARGIN = 1.02;
/** How many groups' keys a bulk entry of `loadOnce` holds for the linking (rows of BUCKET_KEYS numbers). */
const BULK_HELD_ROWS = 1 << 18;

export class Buckets {
  /**
   * Band/head key → bucket: a group id (≥ 0, the common case: most buckets hold one group) or
   * `-1 - n` for list `n` of `lists`, several group ids sorted by key. Read directly by the loops
   * of nearCopies.ts: a method around `get` there costs them the inlining of the shingle test.
   */
  table = new KeyTable(1 << 16);
  lists = new ListPool();
  /** List numbers handed out so far; `freeLists` holds the ones given back. */
  private nLists = 0;
  private readonly freeLists: number[] = [];
  /**
   * The band and head keys (a row of BUCKET_KEYS) of the groups created since the last
   * `DuplicateIndex.settle` or, once files are watched, by the current `setFile`, as their facts
   * gave them (`GroupTable.held` holds each group's reference to its row). Older groups' keys are
   * recomputed from their shingles: keeping them all would hold a row for every group of the
   * corpus, while only a bulk load needs them again soon (for its one relinking pass).
   */
  private readonly held = new HeldRows(BUCKET_KEYS);
  /** What `keysOf` answers in (one group's keys are used at a time). */
  private readonly keysOut = new Float64Array(BUCKET_KEYS);
  /**
   * Set by a bulk entry that left out the keys of one group (see `loadOnce`), or by `release`: no
   * group may enter or leave since.
   */
  private frozen = false;

  constructor(
    private readonly groups: GroupTable,
    private readonly pool: ShinglePool,
    /**
     * True for an index loaded once and then only read (see `BoilerplateOptions.loadOnce`):
     * `holdKeys` keeps nothing while files come in (the bulk entry computes the groups' keys from
     * their shingles and holds up to BULK_HELD_ROWS of them until the linking is done), and the
     * bulk entry leaves out the keys that only one group has, as no group will come to share them.
     */
    private readonly loadOnce = false,
  ) {}

  /** How many bucket keys hold a group (after a bulk entry of `loadOnce`, the ones left out are not counted). */
  get size(): number {
    return this.table.size;
  }

  /**
   * The band keys of `g`, then its head key (NaN when none), as when it was created. The answer is
   * overwritten by the next call: read it before asking for another group's keys.
   */
  keysOf(g: number): Float64Array {
    const out = this.keysOut;
    const G = this.groups;
    if (this.held.read(g, G.held[g], out)) return out;
    out.set(bandKeys(signature(this.pool.data.subarray(G.shAt[g], G.shAt[g] + G.shLen[g]))));
    out[BANDS] = G.head[g];
    return out;
  }

  /** Keep the bucket keys of new group `g`, row `row` of `buckets`, until `forgetKeys`. */
  holdKeys(g: number, buckets: Float64Array, row: number): void {
    if (this.loadOnce) return;
    this.groups.held[g] = this.held.hold(g, buckets, row);
  }

  /** Drop the held bucket keys; `release` gives back their storage too. */
  forgetKeys(release: boolean): void {
    this.held.forget(release);
  }

  /** Put `g` in its buckets; groups it pushes out of a bucket's anchors go to `relink`. */
  enter(g: number, relink: Set<number>): void {
    this.checkComplete();
    this.groups.flags[g] |= ENTERED;
    for (const b of this.keysOf(g)) {
      if (Number.isNaN(b)) continue;
      const displaced = this.enterBucket(b, g);
      if (displaced >= 0) relink.add(displaced);
    }
  }

  /** Take `g` out of its buckets; groups that become anchors in its place go to `relink`. */
  leave(g: number, relink: Set<number>): void {
    this.checkComplete();
    for (const b of this.keysOf(g)) {
      if (Number.isNaN(b)) continue;
      const promoted = this.leaveBucket(b, g);
      if (promoted >= 0) relink.add(promoted);
    }
  }

  /**
   * Put every group of `unentered` in its buckets, appending, then sort each bucket list once
   * (keys are distinct, so the order is the one insertion would have kept; a list left as it was
   * costs one pass). Who displaced whom is not tracked: `NearCopies.linkAll` follows.
   * With `loadOnce`, a key no other group has (in the table or in `unentered`) is left out: a
   * bucket of one group makes no pair (`NearCopies` skips it), and none will come to join it.
   */
  *enterAll(unentered: readonly number[]): Generator<void> {
    this.checkComplete();
    const repeats = yield* this.reserveFor(unentered);
    for (let i = 0; i < unentered.length; i += STEP) {
      this.enterRange(unentered, i, Math.min(unentered.length, i + STEP), repeats);
      yield;
    }
    if (repeats) this.frozen = true;
    for (let n = 0; n < this.nLists; n += STEP) {
      const lists = this.lists;
      for (let m = n; m < Math.min(this.nLists, n + STEP); m++) {
        const size = lists.size(m);
        if (size > 1) sortByKey(lists.data, lists.start(m), size, this.groups.key);
      }
      yield;
    }
  }

  /**
   * Sizes the table once for the keys `unentered` brings, estimated (see DistinctCount): a table
   * that doubles at the end of a bulk load holds its old and new arrays at once. A little over the
   * estimate, as a table one size up costs less than both arrays together. With `loadOnce`,
   * counts only the keys that come twice, and returns the filter that tells them (see `enterAll`).
   */
  private *reserveFor(unentered: readonly number[]): Generator<void, RepeatFilter | undefined> {
    const distinct = new DistinctCount();
    const repeats = this.loadOnce ? new RepeatFilter(unentered.length * BUCKET_KEYS) : undefined;
    for (let i = 0; i < unentered.length; i += STEP) {
      this.countRange(unentered, i, Math.min(unentered.length, i + STEP), distinct, repeats);
      yield;
    }
    this.table.reserve(this.table.size + Math.ceil(distinct.estimate() * RESERVE_MARGIN));
    return repeats;
  }

  /** `reserveFor`'s count of `unentered[from..to)`'s keys (out of the generator, as `enterRange`). */
  private countRange(unentered: readonly number[], from: number, to: number, distinct: DistinctCount, repeats: RepeatFilter | undefined): void {
    for (let i = from; i < to; i++) {
      const g = unentered[i];
      if (!this.groups.waitsToEnter(g)) continue;
      const keys = this.keysOf(g);
      // Loaded once, a group's keys are computed here and held for the entry and the linking that
      // follow, up to a bound: past it, they are computed again there (a large corpus's keys would
      // raise its peak more than they save).
      if (this.loadOnce && this.held.count < BULK_HELD_ROWS) this.groups.held[g] = this.held.hold(g, keys, 0);
      for (const b of keys) {
        if (Number.isNaN(b)) continue;
        // A key is counted at its second coming: the single ones, most of them, are left out.
        if (!repeats || repeats.add(b)) distinct.add(b);
      }
    }
  }

  /** `enterAll` for `unentered[from..to)` (the loop is kept out of the generator, which V8 runs slower). */
  private enterRange(unentered: readonly number[], from: number, to: number, repeats: RepeatFilter | undefined): void {
    const G = this.groups;
    const lists = this.lists;
    for (let i = from; i < to; i++) {
      const g = unentered[i];
      if (!G.waitsToEnter(g)) continue;
      G.flags[g] |= ENTERED;
      const keys = this.keysOf(g);
      for (let k = 0; k < keys.length; k++) {
        const b = keys[k];
        if (Number.isNaN(b)) continue;
        const got = this.table.get(b, NONE);
        if (got === NONE) {
          if (!repeats || repeats.mayRepeat(b)) this.table.set(b, g);
        } else if (got >= 0) {
          const n = this.newList();
          lists.push(n, got);
          lists.push(n, g);
          this.table.set(b, -1 - n);
        } else lists.push(-1 - got, g);
      }
    }
  }

  /**
   * Lets the buckets go, once a load-once index has linked its groups (`NearCopies.linkAll`): only
   * a group entering or leaving would read them again, and none may.
   */
  release(): void {
    this.frozen = true;
    this.table = new KeyTable(16);
    this.lists = new ListPool();
  }

  /**
   * Throws after a bulk entry that left single keys out, or after `release`: a group entering or
   * leaving would miss the groups it shares them with.
   */
  checkComplete(): void {
    if (this.frozen) throw new Error('seed-lens: this duplicate index was loaded once for reading (BoilerplateOptions.loadOnce); no file can change');
  }

  /** A list number for a bucket becoming a list. */
  private newList(): number {
    return this.freeLists.pop() ?? this.nLists++;
  }

  /** Add `g` to bucket `b` (kept sorted by key); returns the group it pushed out of the anchors, or -1. */
  private enterBucket(b: number, g: number): number {
    const got = this.table.get(b, NONE);
    if (got === NONE) {
      this.table.set(b, g);
      return -1;
    }
    const lists = this.lists;
    let n: number;
    if (got >= 0) {
      n = this.newList();
      lists.push(n, got);
      this.table.set(b, -1 - n);
    } else n = -1 - got;
    const keys = this.groups.key;
    const at = lowerBound(lists, n, keys[g], keys);
    lists.insert(n, at, g);
    return at < VERIFY_PER_BUCKET && lists.size(n) > VERIFY_PER_BUCKET ? lists.data[lists.start(n) + VERIFY_PER_BUCKET] : -1;
  }

  /** Take `g` out of bucket `b`; returns the group that became an anchor in its place, or -1. */
  private leaveBucket(b: number, g: number): number {
    const got = this.table.get(b, NONE);
    if (got === NONE) return -1;
    if (got >= 0) {
      if (got === g) this.table.delete(b);
      return -1;
    }
    const n = -1 - got;
    const lists = this.lists;
    const keys = this.groups.key;
    const at = lowerBound(lists, n, keys[g], keys);
    if (at === lists.size(n) || lists.data[lists.start(n) + at] !== g) return -1;
    lists.cut(n, at, 1);
    const size = lists.size(n);
    const promoted = at < VERIFY_PER_BUCKET && size >= VERIFY_PER_BUCKET ? lists.data[lists.start(n) + VERIFY_PER_BUCKET - 1] : -1;
    if (size <= 1) {
      if (size === 1) this.table.set(b, lists.data[lists.start(n)]);
      else this.table.delete(b);
      lists.clear(n);
      this.freeLists.push(n);
    }
    return promoted;
  }
}
