/**
 * The near-copy links of the duplicate index: per group, the groups whose sentence is nearly the
 * same (one word changed, a place added, a teaser cut short), found among the groups met in its
 * buckets (buckets.ts) and confirmed by the exact shingle test (shingles.ts).
 *
 * The links are kept symmetric and are a function of the groups present, never of the order they
 * came in: a group's links are recomputed when it is created or when its anchor status in one of
 * its buckets changes (`relink`), or, after a bulk load, all at once (`linkAll`).
 */
import { BANDS } from '../minhash';
import { nearCopyAt } from '../shingles';
import { IntStack } from '../../collections/intStack';
import { ListPool } from '../../collections/listPool';
import { Slots } from '../../collections/slots';
import { STEP, VERIFY_PER_BUCKET, type Buckets } from './buckets';
import { NEARABLE, NONE, type GroupTable } from './groups';
import type { Members } from './members';
import type { ShinglePool } from './shinglePool';
import { insertByKey, removeByKey, sortByKey } from './sortedLists';

/**
 * Near copies followed per sentence. A short stock sentence is contained in every longer variant
 * of it ("…, à Kati.", "…, à Gao mardi.") and can collect hundreds of near groups; the ones of
 * lowest key (an order-independent choice) already give the copies a diagnostic needs.
 */
const NEAR_FOLLOW = 8;

export class NearCopies {
  /**
   * Per group id: its verified near copies (group ids) sorted by key, kept symmetric (see `nearOf`
   * for the rule).
   */
  readonly links = new ListPool();
  /** Scratch of `nearOf` and `linkAll`: meetings per group id in the current call, the groups met, those found. */
  private readonly hits = new Slots();
  private readonly met = new IntStack();
  private readonly found = new IntStack();

  constructor(
    private readonly groups: GroupTable,
    private readonly buckets: Buckets,
    private readonly pool: ShinglePool,
    private readonly members: Members,
  ) {}

  /** How many near copies `g` follows: the NEAR_FOLLOW of lowest key, the first of its near list. */
  followCount(g: number): number {
    return Math.min(this.links.size(g), NEAR_FOLLOW);
  }

  /** Does `g` follow `o` (see `followCount`)? */
  follows(g: number, o: number): boolean {
    const s = this.links.start(g);
    const end = s + this.followCount(g);
    for (let k = s; k < end; k++) if (this.links.data[k] === o) return true;
    return false;
  }

  /** Drop `g`'s links, both ways (it is being dropped); the watched files of its near copies go to `affected`. */
  unlink(g: number, affected: Set<number>): void {
    const near = this.links;
    const keys = this.groups.key;
    // Taking `g` out of the others' lists leaves its own list where it is.
    for (let k = 0; k < near.size(g); k++) {
      const o = near.data[near.start(g) + k];
      removeByKey(near, o, g, keys);
      this.members.addWatched(o, affected);
    }
    near.clear(g);
  }

  /** Recompute `g`'s near links (both ways); watched files whose copies may change go to `affected`. */
  relink(g: number, affected: Set<number>): void {
    const nNow = this.nearOf(g);
    const now = this.found.data;
    const near = this.links;
    const keys = this.groups.key;
    const nBefore = near.size(g);
    // Both lists are sorted by key: one merge walk finds the links lost and the links gained.
    // Only the other groups' lists change meanwhile: `g`'s stays where it is, but `near.data` may
    // be replaced, so it is read afresh at each step.
    let changed = false;
    let i = 0;
    let j = 0;
    while (i < nBefore || j < nNow) {
      const b = i < nBefore ? near.data[near.start(g) + i] : -1;
      const n = j < nNow ? now[j] : -1;
      if (b >= 0 && b === n) {
        i++;
        j++;
      } else if (b >= 0 && (n < 0 || keys[b] < keys[n])) {
        changed = true;
        removeByKey(near, b, g, keys);
        this.members.addWatched(b, affected);
        i++;
      } else {
        changed = true;
        insertByKey(near, n, g, keys);
        this.members.addWatched(n, affected);
        j++;
      }
    }
    near.assign(g, now, nNow);
    if (changed) this.members.addWatched(g, affected);
  }

  /**
   * The near copies of `g` under the current buckets, sorted by key, in `found`; returns how many.
   * Candidates: groups met in two band buckets (a single band collision is mostly chance between
   * formula sentences) or under the same head key (one teaser cut at two lengths), a meeting
   * counting only when one of the two is an anchor of the bucket; then the exact shingle test.
   * Symmetric: `o ∈ nearOf(g)` iff `g ∈ nearOf(o)`.
   */
  private nearOf(g: number): number {
    const found = this.found;
    found.length = 0;
    const G = this.groups;
    if (!(G.flags[g] & NEARABLE)) return 0;
    // Meetings are counted in `hits`, emptied in O(1) per call: no map per call, as a formula
    // sentence meets dozens of groups and this runs for every new group.
    this.hits.clear();
    const met = this.met;
    met.length = 0;
    const buckets = this.buckets;
    const { table, lists } = buckets;
    const keys = buckets.keysOf(g);
    for (let k = 0; k < keys.length; k++) {
      if (Number.isNaN(keys[k])) continue;
      const got = table.get(keys[k], NONE);
      if (got === NONE || got >= 0) continue;
      const n = -1 - got;
      const data = lists.data;
      const s = lists.start(n);
      const size = lists.size(n);
      const w = k >= BANDS ? 2 : 1;
      const anchors = Math.min(VERIFY_PER_BUCKET, size);
      let anchor = false;
      for (let m = 0; m < anchors && !anchor; m++) anchor = data[s + m] === g;
      const upto = anchor ? size : anchors;
      for (let m = 0; m < upto; m++) {
        const o = data[s + m];
        if (o === g) continue;
        this.meet(o, w);
      }
    }
    const sh = this.pool.data;
    for (let k = 0; k < met.length; k++) {
      const o = met.data[k];
      if (this.hits.get(o) >= 2 && nearCopyAt(sh, G.shAt[g], G.shLen[g], sh, G.shAt[o], G.shLen[o])) found.push(o);
    }
    met.length = 0;
    sortByKey(found.data, 0, found.length, G.key);
    return found.length;
  }

  /** Counts one meeting with `o` in this call, listing `o` in `met` the first time. */
  private meet(o: number, weight: number): void {
    const h = this.hits.get(o);
    if (h < 0) {
      this.met.push(o);
      this.hits.set(o, weight);
    } else this.hits.set(o, h + weight);
  }

  /**
   * Every group's near links from scratch. Within a bucket (sorted by key) a group meets only
   * higher-key groups as an anchor: it precedes them, so if either of a pair is an anchor, the
   * lower one is. Counting each group's meetings with the groups above it therefore finds each
   * pair of `nearOf` exactly once, and the test being symmetric, it is linked both ways at once.
   */
  *linkAll(): Generator<void> {
    const G = this.groups;
    this.links.reset();
    const live = new IntStack();
    for (const g of G.live()) if (G.flags[g] & NEARABLE) live.push(g);
    for (let q = 0; q < live.length; q += STEP) {
      this.linkRange(live.data, q, Math.min(live.length, q + STEP));
      yield;
    }
    for (let q = 0; q < live.length; q += STEP) {
      const near = this.links;
      for (let r = q; r < Math.min(live.length, q + STEP); r++) {
        const g = live.data[r];
        const size = near.size(g);
        if (size > 1) sortByKey(near.data, near.start(g), size, G.key);
      }
      yield;
    }
  }

  /** `linkAll` for the groups `live[from..to)` (out of the generator, as `Buckets.enterRange`). */
  private linkRange(live: Int32Array, from: number, to: number): void {
    const G = this.groups;
    const near = this.links;
    const met = this.met;
    const buckets = this.buckets;
    const { table, lists } = buckets;
    const sh = this.pool.data;
    for (let q = from; q < to; q++) {
      const g = live[q];
      this.hits.clear();
      met.length = 0;
      const keys = buckets.keysOf(g);
      for (let k = 0; k < keys.length; k++) {
        if (Number.isNaN(keys[k])) continue;
        const got = table.get(keys[k], NONE);
        if (got === NONE || got >= 0) continue;
        const n = -1 - got;
        const data = lists.data;
        const s = lists.start(n);
        const size = lists.size(n);
        const w = k >= BANDS ? 2 : 1;
        // The list is sorted by key: `g` is an anchor when it does not come after the last one.
        const anchors = Math.min(VERIFY_PER_BUCKET, size);
        if (G.key[g] > G.key[data[s + anchors - 1]]) continue;
        let at = 0;
        while (at < anchors && data[s + at] !== g) at++;
        if (at === anchors) continue;
        for (let m = at + 1; m < size; m++) {
          const o = data[s + m];
          if (o === g) continue;
          this.meet(o, w);
        }
      }
      for (let k = 0; k < met.length; k++) {
        const o = met.data[k];
        if (this.hits.get(o) < 2 || !nearCopyAt(sh, G.shAt[g], G.shLen[g], sh, G.shAt[o], G.shLen[o])) continue;
        near.push(g, o);
        near.push(o, g);
      }
      met.length = 0;
    }
  }
}
