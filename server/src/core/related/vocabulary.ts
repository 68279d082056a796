/**
 * Interning: each distinct term (or entity id) of the corpus gets a small integer once, so
 * per-file features, postings and per-term statistics are typed arrays indexed by it instead of
 * maps keyed by strings. Ids are never reused: a term that leaves the corpus keeps its id (and a
 * document frequency of 0), which costs one map entry and keeps every stored id valid.
 */
export class Vocabulary {
  private readonly ids = new Map<string, number>();
  private readonly keys: string[] = [];

  get size(): number {
    return this.ids.size;
  }

  /** The id of `key`, assigned on first sight. */
  intern(key: string): number {
    let id = this.ids.get(key);
    if (id === undefined) {
      this.ids.set(key, (id = this.ids.size));
      this.keys.push(key);
    }
    return id;
  }

  /** The key of an id (comparing it with a string is cheaper than hashing the string). */
  keyOf(id: number): string {
    return this.keys[id];
  }

  /** The id of `key`, or -1 when it was never interned. */
  lookup(key: string): number {
    return this.ids.get(key) ?? -1;
  }
}

/** Int32Array `a` grown (zero-filled) so that index `size - 1` exists; doubles to keep growth amortised. */
export function ensureInt32(a: Int32Array<ArrayBuffer>, size: number): Int32Array<ArrayBuffer> {
  if (size <= a.length) return a;
  const grown = new Int32Array(Math.max(size, a.length * 2, 16));
  grown.set(a);
  return grown;
}

/** Float64Array `a` grown so that index `size - 1` exists (new cells hold `fill`). */
export function ensureFloat64(a: Float64Array<ArrayBuffer>, size: number, fill = 0): Float64Array<ArrayBuffer> {
  if (size <= a.length) return a;
  const grown = new Float64Array(Math.max(size, a.length * 2, 16));
  grown.set(a);
  if (fill !== 0) grown.fill(fill, a.length);
  return grown;
}
