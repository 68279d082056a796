/**
 * The name layer: PERSON, INSTITUTION and PLACE recognition per file (a pure function of the
 * text, see recognize.ts) and linking across the corpus (linking/linker.ts).
 *
 * Incrementality: `setFile` re-analyses that file only and swaps its contribution in the
 * linker's form table. Linking is updated lazily on the next query, for the clusters the changed
 * forms touch only (see linker.ts); a file's resolved mentions are cached and recomputed only when
 * the file changed or when the linker reports that an entity or a corpus-learned word it uses
 * changed. Each entity keeps its mentions and counts file by file, updated with those resolutions,
 * and the built `Entity` is cached until one of its files changes.
 */
import type { NameLayer } from '../layers';
import { Linker, localSurnameIndex } from '../linking/linker';
import { spellingScore } from '../linking/similarity';
import type { Entity, EntityMentionRef, NameMention, Span } from '../types';
import { recognize, type FileAnalysis } from './recognize';

export { recognize } from './recognize';
export type { FileAnalysis, RawMention, WeakCandidate, AcronymDef } from './recognize';

/** What one file contributes to one entity. */
interface FileShare {
  type: Entity['type'];
  refs: EntityMentionRef[];
  /** The roles of its mentions (only those that have some). */
  roles?: string[][];
}

/** An entity's mentions and counts, kept up to date file by file; `built` caches the Entity until the next change. */
interface EntityAgg {
  /** Its mentions by file then position (what `Entity.mentions` lists), as of the last build, except for `dirty` files. */
  mentions: EntityMentionRef[];
  /** How many mentions each file has in `mentions` (from the first build on). */
  listed?: Map<string, number>;
  /** Files whose share changed since the last build (undefined: none, or never built). */
  dirty?: Set<string>;
  shares: Map<string, FileShare>;
  variants: Map<string, number>;
  roles?: Map<string, number>;
  built?: Entity;
}

function bump(m: Map<string, number>, k: string, d: number): void {
  const n = (m.get(k) ?? 0) + d;
  if (n > 0) m.set(k, n);
  else m.delete(k);
}

/** Where the mentions of `file` start (or would) in a list sorted by file. */
function fileStart(xs: readonly EntityMentionRef[], file: string): number {
  let lo = 0;
  let hi = xs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (xs[mid].file < file) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Brings `agg.mentions` up to date: patches the few changed files in place, or rebuilds it after many changes. */
function syncMentions(agg: EntityAgg): void {
  if (agg.listed && !agg.dirty) return;
  if (!agg.listed || !agg.dirty || agg.dirty.size > 32) {
    const files = [...agg.shares.keys()].sort();
    const out: EntityMentionRef[] = [];
    const listed = new Map<string, number>();
    for (const f of files) {
      const refs = agg.shares.get(f)!.refs;
      for (const r of refs) out.push(r);
      listed.set(f, refs.length);
    }
    agg.mentions = out;
    agg.listed = listed;
  } else {
    const listed = agg.listed;
    for (const f of agg.dirty) {
      const refs = agg.shares.get(f)?.refs ?? [];
      const at = fileStart(agg.mentions, f);
      const old = listed.get(f) ?? 0;
      if (refs.length + old < 1000) agg.mentions.splice(at, old, ...refs);
      else agg.mentions = agg.mentions.slice(0, at).concat(refs, agg.mentions.slice(at + old));
      if (refs.length) listed.set(f, refs.length);
      else listed.delete(f);
    }
  }
  agg.dirty = undefined;
}

/** The name layer, plus a per-file revision that changes whenever the file's resolved mentions may have. */
export interface NameLayerImpl extends NameLayer {
  revision(file: string): number;
}

export function createNameLayer(): NameLayerImpl {
  const analyses = new Map<string, FileAnalysis>();
  const resolved = new Map<string, NameMention[]>();
  const linker = new Linker();
  /** entity id → its mentions, file by file (from the resolved cache). */
  const aggs = new Map<string, EntityAgg>();
  const fileEntities = new Map<string, Set<string>>();
  const revisions = new Map<string, number>();
  let revisionCounter = 0;

  function resolveFile(file: string): NameMention[] {
    const a = analyses.get(file);
    if (!a) return [];
    const out: NameMention[] = [];
    for (const m of a.mentions) {
      out.push({ type: m.type, start: m.start, end: m.end, text: m.text, entityId: linker.entityOf(m), roles: m.roles });
    }
    const local = a.weak.length ? localSurnameIndex(a.mentions) : new Map();
    for (const w of a.weak) {
      const p = linker.promote(w, local);
      if (p) out.push({ type: p.type, start: w.start, end: w.end, text: w.text, entityId: p.entityId, roles: [] });
    }
    out.sort((x, y) => x.start - y.start);
    return out;
  }

  function setResolved(file: string, ms: NameMention[] | undefined): void {
    revisions.set(file, ++revisionCounter);
    for (const id of fileEntities.get(file) ?? []) {
      const agg = aggs.get(id);
      const share = agg?.shares.get(file);
      if (!agg || !share) continue;
      agg.shares.delete(file);
      if (agg.listed) (agg.dirty ??= new Set()).add(file);
      for (const r of share.refs) bump(agg.variants, r.text, -1);
      for (const rs of share.roles ?? []) for (const r of rs) bump(agg.roles!, r, -1);
      agg.built = undefined;
      if (agg.shares.size === 0) aggs.delete(id);
    }
    fileEntities.delete(file);
    resolved.delete(file);
    if (!ms) {
      revisions.delete(file);
      return;
    }
    resolved.set(file, ms);
    const shares = new Map<string, FileShare>();
    for (const m of ms) {
      let sh = shares.get(m.entityId);
      if (!sh) shares.set(m.entityId, (sh = { type: m.type, refs: [] }));
      sh.refs.push({ file, start: m.start, end: m.end, text: m.text });
      if (m.roles.length) (sh.roles ??= []).push(m.roles);
    }
    fileEntities.set(file, new Set(shares.keys()));
    for (const [id, sh] of shares) {
      let agg = aggs.get(id);
      if (!agg) aggs.set(id, (agg = { mentions: [], shares: new Map(), variants: new Map() }));
      agg.shares.set(file, sh);
      if (agg.listed) (agg.dirty ??= new Set()).add(file);
      for (const r of sh.refs) bump(agg.variants, r.text, 1);
      for (const rs of sh.roles ?? []) for (const r of rs) bump((agg.roles ??= new Map()), r, 1);
      agg.built = undefined;
    }
  }

  /** Bring every stale file's resolution up to date (after a corpus change). */
  function refresh(): void {
    linker.ensure();
    if (linker.stale.size === 0) return;
    const stale = [...linker.stale];
    linker.stale.clear();
    for (const f of stale) setResolved(f, analyses.has(f) ? resolveFile(f) : undefined);
  }

  function buildEntity(id: string): Entity | undefined {
    const agg = aggs.get(id);
    if (!agg || agg.shares.size === 0) return undefined;
    if (agg.built) return agg.built;
    syncMentions(agg);
    const type = agg.shares.get(agg.mentions[0].file)!.type;
    // A copy: the list is patched in place when a file changes, an Entity handed out must not move.
    const mentions = agg.mentions.slice();
    const vs = [...agg.variants].map(([text, count]) => ({ text, count }));
    // Canonical: the fullest spelling, then the best-cased (`Assimi Goïta` over `ASSIMI GOITA`), then the most frequent.
    const words = (t: string) => t.split(/\s+/).length;
    let canonical = vs[0];
    for (const v of vs) {
      const d = words(v.text) - words(canonical.text) || spellingScore(v.text) - spellingScore(canonical.text) || v.count - canonical.count || (v.text < canonical.text ? 1 : -1);
      if (d > 0) canonical = v;
    }
    vs.sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1));
    const roleList = [...(agg.roles ?? [])].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r]) => r);
    agg.built = { id, type, canonical: canonical.text, variants: vs, roles: roleList, mentions };
    return agg.built;
  }

  return {
    setFile(file: string, text: string, exclude: readonly Span[]) {
      const old = analyses.get(file);
      if (old) linker.remove(file, old);
      const a = recognize(text, exclude);
      analyses.set(file, a);
      linker.add(file, a);
    },
    removeFile(file: string) {
      const old = analyses.get(file);
      if (!old) return;
      linker.remove(file, old);
      analyses.delete(file);
    },
    mentions(file: string): NameMention[] {
      refresh();
      return (resolved.get(file) ?? []).map((m) => ({ ...m, roles: [...m.roles] }));
    },
    revision(file: string): number {
      refresh();
      return revisions.get(file) ?? 0;
    },
    entity(id: string): Entity | undefined {
      refresh();
      return buildEntity(id);
    },
    *entities(): Iterable<Entity> {
      refresh();
      for (const id of [...aggs.keys()].sort()) {
        const e = buildEntity(id);
        if (e) yield e;
      }
    },
  };
}
