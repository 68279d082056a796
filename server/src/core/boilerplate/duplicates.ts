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
 */
import { BANDS, bandKeys, signature } from './minhash';
import { hash53, quotedShare, sentences, words } from './normalize';
import { nearCopy, shingles } from './shingles';

/** One sentence of a file. */
export interface Unit {
  line: number;
  start: number;
  end: number;
  /** hash53 of the normalised words: equal keys are exact copies. */
  key: number;
  nWords: number;
  /** Mostly a quotation: shared quotes are legitimate, so never evidence of a copy. */
  quoted: boolean;
}

interface Group {
  key: number;
  shingles: Uint32Array;
  /** LSH band keys and head key; undefined for short units (exact matching only). */
  buckets: Float64Array | undefined;
  /** file → indices of its units in this group. */
  files: Map<string, number[]>;
  /** The SAMPLE files of lowest rank (cached; dropped when `files` changes). */
  sample?: string[];
  /**
   * Verified near copies, kept symmetric (see `nearOf` for the rule): recomputed for a group when
   * it is created or when its anchor status in one of its buckets changes.
   */
  near: Set<Group> | undefined;
  /** The NEAR_FOLLOW near copies of lowest key (cached; dropped when `near` changes). */
  follow?: Group[];
}

/** Bucket contents: one group (the common case) or several, sorted by key. */
type Bucket = Group | Group[];

/** Below this, a sentence is too generic for near matching ("Le ministre a pris la parole."). */
export const NEAR_MIN_WORDS = 8;
/** Words hashed for the head key: a teaser cut shorter elsewhere still starts the same way. */
const HEAD_WORDS = 10;
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

export interface LineRec {
  start: number;
  end: number;
}

/** Split a file into units: the sentences of each non-blank line. */
export function unitsOf(text: string, lines: readonly LineRec[]): Unit[] {
  const out: Unit[] = [];
  lines.forEach((l, line) => {
    if (l.end <= l.start) return;
    for (const p of sentences(text, l.start, l.end)) {
      const s = text.slice(p.start, p.end);
      const ws = words(s);
      if (ws.length === 0) continue;
      out.push({ line, start: p.start, end: p.end, key: hash53(ws.join(' ')), nWords: ws.length, quoted: quotedShare(s) >= 0.6 });
    }
  });
  return out;
}

const rankCache = new Map<string, number>();
function rank(file: string): number {
  let r = rankCache.get(file);
  if (r === undefined) {
    r = hash53(file, 3);
    if (rankCache.size > 1_000_000) rankCache.clear();
    rankCache.set(file, r);
  }
  return r;
}

function sampleOf(g: Group): string[] {
  if (!g.sample) {
    const fs = [...g.files.keys()];
    g.sample = fs.length <= SAMPLE ? fs : fs.sort((a, b) => rank(a) - rank(b)).slice(0, SAMPLE);
  }
  return g.sample;
}

const NO_COPIES: ReadonlyMap<string, number[]> = new Map();
/** Groups whose partner maps are kept between `copies` calls (a site's sidebars fit many times over). */
const MERGED_CACHE = 4096;

export class DuplicateIndex {
  private readonly groups = new Map<number, Group>();
  /**
   * Band/head key → group(s), sorted by key. Most buckets hold a single group, stored bare: an
   * array (or a Set) per bucket would dominate memory (1.5 million buckets at 10,000 articles).
   */
  private readonly buckets = new Map<number, Bucket>();
  /**
   * Partner maps of recently asked groups (see `copies`): the files of one site ask for the same
   * sidebar sentences one after another. Bounded, and dropped on any change to the index.
   */
  private readonly merged = new Map<Group, { all: ReadonlyMap<string, number[]>; head: ReadonlyMap<string, number[]> }>();
  private readonly fileUnits = new Map<string, Unit[]>();

  units(file: string): Unit[] | undefined {
    return this.fileUnits.get(file);
  }

  /**
   * Index a file's units (replacing any previous version); returns the other files that share text
   * with it. Only the groups the file joins or leaves are touched: an edit of an article's body
   * leaves its sidebar sentences' groups, and their near links, as they are.
   */
  setFile(file: string, text: string, units: Unit[]): Set<string> {
    const keep = new Set(units.map((u) => u.key));
    // Groups whose anchor status changed somewhere: their near links are recomputed at the end.
    const relink = new Set<Group>();
    const affected = this.detach(file, keep, relink);
    this.merged.clear();
    this.fileUnits.set(file, units);
    units.forEach((u, i) => {
      let g = this.groups.get(u.key);
      if (!g) {
        const ws = words(text.slice(u.start, u.end));
        const sh = shingles(ws);
        let buckets: Float64Array | undefined;
        if (u.nWords >= NEAR_MIN_WORDS && !u.quoted) {
          const keys = bandKeys(signature(sh));
          if (u.nWords >= HEAD_WORDS + 2) keys.push(hash53('head ' + ws.slice(0, HEAD_WORDS).join(' ')));
          buckets = Float64Array.from(keys);
        }
        g = { key: u.key, shingles: sh, buckets, files: new Map(), near: undefined };
        this.groups.set(u.key, g);
        if (buckets) {
          relink.add(g);
          for (const b of buckets) {
            const displaced = this.enter(b, g);
            if (displaced) relink.add(displaced);
          }
        }
      }
      const idx = g.files.get(file);
      if (idx) idx.push(i);
      else g.files.set(file, [i]);
      g.sample = undefined;
    });
    for (const g of relink) if (this.groups.get(g.key) === g) this.relink(g, affected);
    for (const f of this.sharers(file)) affected.add(f);
    affected.delete(file);
    return affected;
  }

  /** Drop a file; returns the other files that shared text with it. */
  removeFile(file: string): Set<string> {
    const relink = new Set<Group>();
    const affected = this.detach(file, undefined, relink);
    for (const g of relink) if (this.groups.get(g.key) === g) this.relink(g, affected);
    affected.delete(file);
    return affected;
  }

  /**
   * Take `file` out of its groups; the groups of `keep` (its next version's keys) stay even when
   * left empty, as the caller puts the file back at once. Returns the files sharing text with it;
   * groups whose near links must be recomputed go to `relink`.
   */
  private detach(file: string, keep: ReadonlySet<number> | undefined, relink: Set<Group>): Set<string> {
    const units = this.fileUnits.get(file);
    if (!units) return new Set();
    const affected = this.sharers(file);
    this.fileUnits.delete(file);
    this.merged.clear();
    for (const u of units) {
      const g = this.groups.get(u.key);
      if (!g) continue;
      g.files.delete(file);
      g.sample = undefined;
      if (g.files.size === 0 && !keep?.has(u.key)) {
        this.groups.delete(u.key);
        relink.delete(g);
        for (const o of g.near ?? []) {
          o.near!.delete(g);
          o.follow = undefined;
          if (o.near!.size === 0) o.near = undefined;
          this.addFiles(o, affected);
        }
        g.near = undefined;
        for (const b of g.buckets ?? []) {
          const promoted = this.leave(b, g);
          if (promoted) relink.add(promoted);
        }
      }
    }
    return affected;
  }

  /** Add `g` to bucket `b` (kept sorted by key); returns the group it pushed out of the anchors, if any. */
  private enter(b: number, g: Group): Group | undefined {
    const got = this.buckets.get(b);
    if (!got) {
      this.buckets.set(b, g);
      return undefined;
    }
    const set = Array.isArray(got) ? got : [got];
    let lo = 0;
    let hi = set.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (set[mid].key < g.key) lo = mid + 1;
      else hi = mid;
    }
    set.splice(lo, 0, g);
    if (set !== got) this.buckets.set(b, set);
    return lo < VERIFY_PER_BUCKET && set.length > VERIFY_PER_BUCKET ? set[VERIFY_PER_BUCKET] : undefined;
  }

  /** Take `g` out of bucket `b`; returns the group that became an anchor in its place, if any. */
  private leave(b: number, g: Group): Group | undefined {
    const got = this.buckets.get(b);
    if (!got) return undefined;
    if (!Array.isArray(got)) {
      if (got === g) this.buckets.delete(b);
      return undefined;
    }
    const at = got.indexOf(g);
    if (at < 0) return undefined;
    got.splice(at, 1);
    const promoted = at < VERIFY_PER_BUCKET && got.length >= VERIFY_PER_BUCKET ? got[VERIFY_PER_BUCKET - 1] : undefined;
    if (got.length === 1) this.buckets.set(b, got[0]);
    else if (got.length === 0) this.buckets.delete(b);
    return promoted;
  }

  /**
   * The near copies of `g` under the current buckets. Candidates: groups met in two band buckets
   * (a single band collision is mostly chance between formula sentences) or under the same head
   * key (one teaser cut at two lengths), a meeting counting only when one of the two is an anchor
   * of the bucket; then the exact shingle test. Symmetric: `o ∈ nearOf(g)` iff `g ∈ nearOf(o)`.
   */
  private nearOf(g: Group): Set<Group> | undefined {
    if (!g.buckets) return undefined;
    const hits = new Map<Group, number>();
    g.buckets.forEach((b, k) => {
      const got = this.buckets.get(b);
      if (!got || !Array.isArray(got)) return;
      const w = k >= BANDS ? 2 : 1;
      const at = got.indexOf(g);
      const upto = at >= 0 && at < VERIFY_PER_BUCKET ? got.length : Math.min(VERIFY_PER_BUCKET, got.length);
      for (let m = 0; m < upto; m++) if (got[m] !== g) hits.set(got[m], (hits.get(got[m]) ?? 0) + w);
    });
    let out: Set<Group> | undefined;
    for (const [o, n] of hits) if (n >= 2 && nearCopy(g.shingles, o.shingles)) (out ??= new Set()).add(o);
    return out;
  }

  /** Recompute `g`'s near links (both ways); files whose copies may change go to `affected`. */
  private relink(g: Group, affected: Set<string>): void {
    const now = this.nearOf(g);
    const before = g.near;
    let changed = false;
    for (const o of before ?? []) {
      if (now?.has(o)) continue;
      changed = true;
      o.near?.delete(g);
      if (o.near?.size === 0) o.near = undefined;
      o.follow = undefined;
      this.addFiles(o, affected);
    }
    for (const o of now ?? []) {
      if (before?.has(o)) continue;
      changed = true;
      (o.near ??= new Set()).add(g);
      o.follow = undefined;
      this.addFiles(o, affected);
    }
    g.near = now;
    g.follow = undefined;
    if (changed) this.addFiles(g, affected);
  }

  private addFiles(g: Group, out: Set<string>): void {
    for (const f of g.files.keys()) out.add(f);
  }

  /**
   * Other files whose blocks may change with `file`'s units: co-members of its groups, and the
   * files of the groups that follow them as near copies. In a group of more than PROPAGATE_MAX
   * files only the listed sample of copies can change (one file more or less flips nobody's "is a
   * copy" status), so those files are told only when `file` is in that sample.
   */
  private sharers(file: string): Set<string> {
    const out = new Set<string>();
    for (const u of this.fileUnits.get(file) ?? []) {
      if (u.quoted) continue;
      const g = this.groups.get(u.key);
      if (!g) continue;
      if (g.files.size > PROPAGATE_MAX && !sampleOf(g).includes(file)) continue;
      this.addFiles(g, out);
      for (const o of g.near ?? []) if (this.follow(o).includes(g)) this.addFiles(o, out);
    }
    return out;
  }

  /** Groups that are near copies of `g` (not `g` itself): the NEAR_FOLLOW of lowest key. */
  private follow(g: Group): Group[] {
    if (!g.follow) {
      g.follow = [...(g.near ?? [])].sort((a, b) => a.key - b.key).slice(0, NEAR_FOLLOW);
    }
    return g.follow;
  }

  /**
   * For each unit of `file` (same order as `units(file)`): the other files holding a copy and
   * the indices of the copying units there. Quoted units get no copies. The maps are shared
   * between the files of a group and must not be changed; one may list `file` itself, which
   * callers skip.
   */
  copies(file: string): ReadonlyMap<string, number[]>[] {
    const units = this.fileUnits.get(file) ?? [];
    return units.map((u) => {
      if (u.quoted) return NO_COPIES;
      const g = this.groups.get(u.key);
      // Most sentences are in one file only: nothing to list, nothing to cache.
      if (!g || (g.files.size <= 1 && !g.near)) return NO_COPIES;
      // Union of the samples of the group and its near copies, cut back to the SAMPLE files of
      // lowest rank so that neighbouring sentences still see the same partner files. Every file
      // holding the sentence asks for the same union, so it is built once per group (until the
      // index changes) and shared: SAMPLE + 1 files, so that a file finding itself among them
      // (callers skip their own file) still sees SAMPLE others, and the first SAMPLE for the others.
      let m = this.merged.get(g);
      if (!m) {
        const nearList = [...this.follow(g)];
        const cand = new Set<string>(sampleOf(g));
        for (const o of nearList) for (const f of sampleOf(o)) cand.add(f);
        let all = [...cand];
        if (all.length > SAMPLE) all = all.sort((a, b) => rank(a) - rank(b)).slice(0, SAMPLE + 1);
        const full = new Map<string, number[]>();
        for (const f of all) {
          const own = g.files.get(f);
          const idx: number[] = own ? [...own] : [];
          for (const o of nearList) {
            const more = o.files.get(f);
            if (more) idx.push(...more);
          }
          full.set(f, idx);
        }
        m = { all: full, head: all.length > SAMPLE ? new Map(all.slice(0, SAMPLE).map((f) => [f, full.get(f)!])) : full };
        if (this.merged.size >= MERGED_CACHE) this.merged.clear();
        this.merged.set(g, m);
      }
      return m.all.has(file) ? m.all : m.head;
    });
  }

  /** How many other files hold an exact or near copy of each unit (not sampled). */
  copyCounts(file: string): number[] {
    const units = this.fileUnits.get(file) ?? [];
    return units.map((u) => {
      const g = u.quoted ? undefined : this.groups.get(u.key);
      if (!g) return 0;
      let n = g.files.size - (g.files.has(file) ? 1 : 0);
      for (const o of this.follow(g)) n += o.files.size - (o.files.has(file) ? 1 : 0);
      return n;
    });
  }

  stats(): { files: number; groups: number; buckets: number } {
    return { files: this.fileUnits.size, groups: this.groups.size, buckets: this.buckets.size };
  }
}
