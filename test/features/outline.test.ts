/** Outline, workspace symbols, semantic tokens, inlay hints, the code lens and related articles, called in process. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeLens } from '../../server/src/features/codeLens';
import { inlayHints } from '../../server/src/features/inlayHints';
import { related } from '../../server/src/features/related';
import { semanticTokens } from '../../server/src/features/semanticTokens';
import { documentSymbols } from '../../server/src/features/symbols';
import { workspaceSymbols } from '../../server/src/features/workspaceSymbols';
import { baseName, FILE_000, FILE_001 } from '../support/lsp';
import { MemoryWorkspace, td, uriOf } from '../support/memoryWorkspace';
import { Commands } from '../../server/src/protocol';

const ws = MemoryWorkspace.seeds();
const uri000 = uriOf(FILE_000);
const far = { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } };

test('document symbols group the entities by type', () => {
  const syms = documentSymbols(ws.context(), td(uri000));
  const people = syms.find((s) => s.name === 'People');
  assert.ok(people, JSON.stringify(syms.map((s) => s.name)));
  assert.ok(people.children?.some((c) => c.name === 'Assimi Goïta'), JSON.stringify(people.children?.map((c) => c.name)));
  assert.ok(syms.some((s) => s.name === 'Dates'));
});

test('workspace symbols find Assimi Goïta by "goita" or "GOÏTA" (accents and case ignored)', () => {
  for (const query of ['goita', 'GOÏTA']) {
    const syms = workspaceSymbols(ws.context(), { query });
    assert.ok(syms.some((s) => s.name === 'Assimi Goïta'), `${query}: ${JSON.stringify(syms.map((s) => s.name))}`);
  }
});

test('semantic tokens colour people, places and dates', () => {
  const { data } = semanticTokens(ws.context(), td(uri000));
  assert.ok(data.length >= 5 * 10, `only ${data.length / 5} tokens`);
  assert.ok(new Set(data.filter((_, i) => i % 5 === 3)).size >= 3);
});

test('inlay hints show date values only when switched on', () => {
  assert.deepEqual(inlayHints(ws.context(), { ...td(uri000), range: far }), []);
  const on = MemoryWorkspace.seeds({ settings: { inlayHints: { dateValues: true } } });
  const hints = inlayHints(on.context(), { ...td(uri000), range: far });
  assert.ok(hints.some((h) => String(h.label).includes('2025-12-08')), JSON.stringify(hints));
});

test('code lens at the top: related articles and people, running the client command', () => {
  const lenses = codeLens(ws.context(), td(uri000));
  assert.equal(lenses.length, 1);
  assert.equal(lenses[0].range.start.line, 0);
  assert.match(lenses[0].command?.title ?? '', /\d+ related articles? · \d+ (people|person)/);
  assert.equal(lenses[0].command?.command, Commands.showRelated);
  assert.deepEqual(codeLens(MemoryWorkspace.seeds({ settings: { codeLens: { enabled: false } } }).context(), td(uri000)), []);
});

test('related articles are ranked, scored and explained; 000 and 001 tell one story', () => {
  const rel = related(ws.context(), { uri: uri000 });
  assert.ok(rel.length > 0, 'nothing related to 000');
  assert.ok(rel.every((r) => r.score > 0 && r.score <= 1 && r.reasons.length > 0 && r.uri.startsWith('file://')));
  assert.ok(rel.every((r, i) => i === 0 || rel[i - 1].score >= r.score), 'not ranked');
  assert.equal(baseName(rel[0].uri), FILE_001);
});
