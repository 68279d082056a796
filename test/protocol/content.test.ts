/**
 * The features over the wire, on the bundled seeds: each request reaches its feature and its answer
 * comes back as the protocol says, and edits and settings reach the features. What each feature
 * answers is tested in process (test/features/); here, what only a real server shows.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { Commands, IGNORE_BLOCK_COMMAND, RELATED_METHOD, type RelatedItem, type RelatedParams } from '../../server/src/protocol';
import {
  applyEdits,
  baseName,
  editsOf,
  FILE_000,
  FILE_001,
  FILE_002,
  hoverText,
  makeWorkspace,
  positionOf,
  startServer,
  type TestServer,
} from './harness';

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };
type Loc = { uri: string; range: Range };
type DocSym = { name: string; detail?: string; kind: number; range: Range; selectionRange: Range; children?: DocSym[] };
type Action = { title: string; kind?: string; edit?: unknown; command?: { command: string; arguments?: unknown[] }; diagnostics?: unknown[] };

let server: TestServer;
let ws: ReturnType<typeof makeWorkspace>;
let uri000: string;
let uri002: string;
let text000: string;
let text002: string;

before(async () => {
  ws = makeWorkspace();
  server = await startServer({ root: ws.root });
  await server.ready();
  uri000 = server.seedUri(FILE_000);
  uri002 = server.seedUri(FILE_002);
  text000 = await server.open(uri000);
  text002 = await server.open(uri002);
});

after(async () => {
  await server?.stop();
  ws?.cleanup();
});

const td = (uri: string) => ({ textDocument: { uri } });

test('every feature answers over the wire with real content', async () => {
  const at = { ...td(uri000), position: positionOf(text000, 'Goïta') };
  assert.ok(hoverText(await server.request('textDocument/hover', at)).includes('Assimi Goïta'));
  const def = await server.request<Loc | null>('textDocument/definition', at);
  assert.equal(baseName(def?.uri ?? ''), FILE_000);
  const refs = await server.request<Loc[]>('textDocument/references', { ...at, context: { includeDeclaration: true } });
  assert.ok(new Set(refs.map((r) => r.uri)).size >= 3);
  assert.ok((await server.request<unknown[]>('textDocument/documentHighlight', at)).length >= 2);
  const syms = await server.request<DocSym[]>('textDocument/documentSymbol', td(uri000));
  assert.ok(syms.some((s) => s.name === 'People'));
  assert.ok((await server.request<{ name: string }[]>('workspace/symbol', { query: 'goita' })).some((s) => s.name === 'Assimi Goïta'));
  const lenses = await server.request<{ command: { command: string } }[]>('textDocument/codeLens', td(uri000));
  assert.equal(lenses[0]?.command.command, Commands.showRelated);
  const rel = await server.request<RelatedItem[]>(RELATED_METHOD, { uri: uri000 } satisfies RelatedParams);
  assert.equal(baseName(rel[0]?.uri ?? ''), FILE_001);
  const tokens = await server.request<{ data: number[] }>('textDocument/semanticTokens/full', td(uri000));
  assert.ok(tokens.data.length >= 50);
  const prep = await server.request<{ placeholder: string }>('textDocument/prepareRename', at);
  assert.ok(prep.placeholder.includes('Goïta'));
  assert.ok(editsOf(await server.request('textDocument/rename', { ...at, newName: 'X' })).size >= 3);
  const diag = server.diagnosticsOf(uri002).find((d) => d.code === 'duplicate-boilerplate');
  assert.ok(diag, 'the sidebar of 002 is published');
  const actions = await server.request<Action[]>('textDocument/codeAction', { ...td(uri002), range: diag.range, context: { diagnostics: [diag] } });
  assert.ok(actions.some((a) => a.command?.command === IGNORE_BLOCK_COMMAND));
  assert.ok(applyEdits(text002, editsOf(actions.find((a) => a.edit)?.edit).get(uri002) ?? []).length < text002.length);
});

test('an edit is reflected at once: hover right after inserting text before Goïta', async () => {
  const uri = server.seedUri(FILE_001);
  const text = await server.open(uri);
  const edited = 'Une ligne ajoutée en tête.\n' + text;
  await server.change(uri, edited);
  const h = hoverText(await server.request('textDocument/hover', { ...td(uri), position: positionOf(edited, 'Assimi GOITA', 0, 8) }));
  assert.ok(h.includes('Assimi Goïta'), h);
  await server.close(uri);
});

test('settings changes apply without a restart: a kind switched off, inlay hints switched on', async () => {
  assert.ok(server.diagnosticsOf(uri000).some((d) => d.code === 'duplicate-boilerplate'));
  const far = { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } };
  assert.deepEqual(await server.request('textDocument/inlayHint', { ...td(uri000), range: far }), [], 'inlay hints are off by default');
  server.options.settings = { diagnostics: { duplicate: 'off' }, inlayHints: { dateValues: true } };
  await server.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await server.waitFor(() => !server.diagnosticsOf(uri000).some((d) => d.code === 'duplicate-boilerplate'), 5000, 'duplicate diagnostics cleared');
  const hints = await server.request<{ label: string }[]>('textDocument/inlayHint', { ...td(uri000), range: far });
  assert.ok(hints.some((h) => h.label.includes('2025-12-08')), JSON.stringify(hints));
  server.options.settings = {};
  await server.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await server.waitFor(() => server.diagnosticsOf(uri000).some((d) => d.code === 'duplicate-boilerplate'), 5000, 'duplicate diagnostics back');
});
