/**
 * The members of each group of the duplicate index: which units of which files hold its
 * sentence, the sample of files it lists when it is in too many to list them all (see SAMPLE),
 * and which of its files are watched (told when the group changes). Like the index's other
 * per-group lists, the members of all groups are kept in one `ListPool` keyed by group id.
 */
import { ListPool } from '../../collections/listPool';
import type { Slots } from '../../collections/slots';
import type { GroupTable } from './groups';

/**
 * A sentence copied into thousands of files (a stock formula, a long-lived sidebar) lists a
 * sample of its copies, not all: the files of lowest hash rank. The rank is the same in every
 * group, so two neighbouring sentences pasted together into the same files sample the same files
 * (what the "copied in the same order" test in blocks.ts needs), like MinHash over file sets.
 */
export const SAMPLE = 64;

/** Who wants to hear about changes: files with blocks computed. Others need no invalidation. */
export interface Watchers {
  /** Is anyone watching at all? When not, the files sharing text with a change are not even listed. */
  any(): boolean;
  has(file: number): boolean;
}

export class Members {
  /** Per group id: its (file id, unit index) pairs, sorted by file then unit. */
  readonly lists = new ListPool();
  /**
   * Per group id: the SAMPLE files of lowest rank, sorted by rank, when the group has more than
   * SAMPLE files: kept up to date as files join; dropped (recomputed on demand) when a sampled
   * file leaves.
   */
  private readonly samples = new Map<number, number[]>();

  /** `rank(id)`: a hash of the file's name, the same in every group (see SAMPLE). */
  constructor(
    private readonly groups: GroupTable,
    private readonly rank: (file: number) => number,
    private readonly watchers: Watchers,
  ) {}

  /** Add unit `unit` of `file` to `g`, keeping its members sorted and its sample current. */
  add(g: number, file: number, unit: number): void {
    const m = this.lists;
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

  /** Take every unit of `file` out of `g`. */
  remove(g: number, file: number): void {
    const m = this.lists;
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

  /** Forget the members of a group being dropped. */
  clear(g: number): void {
    this.lists.clear(g);
    this.samples.delete(g);
  }

  /** The files of `g`: all of them up to SAMPLE, else the SAMPLE of lowest rank. */
  sampleOf(g: number): number[] {
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
    const m = this.lists;
    const s = m.start(g);
    const end = s + m.size(g);
    const out: number[] = [];
    for (let k = s; k < end; k += 2) if (k === s || m.data[k] !== m.data[k - 2]) out.push(m.data[k]);
    return out;
  }

  /** Append the files of `g`'s sample (see `sampleOf`) not `seen` yet, in the sample's order. */
  addSample(g: number, seen: Slots, out: number[]): void {
    if (this.groups.nFiles[g] > SAMPLE) {
      for (const f of this.sampleOf(g)) {
        if (seen.get(f) >= 0) continue;
        seen.set(f, 1);
        out.push(f);
      }
      return;
    }
    // All its files: walk the members rather than building their list.
    const m = this.lists;
    const s = m.start(g);
    const end = s + m.size(g);
    for (let k = s; k < end; k += 2) {
      const f = m.data[k];
      if (seen.get(f) >= 0) continue;
      seen.set(f, 1);
      out.push(f);
    }
  }

  /** The watched files of `g` go to `out`. */
  addWatched(g: number, out: Set<number>): void {
    if (!this.watchers.any()) return;
    const m = this.lists;
    const s = m.start(g);
    const end = s + m.size(g);
    for (let k = s; k < end; k += 2) if (this.watchers.has(m.data[k])) out.add(m.data[k]);
  }
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
