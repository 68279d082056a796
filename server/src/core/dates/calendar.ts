/**
 * UTC calendar arithmetic with the results of `Date` (proleptic Gregorian, times in milliseconds
 * at UTC midnight), as plain integer operations: every `Date` method is a native call, and
 * resolving a text's dates made thousands of them. The day ↔ civil date conversions are Howard
 * Hinnant's `days_from_civil` / `civil_from_days`. Arguments these formulas do not cover the way
 * `Date` does (years 0–99, which `Date.UTC` reads as 19xx; fractions; huge values) go to `Date`.
 */

export const DAY_MS = 86_400_000;

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

/** Days in month m (1..12) of year y: `new Date(Date.UTC(y, m, 0)).getUTCDate()`. */
export function daysInMonth(y: number, m: number): number {
  if (!(y >= 100 && m >= 1 && m <= 12 && Number.isInteger(m))) return new Date(Date.UTC(y, m, 0)).getUTCDate();
  return m === 2 && isLeap(y) ? 29 : MONTH_DAYS[m - 1];
}

/** Days from 1970-01-01 to the first of month m (1..12) of year y. */
function daysFromCivil(y: number, m: number): number {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m > 2 ? m - 3 : m + 9) + 2) / 5);
  return era * 146097 + yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy - 719468;
}

/** `Date.UTC(y, m - 1, d)`: months and days past their end roll over, as `Date` does. */
export function utc(y: number, m: number, d: number): number {
  const plain = Number.isInteger(y) && Number.isInteger(m) && Number.isInteger(d) &&
    y >= 100 && y <= 100_000 && Math.abs(m) <= 1_000_000 && Math.abs(d) <= 10_000_000;
  if (!plain) return Date.UTC(y, m - 1, d);
  const ym = y + Math.floor((m - 1) / 12);
  const mn = m - 1 - Math.floor((m - 1) / 12) * 12 + 1;
  return (daysFromCivil(ym, mn) + d - 1) * DAY_MS;
}

export interface CivilDate {
  y: number;
  /** 1..12 */
  m: number;
  d: number;
}

/** The UTC calendar day of a time: `getUTCFullYear()`, `getUTCMonth() + 1`, `getUTCDate()`. */
export function civil(time: number): CivilDate {
  if (!(Math.abs(time) <= 8.64e15)) {
    const dt = new Date(time);
    return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
  }
  const z = Math.floor(time / DAY_MS) + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d: doy - Math.floor((153 * mp + 2) / 5) + 1 };
}

/** `getUTCDay()`: 0 = Sunday. */
export function weekdayOf(time: number): number {
  if (!(Math.abs(time) <= 8.64e15)) return new Date(time).getUTCDay();
  const days = Math.floor(time / DAY_MS);
  return (((days + 4) % 7) + 7) % 7; // 1970-01-01 was a Thursday
}
