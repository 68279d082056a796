import type { DateMention } from '../types';

/** Every date the text writes. (Placeholder until the date recogniser lands: finds none, invents none.) */
export function findDates(text: string): DateMention[] {
  void text;
  return [];
}
