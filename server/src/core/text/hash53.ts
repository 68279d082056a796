/** The core's one string hash, cyrb53: texts' fingerprints, boilerplate keys, annotation content hashes. */

/**
 * A 53-bit string hash (cyrb53). Numbers make cheap Map keys and a 53-bit space keeps collisions
 * negligible at 100,000 articles × ~50 units.
 */
export function hash53(s: string, seed = 0): number {
  let h1 = 0xdeadbeef ^ seed;
  let h2 = 0x41c6ce57 ^ seed;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  return finish53(h1, h2);
}

/**
 * `hash53(prefix + ws.slice(0, n).join(' '))` without building the string: every unit of every
 * file is keyed by its words, and the joined strings were only garbage.
 */
export function hash53Words(ws: readonly string[], n = ws.length, prefix = ''): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < prefix.length; i++) {
    const ch = prefix.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  const end = Math.min(n, ws.length);
  for (let w = 0; w < end; w++) {
    if (w > 0) {
      h1 = Math.imul(h1 ^ 32, 2654435761);
      h2 = Math.imul(h2 ^ 32, 1597334677);
    }
    const word = ws[w];
    for (let i = 0; i < word.length; i++) {
      const ch = word.charCodeAt(i);
      h1 = Math.imul(h1 ^ ch, 2654435761);
      h2 = Math.imul(h2 ^ ch, 1597334677);
    }
  }
  return finish53(h1, h2);
}

/** cyrb53's final mixing, shared by `hash53` and `hash53Words` so that they cannot drift apart. */
function finish53(h1: number, h2: number): number {
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}
