/**
 * Keeping the index current: edits, files created and deleted on disk, settings, the annotations
 * file. None of these assertions needs a recogniser to find anything.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import { baseName, FILE_000, FILE_001, FILE_004, makeWorkspace, sleep, startServer, type TestServer } from './harness';
import { IGNORE_BLOCK_COMMAND, REINDEX_METHOD, RELATED_METHOD } from '../../server/src/protocol';

type Lens = { command?: { title: string; command: string } };
type Sym = { name: string; location: { uri: string } };
type Rel = { uri: string; label: string; score: number; reasons: string[] };

const workspaces: ReturnType<typeof makeWorkspace>[] = [];
const servers: TestServer[] = [];

async function fresh(opts: { settings?: Record<string, unknown>; locale?: string; setup?: (root: string) => void; initializationOptions?: Record<string, unknown> } = {}) {
  const ws = makeWorkspace();
  workspaces.push(ws);
  opts.setup?.(ws.root);
  const server = await startServer({ root: ws.root, settings: opts.settings, locale: opts.locale, initializationOptions: opts.initializationOptions });
  servers.push(server);
  return { ws, server };
}

after(async () => {
  for (const s of servers) await s.stop();
  for (const w of workspaces) w.cleanup();
});

let ws: ReturnType<typeof makeWorkspace>;
let server: TestServer;

before(async () => {
  ({ ws, server } = await fresh());
  await server.ready();
});

test('didChange: diagnostics are republished for the new version after the debounce', async () => {
  const uri = server.seedUri(FILE_000);
  const text = await server.open(uri);
  await server.waitFor(() => server.diagnostics.has(uri) || server.statuses.length > 0, 5000, 'initial state');
  const version = await server.change(uri, text + '\nUne ligne de plus.');
  const published = await server.waitFor(() => {
    const p = server.diagnostics.get(uri);
    return p && p.version === version ? p : undefined;
  }, 5000, `diagnostics for version ${version}`);
  assert.equal(published.version, version);
  // A burst of edits is analysed once, for the last version.
  let last = version;
  for (let i = 0; i < 5; i++) last = await server.change(uri, text + '\n' + 'x'.repeat(i));
  const burst = await server.waitFor(() => (server.diagnostics.get(uri)?.version === last ? server.diagnostics.get(uri) : undefined), 5000, 'burst');
  assert.equal(burst.version, last);
  await server.change(uri, text);
  await server.close(uri);
});

test('a request right after didChange is answered from the new text (the pending edit is analysed first)', async () => {
  const uri = server.seedUri(FILE_001);
  const text = await server.open(uri);
  await server.change(uri, 'Tout nouveau texte.\n');
  const syms = await server.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri } });
  // Whatever the recognisers find, nothing may point past the new (two-line) text.
  const within = (s: { range: { end: { line: number } }; children?: unknown[] }): boolean => s.range.end.line <= 1 && (s.children ?? []).every((c) => within(c as never));
  assert.ok((syms as never[]).every(within), JSON.stringify(syms));
  await server.change(uri, text);
  await server.close(uri);
});

test('a request the editor sends by itself during the debounce waits for it, and honours cancellation', async () => {
  const uri = server.seedUri(FILE_001);
  const text = await server.open(uri);
  await server.change(uri, text + '\nEncore une ligne.');
  const source = new CancellationTokenSource();
  const pending = server.conn.sendRequest('textDocument/codeAction', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 1 } }, context: { diagnostics: [] } }, source.token);
  source.cancel();
  await assert.rejects(pending, (e: { code?: number }) => e.code === -32800, 'the cancelled request was answered');
  // Without cancellation it is answered (after the debounce), against the new text.
  await server.change(uri, 'Deux\nlignes');
  const tokens = await server.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
  assert.ok(tokens.data.every((v, i) => i % 5 !== 0 || v <= 1), 'a token beyond the new text');
  await server.change(uri, text);
  await server.close(uri);
});

test('a file deleted on disk leaves the index (code lens, workspace symbols, related)', async () => {
  const uri = server.seedUri(FILE_004);
  const before = await server.request<Lens[]>('textDocument/codeLens', { textDocument: { uri } });
  assert.equal(before.length, 1, 'indexed before the deletion');
  fs.rmSync(server.seedPath(FILE_004));
  await server.fileEvents([{ uri, type: 3 }]);
  const lenses = await server.request<Lens[]>('textDocument/codeLens', { textDocument: { uri } });
  assert.deepEqual(lenses, [], 'no code lens for a deleted file');
  const syms = await server.request<Sym[]>('workspace/symbol', { query: '' });
  assert.ok(!syms.some((s) => baseName(s.location.uri) === FILE_004), 'a workspace symbol still points at the deleted file');
  for (const f of [FILE_000, FILE_001]) {
    const rel = await server.request<Rel[]>(RELATED_METHOD, { uri: server.seedUri(f) });
    assert.ok(!rel.some((r) => baseName(r.uri) === FILE_004), `${f} is still related to the deleted file`);
  }
  assert.deepEqual(server.diagnosticsOf(uri), [], 'diagnostics of the deleted file are cleared');
});

test('a file created on disk is indexed; one deleted between listing and reading is skipped quietly', async () => {
  const p = server.seedPath('999_new.txt');
  fs.writeFileSync(p, 'Le colonel Assimi Goïta a reçu le Premier ministre le lundi 8 décembre 2025.\n');
  const uri = server.seedUri('999_new.txt');
  await server.fileEvents([{ uri, type: 1 }]);
  const lenses = await server.request<Lens[]>('textDocument/codeLens', { textDocument: { uri } });
  assert.equal(lenses.length, 1);
  const ghost = server.seedUri('998_gone.txt');
  const errorsBefore = server.logs.filter((l) => l.type === 1).length;
  await server.fileEvents([{ uri: ghost, type: 1 }]);
  assert.deepEqual(await server.request('textDocument/codeLens', { textDocument: { uri: ghost } }), []);
  assert.equal(server.logs.filter((l) => l.type === 1).length, errorsBefore, 'an error was logged for a vanished file');
});

test('an open document wins over the disk', async () => {
  const uri = server.seedUri('997_open.txt');
  fs.writeFileSync(server.seedPath('997_open.txt'), 'texte sur le disque\n');
  await server.open(uri, 'texte dans l’éditeur\nsur deux lignes\n');
  fs.writeFileSync(server.seedPath('997_open.txt'), 'autre\n');
  await server.fileEvents([{ uri, type: 2 }]);
  // The edit the server proposes must be against the editor's text: insert at the end of line 1 exists.
  const tokens = await server.request<{ data: number[] }>('textDocument/semanticTokens/full', { textDocument: { uri } });
  assert.ok(Array.isArray(tokens.data));
  fs.rmSync(server.seedPath('997_open.txt'));
  await server.fileEvents([{ uri, type: 3 }]);
  assert.equal((await server.request<Lens[]>('textDocument/codeLens', { textDocument: { uri } })).length, 1, 'deleting the file on disk dropped the open document');
  await server.close(uri);
  assert.deepEqual(await server.request('textDocument/codeLens', { textDocument: { uri } }), [], 'closed and gone from disk: out of the index');
});

test('too large and binary files are skipped with one notice each, never a crash', async () => {
  const { server: s } = await fresh({
    settings: { maxFileSizeMB: 0.001 },
    setup: (root) => {
      fs.writeFileSync(path.join(root, 'seeds', 'bin.txt'), Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00, 0xff]));
    },
  });
  const ready = await s.ready();
  // Only the seeds under 1 KB are indexed (none of the five is).
  assert.equal(ready.files, 0);
  const notices = s.logs.filter((l) => /skipped/.test(l.message));
  assert.ok(notices.some((l) => /bin\.txt: binary file/.test(l.message)), JSON.stringify(notices));
  assert.ok(notices.some((l) => new RegExp(`${FILE_000}: file too large`).test(l.message)), JSON.stringify(notices));
  assert.equal(notices.filter((l) => l.message.includes(FILE_000)).length, 1, 'one notice per file');
  assert.ok(await s.alive());
});

test('seedLens.include / exclude choose the files', async () => {
  const { server: s } = await fresh({ settings: { include: ['**/seeds/**/00[01]_*.txt', '**/extra/*.txt'], exclude: ['**/001_*'] } });
  const ready = await s.ready();
  assert.equal(ready.files, 1, 'only 000 is included and not excluded');
});

test('a bad annotations file gives one notice and no crash; fixing it is picked up', async () => {
  const { ws: w, server: s } = await fresh({
    setup: (root) => {
      fs.mkdirSync(path.join(root, '.seedlens'));
      fs.writeFileSync(path.join(root, '.seedlens', 'annotations.json'), '{ "ignoreBoilerplate": [ oops ');
    },
  });
  await s.ready();
  const file = path.join(w.root, '.seedlens', 'annotations.json');
  const notices = () => s.logs.filter((l) => l.message.includes('annotations.json'));
  await s.waitFor(() => notices().length > 0, 5000, 'annotations notice');
  assert.match(notices()[0].message, /not valid JSON/);
  // The same bad file reported again is not logged twice.
  await s.fileEvents([{ uri: 'file://' + file, type: 2 }]);
  await sleep(100);
  assert.equal(notices().length, 1);
  // The server-side "ignore block" refuses to overwrite a file it cannot read.
  const ok = await s.request('workspace/executeCommand', { command: IGNORE_BLOCK_COMMAND, arguments: [{ uri: s.seedUri(FILE_000), fingerprint: 'abc' }] });
  assert.equal(ok, false);
  assert.match(fs.readFileSync(file, 'utf8'), /oops/);
  fs.writeFileSync(file, '{ "ignoreBoilerplate": [] }');
  await s.fileEvents([{ uri: 'file://' + file, type: 2 }]);
  assert.ok(await s.alive());
  assert.equal(notices().length, 1, 'a good file gives no notice');
});

test('"ignore this block" writes the fingerprint to .seedlens/annotations.json atomically', async () => {
  const ok = await server.request('workspace/executeCommand', { command: IGNORE_BLOCK_COMMAND, arguments: [{ uri: server.seedUri(FILE_000), fingerprint: 'fp-test-123' }] });
  assert.equal(ok, true);
  const dir = path.join(ws.root, '.seedlens');
  const written = JSON.parse(fs.readFileSync(path.join(dir, 'annotations.json'), 'utf8'));
  assert.deepEqual(written.ignoreBoilerplate, ['fp-test-123']);
  assert.deepEqual(fs.readdirSync(dir), ['annotations.json'], 'a temporary file was left behind');
  // Twice is the same as once.
  await server.request('workspace/executeCommand', { command: IGNORE_BLOCK_COMMAND, arguments: [{ uri: server.seedUri(FILE_000), fingerprint: 'fp-test-123' }] });
  assert.deepEqual(JSON.parse(fs.readFileSync(path.join(dir, 'annotations.json'), 'utf8')).ignoreBoilerplate, ['fp-test-123']);
});

test('an untrusted workspace never writes the annotations file', async () => {
  const { ws: w, server: s } = await fresh({ initializationOptions: { trusted: false } });
  await s.ready();
  const ok = await s.request('workspace/executeCommand', { command: IGNORE_BLOCK_COMMAND, arguments: [{ uri: s.seedUri(FILE_000), fingerprint: 'x' }] });
  assert.equal(ok, false);
  assert.equal(fs.existsSync(path.join(w.root, '.seedlens')), false);
});

test('French UI: strings follow initializeParams.locale', async () => {
  const { server: s } = await fresh({ locale: 'fr-FR' });
  const ready = await s.ready();
  assert.equal(ready.files, 5);
  const values = s.progress.map((p) => (p as { value: { message?: string } }).value.message ?? '');
  assert.ok(values.some((m) => /indexation 5 \/ 5 articles/.test(m)), JSON.stringify(values));
  const lenses = await s.request<Lens[]>('textDocument/codeLens', { textDocument: { uri: s.seedUri(FILE_000) } });
  assert.match(lenses[0].command!.title, /article|personne|institution|lieu/);
  assert.doesNotMatch(lenses[0].command!.title, /related|people|places/);
});

test('seedLens/reindex re-reads the workspace and answers with the count', async () => {
  fs.writeFileSync(server.seedPath('996_late.txt'), 'Arrivé sans événement de fichier.\n');
  const stats = await server.request<{ files: number }>(REINDEX_METHOD, null);
  assert.ok(stats && stats.files >= 5, JSON.stringify(stats));
  assert.equal((await server.request<Lens[]>('textDocument/codeLens', { textDocument: { uri: server.seedUri('996_late.txt') } })).length, 1);
});
