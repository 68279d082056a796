/**
 * The timeline's data: every article at the dates it reports (their resolved values: a day, a
 * month or a year; a range at its first day), or only the articles that mention one entity. The
 * most recent articles first, at most `limit` of them: the webview draws what it is sent.
 */
import type { TimelineArticle, TimelineParams, TimelinePoint, TimelineResult } from '../protocol';
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
  const byFile = new Map<string, Map<string, string>>();
  catalog.forEachDate((file, value, text) => {
    if (only && !only.has(file)) return;
    let dates = byFile.get(file);
    if (!dates) byFile.set(file, (dates = new Map()));
    if (!dates.has(value)) dates.set(value, text);
  });
  const latest = (dates: Map<string, string>) => [...dates.keys()].reduce((a, b) => (a > b ? a : b));
  const files = [...byFile].map(([file, dates]) => ({ file, dates, latest: latest(dates) }));
  files.sort((a, b) => (a.latest < b.latest ? 1 : a.latest > b.latest ? -1 : a.file < b.file ? -1 : 1));
  const articles: TimelineArticle[] = [];
  const points: TimelinePoint[] = [];
  for (const { file, dates } of files.slice(0, limit)) {
    const article = articles.length;
    articles.push({ uri: file, label: ctx.label(file), title: titleOf(ctx.index.text(file) ?? '') });
    for (const [date, text] of [...dates].sort((a, b) => (a[0] < b[0] ? -1 : 1))) points.push({ date, article, text });
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
