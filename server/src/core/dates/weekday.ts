/**
 * Weekday check: when the text writes a weekday next to a date whose year is known (written or
 * resolved), compare it with the calendar. `mardi 15 août 2023` is right; `lundi 15 août 2023`
 * is a slip worth a diagnostic. Names are French, lower case, as `WeekdayCheck` expects.
 */
import type { WeekdayCheck } from '../types';
import { WEEKDAY_NAMES } from './lexicon';

export function checkWeekday(written: string, writtenIndex: number, day: { y: number; m: number; d: number }): WeekdayCheck {
  const actualIndex = new Date(Date.UTC(day.y, day.m - 1, day.d)).getUTCDay();
  return { written: written.toLowerCase(), actual: WEEKDAY_NAMES[actualIndex], ok: actualIndex === writtenIndex };
}
