/**
 * The name layer: PERSON, INSTITUTION and PLACE recognition per file (a pure function of the
 * text, see recognize.ts) and linking across the corpus (linking/linker.ts).
 *
 * Incrementality: `setFile` re-analyses that file only and swaps its contribution in the
 * linker's form table. Linking is recomputed lazily on the next query (cost ∝ distinct names);
 * a file's resolved mentions are cached and recomputed only when the file changed or when the
 * linker reports that an entity or a corpus-learned word it uses changed.
 */
import type { NameLayer } from '../layers';
import { Linker, localSurnameIndex } from '../linking/linker';
import { spellingScore } from '../linking/similarity';
import type { Entity, NameMention, Span } from '../types';
import { recognize, type FileAnalysis } from './recognize';

export { recognize } from './recognize';
export type { FileAnalysis, RawMention, WeakCandidate, AcronymDef } from './recognize';

export function createNameLayer(): NameLayer {
  const analyses = new Map<string, FileAnalysis>();
  const resolved = new Map<string, NameMention[]>();
  const linker = new Linker();
  /** entity id → files that mention it (from the resolved cache). */
  const entityFiles = new Map<string, Set<string>>();
  const fileEntities = new Map<string, Set<string>>();

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
    for (const id of fileEntities.get(file) ?? []) {
      const s = entityFiles.get(id);
      s?.delete(file);
      if (s && s.size === 0) entityFiles.delete(id);
    }
    fileEntities.delete(file);
    resolved.delete(file);
    if (!ms) return;
    resolved.set(file, ms);
    const ids = new Set(ms.map((m) => m.entityId));
    fileEntities.set(file, ids);
    for (const id of ids) {
      let s = entityFiles.get(id);
      if (!s) entityFiles.set(id, (s = new Set()));
      s.add(file);
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
    const files = entityFiles.get(id);
    if (!files || files.size === 0) return undefined;
    const variants = new Map<string, number>();
    const roles = new Map<string, number>();
    const mentions: Entity['mentions'] = [];
    let type: Entity['type'] | undefined;
    for (const file of [...files].sort()) {
      for (const m of resolved.get(file) ?? []) {
        if (m.entityId !== id) continue;
        type ??= m.type;
        variants.set(m.text, (variants.get(m.text) ?? 0) + 1);
        for (const r of m.roles) roles.set(r, (roles.get(r) ?? 0) + 1);
        mentions.push({ file, start: m.start, end: m.end, text: m.text });
      }
    }
    if (!type || mentions.length === 0) return undefined;
    const vs = [...variants].map(([text, count]) => ({ text, count }));
    // Canonical: the fullest spelling, then the best-cased (`Assimi Goïta` over `ASSIMI GOITA`), then the most frequent.
    const words = (t: string) => t.split(/\s+/).length;
    let canonical = vs[0];
    for (const v of vs) {
      const d = words(v.text) - words(canonical.text) || spellingScore(v.text) - spellingScore(canonical.text) || v.count - canonical.count || (v.text < canonical.text ? 1 : -1);
      if (d > 0) canonical = v;
    }
    vs.sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1));
    const roleList = [...roles].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)).map(([r]) => r);
    return { id, type, canonical: canonical.text, variants: vs, roles: roleList, mentions };
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
    entity(id: string): Entity | undefined {
      refresh();
      return buildEntity(id);
    },
    *entities(): Iterable<Entity> {
      refresh();
      for (const id of [...entityFiles.keys()].sort()) {
        const e = buildEntity(id);
        if (e) yield e;
      }
    },
  };
}
