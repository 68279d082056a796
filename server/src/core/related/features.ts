/**
 * Per-file features for related-article ranking, computed from the article's own text only:
 * boilerplate blocks are blanked first, so two articles of one site are not "related" because
 * they carry the same sidebar.
 *
 * Features are stored compactly (terms and entities interned to integers, typed arrays instead of
 * maps): maps of strings per file would make the layer's memory grow many times over. What is only
 * needed to write reasons (how a word, an entity or a date is written) is read again, from the text,
 * for the few files shown.
 */
import { packInt32 } from '../collections/packInt32';
import { comparisonKey } from '../text/normalize';
import type { BoilerplateBlock, DateMention, NameMention } from '../types';
import type { Vocabulary } from './vocabulary';

// Function words and the most generic news verbs: they carry no story identity, and dropping
// them keeps postings short. Rarity (IDF) handles everything else.
const STOP = new Set(
  (
    'les des une dans pour par sur avec aux ces cette cet son ses sa leur leurs qui que quoi dont ont ete est sont etre avoir ' +
    'elle elles ils nous vous lui eux mais plus pas tres tout tous toute toutes entre sans sous vers chez deja aussi ainsi ' +
    'alors donc car comme apres avant depuis lors pendant selon notamment egalement autres autre meme memes fait faire ' +
    'peut doit avait etait sera seront cela celui celle ceux celles dun dune qu il elle nos notre votre vos mes mon ' +
    'leurs ici deux trois quatre cinq six sept huit neuf dix premier premiere cours lors dont tant bien encore the and'
  ).split(/\s+/),
);

/** `day` of a date known only to the month (day numbers of real dates stay within ±10^8). */
export const NO_DAY = -0x80000000;

export interface DateKey {
  /** Day number since the epoch when the date is a full day, else null. */
  day: number | null;
  /** Year and month as yyyy × 100 + mm, when both are known. */
  month: number;
}

export interface Features {
  /**
   * Interned term ids, in order of first occurrence in the text. Every floating-point sum over a
   * file's terms follows this order, as it followed the insertion order of the map it replaces.
   */
  readonly terms: Int32Array;
  /** counts[i]: raw count of terms[i] in the article's own text. */
  readonly counts: Int32Array;
  /** Interned entity ids, in order of first mention outside boilerplate. */
  readonly entities: Int32Array;
  /** Dated references as pairs: day number (NO_DAY when only the month is known), month. */
  readonly dates: Int32Array;
  /**
   * Places in the article's text, as start, end pairs: the first mention of each entity (in
   * `entities` order), then each date (in `dates` order), then each boilerplate block the features
   * were computed under (the stale check). Offsets rather than strings: the words are read only
   * for the reasons of the few pairs shown, and every file's strings would be kept for them. The text they index is the file's as computed: any change of it recomputes them.
   */
  readonly spans: Int32Array;
}

/** The surface text of the first mention of `f.entities[i]` in `text` (the file's). */
export function entityText(f: Features, text: string, i: number): string {
  return text.slice(f.spans[2 * i], f.spans[2 * i + 1]);
}

/** The surface text of the date at `f.dates[2 * j]` in `text` (the file's). */
export function dateText(f: Features, text: string, j: number): string {
  const at = 2 * (f.entities.length + j);
  return text.slice(f.spans[at], f.spans[at + 1]);
}

/** A light stem: plural `s`/`x` dropped so `accord`/`accords` meet. */
function stem(w: string): string {
  return w.length > 4 && /[sx]$/.test(w) ? w.slice(0, -1) : w;
}

/** Was `blocks` exactly the boilerplate (same blocks, same order) the features were computed under? */
export function sameBoilerplate(f: Features, blocks: readonly BoilerplateBlock[]): boolean {
  const at = 2 * f.entities.length + f.dates.length;
  if (f.spans.length - at !== 2 * blocks.length) return false;
  return blocks.every((b, i) => f.spans[at + 2 * i] === b.start && f.spans[at + 2 * i + 1] === b.end);
}

/**
 * The text with boilerplate blanked (same length, so mention offsets still apply). The features
 * no longer build it (`scanTerms` skips the same ranges in place); it stays as the definition
 * the scan is tested against.
 */
export function ownText(text: string, blocks: readonly BoilerplateBlock[]): string {
  if (!blocks.length) return text;
  let out = '';
  let at = 0;
  for (const b of [...blocks].sort((x, y) => x.start - y.start)) {
    if (b.start < at) continue;
    out += text.slice(at, b.start) + ' '.repeat(b.end - b.start);
    at = b.end;
  }
  return out + text.slice(at);
}

function inBlocks(start: number, blocks: readonly BoilerplateBlock[]): boolean {
  return blocks.some((b) => b.start <= start && start < b.end);
}

function dayNumber(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d);
  return Number.isFinite(t) ? Math.round(t / 86400000) : null;
}

/** `2023-07-29`, `2023-07`, or the first end of a range `2023-07-27/2023-07-28`; X-filled parts are unknown. */
export function dateKey(iso: string | null): DateKey | null {
  if (!iso) return null;
  const first = iso.split('/')[0];
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(first);
  if (!m) return null;
  if (!m[2]) return null; // a bare year is too coarse to tie two stories together
  const day = m[3] ? dayNumber(+m[1], +m[2], +m[3]) : null;
  return { day, month: +m[1] * 100 + +m[2] };
}

/**
 * Term ids of raw tokens. Normalising a token (accent folding, case, stemming) dominated the cost
 * of features; a corpus repeats the same tokens in every file, so one reader caches each distinct
 * token's id for a batch of files, and is dropped after it (the cache is as large as the
 * corpus's distinct spellings).
 */
export class TermReader {
  /** token → term id, or -1 when the token is not a term (stop word, short, number). */
  private readonly cache = new Map<string, number>();

  constructor(private readonly vocab: Vocabulary) {}

  termOf(part: string): number {
    let id = this.cache.get(part);
    if (id === undefined) this.cache.set(part, (id = this.normalise(part)));
    return id;
  }

  private normalise(part: string): number {
    const w = comparisonKey(part);
    if (!w || w.includes(' ')) return -1;
    if (/^\d+$/.test(w) ? !/^(19|20)\d\d$/.test(w) : w.length < 3 || STOP.has(w)) return -1;
    return this.vocab.intern(stem(w));
  }
}

/**
 * Word characters: what `[\p{L}\p{N}]` matches, by code unit (BMP), filled on first sight.
 * 0 unknown, 1 word, 2 not.
 */
const wordUnit = new Uint8Array(0x10000);
const WORD = /^[\p{L}\p{N}]$/u;

function isWordCodePoint(text: string, at: number, cp: number): boolean {
  if (cp < 0x10000) {
    if (!wordUnit[cp]) wordUnit[cp] = WORD.test(text[at]) ? 1 : 2;
    return wordUnit[cp] === 1;
  }
  return WORD.test(String.fromCodePoint(cp));
}

/**
 * Ranges of `text` the features ignore, as `ownText` blanks them: blocks by start, a block that
 * starts inside an earlier one skipped whole.
 */
function blankedRanges(blocks: readonly BoilerplateBlock[]): number[] {
  const out: number[] = [];
  let at = 0;
  for (const b of [...blocks].sort((x, y) => x.start - y.start)) {
    if (b.start < at) continue;
    if (b.end > b.start) out.push(b.start, b.end); // an empty block blanks nothing
    at = b.end;
  }
  return out;
}

/**
 * Calls `visit` with each term of the text outside boilerplate, in text order, and its spelling.
 * A word is a maximal run of letters and digits (code points): what the former scan found by
 * matching `[\p{L}\p{N}'’-]+` (lazily, not with `split`: a 10 MB article overflowed the stack)
 * and splitting each match at apostrophes and hyphens. A hand-written scan allocates nothing but
 * the words, which matters on the first query, when every file of the corpus is read.
 */
export function scanTerms(text: string, blocks: readonly BoilerplateBlock[], reader: TermReader, visit: (term: number, part: string) => void): void {
  const blanked = blankedRanges(blocks);
  let next = 0; // index in `blanked` of the next range to skip
  let start = -1; // start of the current word, -1 outside words
  for (let i = 0; i <= text.length; ) {
    if (next < blanked.length && i >= blanked[next]) {
      if (start >= 0) visitPart(text.slice(start, blanked[next]), reader, visit);
      start = -1;
      i = Math.max(i, blanked[next + 1]);
      next += 2;
      continue;
    }
    const cp = codePointBefore(text, i, next < blanked.length ? blanked[next] : text.length);
    const word = cp >= 0 && isWordCodePoint(text, i, cp);
    if (word && start < 0) start = i;
    else if (!word && start >= 0) {
      visitPart(text.slice(start, i), reader, visit);
      start = -1;
    }
    i += cp > 0xffff ? 2 : 1;
  }
}

/**
 * The code point at `i`, -1 at the end of the text; a surrogate pair cut by `limit` (a blanked
 * range starts inside it) is its lone high surrogate, as blanking left it.
 */
function codePointBefore(text: string, i: number, limit: number): number {
  if (i >= text.length) return -1;
  const cp = text.codePointAt(i) as number;
  return cp > 0xffff && i + 1 >= limit ? text.charCodeAt(i) : cp;
}

function visitPart(part: string, reader: TermReader, visit: (term: number, part: string) => void): void {
  const term = reader.termOf(part);
  if (term >= 0) visit(term, part);
}

/** Entity id → its first mention outside boilerplate. */
export function entitiesOf(names: readonly NameMention[], blocks: readonly BoilerplateBlock[]): Map<string, NameMention> {
  const entities = new Map<string, NameMention>();
  for (const n of names) if (!inBlocks(n.start, blocks) && !entities.has(n.entityId)) entities.set(n.entityId, n);
  return entities;
}

/**
 * Are the file's entities (ids and where they are first mentioned, in order) still those of
 * `names`? What `entitiesOf` would return, compared as it is read, without building it: this runs
 * for every file after any edit.
 */
export function sameEntities(f: Features, names: readonly NameMention[], blocks: readonly BoilerplateBlock[], entityVocab: Vocabulary): boolean {
  const first = new FirstMentions(f, entityVocab);
  for (const n of names) if (!inBlocks(n.start, blocks) && !first.accept(n)) return false;
  return first.complete();
}

/** Reads mentions in order against a file's stored first mentions (ids are distinct). */
class FirstMentions {
  /** Stored first mentions matched so far. */
  private matched = 0;
  /** Their ids, once there are too many to search one by one. */
  private seen: Set<string> | undefined;

  constructor(
    private readonly f: Features,
    private readonly vocab: Vocabulary,
  ) {}

  /** False when the mention contradicts the stored ones. */
  accept(n: NameMention): boolean {
    const { f, matched } = this;
    const id = n.entityId;
    if (matched < f.entities.length && this.vocab.keyOf(f.entities[matched]) === id) {
      // The next new entity: stored ids are distinct, so it was not seen before.
      if (f.spans[2 * matched] !== n.start || f.spans[2 * matched + 1] !== n.end) return false;
      this.matched++;
      this.seen?.add(id);
      if (!this.seen && this.matched > 16) this.seen = new Set(Array.from(f.entities.subarray(0, this.matched), (e) => this.vocab.keyOf(e)));
      return true;
    }
    return this.seenBefore(id); // a later mention of an entity already met, or a new entity
  }

  complete(): boolean {
    return this.matched === this.f.entities.length;
  }

  private seenBefore(id: string): boolean {
    if (this.seen) return this.seen.has(id);
    for (let i = 0; i < this.matched; i++) if (this.vocab.keyOf(this.f.entities[i]) === id) return true;
    return false;
  }
}

export function computeFeatures(
  text: string,
  blocks: readonly BoilerplateBlock[],
  names: readonly NameMention[],
  dates: readonly DateMention[],
  reader: TermReader,
  entityVocab: Vocabulary,
): Features {
  const counts = new Map<number, number>();
  scanTerms(text, blocks, reader, (term) => counts.set(term, (counts.get(term) ?? 0) + 1));
  const entities = entitiesOf(names, blocks);
  const dateDays: number[] = [];
  const spans: number[] = [];
  for (const n of entities.values()) spans.push(n.start, n.end);
  for (const d of dates) {
    if (inBlocks(d.start, blocks)) continue;
    const k = dateKey(d.resolved ?? d.value);
    if (!k) continue;
    dateDays.push(k.day ?? NO_DAY, k.month);
    spans.push(d.start, d.end);
  }
  for (const b of blocks) spans.push(b.start, b.end);
  // One buffer for the five integer arrays: the features of every file are kept (see collections/packInt32.ts).
  const [terms, termCounts, entityIds, days, places] = packInt32([
    [...counts.keys()],
    [...counts.values()],
    Array.from(entities.keys(), (id) => entityVocab.intern(id)),
    dateDays,
    spans,
  ]);
  return { terms, counts: termCounts, entities: entityIds, dates: days, spans: places };
}

/** The first spelling of each term of the text, for readable reasons (the features keep only ids). */
export function surfaces(text: string, blocks: readonly BoilerplateBlock[], reader: TermReader): Map<number, string> {
  const out = new Map<number, string>();
  scanTerms(text, blocks, reader, (term, part) => {
    if (!out.has(term)) out.set(term, part);
  });
  return out;
}
