/**
 * The entity or date under the cursor, for the status bar: its type and name (the entity's name
 * as hover shows it, or the date's value).
 */
import type { EntityAtParams, EntityAtResult } from '../protocol';
import type { FeatureContext } from './context';

export function entityAt(ctx: FeatureContext, params: EntityAtParams): EntityAtResult | null {
  const lines = ctx.lines(params.uri);
  if (!lines || !params.position) return null;
  const m = ctx.index.mentionAt(params.uri, lines.offset(params.position));
  if (!m) return null;
  if (m.type === 'DATE') return { type: 'DATE', text: m.text, name: m.resolved ?? m.value ?? m.text };
  return { type: m.type, text: m.text, name: ctx.entity(m.entityId)?.canonical ?? m.text, id: m.entityId };
}
