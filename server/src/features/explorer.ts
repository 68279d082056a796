/**
 * The entity explorer's pages: the types with their counts; a type's entities, most mentioned
 * first, filtered by name (accents and case ignored); an entity's spellings and the articles that
 * mention it; a spelling's mentions, each with the line around it. Everything corpus-wide is read
 * from the catalog's sums; only what a page shows is looked up in the index (an entity's name, a
 * mention's line), so a page costs the same at five articles and at ten thousand.
 */
import { type Entity } from '../core';
import { EXPLORER_TYPES, type ExplorerItem, type ExplorerPage, type ExplorerParams, type ExplorerParent, type ExplorerType } from '../protocol';
import { dateValue } from './catalog';
import { sortedMentions, type FeatureContext } from './context';
import type { LineMap } from '../workspace/positions';
import { progress } from './progress';

const DEFAULT_PAGE = 50;
const MAX_PAGE = 500;
/** Characters of context kept before and after a mention: fewer before, so that a narrow side bar still shows the mention. */
const BEFORE = 30;
const AFTER = 60;

export function explorerPage(ctx: FeatureContext, params: ExplorerParams): ExplorerPage {
  const catalog = ctx.catalog;
  catalog.sync();
  const offset = Math.max(0, Math.floor(Number(params.offset) || 0));
  const limit = Math.min(MAX_PAGE, Math.max(1, Math.floor(Number(params.limit) || DEFAULT_PAGE)));
  const filter = typeof params.filter === 'string' ? params.filter : '';
  const parent = validParent(params.parent);
  const complete = !ctx.indexing;
  if (!parent) {
    const items: ExplorerItem[] = EXPLORER_TYPES.map((type) => {
      // Counted, not sorted: a type's list is sorted when it is opened.
      const { groups, mentions } = catalog.count(type, filter);
      return { kind: 'type', type, label: ctx.t.group[type], entities: groups, mentions };
    });
    return { items, total: items.length, complete, progress: progress(ctx, {}) };
  }
  const page = <T>(all: readonly T[]) => all.slice(offset, offset + limit);
  switch (parent.kind) {
    case 'type': {
      const list = catalog.list(parent.type, filter);
      const items = page(list).map((g): ExplorerItem => {
        const id = catalog.idOf(parent.type, g);
        const totals = catalog.totals(parent.type, g);
        return { kind: 'entity', type: parent.type, id, label: groupLabel(ctx, parent.type, id, () => catalog.spellingsOf(g)), ...totals };
      });
      return { items, total: list.length, complete };
    }
    case 'entity': {
      const g = catalog.groupOf(parent.type, parent.id);
      if (g === undefined) return { items: [], total: 0, complete };
      const spellings = parent.type === 'DATE' ? dateSpellings(ctx, parent.id) : catalog.spellingsOf(g);
      const items = page(spellings).map((s): ExplorerItem => ({ kind: 'spelling', type: parent.type, id: parent.id, text: s.text, mentions: s.count }));
      return { items, total: spellings.length, complete };
    }
    case 'articles': {
      const counts = new Map<string, number>();
      for (const m of mentionsOf(ctx, parent.type, parent.id)) counts.set(m.file, (counts.get(m.file) ?? 0) + 1);
      const all = [...counts].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
      const items = page(all).map(([uri, mentions]): ExplorerItem => ({ kind: 'article', uri, label: ctx.label(uri), mentions }));
      return { items, total: all.length, complete };
    }
    case 'spelling': {
      const all = mentionsOf(ctx, parent.type, parent.id).filter((m) => m.text === parent.text);
      const items: ExplorerItem[] = [];
      for (const m of page(all)) {
        const lines = ctx.lines(m.file);
        if (!lines) continue;
        const { context, highlight } = contextLine(lines, ctx.index.text(m.file) ?? '', m.start, m.end);
        items.push({ kind: 'mention', uri: m.file, label: ctx.label(m.file), range: lines.range(m.start, m.end), line: lines.lineAt(m.start), context, highlight });
      }
      return { items, total: all.length, complete };
    }
  }
}

/**
 * What the explorer's first page needs, done ahead a step at a time while `more()` says so: the
 * catalog's totals and the first type's sorted list (the other types' lists are sorted when opened:
 * a long one would hold up a request that comes meanwhile). True once done; a later call goes on
 * where the last stopped.
 */
export function prepareExplorer(ctx: FeatureContext, more: () => boolean): boolean {
  if (!ctx.catalog.sync(more)) return false;
  ctx.catalog.list(EXPLORER_TYPES[0]);
  return true;
}

function validParent(p: ExplorerParent | undefined): ExplorerParent | undefined {
  if (!p || typeof p !== 'object' || !EXPLORER_TYPES.includes(p.type)) return undefined;
  if (p.kind === 'type') return p;
  if (typeof p.id !== 'string') return undefined;
  if (p.kind === 'entity' || p.kind === 'articles') return p;
  if (p.kind === 'spelling' && typeof p.text === 'string') return p;
  return undefined;
}

/**
 * What the explorer calls a group: the entity's name as hover shows it (read from the spellings the
 * catalog counted, without building the entity), or the date written out.
 */
function groupLabel(ctx: FeatureContext, type: ExplorerType, id: string, spellings: () => { text: string; count: number }[]): string {
  if (type === 'DATE') return /^\d{4}-\d{2}-\d{2}$/.test(id) ? ctx.t.longDate(id, false) : id;
  return ctx.index.entityName(id, spellings) ?? spellings()[0]?.text ?? id;
}

/** Every mention of an entity, or of a date value, in corpus order (by file, then offset). */
function mentionsOf(ctx: FeatureContext, type: ExplorerType, id: string): Entity['mentions'] {
  if (type !== 'DATE') {
    const e = ctx.entity(id);
    return e ? sortedMentions(e) : [];
  }
  const g = ctx.catalog.groupOf('DATE', id);
  if (g === undefined) return [];
  const out: Entity['mentions'] = [];
  for (const file of ctx.catalog.filesWithDate(g).sort()) {
    for (const d of ctx.index.dates(file)) if (dateValue(d.resolved ?? d.value) === id) out.push({ file, start: d.start, end: d.end, text: d.text });
  }
  return out;
}

/** How a date value is written across the corpus, most used first (read from the articles that report it). */
function dateSpellings(ctx: FeatureContext, id: string): { text: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const m of mentionsOf(ctx, 'DATE', id)) counts.set(m.text, (counts.get(m.text) ?? 0) + 1);
  return [...counts].map(([text, count]) => ({ text, count })).sort((a, b) => b.count - a.count || (a.text < b.text ? -1 : 1));
}

/**
 * The line around a mention, cut to a few words on each side at a word boundary, with
 * where the mention stands in it (articles write whole paragraphs on one line).
 */
export function contextLine(lines: LineMap, text: string, start: number, end: number): { context: string; highlight: [number, number] } {
  const line = lines.lineAt(start);
  const from = lines.lineStart(line);
  const to = Math.max(lines.lineEnd(line), end);
  let a = Math.max(from, start - BEFORE);
  let b = Math.min(to, end + AFTER);
  if (a > from) {
    const space = text.indexOf(' ', a);
    if (space >= 0 && space < start) a = space + 1;
  }
  if (b < to) {
    const space = text.lastIndexOf(' ', b);
    if (space > end) b = space;
  }
  const before = a > from ? '… ' : '';
  const after = b < to ? ' …' : '';
  const context = (before + text.slice(a, b) + after).replace(/\s/g, ' ');
  const h = before.length + (start - a);
  return { context, highlight: [h, h + (end - start)] };
}
