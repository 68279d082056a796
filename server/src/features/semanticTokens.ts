/**
 * Semantic tokens for people, institutions, places and dates. The legend uses our own token types,
 * declared in package.json (`semanticTokenTypes`) with standard super types (`class`, `namespace`,
 * `enumMember`, `number`), so every VS Code theme colours them and a theme may style them by name.
 */
import { SemanticTokensBuilder, type SemanticTokens, type SemanticTokensLegend, type SemanticTokensParams } from 'vscode-languageserver';
import type { EntityType } from '../core';
import type { FeatureContext } from './context';

const TOKEN_TYPE: Record<EntityType, string> = {
  PERSON: 'person',
  INSTITUTION: 'institution',
  PLACE: 'place',
  DATE: 'date',
};

const LEGEND_TYPES = [...new Set(Object.values(TOKEN_TYPE))];

export const semanticTokensLegend: SemanticTokensLegend = { tokenTypes: LEGEND_TYPES, tokenModifiers: [] };

export function semanticTokens(ctx: FeatureContext, params: SemanticTokensParams): SemanticTokens {
  const file = params.textDocument.uri;
  const lines = ctx.lines(file);
  const builder = new SemanticTokensBuilder();
  if (!lines) return builder.build();
  let lastEnd = 0;
  for (const m of ctx.index.mentions(file)) {
    if (m.start < lastEnd || m.end <= m.start) continue; // tokens may not overlap
    lastEnd = m.end;
    const type = LEGEND_TYPES.indexOf(TOKEN_TYPE[m.type]);
    // A token lives on one line: a mention across a line break is split per line.
    const first = lines.lineAt(m.start);
    const last = lines.lineAt(m.end - 1);
    for (let line = first; line <= last; line++) {
      const s = Math.max(m.start, lines.lineStart(line));
      const e = Math.min(m.end, lines.lineEnd(line));
      if (e > s) builder.push(line, s - lines.lineStart(line), e - s, type, 0);
    }
  }
  return builder.build();
}
