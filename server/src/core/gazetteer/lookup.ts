/**
 * What the shipped gazetteers say about one written name, for explaining a guess (the review
 * queue's evidence), not for recognising: whether the name is a known place, organisation or
 * person, and whether a word is a known first name. Keys are `comparisonKey`s (accents, case and
 * punctuation ignored); the tables are built on first use.
 */
import type { NameType } from '../types';
import { comparisonKey } from '../text/normalize';
import { FIRST_NAMES } from './firstNames';
import { ORGANISATIONS } from './organisations';
import { PEOPLE } from './people';
import { CITIES, COUNTRIES, REGIONS } from './places';

let byName: Map<string, NameType> | undefined;
let firstNames: Set<string> | undefined;

function names(): Map<string, NameType> {
  if (byName) return byName;
  byName = new Map();
  // Organisations win over places, places over people, as the recognisers rank an alias that names several.
  const lists: [NameType, { names: string[] }[][]][] = [
    ['PERSON', [PEOPLE]],
    ['PLACE', [COUNTRIES, REGIONS, CITIES]],
    ['INSTITUTION', [ORGANISATIONS]],
  ];
  for (const [type, groups] of lists) for (const list of groups) for (const e of list) for (const n of e.names) byName.set(comparisonKey(n), type);
  return byName;
}

/** The type the gazetteers give `name` (the whole name, as written), or undefined when they do not list it. */
export function gazetteerType(name: string): NameType | undefined {
  return names().get(comparisonKey(name));
}

/** Whether `word` is a first name of the gazetteer (`Assimi`, `Abdoulaye`). */
export function isKnownFirstName(word: string): boolean {
  firstNames ??= new Set(FIRST_NAMES.map(comparisonKey));
  return firstNames.has(comparisonKey(word));
}
