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
 */
const RECENT = 4;
/** Characters above U+00FF: the string is two bytes per character. */
const WIDE = /[\u0100-\uffff]/;
/** A lone surrogate, which UTF-8 cannot carry. */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

const encoder = new TextEncoder();
const decoder = new TextDecoder('utf-8');

export class TextStore {
  private readonly kept = new Map<string, string | Uint8Array>();
  /** The texts last set or decoded, most recent last: `[file, text]`. */
  private readonly recent: [string, string][] = [];

  set(file: string, text: string): void {
    // Not well formed (a lone surrogate): UTF-8 could not give it back as it is; kept as a string.
    this.kept.set(file, WIDE.test(text) && !LONE_SURROGATE.test(text) ? encoder.encode(text) : text);
    this.remember(file, text);
  }

  get(file: string): string | undefined {
    for (let i = this.recent.length - 1; i >= 0; i--) if (this.recent[i][0] === file) return this.recent[i][1];
    const k = this.kept.get(file);
    if (k === undefined || typeof k === 'string') return k;
    const text = decoder.decode(k);
    this.remember(file, text);
    return text;
  }

  has(file: string): boolean {
    return this.kept.has(file);
  }

  delete(file: string): void {
    this.kept.delete(file);
    const at = this.recent.findIndex(([f]) => f === file);
    if (at >= 0) this.recent.splice(at, 1);
  }

  files(): IterableIterator<string> {
    return this.kept.keys();
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
