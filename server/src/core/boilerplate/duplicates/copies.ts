/**
 * The copies of a file's units, as the duplicate index answers them to blocks.ts: for each unit,
 * the other files holding an exact or near copy of it, and which of their units copy it, as
 * (my unit, their unit) pairs per partner file.
 *
 * This runs once per file whose blocks are built, over hundreds of partner files each: hence flat
 * arrays, scratch reused between calls (`CopiesScratch`) and no object per unit or partner.
 */
import { U_QUOTED, UNIT_FIELDS } from '../facts';
import { IntStack } from '../../collections/intStack';
import { RecentLists } from '../../collections/recentLists';
import { Slots } from '../../collections/slots';
import type { GroupTable } from './groups';
import { SAMPLE, type Members } from './members';
import type { NearCopies } from './nearCopies';
import { holdsGroup, R_GROUP, R_LINE, ROW_FIELDS, type IndexedFile } from './unitRows';

/**
 * The copies of a file's units, as (my unit, their unit) pairs per partner file: the pairs of
 * partner `k` (file `files[k]`, ids ascending) are `[start[k], start[k + 1])` of `mine` and
 * `theirs`, sorted by my unit then theirs. Flat arrays: a file has hundreds of (unit, partner)
 * pairs, and a map per unit and partner was most of the cost of building blocks.
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
/** Groups whose merged samples are kept between `pairs` calls (a site's sidebars fit many times over). */
const MERGED_CACHE = 4096;

export class CopyFinder {
  /** Scratch of `pairs` and `mergedOf` (see there). */
  private readonly scratch = new CopiesScratch();
  /**
   * Merged samples of recently asked groups (see `mergedOf`): the files of one site ask for the
   * same sidebar sentences one after another. Bounded, and dropped on any change to the index
   * (so a group id always means the group it meant when its entry was made).
   */
  private readonly merged = new RecentLists(MERGED_CACHE);

  /** `files` and `unitRows` are the index's own, by file id (see unitRows.ts). */
  constructor(
    private readonly groups: GroupTable,
    private readonly members: Members,
    private readonly near: NearCopies,
    private readonly files: readonly (IndexedFile | undefined)[],
    private readonly unitRows: readonly (Int32Array | undefined)[],
    private readonly rank: (file: number) => number,
  ) {}

  /**
   * For each unit of `file`, the other files holding an exact or near copy and their copying
   * units, as pairs per partner file (see CopyPairs). Quoted units get no copies. A unit's partners
   * are the merged sample of its group (see `mergedOf`); their copying units are the units in the
   * unit's own group or in a near copy it follows. `keep` says which of my units listed for a
   * partner are worth pairing: a partner none is kept for is not even read.
   */
  pairs(file: number, keep: KeepUnits): CopyPairs {
    const f = this.files[file];
    const rows = this.unitRows[file];
    if (!f || !rows) return NO_PAIRS;
    const sc = this.scratch;
    const near = this.near.links;
    sc.begin(f.keys.length);
    for (let i = 0; i < f.keys.length; i++) {
      if (f.units[i * UNIT_FIELDS + U_QUOTED]) continue;
      const g = rows[i * ROW_FIELDS + R_GROUP];
      // Most sentences are in one file only: nothing to list.
      if (!this.groups.isLive(g) || (this.groups.nFiles[g] <= 1 && near.size(g) === 0)) continue;
      allowPartners(sc, file, i, this.mergedOf(g));
      sc.link(g, i);
      const s = near.start(g);
      const end = s + this.near.followCount(g);
      for (let k = s; k < end; k++) sc.link(near.data[k], i);
    }
    return this.pairsOf(keep);
  }

  /** How many other files hold an exact or near copy of unit `unit` of `file` (not sampled). */
  count(file: number, unit: number): number {
    const f = this.files[file];
    const rows = this.unitRows[file];
    if (!f || !rows || unit >= f.keys.length || f.units[unit * UNIT_FIELDS + U_QUOTED]) return 0;
    const g = rows[unit * ROW_FIELDS + R_GROUP];
    if (!this.groups.isLive(g)) return 0;
    // `file` is in its unit's group; whether it is in a near copy too, its own few rows tell
    // (a formula's member list runs into the thousands).
    const nFiles = this.groups.nFiles;
    let n = nFiles[g] - 1;
    const near = this.near.links;
    const s = near.start(g);
    const end = s + this.near.followCount(g);
    for (let k = s; k < end; k++) {
      const o = near.data[k];
      n += nFiles[o] - (holdsGroup(rows, o) ? 1 : 0);
    }
    return n;
  }

  /** Drop the merged samples kept (the index changed). */
  forgetMerged(): void {
    this.merged.clear();
  }

  /**
   * The pairs of the partners gathered in the scratch by `pairs`. Each partner kept is read once,
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
    return this.merged.get(g) ?? this.merged.put(g, this.near.links.size(g) > 0 ? this.unionOf(g) : this.members.sampleOf(g));
  }

  /** The samples of `g` and of the near copies it follows, merged (see `mergedOf`). */
  private unionOf(g: number): number[] {
    const { seen, cand } = this.scratch;
    seen.clear();
    cand.length = 0;
    this.members.addSample(g, seen, cand);
    const near = this.near.links;
    const s = near.start(g);
    const end = s + this.near.followCount(g);
    for (let k = s; k < end; k++) this.members.addSample(near.data[k], seen, cand);
    if (cand.length > SAMPLE) {
      sortByRank(cand, this.rank, this.scratch);
      cand.length = SAMPLE + 1;
    }
    return cand;
  }
}

/**
 * Scratch of `CopyFinder.pairs`, reused between calls (one file's blocks are built at a time):
 * the partner files by slot, the (partner, my unit) pairs the samples allow, and per group id the
 * chain of my units whose copies it holds (a unit's own group and the near copies it follows).
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
  /** Pair keys of one partner (see `pairsWith`). */
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
 * Sort the first `n` keys. A partner has a few pairs: an insertion sort in place beats the call
 * into the built-in sort of a subarray (its own object) for each of some hundreds of partners.
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

/** Record the partners of my unit `unit`: the files of `all` but `file` itself, SAMPLE at most. */
function allowPartners(sc: CopiesScratch, file: number, unit: number, all: Int32Array): void {
  // `all` holds SAMPLE + 1 files so that a file finding itself among them still sees SAMPLE
  // others; the other files list the first SAMPLE (those of lowest rank).
  const skip = all.includes(file) ? file : all.length > SAMPLE ? all[SAMPLE] : -1;
  for (let k = 0; k < all.length; k++) if (all[k] !== skip) sc.allow(all[k], unit);
}
