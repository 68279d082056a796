/**
 * The user's corrections applied over what the recognisers and the linker found. Kept outside the
 * name layer on purpose: recognition stays a pure function of the text, and a correction is a thin,
 * explainable override that the CLI and the language server read through the same CorpusIndex.
 */
import { comparisonKey, foldLowerSameLength, slug } from '../text/normalize';
import type { Entity, NameMention, NameType, Span } from '../types';
import type { Annotations } from './schema';

const isWordChar = (c: string | undefined) => c !== undefined && /[\p{L}\p{N}]/u.test(c);

/** Whole-word occurrences of `needle` in `text`, ignoring case and accents. */
export function findSurface(text: string, foldedText: string, needle: string): Span[] {
  const n = foldLowerSameLength(needle.trim());
  if (!n) return [];
  const out: Span[] = [];
  for (let at = foldedText.indexOf(n); at >= 0; at = foldedText.indexOf(n, at + n.length)) {
    if (!isWordChar(text[at - 1]) && !isWordChar(text[at + n.length])) out.push({ start: at, end: at + n.length });
  }
  return out;
}

/** The entity id of the mentions an `entityType` correction makes (`Qatar` as a place → `place-qatar`). */
export function typedEntityId(type: NameType, text: string): string {
  return `${type.toLowerCase()}-${slug(text)}`;
}

/** Of overlapping mentions, the longest (then the first); the result in text order. */
function longestFirst(ms: NameMention[]): NameMention[] {
  const kept: NameMention[] = [];
  for (const m of [...ms].sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start)) {
    if (!kept.some((k) => k.start < m.end && m.start < k.end)) kept.push(m);
  }
  return kept.sort((a, b) => a.start - b.start);
}

export class CorrectionsView {
  private readonly notEverywhere: Set<string>;
  private readonly notInFile = new Map<string, Set<string>>();
  private readonly typeOf = new Map<string, { text: string; type: NameType }>();
  private readonly splitKeys: Set<string>;
  private readonly mergedInto = new Map<string, string>();
  private readonly canonicalOf = new Map<string, string>();

  constructor(readonly annotations: Annotations) {
    this.notEverywhere = new Set(annotations.notEntity.filter((n) => !n.file).map((n) => comparisonKey(n.text)));
    for (const n of annotations.notEntity) {
      if (!n.file) continue;
      if (!this.notInFile.has(n.file)) this.notInFile.set(n.file, new Set());
      this.notInFile.get(n.file)?.add(comparisonKey(n.text));
    }
    for (const t of annotations.entityType) this.typeOf.set(comparisonKey(t.text), t);
    this.splitKeys = new Set(annotations.split.map((s) => comparisonKey(s.text)));
    // Merge groups: union-find over ids, the smallest id of a group stands for it (stable across runs).
    const parent = new Map<string, string>();
    const find = (x: string): string => {
      let r = x;
      while (parent.has(r) && parent.get(r) !== r) r = parent.get(r) ?? r;
      return r;
    };
    for (const m of annotations.merge) {
      const roots = m.ids.map(find).sort();
      for (const r of roots) parent.set(r, roots[0]);
    }
    for (const id of parent.keys()) this.mergedInto.set(id, find(id));
    for (const c of annotations.canonical) this.canonicalOf.set(this.resolveId(c.id), c.name);
  }

  /** Whether any correction changes entities (not just filters mentions): then entities are rebuilt from mentions. */
  get reshapesEntities(): boolean {
    return this.typeOf.size > 0 || this.splitKeys.size > 0 || this.mergedInto.size > 0 || this.canonicalOf.size > 0;
  }

  get isEmpty(): boolean {
    return !this.reshapesEntities && this.notEverywhere.size === 0 && this.notInFile.size === 0;
  }

  resolveId(id: string): string {
    return this.mergedInto.get(id) ?? id;
  }

  /** The file's mentions with every correction applied; `blocked` are spans (dates) no name may overlap. */
  mentions(file: string, text: string, base: readonly NameMention[], blocked: readonly Span[]): NameMention[] {
    if (this.isEmpty) return [...base];
    const notHere = this.notInFile.get(file);
    const excluded = (key: string) => this.notEverywhere.has(key) || (notHere?.has(key) ?? false);
    let added: NameMention[] = [];
    if (this.typeOf.size) {
      const folded = foldLowerSameLength(text);
      for (const [key, t] of this.typeOf) {
        if (excluded(key)) continue;
        for (const s of findSurface(text, folded, t.text)) {
          if (blocked.some((b) => b.start < s.end && s.start < b.end)) continue;
          const surface = text.slice(s.start, s.end);
          added.push({ type: t.type, start: s.start, end: s.end, text: surface, entityId: typedEntityId(t.type, t.text), roles: [] });
        }
      }
      // Two marked surfaces may overlap (`Poutine` inside `Vladimir Poutine`): the longer one is the mention.
      if (this.typeOf.size > 1) added = longestFirst(added);
    }
    const overlapsAdded = (m: NameMention) => added.some((a) => a.start < m.end && m.start < a.end);
    const kept = base
      .filter((m) => !excluded(comparisonKey(m.text)) && !overlapsAdded(m))
      .map((m) => {
        const key = comparisonKey(m.text);
        const entityId = this.resolveId(this.splitKeys.has(key) ? `split-${slug(m.text)}` : m.entityId);
        return entityId === m.entityId ? m : { ...m, entityId };
      });
    return [...kept, ...added.map((m) => ({ ...m, entityId: this.resolveId(m.entityId) }))].sort((a, b) => a.start - b.start);
  }

  /** Entities rebuilt from corrected mentions; `baseEntity` supplies canonical names and roles the linker knew. */
  buildEntities(all: Iterable<{ file: string; mentions: NameMention[] }>, baseEntity: (id: string) => Entity | undefined): Map<string, Entity> {
    const out = new Map<string, Entity>();
    const variantCounts = new Map<string, Map<string, number>>();
    for (const { file, mentions } of all) {
      for (const m of mentions) {
        let e = out.get(m.entityId);
        if (!e) {
          e = { id: m.entityId, type: m.type, canonical: '', variants: [], roles: [], mentions: [] };
          out.set(m.entityId, e);
          variantCounts.set(m.entityId, new Map());
        }
        e.mentions.push({ file, start: m.start, end: m.end, text: m.text });
        const v = variantCounts.get(m.entityId);
        v?.set(m.text, (v.get(m.text) ?? 0) + 1);
        for (const r of m.roles) if (!e.roles.includes(r)) e.roles.push(r);
      }
    }
    for (const [id, e] of out) {
      const counts = [...(variantCounts.get(id) ?? new Map<string, number>())].sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
      e.variants = counts.map(([text, count]) => ({ text, count }));
      const base = baseEntity(id);
      const baseCanonicalSeen = base && counts.some(([t]) => comparisonKey(t) === comparisonKey(base.canonical));
      e.canonical = this.canonicalOf.get(id) ?? (baseCanonicalSeen && base ? base.canonical : [...counts].sort((a, b) => b[0].length - a[0].length)[0]?.[0] ?? id);
      if (base) for (const r of base.roles) if (!e.roles.includes(r)) e.roles.push(r);
    }
    return out;
  }
}
