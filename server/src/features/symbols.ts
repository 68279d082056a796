/** Document symbols (the Outline view): the file's entities grouped by type, then its dates. */
import { SymbolKind, type DocumentSymbol, type DocumentSymbolParams, type Range } from 'vscode-languageserver';
import type { EntityType, Mention } from '../core';
import type { FeatureContext } from './context';

export const SYMBOL_KIND: Record<EntityType, SymbolKind> = {
  PERSON: SymbolKind.Class,
  INSTITUTION: SymbolKind.Module,
  PLACE: SymbolKind.Namespace,
  DATE: SymbolKind.Event,
};

const ORDER: EntityType[] = ['PERSON', 'INSTITUTION', 'PLACE', 'DATE'];

const cover = (ranges: Range[]): Range => {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character < b.character);
  let start = ranges[0].start;
  let end = ranges[0].end;
  for (const r of ranges) {
    if (before(r.start, start)) start = r.start;
    if (before(end, r.end)) end = r.end;
  }
  return { start, end };
};

export function documentSymbols(ctx: FeatureContext, params: DocumentSymbolParams): DocumentSymbol[] {
  const file = params.textDocument.uri;
  const lines = ctx.lines(file);
  if (!lines) return [];
  const t = ctx.t;
  /** type → entity key → its mentions in this file, first-seen order. */
  const groups = new Map<EntityType, Map<string, Mention[]>>();
  for (const m of ctx.index.mentions(file)) {
    const key = m.type === 'DATE' ? `${m.start}` : m.entityId;
    let g = groups.get(m.type);
    if (!g) groups.set(m.type, (g = new Map()));
    const list = g.get(key);
    if (list) list.push(m);
    else g.set(key, [m]);
  }
  const out: DocumentSymbol[] = [];
  for (const type of ORDER) {
    const g = groups.get(type);
    if (!g || g.size === 0) continue;
    const children: DocumentSymbol[] = [];
    for (const mentions of g.values()) {
      const first = mentions[0];
      const ranges = mentions.map((m) => lines.range(m.start, m.end));
      const name = first.type === 'DATE' ? first.text : (ctx.entity(first.entityId)?.canonical ?? first.text);
      const detail = first.type === 'DATE' ? (first.value ?? first.resolved ?? '') : mentions.length > 1 ? `×${mentions.length}` : '';
      children.push({ name: name || '?', detail, kind: SYMBOL_KIND[type], range: cover(ranges), selectionRange: ranges[0] });
    }
    children.sort((a, b) => a.selectionRange.start.line - b.selectionRange.start.line || a.selectionRange.start.character - b.selectionRange.start.character);
    out.push({ name: t.group[type], detail: t.num(children.length), kind: SymbolKind.Package, range: cover(children.map((c) => c.range)), selectionRange: children[0].selectionRange, children });
  }
  return out;
}
