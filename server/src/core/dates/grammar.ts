/**
 * The French date grammar. It walks the token list once, left to right; at each token that may
 * start a date (the tokenizer lists them: numbers and date words) it tries the patterns that can
 * start there and keeps the first that matches, then jumps past it, so mentions come out sorted
 * and never overlap. Every pattern looks a bounded number of tokens ahead (no pattern loops over
 * the input), which keeps the recogniser linear in the text.
 *
 * A mention starts at the weekday, the number or the date word itself: leading articles,
 * prepositions and demonstratives (`le`, `en`, `depuis ce`) are never part of a match, they are
 * only read as context. Words that belong to the date are kept: `début octobre`, `mois de juin`,
 * `année 2001`, `6 mai dernier`.
 */
import { daysInMonth } from './calendar';
import {
  DECADE_WORDS, FUNCTION_WORDS_S, MONTHS, MONTH_ABBREVIATIONS, NEXT_MODIFIERS, ORDINALS, PAST_MODIFIERS, PERIOD_UNITS,
  QUALIFIERS, SEASONS, TIME_OF_DAY, UNITS, WEEKDAYS, YEAR_TRIGGERS_STRONG, YEAR_TRIGGERS_WEAK, romanToInt,
} from './lexicon';
import type { Parts, RawDate } from './model';
import { FoldedWordSet, isCapitalized, type CandidateWords, type Token, type TokenList } from './tokens';

const DASHES = new Set(['-', '–', '—']);
const DEMONSTRATIVES = new Set(['ce', 'cet', 'cette']);
/** Prepositions after which a capitalised bare month is safely a month (`en Mars`, `depuis Mai`). */
const MONTH_CONTEXT = new Set(['en', 'de', 'd', 'depuis', 'des', 'jusqu', 'mois', 'courant', 'fin', 'debut', 'mi', 'avant', 'apres']);
/** Words that put a quantity before `de`: `plus de 1500` is a count, not a year. */
const QUANTITY_BEFORE_DE = new Set(['plus', 'moins', 'pres', 'environ', 'millier', 'milliers', 'centaine', 'centaines', 'quelque']);
const SENTENCE_END = new Set(['.', '!', '?', ':', '»', '"']);

const ROMAN_CENTURY = /^([ivxlc]+)(?:e|er|eme|ieme)$/;
const CENTURY_SUFFIX = /^(?:e|er|eme|ieme)$/;

interface DayAt { d: number; next: number }
interface MonthAt { m: number; next: number }
interface YearAt { y: number; next: number }

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

/**
 * Moves the start of a pattern's fresh result back to `s` (a weekday, `mois de`, a qualifier
 * before it). Updated in place rather than copied: spreading results of a dozen shapes into new
 * literals gave objects that every later step read slowly (a third of the recogniser's time).
 */
function extendTo(s: number, r: RawDate, weekday?: RawDate['weekday']): RawDate {
  r.s = s;
  if (weekday) r.weekday = weekday;
  return r;
}

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

class Grammar {
  constructor(private readonly t: TokenList) {}

  private tok(j: number): Token | undefined {
    return this.t.get(j);
  }

  // ---- small token predicates ----------------------------------------------------------------

  private lo(j: number): string {
    const tk = this.tok(j);
    return tk ? tk.lo : '';
  }

  // `kind`, `glued` and `isYearNumber`'s length test read the tokenizer's flags: most probes
  // fail on them, before any token is built.

  private kind(j: number): Token['kind'] | undefined {
    return this.t.kind(j);
  }

  private isP(j: number, ch: string): boolean {
    return this.kind(j) === 'p' && this.lo(j) === ch;
  }

  /** No whitespace between token j-1 and token j. */
  private glued(j: number): boolean {
    return this.t.glued(j);
  }

  private isYearNumber(j: number): boolean {
    if (this.kind(j) !== 'n' || this.t.size(j) !== 4) return false;
    const y = +this.tok(j)!.text;
    return y >= 1000 && y <= 2100;
  }

  /**
   * The number at j is glued to more digits after it (`10.000`, `12/2000`, `2000e`, `9h05`, `50%`):
   * part of a bigger number, an ordinal, a time or a measure, not a date field. A `/` between two
   * plausible years (`saison 2002/2003`) and, when allowed, a dash (`1914-1918`) are let through.
   */
  private gluedAfter(j: number, allowDash = false): boolean {
    if (!this.glued(j + 1)) return false;
    const nk = this.kind(j + 1);
    if (nk === 'w' || nk === 'n') return true;
    const nx = this.tok(j + 1)!;
    if (nx.lo === '%' || nx.lo === '°') return true;
    const digitAfter = this.kind(j + 2) === 'n' && this.glued(j + 2);
    if (!digitAfter) return false;
    if (DASHES.has(nx.lo)) return !allowDash;
    if (nx.lo === '/') return !(this.isYearNumber(j) && this.isYearNumber(j + 2));
    return nx.lo === '.' || nx.lo === ',' || nx.lo === ':';
  }

  /** The number at j is glued to digits before it (`10.000`, `3/2000`), or to `n°`, `#`. */
  private gluedBefore(j: number): boolean {
    if (!this.glued(j) || j === 0) return false;
    const pk = this.kind(j - 1);
    if (pk === 'w' || pk === 'n') return true;
    const pv = this.tok(j - 1)!;
    if (pv.lo === '°' || pv.lo === '#' || pv.lo === '+') return true;
    if (this.kind(j - 2) !== 'n' || pv.space) return false;
    if (pv.lo === '/') return !(this.isYearNumber(j) && this.isYearNumber(j - 2));
    return pv.lo === '.' || pv.lo === ',' || pv.lo === ':' || DASHES.has(pv.lo);
  }

  private sentenceStart(i: number): boolean {
    return i === 0 || this.tok(i)!.newline || SENTENCE_END.has(this.lo(i - 1));
  }

  /** `soir`, `matin`, `après-midi`, `à 10 h` right after j-1: the phrase names a time of day. */
  private timeOfDayAt(j: number): boolean {
    const l = this.lo(j);
    if (l === 'apres') return this.isP(j + 1, '-') && this.lo(j + 2) === 'midi';
    if (TIME_OF_DAY.has(l)) return true;
    if (l === 'a' && this.kind(j + 1) === 'n') {
      const h = this.lo(j + 2);
      return h === 'h' || h === 'heures' || h === 'heure' || (h === ':' && this.glued(j + 2));
    }
    return false;
  }

  /**
   * What follows position j is what was counted: a unit, currency or plural noun, maybe after a
   * second figure (`2000 ou 3000 dollars`, `1500 à 2000 personnes`). Such a number is not a year.
   */
  private quantityAfter(j: number): boolean {
    let k = j;
    for (let n = 0; n < 3; n++) {
      const l = this.lo(k);
      // Only a figure of the same size is an alternative amount (`2000 ou 3000 dollars`, `5000
      // ou 10.000`); `en 1949 et 300 millions en 1950` counts something else after the year.
      if ((l === ',' || l === 'ou' || l === 'et' || l === 'a' || DASHES.has(l)) && this.kind(k + 1) === 'n' &&
          (this.t.size(k + 1) >= 4 || ((this.isP(k + 2, '.') || this.isP(k + 2, ',')) && this.glued(k + 2) && this.kind(k + 3) === 'n' && this.glued(k + 3)))) {
        k += 2;
        // a figure written in groups: `10.000`, `1 500`
        while ((this.isP(k, '.') || this.isP(k, ',')) && this.glued(k) && this.kind(k + 1) === 'n' && this.glued(k + 1)) k += 2;
      } else break;
    }
    const tk = this.tok(k);
    if (!tk) return false;
    if (tk.kind === 'p') return tk.lo === '%' || tk.lo === '€' || tk.lo === '$' || tk.lo === '£' || tk.lo === '°';
    if (tk.kind !== 'w') return false;
    if (UNITS.has(tk.lo)) return true;
    if (isCapitalized(tk)) return false;
    const last = tk.lo.charCodeAt(tk.lo.length - 1);
    return tk.lo.length > 2 && (last === 115 /* s */ || last === 120 /* x */) && !FUNCTION_WORDS_S.has(tk.lo);
  }

  // ---- date fields ---------------------------------------------------------------------------

  /** A day of the month: `15`, `07`, `1er`, `1 er`, `premier`, OCR `ler`. */
  private day(j: number): DayAt | null {
    const tk = this.tok(j);
    if (!tk) return null;
    if (tk.kind === 'n') {
      if (tk.text.length > 2 || this.gluedBefore(j)) return null;
      const d = +tk.text;
      if (d < 1 || d > 31) return null;
      const nx = this.tok(j + 1);
      if (nx && nx.kind === 'w' && (nx.lo === 'er' || nx.lo === 're') && d === 1) return { d, next: j + 2 };
      if (nx && !nx.space && (nx.kind === 'w' || nx.lo === '%' || nx.lo === '°')) return null; // 9h05, 65è, 2e
      if (nx && !nx.space && (nx.lo === '.' || nx.lo === ',' || nx.lo === ':' || nx.lo === '/') && this.kind(j + 2) === 'n' && this.glued(j + 2)) return null;
      return { d, next: j + 1 };
    }
    if (tk.kind === 'w' && (tk.lo === 'premier' || tk.text === 'ler' || tk.text === 'Ier' || tk.text === '1er')) return { d: 1, next: j + 1 };
    return null;
  }

  /** A month name after a day; abbreviations only with their dot or before a year (`3 janv. 1809`). */
  private month(j: number, afterDay: boolean): MonthAt | null {
    if (this.kind(j) !== 'w') return null;
    const tk = this.tok(j)!;
    const m = MONTHS.get(tk.lo);
    if (m) return { m, next: j + 1 };
    if (afterDay) {
      const a = MONTH_ABBREVIATIONS.get(tk.lo);
      if (a) {
        if (this.isP(j + 1, '.') && this.glued(j + 1)) return { m: a, next: j + 2 };
        if (this.isYearNumber(j + 1)) return { m: a, next: j + 1 };
      }
    }
    return null;
  }

  /**
   * A year written after a month or a day: four digits 1000–2100, or two digits closing the
   * phrase (`octobre 98.`, `10 novembre 93,`, `’98`). Two-digit years pivot at 30: `26` → 2026,
   * `98` → 1998. A year followed by what it counts (`2000 personnes`) is refused.
   */
  private year(j: number, allowShort: boolean): YearAt | null {
    if (this.kind(j) === undefined) return null;
    if (this.isYearNumber(j)) {
      if (this.gluedAfter(j) || this.quantityAfter(j + 1)) return null;
      return { y: +this.tok(j)!.text, next: j + 1 };
    }
    if (!allowShort) return null;
    let k = j;
    if (this.isP(k, "'") && this.kind(k + 1) === 'n' && this.glued(k + 1)) k++;
    if (this.kind(k) !== 'n' || this.t.size(k) !== 2 || this.gluedAfter(k)) return null;
    const n = this.tok(k)!;
    const after = this.tok(k + 1);
    const closes = !after || after.newline || (after.kind === 'p' && after.lo !== '%' && after.lo !== '/' && after.lo !== '°');
    if (!closes) return null;
    const yy = +n.text;
    return { y: yy <= 30 ? 2000 + yy : 1900 + yy, next: k + 1 };
  }

  /** `dernier` / `prochain` after a date: kept in the span, tells which way its year lies. */
  private modifier(j: number): { dir: -1 | 1; next: number } | null {
    const l = this.lo(j);
    if (PAST_MODIFIERS.has(l)) return { dir: -1, next: j + 1 };
    if (NEXT_MODIFIERS.has(l)) return { dir: 1, next: j + 1 };
    return null;
  }

  // ---- dispatch ------------------------------------------------------------------------------

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

  // ---- patterns ------------------------------------------------------------------------------

  /** `12/02/2026`, `12.02.2026`, `2026-02-12`: all parts glued, nothing glued on either side. */
  private numeric(i: number): RawDate | null {
    if (!this.glued(i + 1)) return null; // the common case, told without building a token
    const s1 = this.tok(i + 1);
    const s2 = this.tok(i + 3);
    if (!s1 || !s2 || s1.kind !== 'p' || s2.lo !== s1.lo || !(s1.lo === '/' || s1.lo === '.' || s1.lo === '-')) return null;
    for (let k = i + 1; k <= i + 4; k++) if (!this.glued(k)) return null;
    const [n1, n2, n3] = [this.tok(i)!, this.tok(i + 2)!, this.tok(i + 4)!];
    if (n2.kind !== 'n' || n3.kind !== 'n') return null;
    if (this.gluedBefore(i)) return null;
    const nx = this.tok(i + 5);
    if (nx && !nx.space && (nx.kind !== 'p' || ((nx.lo === s1.lo || nx.lo === '.' || nx.lo === ',') && this.kind(i + 6) === 'n' && this.glued(i + 6)))) return null;
    const [a, b, c] = [n1.text, n2.text, n3.text];
    let y: number, m: number, d: number;
    if (a.length <= 2 && b.length <= 2 && (c.length === 4 || (c.length === 2 && s1.lo === '/'))) {
      d = +a; m = +b; y = c.length === 4 ? +c : +c <= 30 ? 2000 + +c : 1900 + +c;
    } else if (a.length === 4 && b.length <= 2 && c.length <= 2 && s1.lo === '-') {
      y = +a; m = +b; d = +c;
    } else return null;
    if (y < 1000 || y > 2100 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
    return { s: i, e: i + 5, from: { y, m, d } };
  }

  /**
   * Day-led dates: `15 août 2023`, `1er décembre`, `27 et 28 juillet 2023`, `9 au 10 octobre 2025`,
   * `28 juillet au 2 août 2023`, `6 mai dernier`. Two days joined by `et` make one range only
   * when they follow each other (`27 et 28`); otherwise they are two dates (`les 6 et 13 avril`:
   * two polling days), and the first, which writes only a day number, gets a null value.
   */
  private dayLed(i: number): RawDate | null {
    const d1 = this.day(i);
    if (!d1) return null;
    const days: { d: number; e: number }[] = [{ d: d1.d, e: d1.next }];
    let j = d1.next;
    let range = false;
    for (let n = 0; n < 4; n++) {
      const l = this.lo(j);
      const isRange = l === 'au' || l === 'a' || DASHES.has(l);
      const isList = l === 'et' || l === ',';
      if (!isRange && !isList) break;
      if (isRange && days.length > 1) break;
      let q = j + 1;
      if (WEEKDAYS.has(this.lo(q))) q++;
      const dn = this.day(q);
      if (!dn) break;
      if (isRange) range = true;
      days.push({ d: dn.d, e: dn.next });
      j = dn.next;
      if (range) break;
    }
    // A list of days (`les 27 et 28 juillet`, `les 6 et 13 avril`) is read only after a plural
    // article or a weekday: in `TSR 1, jeudi 17 avril` the `1` is a channel number, not a day.
    if (days.length > 1 && !range) {
      const p = this.lo(i - 1);
      if (!(p === 'les' || p === 'des' || p === 'aux' || p === 'ces' || WEEKDAYS.has(p))) return null;
    }
    const mo = this.month(j, true);
    if (!mo) return null;
    const m = mo.m;
    j = mo.next;
    let y: number | undefined;
    let to: Parts | undefined;

    const yr = this.year(j, true);
    if (yr) {
      y = yr.y;
      j = yr.next;
    } else if (days.length === 1) {
      // `28 juillet au 2 août 2023`: one range when the first end borrows its year from the second.
      const l = this.lo(j);
      if (l === 'au' || l === 'a' || DASHES.has(l)) {
        let q = j + 1;
        if (WEEKDAYS.has(this.lo(q))) q++;
        const d2 = this.day(q);
        const m2 = d2 && this.month(d2.next, true);
        const y2 = m2 && this.year(m2.next, true);
        if (d2 && m2 && y2) {
          to = { d: d2.d, m: m2.m, y: y2.y };
          y = m > m2.m ? y2.y - 1 : y2.y;
          j = y2.next;
        }
      }
    }
    let dir: -1 | 1 | undefined;
    const mod = this.modifier(j);
    if (mod) {
      dir = mod.dir;
      j = mod.next;
    }

    if (to) return { s: i, e: j, from: { d: d1.d, m, y }, to, dir };
    if (days.length === 1) return { s: i, e: j, from: { d: d1.d, m, y }, dir };
    const first = days[0];
    const lastDay = days[days.length - 1];
    let consecutive = true;
    for (let k = 1; k < days.length; k++) if (days[k].d !== days[k - 1].d + 1) consecutive = false;
    if ((range && lastDay.d > first.d) || (!range && consecutive)) {
      return { s: i, e: j, from: { d: first.d, m, y }, to: { d: lastDay.d, m, y }, dir };
    }
    // Separate dates: this one is the bare first day; the loop will meet the others.
    return { s: i, e: first.e, from: { d: first.d, m, y }, dir, bareDay: true };
  }

  /** `mardi 15 août 2023`, or a weekday alone: `mardi`, `jeudi dernier`, `lundi prochain`. */
  private weekdayLed(i: number): RawDate | null {
    const wd = WEEKDAYS.get(this.lo(i))!;
    if (this.day(i + 1)) {
      const r = this.dayLed(i + 1);
      if (r) return extendTo(i, r, { index: wd, written: this.tok(i)!.text });
    }
    let j = i + 1;
    let dir: -1 | 0 | 1 = 0;
    const mod = this.modifier(j);
    if (mod) {
      dir = mod.dir;
      j = mod.next;
    }
    if (this.timeOfDayAt(j)) return null; // `mardi soir` is a time of day
    if (dir === 0) {
      const p = this.lo(i - 1);
      // `le mercredi`, `chaque lundi`: a habit, not a date. `du lundi au vendredi`: opening hours.
      if (p === 'le' || p === 'les' || p === 'chaque' || p === 'tous') return null;
      if (p === 'du' && this.lo(j) === 'au' && WEEKDAYS.has(this.lo(j + 1))) return null;
      if (p === 'au' && WEEKDAYS.has(this.lo(i - 2)) && this.lo(i - 3) === 'du') return null;
    }
    return { s: i, e: j, from: {}, relation: { kind: 'weekday', weekday: wd, dir } };
  }

  /**
   * Month-led: `juillet`, `juillet 2023`, `octobre 98`, `juin prochain`, `juin à août 2023`.
   * A capitalised `Mars`/`Mai` standing alone is more often the planet or a name: it needs a year
   * or a preposition before it.
   */
  private monthLed(i: number, context: boolean): RawDate | null {
    const m = MONTHS.get(this.lo(i));
    if (!m) return null;
    let j = i + 1;
    const yr = this.year(j, true);
    if (yr) return { s: i, e: yr.next, from: { y: yr.y, m } };
    const l = this.lo(j);
    if ((l === 'a' || l === 'au' || l === 'et' || DASHES.has(l)) && MONTHS.has(this.lo(j + 1))) {
      const m2 = MONTHS.get(this.lo(j + 1))!;
      const y2 = this.year(j + 2, true);
      if (y2) return { s: i, e: y2.next, from: { m, y: m > m2 ? y2.y - 1 : y2.y }, to: { m: m2, y: y2.y } };
    }
    if (!context && isCapitalized(this.tok(i)!) && (m === 3 || m === 5) && !MONTH_CONTEXT.has(this.lo(i - 1)) &&
        !(this.isP(i - 1, "'") && MONTH_CONTEXT.has(this.lo(i - 2)))) return null;
    let dir: -1 | 1 | undefined;
    const mod = this.modifier(j);
    if (mod) {
      dir = mod.dir;
      j = mod.next;
    }
    return { s: i, e: j, from: { m }, dir };
  }

  /**
   * Four-digit years. A bare number is a year only with evidence: a temporal word before it
   * (`en`, `depuis`, `avant`, `de`, `pour`, `(`), a range with a second year (`2000 à 2024`,
   * `1914-1918`), or a list after a year (`en 1998, 1999 et 2000`). It is refused when glued to
   * other digits (`10.000`), after another number (`1 2000`), or followed by what it counts.
   * Names with a year (`CAN 2026`) have none of this evidence, so they are left alone.
   */
  private yearLed(i: number, last: RawDate | undefined): RawDate | null {
    if (!this.isYearNumber(i) || this.gluedBefore(i)) return null;
    if (this.kind(i - 1) === 'n') return null;
    const y1 = +this.tok(i)!.text;

    // Ranges: `2000 à 2024`, `1914-1918`, `1914-18`, `entre 2000 et 2010`.
    const sep = this.lo(i + 1);
    if (sep === 'a' || sep === 'au' || DASHES.has(sep) || (sep === 'et' && this.lo(i - 1) === 'entre')) {
      const n = this.tok(i + 2);
      let y2: number | undefined;
      if (n && n.kind === 'n' && n.text.length === 4) y2 = +n.text;
      else if (n && n.kind === 'n' && n.text.length === 2 && DASHES.has(sep) && this.glued(i + 1) && this.glued(i + 2)) {
        y2 = Math.floor(y1 / 100) * 100 + +n.text;
      }
      if (y2 !== undefined && y2 > y1 && y2 - y1 <= 200 && y2 <= 2100 && !this.gluedAfter(i + 2) && !this.quantityAfter(i + 3)) {
        return { s: i, e: i + 3, from: { y: y1 }, to: { y: y2 } };
      }
    }
    if (this.gluedAfter(i)) return null;

    const trigger = this.yearTrigger(i);
    const listed = !!last && last.from.y !== undefined && last.from.m === undefined && !last.to && this.listJoin(last.e, i);
    if (!trigger && !listed) return null;
    if (trigger === 'paren') {
      const nl = this.lo(i + 1);
      if (!(nl === ')' || nl === ',' || nl === ';' || DASHES.has(nl))) return null;
    }
    if (this.quantityAfter(i + 1)) return null;
    return { s: i, e: i + 1, from: { y: y1 } };
  }

  private yearTrigger(i: number): 'word' | 'paren' | null {
    let p = i - 1;
    if (this.lo(p) === '(') return 'paren';
    if (this.isP(p, "'")) p--; // `d'1998` (rare), `jusqu'en` keeps `en` as the word before
    const w = this.lo(p);
    if (YEAR_TRIGGERS_STRONG.has(w)) return 'word';
    if (YEAR_TRIGGERS_WEAK.has(w)) {
      if ((w === 'de' || w === 'd') && QUANTITY_BEFORE_DE.has(this.lo(p - 1))) return null;
      return 'word';
    }
    return null;
  }

  /** Tokens from `from` to `to` (exclusive) are one list joiner: `,`, `et`, `ou`, `/`. */
  private listJoin(from: number, to: number): boolean {
    if (to - from === 1) {
      const l = this.lo(from);
      return l === ',' || l === 'et' || l === 'ou' || l === '/';
    }
    return to - from === 2 && this.lo(from) === ',' && (this.lo(from + 1) === 'et' || this.lo(from + 1) === 'ou');
  }

  /** `hier`, `avant-hier`, `aujourd'hui`, `demain`, `après-demain`, `aujourd'hui vendredi`; not `hier soir`. */
  private relativeDay(i: number): RawDate | null {
    const l = this.lo(i);
    let j: number;
    let offset: number;
    if (l === 'hier') { offset = -1; j = i + 1; }
    else if (l === 'demain') { offset = 1; j = i + 1; }
    else if (l === 'aujourd' && this.isP(i + 1, "'") && this.lo(i + 2) === 'hui') { offset = 0; j = i + 3; }
    else if ((l === 'avant' || l === 'apres') && this.isP(i + 1, '-') && this.glued(i + 1) && this.glued(i + 2)) {
      const w = this.lo(i + 2);
      if (l === 'avant' && w === 'hier') offset = -2;
      else if (l === 'apres' && w === 'demain') offset = 2;
      else return null;
      j = i + 3;
    } else return null;
    if (this.timeOfDayAt(j)) return null;
    // `aujourd'hui vendredi` is one mention (a full date after it stands on its own).
    if (WEEKDAYS.has(this.lo(j)) && !this.day(j + 1) && !this.timeOfDayAt(j + 1)) j++;
    return { s: i, e: j, from: {}, relation: { kind: 'day', offset } };
  }

  /** `mois de juin`, `mois d'août 1870`, `mois d'été`, else a relative month (`mois dernier`). */
  private moisLed(i: number): RawDate | null {
    let k = -1;
    if (this.lo(i + 1) === 'de') k = i + 2;
    else if (this.lo(i + 1) === 'd' && this.isP(i + 2, "'")) k = i + 3;
    if (k > 0) {
      const mo = this.monthLed(k, true);
      if (mo) return extendTo(i, mo);
      if (SEASONS.has(this.lo(k))) return { s: i, e: k + 1, from: {}, relation: { kind: 'vague' } };
      return null;
    }
    return this.period(i, false);
  }

  /**
   * Relative periods: `année écoulée`, `année à venir`, `an dernier`, `semaine prochaine`,
   * `cette semaine` → `semaine`, `ce week-end`, `nouvelle année`; `année 2001`; decades `années 60`.
   * A bare unit (`chaque année`, `nouvel An`, `l'an II`) is not a date; after a qualifier
   * (`fin de l'année`, `bare` = true) it is.
   */
  private period(i: number, bare: boolean): RawDate | null {
    const l = this.lo(i);
    if (l === 'annees') return this.decade(i);
    if (l === 'nouvelle') {
      return this.lo(i + 1) === 'annee' ? { s: i, e: i + 2, from: {}, relation: { kind: 'year', offset: 0 } } : null;
    }
    let unit: 'year' | 'month' | 'week' | 'other' | undefined;
    let j: number;
    if (l === 'week') {
      if (!(this.isP(i + 1, '-') && this.lo(i + 2) === 'end')) return null;
      unit = 'week';
      j = i + 3;
    } else {
      unit = PERIOD_UNITS.get(l);
      j = i + 1;
    }
    if (!unit) return null;
    if ((l === 'annee' || l === 'an') && this.isYearNumber(j) && !this.gluedAfter(j) && !this.quantityAfter(j + 1)) {
      return { s: i, e: j + 1, from: { y: +this.tok(j)!.text } };
    }
    let offset: number | undefined;
    const ml = this.lo(j);
    if (PAST_MODIFIERS.has(ml)) { offset = -1; j++; }
    else if (NEXT_MODIFIERS.has(ml)) { offset = 1; j++; }
    else if (ml === 'a' && this.lo(j + 1) === 'venir') { offset = 1; j += 2; }
    else if (ml === 'en' && this.lo(j + 1) === 'cours') { offset = 0; j += 2; }
    else if (DEMONSTRATIVES.has(this.lo(i - 1))) {
      offset = 0;
      if (this.isP(j, '-') && this.lo(j + 1) === 'ci') j += 2;
    } else if (!bare) return null;
    if (this.timeOfDayAt(j)) return null;
    const kind = unit === 'other' ? undefined : unit;
    return { s: i, e: j, from: {}, relation: offset === undefined || !kind ? { kind: 'vague' } : { kind, offset } };
  }

  /** `années 60` → 196X, `années 1980` → 198X, `années soixante`, `années quatre-vingt`. */
  private decade(i: number): RawDate | null {
    const n = this.tok(i + 1);
    if (!n) return null;
    if (n.kind === 'n') {
      if (this.gluedAfter(i + 1)) return null;
      if (n.text.length === 2 && n.text[1] === '0') return { s: i, e: i + 2, from: { yearText: `19${n.text[0]}X` } };
      if (n.text.length === 4 && n.text[3] === '0' && this.isYearNumber(i + 1)) {
        return { s: i, e: i + 2, from: { yearText: `${n.text.slice(0, 3)}X` } };
      }
      return null;
    }
    const w = n.lo;
    let tens = DECADE_WORDS.get(w);
    let e = i + 2;
    if (w === 'quatre' && this.isP(i + 2, '-') && this.lo(i + 3) === 'vingt') { tens = 80; e = i + 4; }
    if (tens !== undefined && this.isP(e, '-') && this.lo(e + 1) === 'dix') { tens += 10; e += 2; }
    if (tens === undefined || tens < 20) return null;
    return { s: i, e, from: { yearText: `19${tens / 10}X` } };
  }

  /**
   * Seasons: `automne 1944`, `été dernier`, `en été`, `l'hiver`, `Été comme hiver`. `été` is also
   * the participle of `être` (`a été`), so it needs a season context: `en`, `l'`, `cet`, `comme`,
   * a year or modifier after it, or a capital at the start of a sentence.
   */
  private season(i: number, context: boolean): RawDate | null {
    const code = SEASONS.get(this.lo(i))!;
    const yr = this.year(i + 1, false);
    if (yr) return { s: i, e: yr.next, from: { y: yr.y, season: code } };
    const mod = this.modifier(i + 1);
    if (mod) return { s: i, e: mod.next, from: { season: code }, relation: { kind: 'vague' } };
    const p = this.lo(i - 1);
    const ok = context ||
      (this.isP(i - 1, "'") && this.lo(i - 2) === 'l') ||
      p === 'en' || p === 'cet' || p === 'ce' || p === 'au' || p === 'comme' ||
      (isCapitalized(this.tok(i)!) && this.sentenceStart(i));
    if (!ok) return null;
    return { s: i, e: i + 1, from: { season: code }, relation: { kind: 'vague' } };
  }

  /**
   * Qualified dates, the qualifier kept in the span: `début octobre`, `fin 1986`, `mi-août 1621`,
   * `fin de l'année dernière`, `début des années 60`, `fin du XIXe siècle`, `courant juillet`.
   */
  private qualified(i: number): RawDate | null {
    const q = this.lo(i);
    let j = i + 1;
    if (q === 'mi') {
      if (!(this.isP(j, '-') && this.glued(j) && this.glued(j + 1))) return null;
      j++;
    } else {
      const l = this.lo(j);
      if (l === 'de' || l === 'du' || l === 'des') j++;
      else if (l === 'd' && this.isP(j + 1, "'")) j += 2;
      const a = this.lo(j);
      if (a === 'l' && this.isP(j + 1, "'")) j += 2;
      else if (a === 'la' || a === 'le' || a === 'cette' || a === 'cet' || a === 'ce') j++;
    }
    const inner = this.qualifiedInner(j);
    return inner ? extendTo(i, inner) : null;
  }

  private qualifiedInner(j: number): RawDate | null {
    const tk = this.tok(j);
    if (!tk) return null;
    const l = tk.lo;
    if (tk.kind === 'n') {
      if (!this.isYearNumber(j) || this.gluedBefore(j)) return null;
      const r = this.yearLed(j, undefined);
      if (r) return r;
      if (this.gluedAfter(j) || this.quantityAfter(j + 1)) return null;
      return { s: j, e: j + 1, from: { y: +tk.text } };
    }
    if (MONTHS.has(l)) return this.monthLed(j, true);
    if (l === 'annees') return this.decade(j);
    if (l === 'mois') return this.moisLed(j) ?? this.period(j, true);
    if (PERIOD_UNITS.has(l) || l === 'week') return this.period(j, true);
    if (SEASONS.has(l)) return this.season(j, true);
    return this.centuryRoman(j);
  }

  /**
   * `premier trimestre 2003` → 2003-Q1, `2e semestre` → XXXX-H2, `troisième trimestre de l'année 2002`.
   */
  private quarter(i: number): RawDate | null {
    const tk = this.tok(i)!;
    let n: number | undefined;
    let j: number;
    if (tk.kind === 'n') {
      const sfx = this.tok(i + 1);
      if (!sfx || sfx.space || sfx.kind !== 'w' || !(CENTURY_SUFFIX.test(sfx.lo) || sfx.lo === 'nd')) return null;
      n = +tk.text;
      j = i + 2;
    } else {
      n = ORDINALS.get(tk.lo);
      j = i + 1;
    }
    const unit = this.lo(j);
    const code = unit === 'trimestre' ? 'Q' : unit === 'semestre' ? 'H' : null;
    if (!n || !code || n > (code === 'Q' ? 4 : 2)) return null;
    j++;
    let k = j;
    if (this.lo(k) === 'de' || this.lo(k) === 'du') k++;
    if (this.lo(k) === 'l' && this.isP(k + 1, "'")) k += 2;
    if (this.lo(k) === 'annee') k++;
    let y: number | undefined;
    if (this.isYearNumber(k) && !this.gluedAfter(k) && !this.quantityAfter(k + 1)) {
      y = +this.tok(k)!.text;
      j = k + 1;
    }
    return { s: i, e: j, from: { y, part: `${code}${n}` } };
  }

  /**
   * `la veille`, `le lendemain`: a day relative to an event the text tells, not to the dateline,
   * so it is a DATE whose value and resolution stay null. `veille de Noël` is the same.
   */
  private eve(i: number): RawDate | null {
    const p = this.lo(i - 1);
    if (!(p === 'la' || p === 'le' || p === 'du' || p === 'au' || p === 'des')) return null; // `des` is also `dès`
    if (this.timeOfDayAt(i + 1)) return null;
    // `au lendemain d'une visite`, `à la veille du sommet`: a locution ("just after/before an
    // event"), not a day. A date or a holiday after it keeps it a day (`la veille du 15 mai`, `veille de Noël`).
    const n = this.lo(i + 1);
    if (n === 'de' || n === 'd' || n === 'du' || n === 'des') {
      let k = i + 2;
      if (n === 'd' && this.isP(k, "'")) k++;
      if ((n === 'de' || n === 'd') && (this.lo(k) === 'la' || this.lo(k) === 'l')) k++;
      if (this.isP(k, "'")) k++;
      const nx = this.tok(k);
      if (nx && nx.kind === 'w' && !isCapitalized(nx) && !MONTHS.has(nx.lo) && !WEEKDAYS.has(nx.lo)) return null;
    }
    return { s: i, e: i + 1, from: {}, relation: { kind: 'vague' } };
  }

  /** `XIXe siècle` → 18XX, `XXIe siècle` → 20XX. The numeral must be upper case (`ce siècle` is not the 100th). */
  private centuryRoman(i: number): RawDate | null {
    const tk = this.tok(i);
    if (!tk || tk.kind !== 'w' || this.lo(i + 1) !== 'siecle') return null;
    const m = ROMAN_CENTURY.exec(tk.lo);
    if (!m) return null;
    const roman = tk.text.slice(0, m[1].length);
    if (roman !== roman.toUpperCase()) return null;
    return this.century(i, i + 2, romanToInt(m[1]));
  }

  /** `19e siècle`, `19ème siècle`. */
  private centuryNumber(i: number): RawDate | null {
    const tk = this.tok(i)!;
    const sfx = this.tok(i + 1);
    if (!sfx || sfx.space || sfx.kind !== 'w' || !CENTURY_SUFFIX.test(sfx.lo) || this.lo(i + 2) !== 'siecle') return null;
    return this.century(i, i + 3, +tk.text);
  }

  private century(s: number, e: number, n: number): RawDate | null {
    if (!(n >= 1 && n <= 21)) return null;
    return { s, e, from: { yearText: `${String(n - 1).padStart(2, '0')}XX` } };
  }
}
