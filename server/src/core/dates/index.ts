/**
 * The DATE recogniser: every date a French news text writes, with what it says (`value`), what
 * it means in context (`resolved`) and, when a weekday is written next to a full date, whether
 * the two agree (`weekday`).
 *
 * Pipeline (each step linear in the text): a cheap pre-filter → `tokenize` (one character loop
 * that also lists the tokens a date may start at) → the hand-written grammar (`grammar.ts`), run
 * only at those tokens → values (`value.ts`) → resolution against the dateline (`resolve.ts`,
 * with `calendar.ts`) → weekday check (`weekday.ts`). chrono-node was weighed and left out of the core: it misses
 * bare months and years, decades, `27 et 28 juillet` (it reads the 28th) and takes `Sam`, `mer`,
 * `jeu` for weekdays; `scripts/chrono-compare.mjs` measures it beside this recogniser.
 */
import { sharedValues } from '../text/sharedStrings';
import type { DateMention, WeekdayCheck } from '../types';
import { DATE_CANDIDATES, parseDates } from './grammar';
import { resolveAll } from './resolve';
import { tokenize } from './tokens';
import { dateValue } from './value';
import { checkWeekday, sharedCheck } from './weekday';

/**
 * A text with no digit and none of these stems cannot hold a date: skip the tokenizer.
 * (A plain alternation of short literals: the regex engine tries each position once.) Most
 * texts hold a digit, which `HAS_DIGIT` finds much faster than the alternation does.
 */
const HAS_DIGIT = /\d/;
const MAY_HOLD_DATE =
  /\d|janv|f[ée]vr|mars|avril|mai|juin|juil|ao[uû]t|sept|octo|novem|d[ée]cem|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|demain|aujourd|ann[ée]e|\ban\b|mois|semaine|week|printemps|[ée]t[ée]|automne|hiver|si[èe]cle/i;

/** How far (in days) a year-less date may fall from its anchor for its weekday to be checked. */
export const MAX_INFERRED_GAP_DAYS = 60;

/** Every date the text writes, sorted by start, non-overlapping, `text === source.slice(start, end)`. */
export function findDates(text: string): DateMention[] {
  if (!text || !(HAS_DIGIT.test(text) || MAY_HOLD_DATE.test(text))) return [];
  const tokens = tokenize(text, DATE_CANDIDATES);
  const raws = parseDates(tokens);
  const resolutions = resolveAll(raws, tokens);
  return raws.map((r, k) => {
    const start = tokens.start(r.s);
    const end = tokens.end(r.e - 1);
    const res = resolutions[k];
    const value = shared(dateValue(r));
    const resolved = shared(res.resolved);
    // A year inferred from an anchor months away is a guess (an obituary's `lundi 17 février`
    // after `1er mai 1962`): checking a weekday against it would raise false alarms.
    const trusted = res.anchorGap === undefined || res.anchorGap <= MAX_INFERRED_GAP_DAYS;
    if (!(r.weekday && res.day && trusted)) return { type: 'DATE', start, end, text: text.slice(start, end), value, resolved };
    // Written in one literal (not added afterwards), so the object holds all its fields inline.
    const weekday = checkWeekday(r.weekday.written, r.weekday.index, res.day);
    return { type: 'DATE', start, end, text: text.slice(start, end), value, resolved, weekday };
  });
}

/**
 * A file's dates as the index keeps them for as long as the file is in: the offsets, and per date
 * one shared record of what it says and means (a corpus writes the same dates again and again,
 * so distinct records are far fewer than dates); as `DateMention` objects each date also held a
 * text of its own. `unpackDates` makes the mentions again, equal to those packed.
 */
export interface PackedDates {
  /** `start, end` of each date, in order. */
  readonly spans: readonly number[];
  readonly meanings: readonly DateMeaning[];
}

interface DateMeaning {
  readonly value: string | null;
  readonly resolved: string | null;
  readonly weekday?: WeekdayCheck;
}

const NO_DATES: PackedDates = Object.freeze({ spans: Object.freeze([]), meanings: Object.freeze([]) });

const sharedMeaning = sharedValues<DateMeaning>(
  8192,
  (m) => `${m.value ?? '\u0001'}\u0000${m.resolved ?? '\u0001'}\u0000${m.weekday ? `${m.weekday.written}\u0000${m.weekday.actual}\u0000${m.weekday.ok ? 1 : 0}` : ''}`,
  // The strings shared too: dates copied from another thread (`postMessage`) bring their own.
  (m) => Object.freeze(m.weekday ? { value: shared(m.value), resolved: shared(m.resolved), weekday: sharedCheck(m.weekday) } : { value: shared(m.value), resolved: shared(m.resolved) }),
);

/** `dates` (a file's, from `findDates`, here or on another thread) as the index keeps them. */
export function packDates(dates: readonly DateMention[]): PackedDates {
  if (dates.length === 0) return NO_DATES;
  const spans = new Array<number>(2 * dates.length);
  const meanings = new Array<DateMeaning>(dates.length);
  for (let i = 0; i < dates.length; i++) {
    const d = dates[i];
    spans[2 * i] = d.start;
    spans[2 * i + 1] = d.end;
    meanings[i] = sharedMeaning(d);
  }
  return { spans, meanings };
}

/** The mentions `packDates` was given, as `findDates` makes them (fields in the same order); `text` is the file's text. */
export function unpackDates(text: string, packed: PackedDates): DateMention[] {
  const { spans, meanings } = packed;
  const out = new Array<DateMention>(meanings.length);
  for (let i = 0; i < meanings.length; i++) {
    const start = spans[2 * i];
    const end = spans[2 * i + 1];
    const { value, resolved, weekday } = meanings[i];
    out[i] = weekday
      ? { type: 'DATE', start, end, text: text.slice(start, end), value, resolved, weekday }
      : { type: 'DATE', start, end, text: text.slice(start, end), value, resolved };
  }
  return out;
}

/**
 * Values and resolutions repeat across mentions and texts (a corpus writes a few thousand
 * distinct dates), so each distinct string is kept once; `value` and `resolved` then share one
 * string when they are equal. Bounded: emptying the table only costs sharing.
 */
const SHARED = new Map<string, string>();
const MAX_SHARED = 8192;

function shared(s: string | null): string | null {
  if (s === null) return null;
  const known = SHARED.get(s);
  if (known !== undefined) return known;
  if (SHARED.size >= MAX_SHARED) SHARED.clear();
  SHARED.set(s, s);
  return s;
}
