/**
 * What the linker links: forms (a type and a folded key, as the files name them) with their
 * spellings, and the groupings it computes over them (C2 components, final clusters). Plain
 * records: the linker's indexes point at them, and a file's records point at its spellings.
 */
import type { NameType } from '../types';

/** A form as the files that mention it see it: opaque outside the linker, except for its entity. */
export interface Form {
  type: NameType;
  key: string;
  gazId?: string;
  /** Every folded spelling of this key with its count; `name` is the fullest (then the smallest). */
  spellings: Spellings;
  name: string;
  venueCount: number;
  count: number;
  /**
   * Its list in the form table's `formFiles`: the ids of the files that mention it, in the order
   * they came (a file always adds or removes all its mentions at once: no counts needed).
   */
  list: number;
  /** What the structural indexes currently hold for this form (undefined: not indexed). */
  ix?: Indexed;
  /** Counts and spelling as of the last `ensure`. */
  seenCount: number;
  seenName: string;
  /** Final cluster (after `ensure`). */
  cluster?: Cluster;
  /** The entity id of that cluster (after `ensure`). */
  entity?: string;
  /** C2 component (persons with a full name, and their initials). */
  comp2?: Comp2;
}

/**
 * The parts of a form the structural indexes depend on. Only the first and last words of a name
 * are compared (`samePerson`, initials), so only they are kept, not every word: one of these per
 * form lives as long as the index.
 */
export interface Indexed {
  /** The name's words joined by single spaces. */
  words: string;
  /** How many words. */
  n: number;
  /** Persons only (else empty): the first and last words, and their transliterations. */
  first: string;
  last: string;
  tFirst: string;
  tLast: string;
  /** Person with at least two words. */
  full: boolean;
  /** Person with fewer than two words. */
  single: boolean;
  venue: boolean;
  /**
   * A body whose linking key opens with a word no lexicon knows (`ubwiza coffee trading`): its first
   * words alone (`ubwiza coffee`, `ubwiza`) name the same body, in any file.
   */
  lead: boolean;
  /** Non-person with a one-word name: that word. */
  sw?: string;
  /** Transliterated surname parts (full names) or the surname key (singles). */
  parts: string[];
}

/** One folded spelling of a form and how many mentions use it across the corpus. */
export interface Spelling {
  form: Form;
  name: string;
  count: number;
  /** Its surname keys (the transliterated words after the first, of two letters or more), once asked for. */
  surnames?: string[];
}

/**
 * A form's spellings by name. Most forms have a single spelling, held as is; a Map (costly even
 * for one entry) only once there are more.
 */
export type Spellings = Spelling | Map<string, Spelling> | undefined;

export function spellingNamed(s: Spellings, name: string): Spelling | undefined {
  return s instanceof Map ? s.get(name) : s?.name === name ? s : undefined;
}

export function withSpelling(s: Spellings, sp: Spelling): Spellings {
  if (s === undefined) return sp;
  if (s instanceof Map) return s.set(sp.name, sp);
  return new Map([
    [s.name, s],
    [sp.name, sp],
  ]);
}

export function withoutSpelling(s: Spellings, name: string): Spellings {
  if (!(s instanceof Map)) return s?.name === name ? undefined : s;
  s.delete(name);
  return s.size === 1 ? s.values().next().value : s;
}

export function spellingNames(s: Spellings): Iterable<string> {
  return s instanceof Map ? s.keys() : s ? [s.name] : [];
}

/** A C2 component: full person names that name one person, with their initials (`F. Honegger`). */
export interface Comp2 {
  root: Form;
  members: Form[];
  weight: number;
}

/** A final cluster: one entity. */
export interface Cluster {
  root: Form;
  members: Form[];
  base: string;
  id: string;
}

/**
 * Forms in the order of type, then key: how ties are broken wherever the result must not depend
 * on the order forms came in (the order of the strings `type + '\0' + key`, without making them).
 */
export const byFid = (a: Form, b: Form) => (a.type < b.type ? -1 : a.type > b.type ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
export const fidLess = (a: Form, b: Form) => byFid(a, b) < 0;
