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
 * arrays (see facts.ts): at 10,000 articles the index holds some 170,000 groups and 1.5 million
 * bucket keys, so per-entry objects would dominate memory.
 */
import { BUCKET_KEYS, U_LINE, U_NEAR, U_QUOTED, UNIT_FIELDS, type BoilerplateFacts } from './facts';
import { BANDS, bandKeys, signature } from './minhash';
import { nearCopyAt } from './shingles';
import { IntStack, KeyTable, ShinglePool, Slots } from './tables';

/** What the index keeps of one file: its units (UNIT_FIELDS integers each) and their keys. */
export interface IndexedFile {
  id: number;
  units: Int32Array;
  keys: Float64Array;
}

interface Group {
  /** Slot in `DuplicateIndex.byId`: bucket lists and the bucket table hold these. */
  id: number;
  key: number;
  /** Shingles in the pool: `[shAt, shAt + shLen)`; none for groups that are never near-matched. */
  shAt: number;
  shLen: number;
  /** Near-matchable (bucketed); its band keys are recomputed from the shingles when needed. */
  nearable: boolean;
  /** Head key, or NaN when the sentence is too short for one. */
  head: number;
  /** (file id, unit index) pairs, sorted by file then unit. */
  members: number[];
  /** Distinct files among `members`. */
  nFiles: number;
  /**
   * The SAMPLE files of lowest rank, sorted by rank, when there are more than SAMPLE files: kept
   * up to date as files join; dropped (recomputed on demand) when a sampled file leaves.
   */
  sample?: number[];
  /**
   * Verified near copies sorted by key, kept symmetric (see `nearOf` for the rule): recomputed for
   * a group when it is created or when its anchor status in one of its buckets changes.
   * Undefined when empty.
   */
  near: Group[] | undefined;
  /** Scratch for `nearOf`: the call that last counted meetings with this group, and the count. */
  stamp: number;
  hits: number;
  /** Its bucket keys are in `DuplicateIndex.heldKeys` while this equals `DuplicateIndex.heldEpoch`. */
  held: number;
  /** In its buckets (a nearable group created while nobody watches waits for `settle`). */
  entered: boolean;
}

const NO_GROUPS: readonly Group[] = [];

/** Below this many words no near matching (see facts.ts). */
export { NEAR_MIN_WORDS } from './facts';
/**
 * The anchors of a bucket: its VERIFY_PER_BUCKET groups of lowest key. Two groups of a bucket
 * count as meeting there only when one of them is an anchor, so a group is verified against at
 * most this many groups per bucket (plus all of a bucket it anchors, which happens to a newcomer
 * with probability VERIFY_PER_BUCKET / bucket size): a bucket that keeps growing holds a formula
 * ("Les échanges ont porté sur…"), and verifying every newcomer against all of it would make
 * indexing quadratic. The rule is symmetric and depends only on the groups present, not on the
 * order they came in.
 */
const VERIFY_PER_BUCKET = 16;
/**
 * A sentence copied into thousands of files (a stock formula, a long-lived sidebar) lists a
 * sample of its copies, not all: the files of lowest hash rank. The rank is the same in every
 * group, so two neighbouring sentences pasted together into the same files sample the same files
 * (what the "copied in the same order" test in blocks.ts needs), like MinHash over file sets.
 */
export const SAMPLE = 64;
/**
 * Editing a file re-checks the files it shares a sentence with only while the sentence is in at
 * most this many files: beyond that, one file more or less cannot flip anyone's "is a copy"
 * status; only the listed sample of copies may go stale until those files are next analysed.
 */
export const PROPAGATE_MAX = 256;
/**
 * Near copies followed per sentence. A short stock sentence is contained in every longer variant
 * of it ("…, à Kati.", "…, à Gao mardi.") and can collect hundreds of near groups; the ones of
 * lowest key (an order-independent choice) already give the copies a diagnostic needs.
 */
const NEAR_FOLLOW = 8;

/**
 * The copies of a file's units, as (my unit, their unit) pairs per partner file: the pairs of
 * partner `k` (file `files[k]`, ids ascending) are `[start[k], start[k + 1])` of `mine` and
 * `theirs`, sorted by my unit then theirs. Flat arrays: at 10,000 articles a file has some 900
 * (unit, partner) pairs, and a map per unit and partner was most of the cost of building blocks.
 */
export interface CopyPairs {
  files: Int32Array;
  start: Int32Array;
  mine: Int32Array;
  theirs: Int32Array;
  /** The line of each of `theirs` in its file. */
  theirLines: Int32Array;
}
/**
 * Filters my units listed for one partner, a bitset of `words` words from `at` (bit `i` for unit
 * `i`), in place; says whether any is left.
 */
export type KeepUnits = (bits: Uint32Array, at: number, words: number) => boolean;
const NO_PAIRS: CopyPairs = { files: new Int32Array(0), start: new Int32Array(1), mine: new Int32Array(0), theirs: new Int32Array(0), theirLines: new Int32Array(0) };
/** Fields of `DuplicateIndex.unitRows`, per unit. */
const R_GROUP = 0;
const R_LINE = 1;
const ROW_FIELDS = 2;
/** Groups whose merged samples are kept between `copies` calls (a site's sidebars fit many times over). */
const MERGED_CACHE = 4096;
/** `KeyTable.get` answer for a missing key (ids and list references are never this). */
const NONE = 0x7fffffff;

/** Who wants to hear about changes: files with blocks computed. Others need no invalidation. */
export interface Watchers {
  /** Is anyone watching at all? When not, the files sharing text with a change are not even listed. */
  any(): boolean;
  has(file: number): boolean;
}

export class DuplicateIndex {
  /** Group key → group id. */
  private readonly groupIds = new KeyTable(1 << 16);
  private readonly byId: (Group | undefined)[] = [];
  private readonly freeIds: number[] = [];
  /**
   * Band/head key → bucket: a group id (≥ 0, the common case: most buckets hold one group) or
   * `-1 - n` for `lists[n]`, several groups sorted by key.
   */
  private readonly buckets = new KeyTable(1 << 16);
  private readonly lists: Group[][] = [];
  private readonly freeLists: number[] = [];
  private readonly pool = new ShinglePool();
  /**
   * BUCKET_KEYS per group id: the band and head keys of the groups created since the last
   * `settle` or, once files are watched, by the current `setFile`, as their facts gave them
   * (`Group.held` says whose are current). Older groups' keys are recomputed from their shingles:
   * keeping them all would cost some 15 MB at 10,000 articles, while only a bulk load needs them
   * again soon (for its one relinking pass).
   */
  private heldKeys = new Float64Array(0);
  /** Bumped to forget every held key at once. */
  private heldEpoch = 1;
  /**
   * Groups whose near links are due (see `relink`) while nobody watches: a bulk load relinks
   * each of them once, at the first query (see `settle`), instead of at every file that moves it
   * in or out of a bucket's anchors — which in a growing index happens to a group many times.
   */
  private readonly pending = new Set<Group>();
  /**
   * Nearable groups created while nobody watches, not yet in their buckets: a bulk load fills
   * the buckets in one go at `settle` (appended, then each list sorted once) rather than keeping
   * every list sorted through tens of thousands of insertions.
   */
  private readonly unentered: Group[] = [];
  /** What `bucketKeys` answers in (one group's keys are used at a time). */
  private readonly keysOut = new Float64Array(BUCKET_KEYS);
  /**
   * Merged samples of recently asked groups (see `mergedOf`): the files of one site ask for the
   * same sidebar sentences one after another. Bounded, and dropped on any change to the index.
   */
  private merged = new Map<Group, Int32Array>();
  /**
   * The previous generation of `merged`: when that fills up it becomes this one, and what is
   * asked again moves back. Bounded like a single map of twice the size, but what a sweep over
   * files keeps asking for survives the turnover, where clearing at once dropped it all.
   */
  private mergedOld = new Map<Group, Int32Array>();
  private readonly files: (IndexedFile | undefined)[] = [];
  /**
   * Per file: ROW_FIELDS integers per unit, its group id and its line. What `copies` reads of each
   * partner file, in one array: a file has some 350 partners, and their scattered unit rows and
   * views were most of its cost.
   */
  private readonly unitRows: (Int32Array | undefined)[] = [];
  /** Scratch of `copies` and `mergedOf` (see there). */
  private readonly scratch = new CopiesScratch();
  /** See `nearOf`. */
  private stamp = 0;
  private readonly met: Group[] = [];

  /** `rank(id)`: a hash of the file's name, the same in every group (see SAMPLE). */
  constructor(
    private readonly rank: (file: number) => number,
    private readonly watchers: Watchers,
  ) {}

  /**
   * Index a file's units (replacing any previous version); returns the watched files that share
   * text with it. Only the groups the file joins or leaves are touched: an edit of an article's
   * body leaves its sidebar sentences' groups, and their near links, as they are.
   */
  setFile(file: IndexedFile, facts: BoilerplateFacts): Set<number> {
    if (this.pool.needsCompaction()) this.pool.compact(this.liveGroups());
    const id = file.id;
    const { keys } = file;
    // Groups whose anchor status changed somewhere: their near links are recomputed at the end,
    // or, when nobody watches (no one needs telling what changed), at the next `settle`.
    const deferred = !this.watchers.any();
    if (!deferred) this.settle();
    const relink = deferred ? this.pending : new Set<Group>();
    const affected = this.files[id] ? this.detach(id, new Set(keys), relink) : new Set<number>();
    const enter = !deferred;
    this.forgetMerged();
    this.files[id] = file;
    const rows = new Int32Array(keys.length * ROW_FIELDS);
    for (let i = 0; i < keys.length; i++) {
      const g = this.groupOf(keys[i]) ?? this.createGroup(keys[i], facts, i, relink, enter);
      addMember(g, id, i, this.rank);
      // Group ids are recycled only once a group is empty, so these stay valid while the file is in.
      rows[i * ROW_FIELDS + R_GROUP] = g.id;
      rows[i * ROW_FIELDS + R_LINE] = file.units[i * UNIT_FIELDS + U_LINE];
    }
    this.unitRows[id] = rows;
    if (!deferred) {
      for (const g of relink) if (this.byId[g.id] === g) this.relink(g, affected);
      this.forgetKeys();
    }
    this.sharers(id, affected);
    affected.delete(id);
    return affected;
  }

  /** Drop a file; returns the watched files that shared text with it. */
  removeFile(file: number): Set<number> {
    const deferred = !this.watchers.any();
    if (!deferred) this.settle();
    const relink = deferred ? this.pending : new Set<Group>();
    const affected = this.detach(file, undefined, relink);
    if (!deferred) {
      for (const g of relink) if (this.byId[g.id] === g) this.relink(g, affected);
      this.forgetKeys();
    }
    affected.delete(file);
    return affected;
  }

  /**
   * Relink the groups left pending by unwatched changes; every query of copies starts here. The
   * links are a function of the groups present (see `nearOf`), so relinking once at the end gives
   * what relinking after every file would have. Nobody was watching while they piled up, so there
   * is nobody to tell which files changed.
   */
  private settle(): void {
    if (this.pending.size === 0) {
      // Every live group of `unentered` is pending: these were dropped before entering.
      this.unentered.length = 0;
      return;
    }
    // After a bulk load nearly every group is pending: building all links afresh counts each
    // meeting once, from its lower-key side, where relinking group by group counts it from both.
    if (this.pending.size * 2 >= this.groupIds.size) {
      this.enterAll();
      this.linkAll();
    } else {
      for (const g of this.unentered) if (this.byId[g.id] === g && !g.entered) this.enterBuckets(g, this.pending);
      const nobody = new Set<number>();
      for (const g of this.pending) if (this.byId[g.id] === g) this.relink(g, nobody);
    }
    this.unentered.length = 0;
    this.pending.clear();
    this.forgetMerged();
    this.forgetKeys();
  }

  /** Drop the held bucket keys (see `heldKeys`). */
  private forgetKeys(): void {
    this.heldEpoch++;
    if (this.pending.size === 0 && this.heldKeys.length > 1 << 16) this.heldKeys = new Float64Array(0);
  }

  private groupOf(key: number): Group | undefined {
    const id = this.groupIds.get(key, NONE);
    return id === NONE ? undefined : this.byId[id];
  }

  private *liveGroups(): Iterable<Group> {
    for (const g of this.byId) if (g) yield g;
  }

  /** A new group for unit `i` of `facts`; a near-matchable one enters its buckets. */
  private createGroup(key: number, facts: BoilerplateFacts, i: number, relink: Set<Group>, enter: boolean): Group {
    const near = facts.units[i * UNIT_FIELDS + U_NEAR];
    const id = this.freeIds.pop() ?? this.byId.length;
    const g: Group = { id, key, shAt: 0, shLen: 0, nearable: near >= 0, head: NaN, members: [], nFiles: 0, near: undefined, stamp: 0, hits: 0, held: 0, entered: false };
    this.byId[id] = g;
    this.groupIds.set(key, id);
    if (near < 0) return g;
    const from = facts.shingleStart[near];
    const to = facts.shingleStart[near + 1];
    g.shAt = this.pool.add(facts.shingles, from, to);
    g.shLen = to - from;
    g.head = facts.buckets[near * BUCKET_KEYS + BANDS];
    this.holdKeys(g, facts.buckets, near);
    relink.add(g);
    if (enter) this.enterBuckets(g, relink);
    else this.unentered.push(g);
    return g;
  }

  /** Put `g` in its buckets; groups it pushes out of a bucket's anchors go to `relink`. */
  private enterBuckets(g: Group, relink: Set<Group>): void {
    g.entered = true;
    for (const b of this.bucketKeys(g)) {
      if (Number.isNaN(b)) continue;
      const displaced = this.enter(b, g);
      if (displaced) relink.add(displaced);
    }
  }

  /**
   * Put every group of `unentered` in its buckets, appending, then sort each bucket list once
   * (keys are distinct, so the order is the one insertion would have kept; a list left as it was
   * costs one pass). Who displaced whom is not tracked: `linkAll` follows.
   */
  private enterAll(): void {
    for (const g of this.unentered) {
      if (this.byId[g.id] !== g || g.entered) continue;
      g.entered = true;
      const keys = this.bucketKeys(g);
      for (let k = 0; k < keys.length; k++) {
        const b = keys[k];
        if (Number.isNaN(b)) continue;
        const got = this.buckets.get(b, NONE);
        if (got === NONE) this.buckets.set(b, g.id);
        else if (got >= 0) {
          const n = this.freeLists.pop() ?? this.lists.length;
          this.lists[n] = [this.byId[got]!, g];
          this.buckets.set(b, -1 - n);
        } else this.lists[-1 - got].push(g);
      }
    }
    for (const list of this.lists) if (list.length > 1) list.sort(byKey);
  }

  /**
   * The band keys of `g`, then its head key (NaN when none), as when it was created. The answer is
   * overwritten by the next call: read it before asking for another group's keys.
   */
  private bucketKeys(g: Group): Float64Array {
    const out = this.keysOut;
    if (g.held === this.heldEpoch) {
      const at = g.id * BUCKET_KEYS;
      for (let k = 0; k < BUCKET_KEYS; k++) out[k] = this.heldKeys[at + k];
      return out;
    }
    out.set(bandKeys(signature(this.pool.data.subarray(g.shAt, g.shAt + g.shLen))));
    out[BANDS] = g.head;
    return out;
  }

  /** Keep the bucket keys of new group `g`, row `row` of `buckets`, until `forgetKeys`. */
  private holdKeys(g: Group, buckets: Float64Array, row: number): void {
    const end = (g.id + 1) * BUCKET_KEYS;
    if (end > this.heldKeys.length) {
      const next = new Float64Array(Math.max(end, this.heldKeys.length * 2, 1024 * BUCKET_KEYS));
      next.set(this.heldKeys);
      this.heldKeys = next;
    }
    for (let k = 0; k < BUCKET_KEYS; k++) this.heldKeys[g.id * BUCKET_KEYS + k] = buckets[row * BUCKET_KEYS + k];
    g.held = this.heldEpoch;
  }

  /**
   * Take `file` out of its groups; the groups of `keep` (its next version's keys) stay even when
   * left empty, as the caller puts the file back at once. Returns the watched files sharing text
   * with it; groups whose near links must be recomputed go to `relink`.
   */
  private detach(file: number, keep: ReadonlySet<number> | undefined, relink: Set<Group>): Set<number> {
    const f = this.files[file];
    const affected = new Set<number>();
    if (!f) return affected;
    this.sharers(file, affected);
    this.files[file] = undefined;
    this.unitRows[file] = undefined;
    this.forgetMerged();
    for (const key of f.keys) {
      const g = this.groupOf(key);
      if (!g) continue;
      removeMember(g, file);
      if (g.nFiles === 0 && !keep?.has(key)) this.dropGroup(g, relink, affected);
    }
    return affected;
  }

  /** Forget an empty group: its near links, its buckets, its shingles. */
  private dropGroup(g: Group, relink: Set<Group>, affected: Set<number>): void {
    relink.delete(g);
    for (const o of g.near ?? []) {
      removeSorted(o, g);
      this.addFiles(o, affected);
    }
    g.near = undefined;
    if (g.nearable && g.entered) {
      for (const b of this.bucketKeys(g)) {
        if (Number.isNaN(b)) continue;
        const promoted = this.leave(b, g);
        if (promoted) relink.add(promoted);
      }
    }
    if (g.nearable) this.pool.free(g.shLen);
    this.groupIds.delete(g.key);
    this.byId[g.id] = undefined;
    this.freeIds.push(g.id);
  }

  /** Position of `g` in a bucket list sorted by key: its index, or where it would go. */
  private lowerBound(list: readonly Group[], key: number): number {
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].key < key) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Add `g` to bucket `b` (kept sorted by key); returns the group it pushed out of the anchors, if any. */
  private enter(b: number, g: Group): Group | undefined {
    const got = this.buckets.get(b, NONE);
    if (got === NONE) {
      this.buckets.set(b, g.id);
      return undefined;
    }
    let list: Group[];
    if (got >= 0) {
      list = [this.byId[got]!];
      const n = this.freeLists.pop() ?? this.lists.length;
      this.lists[n] = list;
      this.buckets.set(b, -1 - n);
    } else list = this.lists[-1 - got];
    const at = this.lowerBound(list, g.key);
    list.splice(at, 0, g);
    return at < VERIFY_PER_BUCKET && list.length > VERIFY_PER_BUCKET ? list[VERIFY_PER_BUCKET] : undefined;
  }

  /** Take `g` out of bucket `b`; returns the group that became an anchor in its place, if any. */
  private leave(b: number, g: Group): Group | undefined {
    const got = this.buckets.get(b, NONE);
    if (got === NONE) return undefined;
    if (got >= 0) {
      if (got === g.id) this.buckets.delete(b);
      return undefined;
    }
    const n = -1 - got;
    const list = this.lists[n];
    const at = this.lowerBound(list, g.key);
    if (list[at] !== g) return undefined;
    list.splice(at, 1);
    const promoted = at < VERIFY_PER_BUCKET && list.length >= VERIFY_PER_BUCKET ? list[VERIFY_PER_BUCKET - 1] : undefined;
    if (list.length <= 1) {
      if (list.length === 1) this.buckets.set(b, list[0].id);
      else this.buckets.delete(b);
      this.lists[n] = [];
      this.freeLists.push(n);
    }
    return promoted;
  }

  /**
   * The near copies of `g` under the current buckets, sorted by key. Candidates: groups met in two
   * band buckets (a single band collision is mostly chance between formula sentences) or under the
   * same head key (one teaser cut at two lengths), a meeting counting only when one of the two is
   * an anchor of the bucket; then the exact shingle test. Symmetric: `o ∈ nearOf(g)` iff
   * `g ∈ nearOf(o)`.
   */
  private nearOf(g: Group): Group[] | undefined {
    if (!g.nearable) return undefined;
    // Meetings are counted on the groups themselves (`stamp` marks this call's counts): no map
    // per call, as a formula sentence meets dozens of groups and this runs for every new group.
    const stamp = ++this.stamp;
    const met = this.met;
    met.length = 0;
    const keys = this.bucketKeys(g);
    for (let k = 0; k < keys.length; k++) {
      if (Number.isNaN(keys[k])) continue;
      const got = this.buckets.get(keys[k], NONE);
      if (got === NONE || got >= 0) continue;
      const list = this.lists[-1 - got];
      const w = k >= BANDS ? 2 : 1;
      const anchors = Math.min(VERIFY_PER_BUCKET, list.length);
      let anchor = false;
      for (let m = 0; m < anchors && !anchor; m++) anchor = list[m] === g;
      const upto = anchor ? list.length : anchors;
      for (let m = 0; m < upto; m++) {
        const o = list[m];
        if (o === g) continue;
        this.meet(o, stamp, w);
      }
    }
    let out: Group[] | undefined;
    const sh = this.pool.data;
    for (const o of met) if (o.hits >= 2 && nearCopyAt(sh, g.shAt, g.shLen, sh, o.shAt, o.shLen)) (out ??= []).push(o);
    met.length = 0;
    return out?.sort(byKey);
  }

  /** Counts one meeting with `o` in this call (`stamp`), listing `o` in `met` the first time. */
  private meet(o: Group, stamp: number, weight: number): void {
    if (o.stamp !== stamp) {
      o.stamp = stamp;
      o.hits = 0;
      this.met.push(o);
    }
    o.hits += weight;
  }

  /**
   * Every group's near links from scratch. Within a bucket (sorted by key) a group meets only
   * higher-key groups as an anchor: it precedes them, so if either of a pair is an anchor, the
   * lower one is. Counting each group's meetings with the groups above it therefore finds each
   * pair of `nearOf` exactly once, and the test being symmetric, it is linked both ways at once.
   */
  private linkAll(): void {
    const live: Group[] = [];
    for (const g of this.byId) {
      if (!g) continue;
      g.near = undefined;
      if (g.nearable) live.push(g);
    }
    const met = this.met;
    const sh = this.pool.data;
    for (const g of live) {
      const stamp = ++this.stamp;
      met.length = 0;
      const keys = this.bucketKeys(g);
      for (let k = 0; k < keys.length; k++) {
        if (Number.isNaN(keys[k])) continue;
        const got = this.buckets.get(keys[k], NONE);
        if (got === NONE || got >= 0) continue;
        const list = this.lists[-1 - got];
        const w = k >= BANDS ? 2 : 1;
        // The list is sorted by key: `g` is an anchor when it does not come after the last one.
        const anchors = Math.min(VERIFY_PER_BUCKET, list.length);
        if (g.key > list[anchors - 1].key) continue;
        let at = 0;
        while (at < anchors && list[at] !== g) at++;
        if (at === anchors) continue;
        for (let m = at + 1; m < list.length; m++) {
          const o = list[m];
          if (o === g) continue;
          this.meet(o, stamp, w);
        }
      }
      for (const o of met) {
        if (o.hits < 2 || !nearCopyAt(sh, g.shAt, g.shLen, sh, o.shAt, o.shLen)) continue;
        (g.near ??= []).push(o);
        (o.near ??= []).push(g);
      }
      met.length = 0;
    }
    for (const g of live) if (g.near && g.near.length > 1) g.near.sort(byKey);
  }

  /** Recompute `g`'s near links (both ways); watched files whose copies may change go to `affected`. */
  private relink(g: Group, affected: Set<number>): void {
    const found = this.nearOf(g);
    const now = found ?? NO_GROUPS;
    const before = g.near ?? NO_GROUPS;
    // Both lists are sorted by key: one merge walk finds the links lost and the links gained.
    let changed = false;
    let i = 0;
    let j = 0;
    while (i < before.length || j < now.length) {
      const b = before[i];
      const n = now[j];
      if (b && n && b === n) {
        i++;
        j++;
      } else if (b && (!n || b.key < n.key)) {
        changed = true;
        removeSorted(b, g);
        this.addFiles(b, affected);
        i++;
      } else {
        changed = true;
        insertSorted(n, g);
        this.addFiles(n, affected);
        j++;
      }
    }
    g.near = found;
    if (changed) this.addFiles(g, affected);
  }

  /** The watched files of `g` go to `out`. */
  private addFiles(g: Group, out: Set<number>): void {
    if (!this.watchers.any()) return;
    const m = g.members;
    for (let k = 0; k < m.length; k += 2) if (this.watchers.has(m[k])) out.add(m[k]);
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
    for (let i = 0; i < f.keys.length; i++) {
      if (f.units[i * UNIT_FIELDS + U_QUOTED]) continue;
      const g = this.groupOf(f.keys[i]);
      if (!g) continue;
      if (g.nFiles > PROPAGATE_MAX && !this.sampleOf(g).includes(file)) continue;
      this.addFiles(g, out);
      for (const o of g.near ?? []) if (follow(o).includes(g)) this.addFiles(o, out);
    }
  }

  /** The files of `g`: all of them up to SAMPLE, else the SAMPLE of lowest rank. */
  private sampleOf(g: Group): number[] {
    if (g.nFiles <= SAMPLE) return distinctFiles(g);
    if (!g.sample) {
      const rank = this.rank;
      g.sample = distinctFiles(g)
        .sort((a, b) => rank(a) - rank(b))
        .slice(0, SAMPLE);
    }
    return g.sample;
  }

  /**
   * For each unit of `file`, the other files holding an exact or near copy and their copying
   * units, as pairs per partner file (see CopyPairs). Quoted units get no copies. A unit's partners
   * are the merged sample of its group (see `mergedOf`); their copying units are the units in the
   * unit's own group or in a near copy it follows. `keep` says which of my units listed for a
   * partner are worth pairing: a partner none is kept for is not even read.
   */
  copies(file: number, keep: KeepUnits): CopyPairs {
    this.settle();
    const f = this.files[file];
    const rows = this.unitRows[file];
    if (!f || !rows) return NO_PAIRS;
    const sc = this.scratch;
    sc.begin(f.keys.length);
    for (let i = 0; i < f.keys.length; i++) {
      if (f.units[i * UNIT_FIELDS + U_QUOTED]) continue;
      const g = this.byId[rows[i * ROW_FIELDS + R_GROUP]];
      // Most sentences are in one file only: nothing to list.
      if (!g || (g.nFiles <= 1 && !g.near)) continue;
      allowPartners(sc, file, i, this.mergedOf(g));
      sc.link(g.id, i);
      for (const o of follow(g)) sc.link(o.id, i);
    }
    return this.pairsOf(keep);
  }

  /**
   * The pairs of the partners gathered in the scratch by `copies`. Each partner kept is read once,
   * its units scanned against the groups my units copy: a partner has a few dozen units, while
   * looking each (unit, partner) up in the groups' member lists costs a search per group.
   */
  private pairsOf(keep: KeepUnits): CopyPairs {
    const sc = this.scratch;
    const nPartners = sc.partners.length;
    if (nPartners === 0) return NO_PAIRS;
    const { listed, words } = sc;
    // Only partners with pairs are answered, in file order (most are dropped by `keep`).
    const kept = sc.kept;
    kept.length = 0;
    for (let slot = 0; slot < nPartners; slot++) if (keep(listed, slot * words, words)) kept.push(sc.partners.data[slot]);
    const candidates = kept.data.subarray(0, kept.length).sort();
    const files = new IntStack();
    const start = new IntStack();
    start.push(0);
    const { mine, theirs, theirLines } = sc;
    for (let k = 0; k < candidates.length; k++) {
      const at = sc.slotOf.get(candidates[k]) * words;
      const their = this.unitRows[candidates[k]];
      if (!their) continue;
      this.pairsWith(their, listed, at);
      if (mine.length === start.data[start.length - 1]) continue;
      files.push(candidates[k]);
      start.push(mine.length);
    }
    return { files: files.done(), start: start.done(), mine: mine.done(), theirs: theirs.done(), theirLines: theirLines.done() };
  }

  /** Append to the scratch the pairs (my unit set in bitset `kept` at `at`, their unit) of one partner's unit rows. */
  private pairsWith(their: Int32Array, kept: Uint32Array, at: number): void {
    const sc = this.scratch;
    const nTheirs = their.length / ROW_FIELDS;
    // Key i * stride + j sorts by my unit then theirs; stride > j + 1 keeps keys apart.
    const stride = nTheirs + 1;
    let keys: Float64Array = sc.keys;
    let n = 0;
    const bits = sc.groupBits;
    for (let j = 0; j < nTheirs; j++) {
      const gid = their[j * ROW_FIELDS + R_GROUP];
      if (!(bits[gid >>> 5] & (1 << (gid & 31)))) continue;
      for (let e = sc.chainOf.get(gid); e >= 0; e = sc.chainNext.data[e]) {
        const i = sc.chainUnit.data[e];
        if (!(kept[at + (i >>> 5)] & (1 << (i & 31)))) continue;
        if (n === keys.length) keys = sc.growKeys();
        keys[n++] = i * stride + j;
      }
    }
    sortKeys(keys, n);
    for (let q = 0; q < n; q++) {
      const i = Math.floor(keys[q] / stride);
      const j = keys[q] - i * stride;
      sc.mine.push(i);
      sc.theirs.push(j);
      sc.theirLines.push(their[j * ROW_FIELDS + R_LINE]);
    }
  }

  /**
   * The files a unit of `g` lists as copies: the union of the samples of `g` and of the near
   * copies it follows, cut back to the SAMPLE + 1 of lowest rank (then sorted by rank) so that
   * neighbouring sentences still see the same partner files. Every file holding the sentence asks
   * for the same union, so it is kept for the next ones (until the index changes).
   */
  private mergedOf(g: Group): Int32Array {
    let hit = this.merged.get(g);
    if (hit) return hit;
    hit = this.mergedOld.get(g);
    if (hit) {
      this.keepMerged(g, hit);
      return hit;
    }
    const all = g.near ? this.unionOf(g) : this.sampleOf(g);
    const m = new Int32Array(all);
    this.keepMerged(g, m);
    return m;
  }

  private keepMerged(g: Group, m: Int32Array): void {
    if (this.merged.size >= MERGED_CACHE) {
      this.mergedOld = this.merged;
      this.merged = new Map();
    }
    this.merged.set(g, m);
  }

  private forgetMerged(): void {
    this.merged.clear();
    this.mergedOld.clear();
  }

  /** The samples of `g` and of the near copies it follows, merged (see `mergedOf`). */
  private unionOf(g: Group): number[] {
    const { seen, cand } = this.scratch;
    seen.clear();
    cand.length = 0;
    this.addSample(g, seen, cand);
    for (const o of follow(g)) this.addSample(o, seen, cand);
    if (cand.length > SAMPLE) {
      sortByRank(cand, this.rank, this.scratch);
      cand.length = SAMPLE + 1;
    }
    return cand;
  }

  /** Append the files of `g`'s sample (see `sampleOf`) not `seen` yet, in the sample's order. */
  private addSample(g: Group, seen: Slots, out: number[]): void {
    if (g.nFiles > SAMPLE) {
      for (const f of this.sampleOf(g)) {
        if (seen.get(f) >= 0) continue;
        seen.set(f, 1);
        out.push(f);
      }
      return;
    }
    // All its files: walk the members rather than building their list.
    const m = g.members;
    for (let k = 0; k < m.length; k += 2) {
      if (seen.get(m[k]) >= 0) continue;
      seen.set(m[k], 1);
      out.push(m[k]);
    }
  }

  /** How many other files hold an exact or near copy of unit `unit` of `file` (not sampled). */
  copyCount(file: number, unit: number): number {
    this.settle();
    const f = this.files[file];
    const rows = this.unitRows[file];
    if (!f || !rows || unit >= f.keys.length || f.units[unit * UNIT_FIELDS + U_QUOTED]) return 0;
    const g = this.byId[rows[unit * ROW_FIELDS + R_GROUP]];
    if (!g) return 0;
    // `file` is in its unit's group; whether it is in a near copy too, its own few rows tell
    // (a formula's member list runs into the thousands).
    let n = g.nFiles - 1;
    for (const o of follow(g)) n += o.nFiles - (holdsGroup(rows, o.id) ? 1 : 0);
    return n;
  }

  stats(): { files: number; groups: number; buckets: number } {
    return { files: this.files.filter(Boolean).length, groups: this.groupIds.size, buckets: this.buckets.size };
  }
}

/**
 * Scratch of `DuplicateIndex.copies`, reused between calls (one file's blocks are built at a
 * time): the partner files by slot, the (partner, my unit) pairs the samples allow, and per group
 * id the chain of my units whose copies it holds (a unit's own group and the near copies it follows).
 */
class CopiesScratch {
  /** File id → partner slot. */
  readonly slotOf = new Slots();
  /** Slot → file id. */
  readonly partners = new IntStack();
  /** Per slot, `words` words from `slot * words`: the bitset of my units the partner is listed for. */
  listed = new Uint32Array(256);
  words = 1;
  /** Group id → first chain entry; entry e is my unit `chainUnit[e]`, then `chainNext[e]` (-1 ends). */
  readonly chainOf = new Slots();
  readonly chainUnit = new IntStack();
  readonly chainNext = new IntStack();
  /**
   * One bit per group id, set for the groups with a chain: most units of a partner are in none,
   * and this rejects them from a few kilobytes that stay in cache, where `chainOf` spans megabytes.
   */
  groupBits = new Uint32Array(1024);
  private readonly linked = new IntStack();
  /** The partners `pairsOf` keeps. */
  readonly kept = new IntStack();
  /** Pair keys of one partner (see `pairsOf`). */
  keys = new Float64Array(256);
  readonly mine = new IntStack();
  readonly theirs = new IntStack();
  readonly theirLines = new IntStack();
  /** For `mergedOf`: the files met so far, in order. */
  readonly seen = new Slots();
  readonly cand: number[] = [];
  /** For `sortByRank` (see `rankRoom`). */
  ranks = new Float64Array(1024);
  ids = new Int32Array(1024);

  /** Room in `ranks` and `ids` for `n` files. */
  rankRoom(n: number): { ranks: Float64Array; ids: Int32Array } {
    if (n > this.ranks.length) {
      this.ranks = new Float64Array(Math.max(n, this.ranks.length * 2));
      this.ids = new Int32Array(this.ranks.length);
    }
    return this;
  }

  /** Start a file of `nUnits` units. */
  begin(nUnits: number): void {
    this.words = (nUnits + 31) >>> 5 || 1;
    for (let k = 0; k < this.linked.length; k++) this.groupBits[this.linked.data[k] >>> 5] = 0;
    this.linked.length = 0;
    this.slotOf.clear();
    this.chainOf.clear();
    this.partners.length = 0;
    this.chainUnit.length = 0;
    this.chainNext.length = 0;
    this.mine.length = 0;
    this.theirs.length = 0;
    this.theirLines.length = 0;
  }

  /** File `file` is a partner of my unit `unit`. */
  allow(file: number, unit: number): void {
    let slot = this.slotOf.get(file);
    if (slot < 0) {
      slot = this.partners.length;
      this.partners.push(file);
      this.slotOf.set(file, slot);
      this.clearSlot(slot);
    }
    this.listed[slot * this.words + (unit >>> 5)] |= 1 << (unit & 31);
  }

  /** Units of group `group` are copies of my unit `unit`. */
  link(group: number, unit: number): void {
    if (group >>> 5 >= this.groupBits.length) {
      const bits = new Uint32Array(Math.max((group >>> 5) + 1, this.groupBits.length * 2));
      bits.set(this.groupBits);
      this.groupBits = bits;
    }
    this.groupBits[group >>> 5] |= 1 << (group & 31);
    this.linked.push(group);
    this.chainNext.push(this.chainOf.get(group));
    this.chainOf.set(group, this.chainUnit.length);
    this.chainUnit.push(unit);
  }

  /** An empty bitset for a new slot. */
  private clearSlot(slot: number): void {
    const end = (slot + 1) * this.words;
    if (end > this.listed.length) {
      const next = new Uint32Array(Math.max(end, this.listed.length * 2));
      next.set(this.listed);
      this.listed = next;
    }
    this.listed.fill(0, slot * this.words, end);
  }

  /** Twice the room for pair keys, the ones so far kept. */
  growKeys(): Float64Array {
    const next = new Float64Array(this.keys.length * 2);
    next.set(this.keys);
    this.keys = next;
    return next;
  }
}

/**
 * Sort the first `n` keys. A partner has three pairs on average: an insertion sort in place beats
 * the call into the built-in sort of a subarray (its own object) for each of some 350 partners.
 */
function sortKeys(keys: Float64Array, n: number): void {
  if (n > 32) {
    keys.subarray(0, n).sort();
    return;
  }
  for (let q = 1; q < n; q++) {
    const v = keys[q];
    let r = q - 1;
    while (r >= 0 && keys[r] > v) {
      keys[r + 1] = keys[r];
      r--;
    }
    keys[r + 1] = v;
  }
}

/**
 * Sort files by rank, keeping the order of equal ranks (as a stable sort would). Ranks are 53-bit
 * hashes of distinct names, so they are distinct but for a freak collision: then the order comes
 * from sorting the ranks alone, with no comparator called for each of the hundreds of pairs.
 */
function sortByRank(files: number[], rank: (file: number) => number, sc: CopiesScratch): void {
  const n = files.length;
  const { ranks, ids } = sc.rankRoom(n);
  for (let k = 0; k < n; k++) {
    ids[k] = files[k];
    ranks[k] = rank(files[k]);
  }
  const sorted = ranks.subarray(0, n).sort();
  for (let k = 1; k < n; k++) {
    if (sorted[k] === sorted[k - 1]) {
      files.sort((a, b) => rank(a) - rank(b));
      return;
    }
  }
  // Distinct ranks: each file goes where its rank is (no map from rank to file to fill).
  for (let k = 0; k < n; k++) {
    const r = rank(ids[k]);
    let lo = 0;
    let hi = n;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid] < r) lo = mid + 1;
      else hi = mid;
    }
    files[lo] = ids[k];
  }
}

/** Is one of the units of these rows (see `DuplicateIndex.unitRows`) in group `group`? */
function holdsGroup(rows: Int32Array, group: number): boolean {
  for (let k = R_GROUP; k < rows.length; k += ROW_FIELDS) if (rows[k] === group) return true;
  return false;
}

/** Record the partners of my unit `unit`: the files of `all` but `file` itself, SAMPLE at most. */
function allowPartners(sc: CopiesScratch, file: number, unit: number, all: Int32Array): void {
  // `all` holds SAMPLE + 1 files so that a file finding itself among them still sees SAMPLE
  // others; the other files list the first SAMPLE (those of lowest rank).
  const skip = all.includes(file) ? file : all.length > SAMPLE ? all[SAMPLE] : -1;
  for (let k = 0; k < all.length; k++) if (all[k] !== skip) sc.allow(all[k], unit);
}

/** Groups that are near copies of `g` (not `g` itself): the NEAR_FOLLOW of lowest key. */
function follow(g: Group): Group[] {
  const near = g.near;
  if (!near) return [];
  return near.length <= NEAR_FOLLOW ? near : near.slice(0, NEAR_FOLLOW);
}

function byKey(a: Group, b: Group): number {
  return a.key - b.key;
}

function insertSorted(g: Group, o: Group): void {
  const near = (g.near ??= []);
  let lo = 0;
  let hi = near.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (near[mid].key < o.key) lo = mid + 1;
    else hi = mid;
  }
  near.splice(lo, 0, o);
}

function removeSorted(g: Group, o: Group): void {
  const near = g.near;
  if (!near) return;
  const at = near.indexOf(o);
  if (at >= 0) near.splice(at, 1);
  if (near.length === 0) g.near = undefined;
}

/** First index of `file`'s pairs in `g.members` (or where they would go). */
function memberAt(g: Group, file: number): number {
  const m = g.members;
  let lo = 0;
  let hi = m.length >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (m[mid * 2] < file) lo = mid + 1;
    else hi = mid;
  }
  return lo * 2;
}

function distinctFiles(g: Group): number[] {
  const m = g.members;
  const out: number[] = [];
  for (let k = 0; k < m.length; k += 2) if (k === 0 || m[k] !== m[k - 2]) out.push(m[k]);
  return out;
}

/** Add unit `unit` of `file` to `g`, keeping its members sorted and its sample current. */
function addMember(g: Group, file: number, unit: number, rank: (file: number) => number): void {
  const m = g.members;
  // Units of a file arrive in order, and files mostly in id order: usually an append.
  let at = m.length;
  if (at > 0 && (m[at - 2] > file || (m[at - 2] === file && m[at - 1] > unit))) {
    at = memberAt(g, file);
    while (at < m.length && m[at] === file && m[at + 1] < unit) at += 2;
  }
  const isNewFile = !(at > 0 && m[at - 2] === file) && !(at < m.length && m[at] === file);
  m.splice(at, 0, file, unit);
  if (!isNewFile) return;
  g.nFiles++;
  const s = g.sample;
  if (!s) return;
  // The sample exists only above SAMPLE files: the newcomer enters it when it ranks lower.
  const r = rank(file);
  if (r >= rank(s[s.length - 1])) return;
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (rank(s[mid]) <= r) lo = mid + 1;
    else hi = mid;
  }
  s.splice(lo, 0, file);
  s.pop();
}

function removeMember(g: Group, file: number): void {
  const at = memberAt(g, file);
  let end = at;
  while (end < g.members.length && g.members[end] === file) end += 2;
  if (end === at) return;
  g.members.splice(at, end - at);
  g.nFiles--;
  if (g.sample && (g.nFiles <= SAMPLE || g.sample.includes(file))) g.sample = undefined;
}
