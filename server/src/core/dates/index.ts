/**
 * The DATE recogniser: every date a French news text writes, with what it says (`value`), what
 * it means in context (`resolved`) and, when a weekday is written next to a full date, whether
 * the two agree (`weekday`).
 *
 * Pipeline (each step linear in the text): a cheap pre-filter → `tokenize` → the hand-written
 * grammar (`grammar.ts`) → values (`value.ts`) → resolution against the dateline (`resolve.ts`)
 * → weekday check (`weekday.ts`). chrono-node was weighed and left out of the core: it misses
 * bare months and years, decades, `27 et 28 juillet` (it reads the 28th) and takes `Sam`, `mer`,
 * `jeu` for weekdays; `scripts/chrono-compare.mjs` measures it beside this recogniser.
 */
import type { DateMention } from '../types';
import { parseDates } from './grammar';
import { resolveAll } from './resolve';
import { tokenize } from './tokens';
import { dateValue } from './value';
import { checkWeekday } from './weekday';

/**
 * A text with no digit and none of these stems cannot hold a date: skip the tokenizer.
 * (A plain alternation of short literals: the regex engine tries each position once.)
 */
const MAY_HOLD_DATE =
  /\d|janv|f[ée]vr|mars|avril|mai|juin|juil|ao[uû]t|sept|octo|novem|d[ée]cem|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|demain|aujourd|ann[ée]e|\ban\b|mois|semaine|week|printemps|[ée]t[ée]|automne|hiver|si[èe]cle/i;

/** How far (in days) a year-less date may fall from its anchor for its weekday to be checked. */
export const MAX_INFERRED_GAP_DAYS = 60;

/** Every date the text writes, sorted by start, non-overlapping, `text === source.slice(start, end)`. */
export function findDates(text: string): DateMention[] {
  if (!text || !MAY_HOLD_DATE.test(text)) return [];
  const tokens = tokenize(text);
  const raws = parseDates(tokens);
  const resolutions = resolveAll(raws, tokens);
  return raws.map((r, k) => {
    const start = tokens[r.s].start;
    const end = tokens[r.e - 1].end;
    const res = resolutions[k];
    const mention: DateMention = { type: 'DATE', start, end, text: text.slice(start, end), value: dateValue(r), resolved: res.resolved };
    // A year inferred from an anchor months away is a guess (an obituary's `lundi 17 février`
    // after `1er mai 1962`): checking a weekday against it would raise false alarms.
    const trusted = res.anchorGap === undefined || res.anchorGap <= MAX_INFERRED_GAP_DAYS;
    if (r.weekday && res.day && trusted) mention.weekday = checkWeekday(r.weekday.written, r.weekday.index, res.day);
    return mention;
  });
}
