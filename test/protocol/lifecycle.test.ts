/** The server starts, says what it can do, indexes the workspace with progress, and survives odd documents. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { FILE_000, hoverText, makeWorkspace, startServer, type TestServer } from './harness';
import { Commands, RELATED_METHOD } from '../../server/src/protocol';

let server: TestServer;
let ws: ReturnType<typeof makeWorkspace>;

before(async () => {
  ws = makeWorkspace();
  server = await startServer({ root: ws.root });
});

after(async () => {
  await server?.stop();
  ws?.cleanup();
});

test('initialize announces every feature', () => {
  const c = server.initializeResult.capabilities;
  assert.ok(c.textDocumentSync, 'textDocumentSync');
  assert.equal(typeof c.textDocumentSync === 'object' ? c.textDocumentSync.change : c.textDocumentSync, 2, 'incremental sync');
  for (const k of ['hoverProvider', 'definitionProvider', 'referencesProvider', 'documentHighlightProvider', 'documentSymbolProvider', 'workspaceSymbolProvider', 'codeActionProvider', 'codeLensProvider', 'documentLinkProvider', 'renameProvider', 'semanticTokensProvider', 'inlayHintProvider', 'executeCommandProvider'] as const) {
    assert.ok(c[k], `${k} missing`);
  }
  assert.deepEqual((c.renameProvider as { prepareProvider?: boolean }).prepareProvider, true);
  const legend = (c.semanticTokensProvider as { legend: { tokenTypes: string[] } }).legend;
  assert.ok(legend.tokenTypes.length >= 4, `legend: ${JSON.stringify(legend)}`);
  assert.ok((c.executeCommandProvider?.commands ?? []).length > 0);
  assert.equal(server.initializeResult.serverInfo?.name, 'seed-lens');
});

test('indexes the workspace in the background with progress, then reports ready', async () => {
  const ready = await server.ready();
  assert.equal(ready.files, 5, 'the five seeds are indexed');
  const values = server.progress.map((p) => (p as { value: { kind: string; title?: string; message?: string } }).value);
  assert.ok(values.some((v) => v.kind === 'begin' && /seed lens/i.test(v.title ?? '')), `no progress begin: ${JSON.stringify(values)}`);
  assert.ok(values.some((v) => v.kind === 'report' && /5 \/ 5 articles/.test(v.message ?? '')), `no "5 / 5 articles" report: ${JSON.stringify(values)}`);
  assert.ok(values.some((v) => v.kind === 'end'), 'progress never ended');
});

test('registers file watchers for articles and the annotations file', async () => {
  const reg = await server.waitFor(() => server.registrations.find((r) => JSON.stringify(r).includes('workspace/didChangeWatchedFiles')), 5000, 'watcher registration');
  const text = JSON.stringify(reg);
  assert.ok(text.includes('**/seeds/**/*.txt'), text);
  assert.ok(text.includes('.seedlens/annotations.json'), text);
});

test('code lens on a closed, indexed file (no recogniser needed)', async () => {
  await server.ready();
  const lenses = await server.request<{ command?: { title: string; command: string } }[]>('textDocument/codeLens', { textDocument: { uri: server.seedUri(FILE_000) } });
  assert.equal(lenses.length, 1);
  assert.equal(lenses[0].command?.command, Commands.showRelated);
  assert.ok(lenses[0].command?.title.length, 'lens has a title');
});

const odd: [string, string][] = [
  ['empty', ''],
  ['one huge line', 'Le président Assimi Goïta a reçu, le lundi 8 décembre 2025, '.repeat(20_000)],
  ['binary-like text', Array.from({ length: 5000 }, (_, i) => String.fromCharCode((i * 7919) % 65536)).join('')],
  ['control characters', '\u0001\u0002\u0007\u001b[31mLe Mali\u0008\u000b\u000c'],
  ['CRLF lines', 'Le colonel Assimi Goïta, Président de la Transition,\r\na reçu le lundi 8 décembre 2025\r\nà Koulouba.\r\n'],
  ['lone CR lines', 'Bamako\rle 8 décembre 2025\rAssimi Goïta\r'],
  ['lone surrogates', '\ud800 Goïta \udc00 lundi 8 décembre 2025 \ud83d'],
];

for (const [name, text] of odd) {
  test(`stays alive on a document with ${name}`, async () => {
    const uri = server.seedUri(`odd-${name.replace(/\W+/g, '-')}.txt`);
    await server.open(uri, text);
    const td = { textDocument: { uri } };
    const pos = { line: 0, character: 3 };
    const far = { line: 10_000, character: 10_000 };
    const requests: [string, unknown][] = [
      ['textDocument/hover', { ...td, position: pos }],
      ['textDocument/hover', { ...td, position: far }],
      ['textDocument/definition', { ...td, position: pos }],
      ['textDocument/references', { ...td, position: pos, context: { includeDeclaration: true } }],
      ['textDocument/documentHighlight', { ...td, position: pos }],
      ['textDocument/documentSymbol', td],
      ['textDocument/codeLens', td],
      ['textDocument/semanticTokens/full', td],
      ['textDocument/inlayHint', { ...td, range: { start: { line: 0, character: 0 }, end: far } }],
      ['textDocument/codeAction', { ...td, range: { start: { line: 0, character: 0 }, end: far }, context: { diagnostics: [] } }],
      [RELATED_METHOD, { uri }],
    ];
    for (const [method, params] of requests) {
      await server.request(method, params).catch((e: Error) => assert.fail(`${method} failed: ${e.message}`));
    }
    await server.change(uri, text + '\nAssimi Goïta');
    await server.request('textDocument/hover', { ...td, position: pos });
    await server.close(uri);
    assert.ok(await server.alive(), 'server stopped answering');
  });
}

test('requests for documents the server never saw answer empty', async () => {
  const td = { textDocument: { uri: 'file:///nowhere/none.txt' } };
  assert.equal(await server.request('textDocument/hover', { ...td, position: { line: 0, character: 0 } }), null);
  assert.deepEqual(await server.request('textDocument/documentSymbol', td), []);
  assert.deepEqual(await server.request('textDocument/codeLens', td), []);
  assert.deepEqual(await server.request(RELATED_METHOD, { uri: 'file:///nowhere/none.txt' }), []);
});

test('rename on a non-entity is refused with an error, not a crash', async () => {
  const uri = server.seedUri('plain.txt');
  await server.open(uri, 'rien ici');
  await assert.rejects(server.request('textDocument/prepareRename', { textDocument: { uri }, position: { line: 0, character: 1 } }));
  assert.ok(await server.alive());
  const h = await server.request('textDocument/hover', { textDocument: { uri }, position: { line: 0, character: 1 } });
  assert.equal(hoverText(h), '');
});

test('shutdown and exit end the process', async () => {
  await server.stop();
  assert.notEqual(server.exited, null);
});

test('once every diagnostic is out, the related-articles statistics are built while the editor is quiet, then the code lenses are asked for again', async () => {
  const w = makeWorkspace();
  const s = await startServer({ root: w.root });
  try {
    const refreshes: string[] = [];
    s.conn.onRequest('workspace/codeLens/refresh', () => {
      refreshes.push(s.statuses.some((x) => x.state === 'ready') ? 'after ready' : 'before ready');
      s.notifyWaiters();
      return null;
    });
    await s.ready();
    await s.waitFor(() => refreshes.length > 0, 10_000, 'a code lens refresh');
    assert.deepEqual(refreshes, ['after ready']);
    const lenses = await s.request<{ command?: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri: s.seedUri(FILE_000) } });
    assert.match(lenses[0]?.command?.title ?? '', /related article/);
  } finally {
    await s.stop();
    w.cleanup();
  }
});
