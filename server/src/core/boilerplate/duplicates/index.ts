/**
 * The cross-file duplicate index. Every sentence ("unit") of every file is reduced to a
 * normalised key; units with one key form a group (exact copies). Groups of eight words or more
 * also get a MinHash signature whose LSH band keys, plus a key of their first words (for copies
 * cut at different lengths), are bucketed. Near copies are the groups sharing a bucket that pass
 * the exact shingle test. Nothing compares all pairs: cost follows bucket sizes.
 *
 * Both indexes are inverted (key → files), so adding or removing one file touches only its own
 * units and tells the caller which other files share them (their blocks must be recomputed).
 *
 * Everything here is a function of the current set of files, never of the order they came in:
 * caps pick by group key (a hash), near links follow a symmetric rule and are recomputed for the
 * groups whose candidates changed, and samples pick by file rank.
 *
 * Files are small integer ids (interned by the layer) and a file's units are rows of typed
 * arrays (see facts.ts); groups too are small integer ids, their fields and lists in typed arrays
 * (see GroupTable, ListPool): the index holds a group per distinct sentence of the corpus and,
 * for the longer ones, a bucket key per band, so per-entry objects would dominate memory.
 *
 * This file is the index as its one user (the boilerplate layer) sees it, and the bookkeeping of
 * a file coming or going; the parts it orchestrates are in this folder:
 *   groups.ts         the group table (a group per distinct unit key);
 *   members.ts        each group's (file, unit) members, its sample of files, its watched files;
 *   buckets.ts        the LSH buckets: each group's bucket keys, each key's groups, the anchors;
 *   nearCopies.ts     the near-copy links between groups, relinked one group or all at once;
 *   copies.ts         a file's copies as (my unit, their unit) pairs per partner file;
 *   localityOrder.ts  an order of files that keeps the partners' rows in cache;
 *   sortedLists.ts    the lists of group ids sorted by key that buckets and near links use;
 *   shinglePool.ts    the shingles of the near-matchable groups, in one array;
 *   unitRows.ts       what the index keeps of each file.
 */
import { BANDS } from '../minhash';
import { BUCKET_KEYS, U_LINE, U_NEAR, U_QUOTED, UNIT_FIELDS, type BoilerplateFacts } from '../facts';
import { Buckets } from './buckets';
import { CopyFinder, type CopyPairs, type KeepUnits } from './copies';
import { ENTERED, GroupTable, NEARABLE } from './groups';
import { localityOrder } from './localityOrder';
import { Members, type Watchers } from './members';
import { NearCopies } from './nearCopies';
import { ShinglePool } from './shinglePool';
import { R_GROUP, R_LINE, ROW_FIELDS, type IndexedFile } from './unitRows';

export type { CopyPairs, KeepUnits } from './copies';
export { SAMPLE, type Watchers } from './members';
export type { IndexedFile } from './unitRows';
/** Below this many words no near matching (see facts.ts). */
export { NEAR_MIN_WORDS } from '../facts';

/**
 * Editing a file re-checks the files it shares a sentence with only while the sentence is in at
 * most this many files: beyond that, one file more or less cannot flip anyone's "is a copy"
 * status; only the listed sample of copies may go stale until those files are next analysed.
 */
export const PROPAGATE_MAX = 256;

export class DuplicateIndex {
  private readonly groups = new GroupTable();
  /** The shingles of the near-matchable groups (`GroupTable.shAt`, `shLen`). */
  private readonly pool = new ShinglePool();
  private readonly members: Members;
  private readonly buckets: Buckets;
  private readonly near: NearCopies;
  private readonly finder: CopyFinder;
  /**
   * Groups whose near links are due (see `NearCopies.relink`) while nobody watches: a bulk load
   * relinks each of them once, at the first query (see `settle`), instead of at every file that
   * moves it in or out of a bucket's anchors — which in a growing index happens to a group many times.
   */
  private readonly pending = new Set<number>();
  /**
   * Nearable groups created while nobody watches, not yet in their buckets: a bulk load fills
   * the buckets in one go at `settle` (appended, then each list sorted once) rather than keeping
   * every list sorted through tens of thousands of insertions. Ids, checked when used: a group
   * dropped meanwhile may have left its id to another.
   */
  private readonly unentered: number[] = [];
  private readonly files: (IndexedFile | undefined)[] = [];
  /**
   * Per file: ROW_FIELDS integers per unit, its group id and its line (see unitRows.ts). What
   * `copies` reads of each partner file, in one array.
   */
  private readonly unitRows: (Int32Array | undefined)[] = [];

  /**
   * `rank(id)`: a hash of the file's name, the same in every group (see SAMPLE). `loadOnce`: see
   * `BoilerplateOptions.loadOnce`.
   */
  constructor(
    rank: (file: number) => number,
    private readonly watchers: Watchers,
    private readonly loadOnce = false,
  ) {
    this.members = new Members(this.groups, rank, watchers);
    this.buckets = new Buckets(this.groups, this.pool, loadOnce);
    this.near = new NearCopies(this.groups, this.buckets, this.pool, this.members);
    this.finder = new CopyFinder(this.groups, this.members, this.near, this.files, this.unitRows, rank);
  }

  /**
   * Index a file's units (replacing any previous version); returns the watched files that share
   * text with it. Only the groups the file joins or leaves are touched: an edit of an article's
   * body leaves its sidebar sentences' groups, and their near links, as they are.
   */
  setFile(file: IndexedFile, facts: BoilerplateFacts): Set<number> {
    this.buckets.checkComplete();
    // A relinking pass half done (see `settleSome`) is finished first: it works on the groups as they are.
    if (this.settling) this.settle();
    if (this.pool.needsCompaction()) this.pool.compact(this.groups.live(), this.groups.shAt, this.groups.shLen);
    const id = file.id;
    const { keys } = file;
    // Groups whose anchor status changed somewhere: their near links are recomputed at the end,
    // or, when nobody watches (no one needs telling what changed), at the next `settle`.
    const deferred = !this.watchers.any();
    if (!deferred) this.settle();
    const relink = deferred ? this.pending : new Set<number>();
    const affected = this.files[id] ? this.detach(id, new Set(keys), relink) : new Set<number>();
    const enter = !deferred;
    this.finder.forgetMerged();
    this.files[id] = file;
    const rows = new Int32Array(keys.length * ROW_FIELDS);
    for (let i = 0; i < keys.length; i++) {
      let g = this.groups.idOf(keys[i]);
      if (g < 0) g = this.createGroup(keys[i], facts, i, relink, enter);
      this.members.add(g, id, i);
      // Group ids are recycled only once a group is empty, so these stay valid while the file is in.
      rows[i * ROW_FIELDS + R_GROUP] = g;
      rows[i * ROW_FIELDS + R_LINE] = file.units[i * UNIT_FIELDS + U_LINE];
    }
    this.unitRows[id] = rows;
    if (!deferred) {
      for (const g of relink) if (this.groups.isLive(g)) this.near.relink(g, affected);
      this.forgetKeys();
    }
    this.sharers(id, affected);
    affected.delete(id);
    return affected;
  }

  /** Drop a file; returns the watched files that shared text with it. */
  removeFile(file: number): Set<number> {
    this.buckets.checkComplete();
    if (this.settling) this.settle();
    const deferred = !this.watchers.any();
    if (!deferred) this.settle();
    const relink = deferred ? this.pending : new Set<number>();
    const affected = this.detach(file, undefined, relink);
    if (!deferred) {
      for (const g of relink) if (this.groups.isLive(g)) this.near.relink(g, affected);
      this.forgetKeys();
    }
    affected.delete(file);
    return affected;
  }

  /**
   * Relink the groups left pending by unwatched changes; every query of copies starts here. The
   * links are a function of the groups present (see `NearCopies.nearOf`), so relinking once at the
   * end gives what relinking after every file would have. Nobody was watching while they piled up,
   * so there is nobody to tell which files changed.
   */
  private settle(): void {
    const steps = this.settling ?? this.settleSteps();
    this.settling = undefined;
    let done = false;
    while (!done) done = steps.next().done === true;
  }

  /** The relinking pass `settleSome` has begun, to be finished by it or by the next `settle`. */
  private settling: Generator<void> | undefined;

  /**
   * Does some of what the next query would do at once (`settle`), a step at a time while `more()`
   * says so; true once nothing is left. After a bulk load that is the near links of every group:
   * a host that runs it in slices stays responsive meanwhile.
   */
  settleSome(more: () => boolean): boolean {
    if (!this.settling && this.pending.size === 0) {
      this.unentered.length = 0; // as `settle` does: nothing else to do, `more()` is not asked
      return true;
    }
    this.settling ??= this.settleSteps();
    while (more()) {
      if (this.settling.next().done) {
        this.settling = undefined;
        return true;
      }
    }
    return false;
  }

  /** `settle` as steps (a bulk relinking pass yields between groups). */
  private *settleSteps(): Generator<void> {
    if (this.pending.size === 0) {
      // Every live group of `unentered` is pending: these were dropped before entering.
      this.unentered.length = 0;
      return;
    }
    // After a bulk load nearly every group is pending: building all links afresh counts each
    // meeting once, from its lower-key side, where relinking group by group counts it from both.
    if (this.pending.size * 2 >= this.groups.size) {
      yield* this.buckets.enterAll(this.unentered);
      yield* this.near.linkAll();
      // The load is over: what it made is what stays. Loaded once, the buckets and shingles that
      // found the near copies are not read again (copies follow the links), and no group may change.
      if (this.loadOnce) {
        this.buckets.release();
        this.pool.release();
      } else this.pool.trim();
    } else {
      for (const g of this.unentered) if (this.groups.waitsToEnter(g)) this.buckets.enter(g, this.pending);
      const nobody = new Set<number>();
      for (const g of this.pending) if (this.groups.isLive(g)) this.near.relink(g, nobody);
    }
    this.unentered.length = 0;
    this.pending.clear();
    this.finder.forgetMerged();
    this.forgetKeys();
  }

  /** Drop the held bucket keys (see `Buckets.held`); their storage too once nothing is pending. */
  private forgetKeys(): void {
    this.buckets.forgetKeys(this.pending.size === 0);
  }

  /** A new group for unit `i` of `facts`; a near-matchable one enters its buckets. Returns its id. */
  private createGroup(key: number, facts: BoilerplateFacts, i: number, relink: Set<number>, enter: boolean): number {
    const near = facts.units[i * UNIT_FIELDS + U_NEAR];
    const G = this.groups;
    const g = G.add(key, near >= 0);
    if (near < 0) return g;
    const from = facts.shingleStart[near];
    const to = facts.shingleStart[near + 1];
    G.shAt[g] = this.pool.add(facts.shingles, from, to);
    G.shLen[g] = to - from;
    G.head[g] = facts.buckets[near * BUCKET_KEYS + BANDS];
    this.buckets.holdKeys(g, facts.buckets, near);
    relink.add(g);
    if (enter) this.buckets.enter(g, relink);
    else this.unentered.push(g);
    return g;
  }

  /**
   * Take `file` out of its groups; the groups of `keep` (its next version's keys) stay even when
   * left empty, as the caller puts the file back at once. Returns the watched files sharing text
   * with it; groups whose near links must be recomputed go to `relink`.
   */
  private detach(file: number, keep: ReadonlySet<number> | undefined, relink: Set<number>): Set<number> {
    const f = this.files[file];
    const affected = new Set<number>();
    if (!f) return affected;
    this.sharers(file, affected);
    this.files[file] = undefined;
    this.unitRows[file] = undefined;
    this.finder.forgetMerged();
    for (const key of f.keys) {
      const g = this.groups.idOf(key);
      if (g < 0) continue;
      this.members.remove(g, file);
      if (this.groups.nFiles[g] === 0 && !keep?.has(key)) this.dropGroup(g, relink, affected);
    }
    return affected;
  }

  /** Forget an empty group: its near links, its buckets, its shingles; its id goes back to the free ones. */
  private dropGroup(g: number, relink: Set<number>, affected: Set<number>): void {
    relink.delete(g);
    const G = this.groups;
    this.near.unlink(g, affected);
    const flags = G.flags[g];
    if (flags & NEARABLE && flags & ENTERED) this.buckets.leave(g, relink);
    if (flags & NEARABLE) this.pool.free(G.shLen[g]);
    this.members.clear(g);
    G.remove(g);
  }

  /**
   * Watched files whose blocks may change with `file`'s units: co-members of its groups, and the
   * files of the groups that follow them as near copies. In a group of more than PROPAGATE_MAX
   * files only the listed sample of copies can change (one file more or less flips nobody's "is a
   * copy" status), so those files are told only when `file` is in that sample.
   */
  private sharers(file: number, out: Set<number>): void {
    if (!this.watchers.any()) return;
    const f = this.files[file];
    if (!f) return;
    const near = this.near.links;
    for (let i = 0; i < f.keys.length; i++) {
      if (f.units[i * UNIT_FIELDS + U_QUOTED]) continue;
      const g = this.groups.idOf(f.keys[i]);
      if (g < 0) continue;
      if (this.groups.nFiles[g] > PROPAGATE_MAX && !this.members.sampleOf(g).includes(file)) continue;
      this.members.addWatched(g, out);
      for (let k = 0; k < near.size(g); k++) {
        const o = near.data[near.start(g) + k];
        if (this.near.follows(o, g)) this.members.addWatched(o, out);
      }
    }
  }

  /** The copies of `file`'s units as pairs per partner file (see `CopyFinder.pairs`). */
  copies(file: number, keep: KeepUnits): CopyPairs {
    this.settle();
    return this.finder.pairs(file, keep);
  }

  /** `ids` in the order that builds their blocks fastest (see localityOrder.ts). */
  localityOrder(ids: readonly number[]): number[] {
    this.settle();
    return localityOrder(ids, this.unitRows, this.groups, this.members.lists, this.near);
  }

  /** How many other files hold an exact or near copy of unit `unit` of `file` (not sampled). */
  copyCount(file: number, unit: number): number {
    this.settle();
    return this.finder.count(file, unit);
  }

  stats(): { files: number; groups: number; buckets: number } {
    return { files: this.files.filter(Boolean).length, groups: this.groups.size, buckets: this.buckets.size };
  }
}
