/**
 * What every pattern of the date grammar reads around a token: small predicates on the token list
 * (punctuation, glued digits, a time of day, a counted quantity after a number) and the date
 * fields themselves (a day, a month, a year, `dernier` / `prochain`). Each look-ahead is bounded.
 *
 * The grammar is one object whose layers extend each other (`FieldReader` → `CalendarPatterns` →
 * `PeriodPatterns` → `Grammar`), so that patterns call these readers and one another on `this`,
 * exactly as when they were one class: no object between them on the hot path.
 */
import { FUNCTION_WORDS_S, MONTHS, MONTH_ABBREVIATIONS, NEXT_MODIFIERS, PAST_MODIFIERS, TIME_OF_DAY, UNITS } from './lexicon';
import { isCapitalized, type Token, type TokenList } from './tokens';

/** Words that follow the preposition `sous`, never the coin. */
const DETERMINERS_AFTER_SOUS: ReadonlySet<string> = new Set(['le', 'la', 'les', 'l', 'un', 'une', 'des', 'ce', 'cet', 'cette', 'ces', 'son', 'sa', 'ses', 'leur', 'leurs', 'notre', 'votre']);

export const DASHES = new Set(['-', '–', '—']);
const SENTENCE_END = new Set(['.', '!', '?', ':', '»', '"']);

interface DayAt { d: number; next: number }
interface MonthAt { m: number; next: number }
interface YearAt { y: number; next: number }

export class FieldReader {
  constructor(protected readonly t: TokenList) {}

  protected tok(j: number): Token | undefined {
    return this.t.get(j);
  }

  // ---- small token predicates ----------------------------------------------------------------

  protected lo(j: number): string {
    const tk = this.tok(j);
    return tk ? tk.lo : '';
  }

  // `kind`, `glued` and `isYearNumber`'s length test read the tokenizer's flags: most probes
  // fail on them, before any token is built.

  protected kind(j: number): Token['kind'] | undefined {
    return this.t.kind(j);
  }

  protected isP(j: number, ch: string): boolean {
    return this.kind(j) === 'p' && this.lo(j) === ch;
  }

  /** No whitespace between token j-1 and token j. */
  protected glued(j: number): boolean {
    return this.t.glued(j);
  }

  protected isYearNumber(j: number): boolean {
    if (this.kind(j) !== 'n' || this.t.size(j) !== 4) return false;
    const y = +this.tok(j)!.text;
    return y >= 1000 && y <= 2100;
  }

  /**
   * The number at j is glued to more digits after it (`10.000`, `12/2000`, `2000e`, `9h05`, `50%`):
   * part of a bigger number, an ordinal, a time or a measure, not a date field. A `/` between two
   * plausible years (`saison 2002/2003`) and, when allowed, a dash (`1914-1918`) are let through.
   */
  protected gluedAfter(j: number, allowDash = false): boolean {
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
  protected gluedBefore(j: number): boolean {
    if (!this.glued(j) || j === 0) return false;
    const pk = this.kind(j - 1);
    if (pk === 'w' || pk === 'n') return true;
    const pv = this.tok(j - 1)!;
    if (pv.lo === '°' || pv.lo === '#' || pv.lo === '+') return true;
    if (this.kind(j - 2) !== 'n' || pv.space) return false;
    if (pv.lo === '/') return !(this.isYearNumber(j) && this.isYearNumber(j - 2));
    return pv.lo === '.' || pv.lo === ',' || pv.lo === ':' || DASHES.has(pv.lo);
  }

  protected sentenceStart(i: number): boolean {
    return i === 0 || this.tok(i)!.newline || SENTENCE_END.has(this.lo(i - 1));
  }

  /** `soir`, `matin`, `après-midi`, `à 10 h` right after j-1: the phrase names a time of day. */
  protected timeOfDayAt(j: number): boolean {
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
  protected quantityAfter(j: number): boolean {
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
    // What the next line starts with counts nothing of this one (`le 5 mai 2026` / `P.O. Le Préfet`).
    if (!tk || tk.newline) return false;
    if (tk.kind === 'p') return tk.lo === '%' || tk.lo === '€' || tk.lo === '$' || tk.lo === '£' || tk.lo === '°';
    if (tk.kind !== 'w') return false;
    // `sous` the coin counts; `sous` the preposition opens a noun phrase (`2025 sous la présidence de`).
    if (tk.lo === 'sous' && DETERMINERS_AFTER_SOUS.has(this.lo(k + 1))) return false;
    // A letter elided before an apostrophe is an article or a pronoun (`© 2026 L’Œil du Diamaré`), not a unit (`l`).
    if (this.isP(k + 1, "'") && this.glued(k + 1)) return false;
    if (UNITS.has(tk.lo)) return true;
    if (isCapitalized(tk)) return false;
    const last = tk.lo.charCodeAt(tk.lo.length - 1);
    return tk.lo.length > 2 && (last === 115 /* s */ || last === 120 /* x */) && !FUNCTION_WORDS_S.has(tk.lo);
  }

  // ---- date fields ---------------------------------------------------------------------------

  /** A day of the month: `15`, `07`, `1er`, `1 er`, `premier`, OCR `ler`. */
  protected day(j: number): DayAt | null {
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
  protected month(j: number, afterDay: boolean): MonthAt | null {
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
  protected year(j: number, allowShort: boolean): YearAt | null {
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
  protected modifier(j: number): { dir: -1 | 1; next: number } | null {
    const l = this.lo(j);
    if (PAST_MODIFIERS.has(l)) return { dir: -1, next: j + 1 };
    if (NEXT_MODIFIERS.has(l)) return { dir: 1, next: j + 1 };
    return null;
  }
}
