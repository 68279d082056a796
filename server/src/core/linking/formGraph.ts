/**
 * The graph plumbing the linker's stages share: sets kept by key (indexes and reverse edges), a
 * one-way edge kept with its reverse, and connected components of the forms still indexed.
 */
import type { Form } from './forms';

export function addTo<K, V>(m: Map<K, Set<V>>, k: K, v: V): void {
  const s = m.get(k);
  if (s) s.add(v);
  else m.set(k, new Set([v]));
}

export function removeFrom<K, V>(m: Map<K, Set<V>>, k: K, v: V): void {
  const s = m.get(k);
  if (!s) return;
  s.delete(v);
  if (s.size === 0) m.delete(k);
}

/**
 * Points `f`'s edge in `fwd` (kept in step with its reverse `rev`) at `target` (none: undefined);
 * if that changes anything, `f` and both the old and the new target go to `seeds`.
 */
export function setEdge(fwd: Map<Form, Form>, rev: Map<Form, Set<Form>>, f: Form, target: Form | undefined, seeds: Set<Form>): void {
  const old = fwd.get(f);
  if (old === target) return;
  seeds.add(f);
  if (old) {
    seeds.add(old);
    removeFrom(rev, old, f);
    fwd.delete(f);
  }
  if (target) {
    seeds.add(target);
    fwd.set(f, target);
    addTo(rev, target, f);
  }
}

/** Connected components of the alive forms among `start`, by `next`. */
export function components(start: Iterable<Form>, next: (f: Form, visit: (g: Form) => void) => void): Form[][] {
  const seen = new Set<Form>();
  const out: Form[][] = [];
  for (const s of start) {
    if (seen.has(s) || !s.ix) continue;
    seen.add(s);
    const comp = [s];
    for (let i = 0; i < comp.length; i++) {
      next(comp[i], (g) => {
        if (!seen.has(g) && g.ix) {
          seen.add(g);
          comp.push(g);
        }
      });
    }
    out.push(comp);
  }
  return out;
}
