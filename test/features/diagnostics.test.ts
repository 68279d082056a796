/** Diagnostics and the code actions that fix them, called in process. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { Diagnostic } from 'vscode-languageserver';
import { codeActions } from '../../server/src/features/codeActions';
import { diagnostics } from '../../server/src/features/diagnostics';
import { applyEdits, baseName, editsOf, FILE_000, FILE_002, positionOf } from '../support/lsp';
import { MemoryWorkspace, td, uriOf } from '../support/memoryWorkspace';
import { IGNORE_BLOCK_COMMAND } from '../../server/src/protocol';

const lastLine = (d: Diagnostic) => (d.range.end.character === 0 && d.range.end.line > d.range.start.line ? d.range.end.line - 1 : d.range.end.line);
const message = (d: Diagnostic) => (typeof d.message === 'string' ? d.message : String(d.message));
/** Indices of the non-empty lines of `a` that also occur in `b` (the shared sidebar). */
const sharedLines = (a: string, b: string) => {
  const inB = new Set(b.split(/\r?\n/).map((l) => l.trim()).filter(Boolean));
  return a.split(/\r?\n/).flatMap((l, i) => (l.trim() && inB.has(l.trim()) ? [i] : []));
};
const actionsFor = (ws: MemoryWorkspace, uri: string, d: Diagnostic) => codeActions(ws.context(), { ...td(uri), range: d.range, context: { diagnostics: [d] } });

test('a written weekday that does not match its date: a warning, and fixes for the weekday and the ISO value', () => {
  const ws = new MemoryWorkspace({});
  const text = 'Bamako, le mardi 8 décembre 2025, le Premier ministre a reçu les ambassadeurs.\n';
  const uri = ws.put('wrong-weekday.txt', text);
  const diag = diagnostics(ws.context(), uri).find((d) => d.code === 'weekday-mismatch');
  assert.ok(diag, 'no weekday diagnostic');
  assert.equal(diag.source, 'seed-lens');
  assert.equal(diag.severity, 2);
  assert.match(message(diag), /mardi/);
  const actions = actionsFor(ws, uri, diag);
  const fix = actions.find((a) => /lundi/.test(a.title));
  assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
  assert.equal(applyEdits(text, editsOf(fix.edit).get(uri)!), text.replace('mardi 8', 'lundi 8'));
  const iso = actions.find((a) => /ISO/.test(a.title));
  assert.ok(iso, 'no "insert ISO value" action');
  assert.match(applyEdits(text, editsOf(iso.edit).get(uri)!), /2025 \(2025-12-08\)/);
});

test('one person written two ways in one article: a hint on the other spelling only, and a fix that writes the preferred one', () => {
  const ws = new MemoryWorkspace({});
  const text = 'Bamako, le 8 décembre 2025. Le colonel Assimi Goïta a reçu les ambassadeurs.\nPlus tard, ASSIMI GOITA a signé le décret, puis Assimi Goïta est reparti.\n';
  const uri = ws.put('two-spellings.txt', text);
  const hints = diagnostics(ws.context(), uri).filter((d) => d.code === 'inconsistent-spelling');
  assert.equal(hints.length, 1, JSON.stringify(hints));
  const [hint] = hints;
  assert.equal(hint.severity, 4);
  assert.deepEqual(hint.range.start, positionOf(text, 'ASSIMI GOITA', 0, 0));
  assert.match(message(hint), /ASSIMI GOITA.*Assimi Goïta/);
  const fix = actionsFor(ws, uri, hint).find((a) => /Assimi Goïta/.test(a.title) && a.kind === 'quickfix');
  assert.ok(fix);
  assert.equal(applyEdits(text, editsOf(fix.edit).get(uri)!), text.replace('ASSIMI GOITA', 'Assimi Goïta'));
});

test('the sidebar shared by 000 and 002 is flagged in both, each pointing at the other copy, tagged Unnecessary', () => {
  const ws = MemoryWorkspace.seeds();
  const [u000, u002] = [uriOf(FILE_000), uriOf(FILE_002)];
  for (const [self, other] of [
    [u000, u002],
    [u002, u000],
  ]) {
    const shared = sharedLines(ws.text(self), ws.text(other));
    const sharedOther = sharedLines(ws.text(other), ws.text(self));
    assert.ok(shared.length >= 5, 'test data: the sidebar');
    const diag = diagnostics(ws.context(), self).find((d) => d.code === 'duplicate-boilerplate' && d.range.start.line <= shared[0] && lastLine(d) >= shared[shared.length - 1]);
    assert.ok(diag, `no duplicate diagnostic over the sidebar of ${baseName(self)}`);
    assert.deepEqual(diag.tags, [1]);
    const rel = (diag.relatedInformation ?? []).find((r) => r.location.uri === other);
    assert.ok(rel, `no relatedInformation pointing at ${baseName(other)}`);
    assert.ok(rel.location.range.start.line <= sharedOther[sharedOther.length - 1] && rel.location.range.end.line >= sharedOther[0]);
  }
});

test('"remove block" deletes exactly the block lines; "everywhere" covers both files; "ignore" is offered', () => {
  const ws = MemoryWorkspace.seeds();
  const [u000, u002] = [uriOf(FILE_000), uriOf(FILE_002)];
  const text000 = ws.text(u000);
  const diag = diagnostics(ws.context(), u000).find((d) => d.code === 'duplicate-boilerplate');
  assert.ok(diag);
  const actions = actionsFor(ws, u000, diag);
  const remove = actions.find((a) => /remove/i.test(a.title) && !/all|every/i.test(a.title));
  assert.ok(remove, JSON.stringify(actions.map((a) => a.title)));
  const got = applyEdits(text000, editsOf(remove.edit).get(u000)!).split('\n');
  const expected = text000.split('\n').filter((_, i) => i < diag.range.start.line || i > lastLine(diag));
  if (got.length === expected.length + 1 && got[got.length - 1] === '') got.pop();
  assert.deepEqual(got, expected);
  const everywhere = actions.find((a) => /all|every/i.test(a.title));
  assert.ok(everywhere);
  assert.deepEqual([...editsOf(everywhere.edit).keys()].map(baseName).sort(), [FILE_000, FILE_002]);
  assert.ok(!applyEdits(ws.text(u002), editsOf(everywhere.edit).get(u002)!).includes('Les deux délégations'));
  assert.ok(actions.some((a) => a.command?.command === IGNORE_BLOCK_COMMAND), 'no "ignore block" action');
});

test('a kind switched off in the settings is not reported', () => {
  const ws = MemoryWorkspace.seeds({ settings: { diagnostics: { duplicate: 'off' } } });
  assert.ok(!diagnostics(ws.context(), uriOf(FILE_000)).some((d) => d.code === 'duplicate-boilerplate'));
  assert.ok(diagnostics(MemoryWorkspace.seeds().context(), uriOf(FILE_000)).some((d) => d.code === 'duplicate-boilerplate'));
});
