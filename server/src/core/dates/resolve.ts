/**
 * `resolved`: the calendar date a mention means, by plain UTC date arithmetic (no library: the
 * rules are few and chrono-node would add hundreds of kilobytes to every bundle).
 *
 * Anchor rule. A "full explicit date" is a mention whose text writes day, month and year
 * (`mardi 15 août 2023`, `12/02/2026`, `27 et 28 juillet 2023` — a range anchors on its end).
 *   - A partial or relative mention is resolved against the LATEST full explicit date written
 *     BEFORE it. Scraped news pages mix the article with teasers of other articles, each with
 *     its own date (`ce jeudi 30 décembre 2021 … s'achèvent aujourd'hui`): the nearest date
 *     before a mention is the best local evidence of "now", better than one page-wide date.
 *   - A mention with no full date before it uses the DATELINE: the first full explicit date of
 *     the text (`mardi 14 octobre … à partir du 23 octobre 2025`).
 *   - No full explicit date at all: `resolved` is null for partial and relative mentions.
 * Partial dates take the year that puts them closest to the anchor, or with `dernier` /
 * `prochain` the nearest year before / after it. Relative days count from the anchor (`hier`
 * = anchor − 1, `mardi dernier` = the last Tuesday strictly before it, a bare `mardi` = the
 * latest Tuesday on or before it). Absolute dates resolve to their own value (`1960`, `196X`).
 * `day` is returned with `inferred` set when the year came from an anchor, and `anchorGap` (in
 * days) lets the weekday check ignore inferences that reach too far from their anchor.
 */
import type { Parts, RawDate, Relation } from './model';
import type { TokenList } from './tokens';
import { DAY_MS, civil, daysInMonth, utc, weekdayOf } from './calendar';
import { pad2, pad4, partsToIso } from './value';

interface Anchor {
  /** Character offset where the anchoring mention starts. */
  pos: number;
  /** UTC midnight of the anchor day. */
  time: number;
}

export interface Resolution {
  resolved: string | null;
  /** The full date of the first day, when known: what a written weekday is checked against. */
  day?: { y: number; m: number; d: number };
  /** The year of `day` was inferred from an anchor this many days away (absent when written). */
  anchorGap?: number;
}

function isFull(p: Parts | undefined): p is Required<Pick<Parts, 'y' | 'm' | 'd'>> & Parts {
  return !!p && p.y !== undefined && p.m !== undefined && p.d !== undefined && !p.season && p.d <= daysInMonth(p.y, p.m);
}

function isoDay(time: number): string {
  const { y, m, d } = civil(time);
  return `${pad4(y)}-${pad2(m)}-${pad2(d)}`;
}

/** Full explicit dates in text order: the anchors. */
export function findAnchors(raws: readonly RawDate[], tokens: TokenList): Anchor[] {
  const anchors: Anchor[] = [];
  for (const r of raws) {
    if (r.relation || r.bareDay) continue;
    const end = r.to ?? r.from;
    if (isFull(r.from) && (!r.to || isFull(r.to))) anchors.push({ pos: tokens.start(r.s), time: utc(end.y!, end.m!, end.d!) });
  }
  return anchors;
}

/** Resolves every mention; `raws` are in text order, so one pointer walks the anchors. */
export function resolveAll(raws: readonly RawDate[], tokens: TokenList): Resolution[] {
  const anchors = findAnchors(raws, tokens);
  const dateline = anchors.length ? anchors[0] : null;
  const out: Resolution[] = [];
  let k = -1; // index of the latest anchor that starts before the current mention
  for (const r of raws) {
    const pos = tokens.start(r.s);
    while (k + 1 < anchors.length && anchors[k + 1].pos < pos) k++;
    out.push(resolveOne(r, k >= 0 ? anchors[k] : dateline));
  }
  return out;
}

function resolveOne(r: RawDate, anchor: Anchor | null): Resolution {
  if (r.relation) return { resolved: anchor ? resolveRelation(r.relation, anchor.time) : null };
  const from = r.from;
  if (from.yearText) return { resolved: r.to ? `${from.yearText}/${partsToIso(r.to) ?? 'XXXX'}` : from.yearText };
  if (from.part && from.y === undefined) {
    return { resolved: anchor ? `${civil(anchor.time).y}-${from.part}` : null };
  }
  const needsYear = from.y === undefined && (from.m !== undefined || from.season !== undefined);
  if (!needsYear) {
    const a = partsToIso(from);
    const b = r.to ? partsToIso(r.to) : null;
    return { resolved: r.to ? (a && b ? `${a}/${b}` : null) : a, day: isFull(from) ? { y: from.y!, m: from.m!, d: from.d! } : undefined };
  }
  if (!anchor || from.season) return { resolved: null };
  const y = pickYear(from.m!, from.d, anchor.time, r.dir);
  const f: Parts = { ...from, y };
  let resolved = partsToIso(f);
  if (r.to) {
    const to: Parts = { ...r.to, y: r.to.y ?? (r.to.m !== undefined && r.to.m < from.m! ? y + 1 : y) };
    const b = partsToIso(to);
    resolved = resolved && b ? `${resolved}/${b}` : null;
  }
  if (!isFull(f)) return { resolved };
  const gap = Math.round(Math.abs(utc(y, f.m!, f.d!) - anchor.time) / DAY_MS);
  return { resolved, day: { y, m: f.m!, d: f.d! }, anchorGap: gap };
}

/**
 * The year for a month (and day) written without one: the candidate closest to the anchor, or
 * with `dernier` the latest one before it, with `prochain` the earliest one after it.
 */
export function pickYear(m: number, d: number | undefined, anchor: number, dir?: -1 | 1): number {
  const { y: ay, m: am } = civil(anchor);
  // Compare at the precision the text gives: days when a day is written, months otherwise.
  const key = (y: number): number => (d !== undefined ? utc(y, m, Math.min(d, daysInMonth(y, m))) / DAY_MS : y * 12 + m);
  const ref = d !== undefined ? anchor / DAY_MS : ay * 12 + am;
  const candidates = [ay - 1, ay, ay + 1];
  if (dir === -1) return candidates.filter((y) => key(y) < ref).pop() ?? ay - 1;
  if (dir === 1) return candidates.find((y) => key(y) > ref) ?? ay + 1;
  let best = ay;
  for (const y of candidates) if (Math.abs(key(y) - ref) < Math.abs(key(best) - ref)) best = y;
  return best;
}

export function resolveRelation(rel: Relation, anchor: number): string | null {
  switch (rel.kind) {
    case 'day':
      return isoDay(anchor + rel.offset * DAY_MS);
    case 'weekday': {
      const aw = weekdayOf(anchor);
      let delta: number;
      if (rel.dir === -1) delta = -(((aw - rel.weekday + 7) % 7) || 7); // strictly before: `mardi dernier`
      else if (rel.dir === 1) delta = ((rel.weekday - aw + 7) % 7) || 7; // strictly after: `lundi prochain`
      else delta = -((aw - rel.weekday + 7) % 7); // bare weekday in news: the latest one, today included
      return isoDay(anchor + delta * DAY_MS);
    }
    case 'year':
      return pad4(civil(anchor).y + rel.offset);
    case 'month': {
      const a = civil(anchor);
      const idx = a.y * 12 + a.m - 1 + rel.offset;
      return `${pad4(Math.floor(idx / 12))}-${pad2((idx % 12) + 1)}`;
    }
    case 'week':
      return isoWeek(anchor + rel.offset * 7 * DAY_MS);
    default:
      return null;
  }
}

/** ISO 8601 week of a day: `2023-W33`. */
export function isoWeek(time: number): string {
  const wd = weekdayOf(time) || 7;
  const thursday = time + (4 - wd) * DAY_MS;
  const y = civil(thursday).y;
  const week = Math.floor((thursday - utc(y, 1, 1)) / (7 * DAY_MS)) + 1;
  return `${y}-W${pad2(week)}`;
}
