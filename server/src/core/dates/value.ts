/**
 * `value`: the ISO 8601 form of what the text itself says, `X` for what it leaves out, `a/b` for
 * ranges, null for references that write no calendar field (`hier`, `mardi dernier`, `été`).
 * A modifier does not erase what is written: `juin prochain` → `XXXX-06`, `6 mai dernier` →
 * `XXXX-05-06` (the gold keeps the written month and day and leaves the year open).
 */
import type { Parts, RawDate } from './model';

export const pad2 = (n: number): string => String(n).padStart(2, '0');
export const pad4 = (n: number): string => String(n).padStart(4, '0');

/** One end of a date as ISO with X placeholders; null when nothing calendar-like is written. */
export function partsToIso(p: Parts): string | null {
  if (p.yearText) return p.yearText;
  const year = p.y !== undefined ? pad4(p.y) : 'XXXX';
  if (p.part) return `${year}-${p.part}`;
  if (p.season) return p.y !== undefined ? `${year}-${p.season}` : null;
  if (p.m === undefined) return p.y !== undefined ? year : null;
  return p.d === undefined ? `${year}-${pad2(p.m)}` : `${year}-${pad2(p.m)}-${pad2(p.d)}`;
}

export function dateValue(r: RawDate): string | null {
  // The bare first day of a list (`les 6 et 13 avril` → `6`) writes no month of its own.
  if (r.relation || r.bareDay) return null;
  const a = partsToIso(r.from);
  if (!r.to) return a;
  const b = partsToIso(r.to);
  return a !== null && b !== null ? `${a}/${b}` : null;
}
