/** A code lens at the top of each article: "3 related articles · 12 people · 5 institutions". */
import type { CodeLens, CodeLensParams } from 'vscode-languageserver';
import type { NameType } from '../core';
import { Commands } from '../protocol';
import type { FeatureContext } from './context';

const COUNTED: NameType[] = ['PERSON', 'INSTITUTION', 'PLACE'];

export function codeLens(ctx: FeatureContext, params: CodeLensParams): CodeLens[] {
  if (!ctx.settings.codeLens.enabled) return [];
  const file = params.textDocument.uri;
  if (!ctx.lines(file)) return [];
  const t = ctx.t;
  const distinct = new Map<NameType, Set<string>>(COUNTED.map((k) => [k, new Set<string>()]));
  for (const m of ctx.index.nameMentions(file)) distinct.get(m.type)?.add(m.entityId);
  const counts = COUNTED.filter((k) => distinct.get(k)!.size > 0).map((k) => t.count(distinct.get(k)!.size, t.type[k]));
  const nRelated = ctx.index.relatedFiles(file).length;
  const title = t.codeLens(nRelated > 0 ? t.count(nRelated, t.relatedCount) : t.noRelated, counts);
  const range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
  return [{ range, command: { title, command: Commands.showRelated, arguments: [file] } }];
}
