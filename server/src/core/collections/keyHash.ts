/**
 * The one mix of a 53-bit hash key (a sentence's, an LSH band's) into 32 bits that the collections
 * keyed by such hashes share (KeyTable, DistinctCount, RepeatFilter): its high bits folded into the
 * low ones and spread by a multiplication, so that keys differing only in high bits still part.
 */
export function foldKey(key: number): number {
  return Math.imul((key >>> 0) ^ Math.floor(key / 4294967296), 0x9e3779b1);
}
