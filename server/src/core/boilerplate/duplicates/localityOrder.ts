/**
 * An order in which to build many files' blocks so that the memory they read stays in the
 * processor's cache: each file followed by the one sharing the most sentences with it.
 *
 * Why: building a file's blocks reads the unit rows of some hundreds of partner files, scattered
 * in memory; a site's articles share their partners, so taken one after the other they find those
 * rows still in the cache, where in name order they would fetch them again for every file.
 */
import { IntStack } from '../../collections/intStack';
import type { ListPool } from '../../collections/listPool';
import type { GroupTable } from './groups';
import { SAMPLE } from './members';
import type { NearCopies } from './nearCopies';
import { R_GROUP, ROW_FIELDS } from './unitRows';

/**
 * `ids` (indexed files: those with unit rows; others are left out) in an order that builds their
 * blocks fastest: each file followed by the one sharing the most sentences with it, while one is
 * left, else by the next in `ids`. Sentences in more than SAMPLE files are not counted: they list
 * the same sample to every file, which stays in the cache whatever the order.
 */
export function localityOrder(
  ids: readonly number[],
  unitRows: readonly (Int32Array | undefined)[],
  groups: GroupTable,
  members: ListPool,
  near: NearCopies,
): number[] {
  const wanted = new Uint8Array(unitRows.length);
  for (const id of ids) if (unitRows[id]) wanted[id] = 1;
  const shared = new Int32Array(unitRows.length);
  const met = new IntStack();
  const links = near.links;
  const nFiles = groups.nFiles;
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
      const rows = unitRows[f]!;
      for (let r = 0; r < rows.length; r += ROW_FIELDS) {
        const g = rows[r + R_GROUP];
        if (!groups.isLive(g)) continue;
        count(g);
        const s = links.start(g);
        const end = s + near.followCount(g);
        for (let k = s; k < end; k++) count(links.data[k]);
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
