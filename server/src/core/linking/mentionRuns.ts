/**
 * An entity's mentions, kept compact until someone reads them. A built entity is cached until a
 * change touches it, and most readers want its name, spellings and roles only (diagnostics,
 * symbols, code actions): as `{ file, start, end, text }` objects, the entities of a few dozen
 * opened articles would hold an object for every mention of names a large corpus repeats in
 * thousands of files (a capital city). Here a mention costs two integers; the objects are made on
 * the first read of `mentions`.
 */
import type { EntityMentionRef } from '../types';

export class MentionRuns {
  /** The files, in the order their mentions came (each file's mentions arrive together). */
  private readonly files: string[] = [];
  /** Where each file's mentions begin in `spans` (pairs), and `count` after the last. */
  private readonly firstOf: number[] = [];
  /** Start and end of each mention while collecting; `packed` once `seal` was called. */
  private spans: number[] = [];
  private packed: Int32Array | undefined;

  /** `textOf(file)`: the file's text, which mention texts are sliced from when read (a changed file drops the entity first). */
  constructor(private readonly textOf: (file: string) => string | undefined) {}

  get count(): number {
    return this.packed ? this.packed.length >> 1 : this.spans.length >> 1;
  }

  /** One more mention, in `file`; a file's mentions must come together. */
  add(file: string, start: number, end: number): void {
    if (this.files.length === 0 || this.files[this.files.length - 1] !== file) {
      this.files.push(file);
      this.firstOf.push(this.count);
    }
    this.spans.push(start, end);
  }

  /** Done collecting: the offsets move to a typed array. */
  seal(): void {
    if (this.packed) return;
    this.packed = Int32Array.from(this.spans);
    this.spans = [];
  }

  /** The mentions as objects, in the order they came (what collecting them as objects gave). */
  toRefs(): EntityMentionRef[] {
    const spans = this.packed ?? Int32Array.from(this.spans);
    const n = spans.length >> 1;
    const out: EntityMentionRef[] = [];
    let k = 0;
    for (let f = 0; f < this.files.length; f++) {
      const file = this.files[f];
      const text = this.textOf(file) ?? '';
      const end = f + 1 < this.files.length ? this.firstOf[f + 1] : n;
      for (; k < end; k++) {
        const s = spans[2 * k];
        const e = spans[2 * k + 1];
        out.push({ file, start: s, end: e, text: text.slice(s, e) });
      }
    }
    return out;
  }
}
