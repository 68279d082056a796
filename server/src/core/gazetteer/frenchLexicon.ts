/**
 * Word classes of the French lexicon (frenchLexicon.data.ts: common nouns, adjectives, verbs,
 * function words, first names, surnames, proper nouns), for the name learner's spelling view: a
 * capitalised word that French writes in lower case elsewhere (`Finance`, `Faucons`, `Génération`)
 * reads differently from one no dictionary knows (`Dialakoro`, `Kandoro`). Evidence, never a rule:
 * plenty of surnames are common words too.
 *
 * The lists hold some 80,000 words: they are kept as 32-bit hashes in one open-addressing table
 * (a few hundred kilobytes per thread, against megabytes for a Set of strings), built on first use.
 * A hash collision could give a made-up word a class: one chance in tens of thousands, for a
 * feature that only weighs evidence.
 */
import { ADJECTIVES, FIRSTNAMES, FUNCTIONS, NOUNS, PROPERNOUNS, SURNAMES, VERBS } from './frenchLexicon.data';

export const WordClass = {
  noun: 1,
  adjective: 2,
  verb: 4,
  function: 8,
  firstName: 16,
  surname: 32,
  properNoun: 64,
} as const;

/** The classes that say a word names someone or something (a first name, a surname, a proper noun). */
export const NAME_CLASSES = WordClass.firstName | WordClass.surname | WordClass.properNoun;

const BITS = 18;
const MASK = (1 << BITS) - 1;
let keys: Uint32Array | undefined;
let classes: Uint8Array | undefined;

/** FNV-1a over the UTF-16 units, never 0 (0 marks an empty slot). */
function hash(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0 || 1;
}

function build(): void {
  keys = new Uint32Array(1 << BITS);
  classes = new Uint8Array(1 << BITS);
  const lists: [string, number][] = [
    [NOUNS, WordClass.noun],
    [ADJECTIVES, WordClass.adjective],
    [VERBS, WordClass.verb],
    [FUNCTIONS, WordClass.function],
    [FIRSTNAMES, WordClass.firstName],
    [SURNAMES, WordClass.surname],
    [PROPERNOUNS, WordClass.properNoun],
  ];
  for (const [list, cls] of lists) {
    let start = 0;
    while (start < list.length) {
      let end = list.indexOf(' ', start);
      if (end < 0) end = list.length;
      const h = hash(list.slice(start, end));
      let slot = h & MASK;
      while (keys[slot] !== 0 && keys[slot] !== h) slot = (slot + 1) & MASK;
      keys[slot] = h;
      classes[slot] |= cls;
      start = end + 1;
    }
  }
}

function exact(key: string): number {
  if (!keys) build();
  const h = hash(key);
  for (let slot = h & MASK; keys![slot] !== 0; slot = (slot + 1) & MASK) if (keys![slot] === h) return classes![slot];
  return 0;
}

/** Plural and feminine endings the dictionary does not list (`guepards`, `ethiopienne`, `canaux`). */
const ENDINGS: readonly [string, string][] = [
  ['aux', 'al'],
  ['nnes', 'n'],
  ['nne', 'n'],
  ['es', ''],
  ['s', ''],
  ['x', ''],
  ['e', ''],
];

/**
 * The classes of a folded word (lower case, accents folded: a token's `key`), as a bit set of
 * `WordClass`; an inflected form takes the classes of its base form. 0: no dictionary knows it.
 */
export function wordClasses(key: string): number {
  let c = exact(key);
  if (c !== 0 || key.length < 4) return c;
  const known = inflected.get(key);
  if (known !== undefined) return known;
  for (const [end, base] of ENDINGS) {
    if (!key.endsWith(end)) continue;
    c = exact(key.slice(0, key.length - end.length) + base) & (WordClass.noun | WordClass.adjective);
    if (c !== 0) break;
  }
  // Bounded: a corpus writes its few thousand unknown words over and over.
  if (inflected.size >= INFLECTED_MAX) inflected.clear();
  inflected.set(key, c);
  return c;
}

const INFLECTED_MAX = 8192;
/** Words the dictionary does not list as written, with the classes found for them (0: none). */
const inflected = new Map<string, number>();
