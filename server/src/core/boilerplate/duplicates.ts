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
 * (see GroupTable, ListPool): at 10,000 articles the index holds some 170,000 groups and 1.5
 * million bucket keys, so per-entry objects would dominate memory.
 */
import { BUCKET_KEYS, U_LINE, U_NEAR, U_QUOTED, UNIT_FIELDS, type BoilerplateFacts } from './facts';
import { BANDS, bandKeys, signature } from './minhash';
import { nearCopyAt } from './shingles';
import { HeldRows, IntStack, KeyTable, ListPool, RecentLists, ShinglePool, Slots } from '../tables';

/** What the index keeps of one file: its units (UNIT_FIELDS integers each) and their keys. */
export interface IndexedFile {
  id: number;
  units: Int32Array;
  keys: Float64Array;
}

// Bits of `GroupTable.flags`.
/** The id holds a group (ids of dropped groups wait in `GroupTable.freeIds`). */
const LIVE = 1;
/** Near-matchable (bucketed); its band keys are recomputed from the shingles when needed. */
const NEARABLE = 2;
/** In its buckets (a nearable group created while nobody watches waits for `settle`). */
const ENTERED = 4;

/**
 * The groups' own fields, one slot per group id in typed arrays. Ids are dense: a dropped group's
 * id is handed out again first. At 10,000 articles there are some 170,000 groups, most of them one
 * sentence of one file: as objects, each with an array of members and one of near copies, plus
 * the bucket lists as arrays of them, they took some 100 MB of heap; here a group costs some 60
 * bytes of typed arrays besides the values of its lists (in the `ListPool`s of `DuplicateIndex`,
 * keyed by group id too).
 */
class GroupTable {
  /** The group's key (the units' key, see facts.ts): bucket and near lists are sorted by it. */
  key = new Float64Array(0);
  /** Head key, or NaN when the sentence is too short for one. */
  head = new Float64Array(0);
  /** Shingles in the pool: `[shAt, shAt + shLen)`; none for groups that are never near-matched. */
  shAt = new Int32Array(0);
  shLen = new Int32Array(0);
  /** Distinct files among the members. */
  nFiles = new Int32Array(0);
  /** Its bucket keys' reference in `DuplicateIndex.heldKeys` (0: none; see `HeldRows`). */
  held = new Int32Array(0);
  /** LIVE, NEARABLE, ENTERED. */
  flags = new Uint8Array(0);
  /** Ids handed out so far: the slots from here on were never used. */
  end = 0;
  private readonly freeIds: number[] = [];

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
    return id;
  }

  /** Free the slot of group `id` (its lists must be emptied by the caller). */
  remove(id: number): void {
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
/** A bulk relinking pass yields every so many groups or lists (see `settleSome`): a few milliseconds of work. */
const STEP = 1024;
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
  private readonly groups = new GroupTable();
  /** Per group id: its (file id, unit index) pairs, sorted by file then unit. */
  private readonly members = new ListPool();
  /**
   * Per group id: the SAMPLE files of lowest rank, sorted by rank, when the group has more than
   * SAMPLE files: kept up to date as files join; dropped (recomputed on demand) when a sampled
   * file leaves.
   */
  private readonly samples = new Map<number, number[]>();
  /**
   * Per group id: its verified near copies (group ids) sorted by key, kept symmetric (see `nearOf`
   * for the rule): recomputed for a group when it is created or when its anchor status in one of
   * its buckets changes.
   */
  private readonly near = new ListPool();
  /**
   * Band/head key → bucket: a group id (≥ 0, the common case: most buckets hold one group) or
   * `-1 - n` for list `n` of `lists`, several group ids sorted by key.
   */
  private readonly buckets = new KeyTable(1 << 16);
  private readonly lists = new ListPool();
  /** List numbers handed out so far; `freeLists` holds the ones given back. */
  private nLists = 0;
  private readonly freeLists: number[] = [];
  private readonly pool = new ShinglePool();
  /**
   * The band and head keys (a row of BUCKET_KEYS) of the groups created since the last `settle`
   * or, once files are watched, by the current `setFile`, as their facts gave them
   * (`GroupTable.held` holds each group's reference to its row). Older groups' keys are
   * recomputed from their shingles: keeping them all would cost some 15 MB at 10,000 articles,
   * while only a bulk load needs them again soon (for its one relinking pass).
   */
  private readonly heldKeys = new HeldRows(BUCKET_KEYS);
  /**
   * Groups whose near links are due (see `relink`) while nobody watches: a bulk load relinks
   * each of them once, at the first query (see `settle`), instead of at every file that moves it
   * in or out of a bucket's anchors — which in a growing index happens to a group many times.
   */
  private readonly pending = new Set<number>();
  /**
   * Nearable groups created while nobody watches, not yet in their buckets: a bulk load fills
   * the buckets in one go at `settle` (appended, then each list sorted once) rather than keeping
   * every list sorted through tens of thousands of insertions. Ids, checked when used: a group
   * dropped meanwhile may have left its id to another.
   */
  private readonly unentered: number[] = [];
  /** What `bucketKeys` answers in (one group's keys are used at a time). */
  private readonly keysOut = new Float64Array(BUCKET_KEYS);
  /**
   * Merged samples of recently asked groups (see `mergedOf`): the files of one site ask for the
   * same sidebar sentences one after another. Bounded, and dropped on any change to the index
   * (so a group id always means the group it meant when its entry was made).
   */
  private readonly merged = new RecentLists(MERGED_CACHE);
  private readonly files: (IndexedFile | undefined)[] = [];
  /**
   * Per file: ROW_FIELDS integers per unit, its group id and its line. What `copies` reads of each
   * partner file, in one array: a file has some 350 partners, and their scattered unit rows and
   * views were most of its cost.
   */
  private readonly unitRows: (Int32Array | undefined)[] = [];
  /** Scratch of `copies` and `mergedOf` (see there). */
  private readonly scratch = new CopiesScratch();
  /** Scratch of `nearOf` and `linkAll`: meetings per group id in the current call, the groups met, those found. */
  private readonly hits = new Slots();
  private readonly met = new IntStack();
  private readonly found = new IntStack();

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
    this.forgetMerged();
    this.files[id] = file;
    const rows = new Int32Array(keys.length * ROW_FIELDS);
    for (let i = 0; i < keys.length; i++) {
      let g = this.groupOf(keys[i]);
      if (g < 0) g = this.createGroup(keys[i], facts, i, relink, enter);
      this.addMember(g, id, i);
      // Group ids are recycled only once a group is empty, so these stay valid while the file is in.
      rows[i * ROW_FIELDS + R_GROUP] = g;
      rows[i * ROW_FIELDS + R_LINE] = file.units[i * UNIT_FIELDS + U_LINE];
    }
    this.unitRows[id] = rows;
    if (!deferred) {
      for (const g of relink) if (this.groups.isLive(g)) this.relink(g, affected);
      this.forgetKeys();
    }
    this.sharers(id, affected);
    affected.delete(id);
    return affected;
  }

  /** Drop a file; returns the watched files that shared text with it. */
  removeFile(file: number): Set<number> {
    if (this.settling) this.settle();
    const deferred = !this.watchers.any();
    if (!deferred) this.settle();
    const relink = deferred ? this.pending : new Set<number>();
    const affected = this.detach(file, undefined, relink);
    if (!deferred) {
      for (const g of relink) if (this.groups.isLive(g)) this.relink(g, affected);
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
    const steps = this.settling ?? this.settleSteps();
    this.settling = undefined;
    let done = false;
    while (!done) done = steps.next().done === true;
  }

  /** The relinking pass `settleSome` has begun, to be finished by it or by the next `settle`. */
  private settling: Generator<void> | undefined;

  /**
   * Does some of what the next query would do at once (`settle`), a step at a time while `more()`
   * says so; true once nothing is left. After a bulk load that is the near links of every group
   * (about a second at 10,000 articles): a host that runs it in slices stays responsive meanwhile.
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
    if (this.pending.size * 2 >= this.groupIds.size) {
      yield* this.enterAll();
      yield* this.linkAll();
      // The load is over: what it made is what stays.
      this.pool.trim();
    } else {
      for (const g of this.unentered) if (this.groups.waitsToEnter(g)) this.enterBuckets(g, this.pending);
      const nobody = new Set<number>();
      for (const g of this.pending) if (this.groups.isLive(g)) this.relink(g, nobody);
    }
    this.unentered.length = 0;
    this.pending.clear();
    this.forgetMerged();
    this.forgetKeys();
  }

  /** Drop the held bucket keys (see `heldKeys`). */
  private forgetKeys(): void {
    this.heldKeys.forget(this.pending.size === 0);
  }

  /** The id of the group of `key`, or -1. */
  private groupOf(key: number): number {
    const id = this.groupIds.get(key, NONE);
    return id === NONE ? -1 : id;
  }

  /** A new group for unit `i` of `facts`; a near-matchable one enters its buckets. Returns its id. */
  private createGroup(key: number, facts: BoilerplateFacts, i: number, relink: Set<number>, enter: boolean): number {
    const near = facts.units[i * UNIT_FIELDS + U_NEAR];
    const G = this.groups;
    const g = G.add(key, near >= 0);
    this.groupIds.set(key, g);
    if (near < 0) return g;
    const from = facts.shingleStart[near];
    const to = facts.shingleStart[near + 1];
    G.shAt[g] = this.pool.add(facts.shingles, from, to);
    G.shLen[g] = to - from;
    G.head[g] = facts.buckets[near * BUCKET_KEYS + BANDS];
    this.holdKeys(g, facts.buckets, near);
    relink.add(g);
    if (enter) this.enterBuckets(g, relink);
    else this.unentered.push(g);
    return g;
  }

  /** Put `g` in its buckets; groups it pushes out of a bucket's anchors go to `relink`. */
  private enterBuckets(g: number, relink: Set<number>): void {
    this.groups.flags[g] |= ENTERED;
    for (const b of this.bucketKeys(g)) {
      if (Number.isNaN(b)) continue;
      const displaced = this.enter(b, g);
      if (displaced >= 0) relink.add(displaced);
    }
  }

  /**
   * Put every group of `unentered` in its buckets, appending, then sort each bucket list once
   * (keys are distinct, so the order is the one insertion would have kept; a list left as it was
   * costs one pass). Who displaced whom is not tracked: `linkAll` follows.
   */
  private *enterAll(): Generator<void> {
    const unentered = this.unentered;
    for (let i = 0; i < unentered.length; i += STEP) {
      this.enterRange(i, Math.min(unentered.length, i + STEP));
      yield;
    }
    for (let n = 0; n < this.nLists; n += STEP) {
      const lists = this.lists;
      for (let m = n; m < Math.min(this.nLists, n + STEP); m++) {
        const size = lists.size(m);
        if (size > 1) sortByKey(lists.data, lists.start(m), size, this.groups.key);
      }
      yield;
    }
  }

  /** `enterAll` for `unentered[from..to)` (the loop is kept out of the generator, which V8 runs slower). */
  private enterRange(from: number, to: number): void {
    const G = this.groups;
    const lists = this.lists;
    for (let i = from; i < to; i++) {
      const g = this.unentered[i];
      if (!G.waitsToEnter(g)) continue;
      G.flags[g] |= ENTERED;
      const keys = this.bucketKeys(g);
      for (let k = 0; k < keys.length; k++) {
        const b = keys[k];
        if (Number.isNaN(b)) continue;
        const got = this.buckets.get(b, NONE);
        if (got === NONE) this.buckets.set(b, g);
        else if (got >= 0) {
          const n = this.newList();
          lists.push(n, got);
          lists.push(n, g);
          this.buckets.set(b, -1 - n);
        } else lists.push(-1 - got, g);
      }
    }
  }

  /** A list number for a bucket becoming a list. */
  private newList(): number {
    return this.freeLists.pop() ?? this.nLists++;
  }

  /**
   * The band keys of `g`, then its head key (NaN when none), as when it was created. The answer is
   * overwritten by the next call: read it before asking for another group's keys.
   */
  private bucketKeys(g: number): Float64Array {
    const out = this.keysOut;
    const G = this.groups;
    const at = this.heldKeys.find(g, G.held[g]);
    if (at >= 0) {
      const held = this.heldKeys.values;
      for (let k = 0; k < BUCKET_KEYS; k++) out[k] = held[at + k];
      return out;
    }
    out.set(bandKeys(signature(this.pool.data.subarray(G.shAt[g], G.shAt[g] + G.shLen[g]))));
    out[BANDS] = G.head[g];
    return out;
  }

  /** Keep the bucket keys of new group `g`, row `row` of `buckets`, until `forgetKeys`. */
  private holdKeys(g: number, buckets: Float64Array, row: number): void {
    this.groups.held[g] = this.heldKeys.hold(g, buckets, row);
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
    this.forgetMerged();
    for (const key of f.keys) {
      const g = this.groupOf(key);
      if (g < 0) continue;
      this.removeMember(g, file);
      if (this.groups.nFiles[g] === 0 && !keep?.has(key)) this.dropGroup(g, relink, affected);
    }
    return affected;
  }

  /** Forget an empty group: its near links, its buckets, its shingles; its id goes back to the free ones. */
  private dropGroup(g: number, relink: Set<number>, affected: Set<number>): void {
    relink.delete(g);
    const G = this.groups;
    const near = this.near;
    // Taking `g` out of the others' lists leaves its own list where it is.
    for (let k = 0; k < near.size(g); k++) {
      const o = near.data[near.start(g) + k];
      removeByKey(near, o, g, G.key);
      this.addFiles(o, affected);
    }
    near.clear(g);
    const flags = G.flags[g];
    if (flags & NEARABLE && flags & ENTERED) {
      for (const b of this.bucketKeys(g)) {
        if (Number.isNaN(b)) continue;
        const promoted = this.leave(b, g);
        if (promoted >= 0) relink.add(promoted);
      }
    }
    if (flags & NEARABLE) this.pool.free(G.shLen[g]);
    this.groupIds.delete(G.key[g]);
    this.members.clear(g);
    this.samples.delete(g);
    G.remove(g);
  }

  /** Add `g` to bucket `b` (kept sorted by key); returns the group it pushed out of the anchors, or -1. */
  private enter(b: number, g: number): number {
    const got = this.buckets.get(b, NONE);
    if (got === NONE) {
      this.buckets.set(b, g);
      return -1;
    }
    const lists = this.lists;
    let n: number;
    if (got >= 0) {
      n = this.newList();
      lists.push(n, got);
      this.buckets.set(b, -1 - n);
    } else n = -1 - got;
    const keys = this.groups.key;
    const at = lowerBound(lists, n, keys[g], keys);
    lists.insert(n, at, g);
    return at < VERIFY_PER_BUCKET && lists.size(n) > VERIFY_PER_BUCKET ? lists.data[lists.start(n) + VERIFY_PER_BUCKET] : -1;
  }

  /** Take `g` out of bucket `b`; returns the group that became an anchor in its place, or -1. */
  private leave(b: number, g: number): number {
    const got = this.buckets.get(b, NONE);
    if (got === NONE) return -1;
    if (got >= 0) {
      if (got === g) this.buckets.delete(b);
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
      if (size === 1) this.buckets.set(b, lists.data[lists.start(n)]);
      else this.buckets.delete(b);
      lists.clear(n);
      this.freeLists.push(n);
    }
    return promoted;
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
    const lists = this.lists;
    const keys = this.bucketKeys(g);
    for (let k = 0; k < keys.length; k++) {
      if (Number.isNaN(keys[k])) continue;
      const got = this.buckets.get(keys[k], NONE);
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
  private *linkAll(): Generator<void> {
    const G = this.groups;
    this.near.reset();
    const live = new IntStack();
    for (const g of G.live()) if (G.flags[g] & NEARABLE) live.push(g);
    for (let q = 0; q < live.length; q += STEP) {
      this.linkRange(live.data, q, Math.min(live.length, q + STEP));
      yield;
    }
    for (let q = 0; q < live.length; q += STEP) {
      const near = this.near;
      for (let r = q; r < Math.min(live.length, q + STEP); r++) {
        const g = live.data[r];
        const size = near.size(g);
        if (size > 1) sortByKey(near.data, near.start(g), size, G.key);
      }
      yield;
    }
  }

  /** `linkAll` for the groups `live[from..to)` (out of the generator, as `enterRange`). */
  private linkRange(live: Int32Array, from: number, to: number): void {
    const G = this.groups;
    const near = this.near;
    const met = this.met;
    const lists = this.lists;
    const sh = this.pool.data;
    for (let q = from; q < to; q++) {
      const g = live[q];
      this.hits.clear();
      met.length = 0;
      const keys = this.bucketKeys(g);
      for (let k = 0; k < keys.length; k++) {
        if (Number.isNaN(keys[k])) continue;
        const got = this.buckets.get(keys[k], NONE);
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

  /** Recompute `g`'s near links (both ways); watched files whose copies may change go to `affected`. */
  private relink(g: number, affected: Set<number>): void {
    const nNow = this.nearOf(g);
    const now = this.found.data;
    const near = this.near;
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
        this.addFiles(b, affected);
        i++;
      } else {
        changed = true;
        insertByKey(near, n, g, keys);
        this.addFiles(n, affected);
        j++;
      }
    }
    near.assign(g, now, nNow);
    if (changed) this.addFiles(g, affected);
  }

  /** The watched files of `g` go to `out`. */
  private addFiles(g: number, out: Set<number>): void {
    if (!this.watchers.any()) return;
    const m = this.members;
    const s = m.start(g);
    const end = s + m.size(g);
    for (let k = s; k < end; k += 2) if (this.watchers.has(m.data[k])) out.add(m.data[k]);
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
    const near = this.near;
    for (let i = 0; i < f.keys.length; i++) {
      if (f.units[i * UNIT_FIELDS + U_QUOTED]) continue;
      const g = this.groupOf(f.keys[i]);
      if (g < 0) continue;
      if (this.groups.nFiles[g] > PROPAGATE_MAX && !this.sampleOf(g).includes(file)) continue;
      this.addFiles(g, out);
      for (let k = 0; k < near.size(g); k++) {
        const o = near.data[near.start(g) + k];
        if (this.follows(o, g)) this.addFiles(o, out);
      }
    }
  }

  /** How many near copies `g` follows: the NEAR_FOLLOW of lowest key, the first of its near list. */
  private followCount(g: number): number {
    return Math.min(this.near.size(g), NEAR_FOLLOW);
  }

  /** Does `g` follow `o` (see `followCount`)? */
  private follows(g: number, o: number): boolean {
    const s = this.near.start(g);
    const end = s + this.followCount(g);
    for (let k = s; k < end; k++) if (this.near.data[k] === o) return true;
    return false;
  }

  /** The files of `g`: all of them up to SAMPLE, else the SAMPLE of lowest rank. */
  private sampleOf(g: number): number[] {
    if (this.groups.nFiles[g] <= SAMPLE) return this.distinctFiles(g);
    let sample = this.samples.get(g);
    if (!sample) {
      const rank = this.rank;
      sample = this.distinctFiles(g)
        .sort((a, b) => rank(a) - rank(b))
        .slice(0, SAMPLE);
      this.samples.set(g, sample);
    }
    return sample;
  }

  private distinctFiles(g: number): number[] {
    const m = this.members;
    const s = m.start(g);
    const end = s + m.size(g);
    const out: number[] = [];
    for (let k = s; k < end; k += 2) if (k === s || m.data[k] !== m.data[k - 2]) out.push(m.data[k]);
    return out;
  }

  /** Add unit `unit` of `file` to `g`, keeping its members sorted and its sample current. */
  private addMember(g: number, file: number, unit: number): void {
    const m = this.members;
    const size = m.size(g);
    const s = m.start(g);
    const data = m.data;
    // Units of a file arrive in order, and files mostly in id order: usually an append.
    let at = size;
    if (at > 0 && (data[s + at - 2] > file || (data[s + at - 2] === file && data[s + at - 1] > unit))) {
      at = memberAt(m, g, file);
      while (at < size && data[s + at] === file && data[s + at + 1] < unit) at += 2;
    }
    const isNewFile = !(at > 0 && data[s + at - 2] === file) && !(at < size && data[s + at] === file);
    const w = m.open(g, at, 2);
    m.data[w] = file;
    m.data[w + 1] = unit;
    if (!isNewFile) return;
    this.groups.nFiles[g]++;
    const sample = this.samples.get(g);
    if (!sample) return;
    // The sample exists only above SAMPLE files: the newcomer enters it when it ranks lower.
    const rank = this.rank;
    const r = rank(file);
    if (r >= rank(sample[sample.length - 1])) return;
    let lo = 0;
    let hi = sample.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (rank(sample[mid]) <= r) lo = mid + 1;
      else hi = mid;
    }
    sample.splice(lo, 0, file);
    sample.pop();
  }

  private removeMember(g: number, file: number): void {
    const m = this.members;
    const at = memberAt(m, g, file);
    const s = m.start(g);
    const size = m.size(g);
    let end = at;
    while (end < size && m.data[s + end] === file) end += 2;
    if (end === at) return;
    m.cut(g, at, end - at);
    const nFiles = --this.groups.nFiles[g];
    const sample = this.samples.get(g);
    if (sample && (nFiles <= SAMPLE || sample.includes(file))) this.samples.delete(g);
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
    const near = this.near;
    sc.begin(f.keys.length);
    for (let i = 0; i < f.keys.length; i++) {
      if (f.units[i * UNIT_FIELDS + U_QUOTED]) continue;
      const g = rows[i * ROW_FIELDS + R_GROUP];
      // Most sentences are in one file only: nothing to list.
      if (!this.groups.isLive(g) || (this.groups.nFiles[g] <= 1 && near.size(g) === 0)) continue;
      allowPartners(sc, file, i, this.mergedOf(g));
      sc.link(g, i);
      const s = near.start(g);
      const end = s + this.followCount(g);
      for (let k = s; k < end; k++) sc.link(near.data[k], i);
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
   * for the same union, so it is kept for the next ones (until the index changes). The answer is
   * a view valid until the next call (see `RecentLists`).
   */
  private mergedOf(g: number): Int32Array {
    return this.merged.get(g) ?? this.merged.put(g, this.near.size(g) > 0 ? this.unionOf(g) : this.sampleOf(g));
  }

  private forgetMerged(): void {
    this.merged.clear();
  }

  /** The samples of `g` and of the near copies it follows, merged (see `mergedOf`). */
  private unionOf(g: number): number[] {
    const { seen, cand } = this.scratch;
    seen.clear();
    cand.length = 0;
    this.addSample(g, seen, cand);
    const near = this.near;
    const s = near.start(g);
    const end = s + this.followCount(g);
    for (let k = s; k < end; k++) this.addSample(near.data[k], seen, cand);
    if (cand.length > SAMPLE) {
      sortByRank(cand, this.rank, this.scratch);
      cand.length = SAMPLE + 1;
    }
    return cand;
  }

  /** Append the files of `g`'s sample (see `sampleOf`) not `seen` yet, in the sample's order. */
  private addSample(g: number, seen: Slots, out: number[]): void {
    if (this.groups.nFiles[g] > SAMPLE) {
      for (const f of this.sampleOf(g)) {
        if (seen.get(f) >= 0) continue;
        seen.set(f, 1);
        out.push(f);
      }
      return;
    }
    // All its files: walk the members rather than building their list.
    const m = this.members;
    const s = m.start(g);
    const end = s + m.size(g);
    for (let k = s; k < end; k += 2) {
      const f = m.data[k];
      if (seen.get(f) >= 0) continue;
      seen.set(f, 1);
      out.push(f);
    }
  }

  /**
   * `ids` (indexed files; others are left out) in an order that builds their blocks fastest: each
   * file followed by the one sharing the most sentences with it, while one is left, else by the
   * next in `ids`. Building a file's blocks reads the unit rows of some hundreds of partner files,
   * scattered in memory; a site's articles share their partners, so taken one after the other they
   * find those rows still in the processor's cache (at 10,000 articles, a third less time than in
   * name order). Sentences in more than SAMPLE files are not counted: they list the same sample to
   * every file, which stays in the cache whatever the order.
   */
  localityOrder(ids: readonly number[]): number[] {
    this.settle();
    const wanted = new Uint8Array(this.files.length);
    for (const id of ids) if (this.unitRows[id]) wanted[id] = 1;
    const shared = new Int32Array(this.files.length);
    const met = new IntStack();
    const { members, near } = this;
    const nFiles = this.groups.nFiles;
    const count = (g: number) => {
      if (nFiles[g] < 2 || nFiles[g] > SAMPLE) return;
      const s = members.start(g);
      const end = s + members.size(g);
      for (let k = s; k < end; k += 2) {
        const f = members.data[k];
        if (wanted[f] !== 1) continue;
        if (shared[f]++ === 0) met.push(f);
      }
    };
    const out: number[] = [];
    let next = 0;
    for (;;) {
      while (next < ids.length && wanted[ids[next]] !== 1) next++;
      if (next === ids.length) return out;
      let f = ids[next];
      while (f >= 0) {
        wanted[f] = 2;
        out.push(f);
        const rows = this.unitRows[f]!;
        for (let r = 0; r < rows.length; r += ROW_FIELDS) {
          const g = rows[r + R_GROUP];
          if (!this.groups.isLive(g)) continue;
          count(g);
          const s = near.start(g);
          const end = s + this.followCount(g);
          for (let k = s; k < end; k++) count(near.data[k]);
        }
        // The partner sharing the most (the lowest id among equals) comes next.
        let best = -1;
        let most = 0;
        for (let k = 0; k < met.length; k++) {
          const o = met.data[k];
          if (shared[o] > most || (shared[o] === most && o < best)) {
            best = o;
            most = shared[o];
          }
          shared[o] = 0;
        }
        met.length = 0;
        f = best;
      }
    }
  }

  /** How many other files hold an exact or near copy of unit `unit` of `file` (not sampled). */
  copyCount(file: number, unit: number): number {
    this.settle();
    const f = this.files[file];
    const rows = this.unitRows[file];
    if (!f || !rows || unit >= f.keys.length || f.units[unit * UNIT_FIELDS + U_QUOTED]) return 0;
    const g = rows[unit * ROW_FIELDS + R_GROUP];
    if (!this.groups.isLive(g)) return 0;
    // `file` is in its unit's group; whether it is in a near copy too, its own few rows tell
    // (a formula's member list runs into the thousands).
    const nFiles = this.groups.nFiles;
    let n = nFiles[g] - 1;
    const near = this.near;
    const s = near.start(g);
    const end = s + this.followCount(g);
    for (let k = s; k < end; k++) {
      const o = near.data[k];
      n += nFiles[o] - (holdsGroup(rows, o) ? 1 : 0);
    }
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

/**
 * Sort the `n` group ids of `ids` from `from` by their key. Most lists sorted here (a bucket's
 * groups, a group's near copies) hold a few ids: an insertion sort in place beats the built-in
 * sort of a subarray with a comparator.
 */
function sortByKey(ids: Int32Array, from: number, n: number, keys: Float64Array): void {
  if (n > 32) {
    ids.subarray(from, from + n).sort((a, b) => keys[a] - keys[b]);
    return;
  }
  for (let q = from + 1; q < from + n; q++) {
    const v = ids[q];
    const kv = keys[v];
    let r = q - 1;
    while (r >= from && keys[ids[r]] > kv) {
      ids[r + 1] = ids[r];
      r--;
    }
    ids[r + 1] = v;
  }
}

/** Where a group of key `key` is, or would go, in list `h` of group ids sorted by key. */
function lowerBound(lists: ListPool, h: number, key: number, keys: Float64Array): number {
  const s = lists.start(h);
  const data = lists.data;
  let lo = 0;
  let hi = lists.size(h);
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (keys[data[s + mid]] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Add group `o` to list `h` of group ids sorted by key. */
function insertByKey(lists: ListPool, h: number, o: number, keys: Float64Array): void {
  lists.insert(h, lowerBound(lists, h, keys[o], keys), o);
}

/** Take group `o` out of list `h` of group ids sorted by key, if there. */
function removeByKey(lists: ListPool, h: number, o: number, keys: Float64Array): void {
  const at = lowerBound(lists, h, keys[o], keys);
  if (at < lists.size(h) && lists.data[lists.start(h) + at] === o) lists.cut(h, at, 1);
}

/** First index of `file`'s pairs in the members of `g` (or where they would go). */
function memberAt(members: ListPool, g: number, file: number): number {
  const s = members.start(g);
  const data = members.data;
  let lo = 0;
  let hi = members.size(g) >> 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (data[s + mid * 2] < file) lo = mid + 1;
    else hi = mid;
  }
  return lo * 2;
}
