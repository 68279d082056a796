/**
 * Progress of a review: which articles are marked reviewed in the corrections file and still hold
 * the text they were reviewed with (an article edited since is not reviewed any more), and how
 * many there are. Marking goes through `CORRECT_COMMAND` (`reviewed`), like any correction.
 */
import { contentHash } from '../core';
import type { ProgressParams, ProgressResult } from '../protocol';
import type { FeatureContext } from './context';

/** Each article's text hash, by version: a reviewed article is checked on every answer. */
const hashes = new WeakMap<object, Map<string, { version: number; hash: string }>>();

function hashOf(ctx: FeatureContext, file: string): string | undefined {
  const version = ctx.index.version(file);
  const text = ctx.index.text(file);
  if (version === undefined || text === undefined) return undefined;
  let byFile = hashes.get(ctx.index);
  if (!byFile) hashes.set(ctx.index, (byFile = new Map()));
  const known = byFile.get(file);
  if (known?.version === version) return known.hash;
  const hash = contentHash(text);
  byFile.set(file, { version, hash });
  return hash;
}

/** The articles reviewed and unchanged since. */
export function reviewedArticles(ctx: FeatureContext): Set<string> {
  const out = new Set<string>();
  for (const r of ctx.annotations.reviewed ?? []) if (hashOf(ctx, r.file) === r.hash) out.add(r.file);
  return out;
}

export function progress(ctx: FeatureContext, params: ProgressParams): ProgressResult {
  const reviewed = reviewedArticles(ctx);
  const uri = typeof params.uri === 'string' ? params.uri : undefined;
  return { articles: ctx.index.size(), reviewed: reviewed.size, ...(uri && ctx.index.has(uri) ? { current: reviewed.has(uri) } : {}) };
}
