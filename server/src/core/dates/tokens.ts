/**
 * A flat tokenizer for the date grammar: runs of letters, runs of digits, and single other
 * characters. One sticky regular expression with no nested quantifiers walks the text once, so
 * tokenizing is linear in the input; the grammar then looks at most a fixed number of tokens
 * ahead of each position, which keeps the whole recogniser linear.
 */

export interface Token {
  kind: 'w' | 'n' | 'p';
  /** The source text of the token. */
  text: string;
  /** Folded form: lower case, accents stripped, `œ` → `oe`, every apostrophe → `'`. */
  lo: string;
  start: number;
  end: number;
  /** Whitespace stands between the previous token and this one. */
  space: boolean;
  /** That whitespace holds a line break. */
  newline: boolean;
}

// Letters (with combining marks), or digits, or one other non-space character.
const TOKEN_RE = /[\p{L}\p{M}]+|\d+|\S/gu;
const APOSTROPHES = /[’ʼ´`‘]/;

/** Lower-cases and strips accents; cheap for the short ASCII words that dominate news text. */
export function fold(s: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(s)) return s.toLowerCase();
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/œ/g, 'oe')
    .replace(/Œ/g, 'oe')
    .replace(/æ/g, 'ae')
    .replace(/Æ/g, 'ae')
    .toLowerCase();
}

export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const re = new RegExp(TOKEN_RE.source, TOKEN_RE.flags); // own lastIndex: safe if ever re-entered
  let prevEnd = 0;
  // Position of the next line break at or after prevEnd: one forward-moving pointer, so finding
  // "is there a newline in the gap" costs O(text) over the whole walk.
  let nextNl = text.indexOf('\n');
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const s = m[0];
    const start = m.index;
    const c = s.charCodeAt(0);
    let kind: Token['kind'];
    if (c >= 48 && c <= 57) kind = 'n';
    else if (s.length > 1) kind = 'w';
    else if (c < 128) kind = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 'w' : 'p';
    else kind = /\p{L}/u.test(s) ? 'w' : 'p';
    while (nextNl !== -1 && nextNl < prevEnd) nextNl = text.indexOf('\n', prevEnd);
    const newline = nextNl !== -1 && nextNl < start;
    out.push({
      kind,
      text: s,
      lo: kind === 'p' ? (c < 128 && c !== 96 ? s : APOSTROPHES.test(s) ? "'" : s) : kind === 'n' ? s : fold(s),
      start,
      end: start + s.length,
      space: start > prevEnd,
      newline,
    });
    prevEnd = start + s.length;
  }
  return out;
}

/** True when the token's first letter is upper case (`Mars` the planet vs `mars` the month). */
export function isCapitalized(t: Token): boolean {
  const c = t.text[0];
  return c !== c.toLowerCase();
}
