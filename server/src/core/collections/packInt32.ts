/**
 * packInt32: small integer arrays kept together for as long as one file is indexed, laid out in
 * one buffer, as views of it.
 *
 * Why: each typed array of its own brings an ArrayBuffer and a native backing store (a few
 * hundred bytes besides its values), and a file's related-article features, for one, are five
 * arrays of a few dozen values each. The views behave as the arrays they replace: length,
 * indexing, iteration, `subarray`; nothing in the core reads their `buffer`.
 */
export function packInt32(parts: readonly ArrayLike<number>[]): Int32Array[] {
  let total = 0;
  for (const p of parts) total += p.length;
  const all = new Int32Array(total);
  const out: Int32Array[] = [];
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    out.push(all.subarray(at, at + p.length));
    at += p.length;
  }
  return out;
}

/** `packInt32` for float64 values (hash keys): views of one Float64Array. */
export function packFloat64(parts: readonly ArrayLike<number>[]): Float64Array[] {
  let total = 0;
  for (const p of parts) total += p.length;
  const all = new Float64Array(total);
  const out: Float64Array[] = [];
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    out.push(all.subarray(at, at + p.length));
    at += p.length;
  }
  return out;
}
