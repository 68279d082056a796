/**
 * The name layer: PERSON, INSTITUTION and PLACE recognition per file (a pure function of the
 * text, see recognize.ts) and linking across the corpus (linking/linker.ts).
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
import type { NameLayer } from '../layers';
import { byCodeUnits, Linker, surnameKeys, type FileLinks, type Form, type Promotion } from '../linking/linker';
import { spellingScore } from '../linking/similarity';
import { slug } from '../text/normalize';
import { sharedValues } from '../text/sharedStrings';
import type { Entity, EntityMentionRef, NameMention, NameType, Span } from '../types';
import { MentionRuns } from './mentionRuns';
import { recognize, type FileAnalysis } from './recognize';

export { recognize } from './recognize';
export type { FileAnalysis, RawMention, WeakCandidate, AcronymDef } from './recognize';

const TYPES: readonly NameType[] = ['PERSON', 'INSTITUTION', 'PLACE'];
const TYPE_CODE = new Map<NameType, number>(TYPES.map((t, i) => [t, i]));
const NO_SPANS = new Int32Array(0);
const NO_ROLES: readonly string[] = [];

/** What the layer keeps of one file (see the header: no per-mention objects). */
interface FileRecord {
  text: string;
  /** Recognised mentions, sorted by start: start, end and type code (index in TYPES), three numbers each. */
  spans: Int32Array;
  /** What the linker counted for them: per mention its spelling slot, hence its form. */
  links: FileLinks;
  /** The mentions that have roles (indices, ascending) and their roles (shared: see `sharedRoles`). */
  roleAt: Int32Array;
  roles: (readonly string[])[];
  /** Weak words in text order: start, end, and 1 when written in capitals. */
  weak: Int32Array;
  weakKeys: string[];
  /** The corpus's reading of each weak word as of the file's last resolution (undefined: none). */
  promoted: (Promotion | undefined)[];
}

/** Role lists repeat across files (`Président de la Transition`): each distinct one is kept once, frozen. */
const sharedRoles = sharedValues<readonly string[]>(1 << 14, (r) => r.join('\u0000'), (r) => Object.freeze(r.slice()));

function makeRecord(text: string, a: FileAnalysis, links: FileLinks): FileRecord {
  const n = a.mentions.length;
  const w = a.weak.length;
  let r = 0;
  for (const m of a.mentions) if (m.roles.length) r++;
  // Spans, weak words and the role indices share one buffer (see collections/packInt32.ts): a record is kept for every file.
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
    weak[3 * j + 2] = c.upper ? 1 : 0;
    weakKeys[j] = c.key;
  }
  return { text, spans, links, roleAt, roles, weak, weakKeys, promoted: [] };
}

/** The entity of recognised mention `i`: that of the file's full name it stands for, else of its own form. */
function mentionEntity(rec: FileRecord, i: number): string {
  const own: Form = rec.links.spellings[i].form;
  const k = rec.links.localAt.indexOf(i);
  const id = (k >= 0 ? rec.links.localForm[k].entity : undefined) ?? own.entity;
  return id ?? slug(own.key);
}

/** What a visitor of a file's resolved mentions is told about each, in text order. */
type MentionVisitor = (type: NameType, start: number, end: number, entityId: string, roles: readonly string[]) => void;

/** A file's resolved mentions in text order: recognised ones merged with the promoted weak words. */
function forEachMention(rec: FileRecord, visit: MentionVisitor): void {
  const { spans, weak, promoted } = rec;
  const n = spans.length / 3;
  const w = weak.length / 3;
  let j = 0;
  let r = 0;
  const visitWeak = (j: number) => {
    const p = promoted[j];
    if (p) visit(p.type, weak[3 * j], weak[3 * j + 1], p.entityId, NO_ROLES);
  };
  for (let i = 0; i < n; i++) {
    const start = spans[3 * i];
    // A weak word never overlaps a recognised mention; at an equal start the recognised one came first.
    for (; j < w && weak[3 * j] < start; j++) visitWeak(j);
    let roles = NO_ROLES;
    if (r < rec.roleAt.length && rec.roleAt[r] === i) roles = rec.roles[r++];
    visit(TYPES[spans[3 * i + 2]], start, spans[3 * i + 1], mentionEntity(rec, i), roles);
  }
  for (; j < w; j++) visitWeak(j);
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

/** Mention `[start, end)` of `file` (whose text is `fileText`) goes to `parts`. */
function collect(parts: EntityParts, file: string, fileText: string, start: number, end: number, roles: readonly string[]): void {
  parts.mentions.add(file, fileText, start, end);
  const text = fileText.slice(start, end);
  parts.variants.set(text, (parts.variants.get(text) ?? 0) + 1);
  for (const r of roles) parts.roles.set(r, (parts.roles.get(r) ?? 0) + 1);
}

function finishEntity(id: string, parts: EntityParts): Entity {
  const vs = [...parts.variants].map(([text, count]) => ({ text, count }));
  // Canonical: the fullest spelling, then the best-cased (`Assimi Goïta` over `ASSIMI GOITA`), then the most frequent.
  const words = (t: string) => t.split(/\s+/).length;
  let canonical = vs[0];
  for (const v of vs) {
    const d = words(v.text) - words(canonical.text) || spellingScore(v.text) - spellingScore(canonical.text) || v.count - canonical.count || (v.text < canonical.text ? 1 : -1);
    if (d > 0) canonical = v;
  }
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
    canonical: canonical.text,
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

const newParts = (type: NameType): EntityParts => ({ type, mentions: new MentionRuns(), variants: new Map(), roles: new Map() });

/** The name layer, plus a per-file revision that changes whenever the file's resolved mentions may have. */
export interface NameLayerImpl extends NameLayer {
  /**
   * `recognized`, when given, is `recognize(text, exclude)` computed elsewhere (plain data: it can
   * come from a worker thread through `postMessage`); only the linking is left to do here.
   */
  setFile(file: string, text: string, exclude: readonly Span[], recognized?: FileAnalysis): void;
  revision(file: string): number;
}

/** Stale files resolved per step of `prepare` (a few milliseconds). */
const RESOLVE_STEP = 256;

export function createNameLayer(): NameLayerImpl {
  const records = new Map<string, FileRecord>();
  const linker = new Linker();
  /** Entity id → files where weak words were promoted to it, with how many (entity files otherwise come from the linker). */
  const promotedFiles = new Map<string, Map<string, number>>();
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

  /** Invalidate what a file's record contributes to: its mentions' and its promotions' entities. */
  function invalidateFile(rec: FileRecord): void {
    if (built.size === 0 && !complete) return;
    const n = rec.spans.length / 3;
    for (let i = 0; i < n; i++) invalidate(mentionEntity(rec, i));
    for (const p of rec.promoted) if (p) invalidate(p.entityId);
  }

  function countPromotions(file: string, rec: FileRecord, sign: 1 | -1): void {
    for (const p of rec.promoted) {
      if (!p) continue;
      let m = promotedFiles.get(p.entityId);
      if (!m) promotedFiles.set(p.entityId, (m = new Map()));
      const n = (m.get(file) ?? 0) + sign;
      if (n > 0) m.set(file, n);
      else m.delete(file);
      if (m.size === 0) promotedFiles.delete(p.entityId);
    }
  }

  /** Drop a file's contribution (its linker counts and its promotions). */
  function forget(file: string): void {
    const old = records.get(file);
    if (!old) return;
    invalidateFile(old);
    linker.remove(file, old.links);
    countPromotions(file, old, -1);
    records.delete(file);
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
    rec.promoted = rec.weakKeys.map((key, j) => linker.promote(key, rec.weak[3 * j + 2] === 1, localSurname));
    for (const p of rec.promoted) if (p) invalidate(p.entityId);
    countPromotions(file, rec, 1);
  }

  /** Bring every stale file's resolution up to date (after a corpus change). */
  function refresh(): void {
    relink();
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
  }

  /**
   * `refresh`, a step at a time while `more()` says so: the clusters, then the stale files a few
   * hundred at a time (resolving one file reads the clusters only, so the order does not matter).
   * True once nothing is left (asking `more()` only when something is).
   */
  function refreshSome(more: () => boolean): boolean {
    for (;;) {
      const clusters = !linker.current || linker.changedEntities.size > 0;
      if (!clusters && linker.stale.size === 0) return true;
      if (!more()) return false;
      if (clusters) {
        relink();
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
      forEachMention(rec, (type, start, end, entityId, roles) => {
        if (entityId !== id) return;
        collect((parts ??= newParts(type)), file, rec.text, start, end, roles);
      });
    }
    return parts && finishEntity(id, parts);
  }

  /** Every entity, in one pass over the files. */
  function buildAll(): void {
    const all = new Map<string, EntityParts>();
    for (const file of [...records.keys()].sort(byCodeUnits)) {
      const rec = records.get(file)!;
      forEachMention(rec, (type, start, end, entityId, roles) => {
        let parts = all.get(entityId);
        if (!parts) all.set(entityId, (parts = newParts(type)));
        collect(parts, file, rec.text, start, end, roles);
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
      const a = recognized ?? recognize(text, exclude);
      records.set(file, makeRecord(text, a, linker.add(file, a)));
    },
    removeFile(file: string) {
      forget(file);
    },
    mentions(file: string): NameMention[] {
      refresh();
      const rec = records.get(file);
      const out: NameMention[] = [];
      if (!rec) return out;
      forEachMention(rec, (type, start, end, entityId, roles) => {
        out.push({ type, start, end, text: rec.text.slice(start, end), entityId, roles: roles.slice() });
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
