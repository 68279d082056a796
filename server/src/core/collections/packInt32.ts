/**
 * packInt32: small integer arrays kept together for as long as one file is indexed, laid out in
 * one buffer, as views of it.
 *
 * Why: each typed array of its own brings an ArrayBuffer and a native backing store (a few
 * hundred bytes besides its values), and a file's related-article features, for one, are five
 * arrays of a few dozen values each. The views behave as the arrays they replace: length,
 * indexing, iteration, `subarray`; nothing in the core reads their `buffer`.
 */
/** Views of one new array of `make`'s kind, one per part, in order. */
function packInto<T extends Int32Array | Float64Array>(parts: readonly ArrayLike<number>[], make: (length: number) => T): T[] {
  let total = 0;
  for (const p of parts) total += p.length;
  const all = make(total);
  const out: T[] = [];
  let at = 0;
  for (const p of parts) {
    all.set(p, at);
    out.push(all.subarray(at, at + p.length) as T);
    at += p.length;
  }
  return out;
}

export function packInt32(parts: readonly ArrayLike<number>[]): Int32Array[] {
  return packInto(parts, (n) => new Int32Array(n));
}

/** `packInt32` for float64 values (hash keys): views of one Float64Array. */
export function packFloat64(parts: readonly ArrayLike<number>[]): Float64Array[] {
  return packInto(parts, (n) => new Float64Array(n));
}
