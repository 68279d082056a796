/**
 * NameIds: names (file names) interned to small integer ids, for tables keyed by id, with the
 * ids' order by name on demand.
 *
 * Ids are never reused: a name that comes back gets its old id, so nothing keyed by id can mix
 * two names up. Used by the boilerplate layer and the linker, whose tables are keyed by file id.
 */
export class NameIds {
  private readonly ids = new Map<string, number>();
  readonly names: string[] = [];
  /** Per id, the place of its name in sorted order, and the ids in that order; rebuilt when names were added since. */
  private sortedRank = new Int32Array(0);
  private sortedIds = new Int32Array(0);

  idOf(name: string): number {
    let id = this.ids.get(name);
    if (id === undefined) {
      id = this.names.length;
      this.ids.set(name, id);
      this.names.push(name);
    }
    return id;
  }

  find(name: string): number | undefined {
    return this.ids.get(name);
  }

  /**
   * Per id, where its name stands when all names are sorted (code unit order, as `<` compares
   * strings): comparing two of these is comparing the names, without reading them. Names are never
   * dropped, so the ranks change only when one is added; they are then sorted again, at most once
   * per batch of additions.
   */
  nameRanks(): Int32Array {
    this.sortNames();
    return this.sortedRank;
  }

  /** The ids by name, in sorted order: `idsByName()[nameRanks()[id]] === id`. */
  idsByName(): Int32Array {
    this.sortNames();
    return this.sortedIds;
  }

  private sortNames(): void {
    const n = this.names.length;
    if (this.sortedRank.length === n) return;
    const names = this.names;
    this.sortedIds = Int32Array.from({ length: n }, (_, i) => i).sort((a, b) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : 0));
    this.sortedRank = new Int32Array(n);
    this.sortedIds.forEach((id, place) => (this.sortedRank[id] = place));
  }
}
