/** Find all references: every mention of the entity across the workspace. */
import type { CancellationToken, Location, ReferenceParams } from 'vscode-languageserver';
import { isName, sortedMentions, throwIfCancelled, type FeatureContext } from './context';

export function references(ctx: FeatureContext, params: ReferenceParams, token?: CancellationToken): Location[] {
  const file = params.textDocument.uri;
  const lines = ctx.lines(file);
  if (!lines) return [];
  const m = ctx.index.mentionAt(file, lines.offset(params.position));
  if (!isName(m)) return [];
  const entity = ctx.entity(m.entityId);
  if (!entity) return [{ uri: file, range: lines.range(m.start, m.end) }];
  const out: Location[] = [];
  for (const [i, ref] of sortedMentions(entity).entries()) {
    if (i % 500 === 0) throwIfCancelled(token);
    const refLines = ctx.lines(ref.file);
    if (refLines) out.push({ uri: ref.file, range: refLines.range(ref.start, ref.end) });
  }
  return out;
}
