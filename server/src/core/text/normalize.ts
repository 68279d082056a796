/** Text helpers shared by every layer: accent folding, slugs, line ranges. */

const FOLD_SPECIAL = /[\u0300-\u036f’ʼ´`œŒæÆ]/g;
const FOLD_MAP: Record<string, string> = { '’': "'", 'ʼ': "'", '´': "'", '`': "'", œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE' };

/**
 * A copy of `s` that does not point into a larger string. V8 makes a slice of 13 units or more a
 * view of its parent: kept in a long-lived cache or table, it would keep a whole old article
 * alive. Concatenation then slicing copies the units.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/** `Goïta` → `Goita`, `É` → `E`; keeps length-independent semantics (returns a new string). */
export function foldAccents(s: string): string {
  // Plain ASCII (no backquote) folds to itself: skip the normalisation.
  let ascii = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 128 || c === 96) {
      ascii = false;
      break;
    }
  }
  if (ascii) return s;
  // One pass for what used to be six replacements (none of them produces what another matches).
  return s.normalize('NFD').replace(FOLD_SPECIAL, (ch) => FOLD_MAP[ch] ?? '');
}

/** A comparison key: accents folded, lower case, runs of non-letters collapsed to one space. */
export function comparisonKey(s: string): string {
  return foldAccents(s)
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const NAME_KEYS_MAX = 8192;
const nameKeys = new Map<string, string>();

/**
 * `comparisonKey` of a name as written, remembered: a corpus writes its few thousand names over
 * and over (recognition keys every mention, the spelling check every one again), and the folding
 * (normalisation, regular expressions) costs much more than a look-up. Bounded (emptied when
 * full); names and keys are kept as copies, since a mention's text is a slice of its article.
 */
export function nameComparisonKey(name: string): string {
  let key = nameKeys.get(name);
  if (key === undefined) {
    if (nameKeys.size >= NAME_KEYS_MAX) nameKeys.clear();
    key = detached(comparisonKey(name));
    nameKeys.set(detached(name), key);
  }
  return key;
}

/** `Assimi Goïta` → `assimi-goita`. */
export function slug(s: string): string {
  return comparisonKey(s).replace(/ /g, '-') || 'x';
}

export interface LineRange {
  /** 0-based line number. */
  line: number;
  start: number;
  /** End of the line's text, newline (and a CR before it) excluded. */
  end: number;
}

/** Every line of `text` with its offsets; CRLF and LF both end a line. */
export function lineRanges(text: string): LineRange[] {
  const out: LineRange[] = [];
  let start = 0;
  let line = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    const stop = nl === -1 ? text.length : nl;
    const end = stop > start && text.charCodeAt(stop - 1) === 13 ? stop - 1 : stop;
    out.push({ line, start, end });
    if (nl === -1) break;
    start = nl + 1;
    line++;
  }
  return out;
}
