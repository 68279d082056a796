/**
 * An inverted index from interned keys (terms, entities) to the slots of the files holding them,
 * stored compactly: one flat Int32Array of slots grouped by key (CSR), built in one pass from every
 * file's keys, plus a small overlay for the files that changed since. A Set<string> per key cost
 * tens of bytes per entry; here an entry is four bytes.
 *
 * The overlay keeps edits cheap: a changed file's base entries are ignored (its slot is marked
 * stale) and its new keys are listed per key. When the overlay grows past a fraction of the base,
 * the next read rebuilds everything, so a bulk load (every file new) costs one build, not an
 * overlay as large as the index. Which slots a key lists never depends on the order of changes;
 * only their order within a list does, and callers must not depend on that.
 */
export class Postings {
  private offsets = new Int32Array(1);
  private entries = new Int32Array(0);
  /** stale[slot] = 1: the slot's base entries are outdated (its file changed or left since the build). */
  private stale = new Uint8Array(0);
  /** Slots added since the build, per key. */
  private readonly overlay = new Map<number, number[]>();
  private overlaySize = 0;
  private rebuildPending = true;

  /**
   * @param keysOf the current keys of a slot (undefined: no file there)
   * @param slotCount one past the highest slot in use
   * @param keyCount one past the highest key in use
   */
  constructor(
    private readonly keysOf: (slot: number) => Int32Array | undefined,
    private readonly slotCount: () => number,
    private readonly keyCount: () => number,
  ) {}

  /** The slot's file now holds `keys` (call `remove` with its previous keys first). */
  add(slot: number, keys: Int32Array): void {
    if (this.rebuildPending) return;
    for (const key of keys) {
      let list = this.overlay.get(key);
      if (!list) this.overlay.set(key, (list = []));
      list.push(slot);
    }
    this.overlaySize += keys.length;
    if (this.overlaySize > Math.max(4096, this.entries.length >> 3)) this.dropOverlay();
  }

  /** The slot's file no longer holds `keys` (its previous keys). */
  remove(slot: number, keys: Int32Array): void {
    if (this.rebuildPending) return;
    if (slot < this.stale.length) this.stale[slot] = 1;
    for (const key of keys) {
      const list = this.overlay.get(key);
      const at = list ? list.lastIndexOf(slot) : -1;
      if (!list || at < 0) continue;
      list[at] = list[list.length - 1];
      list.pop();
      if (!list.length) this.overlay.delete(key);
      this.overlaySize--;
    }
  }

  /** Calls `visit` with each slot holding `key`, in no particular order. */
  forEach(key: number, visit: (slot: number) => void): void {
    if (this.rebuildPending) this.rebuild();
    if (key + 1 < this.offsets.length) {
      const { entries, stale } = this;
      for (let i = this.offsets[key], end = this.offsets[key + 1]; i < end; i++) if (!stale[entries[i]]) visit(entries[i]);
    }
    const list = this.overlay.get(key);
    if (list) for (const slot of list) visit(slot);
  }

  /** Too many changes to track one by one: the next read rebuilds from the files' keys. */
  private dropOverlay(): void {
    this.rebuildPending = true;
    this.overlay.clear();
    this.overlaySize = 0;
  }

  /** Counting sort of every (key, slot) pair: one pass to size each key's run, one to fill it. */
  private rebuild(): void {
    const slots = this.slotCount();
    const offsets = new Int32Array(this.keyCount() + 1);
    for (let s = 0; s < slots; s++) for (const key of this.keysOf(s) ?? []) offsets[key + 1]++;
    for (let k = 1; k < offsets.length; k++) offsets[k] += offsets[k - 1];
    const entries = new Int32Array(offsets[offsets.length - 1]);
    const fill = offsets.slice(0, -1);
    for (let s = 0; s < slots; s++) for (const key of this.keysOf(s) ?? []) entries[fill[key]++] = s;
    this.offsets = offsets;
    this.entries = entries;
    this.stale = new Uint8Array(slots);
    this.overlay.clear();
    this.overlaySize = 0;
    this.rebuildPending = false;
  }
}
