/** Text helpers shared by every layer: the one accent fold, comparison keys, slugs. */

const FOLD_SPECIAL = /[\u0300-\u036f’ʼ´`‘œŒæÆ]/g;
const FOLD_MAP: Record<string, string> = { '’': "'", 'ʼ': "'", '´': "'", '`': "'", '‘': "'", œ: 'oe', Œ: 'OE', æ: 'ae', Æ: 'AE' };

/**
 * A copy of `s` that does not point into a larger string. V8 makes a slice of 13 units or more a
 * view of its parent: kept in a long-lived cache or table, it would keep a whole old article
 * alive. Concatenation then slicing copies the units.
 */
export function detached(s: string): string {
  return s.length < 13 ? s : (' ' + s).slice(1);
}

/**
 * The one accent fold, case kept: `Goïta` → `Goita`, `É` → `E`, `œ` → `oe`, `Æ` → `AE`, and every
 * apostrophe (`’`, `‘`, `ʼ`, `´`, `` ` ``) → `'`. Every layer that compares words folds through it
 * (or `foldLower`, or a per-character cache of it), so two layers never disagree on what matches.
 */
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

/** `foldAccents`, then lower case. */
export function foldLower(s: string): string {
  return foldAccents(s).toLowerCase();
}

/**
 * `foldLower` one UTF-16 unit at a time, each unit kept where it folds to more than one letter
 * (`œ`): the folded text has the same length, so an offset found in it is an offset in `s`.
 */
export function foldLowerSameLength(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const f = foldLower(s[i]);
    out += f.length === 1 ? f : s[i].toLowerCase().length === 1 ? s[i].toLowerCase() : s[i];
  }
  return out;
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
