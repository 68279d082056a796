/**
 * The French date grammar. It walks the token list once, left to right; at each token that may
 * start a date (the tokenizer lists them: numbers and date words) it tries the patterns that can
 * start there and keeps the first that matches, then jumps past it, so mentions come out sorted
 * and never overlap. Every pattern looks a bounded number of tokens ahead (no pattern loops over
 * the input), which keeps the recogniser linear in the text.
 *
 * A mention starts at the weekday, the number or the date word itself: leading articles,
 * prepositions and demonstratives (`le`, `en`, `depuis ce`) are never part of a match, they are
 * only read as context, and so are `mois de` and a qualifier joined by `de` (`mois de juin`, `fin de 2027`: the
 * press's annotators leave them out). Words that belong to the date are kept: `début octobre`, `année 2001`,
 * `6 mai dernier`.
 *
 * The grammar is read in layers, each in its own file: `fieldReader.ts` (token predicates and the
 * date fields), `calendarPatterns.ts` (dates that write a day, a month or a year),
 * `periodPatterns.ts` (periods, seasons, qualifiers, quarters, centuries), and here the dispatch
 * on a candidate's first token.
 */
import { MONTHS, ORDINALS, PERIOD_UNITS, QUALIFIERS, SEASONS, WEEKDAYS } from './lexicon';
import type { RawDate } from './model';
import { PeriodPatterns, ROMAN_CENTURY } from './periodPatterns';
import { FoldedWordSet, type CandidateWords, type TokenList } from './tokens';

/**
 * Words that can start a date (folded), besides numbers and Roman centuries: what `at` dispatches on.
 */
const START_WORDS: ReadonlySet<string> = new Set([
  ...WEEKDAYS.keys(), ...MONTHS.keys(), ...QUALIFIERS, ...PERIOD_UNITS.keys(), ...SEASONS.keys(), ...ORDINALS.keys(),
  'hier', 'demain', 'aujourd', 'avant', 'apres', 'premier', 'ler', 'ier', 'annees', 'week', 'nouvelle', 'veille', 'lendemain',
]);
/**
 * What `tokenize` lists for the grammar to try: numbers, start words, and any word right before
 * `siècle` (a Roman century is only ever read there).
 */
export const DATE_CANDIDATES: CandidateWords = {
  starts: new FoldedWordSet(START_WORDS),
  before: new FoldedWordSet(['siecle']),
};

/** Walks the candidate tokens in order, skipping those inside the mention just found. */
export function parseDates(tokens: TokenList): RawDate[] {
  const g = new Grammar(tokens);
  const out: RawDate[] = [];
  let next = 0; // the first token not yet covered by a mention
  for (let c = 0; c < tokens.candidateCount; c++) {
    const i = tokens.candidate(c);
    if (i < next || !g.mayStart(i)) continue;
    const r = g.at(i, out.length ? out[out.length - 1] : undefined);
    if (r && r.e > r.s && r.s >= i) {
      out.push(r);
      next = r.e;
    }
  }
  return out;
}

/** Which patterns to try at a candidate token, chosen by its kind and its folded word. */
class Grammar extends PeriodPatterns {
  /** The exact first-token test, on the folded form (`tokenize` has already filtered on hashes). */
  mayStart(i: number): boolean {
    const tk = this.tok(i)!;
    if (tk.kind === 'n') return true;
    const l = tk.lo;
    return START_WORDS.has(l) || (l.length <= 8 && ROMAN_CENTURY.test(l));
  }

  at(i: number, last: RawDate | undefined): RawDate | null {
    const tk = this.tok(i)!;
    if (tk.kind === 'n') return this.numeric(i) ?? this.dayLed(i) ?? this.quarter(i) ?? this.centuryNumber(i) ?? this.yearLed(i, last);
    const l = tk.lo;
    if (QUALIFIERS.has(l)) {
      const r = this.qualified(i);
      if (r) return r;
    }
    if (WEEKDAYS.has(l)) return this.weekdayLed(i);
    if (MONTHS.has(l)) return this.monthLed(i, false);
    if (ORDINALS.has(l)) {
      const r = this.quarter(i);
      if (r) return r;
    }
    if (l === 'premier' || l === 'ler' || l === 'ier') return this.dayLed(i);
    if (l === 'veille' || l === 'lendemain') return this.eve(i);
    if (l === 'hier' || l === 'demain' || l === 'aujourd' || l === 'avant' || l === 'apres') return this.relativeDay(i);
    if (l === 'mois') return this.moisLed(i);
    if (PERIOD_UNITS.has(l) || l === 'annees' || l === 'week' || l === 'nouvelle') return this.period(i, false);
    if (SEASONS.has(l)) return this.season(i, false);
    return this.centuryRoman(i);
  }
}
