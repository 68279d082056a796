/** Go to definition: the entity's first mention in the corpus (files in order, then offsets). */
import type { DefinitionParams, Location } from 'vscode-languageserver';
import { firstMention, isName, type FeatureContext } from './context';

export function definition(ctx: FeatureContext, params: DefinitionParams): Location | null {
  const file = params.textDocument.uri;
  const lines = ctx.lines(file);
  if (!lines) return null;
  const m = ctx.index.mentionAt(file, lines.offset(params.position));
  if (!isName(m)) return null;
  const entity = ctx.entity(m.entityId);
  const first = entity && firstMention(entity);
  const firstLines = first && ctx.lines(first.file);
  return first && firstLines ? { uri: first.file, range: firstLines.range(first.start, first.end) } : { uri: file, range: lines.range(m.start, m.end) };
}
