/** The `seedLens/related` request: the articles closest to this one, ranked, with reasons (the client's quick pick). */
import type { FeatureContext } from './context';

export const RELATED_METHOD = 'seedLens/related';

export interface RelatedParams {
  uri: string;
  limit?: number;
}

export interface RelatedItem {
  uri: string;
  /** Short name of the file (path relative to its workspace folder). */
  label: string;
  /** 0..1, higher is closer. */
  score: number;
  reasons: string[];
}

export function related(ctx: FeatureContext, params: RelatedParams): RelatedItem[] {
  const limit = typeof params.limit === 'number' && params.limit > 0 ? Math.min(params.limit, 200) : 20;
  return ctx.index.related(params.uri, limit).map((r) => ({
    uri: r.file,
    label: ctx.label(r.file),
    score: Math.round(r.score * 1000) / 1000,
    reasons: r.reasons,
  }));
}
