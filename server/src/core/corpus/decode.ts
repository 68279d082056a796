/**
 * Turning a file's bytes into the text the core analyses, the way VS Code turns them into the text
 * of an editor: offsets the server computes from its own reading must point at the characters the
 * user sees, for files the editor has not opened yet too. VS Code (`services/textfile/common/encoding.ts`
 * and the text file service, 1.100) decides in this order:
 *
 *  1. a BOM names the encoding (UTF-8, UTF-16LE, UTF-16BE), whatever the settings say;
 *  2. zero bytes in the first 512 bytes: at odd positions only, UTF-16LE; at even ones only,
 *     UTF-16BE; anywhere else, a binary file, which it does not open as text;
 *  3. with `files.autoGuessEncoding`, jschardet's guess on the first 64 KB, unless it says ASCII
 *     (or UTF-16/32, which step 2 handles);
 *  4. otherwise `files.encoding` (UTF-8 by default; an encoding it does not know is UTF-8).
 *
 * UTF-8 is decoded without failing: a stray invalid byte becomes U+FFFD and the rest of the file
 * stays as written. A file whose bytes are Latin-1 is Windows-1252 only where step 3 says so;
 * without it the editor shows it as UTF-8 with U+FFFD, and so does the index, with a notice.
 *
 * The guesser is passed in (the core does no I/O and ships no third-party detector): hosts give
 * the jschardet that VS Code uses, so that a guess is the editor's guess.
 */

export type Decoded =
  | { ok: true; text: string; notice?: string }
  | { ok: false; reason: string };

/** jschardet's answer for some bytes (`windows-1252`, `UTF-8`, `ascii`…), or null when it has none. */
export type EncodingGuesser = (bytes: Uint8Array) => string | null;

export interface DecodeOptions {
  /** Larger files are skipped with a reason. */
  maxBytes?: number;
  /** VS Code's `files.encoding` (`utf8`, `windows1252`, `iso88591`…); default `utf8`. */
  encoding?: string;
  /** VS Code's `files.autoGuessEncoding`; default false. */
  autoGuessEncoding?: boolean;
  /** Needed only when `autoGuessEncoding` is on; without it the configured encoding is used, with a notice. */
  guess?: EncodingGuesser;
}

/** What VS Code looks at for zero bytes, and what it hands jschardet at most. */
const ZERO_BYTE_WINDOW = 512;
export const GUESS_WINDOW = 64 * 1024;

/** jschardet answers VS Code ignores: ASCII would forbid typing accents; UTF-16/32 are step 2's. */
const IGNORED_GUESSES = new Set(['ascii', 'utf16', 'utf32']);

/**
 * VS Code's encoding ids (its `SUPPORTED_ENCODINGS`, and names jschardet's guesses normalise to)
 * → the WHATWG label Node's TextDecoder reads them with. Single-byte tables give one UTF-16 unit
 * per byte either way, so offsets match the editor even where a table differs in a control code.
 */
const DECODER_LABEL: Record<string, string> = {
  utf8: 'utf-8',
  utf8bom: 'utf-8',
  utf16le: 'utf-16le',
  utf16be: 'utf-16be',
  windows1252: 'windows-1252',
  iso88593: 'iso-8859-3',
  iso885915: 'iso-8859-15',
  macroman: 'macintosh',
  windows1256: 'windows-1256',
  iso88596: 'iso-8859-6',
  windows1257: 'windows-1257',
  iso88594: 'iso-8859-4',
  iso885914: 'iso-8859-14',
  windows1250: 'windows-1250',
  iso88592: 'iso-8859-2',
  windows1251: 'windows-1251',
  cp866: 'ibm866',
  iso88595: 'iso-8859-5',
  koi8r: 'koi8-r',
  koi8u: 'koi8-u',
  koi8ru: 'koi8-u',
  iso885913: 'iso-8859-13',
  windows1253: 'windows-1253',
  iso88597: 'iso-8859-7',
  windows1255: 'windows-1255',
  iso88598: 'iso-8859-8',
  iso885910: 'iso-8859-10',
  windows1254: 'windows-1254',
  iso88599: 'iso-8859-9',
  windows1258: 'windows-1258',
  gbk: 'gbk',
  gb2312: 'gbk',
  gb18030: 'gb18030',
  cp950: 'big5',
  big5: 'big5',
  big5hkscs: 'big5',
  shiftjis: 'shift_jis',
  eucjp: 'euc-jp',
  euckr: 'euc-kr',
  windows874: 'windows-874',
  tis620: 'windows-874',
  maccyrillic: 'x-mac-cyrillic',
};

/** Encodings VS Code reads (iconv-lite has them) that Node's TextDecoder does not. */
const EDITOR_ONLY = new Set(['cp437', 'cp850', 'cp852', 'cp865', 'cp1125', 'iso885911', 'iso885916', 'koi8t', 'ibm855', 'cp855']);

/** VS Code's ids for the names jschardet gives (`ISO-8859-2` → `iso88592`, `Big5` → `cp950`). */
function normalizeEncoding(name: string): string {
  const n = name.replace(/[^a-zA-Z0-9]/g, '').toLowerCase();
  return n === 'ibm866' ? 'cp866' : n === 'big5' ? 'cp950' : n;
}

/** Windows-1252's 0x80–0x9F as the editor (iconv-lite) reads them, U+FFFD where the code page has no character. */
const CP1252_HIGH = '€\uFFFD‚ƒ„…†‡ˆ‰Š‹Œ\uFFFDŽ\uFFFD\uFFFD‘’“”•–—˜™š›œ\uFFFDžŸ';

function latin1(b: Uint8Array): string {
  return Buffer.from(b.buffer, b.byteOffset, b.byteLength).toString('latin1');
}

/** How to decode one encoding id, or undefined when this decoder cannot. */
function decoderFor(id: string): ((bytes: Uint8Array) => string) | undefined {
  // WHATWG reads "ISO-8859-1" as Windows-1252; the editor (iconv-lite) reads it as itself.
  if (id === 'iso88591') return latin1;
  // Node 20's TextDecoder reads 'windows-1252' as Latin-1 (0x80 is U+0080, not €): the table here.
  if (id === 'windows1252') return (b) => latin1(b).replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
  const label = DECODER_LABEL[id];
  if (!label) return undefined;
  try {
    const decoder = new TextDecoder(label);
    return (b) => decoder.decode(b);
  } catch {
    return undefined; // a Node built without full ICU
  }
}

const NAMES: Record<string, string> = { utf8: 'UTF-8', utf16le: 'UTF-16LE', utf16be: 'UTF-16BE', windows1252: 'Windows-1252', iso88591: 'ISO-8859-1' };
const nameOf = (id: string) => NAMES[id] ?? id;

type Step2 = 'utf16le' | 'utf16be' | 'binary' | undefined;

/** Step 2: VS Code's zero-byte test on the first 512 bytes. */
function zeroBytes(bytes: Uint8Array): Step2 {
  let le = true;
  let be = true;
  let zero = false;
  for (let i = 0; i < bytes.length && i < ZERO_BYTE_WINDOW; i++) {
    const odd = i % 2 === 1;
    const isZero = bytes[i] === 0;
    if (isZero) zero = true;
    if (le && ((odd && !isZero) || (!odd && isZero))) le = false;
    if (be && ((odd && isZero) || (!odd && !isZero))) be = false;
    if (isZero && !le && !be) break;
  }
  if (!zero) return undefined;
  return le ? 'utf16le' : be ? 'utf16be' : 'binary';
}

function bom(bytes: Uint8Array): 'utf8' | 'utf16le' | 'utf16be' | undefined {
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf16be';
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf16le';
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf8';
  return undefined;
}

const utf8Strict = new TextDecoder('utf-8', { fatal: true });
const utf8Lenient = new TextDecoder('utf-8');

/** UTF-8 as the editor decodes it, and how many invalid sequences became U+FFFD (0: none). */
function decodeUtf8(bytes: Uint8Array): { text: string; replaced: number; firstBad: number } {
  try {
    return { text: utf8Strict.decode(bytes), replaced: 0, firstBad: -1 };
  } catch {
    const text = utf8Lenient.decode(bytes);
    // U+FFFD written in the file (EF BF BD) is not a replacement: count only the new ones.
    let written = 0;
    for (let i = bytes.indexOf(0xef); i >= 0 && i + 2 < bytes.length; i = bytes.indexOf(0xef, i + 1)) if (bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) written++;
    let all = 0;
    for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) all++;
    return { text, replaced: all - written, firstBad: firstInvalidByte(bytes) };
  }
}

/** The offset of the first byte that does not start or continue a valid UTF-8 sequence (WHATWG's ranges). */
function firstInvalidByte(b: Uint8Array): number {
  for (let i = 0; i < b.length; ) {
    const c = b[i];
    const more = c < 0x80 ? 0 : c >= 0xc2 && c <= 0xdf ? 1 : c >= 0xe0 && c <= 0xef ? 2 : c >= 0xf0 && c <= 0xf4 ? 3 : -1;
    if (more < 0) return i;
    const lower = c === 0xe0 ? 0xa0 : c === 0xf0 ? 0x90 : 0x80;
    const upper = c === 0xed ? 0x9f : c === 0xf4 ? 0x8f : 0xbf;
    for (let k = 1; k <= more; k++) {
      const x = b[i + k];
      if (x === undefined || x < (k === 1 ? lower : 0x80) || x > (k === 1 ? upper : 0xbf)) return i;
    }
    i += more + 1;
  }
  return -1;
}

const strip = (text: string) => (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text);

export function decodeArticle(bytes: Uint8Array, options: DecodeOptions | number = {}): Decoded {
  const opts: DecodeOptions = typeof options === 'number' ? { maxBytes: options } : options;
  const maxBytes = opts.maxBytes ?? Infinity;
  if (bytes.length > maxBytes) {
    const mb = (n: number) => (n / 1048576).toFixed(1);
    return { ok: false, reason: `file too large (${mb(bytes.length)} MB > ${mb(maxBytes)} MB limit)` };
  }

  let id: string | undefined;
  let why = '';
  const byBom = bom(bytes);
  if (byBom) {
    id = byBom;
    why = 'BOM';
  }
  if (byBom !== 'utf16le' && byBom !== 'utf16be') {
    const z = zeroBytes(bytes);
    if (z === 'binary') return { ok: false, reason: 'binary file' };
    if (z) {
      id = z;
      why = 'no BOM, zero bytes in the first 512 as UTF-16 has them';
    }
  }
  const notices: string[] = [];
  if (!id && opts.autoGuessEncoding) {
    if (!opts.guess) {
      notices.push('files.autoGuessEncoding is on but no guesser is available; used files.encoding');
    } else {
      const guessed = opts.guess(bytes.subarray(0, GUESS_WINDOW));
      const n = guessed ? normalizeEncoding(guessed) : '';
      if (n && !IGNORED_GUESSES.has(n)) {
        id = n;
        why = 'guessed, files.autoGuessEncoding';
      }
    }
  }
  if (!id) {
    const configured = normalizeEncoding(opts.encoding ?? 'utf8');
    id = configured === 'utf8bom' ? 'utf8' : configured;
    why = 'files.encoding';
  }

  let decode = decoderFor(id);
  if (!decode) {
    // VS Code opens an encoding it does not know as UTF-8 too; one only it knows we cannot match.
    notices.push(
      EDITOR_ONLY.has(id)
        ? `encoding '${id}' (${why}) cannot be decoded here; decoded as UTF-8, so positions may differ from the editor's`
        : `unknown encoding '${id}' (${why}); decoded as UTF-8, as the editor does`,
    );
    id = 'utf8';
    decode = decoderFor(id)!;
  }

  let text: string;
  if (id === 'utf8') {
    const u = decodeUtf8(bytes);
    text = u.text;
    if (u.replaced > 0) notices.push(`not valid UTF-8: ${u.replaced} invalid byte sequence${u.replaced > 1 ? 's' : ''} (the first at byte ${u.firstBad}) read as U+FFFD, as the editor shows ${u.replaced > 1 ? 'them' : 'it'}`);
  } else {
    text = decode(bytes);
    notices.push(`decoded as ${nameOf(id)} (${why})`);
  }
  text = strip(text);
  // VS Code would open a zero byte past the first 512 as text; the index never analyses one (see workspaceIndex).
  if (text.includes('\u0000')) return { ok: false, reason: 'binary file' };
  return notices.length ? { ok: true, text, notice: notices.join('; ') } : { ok: true, text };
}
