/**
 * Turning a file's bytes into the text the core analyses. Articles are UTF-8, but curators' folders
 * also hold UTF-16 exports, Latin-1 dumps and stray binaries: decode what can be read (with a notice),
 * skip what cannot, and never guess silently.
 */

export type Decoded =
  | { ok: true; text: string; notice?: string }
  | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeArticle(bytes: Uint8Array, maxBytes = Infinity): Decoded {
  if (bytes.length > maxBytes) {
    const mb = (n: number) => (n / 1048576).toFixed(1);
    return { ok: false, reason: `file too large (${mb(bytes.length)} MB > ${mb(maxBytes)} MB limit)` };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { ok: true, text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), notice: 'decoded as UTF-16LE (BOM)' };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { ok: true, text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), notice: 'decoded as UTF-16BE (BOM)' };
  }
  // A NUL byte never occurs in a text article (UTF-16 without a BOM is not supported either).
  if (bytes.includes(0)) return { ok: false, reason: 'binary file' };
  try {
    let text = utf8.decode(bytes);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { ok: true, text };
  } catch {
    // Not UTF-8: French Latin-1 / Windows-1252 exports are the usual culprit.
    return { ok: true, text: new TextDecoder('windows-1252').decode(bytes), notice: 'not valid UTF-8; decoded as Windows-1252' };
  }
}
