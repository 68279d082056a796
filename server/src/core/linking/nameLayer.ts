/**
 * The name layer: PERSON, INSTITUTION and PLACE recognition per file (a pure function of the
 * text, see entities/recognize.ts) and linking across the corpus (linker.ts).
 *
 * Incrementality: `setFile` re-analyses that file only (or takes its analysis ready-made, see
 * `setFile`'s `recognized`) and swaps its contribution in the linker's form table. Linking is
 * updated lazily on the next query, for the clusters the changed forms touch only (see
 * linker.ts); the files the linker reports as stale (an entity or a corpus-learned word they use
 * changed) get a new revision and their weak words are read again.
 *
 * Memory: a file keeps no mention objects. Its record holds the text (shared with the caller),
 * the mentions' offsets and types in one typed array, and per mention a pointer to the linker's
 * spelling slot (hence its form, hence its entity id, read when asked). Mention objects and
 * entities are built on demand and cached until a change touches them (a file that mentions them
 * changed, or forms joined or left them).
 */
import { recognize, Strength, type FileAnalysis } from '../entities';
import { namesListedPlace, startsWithCommonNoun, startsWithFirstName } from '../entities/evidence';
import { opensListedPlace } from '../entities/listedPlaces';
import { Candidates } from '../learning/candidates';
import { NameLearner, PROMOTE_CONFIDENCE, RETYPE_CONFIDENCE, UNCLAIMED, type Decision, type LearnerFile } from '../learning/nameLearner';
import { NONE } from '../learning/typeModel';
import { WordClass, wordClasses } from '../gazetteer/frenchLexicon';
import { isKnownFirstName } from '../gazetteer/lookup';
import { slug } from '../text/normalize';
import { sharedValues } from '../text/sharedStrings';
import { detached, TextStore } from '../text/textStore';
import type { Entity, EntityMentionRef, NameMention, NameType, Span } from '../types';
import type { FileLinks } from './formTable';
import type { Form } from './forms';
import { Linker, type Promotion } from './linker';
import { MentionRuns } from './mentionRuns';
import { wholeBodyName } from './wholeBodyNames';
import { canonicalSpelling, translit } from './similarity';
import { byCodeUnits, surnameKeys } from './spellings';

/** People, institutions and places: recognition in each file, linking across the corpus. */
export interface NameLayer {
  /**
   * Recognise names in `text`, never inside `exclude` (the file's date spans); `recognized` is
   * `recognize(text, exclude)` when already computed (by an indexing thread).
   */
  setFile(file: string, text: string, exclude: readonly Span[], recognized?: FileAnalysis): void;
  removeFile(file: string): void;
  /** The file's name mentions, sorted by start, linked to corpus entities. */
  mentions(file: string): NameMention[];
  entity(id: string): Entity | undefined;
  entities(): Iterable<Entity>;
  /**
   * Links what changed since the last query, a step at a time while `more()` says so (what the next
   * query would do at once); true once none is left.
   */
  prepare(more: () => boolean): boolean;
}

const TYPES: readonly NameType[] = ['PERSON', 'INSTITUTION', 'PLACE'];
const TYPE_CODE = new Map<NameType, number>(TYPES.map((t, i) => [t, i]));
const NO_SPANS = new Int32Array(0);
const NO_ROLES: readonly string[] = [];

/** What the layer keeps of one file (see the header: no per-mention objects). */
interface FileRecord {
  /** Recognised mentions, sorted by start: start, end and type code (index in TYPES), three numbers each. */
  spans: Int32Array;
  /** What the linker counted for them: per mention its spelling slot, hence its form. */
  links: FileLinks;
  /** The mentions that have roles (indices, ascending) and their roles (shared: see `sharedRoles`). */
  roleAt: Int32Array;
  roles: (readonly string[])[];
  /** Weak words in text order: start, end, and how written: 1 in capitals, 2 in capitals after an article, 3 at a sentence's start. */
  weak: Int32Array;
  weakKeys: string[];
  /** The corpus's reading of each weak word as of the file's last resolution (undefined: none). */
  promoted: (Promotion | undefined)[];
  /**
   * The file's candidates (mentions, then weak words) as the learner reads them, with its reading of
   * each guess as of the file's last resolution: a class (NONE: not a name) and how sure it is.
   */
  candidates: Candidates;
  /** The same, with each candidate's name key, as the learner reads a file. */
  learn: LearnerFile;
  /**
   * Mentions the learner retyped, by index, with the entity their name has under the learned type
   * elsewhere (`Jigi Sira` a guessed person here, read as the party `le parti Jigi Sira` names), as of
   * the file's last resolution; undefined when none.
   */
  retyped?: Map<number, string>;
}

const PERSON = TYPE_CODE.get('PERSON')!;
/** Below this, the learner's best reading of a name that cannot be a person is no reading at all. */
const UNSURE_CONFIDENCE = 0.5;
/** A place decision this sure overrules a first name's spelling (see keepsPerson). */
const SURE_PLACE_CONFIDENCE = 0.9;
/** How a weak word is written (the third number of its row in `FileRecord.weak`). */
const UPPER = 1;
const ARTICLED = 2;
const SENTENCE_START = 3;
/** Bit added to the codes above: the word stands next to another weak word (`WeakCandidate.inRun`). */
const IN_RUN = 4;
/** Bit added to the codes above: the word stands on a menu bar or a breadcrumb trail (`WeakCandidate.onMenu`). */
const ON_MENU = 8;
const INSTITUTION = TYPE_CODE.get('INSTITUTION')!;
const PLACE = TYPE_CODE.get('PLACE')!;
const COMMON_WORD = WordClass.noun | WordClass.adjective | WordClass.verb | WordClass.function;
/** An acronym this short may spell a common word (`le TAS`, the sports court); a longer common word is a word. */
const MAX_ACRONYM_LETTERS = 4;

/** How sure a rule is of its reading, when nothing is learned about it (see `Strength`). */
const RULE_CONFIDENCE: Record<number, number> = { [Strength.known]: 0.95, [Strength.cue]: 0.8, [Strength.guess]: 0.5 };

/** Role lists repeat across files (`Président de la Transition`): each distinct one is kept once, frozen. */
const sharedRoles = sharedValues<readonly string[]>(1 << 14, (r) => r.join('\u0000'), (r) => Object.freeze(r.slice()));

function makeRecord(a: FileAnalysis, links: FileLinks): FileRecord {
  const n = a.mentions.length;
  const w = a.weak.length;
  let r = 0;
  for (const m of a.mentions) if (m.roles.length) r++;
  // Spans, weak words and the role indices share one buffer (see packed.ts): a record is kept for every file.
  const rows = n + w + r ? new Int32Array(3 * (n + w) + r) : NO_SPANS;
  const spans = n ? rows.subarray(0, 3 * n) : NO_SPANS;
  const roleAt = r ? rows.subarray(3 * (n + w)) : NO_SPANS;
  const roles = new Array<readonly string[]>(r);
  for (let i = 0, k = 0; i < n; i++) {
    const m = a.mentions[i];
    spans[3 * i] = m.start;
    spans[3 * i + 1] = m.end;
    spans[3 * i + 2] = TYPE_CODE.get(m.type)!;
    if (m.roles.length) {
      roleAt[k] = i;
      roles[k++] = sharedRoles(m.roles);
    }
  }
  const weak = w ? rows.subarray(3 * n, 3 * (n + w)) : NO_SPANS;
  const weakKeys = new Array<string>(w);
  for (let j = 0; j < w; j++) {
    const c = a.weak[j];
    weak[3 * j] = c.start;
    weak[3 * j + 1] = c.end;
    weak[3 * j + 2] = (c.articled ? ARTICLED : c.upper ? UPPER : c.sentenceStart ? SENTENCE_START : 0) | (c.inRun ? IN_RUN : 0) | (c.onMenu ? ON_MENU : 0);
    weakKeys[j] = c.key;
  }
  const ruleType = new Uint8Array(n + w);
  const strength = new Uint8Array(n + w);
  for (let i = 0; i < n; i++) {
    ruleType[i] = spans[3 * i + 2];
    strength[i] = a.mentions[i].strength;
  }
  ruleType.fill(UNCLAIMED, n);
  // A weak word the lexicon knows as a common word is an example of what is not a name; any other is a
  // guess, but one at a sentence's start, which only a person's surname may read, is left out of the learning.
  for (let j = 0; j < w; j++) strength[n + j] = (weak[3 * j + 2] & ~(IN_RUN | ON_MENU)) === SENTENCE_START ? Strength.unread : wordClasses(weakKeys[j]) & COMMON_WORD ? Strength.cue : Strength.guess;
  const candidates = new Candidates(a.features, a.featureStart, a.contextStart, ruleType, strength);
  const learn: LearnerFile = { candidates, keyOf: (c) => (c < n ? links.spellings[c].form.key : weakKeys[c - n]) };
  return { spans, links, roleAt, roles, weak, weakKeys, promoted: [], candidates, learn };
}

/**
 * Does a "person" guess keep its type against the learner's decision `d`? One that may open with a first name
 * (`à Saturnin Allagbé`) or holds a known one before its last word (`de Thierno Ousmane Barry`) keeps it against a
 * place's context; a bare surname of a person named in full keeps it when its contexts read a person's (`la défense
 * de Barry`): a bare word's spelling leans to places, which sure examples hold most of.
 */
function keepsPerson(rec: FileRecord, i: number, d: Decision): boolean {
  if (rec.candidates.ruleType(i) !== PERSON || d.cls !== PLACE) return false;
  const words = rec.learn.keyOf(i).split(' ');
  // Not against a corpus all but sure of its place when the first word opens towns' names too (`Dan Kada`, `Ben Amira`).
  if (d.confidence >= SURE_PLACE_CONFIDENCE && words.length > 1 && opensListedPlace(words[0])) return false;
  if (words.length === 1) return d.contextCls === PERSON && mentionEntity(rec, i) !== slug(words[0]);
  if (startsWithFirstName(rec.candidates.features[rec.candidates.start(i)])) return true;
  for (let w = 1; w < words.length - 1; w++) if (isKnownFirstName(words[w])) return true;
  return false;
}

/**
 * Does a place guess the GeoNames list names keep its type against the learner's reading of a body? Contexts alone
 * (a teaser's lead `— Kalalé :`, `du Borgou` as in a body's `Voix du Borgou`) do not make a town a body; the first
 * word of a body the file names (made-up: `le promoteur Kalima Properties`, then `chez Kalima`) may be that body.
 */
function keepsListedPlace(rec: FileRecord, i: number, d: Decision): boolean {
  const cs = rec.candidates;
  if (cs.ruleType(i) !== PLACE || d.cls !== INSTITUTION || !namesListedPlace(cs.features, cs.start(i), cs.contextStart(i))) return false;
  const lead = rec.learn.keyOf(i) + ' ';
  const n = rec.spans.length / 3;
  for (let j = 0; j < n; j++) if (rec.spans[3 * j + 2] === INSTITUTION && rec.learn.keyOf(j).startsWith(lead)) return false;
  return true;
}

/** The entity of recognised mention `i`: that of the file's full name it stands for, else of its own form. */
function mentionEntity(rec: FileRecord, i: number): string {
  const own: Form = rec.links.spellings[i].form;
  const k = rec.links.localAt.indexOf(i);
  const id = (k >= 0 ? rec.links.localForm[k].entity : undefined) ?? own.entity;
  return id ?? slug(own.key);
}

/** What a visitor of a file's resolved mentions is told about each, in text order. */
type MentionVisitor = (type: NameType, start: number, end: number, entityId: string, roles: readonly string[], confidence: number) => void;

/** A file's resolved mentions in text order: recognised ones merged with the promoted weak words. */
function forEachMention(rec: FileRecord, visit: MentionVisitor): void {
  const { spans, weak, promoted } = rec;
  const n = spans.length / 3;
  const w = weak.length / 3;
  let j = 0;
  let r = 0;
  const visitWeak = (j: number) => {
    const p = promoted[j];
    if (p) visit(p.type, weak[3 * j], p.end ?? weak[3 * j + 1], p.entityId, NO_ROLES, p.confidence ?? RULE_CONFIDENCE[Strength.cue]);
  };
  for (let i = 0; i < n; i++) {
    const start = spans[3 * i];
    // A weak word never overlaps a recognised mention; at an equal start the recognised one came first.
    for (; j < w && weak[3 * j] < start; j++) visitWeak(j);
    let roles = NO_ROLES;
    if (r < rec.roleAt.length && rec.roleAt[r] === i) roles = rec.roles[r++];
    const cs = rec.candidates;
    const learned = cs.learned(i);
    if (learned === NONE) continue;
    const confidence = cs.confidence(i, RULE_CONFIDENCE[cs.strength(i) & ~(Strength.byContext | Strength.unread)]);
    visit(TYPES[learned >= 0 ? learned : spans[3 * i + 2]], start, spans[3 * i + 1], rec.retyped?.get(i) ?? mentionEntity(rec, i), roles, confidence);
  }
  for (; j < w; j++) visitWeak(j);
}

/** Did the learner give mention `i` a name type other than its rule's? */
function isRetyped(rec: FileRecord, i: number): boolean {
  const learned = rec.candidates.learned(i);
  return learned >= 0 && learned !== NONE && learned !== rec.spans[3 * i + 2];
}

/** A file's full person names by transliterated surname (first occurrence): their entities, for `promote`. */
function localSurnames(rec: FileRecord): Map<string, string> {
  const out = new Map<string, string>();
  const n = rec.spans.length / 3;
  for (let i = 0; i < n; i++) {
    const sp = rec.links.spellings[i];
    if (TYPES[rec.spans[3 * i + 2]] !== 'PERSON' || !sp.name.includes(' ')) continue;
    for (const p of surnameKeys(sp)) if (!out.has(p)) out.set(p, mentionEntity(rec, i));
  }
  return out;
}

/** An entity's mentions, spellings and roles as they are collected (file by file, in text order). */
interface EntityParts {
  type: NameType;
  mentions: MentionRuns;
  variants: Map<string, number>;
  roles: Map<string, number>;
}

/** Mention `[start, end)` of `file` (its spelling read through `slice`, the file's text by offsets) goes to `parts`. */
function collect(parts: EntityParts, file: string, slice: (start: number, end: number) => string, start: number, end: number, roles: readonly string[]): void {
  parts.mentions.add(file, start, end);
  const text = slice(start, end);
  const count = parts.variants.get(text);
  // A cached entity keeps its spellings: each its own copy, not a view of the whole text (see `detached`).
  if (count === undefined) parts.variants.set(detached(text), 1);
  else parts.variants.set(text, count + 1);
  for (const r of roles) parts.roles.set(r, (parts.roles.get(r) ?? 0) + 1);
}

function finishEntity(id: string, parts: EntityParts): Entity {
  const vs = [...parts.variants].map(([text, count]) => ({ text, count }));
  const canonical = canonicalSpelling(vs);
  vs.sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1));
  const roleList = [...parts.roles].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r]) => r);
  const runs = parts.mentions;
  runs.seal();
  // Cached entities keep their mentions compact; the objects are made when first read (see
  // mentionRuns.ts). An own enumerable accessor: the entity still reads and serialises as plain data.
  let refs: EntityMentionRef[] | undefined;
  return {
    id,
    type: parts.type,
    canonical,
    variants: vs,
    roles: roleList,
    get mentions(): EntityMentionRef[] {
      return (refs ??= runs.toRefs());
    },
    set mentions(value: EntityMentionRef[]) {
      refs = value;
    },
  };
}

const newParts = (type: NameType, texts: TextStore): EntityParts => ({ type, mentions: new MentionRuns((f) => texts.get(f)), variants: new Map(), roles: new Map() });

/** The name layer, plus a per-file revision that changes whenever the file's resolved mentions may have. */
export interface NameLayerImpl extends NameLayer {
  /**
   * `recognized`, when given, is `recognize(text, exclude)` computed elsewhere (plain data: it can
   * come from a worker thread through `postMessage`); only the linking is left to do here.
   */
  setFile(file: string, text: string, exclude: readonly Span[], recognized?: FileAnalysis): void;
  revision(file: string): number;
  /**
   * The user's corrections as classes by name key (see NameLearner): examples the learner weighs
   * more than the rules. True when they changed (the files' readings are then re-learned).
   */
  setLabels(labels: Map<string, number>): boolean;
  /** How the learner weighs a name's guesses (its pooled scores per class and view), for inspection. */
  explain(key: string): ReturnType<NameLearner['explain']>;
}

/** Stale files resolved per step of `prepare`: a short step, so that a request waits little. */
const RESOLVE_STEP = 256;

export interface NameLayerOptions {
  /**
   * The files come in one load, then only queries (the command line; default false): each file's
   * examples are counted and their evidence let go, as only a change would read it again (to
   * forget it); the guesses' evidence stays, the learner decides from it. A change of a file or of
   * the corrections after the first file throws.
   */
  loadOnce?: boolean;
}

/** `shared`: the texts as the corpus index keeps them for every layer; a layer made alone keeps its own. */
export function createNameLayer(shared?: TextStore, options: NameLayerOptions = {}): NameLayerImpl {
  const texts = shared ?? new TextStore();
  const records = new Map<string, FileRecord>();
  const linker = new Linker();
  const learner = new NameLearner();
  /** Entities of guessed persons the learner reads as something else: their surnames are not promoted. */
  let notPersons = new Set<string>();
  /**
   * Entity id → files where weak words were promoted to it or mentions retyped to it, with how many
   * (entity files otherwise come from the linker).
   */
  const promotedFiles = new Map<string, Map<string, number>>();
  /** Files with a mention the learner retyped into another entity: read again when the clusters change. */
  const filesWithRetypes = new Set<string>();
  const revisions = new Map<string, number>();
  let revisionCounter = 0;
  /** Entities built and still valid (null: that id has no mention). */
  const built = new Map<string, Entity | null>();
  /**
   * Once every entity was built (`entities()`), `complete`: an id with mentions is then either in
   * `built` or in `pending` (invalidated since), so `entities()` rebuilds only those.
   */
  let complete = false;
  const pending = new Set<string>();

  function invalidate(id: string): void {
    if (built.delete(id) || complete) pending.add(id);
  }

  /** Invalidate what a file's record contributes to: its mentions', its promotions' and its retyped mentions' entities. */
  function invalidateFile(rec: FileRecord): void {
    if (built.size === 0 && !complete) return;
    const n = rec.spans.length / 3;
    for (let i = 0; i < n; i++) invalidate(mentionEntity(rec, i));
    for (const p of rec.promoted) if (p) invalidate(p.entityId);
    for (const id of rec.retyped?.values() ?? []) invalidate(id);
  }

  /** Counts (or forgets) the entities a file names through its promoted weak words and retyped mentions. */
  function countPromotions(file: string, rec: FileRecord, sign: 1 | -1): void {
    const count = (id: string) => {
      let m = promotedFiles.get(id);
      if (!m) promotedFiles.set(id, (m = new Map()));
      const n = (m.get(file) ?? 0) + sign;
      if (n > 0) m.set(file, n);
      else m.delete(file);
      if (m.size === 0) promotedFiles.delete(id);
    };
    for (const p of rec.promoted) if (p) count(p.entityId);
    for (const id of rec.retyped?.values() ?? []) count(id);
  }

  /**
   * The entity a mention the learner retyped joins: the one its name has under the learned type, when
   * a file names it so and it is another than the mention's own; else undefined.
   */
  function retypedEntity(rec: FileRecord, i: number): string | undefined {
    if (!isRetyped(rec, i)) return undefined;
    const id = linker.entityOfForm(TYPES[rec.candidates.learned(i)], rec.links.spellings[i].form.key);
    return id !== undefined && id !== mentionEntity(rec, i) ? id : undefined;
  }

  /** The file's retyped mentions and the entities they join, as of now (see `FileRecord.retyped`). */
  function readRetyped(file: string, rec: FileRecord): void {
    let retyped: Map<number, string> | undefined;
    let any = false;
    const cs = rec.candidates;
    const n = rec.spans.length / 3;
    for (let k = 0; k < cs.guessCount; k++) {
      const i = cs.guess(k);
      if (i >= n) break;
      if (isRetyped(rec, i)) any = true;
      const id = retypedEntity(rec, i);
      if (id !== undefined) (retyped ??= new Map()).set(i, id);
    }
    rec.retyped = retyped;
    // Kept while any mention is retyped, joined or not: a form of the learned type may come or go later.
    if (any) filesWithRetypes.add(file);
    else filesWithRetypes.delete(file);
  }

  /** Whether a file's retyped mentions would join other entities than they did when it was last read. */
  function retypesMoved(rec: FileRecord): boolean {
    const cs = rec.candidates;
    const n = rec.spans.length / 3;
    for (let k = 0; k < cs.guessCount; k++) {
      const i = cs.guess(k);
      if (i >= n) break;
      if (retypedEntity(rec, i) !== rec.retyped?.get(i)) return true;
    }
    return false;
  }

  /** Drop a file's contribution (its linker counts and its promotions). */
  function forget(file: string): void {
    const old = records.get(file);
    if (!old) return;
    if (options.loadOnce) throw new Error('seed-lens: this name layer was loaded once, no file can change');
    invalidateFile(old);
    linker.remove(file, old.links);
    learner.count(old.learn, -1);
    countPromotions(file, old, -1);
    records.delete(file);
    filesWithRetypes.delete(file);
  }

  /** Read a stale file's weak words again against the corpus, and give it a new revision. */
  function resolveFile(file: string): void {
    const rec = records.get(file);
    if (!rec) {
      revisions.delete(file);
      return;
    }
    revisions.set(file, ++revisionCounter);
    invalidateFile(rec);
    countPromotions(file, rec, -1);
    let local: Map<string, string> | undefined;
    const localSurname = (sk: string) => (local ??= localSurnames(rec)).get(sk);
    // Where a body's whole name read from a weak word ends: the weak words up to there are inside it.
    let wholeNameEnd = -1;
    let slice: ((start: number, end: number) => string) | undefined | null = null;
    const sliceText = () => (slice === null ? (slice = texts.slicer(file)) : slice);
    rec.promoted = rec.weakKeys.map((key, j) => {
      if (rec.weak[3 * j] < wholeNameEnd) return undefined;
      const whole = wholeBodyName(linker, key, rec.weak[3 * j], rec.weak[3 * j + 1], sliceText, rec.spans);
      if (whole) {
        wholeNameEnd = whole.end!;
        return whole;
      }
      // A piece of a longer name no rule read is no name of its own, whatever the corpus says of the word.
      if (rec.weak[3 * j + 2] & IN_RUN) return undefined;
      const caps = rec.weak[3 * j + 2] & ~ON_MENU;
      const p = linker.promote(key, caps === UPPER || caps === ARTICLED, localSurname);
      // A menu's or a trail's word names a section: a place or a body the corpus knows, never a person.
      if (rec.weak[3 * j + 2] & ON_MENU && p?.type === 'PERSON') return undefined;
      // At a sentence's start only what the corpus names is read: a person's surname, a body or place named alone elsewhere.
      if (caps === SENTENCE_START) return p && !(p.type === 'PERSON' && notPersons.has(p.entityId)) ? p : undefined;
      // A common word in capitals is a heading's word (`NOS LECTEURS ONT AIMÉ`), not the surname of a person named elsewhere.
      if (caps === UPPER && p?.type === 'PERSON' && wordClasses(key) & COMMON_WORD) return undefined;
      // A surname of a "person" the learner read as something else is no surname; nor, in a file that does not name
      // the person in full, a word the corpus reads from its own bare uses as something else, at even odds or better,
      // and from their contexts too: a bare word's spelling leans to places, which sure examples hold most of.
      const d = p?.type === 'PERSON' && localSurname(translit(key)) === undefined ? learner.decision(key) : undefined;
      const readOtherwise = d !== undefined && d.cls !== PERSON && d.confidence >= UNSURE_CONFIDENCE && d.contextCls !== PERSON;
      if (p && !readOtherwise && !(p.type === 'PERSON' && notPersons.has(p.entityId))) return p;
      // An acronym after an article that nothing else reads is a body of its own; a longer common word in
      // capitals after its article (`L’AUTEUR —`) is a label.
      return learnedPromotion(key, caps === UPPER || caps === ARTICLED) ?? (caps === ARTICLED && !(key.length > MAX_ACRONYM_LETTERS && wordClasses(key) & COMMON_WORD) ? { type: 'INSTITUTION', entityId: slug(key) } : undefined);
    });
    readLearned(rec);
    readRetyped(file, rec);
    for (const p of rec.promoted) if (p) invalidate(p.entityId);
    for (const id of rec.retyped?.values() ?? []) invalidate(id);
    countPromotions(file, rec, 1);
  }

  /** Every file as the learner reads it. */
  function* learnerFiles(): Iterable<LearnerFile> {
    for (const rec of records.values()) yield rec.learn;
  }

  /**
   * A weak word the learner reads as an institution or a place, clearly enough. A word in capitals
   * no gazetteer knows is an acronym: an institution, whatever its contexts share with places.
   */
  function learnedPromotion(key: string, upper: boolean): Promotion | undefined {
    const d = learner.decision(key);
    if (!d || d.confidence < PROMOTE_CONFIDENCE || (d.cls !== INSTITUTION && d.cls !== PLACE)) return undefined;
    return { type: TYPES[upper ? INSTITUTION : d.cls], entityId: slug(key), confidence: d.confidence };
  }

  /** The learner's reading of each guess of the file: a new type, NONE, or the rule's type with how sure that is. */
  function readLearned(rec: FileRecord): void {
    const cs = rec.candidates;
    const n = rec.spans.length / 3;
    for (let k = 0; k < cs.guessCount; k++) {
      const i = cs.guess(k);
      if (i >= n) break;
      const d = learner.decision(rec.learn.keyOf(i));
      const rule = cs.ruleType(i);
      if (!d) cs.setReading(i, -1, RULE_CONFIDENCE[Strength.guess]);
      // A "person" written with a determiner: the clearest other reading, else not a name.
      else if (d.notPerson && rule === PERSON) cs.setReading(i, d.confidence >= UNSURE_CONFIDENCE ? d.cls : NONE, d.confidence);
      // A guess the corpus reads otherwise, clearly enough, is retyped, unless it keeps its person's type (see keepsPerson).
      else if (d.cls !== rule && d.confidence >= RETYPE_CONFIDENCE && !keepsPerson(rec, i, d) && !keepsListedPlace(rec, i, d)) cs.setReading(i, d.cls, d.confidence);
      // A "person" led by a common noun (`Procès X`, a headline's first word) that the corpus does not read as one, at even odds: no name.
      else if (rule === PERSON && (d.cls !== PERSON || d.confidence < UNSURE_CONFIDENCE) && startsWithCommonNoun(cs.features[cs.start(i)])) cs.setReading(i, NONE, d.cls === PERSON ? 1 - d.confidence : d.confidence);
      else cs.setReading(i, -1, d.cls === rule ? d.confidence : 1 - d.confidence);
    }
  }

  /**
   * The learner's decisions brought up to date; the files holding a name whose decision changed
   * become stale, and so do those whose weak words were read as the surname of a person the
   * learner now reads as something else (or the other way round).
   */
  function relearn(): void {
    if (!learner.stale) return;
    const changed = learner.decide(learnerFiles());
    if (changed.size === 0) return;
    const before = notPersons;
    notPersons = new Set();
    for (const rec of records.values()) {
      const cs = rec.candidates;
      for (let k = 0; k < cs.guessCount; k++) {
        const i = cs.guess(k);
        if (cs.ruleType(i) !== PERSON) continue;
        const d = learner.decision(rec.learn.keyOf(i));
        if (d && d.cls !== PERSON && d.confidence >= RETYPE_CONFIDENCE && !keepsPerson(rec, i, d)) notPersons.add(mentionEntity(rec, i));
      }
    }
    // An entity read as a person again: which files wrote its surname alone is not known any more (their
    // promotions were dropped), so every file with weak words is read again; rare, as decisions settle.
    const back = [...before].some((id) => !notPersons.has(id));
    for (const [file, rec] of records) if (back && rec.weakKeys.length) linker.stale.add(file);
    for (const id of notPersons) if (!before.has(id)) for (const f of promotedFiles.get(id)?.keys() ?? []) linker.stale.add(f);
    for (const [file, rec] of records) {
      const cs = rec.candidates;
      for (let k = 0; k < cs.guessCount; k++) {
        if (changed.has(rec.learn.keyOf(cs.guess(k)))) {
          linker.stale.add(file);
          break;
        }
      }
    }
  }

  /** Bring every stale file's resolution up to date (after a corpus change). */
  function refresh(): void {
    relink();
    relearn();
    if (linker.stale.size === 0) return;
    const stale = [...linker.stale];
    linker.stale.clear();
    for (const f of stale) resolveFile(f);
  }

  /** The linker's clusters brought up to date, and the entities they changed forgotten. */
  function relink(): void {
    linker.ensure();
    for (const id of linker.changedEntities) invalidate(id);
    linker.changedEntities.clear();
    // A retyped mention joins another form's entity, which the clusters may have renamed or dropped.
    for (const file of filesWithRetypes) if (retypesMoved(records.get(file)!)) linker.stale.add(file);
  }

  /**
   * `refresh`, a step at a time while `more()` says so: the clusters, then the stale files a few
   * hundred at a time (resolving one file reads the clusters only, so the order does not matter).
   * True once nothing is left (asking `more()` only when something is).
   */
  function refreshSome(more: () => boolean): boolean {
    for (;;) {
      const clusters = !linker.current || linker.changedEntities.size > 0;
      if (!clusters && !learner.stale && linker.stale.size === 0) return true;
      if (!more()) return false;
      if (clusters) {
        relink();
        continue;
      }
      if (learner.stale) {
        relearn();
        continue;
      }
      const batch: string[] = [];
      for (const f of linker.stale) if (batch.push(f) === RESOLVE_STEP) break;
      for (const f of batch) {
        linker.stale.delete(f);
        resolveFile(f);
      }
    }
  }

  /** Entity `id` from the files that may mention it (sorted, as `Entity.mentions` lists them). */
  function buildEntity(id: string): Entity | undefined {
    const files = linker.filesOf(id);
    for (const f of promotedFiles.get(id)?.keys() ?? []) files.add(f);
    let parts: EntityParts | undefined;
    for (const file of [...files].sort(byCodeUnits)) {
      const rec = records.get(file)!;
      // Only this entity's names are read from the text, not the whole text decoded.
      const slice = texts.slicer(file)!;
      forEachMention(rec, (type, start, end, entityId, roles) => {
        if (entityId !== id) return;
        collect((parts ??= newParts(type, texts)), file, slice, start, end, roles);
      });
    }
    return parts && finishEntity(id, parts);
  }

  /** Every entity, in one pass over the files. */
  function buildAll(): void {
    const all = new Map<string, EntityParts>();
    for (const file of [...records.keys()].sort(byCodeUnits)) {
      const rec = records.get(file)!;
      const text = texts.get(file)!;
      const slice = (start: number, end: number) => text.slice(start, end);
      forEachMention(rec, (type, start, end, entityId, roles) => {
        let parts = all.get(entityId);
        if (!parts) all.set(entityId, (parts = newParts(type, texts)));
        collect(parts, file, slice, start, end, roles);
      });
    }
    built.clear();
    for (const id of [...all.keys()].sort(byCodeUnits)) built.set(id, finishEntity(id, all.get(id)!));
    pending.clear();
    complete = true;
  }

  return {
    setFile(file: string, text: string, exclude: readonly Span[], recognized?: FileAnalysis) {
      forget(file);
      if (!shared) texts.set(file, text);
      const a = recognized ?? recognize(text, exclude);
      const rec = makeRecord(a, linker.add(file, a));
      records.set(file, rec);
      learner.count(rec.learn, 1);
      if (options.loadOnce) rec.candidates = rec.learn.candidates = rec.candidates.guessesOnly();
    },
    explain(key: string) {
      return learner.explain(key, learnerFiles());
    },
    setLabels(labels: Map<string, number>) {
      if (options.loadOnce && records.size > 0) throw new Error('seed-lens: this name layer was loaded once, its corrections cannot change');
      const all = [...records.values()];
      for (const rec of all) learner.count(rec.learn, -1);
      const changed = learner.setLabels(labels);
      for (const rec of all) learner.count(rec.learn, 1);
      return changed;
    },
    removeFile(file: string) {
      forget(file);
      if (!shared) texts.delete(file);
    },
    mentions(file: string): NameMention[] {
      refresh();
      const rec = records.get(file);
      const out: NameMention[] = [];
      if (!rec) return out;
      const text = texts.get(file)!;
      forEachMention(rec, (type, start, end, entityId, roles, confidence) => {
        out.push({ type, start, end, text: text.slice(start, end), entityId, roles: roles.slice(), confidence });
      });
      return out;
    },
    prepare(more: () => boolean): boolean {
      return refreshSome(more);
    },
    revision(file: string): number {
      refresh();
      return revisions.get(file) ?? 0;
    },
    entity(id: string): Entity | undefined {
      refresh();
      const e = built.get(id);
      if (e !== undefined) return e ?? undefined;
      // Once complete, an id neither built nor pending has no mention.
      if (complete && !pending.has(id)) return undefined;
      const fresh = buildEntity(id);
      built.set(id, fresh ?? null);
      pending.delete(id);
      return fresh;
    },
    *entities(): Iterable<Entity> {
      refresh();
      if (!complete) buildAll();
      for (const id of pending) built.set(id, buildEntity(id) ?? null);
      pending.clear();
      const out: Entity[] = [];
      for (const id of [...built.keys()].sort(byCodeUnits)) {
        const e = built.get(id);
        if (e) out.push(e);
      }
      yield* out;
    },
  };
}
