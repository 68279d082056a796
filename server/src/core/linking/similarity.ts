/**
 * Name similarity for linking: accent- and case-insensitive equality, transliteration variants
 * (`Sergueï`/`Serguei`/`Sergei`), and small typos (`Alousséni`/`Alousséini`) by a bounded edit
 * distance that gives up as soon as the bound is exceeded (linear in the word length).
 */

const translitCache = new Map<string, string>();

/** A phonetic-ish skeleton of a folded word: transliteration variants collapse to one form (memoised: names repeat). */
export function translit(w: string): string {
  let t = translitCache.get(w);
  if (t === undefined) {
    if (translitCache.size >= 200_000) translitCache.clear();
    t = translitUncached(w);
    translitCache.set(w, t);
  }
  return t;
}

function translitUncached(w: string): string {
  return w
    .replace(/gue/g, 'ge')
    .replace(/gui/g, 'gi')
    .replace(/ou/g, 'u')
    .replace(/y/g, 'i')
    .replace(/ei/g, 'e')
    .replace(/ie/g, 'i')
    .replace(/kh/g, 'k')
    .replace(/tch/g, 'ch')
    .replace(/ph/g, 'f')
    .replace(/(.)\1+/g, '$1')
    .replace(/e$/, '');
}

/** Levenshtein distance if it is at most `max`, else `max + 1`. Words longer than 40 letters are not compared (names are short). */
export function boundedEdit(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max || a.length > 40 || b.length > 40) return a === b ? 0 : max + 1;
  if (a === b) return 0;
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1;
      const v = Math.min(prev[j - 1] + cost, cur[j - 1] + 1, prev[j] + 1);
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    prev = cur;
  }
  return Math.min(prev[b.length], max + 1);
}

/** Two folded words name the same: equal, same transliteration, or one small typo in a long word. */
export function sameWord(a: string, b: string): boolean {
  if (a === b) return true;
  if (translit(a) === translit(b)) return true;
  const n = Math.min(a.length, b.length);
  if (n >= 5 && boundedEdit(a, b, 1) <= 1) return true;
  if (n >= 9 && boundedEdit(a, b, 2) <= 2) return true;
  return false;
}

/** Casing quality of a spelling: mixed case beats all capitals, accents beat none. */
export function spellingScore(text: string): number {
  const letters = text.replace(/[^\p{L}]/gu, '');
  const upper = letters.length >= 2 && letters === letters.toUpperCase();
  const accents = (text.normalize('NFD').match(/[\u0300-\u036f]/g) ?? []).length;
  // `Vladimir Poutine` over `Vladimir POUTINE`: a surname in capitals is the press's emphasis, not its spelling.
  const shouted = text.split(/[\s-]+/).filter((w) => w.length >= 3 && /\p{Lu}/u.test(w) && w === w.toUpperCase()).length;
  return (upper ? 0 : 10 - Math.min(shouted, 5)) + Math.min(accents, 3);
}

/**
 * The name an entity goes by among its spellings: the fullest, then the best-cased (`Amadou Traoré`
 * over `AMADOU TRAORE`), then the most used. A total order: the answer does not depend on the order
 * the spellings come in.
 */
export function canonicalSpelling(variants: readonly { text: string; count: number }[]): string {
  const words = (t: string) => t.split(/\s+/).length;
  let best = variants[0];
  for (const v of variants) {
    const d = words(v.text) - words(best.text) || spellingScore(v.text) - spellingScore(best.text) || v.count - best.count || (v.text < best.text ? 1 : -1);
    if (d > 0) best = v;
  }
  return best?.text ?? '';
}
