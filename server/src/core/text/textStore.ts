/**
 * TextStore: every file's text, kept once for all the layers and handed back as the same
 * characters.
 *
 * Why: V8 keeps a string at two bytes per character as soon as one character is above U+00FF,
 * and nearly every French article has one (’ – œ …). Such a text is kept here as its UTF-8 bytes,
 * a little over one byte per character, and decoded when asked for; a text of Latin-1 characters
 * only is one byte per character already and is kept as it is. The few texts asked for in a row
 * (a report reads one file's text for each of its parts) are decoded once: the last RECENT stay.
 *
 * Whoever keeps a piece of a decoded text for long (a name's spelling) keeps its own copy (see
 * `detached`): V8's slices hold on to the whole string they were cut from.
 *
 * A store given a `TextSource` (the command line, which can read its files again) keeps no text at
 * all, only a fingerprint of each: a text asked for is read again and must have that fingerprint,
 * or `TextChangedError` says the file changed during the run (its positions would be wrong).
 */
import { hash53 } from './hash53';

const RECENT = 4;
/** Characters above U+00FF: the string is two bytes per character. */
const WIDE = /[\u0100-\uffff]/;
/** A lone surrogate, which UTF-8 cannot carry. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** A mark every 2^MARK_BITS UTF-16 units: a piece of a text is decoded after scanning at most that many from a mark. */
const MARK_BITS = 8;
const NO_MARKS = new Int32Array(0);

/**
 * For the k-th mark (k ≥ 1), the UTF-16 offset and the byte offset of the first character at or
 * after k × 2^MARK_BITS units: pairs, in order.
 */
function marksOf(bytes: Uint8Array): Int32Array {
  const out: number[] = [];
  let units = 0;
  let next = 1 << MARK_BITS;
  for (let at = 0; at < bytes.length; ) {
    if (units >= next) {
      out.push(units, at);
      next += 1 << MARK_BITS;
      continue;
    }
    const length = sequenceLength(bytes[at]);
    units += length === 4 ? 2 : 1;
    at += length;
  }
  return Int32Array.from(out);
}

/** How many bytes the UTF-8 sequence that starts with `lead` has (four: a character of two UTF-16 units). */
function sequenceLength(lead: number): number {
  return lead < 0x80 ? 1 : lead < 0xe0 ? 2 : lead < 0xf0 ? 3 : 4;
}

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

/** A file's text read again, exactly as it was handed to `set`; undefined when it cannot be read any more. */
export type TextSource = (file: string) => string | undefined;

/** A file read again by a `TextSource` is not the text it had when it was analysed. */
export class TextChangedError extends Error {
  constructor(readonly file: string) {
    super(`${file} changed or went away while it was being analysed: its positions would be wrong`);
  }
}

/** The text's hash, seeded with its length. */
const fingerprint = (text: string): number => hash53(text, text.length);

export class TextStore {
  /** A text, its UTF-8 bytes, or (with a source) its fingerprint. */
  private readonly kept = new Map<string, string | Uint8Array | number>();
  /** For the texts kept as UTF-8 bytes: where every 2^MARK_BITS UTF-16 units start in them (see `marksOf`). */
  private readonly marks = new Map<string, Int32Array>();
  /** The texts last set or decoded, most recent last: `[file, text]`. */
  private readonly recent: [string, string][] = [];

  constructor(private readonly source?: TextSource) {}

  set(file: string, text: string): void {
    this.marks.delete(file);
    if (this.source) this.kept.set(file, fingerprint(text));
    else if (WIDE.test(text) && !LONE_SURROGATE.test(text)) {
      const bytes = encoder.encode(text);
      this.kept.set(file, bytes);
      if (text.length >= 1 << MARK_BITS) this.marks.set(file, marksOf(bytes));
    }
    // Latin-1 only, or not well formed (a lone surrogate, which UTF-8 could not give back): kept as it is.
    else this.kept.set(file, text);
    this.remember(file, text);
  }

  get(file: string): string | undefined {
    const recent = this.recentText(file);
    if (recent !== undefined) return recent;
    const k = this.kept.get(file);
    if (k === undefined || typeof k === 'string') return k;
    const text = typeof k === 'number' ? this.readAgain(file, k) : decoder.decode(k);
    this.remember(file, text);
    return text;
  }

  /**
   * Pieces of one file's text by UTF-16 offsets, as `get(file).slice(start, end)` gives them, but
   * decoding only the pieces: an entity built from thousands of files wants a few names from each,
   * and decoding every text whole cost far more than the names. Pieces asked for in text order cost
   * the bytes between them; an earlier piece starts the count again.
   */
  slicer(file: string): ((start: number, end: number) => string) | undefined {
    const k = this.kept.get(file);
    if (k === undefined) return undefined;
    // Decoded already, Latin-1 kept as it is, or read again from the source: slice the string.
    if (!(k instanceof Uint8Array) || this.recentText(file) !== undefined) {
      const text = this.get(file)!;
      return (start, end) => text.slice(start, end);
    }
    const bytes = k;
    const marks = this.marks.get(file) ?? NO_MARKS;
    let units = 0;
    let at = 0;
    /** The byte offset of UTF-16 offset `target` (a text set here holds no lone surrogate). */
    const seek = (target: number): number => {
      // From the last mark at or before the target, unless the count so far is nearer.
      const m = Math.min(target >>> MARK_BITS, marks.length >>> 1) - 1;
      if (m >= 0 && (target < units || units < marks[2 * m])) {
        units = marks[2 * m];
        at = marks[2 * m + 1];
      } else if (target < units) units = at = 0;
      while (units < target && at < bytes.length) {
        const length = sequenceLength(bytes[at]);
        units += length === 4 ? 2 : 1;
        at += length;
      }
      return at;
    };
    return (start, end) => {
      const from = seek(start);
      return decoder.decode(bytes.subarray(from, seek(end)));
    };
  }

  has(file: string): boolean {
    return this.kept.has(file);
  }

  delete(file: string): void {
    this.kept.delete(file);
    this.marks.delete(file);
    const at = this.recent.findIndex(([f]) => f === file);
    if (at >= 0) this.recent.splice(at, 1);
  }

  files(): IterableIterator<string> {
    return this.kept.keys();
  }

  /** `file`'s text if it is among the last few set or decoded. */
  private recentText(file: string): string | undefined {
    for (let i = this.recent.length - 1; i >= 0; i--) if (this.recent[i][0] === file) return this.recent[i][1];
    return undefined;
  }

  private readAgain(file: string, expected: number): string {
    const text = this.source!(file);
    if (text === undefined || fingerprint(text) !== expected) throw new TextChangedError(file);
    return text;
  }

  private remember(file: string, text: string): void {
    const at = this.recent.findIndex(([f]) => f === file);
    if (at >= 0) this.recent.splice(at, 1);
    else if (this.recent.length === RECENT) this.recent.shift();
    this.recent.push([file, text]);
  }
}

/**
 * A copy of `piece` that does not hold on to the string it was cut from: V8 makes a slice of
 * thirteen characters or more a view of the whole string, which would keep a decoded text (and
 * its two bytes per character) alive as long as the piece.
 */
export function detached(piece: string): string {
  return piece.length < 13 ? piece : (JSON.parse(JSON.stringify(piece)) as string);
}
