/** Document highlights: the same entity (or the same date) elsewhere in this file. */
import { DocumentHighlightKind, type DocumentHighlight, type DocumentHighlightParams } from 'vscode-languageserver';
import type { FeatureContext } from './context';

export function documentHighlight(ctx: FeatureContext, params: DocumentHighlightParams): DocumentHighlight[] {
  const file = params.textDocument.uri;
  const lines = ctx.lines(file);
  if (!lines) return [];
  const m = ctx.index.mentionAt(file, lines.offset(params.position));
  if (!m) return [];
  const same =
    m.type === 'DATE'
      ? ctx.index.dates(file).filter((d) => (d.start === m.start && d.end === m.end) || (m.resolved !== null && d.resolved === m.resolved))
      : ctx.index.nameMentions(file).filter((n) => n.entityId === m.entityId);
  return same.map((s) => ({ range: lines.range(s.start, s.end), kind: DocumentHighlightKind.Text }));
}
