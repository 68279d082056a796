/**
 * Word shingles: the sets MinHash estimates Jaccard similarity on. Three-word shingles make one
 * changed word cost only three shingles out of dozens, so a teaser with an edited word stays
 * close to its original, while two unrelated sentences that share common phrases stay far.
 */

export const SHINGLE_WORDS = 3;

/** Sorted, de-duplicated 32-bit hashes of the word 3-grams of `ws` (one shingle when shorter). */
export function shingles(ws: readonly string[]): Uint32Array {
  const n = ws.length;
  if (n === 0) return new Uint32Array(0);
  const k = Math.min(SHINGLE_WORDS, n);
  const out = new Uint32Array(n - k + 1);
  for (let i = 0; i + k <= n; i++) {
    // 32-bit FNV-1a of the words joined by spaces, without building the joined string (a cheaper
    // hash than hash53 is enough once MinHash re-mixes it).
    let h = 0x811c9dc5;
    for (let j = 0; j < k; j++) {
      if (j > 0) h = Math.imul(h ^ 32, 0x01000193);
      const w = ws[i + j];
      for (let c = 0; c < w.length; c++) h = Math.imul(h ^ w.charCodeAt(c), 0x01000193);
    }
    out[i] = h >>> 0;
  }
  out.sort();
  // De-duplicate in place (a sentence can repeat a phrase).
  let m = 0;
  for (let i = 0; i < out.length; i++) if (i === 0 || out[i] !== out[m - 1]) out[m++] = out[i];
  return m === out.length ? out : out.slice(0, m);
}

/** |A ∩ B| of two sorted runs `a[aAt, aEnd)` and `b[bAt, bEnd)` (merge walk, no allocation). */
export function intersectionSize(a: Uint32Array, b: Uint32Array, aAt = 0, aEnd = a.length, bAt = 0, bEnd = b.length): number {
  let i = aAt;
  let j = bAt;
  let n = 0;
  while (i < aEnd && j < bEnd) {
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
 * Near-copy test of two runs of shingles stored in larger arrays (`aLen` shingles from `aAt`…).
 * Jaccard catches edited words and spacing; containment (overlap over the smaller set) catches
 * the same teaser cut at a different length, where one copy is a prefix of the other and Jaccard
 * falls with the length difference.
 */
export function nearCopyAt(a: Uint32Array, aAt: number, aLen: number, b: Uint32Array, bAt: number, bLen: number, minJaccard = 0.5, minContainment = 0.8): boolean {
  const small = Math.min(aLen, bLen);
  if (small === 0) return false;
  const inter = intersectionSize(a, b, aAt, aAt + aLen, bAt, bAt + bLen);
  const union = aLen + bLen - inter;
  if (inter / union >= minJaccard) return true;
  // Containment alone would let a short sentence match inside any long one; ask for some length.
  return small >= 6 && inter / small >= minContainment;
}
