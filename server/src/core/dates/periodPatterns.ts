/**
 * Patterns for spans of time rather than days: `mois de juin`, relative periods (`année
 * dernière`, `cette semaine`), decades, seasons, qualified dates (`début octobre`, `fin du XIXe
 * siècle`), quarters and halves, `la veille` / `le lendemain`, and centuries.
 */
import { CalendarPatterns, extendTo } from './calendarPatterns';
import { DECADE_WORDS, MONTHS, NEXT_MODIFIERS, ORDINALS, PAST_MODIFIERS, PERIOD_UNITS, SEASONS, romanToInt } from './lexicon';
import type { RawDate } from './model';
import { isCapitalized } from './tokens';

/** A school's or a university's work that its terms are named for (`examens du premier semestre`), folded. */
const SCHOOL_WORK = new Set(['examens', 'examen', 'compositions', 'composition', 'cours', 'partiels', 'devoirs', 'notes', 'bulletins',
  'evaluations', 'classes', 'programme', 'programmes', 'emploi', 'inscriptions']);

const DEMONSTRATIVES = new Set(['ce', 'cet', 'cette']);

export const ROMAN_CENTURY = /^([ivxlc]+)(?:e|er|eme|ieme)$/;
const CENTURY_SUFFIX = /^(?:e|er|eme|ieme)$/;

/** Does the date write a calendar field (`2027`, `mai`, `XIXe siècle`) or a shift from now (`l'année dernière`)? */
function calendarOrShifted(r: RawDate): boolean {
  const f = r.from;
  if (f.y !== undefined || f.m !== undefined || f.yearText !== undefined || f.season !== undefined || f.part !== undefined) return true;
  const rel = r.relation;
  return rel !== undefined && rel.kind !== 'vague' && 'offset' in rel && rel.offset !== 0;
}

export class PeriodPatterns extends CalendarPatterns {
  /** `mois de juin` (→ `juin`), `mois d'août 1870`, `mois d'été`, else a relative month (`mois dernier`). */
  protected moisLed(i: number): RawDate | null {
    let k = -1;
    if (this.lo(i + 1) === 'de') k = i + 2;
    else if (this.lo(i + 1) === 'd' && this.isP(i + 2, "'")) k = i + 3;
    if (k > 0) {
      // `mois de juin`: the month is the date (the press's annotators leave `mois de` out, as an article).
      const mo = this.monthLed(k, true);
      if (mo) return mo;
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
  protected period(i: number, bare: boolean): RawDate | null {
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
      // `LE PLUS LU CETTE SEMAINE`: a box's heading in capitals, furniture rather than a date.
      if (this.shouted(i - 1) && this.shouted(i)) return null;
      offset = 0;
      if (this.isP(j, '-') && this.lo(j + 1) === 'ci') j += 2;
    } else if (!bare) return null;
    if (this.timeOfDayAt(j)) return null;
    const kind = unit === 'other' ? undefined : unit;
    return { s: i, e: j, from: {}, relation: offset === undefined || !kind ? { kind: 'vague' } : { kind, offset } };
  }

  /** Is token `j` a word of two letters or more written all in capitals? */
  private shouted(j: number): boolean {
    const t = this.tok(j);
    return t !== undefined && t.kind === 'w' && t.text.length > 1 && t.text === t.text.toUpperCase() && t.text !== t.text.toLowerCase();
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
  protected season(i: number, context: boolean): RawDate | null {
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
   * Qualified dates, the qualifier kept in the span when written directly (`début octobre`, `fin 1986`, `mi-août
   * 1621`, `courant juillet`), left out when joined by `de` (`fin de l'année dernière` → `année dernière`, `début
   * des années 60`, `fin du XIXe siècle`).
   */
  protected qualified(i: number): RawDate | null {
    const q = this.lo(i);
    let j = i + 1;
    let linked = false;
    if (q === 'mi') {
      if (!(this.isP(j, '-') && this.glued(j) && this.glued(j + 1))) return null;
      j++;
    } else {
      const l = this.lo(j);
      if (l === 'de' || l === 'du' || l === 'des') j++;
      else if (l === 'd' && this.isP(j + 1, "'")) j += 2;
      linked = j > i + 1;
      const a = this.lo(j);
      if (a === 'l' && this.isP(j + 1, "'")) j += 2;
      else if (a === 'la' || a === 'le' || a === 'cette' || a === 'cet' || a === 'ce') j++;
    }
    const inner = this.qualifiedInner(j);
    if (!inner) return null;
    // Joined by `de` (`fin de 2027`, `fin du mois de mai`, `fin de l'année dernière`), the qualifier is a noun of its
    // own and the date is what it qualifies; with nothing of the calendar after it (`fin du mois`, `fin de la
    // semaine`) there is no date.
    if (linked) return calendarOrShifted(inner) ? inner : null;
    return extendTo(i, inner);
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
  protected quarter(i: number): RawDate | null {
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
    // `les examens du premier semestre` (no year): a school's or a university's term, not the calendar's half.
    if (y === undefined && (this.lo(i - 1) === 'du' || this.lo(i - 1) === 'de') && SCHOOL_WORK.has(this.lo(i - 2))) return null;
    return { s: i, e: j, from: { y, part: `${code}${n}` } };
  }

  /**
   * `la veille`, `le lendemain` said alone: a day relative to an event the text tells, not to the
   * dateline, so it is a DATE whose value and resolution stay null.
   */
  protected eve(i: number): RawDate | null {
    const p = this.lo(i - 1);
    if (!(p === 'la' || p === 'le' || p === 'du' || p === 'au' || p === 'des')) return null; // `des` is also `dès`
    if (this.timeOfDayAt(i + 1)) return null;
    // With its complement it is a locution ("just before/after"): `à la veille du sommet`, `au lendemain de la
    // Tabaski`; a date after it is a DATE of its own (`à la veille du dimanche 8 mars`).
    const n = this.lo(i + 1);
    if (n === 'de' || n === 'd' || n === 'du' || n === 'des') return null;
    return { s: i, e: i + 1, from: {}, relation: { kind: 'vague' } };
  }

  /** `XIXe siècle` → 18XX, `XXIe siècle` → 20XX. The numeral must be upper case (`ce siècle` is not the 100th). */
  protected centuryRoman(i: number): RawDate | null {
    const tk = this.tok(i);
    if (!tk || tk.kind !== 'w' || this.lo(i + 1) !== 'siecle') return null;
    const m = ROMAN_CENTURY.exec(tk.lo);
    if (!m) return null;
    const roman = tk.text.slice(0, m[1].length);
    if (roman !== roman.toUpperCase()) return null;
    return this.century(i, i + 2, romanToInt(m[1]));
  }

  /** `19e siècle`, `19ème siècle`. */
  protected centuryNumber(i: number): RawDate | null {
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
