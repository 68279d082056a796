/**
 * Corpus-level linking. Each file contributes its distinct name forms (type + key, with counts);
 * the linker keeps those contributions in a table updated on every `setFile`/`removeFile`, and
 * updates the clusters lazily on the next query, incrementally: only the forms whose counts,
 * spellings or neighbourhoods changed are re-examined (their surname buckets, clusters, surname
 * groups, venue prefixes and id groups), so an edit costs about what its own forms touch, never
 * a pass over the corpus. The result is a pure function of the current forms (never of the order
 * in which files were added or edited): an incrementally updated linker and a fresh one built
 * from the same files give the same ids and the same groupings.
 *
 * People: full names that agree on first and last word (accent-, case-, typo- and
 * transliteration-tolerant) are one person; a one-word name goes to the person of that surname
 * in the same file (decided per file, see recognize.ts), else to the most mentioned person with
 * that surname in the corpus. Gazetteer names carry their id. Institutions and places: the
 * gazetteer id, the bracket-acronym definitions, or the normalised name; named venues whose name
 * extends another's (`aéroport international X` / `aéroport international X Y`) are one venue.
 *
 * The stages, each a function of the previous ones:
 *   E1  pairs of full person names in a surname (or first-name) bucket of at most 400 names that
 *       name the same person (`samePerson`);                               C1 = components of E1
 *   E2  `F. Honegger` → the one C1 cluster of its surname bucket with a first name in F;
 *                                                                     C2 = components of E1 ∪ E2
 *   surname → the heaviest C2 cluster (sum of counts) with a full name using that surname;
 *   E3  a one-word person name → the cluster of its surname;  E4  venue → venue it extends;
 *   clusters = components of E1 ∪ E2 ∪ E3 ∪ E4; ids: gazetteer id, else the slug of the fullest
 *   name, made unique (`-2`, `-3`…) in the order of the clusters' smallest form.
 */
import { lexicon } from '../entities/lexicon';
import type { AcronymDef, FileAnalysis, RawMention } from '../entities/recognize';
import { comparisonKey, detached, slug } from '../text/normalize';
import type { NameType } from '../types';
import { IntStack } from '../collections/intStack';
import { ListPool } from '../collections/listPool';
import { NameIds } from '../collections/nameIds';
import { boundedEdit, translit } from './similarity';

/** Buckets larger than this (a very common surname or first name) only link by exact keys. */
const BUCKET_LIMIT = 400;

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
   * Its list in the linker's `formFiles`: the ids of the files that mention it, in the order they
   * came (a file always adds or removes all its mentions at once: no counts needed).
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
interface Indexed {
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
  /** Non-person with a one-word name: that word. */
  sw?: string;
  /** Transliterated surname parts (full names) or the surname key (singles). */
  parts: string[];
}

/**
 * A form's spellings by name. Nine forms in ten have a single spelling, held as is; a Map (some
 * 150 bytes even for one entry) only once there are more.
 */
type Spellings = Spelling | Map<string, Spelling> | undefined;

function spellingNamed(s: Spellings, name: string): Spelling | undefined {
  return s instanceof Map ? s.get(name) : s?.name === name ? s : undefined;
}

function withSpelling(s: Spellings, sp: Spelling): Spellings {
  if (s === undefined) return sp;
  if (s instanceof Map) return s.set(sp.name, sp);
  return new Map([
    [s.name, s],
    [sp.name, sp],
  ]);
}

function withoutSpelling(s: Spellings, name: string): Spellings {
  if (!(s instanceof Map)) return s?.name === name ? undefined : s;
  s.delete(name);
  return s.size === 1 ? s.values().next().value : s;
}

function spellingNames(s: Spellings): Iterable<string> {
  return s instanceof Map ? s.keys() : s ? [s.name] : [];
}

/** One folded spelling of a form and how many mentions use it across the corpus. */
export interface Spelling {
  form: Form;
  name: string;
  count: number;
  /** Its surname keys (the transliterated words after the first, of two letters or more), once asked for. */
  surnames?: string[];
}

/** The surname keys of a spelling (`amadou toumani toure` → `tumani`, `ture`), computed once per spelling. */
export function surnameKeys(sp: Spelling): string[] {
  return (sp.surnames ??= sp.name
    .split(' ')
    .slice(1)
    .filter((p) => p.length > 1)
    .map(translit));
}

/**
 * What `add` counted for one file, which is all `remove` needs to take it back: a file's records
 * keep this instead of its recognised mentions (one pointer per mention, no strings of its own).
 */
export interface FileLinks {
  /** Per mention (in the analysis's order): the spelling it counts in, hence its form. */
  spellings: Spelling[];
  /** Mentions counted as venues (their indices). */
  venues: number[];
  /** Mentions that take another form's entity (a one-word name standing for a full name of the file): index → form. */
  localAt: number[];
  localForm: Form[];
  acronyms: AcronymDef[];
  /** The file's weak words, folded and transliterated, each once. */
  weakKeys: string[];
}

interface Bucket {
  members: Set<Form>;
  /** samePerson edges inside this bucket (only while it is small). */
  edges: Map<Form, Set<Form>>;
}

interface Comp2 {
  root: Form;
  members: Form[];
  weight: number;
}

interface Cluster {
  root: Form;
  members: Form[];
  base: string;
  id: string;
}

const NO_NUMBERS: number[] = [];
const NO_FORMS: Form[] = [];
const NO_STRINGS: string[] = [];
const wordCount = (s: string) => s.split(' ').length;

export interface Promotion {
  type: NameType;
  entityId: string;
}

function add<K, V>(m: Map<K, Set<V>>, k: K, v: V): void {
  const s = m.get(k);
  if (s) s.add(v);
  else m.set(k, new Set([v]));
}

function del<K, V>(m: Map<K, Set<V>>, k: K, v: V): void {
  const s = m.get(k);
  if (!s) return;
  s.delete(v);
  if (s.size === 0) m.delete(k);
}

/**
 * Forms in the order of type, then key: how ties are broken wherever the result must not depend
 * on the order forms came in (the order of the strings `type + '\0' + key`, without making them).
 */
const byFid = (a: Form, b: Form) => (a.type < b.type ? -1 : a.type > b.type ? 1 : a.key < b.key ? -1 : a.key > b.key ? 1 : 0);
const fidLess = (a: Form, b: Form) => byFid(a, b) < 0;

/** The order of `Array.prototype.sort()` on strings (UTF-16 code units), several times faster than the default comparison. */
export const byCodeUnits = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

export class Linker {
  /** Forms by type, then key (no `fid` string to build for a look-up). */
  private readonly forms: Record<NameType, Map<string, Form>> = { PERSON: new Map(), INSTITUTION: new Map(), PLACE: new Map() };
  private readonly defs = new Map<string, Map<string, { def: AcronymDef; count: number }>>();
  private readonly dirtyForms = new Set<Form>();
  private readonly dirtyAcronyms = new Set<string>();
  /** Alive clusters by entity id. */
  private readonly clusterById = new Map<string, Cluster>();
  private readonly surnameEntity = new Map<string, string>();
  private readonly singleWordEntity = new Map<string, Promotion>();
  private readonly acronymDef = new Map<string, AcronymDef>();
  /** Bumped whenever an update changed anything a file's resolution depends on. */
  generation = 0;
  /** Files whose resolved mentions may have changed since they were last resolved. */
  readonly stale = new Set<string>();
  /** Entity ids that forms joined or left since the caller last emptied this set. */
  readonly changedEntities = new Set<string>();
  private readonly weakFiles = new Map<string, Set<string>>();
  /** Files as small ids, for the forms' file lists. */
  private readonly fileIds = new NameIds();
  /** Every form's files (see `Form.list`); lists of forms that left are reused. */
  private readonly formFiles = new ListPool();
  private readonly freeLists = new IntStack();
  private nextList = 0;

  // ---- structural indexes (kept in step with each form's `ix`) ----
  private readonly byLast = new Map<string, Bucket>();
  private readonly byFirst = new Map<string, Bucket>();
  /** E1 adjacency with multiplicity (one per small bucket holding the pair). */
  private readonly adj1 = new Map<Form, Map<Form, number>>();
  private readonly e2 = new Map<Form, Form>();
  private readonly e2rev = new Map<Form, Set<Form>>();
  private readonly e3 = new Map<Form, Form>();
  private readonly e3rev = new Map<Form, Set<Form>>();
  /** Transliterated surname part → full person names using it. */
  private readonly partForms = new Map<string, Set<Form>>();
  /** Surname key → one-word person names (all) . */
  private readonly singles = new Map<string, Set<Form>>();
  private readonly venues = new Map<string, Form>();
  /** `type key-prefix` (3+ words) → venues whose name extends it. */
  private readonly venueExt = new Map<string, Set<Form>>();
  /** One word → non-person forms with that one-word name. */
  private readonly swForms = new Map<string, Set<Form>>();
  private readonly surnameRoot = new Map<string, Form>();
  /** C2 root → surname keys it wins. */
  private readonly rootKeys = new Map<Form, Set<string>>();
  private readonly groups = new Map<string, Cluster[]>();
  /** The ids each group holds (as of its last assignment). */
  private readonly groupIds = new Map<string, Set<string>>();

  /** Count a file's recognised names, acronym definitions and weak words; `remove` takes the result back. */
  add(file: string, a: FileAnalysis): FileLinks {
    const spellings = new Array<Spelling>(a.mentions.length);
    let venues = NO_NUMBERS;
    const id = this.fileIds.idOf(file);
    for (let i = 0; i < a.mentions.length; i++) {
      const m = a.mentions[i];
      const sp = this.spellingOf(m);
      const venue = m.kind === 'venue';
      if (venue) (venues === NO_NUMBERS ? (venues = []) : venues).push(i);
      this.count(sp, venue, 1);
      // This file's mentions are counted together: a form it already names has it last.
      const f = sp.form;
      const pool = this.formFiles;
      const size = pool.size(f.list);
      if (size === 0 || pool.data[pool.start(f.list) + size - 1] !== id) pool.push(f.list, id);
      spellings[i] = sp;
    }
    let localAt = NO_NUMBERS;
    let localForm = NO_FORMS;
    for (let i = 0; i < a.mentions.length; i++) {
      const m = a.mentions[i];
      // The full name is a mention of this same file, so its form exists now.
      const f = m.type === 'PERSON' && m.local ? this.forms.PERSON.get(m.local) : undefined;
      if (!f) continue;
      if (localAt === NO_NUMBERS) [localAt, localForm] = [[], []];
      localAt.push(i);
      localForm.push(f);
    }
    for (const d of a.acronyms) this.countDef(d, 1);
    // Weak words are indexed by their folded and their transliterated spelling (surname keys are transliterated).
    const weakKeys = new Set<string>();
    for (const w of a.weak) {
      weakKeys.add(w.key);
      weakKeys.add(translit(w.key));
    }
    for (const key of weakKeys) {
      const s = this.weakFiles.get(key);
      if (s) s.add(file);
      else this.weakFiles.set(key, new Set([file]));
    }
    this.stale.add(file);
    return { spellings, venues, localAt, localForm, acronyms: a.acronyms, weakKeys: [...weakKeys] };
  }

  remove(file: string, links: FileLinks): void {
    const venue = new Set(links.venues);
    const forms = new Set<Form>();
    for (let i = 0; i < links.spellings.length; i++) {
      this.count(links.spellings[i], venue.has(i), -1);
      forms.add(links.spellings[i].form);
    }
    const id = this.fileIds.idOf(file);
    const pool = this.formFiles;
    for (const f of forms) {
      const start = pool.start(f.list);
      const size = pool.size(f.list);
      for (let k = 0; k < size; k++) {
        if (pool.data[start + k] !== id) continue;
        pool.cut(f.list, k, 1);
        break;
      }
    }
    for (const d of links.acronyms) this.countDef(d, -1);
    for (const key of links.weakKeys) {
      const s = this.weakFiles.get(key);
      if (!s) continue;
      s.delete(file);
      if (s.size === 0) this.weakFiles.delete(key);
    }
    this.stale.add(file);
  }

  /** The files that mention form `f`. */
  private *filesOfForm(f: Form): Generator<string> {
    const pool = this.formFiles;
    const start = pool.start(f.list);
    const size = pool.size(f.list);
    for (let k = 0; k < size; k++) yield this.fileIds.names[pool.data[start + k]];
  }

  /** The spelling slot of a mention, creating its form and spelling as needed. */
  private spellingOf(m: RawMention): Spelling {
    let f = this.forms[m.type].get(m.key);
    if (!f) {
      const gazId = m.key.startsWith('gaz:') ? m.key.slice(4) : m.gazId;
      // Forms and spellings outlive the file that first named them: their strings must not point into its text.
      const key = detached(m.key);
      const list = this.freeLists.length > 0 ? this.freeLists.data[--this.freeLists.length] : this.nextList++;
      // Every field from the start: one added later would go to a property block of its own (some 60 bytes a form).
      f = { type: m.type, key, gazId, spellings: undefined, name: '', venueCount: 0, count: 0, list, ix: undefined, seenCount: 0, seenName: '', cluster: undefined, entity: undefined, comp2: undefined };
      this.forms[m.type].set(key, f);
    }
    let sp = spellingNamed(f.spellings, m.name);
    if (!sp) {
      sp = { form: f, name: detached(m.name), count: 0 };
      f.spellings = withSpelling(f.spellings, sp);
    }
    return sp;
  }

  private count(sp: Spelling, venue: boolean, sign: 1 | -1): void {
    const f = sp.form;
    f.count += sign;
    sp.count += sign;
    // A spelling no mention uses any more leaves the form (a new one is made if it comes back).
    if (sp.count <= 0 && spellingNamed(f.spellings, sp.name) === sp) f.spellings = withoutSpelling(f.spellings, sp.name);
    if (venue) f.venueCount += sign;
    this.dirtyForms.add(f);
  }

  private countDef(d: AcronymDef, sign: 1 | -1): void {
    let m = this.defs.get(d.acronym);
    if (!m) {
      if (sign < 0) return;
      this.defs.set(d.acronym, (m = new Map()));
    }
    const k = d.type + '\u0000' + d.fullKey;
    const cur = m.get(k) ?? { def: d, count: 0 };
    cur.count += sign;
    if (cur.count > 0) m.set(k, cur);
    else m.delete(k);
    if (m.size === 0) this.defs.delete(d.acronym);
    this.dirtyAcronyms.add(d.acronym);
  }

  // ---- per-form derived data ----

  private bestName(f: Form): string {
    let best: string | undefined;
    for (const n of spellingNames(f.spellings)) {
      if (best === undefined) best = n;
      else {
        const d = wordCount(n) - wordCount(best);
        if (d > 0 || (d === 0 && n < best)) best = n;
      }
    }
    return best ?? '';
  }

  private indexedOf(f: Form): Indexed | undefined {
    if (f.count <= 0) return undefined;
    const lex = lexicon();
    const name = f.gazId && f.type === 'PERSON' ? comparisonKey(lex.canonicalById.get(f.gazId) ?? f.name) : f.name;
    const words = name.split(' ').filter(Boolean);
    const joined = words.join(' ');
    const person = f.type === 'PERSON';
    const full = person && words.length >= 2;
    const single = person && words.length < 2;
    const venue = f.venueCount > 0;
    const sw0 = !person ? f.name.split(' ') : undefined;
    const sw = sw0 && sw0.length === 1 && sw0[0] ? sw0[0] : undefined;
    let parts = NO_STRINGS;
    if (full) {
      parts = [];
      for (let i = 1; i < words.length; i++) {
        const t = translit(words[i]);
        if (words[i].length >= 2 && !parts.includes(t)) parts.push(t);
      }
    } else if (single) parts = [translit(words[0] ?? '')];
    const first = person ? (words[0] ?? '') : '';
    const last = person ? (words[words.length - 1] ?? '') : '';
    return {
      // The name itself when nothing was dropped, rather than a copy of it.
      words: joined === name ? name : joined,
      n: words.length,
      first,
      last,
      tFirst: translit(first),
      tLast: translit(last),
      full,
      single,
      venue,
      sw,
      parts,
    };
  }

  private static sameIx(a: Indexed | undefined, b: Indexed | undefined): boolean {
    if (!a || !b) return a === b;
    return a.full === b.full && a.single === b.single && a.venue === b.venue && a.sw === b.sw && a.words === b.words;
  }

  private samePerson(a: Form, b: Form): boolean {
    if (a.gazId && b.gazId && a.gazId !== b.gazId) return false;
    const x = a.ix!;
    const y = b.ix!;
    return sameWordT(x.first, x.tFirst, y.first, y.tFirst) && sameWordT(x.last, x.tLast, y.last, y.tLast);
  }

  // ---- E1: buckets and their edges ----

  private incEdge(a: Form, b: Form, d: 1 | -1, touched: Set<Form>): void {
    touched.add(a);
    touched.add(b);
    for (const [x, y] of [
      [a, b],
      [b, a],
    ]) {
      let m = this.adj1.get(x);
      if (!m) this.adj1.set(x, (m = new Map()));
      const n = (m.get(y) ?? 0) + d;
      if (n > 0) m.set(y, n);
      else m.delete(y);
      if (m.size === 0) this.adj1.delete(x);
    }
  }

  private bucketEdge(b: Bucket, x: Form, y: Form, touched: Set<Form>): void {
    add(b.edges, x, y);
    add(b.edges, y, x);
    this.incEdge(x, y, 1, touched);
  }

  private bucketJoin(map: Map<string, Bucket>, key: string, f: Form, touched: Set<Form>): void {
    let b = map.get(key);
    if (!b) map.set(key, (b = { members: new Set(), edges: new Map() }));
    b.members.add(f);
    if (b.members.size <= BUCKET_LIMIT) {
      for (const g of b.members) if (g !== f && this.samePerson(f, g)) this.bucketEdge(b, f, g, touched);
    } else if (b.members.size === BUCKET_LIMIT + 1) {
      for (const [x, ys] of b.edges) for (const y of ys) if (byFid(x, y) < 0) this.incEdge(x, y, -1, touched);
      b.edges.clear();
    }
  }

  private bucketLeave(map: Map<string, Bucket>, key: string, f: Form, touched: Set<Form>): void {
    const b = map.get(key);
    if (!b) return;
    const wasSmall = b.members.size <= BUCKET_LIMIT;
    b.members.delete(f);
    if (wasSmall) {
      for (const g of b.edges.get(f) ?? []) {
        del(b.edges, g, f);
        this.incEdge(f, g, -1, touched);
      }
      b.edges.delete(f);
    } else if (b.members.size === BUCKET_LIMIT) {
      const ms = [...b.members];
      for (let i = 0; i < ms.length; i++) for (let j = i + 1; j < ms.length; j++) if (this.samePerson(ms[i], ms[j])) this.bucketEdge(b, ms[i], ms[j], touched);
    }
    if (b.members.size === 0) map.delete(key);
  }

  // ---- structural (un)indexing ----

  private venueNeighbours(f: Form, ix: Indexed): Form[] {
    const out: Form[] = [];
    if (!ix.venue) return out;
    const w = f.key.split(' ');
    for (let n = 3; n < w.length; n++) {
      const shorter = this.venues.get(f.type + ' ' + w.slice(0, n).join(' '));
      if (shorter && shorter !== f) out.push(shorter);
    }
    for (const g of this.venueExt.get(f.type + ' ' + f.key) ?? []) if (g !== f) out.push(g);
    return out;
  }

  private unindex(f: Form, touched: Set<Form>, touchedLast: Set<string>, seeds: Set<Form>): void {
    const ix = f.ix;
    if (!ix) return;
    if (ix.full) {
      const lk = ix.tLast;
      this.bucketLeave(this.byLast, lk, f, touched);
      this.bucketLeave(this.byFirst, ix.tFirst, f, touched);
      touchedLast.add(lk);
      for (const p of ix.parts) {
        del(this.partForms, p, f);
        this.prevKeys.add(p);
      }
    }
    if (ix.single) {
      del(this.singles, ix.parts[0], f);
      this.prevKeys.add(ix.parts[0]);
    }
    if (ix.venue) {
      for (const g of this.venueNeighbours(f, ix)) seeds.add(g);
      if (this.venues.get(f.type + ' ' + f.key) === f) this.venues.delete(f.type + ' ' + f.key);
      const w = f.key.split(' ');
      for (let n = 3; n < w.length; n++) del(this.venueExt, f.type + ' ' + w.slice(0, n).join(' '), f);
    }
    if (ix.sw !== undefined) {
      del(this.swForms, ix.sw, f);
      this.prevSwKeys.add(ix.sw);
    }
    f.ix = undefined;
  }

  private index(f: Form, ix: Indexed, touched: Set<Form>, touchedLast: Set<string>, seeds: Set<Form>): void {
    f.ix = ix;
    if (ix.full) {
      const lk = ix.tLast;
      this.bucketJoin(this.byLast, lk, f, touched);
      this.bucketJoin(this.byFirst, ix.tFirst, f, touched);
      touchedLast.add(lk);
      for (const p of ix.parts) add(this.partForms, p, f);
    }
    if (ix.single) add(this.singles, ix.parts[0], f);
    if (ix.venue) {
      this.venues.set(f.type + ' ' + f.key, f);
      const w = f.key.split(' ');
      for (let n = 3; n < w.length; n++) add(this.venueExt, f.type + ' ' + w.slice(0, n).join(' '), f);
      for (const g of this.venueNeighbours(f, ix)) seeds.add(g);
    }
    if (ix.sw !== undefined) add(this.swForms, ix.sw, f);
  }

  // ---- components ----

  private neighbours2(f: Form, visit: (g: Form) => void): void {
    for (const g of this.adj1.get(f)?.keys() ?? []) visit(g);
    const t = this.e2.get(f);
    if (t) visit(t);
    for (const g of this.e2rev.get(f) ?? []) visit(g);
  }

  private neighboursAll(f: Form, visit: (g: Form) => void): void {
    this.neighbours2(f, visit);
    const t = this.e3.get(f);
    if (t) visit(t);
    for (const g of this.e3rev.get(f) ?? []) visit(g);
    if (f.ix?.venue) for (const g of this.venueNeighbours(f, f.ix)) visit(g);
  }

  /** Connected components of the alive forms among `start`, by `next`. */
  private components(start: Iterable<Form>, next: (f: Form, visit: (g: Form) => void) => void): Form[][] {
    const seen = new Set<Form>();
    const out: Form[][] = [];
    for (const s of start) {
      if (seen.has(s) || !s.ix) continue;
      seen.add(s);
      const comp = [s];
      for (let i = 0; i < comp.length; i++) {
        next(comp[i], (g) => {
          if (!seen.has(g) && g.ix) {
            seen.add(g);
            comp.push(g);
          }
        });
      }
      out.push(comp);
    }
    return out;
  }

  private c1Root(g: Form, memo: Map<Form, Form>): Form {
    const r = memo.get(g);
    if (r) return r;
    const [comp] = this.components([g], (f, visit) => {
      for (const h of this.adj1.get(f)?.keys() ?? []) visit(h);
    });
    let root = comp[0];
    for (const h of comp) if (fidLess(h, root)) root = h;
    for (const h of comp) memo.set(h, root);
    return root;
  }

  private setEdge(fwd: Map<Form, Form>, rev: Map<Form, Set<Form>>, f: Form, target: Form | undefined, seeds: Set<Form>): void {
    const old = fwd.get(f);
    if (old === target) return;
    seeds.add(f);
    if (old) {
      seeds.add(old);
      del(rev, old, f);
      fwd.delete(f);
    }
    if (target) {
      seeds.add(target);
      fwd.set(f, target);
      add(rev, target, f);
    }
  }

  /** No change waits for `ensure`. */
  get current(): boolean {
    return this.dirtyForms.size === 0 && this.dirtyAcronyms.size === 0;
  }

  /** Recompute the clusters touched by the changes since the last call; marks the files whose resolution may differ. */
  ensure(): void {
    if (this.current) return;
    let changed = false;
    const weakKeys = new Set<string>();

    // Acronym definitions: the most frequent definition of each acronym.
    for (const acr of this.dirtyAcronyms) {
      let best: { def: AcronymDef; count: number } | undefined;
      for (const v of this.defs.get(acr)?.values() ?? []) {
        if (!best || v.count > best.count || (v.count === best.count && (v.def.fullKey < best.def.fullKey || (v.def.fullKey === best.def.fullKey && v.def.type < best.def.type)))) best = v;
      }
      const old = this.acronymDef.get(acr);
      if (best) this.acronymDef.set(acr, best.def);
      else this.acronymDef.delete(acr);
      if (old?.fullKey !== best?.def.fullKey || old?.type !== best?.def.type) weakKeys.add(acr);
    }
    this.dirtyAcronyms.clear();

    // 1. Which forms really changed; re-index those whose shape changed.
    const touched = new Set<Form>(); // endpoints of changed E1 edges
    const touchedLast = new Set<string>(); // byLast buckets whose membership changed
    const seeds = new Set<Form>(); // forms whose final cluster must be recomputed
    const changedShape: Form[] = [];
    const removed: Form[] = [];
    // Forms whose count or spelling changed but not their shape: no edge changes, so their
    // components stay; only weights and names move (see `reweigh`). While a corpus loads, these
    // are most of the dirty forms (every known name mentioned again), and a query between
    // batches would otherwise rebuild the clusters of all the popular names each time.
    const reweighed: Form[] = [];
    for (const f of this.dirtyForms) {
      if (f.count > 0) f.name = this.bestName(f);
      // The shape is a function of the name and of being a venue (the form's type and gazetteer
      // id never change): unchanged inputs, unchanged shape.
      const ix = f.count > 0 && f.ix !== undefined && f.name === f.seenName && f.venueCount > 0 === f.ix.venue ? f.ix : this.indexedOf(f);
      const same = ix === f.ix || Linker.sameIx(ix, f.ix);
      if (same && f.count > 0 && f.count === f.seenCount && f.name === f.seenName) continue;
      if (same && f.count > 0) {
        // Its C2 weight moves with its count (a C2 rebuilt below gets its weight afresh anyway).
        if (f.comp2) f.comp2.weight += f.count - f.seenCount;
        reweighed.push(f);
      } else {
        seeds.add(f);
        if (!same) {
          changedShape.push(f);
          this.unindex(f, touched, touchedLast, seeds);
          if (ix) this.index(f, ix, touched, touchedLast, seeds);
        }
      }
      f.seenCount = f.count;
      f.seenName = f.name;
      if (f.count <= 0) removed.push(f);
    }
    this.dirtyForms.clear();

    // 2. E2 (initials) in every surname bucket whose members or C1 clusters may have changed.
    const lastKeys = new Set(touchedLast);
    const c1Seeds = new Set<Form>(touched);
    for (const f of touched) for (const g of f.comp2?.members ?? []) c1Seeds.add(g);
    for (const comp of this.components(touched, (f, visit) => this.adj1.get(f)?.forEach((_, g) => visit(g)))) for (const g of comp) c1Seeds.add(g);
    for (const g of c1Seeds) if (g.ix?.full) lastKeys.add(g.ix.tLast);
    for (const g of c1Seeds) if (!g.ix && g.comp2) seeds.add(g);
    const memo = new Map<Form, Form>();
    for (const lk of lastKeys) {
      const b = this.byLast.get(lk);
      const small = b !== undefined && b.members.size <= BUCKET_LIMIT;
      for (const f of b?.members ?? []) {
        const xf = f.ix!;
        if (xf.first.length !== 1) continue;
        let target: Form | undefined;
        if (small) {
          const roots = new Set<Form>();
          for (const g of b.members) {
            const xg = g.ix!;
            if (xg.first.length > 1 && xg.first[0] === xf.first && sameWordT(xg.last, xg.tLast, xf.last, xf.tLast)) roots.add(this.c1Root(g, memo));
          }
          if (roots.size === 1) target = [...roots][0];
        }
        this.setEdge(this.e2, this.e2rev, f, target, seeds);
      }
    }
    for (const f of removed) {
      this.setEdge(this.e2, this.e2rev, f, undefined, seeds);
      for (const g of [...(this.e2rev.get(f) ?? [])]) this.setEdge(this.e2, this.e2rev, g, undefined, seeds);
    }
    for (const f of touched) seeds.add(f);

    // 3. C2 components (and weights) of everything touched so far.
    const c2Start = new Set<Form>();
    for (const f of seeds) {
      c2Start.add(f);
      for (const g of f.comp2?.members ?? []) c2Start.add(g);
    }
    const surnameKeys = new Set<string>(this.prevKeys);
    this.prevKeys.clear();
    for (const f of c2Start) {
      if (f.ix?.full) for (const p of f.ix.parts) surnameKeys.add(p);
      f.comp2 = undefined;
    }
    for (const comp of this.components(c2Start, (f, visit) => this.neighbours2(f, visit))) {
      let root = comp[0];
      let weight = 0;
      for (const g of comp) {
        if (fidLess(g, root)) root = g;
        weight += g.count;
      }
      const c: Comp2 = { root, members: comp, weight };
      for (const g of comp) {
        g.comp2 = c;
        seeds.add(g);
        if (g.ix?.full) for (const p of g.ix.parts) surnameKeys.add(p);
      }
    }
    for (const f of changedShape) if (f.ix?.single) surnameKeys.add(f.ix.parts[0]);
    // A C2 kept whose weight moved may win or lose the surnames of its members.
    const reweighedComps = new Set<Comp2>();
    for (const f of reweighed) {
      const c = f.comp2;
      if (!c || reweighedComps.has(c)) continue;
      reweighedComps.add(c);
      for (const g of c.members) if (g.ix?.full) for (const p of g.ix.parts) surnameKeys.add(p);
    }

    // 4. Surname → heaviest C2 cluster; E3 for the one-word names of that surname.
    for (const k of surnameKeys) {
      let best: Comp2 | undefined;
      for (const g of this.partForms.get(k) ?? []) {
        const c = g.comp2;
        if (!c || c === best) continue;
        if (!best || c.weight > best.weight || (c.weight === best.weight && fidLess(c.root, best.root))) best = c;
      }
      const old = this.surnameRoot.get(k);
      const now = best?.root;
      if (old !== now) {
        if (old) del(this.rootKeys, old, k);
        if (now) {
          this.surnameRoot.set(k, now);
          add(this.rootKeys, now, k);
        } else this.surnameRoot.delete(k);
      }
      for (const s of this.singles.get(k) ?? []) if (!s.gazId) this.setEdge(this.e3, this.e3rev, s, now, seeds);
    }
    for (const f of removed) {
      this.setEdge(this.e3, this.e3rev, f, undefined, seeds);
      for (const g of [...(this.e3rev.get(f) ?? [])]) this.setEdge(this.e3, this.e3rev, g, undefined, seeds);
    }

    // 5. Final clusters of everything touched, their bases and ids.
    const start = new Set<Form>();
    const dissolved = new Set<Cluster>();
    for (const f of seeds) {
      start.add(f);
      if (f.cluster) {
        dissolved.add(f.cluster);
        for (const g of f.cluster.members) start.add(g);
      }
    }
    const rebase = new Set<string>();
    for (const c of dissolved) {
      if (this.clusterById.get(c.id) === c) this.clusterById.delete(c.id);
      rebase.add(c.base);
      const g = this.groups.get(c.base)!;
      g.splice(g.indexOf(c), 1);
      if (g.length === 0) this.groups.delete(c.base);
    }
    for (const f of start) f.cluster = undefined;
    const fresh: Cluster[] = [];
    for (const comp of this.components(start, (f, visit) => this.neighboursAll(f, visit))) {
      let root = comp[0];
      for (const g of comp) if (fidLess(g, root)) root = g;
      const c: Cluster = { root, members: comp, base: this.baseOf(comp), id: '' };
      for (const g of comp) g.cluster = c;
      fresh.push(c);
      rebase.add(c.base);
      this.joinGroup(c);
    }
    const renamed = new Set<Cluster>(fresh);
    this.reweigh(reweighed, renamed, rebase);
    this.assignIds(rebase, renamed);

    // 6. Form → entity, and what files must be re-resolved.
    const changedForms: Form[] = [];
    for (const c of renamed) {
      for (const f of c.members) {
        if (f.entity !== c.id) {
          if (f.entity !== undefined) this.changedEntities.add(f.entity);
          this.changedEntities.add(c.id);
          f.entity = c.id;
          changedForms.push(f);
        }
      }
    }
    for (const f of removed) {
      if (f.count > 0 || this.forms[f.type].get(f.key) !== f) continue;
      this.forms[f.type].delete(f.key);
      // No file mentions it any more: the next new form takes its (empty) file list.
      this.formFiles.clear(f.list);
      this.freeLists.push(f.list);
      if (f.entity !== undefined) this.changedEntities.add(f.entity);
      f.entity = undefined;
      f.cluster = undefined;
      f.comp2 = undefined;
      changed = true;
    }
    for (const f of changedForms) {
      changed = true;
      for (const file of this.filesOfForm(f)) this.stale.add(file);
    }

    // 7. Surname and one-word promotions.
    const swKeys = new Set<string>();
    for (const f of changedShape) {
      if (f.ix?.single) surnameKeys.add(f.ix.parts[0]);
      if (f.ix?.sw !== undefined) swKeys.add(f.ix.sw);
    }
    for (const f of seeds) if (f.ix?.sw !== undefined) swKeys.add(f.ix.sw);
    // One-word names that forms left.
    for (const k of this.prevSwKeys) swKeys.add(k);
    this.prevSwKeys.clear();
    for (const f of changedForms) {
      for (const k of this.rootKeys.get(f) ?? []) surnameKeys.add(k);
      if (f.ix?.single) surnameKeys.add(f.ix.parts[0]);
      if (f.ix?.sw !== undefined) swKeys.add(f.ix.sw);
    }
    for (const k of surnameKeys) {
      const r = this.surnameRoot.get(k);
      let id: string | undefined;
      if (r) id = r.entity;
      else {
        let first: Form | undefined;
        for (const s of this.singles.get(k) ?? []) if (!first || fidLess(s, first)) first = s;
        if (first) id = first.entity;
      }
      if (this.surnameEntity.get(k) === id) continue;
      if (id) this.surnameEntity.set(k, id);
      else this.surnameEntity.delete(k);
      weakKeys.add(k);
    }
    for (const w of swKeys) {
      let best: Form | undefined;
      for (const f of this.swForms.get(w) ?? []) if (!best || fidLess(f, best)) best = f;
      const old = this.singleWordEntity.get(w);
      const now = best ? { type: best.type, entityId: best.entity! } : undefined;
      if (old?.type === now?.type && old?.entityId === now?.entityId) continue;
      if (now) this.singleWordEntity.set(w, now);
      else this.singleWordEntity.delete(w);
      weakKeys.add(w);
    }
    for (const k of weakKeys) {
      changed = true;
      for (const f of this.weakFiles.get(k) ?? []) this.stale.add(f);
    }
    if (changed) this.generation++;
  }

  /** Surname keys and one-word names that forms left since the last `ensure`. */
  private readonly prevKeys = new Set<string>();
  private readonly prevSwKeys = new Set<string>();

  /**
   * The clusters kept (not in `fresh`) that hold a form whose count or spelling changed: their
   * members are the same, but the name their id is made from (`baseOf`) may not be. A cluster
   * whose base moved changes group; both groups' ids are then assigned again (`rebase`).
   */
  private reweigh(reweighed: readonly Form[], fresh: ReadonlySet<Cluster>, rebase: Set<string>): void {
    const seen = new Set<Cluster>();
    for (const f of reweighed) {
      const c = f.cluster;
      if (!c || fresh.has(c) || seen.has(c)) continue;
      seen.add(c);
      const base = this.baseOf(c.members);
      if (base === c.base) continue;
      const old = this.groups.get(c.base)!;
      old.splice(old.indexOf(c), 1);
      if (old.length === 0) this.groups.delete(c.base);
      rebase.add(c.base);
      c.base = base;
      rebase.add(base);
      this.joinGroup(c);
    }
  }

  /** Put `c` into the group of its base, which is kept sorted by root. */
  private joinGroup(c: Cluster): void {
    const g = this.groups.get(c.base);
    if (!g) {
      this.groups.set(c.base, [c]);
      return;
    }
    let lo = 0;
    let hi = g.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (fidLess(g[mid].root, c.root)) lo = mid + 1;
      else hi = mid;
    }
    g.splice(lo, 0, c);
  }

  /** The id a cluster proposes: the gazetteer id of its most mentioned known name, else the slug of its fullest name. */
  private baseOf(fs: Form[]): string {
    let gaz: Form | undefined;
    for (const f of fs) if (f.gazId && (!gaz || f.count > gaz.count || (f.count === gaz.count && fidLess(f, gaz)))) gaz = f;
    if (gaz) return gaz.gazId!;
    let best = fs[0];
    for (const f of fs) {
      const lw = f.ix!.n;
      const lb = best.ix!.n;
      if (lw > lb || (lw === lb && (f.count > best.count || (f.count === best.count && f.key < best.key)))) best = f;
    }
    return slug(best.name || best.key);
  }

  /**
   * Ids unique across the corpus: the clusters of one base, in the order of their smallest form,
   * take `base`, `base-2`, `base-3`… skipping an id that the group of base `b` (for a base `b-N`)
   * already took. Reassigns the groups of `bases` and whichever groups that shifts.
   */
  private assignIds(bases: Set<string>, renamed: Set<Cluster>): void {
    const work = [...bases].sort(byCodeUnits);
    const queued = new Set(work);
    for (let i = 0; i < work.length; i++) {
      const base = work[i];
      const g = this.groups.get(base) ?? [];
      const parent = /-\d+$/.test(base) ? this.groups.get(base.replace(/-\d+$/, '')) : undefined;
      const taken = parent?.some((c) => c.id === base) ?? false;
      const now = new Set<string>();
      let n = taken ? 2 : 1;
      for (const c of g) {
        const id = n === 1 ? base : `${base}-${n}`;
        n++;
        now.add(id);
        if (c.id !== id) {
          if (this.clusterById.get(c.id) === c) this.clusterById.delete(c.id);
          c.id = id;
          renamed.add(c);
        }
        this.clusterById.set(id, c);
      }
      const old = this.groupIds.get(base) ?? new Set<string>();
      if (now.size) this.groupIds.set(base, now);
      else this.groupIds.delete(base);
      // An id this group took or gave up may shift the group named after it (`x-2` after `x`'s second cluster).
      for (const id of [...old, ...now]) {
        if (id === base || (old.has(id) && now.has(id)) || queued.has(id) || !this.groups.has(id)) continue;
        queued.add(id);
        let lo = i + 1;
        while (lo < work.length && work[lo] < id) lo++;
        work.splice(lo, 0, id);
      }
    }
  }

  /** The entity of a recognised mention. */
  entityOf(m: RawMention): string {
    this.ensure();
    if (m.type === 'PERSON' && m.local) {
      const id = this.forms.PERSON.get(m.local)?.entity;
      if (id) return id;
    }
    return this.forms[m.type].get(m.key)?.entity ?? slug(m.key);
  }

  /** The files that mention a form of entity `id` (a superset of those whose mentions resolve to it). */
  filesOf(id: string): Set<string> {
    this.ensure();
    const out = new Set<string>();
    for (const f of this.clusterById.get(id)?.members ?? []) for (const file of this.filesOfForm(f)) out.add(file);
    return out;
  }

  /**
   * What the corpus knows about a capitalised word the file could not decide on (its folded
   * `key`, `upper` when written in capitals): a defined acronym, a surname of a known person
   * (preferring a full name of the same file: `localSurname` gives that name's entity by
   * transliterated surname), or a one-word institution or place named elsewhere.
   */
  promote(key: string, upper: boolean, localSurname: (surname: string) => string | undefined): Promotion | undefined {
    this.ensure();
    if (upper) {
      const d = this.acronymDef.get(key);
      if (d) {
        const id = this.forms[d.type].get(d.fullKey)?.entity;
        if (id) return { type: d.type, entityId: id };
      }
    }
    const sk = translit(key);
    const person = this.surnameEntity.get(sk);
    if (person) return { type: 'PERSON', entityId: localSurname(sk) ?? person };
    return this.singleWordEntity.get(key);
  }
}

/** `sameWord` with both transliterations already known. */
function sameWordT(a: string, ta: string, b: string, tb: string): boolean {
  if (a === b) return true;
  if (ta === tb) return true;
  const n = Math.min(a.length, b.length);
  if (n >= 5 && boundedEdit(a, b, 1) <= 1) return true;
  if (n >= 9 && boundedEdit(a, b, 2) <= 2) return true;
  return false;
}
