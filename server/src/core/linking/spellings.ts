/**
 * Comparing the spellings of names, for the linker: the words of a name the structural indexes
 * keep (first and last, transliterated, the surname parts), whether two full names name the same
 * person (accent-, case-, typo- and transliteration-tolerant), a spelling's surname keys, which
 * spelling of a form is its name, and the code-unit order of strings. Which forms are one entity
 * is the linker's (linker.ts); the word-level comparisons are similarity.ts's.
 */
import { lexicon } from '../entities/lexicon';
import { wordClasses } from '../gazetteer/frenchLexicon';
import { comparisonKey } from '../text/normalize';
import { spellingNames, type Form, type Indexed, type Spelling, type Spellings } from './forms';
import { boundedEdit, translit } from './similarity';

const NO_STRINGS: string[] = [];
const wordCount = (s: string) => s.split(' ').length;

/** The order of `Array.prototype.sort()` on strings (UTF-16 code units), cheaper than the default comparison. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** The surname keys of a spelling (`amadou toumani toure` → `tumani`, `ture`), computed once per spelling. */
export function surnameKeys(sp: Spelling): string[] {
  return (sp.surnames ??= sp.name
    .split(' ')
    .slice(1)
    .filter((p) => p.length > 1)
    .map(translit));
}

/** A form's name: its fullest spelling, then the smallest. */
export function fullestName(s: Spellings): string {
  let best: string | undefined;
  for (const n of spellingNames(s)) {
    if (best === undefined) best = n;
    else {
      const d = wordCount(n) - wordCount(best);
      if (d > 0 || (d === 0 && n < best)) best = n;
    }
  }
  return best ?? '';
}

/** What the structural indexes keep of a form (undefined once no file mentions it). */
export function indexedOf(f: Form): Indexed | undefined {
  if (f.count <= 0) return undefined;
  const lex = lexicon();
  const name = f.gazId && f.type === 'PERSON' ? comparisonKey(lex.canonicalById.get(f.gazId) ?? f.name) : f.name;
  const words = name.split(' ').filter(Boolean);
  const joined = words.join(' ');
  const person = f.type === 'PERSON';
  const full = person && words.length >= 2;
  const single = person && words.length < 2;
  const venue = f.venueCount > 0;
  const firstKeyWord = f.key.split(' ', 1)[0];
  const lead = f.type === 'INSTITUTION' && !f.gazId && firstKeyWord.length >= 4 && wordClasses(firstKeyWord) === 0 && !lex.firstNames.has(firstKeyWord);
  const sw0 = !person ? f.name.split(' ') : undefined;
  const sw = sw0 && sw0.length === 1 && sw0[0] ? sw0[0] : undefined;
  let parts = NO_STRINGS;
  if (full) {
    parts = [];
    for (let i = 1; i < words.length; i++) {
      const t = translit(words[i]);
      if (words[i].length >= 2 && !parts.includes(t)) parts.push(t);
    }
  } else if (single) parts = [translit(words[0] ?? '')];
  const first = person ? (words[0] ?? '') : '';
  const last = person ? (words[words.length - 1] ?? '') : '';
  return {
    // The name itself when nothing was dropped, rather than a copy of it.
    words: joined === name ? name : joined,
    n: words.length,
    first,
    last,
    tFirst: translit(first),
    tLast: translit(last),
    full,
    single,
    venue,
    lead,
    sw,
    parts,
  };
}

/** Two index entries that put a form in the same places. */
export function sameIndexed(a: Indexed | undefined, b: Indexed | undefined): boolean {
  if (!a || !b) return a === b;
  return a.full === b.full && a.single === b.single && a.venue === b.venue && a.lead === b.lead && a.sw === b.sw && a.words === b.words;
}

/** Two indexed full person names agree on first and last word (and on their gazetteer ids, if both have one). */
export function samePerson(a: Form, b: Form): boolean {
  if (a.gazId && b.gazId && a.gazId !== b.gazId) return false;
  const x = a.ix!;
  const y = b.ix!;
  return sameWordT(x.first, x.tFirst, y.first, y.tFirst) && sameWordT(x.last, x.tLast, y.last, y.tLast);
}

/** `sameWord` with both transliterations already known. */
export function sameWordT(a: string, ta: string, b: string, tb: string): boolean {
  if (a === b) return true;
  if (ta === tb) return true;
  const n = Math.min(a.length, b.length);
  if (n >= 5 && boundedEdit(a, b, 1) <= 1) return true;
  if (n >= 9 && boundedEdit(a, b, 2) <= 2) return true;
  return false;
}
