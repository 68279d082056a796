/**
 * A set that stays a plain array while small. The linker keeps, per form, the files that mention
 * it: some 21,000 forms at 10,000 articles, most of them in a handful of files, where a `Set` of
 * its own costs some 400 bytes even holding one file (about 8 MB in all). Behaves as a `Set` does
 * for what the linker asks: insertion order, a value deleted and added again goes last.
 */
const ARRAY_MAX = 16;

export class CompactSet<T> implements Iterable<T> {
  private items: T[] | Set<T> = [];

  get size(): number {
    return Array.isArray(this.items) ? this.items.length : this.items.size;
  }

  add(value: T): this {
    const items = this.items;
    if (!Array.isArray(items)) items.add(value);
    else if (!items.includes(value)) {
      if (items.length < ARRAY_MAX) items.push(value);
      else this.items = new Set(items).add(value);
    }
    return this;
  }

  has(value: T): boolean {
    return Array.isArray(this.items) ? this.items.includes(value) : this.items.has(value);
  }

  delete(value: T): boolean {
    const items = this.items;
    if (!Array.isArray(items)) return items.delete(value);
    const at = items.indexOf(value);
    if (at < 0) return false;
    items.splice(at, 1);
    return true;
  }

  [Symbol.iterator](): Iterator<T> {
    return this.items[Symbol.iterator]();
  }
}
