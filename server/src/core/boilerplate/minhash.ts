/**
 * MinHash signatures and LSH band keys. A unit's candidates are the units sharing at least one
 * band bucket with it, so near-duplicate search costs the bucket sizes, never all pairs.
 * With 12 bands of 4 rows, two sets at Jaccard s collide with probability 1-(1-s^4)^12:
 * ≈0.99 at s=0.7, ≈0.53 at s=0.4 and ≈0.01 at s=0.1 — the candidates are then verified exactly.
 */
export const BANDS = 12;
export const ROWS = 4;
const K = BANDS * ROWS;

// Fixed odd multipliers/seeds: signatures must be identical across runs and processes.
const SEEDS: number[] = [];
{
  let x = 0x9e3779b9;
  for (let i = 0; i < K; i++) {
    x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + 0x297a2d39) >>> 0;
    SEEDS.push(x | 1);
  }
}

function mix(h: number, seed: number): number {
  let x = Math.imul(h ^ seed, 0x85ebca6b);
  x ^= x >>> 13;
  x = Math.imul(x, 0xc2b2ae35);
  x ^= x >>> 16;
  return x >>> 0;
}

export function signature(shingleSet: Uint32Array): Uint32Array {
  const sig = new Uint32Array(K).fill(0xffffffff);
  for (let s = 0; s < shingleSet.length; s++) {
    const h = shingleSet[s];
    for (let i = 0; i < K; i++) {
      const v = mix(h, SEEDS[i]);
      if (v < sig[i]) sig[i] = v;
    }
  }
  return sig;
}

/** One bucket key per band: the band number and its rows folded into a 53-bit number. */
export function bandKeys(sig: Uint32Array): number[] {
  const out: number[] = [];
  for (let b = 0; b < BANDS; b++) {
    let h1 = 0x811c9dc5 ^ b;
    let h2 = 0x01000193 + b;
    for (let r = 0; r < ROWS; r++) {
      const v = sig[b * ROWS + r];
      h1 = Math.imul(h1 ^ v, 0x9e3779b1);
      h2 = Math.imul(h2 ^ (v >>> 7) ^ (v << 11), 0x85ebca77);
    }
    out.push((h2 & 0x1fffff) * 4294967296 + (h1 >>> 0));
  }
  return out;
}
