/**
 * Entity ids, unique across the corpus. Each cluster proposes a base (`baseOf`: a gazetteer id or
 * the slug of its fullest name); the clusters of one base form a group, kept sorted by root, and
 * take `base`, `base-2`, `base-3`… in that order. Like the clusters, the ids are a function of the
 * current forms only: a group is assigned again whenever a cluster joins or leaves it.
 */
import { slug } from '../text/normalize';
import { fidLess, type Cluster, type Form } from './forms';
import { byCodeUnits } from './spellings';

/** The id a cluster proposes: the gazetteer id of its most mentioned known name, else the slug of its fullest name. */
export function baseOf(fs: Form[]): string {
  let gaz: Form | undefined;
  for (const f of fs) if (f.gazId && (!gaz || f.count > gaz.count || (f.count === gaz.count && fidLess(f, gaz)))) gaz = f;
  if (gaz) return gaz.gazId!;
  let best = fs[0];
  for (const f of fs) {
    const lw = f.ix!.n;
    const lb = best.ix!.n;
    if (lw > lb || (lw === lb && (f.count > best.count || (f.count === best.count && f.key < best.key)))) best = f;
  }
  return slug(best.name || best.key);
}

export class EntityIds {
  /** Alive clusters by entity id. */
  readonly clusterById = new Map<string, Cluster>();
  /** Clusters by base, each group sorted by root. */
  private readonly groups = new Map<string, Cluster[]>();
  /** The ids each group holds (as of its last assignment). */
  private readonly groupIds = new Map<string, Set<string>>();

  /** `c` is gone (its forms are clustered afresh): it gives up its id, and its group is to be assigned again (`rebase`). */
  dissolve(c: Cluster, rebase: Set<string>): void {
    if (this.clusterById.get(c.id) === c) this.clusterById.delete(c.id);
    rebase.add(c.base);
    this.leaveGroup(c);
  }

  /** Put `c` into the group of its base, which is kept sorted by root. */
  join(c: Cluster): void {
    const g = this.groups.get(c.base);
    if (!g) {
      this.groups.set(c.base, [c]);
      return;
    }
    let lo = 0;
    let hi = g.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (fidLess(g[mid].root, c.root)) lo = mid + 1;
      else hi = mid;
    }
    g.splice(lo, 0, c);
  }

  /**
   * The clusters kept (not in `fresh`) that hold a form whose count or spelling changed: their
   * members are the same, but the name their id is made from (`baseOf`) may not be. A cluster
   * whose base moved changes group; both groups' ids are then assigned again (`rebase`).
   */
  updateBases(reweighed: readonly Form[], fresh: ReadonlySet<Cluster>, rebase: Set<string>): void {
    const seen = new Set<Cluster>();
    for (const f of reweighed) {
      const c = f.cluster;
      if (!c || fresh.has(c) || seen.has(c)) continue;
      seen.add(c);
      const base = baseOf(c.members);
      if (base === c.base) continue;
      this.leaveGroup(c);
      rebase.add(c.base);
      c.base = base;
      rebase.add(base);
      this.join(c);
    }
  }

  /**
   * Ids unique across the corpus: the clusters of one base, in the order of their smallest form,
   * take `base`, `base-2`, `base-3`… skipping an id that the group of base `b` (for a base `b-N`)
   * already took. Reassigns the groups of `bases` and whichever groups that shifts; the clusters
   * whose id changed go to `renamed`.
   */
  assign(bases: Set<string>, renamed: Set<Cluster>): void {
    const work = [...bases].sort(byCodeUnits);
    const queued = new Set(work);
    for (let i = 0; i < work.length; i++) {
      const base = work[i];
      const g = this.groups.get(base) ?? [];
      const parent = /-\d+$/.test(base) ? this.groups.get(base.replace(/-\d+$/, '')) : undefined;
      const taken = parent?.some((c) => c.id === base) ?? false;
      const now = new Set<string>();
      let n = taken ? 2 : 1;
      for (const c of g) {
        const id = n === 1 ? base : `${base}-${n}`;
        n++;
        now.add(id);
        if (c.id !== id) {
          if (this.clusterById.get(c.id) === c) this.clusterById.delete(c.id);
          c.id = id;
          renamed.add(c);
        }
        this.clusterById.set(id, c);
      }
      const old = this.groupIds.get(base) ?? new Set<string>();
      if (now.size) this.groupIds.set(base, now);
      else this.groupIds.delete(base);
      // An id this group took or gave up may shift the group named after it (`x-2` after `x`'s second cluster).
      for (const id of [...old, ...now]) {
        if (id === base || (old.has(id) && now.has(id)) || queued.has(id) || !this.groups.has(id)) continue;
        queued.add(id);
        let lo = i + 1;
        while (lo < work.length && work[lo] < id) lo++;
        work.splice(lo, 0, id);
      }
    }
  }

  private leaveGroup(c: Cluster): void {
    const g = this.groups.get(c.base)!;
    g.splice(g.indexOf(c), 1);
    if (g.length === 0) this.groups.delete(c.base);
  }
}
