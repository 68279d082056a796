/** The `seedLens/related` request: the articles closest to this one, ranked, with reasons (the client's quick pick). */
import type { RelatedItem, RelatedParams } from '../protocol';
import type { FeatureContext } from './context';

export function related(ctx: FeatureContext, params: RelatedParams): RelatedItem[] {
  const limit = typeof params.limit === 'number' && params.limit > 0 ? Math.min(params.limit, 200) : 20;
  return ctx.index.related(params.uri, limit).map((r) => ({
    uri: r.file,
    label: ctx.label(r.file),
    score: Math.round(r.score * 1000) / 1000,
    reasons: r.reasons,
  }));
}
