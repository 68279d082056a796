/** Workspace symbols: any entity of the corpus by name, accents and case ignored. */
import type { CancellationToken, SymbolInformation, WorkspaceSymbolParams } from 'vscode-languageserver';
import { comparisonKey, type Entity } from '../core';
import { firstMention, throwIfCancelled, type FeatureContext } from './context';
import { SYMBOL_KIND } from './symbols';

const MAX_RESULTS = 500;

export function workspaceSymbols(ctx: FeatureContext, params: WorkspaceSymbolParams, token?: CancellationToken): SymbolInformation[] {
  const query = comparisonKey(params.query ?? '');
  const scored: { score: number; name: string; entity: Entity }[] = [];
  let n = 0;
  for (const e of ctx.index.entities()) {
    if (++n % 1000 === 0) throwIfCancelled(token);
    let score = 0;
    if (query) {
      for (const name of [e.canonical, ...e.variants.map((v) => v.text)]) {
        const key = comparisonKey(name);
        const s = key === query ? 3 : key.startsWith(query) ? 2 : key.includes(query) ? 1 : 0;
        if (s > score) score = s;
        if (score === 3) break;
      }
      if (score === 0) continue;
    }
    scored.push({ score, name: e.canonical, entity: e });
  }
  scored.sort((a, b) => b.score - a.score || a.name.localeCompare(b.name));
  // Positions only for what is returned.
  const out: SymbolInformation[] = [];
  for (const { entity: e } of scored) {
    if (out.length >= MAX_RESULTS) break;
    const first = firstMention(e);
    const lines = first && ctx.lines(first.file);
    if (!first || !lines) continue;
    out.push({ name: e.canonical, kind: SYMBOL_KIND[e.type], containerName: ctx.t.type[e.type][0], location: { uri: first.file, range: lines.range(first.start, first.end) } });
  }
  return out;
}
