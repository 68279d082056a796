/**
 * What a name candidate looks like, for the corpus-level learner (core/learning): two views of
 * evidence, in the spirit of Collins & Singer's unsupervised named-entity classification.
 *   - Spelling: the shape of its words (`Xx Xx`, `XX`), how many, what the French lexicon and the
 *     first-name list say of its first and last words, the words themselves, the last word's ending,
 *     whether a town or region of Africa bears that name.
 *   - Context: the words just before and after (a determiner before a name is rare for a person:
 *     `le Dialakoro`, `les Faucons`, `la SOMAGEP`; a speech verb after one is common), and the line
 *     it stands on (a menu of section names, a copyright line, the first line of the page), and
 *     whether the file writes the word inside a person's full name (`Olano` of `Abraham Olano`).
 * Each feature is a string hashed to a small integer (`FEATURE_SPACE` values): the learner keeps
 * counts per feature and class, never the strings. Pure function of the file's tokens.
 */
import { listedPlaceEnd } from './listedPlaces';
import { NAME_CLASSES, WordClass, wordClasses } from '../gazetteer/frenchLexicon';
import { DETERMINERS, isListSeparator, type Ctx } from './context';
import type { Token } from './tokens';

export const FEATURE_BITS = 16;
/** How many features, at the start of a candidate's spelling ones, describe its first word alone. */
export const FIRST_WORD_FEATURES = 2;
/** How many features, at the start of a candidate's context ones, describe what comes before it. */
export const PRECEDING_FEATURES = 3;
export const FEATURE_SPACE = 1 << FEATURE_BITS;

/** The prepositions that open a name's complement (`Banque de France`, `Université du Sahel`). */
const COMPLEMENT_PREPOSITIONS = new Set(['de', "d'", 'du', 'des']);
const PREPOSITIONS = new Set(['de', "d'", 'a', 'en', 'par', 'pour', 'avec', 'sur', 'chez', 'contre', 'selon', 'entre', 'vers', 'dans', 'sous', 'face', 'depuis', 'apres', 'avant']);
/** Characters that separate the items of a menu, a breadcrumb or a share bar. */
const SEPARATORS = new Set(['|', '•', '·', '›', '»', '/', '>', '→']);

/** FNV-1a of a feature's name and value (`prefix + value`, hashed without building the string), folded to `FEATURE_BITS` bits. */
function featureId(prefix: string, value = ''): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < prefix.length; i++) h = Math.imul(h ^ prefix.charCodeAt(i), 0x01000193);
  for (let i = 0; i < value.length; i++) h = Math.imul(h ^ value.charCodeAt(i), 0x01000193);
  return (h ^ (h >>> FEATURE_BITS)) & (FEATURE_SPACE - 1);
}

/** The feature of a candidate with a determiner right before it (`le Dialakoro`): French writes none before a person's name. */
export const DETERMINER_BEFORE = featureId('pc:det');
/** The candidate's words are a town or region the GeoNames list holds (listedPlaces.ts). */
const LISTED_PLACE = featureId('geo');
/** Do a candidate's spelling features `features[from..to)` say its words are a town or region the GeoNames list holds? */
export function namesListedPlace(features: ArrayLike<number>, from: number, to: number): boolean {
  for (let k = from; k < to; k++) if (features[k] === LISTED_PLACE) return true;
  return false;
}
/** The candidate is one word of a person's full name, after its first, that the file also writes in full (`Olano`, `Abraham Olano`). */
const SURNAME_IN_FILE = featureId('doc:surname');
/** The type order of `candidateFeatures`'s `coordinated` bits. */
export const COORDINATED_TYPES = ['PERSON', 'INSTITUTION', 'PLACE'] as const;
/** The candidate is listed with a name of that type (`X, Y et Z`): the items of a list are alike. */
const COORDINATED = COORDINATED_TYPES.map((t) => featureId('co:', t));
const MENU_LINE = featureId('L:menu');
const COPYRIGHT_LINE = featureId('L:copy');
const SHORT_LINE = featureId('L:short');
const FIRST_LINE = featureId('L:first');
const HEADLINE = featureId('L:head');

const LINE_MENU = 1;
const LINE_COPYRIGHT = 2;
const LINE_SHORT = 4;

/** Per line: a menu or share bar (two or more separators), a copyright line, a short line. Memoised per context. */
const lineFlags = new WeakMap<Ctx, Uint8Array>();
function flagsOf(ctx: Ctx): Uint8Array {
  let flags = lineFlags.get(ctx);
  if (flags) return flags;
  const toks = ctx.toks;
  const lines = (toks.length ? toks[toks.length - 1].line : 0) + 1;
  const seps = new Uint16Array(lines);
  const words = new Uint16Array(lines);
  flags = new Uint8Array(lines);
  for (const t of toks) {
    if (t.kind === 'p') {
      if (SEPARATORS.has(t.text)) seps[t.line]++;
      if (t.text === '©') flags[t.line] |= LINE_COPYRIGHT;
    } else if (t.kind === 'w') words[t.line]++;
  }
  for (let l = 0; l < lines; l++) {
    if (seps[l] >= 2) flags[l] |= LINE_MENU;
    if (words[l] <= 4) flags[l] |= LINE_SHORT;
  }
  lineFlags.set(ctx, flags);
  return flags;
}

function shapeOf(t: Token): string {
  if (t.kind === 'n') return '9';
  // Short capitals read as an acronym (`FC`, `SA`, `BC`), longer ones as a surname in capitals.
  if (t.upper) return t.text.length <= 3 ? 'a' : 'A';
  if (t.cap) return t.text.length === 1 ? '1' : 'X';
  return 'x';
}

/** The first-name list's bit in `classBits`, above the lexicon's classes. */
const FIRST_NAME_LISTED = 128;
const NAME_BITS = NAME_CLASSES | FIRST_NAME_LISTED;

/**
 * The ids of the first-word feature (`c0:`) that only the classes of a common noun no list knows as
 * a name hash to (`Procès`, `Examens`, `Crue`). An id that a name's classes reach too is left out, so
 * a test on the id never says more than the classes do.
 */
const COMMON_NOUN_FIRST = (() => {
  const onlyNouns = new Map<number, boolean>();
  for (let bits = 0; bits < 256; bits++) {
    const id = featureId('c0:', String(bits));
    const noun = (bits & WordClass.noun) !== 0 && (bits & NAME_BITS) === 0;
    onlyNouns.set(id, (onlyNouns.get(id) ?? true) && noun);
  }
  return new Set([...onlyNouns].filter(([, noun]) => noun).map(([id]) => id));
})();

/** Does a candidate's first spelling feature say its first word is a common noun and no name? */
export function startsWithCommonNoun(firstFeature: number): boolean {
  return COMMON_NOUN_FIRST.has(firstFeature);
}

/** The ids of the first-word feature that only the classes of a word the lexicon knows as a first name hash to (`Saturnin`, also an adjective). */
const FIRST_NAME_FIRST = (() => {
  const onlyFirstNames = new Map<number, boolean>();
  for (let bits = 0; bits < 256; bits++) {
    const id = featureId('c0:', String(bits));
    onlyFirstNames.set(id, (onlyFirstNames.get(id) ?? true) && (bits & (WordClass.firstName | FIRST_NAME_LISTED)) !== 0);
  }
  return new Set([...onlyFirstNames].filter(([, first]) => first).map(([id]) => id));
})();

/** Does a candidate's first spelling feature say its first word may be a first name? */
export function startsWithFirstName(firstFeature: number): boolean {
  return FIRST_NAME_FIRST.has(firstFeature);
}

/** The lexicon's classes of a word, plus 128 when the first-name list knows it. */
function classBits(ctx: Ctx, t: Token): number {
  return wordClasses(t.key) | (ctx.lex.firstNames.has(t.key) ? FIRST_NAME_LISTED : 0);
}

function contextKey(t: Token | undefined): string {
  if (!t) return '^';
  return t.kind === 'p' ? t.text : t.key;
}

/**
 * Appends the features of the candidate spanning tokens `[s, e)` to `out` (as feature ids): its
 * spelling features, then its context features; returns where the context ones start. Words
 * glued by a hyphen count as one word. `coordinated` has bit t set when the candidate is listed
 * next to a name of type `COORDINATED_TYPES[t]` (see `coordinationBits`).
 */
export function candidateFeatures(ctx: Ctx, s: number, e: number, out: number[], surnameInFile = false, coordinated = 0): number {
  const toks = ctx.toks;
  const first = toks[s];
  let last = first;
  let shape = '';
  let words = 0;
  let complement = false;
  for (let k = s; k < e; k++) {
    const t = toks[k];
    if (k > s && !t.cap && COMPLEMENT_PREPOSITIONS.has(t.key)) complement = true;
    if (t.kind === 'p' || t.joinPrev) continue;
    words++;
    if (words <= 4) shape += shapeOf(t);
    last = t;
  }
  // The first word first: it is what a first-name rule read (see FIRST_WORD_FEATURES).
  out.push(featureId('c0:', String(classBits(ctx, first))), featureId('fw:', first.key));
  out.push(featureId('sh:', shape));
  // The last word of `Banque de Korvan Tisa` is its complement's, often a town's: it says nothing of the name's type.
  if (words > 1 && !complement) out.push(featureId('cL:', String(classBits(ctx, last))), featureId('lw:', last.key));
  if (last.key.length >= 5 && !complement) out.push(featureId('suf:', last.key.slice(-3)));
  if (listedPlaceEnd(toks, s) === e) out.push(LISTED_PLACE);
  const contextStart = out.length;
  const line = first.line;
  const p1 = s > 0 && toks[s - 1].line === line ? toks[s - 1] : undefined;
  const p2 = p1 && s > 1 && toks[s - 2].line === line ? toks[s - 2] : undefined;
  const n1 = e < toks.length && toks[e].line === toks[e - 1].line ? toks[e] : undefined;
  // What comes before first: it is what a context rule read (a title, `à`: see PRECEDING_FEATURES).
  const pk = p1?.key ?? '';
  out.push(featureId('p1:', contextKey(p1)), featureId('p2:', (p2 ? contextKey(p2) : '^')));
  out.push(featureId('pc:', (!p1 ? 'start' : DETERMINERS.has(pk) ? 'det' : PREPOSITIONS.has(pk) ? 'prep' : p1.kind === 'p' ? 'punct' : p1.cap ? 'cap' : 'word')));
  out.push(featureId('n1:', (n1 ? contextKey(n1) : '$')));
  if (surnameInFile) out.push(SURNAME_IN_FILE);
  for (let t = 0; t < COORDINATED.length; t++) if (coordinated & (1 << t)) out.push(COORDINATED[t]);
  const flags = flagsOf(ctx)[line];
  if (flags & LINE_MENU) out.push(MENU_LINE);
  if (flags & LINE_COPYRIGHT) out.push(COPYRIGHT_LINE);
  if (flags & LINE_SHORT) out.push(SHORT_LINE);
  if (line === 0) out.push(FIRST_LINE);
  if (ctx.headlineLine[line]) out.push(HEADLINE);
  return contextStart;
}

/**
 * For a candidate spanning tokens `[s, e)`, the types (as `candidateFeatures` bits) of the names
 * listed right next to it: `, ` or ` et ` between, on one line. `typeEndingAt[k]` and
 * `typeStartingAt[k]` are 1 + the type index of a name ending before / starting at token k, or 0.
 */
export function coordinationBits(toks: readonly Token[], s: number, e: number, typeEndingAt: Uint8Array, typeStartingAt: Uint8Array): number {
  let bits = 0;
  const line = toks[s].line;
  let before = s - 1;
  if (toks[before]?.key === 'et' && toks[before - 1]?.text === ',') before--;
  if (isListSeparator(toks[before]) && toks[before].line === line && typeEndingAt[before]) bits |= 1 << (typeEndingAt[before] - 1);
  let after = e;
  if (isListSeparator(toks[after]) && toks[after].line === line) {
    if (toks[after].text === ',' && toks[after + 1]?.key === 'et') after++;
    const t = typeStartingAt[after + 1];
    if (t && toks[after + 1].line === line) bits |= 1 << (t - 1);
  }
  return bits;
}
