/** What the grammar found, before it is turned into a `DateMention` (value, resolution, weekday check). */

/** Calendar fields the text writes. `yearText` holds partial years: decades `196X`, centuries `18XX`. */
export interface Parts {
  y?: number;
  yearText?: string;
  m?: number;
  d?: number;
  season?: string;
  /** A quarter or half of the year, ISO-TimeML style: `Q1`..`Q4`, `H1`, `H2`. */
  part?: string;
}

/** How a relative or partial reference is tied to its anchor date. */
export type Relation =
  | { kind: 'day'; offset: number }
  | { kind: 'weekday'; weekday: number; dir: -1 | 0 | 1 }
  | { kind: 'year' | 'month' | 'week'; offset: number }
  | { kind: 'vague' };

export interface RawDate {
  /** Token indices: first token, and one past the last. */
  s: number;
  e: number;
  from: Parts;
  /** The end of a range (`27 et 28 juillet 2023`, `2000 à 2024`). */
  to?: Parts;
  /** Set for references with no calendar field in the text (`hier`, `mardi dernier`): value null. */
  relation?: Relation;
  /** `dernier` / `prochain` written after a partial date: which way to look for its year. */
  dir?: -1 | 1;
  /** The weekday written before the day (`mardi 15 août`), with its written form. */
  weekday?: { index: number; written: string };
  /**
   * The first day of a list whose month is written only once, further on (`les 6 et 13 avril`):
   * the text writes just a day number here, so the value is null, but month/year still resolve it.
   */
  bareDay?: boolean;
}
