/**
 * Weekday check: when the text writes a weekday next to a date whose year is known (written or
 * resolved), compare it with the calendar. `mardi 15 août 2023` is right; `lundi 15 août 2023`
 * is a slip worth a diagnostic. Names are French, lower case, as `WeekdayCheck` expects.
 */
import type { WeekdayCheck } from '../types';
import { utc, weekdayOf } from './calendar';
import { WEEKDAY_NAMES } from './lexicon';
import { sharedValues } from '../text/sharedStrings';

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

/** The shared, frozen record equal to `check` (one made elsewhere: see `packDates`). */
export const sharedCheck = sharedValues<WeekdayCheck>(
  4096,
  (c) => `${c.written}\u0000${c.actual}\u0000${c.ok ? 1 : 0}`,
  (c) => Object.freeze({ written: c.written, actual: c.actual, ok: c.ok }),
);
