/**
 * One string per distinct value, for strings kept per mention or per block that repeat across a
 * corpus (a reason, a place name): each made its own string costs memory for as long as the
 * index holds it, and a copy from another thread (`postMessage`) is always its own string.
 * Bounded: when the table fills up it is emptied, which only costs sharing, never a result.
 */
export function sharedStrings(max: number): (s: string) => string {
  const table = new Map<string, string>();
  return (s) => {
    const known = table.get(s);
    if (known !== undefined) return known;
    if (table.size >= max) table.clear();
    table.set(s, s);
    return s;
  };
}
