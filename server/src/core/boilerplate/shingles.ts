/**
 * Word shingles: the sets MinHash estimates Jaccard similarity on. Three-word shingles make one
 * changed word cost only three shingles out of dozens, so a teaser with an edited word stays
 * close to its original, while two unrelated sentences that share common phrases stay far.
 */
import { fnv32 } from './normalize';

export const SHINGLE_WORDS = 3;

/** Sorted, de-duplicated 32-bit hashes of the word 3-grams of `ws` (one shingle when shorter). */
export function shingles(ws: readonly string[]): Uint32Array {
  const n = ws.length;
  if (n === 0) return new Uint32Array(0);
  const k = Math.min(SHINGLE_WORDS, n);
  const set = new Set<number>();
  for (let i = 0; i + k <= n; i++) {
    let s = ws[i];
    for (let j = 1; j < k; j++) s += ' ' + ws[i + j];
    set.add(fnv32(s));
  }
  return Uint32Array.from(set).sort();
}

/** |A ∩ B| of two sorted arrays (merge walk, no allocation). */
export function intersectionSize(a: Uint32Array, b: Uint32Array): number {
  let i = 0;
  let j = 0;
  let n = 0;
  while (i < a.length && j < b.length) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/**
 * Near-copy test. Jaccard catches edited words and spacing; containment (overlap over the
 * smaller set) catches the same teaser cut at a different length, where one copy is a prefix of
 * the other and Jaccard falls with the length difference.
 */
export function nearCopy(a: Uint32Array, b: Uint32Array, minJaccard = 0.5, minContainment = 0.8): boolean {
  const small = Math.min(a.length, b.length);
  if (small === 0) return false;
  const inter = intersectionSize(a, b);
  const union = a.length + b.length - inter;
  if (inter / union >= minJaccard) return true;
  // Containment alone would let a short sentence match inside any long one; ask for some length.
  return small >= 6 && inter / small >= minContainment;
}
