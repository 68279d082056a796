/**
 * Code actions: remove a boilerplate block here or in every file that has it (a template line: in
 * every article of the site with a line of its shape), ignore it (recorded
 * in `.seedlens/annotations.json` by a server command), insert a date's ISO value, fix a wrong
 * weekday, normalise an inconsistent spelling, and correct the annotations (`corrections.ts`).
 * Every edit is returned for the user to apply; the server never writes an article behind their back.
 */
import { CodeActionKind, type CodeAction, type CodeActionParams, type Diagnostic, type TextEdit } from 'vscode-languageserver';
import type { BoilerplateBlock } from '../core';
import { IGNORE_BLOCK_COMMAND, type IgnoreBlockArgs } from '../protocol';
import { workspaceEdit, type FeatureContext } from './context';
import { correctionActions, notBoilerplateAction } from './corrections';
import { boilerplateCode, DIAGNOSTIC_SOURCE, DiagnosticCode, inconsistentSpellings, otherCopies, weekdaySpan } from './diagnostics';


export function codeActions(ctx: FeatureContext, params: CodeActionParams): CodeAction[] {
  const file = params.textDocument.uri;
  const lines = ctx.lines(file);
  if (!lines) return [];
  const t = ctx.t;
  const from = lines.offset(params.range.start);
  const to = lines.offset(params.range.end);
  const touches = (s: { start: number; end: number }) => s.start <= to && from <= s.end;
  const ours = (code: string, start: number, end: number): Diagnostic[] => {
    const r = lines.range(start, end);
    return params.context.diagnostics.filter(
      (d) => d.source === DIAGNOSTIC_SOURCE && d.code === code && d.range.start.line === r.start.line && d.range.start.character === r.start.character,
    );
  };
  const out: CodeAction[] = [];

  for (const b of ctx.index.boilerplate(file)) {
    if (!touches(b)) continue;
    const diags = ours(boilerplateCode(b), b.start, b.end);
    const here = lines.wholeLines(b.start, b.end);
    out.push({
      title: t.action.removeBlock,
      kind: CodeActionKind.QuickFix,
      diagnostics: diags,
      isPreferred: true,
      edit: workspaceEdit(ctx, new Map([[file, [{ range: lines.range(here.start, here.end), newText: '' }]]])),
    });
    const everywhere = removeEverywhere(ctx, file, b);
    if (everywhere.size > 1) {
      out.push({ title: t.action.removeEverywhere(t.num(everywhere.size)), kind: CodeActionKind.QuickFix, diagnostics: diags, edit: workspaceEdit(ctx, everywhere) });
    }
    const args: IgnoreBlockArgs = { uri: file, fingerprint: b.fingerprint };
    if (ctx.canWriteAnnotations) out.push({ title: t.action.ignoreBlock, kind: CodeActionKind.QuickFix, diagnostics: diags, command: { title: t.action.ignoreBlock, command: IGNORE_BLOCK_COMMAND, arguments: [args] } });
    const realText = notBoilerplateAction(ctx, file, b, diags);
    if (realText) out.push(realText);
  }

  for (const d of ctx.index.dates(file)) {
    if (!touches(d)) continue;
    if (d.weekday && !d.weekday.ok) {
      const span = weekdaySpan(d);
      const written = d.text.slice(span.start - d.start, span.end - d.start);
      const actual = matchCase(written, d.weekday.actual);
      out.push({
        title: t.action.fixWeekday(actual),
        kind: CodeActionKind.QuickFix,
        diagnostics: ours(DiagnosticCode.weekday, span.start, span.end),
        isPreferred: true,
        edit: workspaceEdit(ctx, new Map([[file, [{ range: lines.range(span.start, span.end), newText: actual }]]])),
      });
    }
    // Offered where the cursor is on the date, not for every date of a selected block.
    const onDate = d.start <= from && to <= d.end;
    if (onDate && d.value && !ctx.index.text(file)?.startsWith(` (${d.value})`, d.end)) {
      out.push({
        title: t.action.insertIso(d.value),
        kind: CodeActionKind.RefactorRewrite,
        edit: workspaceEdit(ctx, new Map([[file, [{ range: lines.range(d.end, d.end), newText: ` (${d.value})` }]]])),
      });
    }
  }

  for (const { mention, preferred } of inconsistentSpellings(ctx, file)) {
    if (!touches(mention)) continue;
    const range = lines.range(mention.start, mention.end);
    out.push({
      title: t.action.normalise(preferred),
      kind: CodeActionKind.QuickFix,
      diagnostics: ours(DiagnosticCode.spelling, mention.start, mention.end),
      isPreferred: true,
      edit: workspaceEdit(ctx, new Map([[file, [{ range, newText: preferred }]]])),
    });
    const canonical = ctx.entity(mention.entityId)?.canonical;
    if (canonical && canonical !== preferred && canonical !== mention.text) {
      out.push({ title: t.action.canonical(canonical), kind: CodeActionKind.RefactorRewrite, edit: workspaceEdit(ctx, new Map([[file, [{ range, newText: canonical }]]])) });
    }
  }

  out.push(...correctionActions(ctx, file, from, to));

  const only = params.context.only;
  return only && only.length > 0 ? out.filter((a) => only.some((k) => a.kind === k || a.kind?.startsWith(k + '.'))) : out;
}

/** Deleting the block's lines in this file and in every file holding a copy (one edit per file, no overlaps). */
function removeEverywhere(ctx: FeatureContext, file: string, b: BoilerplateBlock): Map<string, TextEdit[]> {
  const spans = new Map<string, { start: number; end: number }[]>();
  for (const c of [{ file, start: b.start, end: b.end }, ...otherCopies(file, b)]) {
    const list = spans.get(c.file);
    if (list) list.push(c);
    else spans.set(c.file, [c]);
  }
  const edits = new Map<string, TextEdit[]>();
  for (const [f, list] of spans) {
    const lines = ctx.lines(f);
    if (!lines) continue;
    const whole = list.map((s) => lines.wholeLines(s.start, s.end)).sort((x, y) => x.start - y.start);
    const merged: { start: number; end: number }[] = [];
    for (const w of whole) {
      const last = merged[merged.length - 1];
      if (last && w.start <= last.end) last.end = Math.max(last.end, w.end);
      else merged.push({ ...w });
    }
    edits.set(f, merged.map((s) => ({ range: lines.range(s.start, s.end), newText: '' })));
  }
  return edits;
}

/** `Lundi` + `mardi` → `Mardi`; `LUNDI` + `mardi` → `MARDI`. */
function matchCase(model: string, word: string): string {
  if (model.length > 1 && model === model.toUpperCase()) return word.toUpperCase();
  if (model[0] && model[0] === model[0].toUpperCase() && model[0] !== model[0].toLowerCase()) return word[0].toUpperCase() + word.slice(1);
  return word;
}
