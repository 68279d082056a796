/**
 * Weekday check: when the text writes a weekday next to a date whose year is known (written or
 * resolved), compare it with the calendar. `mardi 15 août 2023` is right; `lundi 15 août 2023`
 * is a slip worth a diagnostic. Names are French, lower case, as `WeekdayCheck` expects.
 */
import type { WeekdayCheck } from '../types';
import { utc, weekdayOf } from './calendar';
import { WEEKDAY_NAMES } from './lexicon';

/**
 * Checks are shared: a corpus writes the same few weekday spellings over and over, and one frozen
 * record per (spelling, written day, actual day) spares an object and a string per mention.
 * Bounded like any cache; emptying it only costs sharing.
 */
const CHECKS = new Map<string, WeekdayCheck[]>();
const MAX_SPELLINGS = 256;

export function checkWeekday(written: string, writtenIndex: number, day: { y: number; m: number; d: number }): WeekdayCheck {
  const actualIndex = weekdayOf(utc(day.y, day.m, day.d));
  const lower = written.toLowerCase();
  let checks = CHECKS.get(lower);
  if (!checks) {
    if (CHECKS.size >= MAX_SPELLINGS) CHECKS.clear();
    checks = [];
    CHECKS.set(lower, checks);
  }
  const key = writtenIndex * 7 + actualIndex;
  return (checks[key] ??= Object.freeze({ written: lower, actual: WEEKDAY_NAMES[actualIndex], ok: actualIndex === writtenIndex }));
}

/** Shared records of checks made elsewhere (see `adoptDates`), by their fields. */
const ADOPTED = new Map<string, WeekdayCheck>();
const MAX_ADOPTED = 4096;

/** The shared, frozen record equal to `check`. */
export function sharedCheck(check: WeekdayCheck): WeekdayCheck {
  const key = `${check.written}\u0000${check.actual}\u0000${check.ok ? 1 : 0}`;
  let known = ADOPTED.get(key);
  if (!known) {
    if (ADOPTED.size >= MAX_ADOPTED) ADOPTED.clear();
    known = Object.freeze({ written: check.written, actual: check.actual, ok: check.ok });
    ADOPTED.set(key, known);
  }
  return known;
}
