/** Rename: write every mention of an entity, in every file, one way (one WorkspaceEdit). */
import type { CancellationToken, PrepareRenameParams, Range, RenameParams, TextEdit, WorkspaceEdit } from 'vscode-languageserver';
import { invalidParams, isName, throwIfCancelled, workspaceEdit, type FeatureContext } from './context';

export function prepareRename(ctx: FeatureContext, params: PrepareRenameParams): { range: Range; placeholder: string } | null {
  const file = params.textDocument.uri;
  const lines = ctx.lines(file);
  if (!lines) return null;
  const m = ctx.index.mentionAt(file, lines.offset(params.position));
  if (!isName(m)) throw invalidParams(ctx.t.rename.notEntity);
  return { range: lines.range(m.start, m.end), placeholder: m.text };
}

export function rename(ctx: FeatureContext, params: RenameParams, token?: CancellationToken): WorkspaceEdit | null {
  const file = params.textDocument.uri;
  const lines = ctx.lines(file);
  if (!lines) return null;
  const newName = params.newName.trim();
  if (!newName) throw invalidParams(ctx.t.rename.empty);
  const m = ctx.index.mentionAt(file, lines.offset(params.position));
  if (!isName(m)) throw invalidParams(ctx.t.rename.notEntity);
  const entity = ctx.entity(m.entityId);
  const refs = entity ? entity.mentions : [{ file, start: m.start, end: m.end, text: m.text }];
  const edits = new Map<string, TextEdit[]>();
  let n = 0;
  for (const ref of refs) {
    if (++n % 500 === 0) throwIfCancelled(token);
    if (ref.text === newName) continue;
    const refLines = ctx.lines(ref.file);
    if (!refLines) continue;
    const list = edits.get(ref.file);
    const edit = { range: refLines.range(ref.start, ref.end), newText: newName };
    if (list) list.push(edit);
    else edits.set(ref.file, [edit]);
  }
  return workspaceEdit(ctx, edits);
}
