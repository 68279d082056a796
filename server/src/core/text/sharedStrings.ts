/**
 * One string per distinct value, for strings kept per mention or per block that repeat across a
 * corpus (a reason, a place name): each made its own string costs memory for as long as the
 * index holds it, and a copy from another thread (`postMessage`) is always its own string.
 * Bounded: when the table fills up it is emptied, which only costs sharing, never a result.
 */
export function sharedStrings(max: number): (s: string) => string {
  return sharedValues(max, (s) => s);
}

/**
 * The same for small records: one per distinct `keyOf`, the first seen passed through `keep`
 * (a frozen copy, say) and handed out for every equal one after it.
 */
export function sharedValues<T>(max: number, keyOf: (v: T) => string, keep: (v: T) => T = (v) => v): (v: T) => T {
  const table = new Map<string, T>();
  return (v) => {
    const key = keyOf(v);
    const known = table.get(key);
    if (known !== undefined) return known;
    if (table.size >= max) table.clear();
    const kept = keep(v);
    table.set(key, kept);
    return kept;
  };
}
