/**
 * The cross-file duplicate index. Every sentence ("unit") of every file is reduced to a
 * normalised key; units with one key form a group (exact copies). Groups of eight words or more
 * also get a MinHash signature whose LSH band keys, plus a key of their first words (for copies
 * cut at different lengths), are bucketed. Near copies are the groups sharing a bucket that pass
 * the exact shingle test. Nothing compares all pairs: cost follows bucket sizes.
 *
 * Both indexes are inverted (key → files), so adding or removing one file touches only its own
 * units and tells the caller which other files share them (their blocks must be recomputed).
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
   * Verified near copies, kept symmetric: computed once when the group is created (against the
   * groups already in its buckets), and extended when a later group finds this one.
   */
  near: Group[] | undefined;
}

/** Bucket contents: one group (the common case) or several, oldest first. */
type Bucket = Group | Group[];

/** Below this, a sentence is too generic for near matching ("Le ministre a pris la parole."). */
export const NEAR_MIN_WORDS = 8;
/** Words hashed for the head key: a teaser cut shorter elsewhere still starts the same way. */
const HEAD_WORDS = 10;
/**
 * A new group is verified against at most this many groups per bucket, the oldest first. The
 * first version of a teaser to be indexed is usually the common one, so its later variants still
 * meet it; a bucket that keeps growing holds a formula ("Les échanges ont porté sur…"), and
 * verifying every newcomer against all of it would make indexing quadratic.
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
 * of it ("…, à Kati.", "…, à Gao mardi.") and can collect hundreds of near groups; the first ones
 * found already give the copies a diagnostic needs.
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
   * Band/head key → group(s), oldest first. Most buckets hold a single group, stored bare: an
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

  /** Index a file's units (replacing any previous version); returns the other files that share text with it. */
  setFile(file: string, text: string, units: Unit[]): Set<string> {
    const affected = this.removeFile(file);
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
        // Candidates: groups met in two band buckets (a single band collision is mostly chance
        // between formula sentences) or under the same head key (one teaser cut at two lengths).
        const hits = new Map<Group, number>();
        buckets?.forEach((b, k) => {
          const got = this.buckets.get(b);
          if (!got) this.buckets.set(b, g!);
          else {
            const set = Array.isArray(got) ? got : [got];
            const isHead = k >= BANDS;
            for (let m = 0; m < set.length && m < VERIFY_PER_BUCKET; m++) hits.set(set[m], (hits.get(set[m]) ?? 0) + (isHead ? 2 : 1));
            set.push(g!);
            if (set !== got) this.buckets.set(b, set);
          }
        });
        for (const [o, n] of hits) {
          if (n >= 2 && nearCopy(sh, o.shingles)) {
            (g.near ??= []).push(o);
            (o.near ??= []).push(g);
          }
        }
      }
      const idx = g.files.get(file);
      if (idx) idx.push(i);
      else g.files.set(file, [i]);
      g.sample = undefined;
    });
    for (const f of this.sharers(file)) affected.add(f);
    affected.delete(file);
    return affected;
  }

  /** Drop a file; returns the other files that shared text with it. */
  removeFile(file: string): Set<string> {
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
      if (g.files.size === 0) {
        this.groups.delete(u.key);
        for (const o of g.near ?? []) {
          const at = o.near?.indexOf(g) ?? -1;
          if (at >= 0) o.near!.splice(at, 1);
          if (o.near?.length === 0) o.near = undefined;
        }
        for (const b of g.buckets ?? []) {
          const got = this.buckets.get(b);
          if (!got) continue;
          if (!Array.isArray(got)) {
            if (got === g) this.buckets.delete(b);
            continue;
          }
          const at = got.indexOf(g);
          if (at >= 0) got.splice(at, 1);
          if (got.length === 1) this.buckets.set(b, got[0]);
          else if (got.length === 0) this.buckets.delete(b);
        }
      }
    }
    affected.delete(file);
    return affected;
  }

  /** Other files whose blocks may change with `file`'s units: co-members of its small groups. */
  private sharers(file: string): Set<string> {
    const out = new Set<string>();
    for (const u of this.fileUnits.get(file) ?? []) {
      if (u.quoted) continue;
      const g = this.groups.get(u.key);
      if (!g) continue;
      for (const grp of [g, ...this.near(g)]) if (grp.files.size <= PROPAGATE_MAX) for (const f of grp.files.keys()) out.add(f);
    }
    return out;
  }

  /** Groups that are near copies of `g` (not `g` itself), at most NEAR_FOLLOW. */
  private *near(g: Group): Iterable<Group> {
    let n = 0;
    for (const o of g.near ?? []) {
      if (n++ >= NEAR_FOLLOW) return;
      yield o;
    }
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
        const nearList = [...this.near(g)];
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
      for (const o of this.near(g)) n += o.files.size - (o.files.has(file) ? 1 : 0);
      return n;
    });
  }

  stats(): { files: number; groups: number; buckets: number } {
    return { files: this.fileUnits.size, groups: this.groups.size, buckets: this.buckets.size };
  }
}
