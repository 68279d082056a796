/**
 * Lists of group ids kept sorted by the groups' keys: a bucket's groups (whose first ones are its
 * anchors) and a group's near copies (whose first ones it follows). Sorting by key, a hash, makes
 * "the first ones" an order-independent choice: the same whatever order the files came in.
 *
 * The lists live in `ListPool`s; these helpers search, insert, remove and sort in place there.
 */
import type { ListPool } from '../../collections/listPool';

/**
 * Sort the `n` group ids of `ids` from `from` by their key. Most lists sorted here (a bucket's
 * groups, a group's near copies) hold a few ids: an insertion sort in place beats the built-in
 * sort of a subarray with a comparator.
 */
export function sortByKey(ids: Int32Array, from: number, n: number, keys: Float64Array): void {
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
export function lowerBound(lists: ListPool, h: number, key: number, keys: Float64Array): number {
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
export function insertByKey(lists: ListPool, h: number, o: number, keys: Float64Array): void {
  lists.insert(h, lowerBound(lists, h, keys[o], keys), o);
}

/** Take group `o` out of list `h` of group ids sorted by key, if there. */
export function removeByKey(lists: ListPool, h: number, o: number, keys: Float64Array): void {
  const at = lowerBound(lists, h, keys[o], keys);
  if (at < lists.size(h) && lists.data[lists.start(h) + at] === o) lists.cut(h, at, 1);
}
