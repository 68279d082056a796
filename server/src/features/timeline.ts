/**
 * The timeline's data: every article at the dates it reports (their resolved values: a day, a
 * month or a year; a range at its first day), or only the articles that mention one entity. The
 * most recent articles first, at most `limit` of them: the webview draws what it is sent.
 */
import type { TimelineArticle, TimelineParams, TimelinePoint, TimelineResult } from '../protocol';
import { dateValue } from './catalog';
import type { FeatureContext } from './context';

const DEFAULT_LIMIT = 2000;
const MAX_LIMIT = 10_000;
const TITLE_LENGTH = 90;

export function timeline(ctx: FeatureContext, params: TimelineParams): TimelineResult {
  const catalog = ctx.catalog;
  catalog.sync();
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(Number(params.limit) || DEFAULT_LIMIT)));
  const entity = typeof params.entity === 'string' && params.entity ? ctx.entity(params.entity) : undefined;
  const only = entity ? new Set(entity.mentions.map((m) => m.file)) : undefined;
  // Each article's latest date: the most recent articles are the ones shown.
  const latest = new Map<string, string>();
  catalog.forEachDate((file, value) => {
    if (only && !only.has(file)) return;
    const l = latest.get(file);
    if (l === undefined || value > l) latest.set(file, value);
  });
  const files = [...latest].sort((a, b) => (a[1] < b[1] ? 1 : a[1] > b[1] ? -1 : a[0] < b[0] ? -1 : 1));
  const articles: TimelineArticle[] = [];
  const points: TimelinePoint[] = [];
  for (const [file] of files.slice(0, limit)) {
    const article = articles.length;
    articles.push({ uri: file, label: ctx.label(file), title: titleOf(ctx.index.text(file) ?? '') });
    // How the article writes each date: its first mention of that value.
    const written = new Map<string, string>();
    for (const d of ctx.index.dates(file)) {
      const value = dateValue(d.resolved ?? d.value);
      if (value && !written.has(value)) written.set(value, d.text);
    }
    for (const [date, text] of [...written].sort((a, b) => (a[0] < b[0] ? -1 : 1))) points.push({ date, article, text });
  }
  return { articles, points, total: files.length, ...(entity ? { entity: { id: entity.id, label: entity.canonical, type: entity.type } } : {}) };
}

/** The article's first non-empty line, shortened at a word. */
function titleOf(text: string): string {
  const line = text.split(/\r\n|\r|\n/).find((l) => l.trim())?.trim() ?? '';
  if (line.length <= TITLE_LENGTH) return line;
  const cut = line.lastIndexOf(' ', TITLE_LENGTH);
  return `${line.slice(0, cut > 40 ? cut : TITLE_LENGTH)}…`;
}
