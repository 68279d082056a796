/**
 * Patterns that write calendar fields: all-numeric dates (`12/02/2026`), dates led by a day, a
 * weekday, a month or a year (with their ranges and lists: `27 et 28 juillet 2023`, `2000 à
 * 2024`), and the days named relative to the dateline (`hier`, `après-demain`).
 */
import { daysInMonth } from './calendar';
import { DASHES, FieldReader } from './fieldReader';
import { MONTHS, WEEKDAYS, YEAR_TRIGGERS_STRONG, YEAR_TRIGGERS_WEAK } from './lexicon';
import type { Parts, RawDate } from './model';
import { isCapitalized } from './tokens';

/** Streets and venues that French names after a date (`avenue du 22 Octobre`, `place du 26 Mars`), folded. */
const VENUES_NAMED_AFTER_DATES = new Set(['rue', 'avenue', 'boulevard', 'place', 'pont', 'stade', 'lycee', 'college', 'ecole', 'quartier',
  'rond-point', 'carrefour', 'echangeur', 'cite', 'marche', 'route', 'esplanade', 'monument', 'palais', 'square']);
/** Prepositions after which a capitalised bare month is safely a month (`en Mars`, `depuis Mai`). */
/** Months of the Muslim calendar written in one word, as the region's press spells them (folded). */
const HIJRI_MONTHS = new Set(['mouharram', 'muharram', 'moharram', 'safar', 'rajab', 'radjab', 'chaabane', 'chaaban', 'chabane', 'shaaban',
  'ramadan', 'ramadhan', 'chawwal', 'chaoual', 'chawal', 'shawwal']);
/** First words of the Muslim months written in two (`Rabi al-Awal`, `Joumada al-Oula`, `Dhou al-Hijja`), folded. */
const HIJRI_MONTH_HEADS = new Set(['rabi', 'rabia', 'joumada', 'jumada', 'djoumada', 'dhou', 'dhoul', 'dhul', 'zoul', 'zul', 'dou']);
const MONTH_CONTEXT = new Set(['en', 'de', 'd', 'depuis', 'des', 'jusqu', 'mois', 'courant', 'fin', 'debut', 'mi', 'avant', 'apres']);
/** Words a date written `16/03` follows. */
const DAY_MONTH_BEFORE = new Set(['le', 'du', 'au', 'depuis', 'des', 'ce']);
/** Words that put a quantity before `de`: `plus de 1500` is a count, not a year. */
const QUANTITY_BEFORE_DE = new Set(['plus', 'moins', 'pres', 'environ', 'millier', 'milliers', 'centaine', 'centaines', 'quelque']);

/**
 * Moves the start of a pattern's fresh result back to `s` (a weekday, `mois de`, a qualifier
 * before it). Updated in place rather than copied: spreading results of a dozen shapes into new
 * literals gave objects that every later step read slowly.
 */
export function extendTo(s: number, r: RawDate, weekday?: RawDate['weekday']): RawDate {
  r.s = s;
  if (weekday) r.weekday = weekday;
  return r;
}

export class CalendarPatterns extends FieldReader {
  /** `12/02/2026`, `12.02.2026`, `2026-02-12`: all parts glued, nothing glued on either side. */
  protected numeric(i: number): RawDate | null {
    if (!this.glued(i + 1)) return null; // the common case, told without building a token
    const s1 = this.tok(i + 1);
    const s2 = this.tok(i + 3);
    if (s1?.lo === '/' && (!s2 || s2.lo !== '/' || !this.glued(i + 3))) return this.dayMonth(i);
    if (!s1 || !s2 || s1.kind !== 'p' || s2.lo !== s1.lo || !(s1.lo === '/' || s1.lo === '.' || s1.lo === '-')) return null;
    for (let k = i + 1; k <= i + 4; k++) if (!this.glued(k)) return null;
    const [n1, n2, n3] = [this.tok(i)!, this.tok(i + 2)!, this.tok(i + 4)!];
    if (n2.kind !== 'n' || n3.kind !== 'n') return null;
    if (this.gluedBefore(i)) return null;
    if (this.numberGoesOn(i + 5, s1.lo)) return null;
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
   * `le 16/03`, `du 07/05`: a day and a month of two digits each, after the article a date takes; alone, the
   * same digits are a score or a ratio as often.
   */
  private dayMonth(i: number): RawDate | null {
    const [n1, n2] = [this.tok(i)!, this.tok(i + 2)];
    if (!n2 || n2.kind !== 'n' || !this.glued(i + 2) || n1.text.length !== 2 || n2.text.length !== 2 || this.gluedBefore(i)) return null;
    if (!DAY_MONTH_BEFORE.has(this.lo(i - 1))) return null;
    if (this.numberGoesOn(i + 3, '/')) return null;
    const d = +n1.text;
    const m = +n2.text;
    if (m < 1 || m > 12 || d < 1 || d > daysInMonth(2024, m)) return null;
    return { s: i, e: i + 3, from: { d, m } };
  }

  /** Is what stands glued at `k` more of a number (`10.000`, `12/02/2026/3`) or a word, so no date ends before it? */
  private numberGoesOn(k: number, sep: string): boolean {
    const nx = this.tok(k);
    return !!nx && !nx.space && (nx.kind !== 'p' || ((nx.lo === sep || nx.lo === '.' || nx.lo === ',') && this.kind(k + 1) === 'n' && this.glued(k + 1)));
  }

  /** `boulevard du 30 Juin`, `stade du 26 Mars`: the day at `i` names a street or a venue, a place. */
  private namedAfterDate(i: number): boolean {
    return this.lo(i - 1) === 'du' && VENUES_NAMED_AFTER_DATES.has(this.lo(i - 2));
  }

  /**
   * A day of the Muslim calendar (`29 ramadan 1447`, `1er chawwal`, `10 Dhou al-Hijja 1447`): the day at `i`, its month
   * read from `j`, and a year if one follows. A calendar reference the text writes, with no ISO value (null).
   */
  protected hijriDate(i: number, j: number): RawDate | null {
    let e: number;
    if (HIJRI_MONTHS.has(this.lo(j))) e = j + 1;
    else if (HIJRI_MONTH_HEADS.has(this.lo(j))) {
      e = j + 1;
      if (this.lo(e) === 'al' || this.lo(e) === 'el') e++;
      if (DASHES.has(this.lo(e))) e++;
      if (this.kind(e) !== 'w') return null;
      e++;
    } else return null;
    const yr = this.year(e, false);
    return { s: i, e: yr ? yr.next : e, from: {}, relation: { kind: 'vague' } };
  }

  /**
   * Day-led dates: `15 août 2023`, `1er décembre`, `27 et 28 juillet 2023`, `9 au 10 octobre 2025`,
   * `28 juillet au 2 août 2023`, `6 mai dernier`. Two days joined by `et` make one range only
   * when they follow each other (`27 et 28`); otherwise they are two dates (`les 6 et 13 avril`:
   * two polling days), and the first, which writes only a day number, gets a null value.
   */
  protected dayLed(i: number): RawDate | null {
    const d1 = this.day(i);
    if (!d1) return null;
    if (this.namedAfterDate(i)) return null;
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
      // `le week-end du 15 et 16 mars`: two following days after `du`, one weekend.
      if (!(p === 'les' || p === 'des' || p === 'aux' || p === 'ces' || WEEKDAYS.has(p) || (p === 'du' && range === false && days.length === 2 && days[1].d === days[0].d + 1))) return null;
    }
    const mo = this.month(j, true);
    if (!mo) return days.length === 1 ? this.hijriDate(i, j) : null;
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
        } else if (d2 && m2 && this.lo(i - 1) === 'du') {
          // `du 1er mai au 31 juillet`: a range with no year on either end.
          to = { d: d2.d, m: m2.m };
          j = m2.next;
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

  /** `mardi 15 août 2023`, `Vendredi 08.05.2026`, or a weekday alone: `mardi`, `jeudi dernier`, `lundi prochain`. */
  protected weekdayLed(i: number): RawDate | null {
    const wd = WEEKDAYS.get(this.lo(i))!;
    if (this.day(i + 1)) {
      const r = this.dayLed(i + 1);
      if (r) return extendTo(i, r, { index: wd, written: this.tok(i)!.text });
    }
    // A day of two digits glued to its month and year (`Vendredi 08.05.2026`) is no `day` of its own.
    if (this.kind(i + 1) === 'n') {
      const r = this.numeric(i + 1);
      if (r) return extendTo(i, r, { index: wd, written: this.tok(i)!.text });
    }
    let j = i + 1;
    let dir: -1 | 0 | 1 = 0;
    const mod = this.modifier(j);
    if (mod) {
      dir = mod.dir;
      j = mod.next;
    }
    // `dans la nuit de mercredi à jeudi`: one span from a weekday to the next.
    if (dir === 0 && this.lo(i - 1) === 'de' && (this.lo(j) === 'a' || this.lo(j) === 'au') && WEEKDAYS.get(this.lo(j + 1)) === (wd + 1) % 7) {
      return { s: i, e: j + 2, from: {}, relation: { kind: 'weekday', weekday: wd, dir: 0 } };
    }
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
  protected monthLed(i: number, context: boolean): RawDate | null {
    const m = MONTHS.get(this.lo(i));
    if (!m) return null;
    if (this.kind(i - 1) === 'n' && this.namedAfterDate(i - 1)) return null;
    // `stade du 4-Août`, `place du 26-Mars`: a day and its month joined by a dash name a venue or a street.
    if (this.isP(i - 1, '-') && this.glued(i) && this.glued(i - 1) && this.kind(i - 2) === 'n') return null;
    let j = i + 1;
    const yr = this.year(j, true);
    if (yr) {
      // `de novembre 2025 à janvier 2026`, `entre novembre 2025 et janvier 2026`: both ends with their years.
      const l = this.lo(yr.next);
      const m2 = MONTHS.get(this.lo(yr.next + 1));
      const y2 = m2 ? this.year(yr.next + 2, true) : null;
      if (m2 && y2 && (l === 'a' || l === 'au' || DASHES.has(l) || (l === 'et' && this.lo(i - 1) === 'entre'))) return { s: i, e: y2.next, from: { y: yr.y, m }, to: { y: y2.y, m: m2 } };
      return { s: i, e: yr.next, from: { y: yr.y, m } };
    }
    const l = this.lo(j);
    if ((l === 'a' || l === 'au' || l === 'et' || DASHES.has(l)) && MONTHS.has(this.lo(j + 1))) {
      const m2 = MONTHS.get(this.lo(j + 1))!;
      const y2 = this.year(j + 2, true);
      if (y2) return { s: i, e: y2.next, from: { m, y: m > m2 ? y2.y - 1 : y2.y }, to: { m: m2, y: y2.y } };
      // No year: `de septembre à décembre`, `entre septembre et novembre`; two months joined by `et` are one span
      // when they follow each other (`les bourses de janvier et février`, as `27 et 28 juillet`), a list otherwise.
      if (l !== 'et' || this.lo(i - 1) === 'entre' || m2 === m + 1) return { s: i, e: j + 2, from: { m }, to: { m: m2 } };
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
  protected yearLed(i: number, last: RawDate | undefined): RawDate | null {
    if (!this.isYearNumber(i) || this.gluedBefore(i)) return null;
    if (this.kind(i - 1) === 'n') return null;
    const y1 = +this.tok(i)!.text;

    // Ranges: `2000 à 2024`, `1914-1918`, `1914-18`, `entre 2000 et 2010`, and two years in a row
    // joined by `et` as two days are (`en 2025 et 2026`, like `27 et 28 juillet`).
    const sep = this.lo(i + 1);
    const nextYear = sep === 'et' && this.kind(i + 2) === 'n' && this.tok(i + 2)!.text === String(y1 + 1);
    if (sep === 'a' || sep === 'au' || DASHES.has(sep) || (sep === 'et' && (this.lo(i - 1) === 'entre' || nextYear))) {
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
    return this.copyrightBefore(i) ? 'word' : null;
  }

  /**
   * A copyright notice's year: `© 2025`, `© Le Journal du Soir 2025`, `Copyright 2024`: the sign or
   * the word, then at most a few words of the owner's name on the same line.
   */
  private copyrightBefore(i: number): boolean {
    for (let k = i - 1; k >= 0 && i - k <= 6; k--) {
      if (this.tok(k + 1)?.newline) return false;
      const t = this.tok(k);
      if (!t) return false;
      if (t.text === '©' || t.lo === 'copyright') return true;
      if (t.kind !== 'w' && t.text !== '-' && t.text !== '.' && t.text !== "'") return false;
    }
    return false;
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
  protected relativeDay(i: number): RawDate | null {
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
    // `aujourd'hui vendredi` is one mention (a full date after it stands on its own).
    if (WEEKDAYS.has(this.lo(j)) && !this.day(j + 1) && !this.timeOfDayAt(j + 1)) j++;
    return { s: i, e: j, from: {}, relation: { kind: 'day', offset } };
  }
}
