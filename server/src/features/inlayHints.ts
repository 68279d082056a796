/** Inlay hints: the ISO value after each date (off by default: `seedLens.inlayHints.dateValues`). */
import { InlayHintKind, type InlayHint, type InlayHintParams } from 'vscode-languageserver';
import type { FeatureContext } from './context';

export function inlayHints(ctx: FeatureContext, params: InlayHintParams): InlayHint[] {
  if (!ctx.settings.inlayHints.dateValues) return [];
  const file = params.textDocument.uri;
  const lines = ctx.lines(file);
  if (!lines) return [];
  const from = lines.offset(params.range.start);
  const to = lines.offset(params.range.end);
  const out: InlayHint[] = [];
  for (const d of ctx.index.dates(file)) {
    if (d.end < from || d.end > to) continue;
    const label = d.value ?? d.resolved;
    if (!label) continue;
    out.push({ position: lines.position(d.end), label: `= ${label}`, kind: InlayHintKind.Type, paddingLeft: true, tooltip: d.resolved ?? undefined });
  }
  return out;
}
