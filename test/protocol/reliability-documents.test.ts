/**
 * Reliability of requests on documents that are closed, on positions out of range, and on versions
 * the editor has already replaced: always an answer (or a cancellation), never an error, and never
 * an old position read on the new text.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { FILE_001, fold, positionOf, sleep, uriOf } from './harness';
import { assertSameAsFresh, errorsOf, same, slice, start, summary, Typist, workspace, type Pos, type Range } from './reliability-harness';
import { RELATED_METHOD } from '../../server/src/protocol';

const positionRequests = (uri: string, position: Pos): [string, unknown][] => {
  const td = { textDocument: { uri } };
  const range = { start: position, end: { line: position.line + 3, character: position.character + 50 } };
  return [
    ['textDocument/hover', { ...td, position }],
    ['textDocument/definition', { ...td, position }],
    ['textDocument/references', { ...td, position, context: { includeDeclaration: true } }],
    ['textDocument/documentHighlight', { ...td, position }],
    ['textDocument/rename', { ...td, position, newName: 'Nouveau Nom' }],
    ['textDocument/documentSymbol', td],
    ['textDocument/codeLens', td],
    ['textDocument/semanticTokens/full', td],
    ['textDocument/inlayHint', { ...td, range }],
    ['textDocument/codeAction', { ...td, range, context: { diagnostics: [] } }],
    [RELATED_METHOD, { uri }],
  ];
};

test('requests after didClose are answered from the disk text (or empty), never with an error', async () => {
  const ws = workspace();
  const server = await start(ws.root);
  await server.ready();
  const uri = server.seedUri(FILE_001);
  const disk = fs.readFileSync(server.seedPath(FILE_001), 'utf8');
  await server.open(uri, 'Texte de l’éditeur, jamais enregistré.\nLe lundi 8 décembre 2025.\n');
  await server.close(uri);
  const h = await server.request<{ range: Range } | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(disk, 'Assimi GOITA', 0, 8) });
  assert.ok(h && /goita/.test(fold(slice(disk, h.range))), `hover after close is not from the disk text: ${JSON.stringify(h)}`);
  let answered = 0;
  // A closed file still indexed from disk, one outside the workspace, one deleted after closing.
  const outside = uriOf(path.join(ws.root, 'notes.txt'));
  fs.writeFileSync(path.join(ws.root, 'notes.txt'), 'Le colonel Assimi Goïta.\n');
  await server.open(outside, 'Le colonel Assimi Goïta.\n');
  await server.close(outside);
  const gone = server.seedUri('gone.txt');
  fs.writeFileSync(server.seedPath('gone.txt'), 'Le colonel Assimi Goïta.\n');
  await server.open(gone, 'Le colonel Assimi Goïta.\n');
  fs.rmSync(server.seedPath('gone.txt'));
  await server.close(gone);
  for (const u of [uri, outside, gone, 'untitled:Untitled-3']) {
    for (const [method, params] of positionRequests(u, { line: 0, character: 12 })) {
      await server.request(method, params).then(
        () => answered++,
        (e: { code?: number; message: string }) => {
          // Refusing to rename what is not a name is an answer (InvalidParams / RequestFailed), not a crash.
          assert.ok(method === 'textDocument/rename' && e.code !== -32603, `${method} on ${u} failed: ${e.message}`);
          answered++;
        },
      );
    }
  }
  assert.deepEqual(await server.request('textDocument/codeLens', { textDocument: { uri: gone } }), [], 'a closed document deleted from disk is out of the index');
  assert.deepEqual(await server.request('textDocument/codeLens', { textDocument: { uri: outside } }), [], 'a closed document outside the include globs is out of the index');
  assert.ok(await server.alive());
  assert.deepEqual(errorsOf(server), []);
  const c = await assertSameAsFresh(server, ws.root);
  summary(`closed documents: ${answered} requests (11 kinds × 4 closed documents: on disk, outside the globs, deleted, untitled) all answered; errors 0; ${same(c)}`);
});

test('positions beyond the end, negative or inside a surrogate pair are clamped, never an error', async () => {
  const ws = workspace();
  const server = await start(ws.root);
  await server.ready();
  const uri = server.seedUri('edge.txt');
  await server.open(uri, 'Le colonel Assimi Goïta 😀 a reçu\r\nle lundi 8 décembre 2025.\rFin');
  const positions: Pos[] = [
    { line: 0, character: 10_000 },
    { line: 10_000, character: 0 },
    { line: 2 ** 31 - 1, character: 2 ** 31 - 1 },
    { line: 0, character: 25 }, // between the two halves of 😀
    { line: 1, character: 27 }, // just past the end of a CRLF line
    { line: 2, character: 3 }, // the very end
    { line: -1, character: -5 },
    { line: 1.5, character: 2.7 },
  ];
  let answered = 0;
  for (const position of positions) {
    for (const [method, params] of positionRequests(uri, position)) {
      await server.request(method, params).then(
        (r) => {
          answered++;
          // Whatever comes back points inside the document.
          for (const m of JSON.stringify(r ?? null).matchAll(/"line":(-?[\d.]+)/g)) assert.ok(Number(m[1]) >= 0 && Number(m[1]) <= 2 && Number.isInteger(Number(m[1])), `${method} at ${JSON.stringify(position)}: ${JSON.stringify(r)}`);
        },
        (e: { code?: number; message: string }) => {
          assert.ok(e.code !== -32603, `${method} at ${JSON.stringify(position)}: internal error ${e.message}`);
          answered++;
        },
      );
    }
  }
  assert.ok(await server.alive());
  assert.deepEqual(errorsOf(server), [], 'errors were logged');
  summary(`out-of-range positions: ${answered} requests (11 kinds × ${positions.length} positions: past the line end, past the last line, 2^31-1, negative, fractional, mid surrogate pair, CRLF / lone CR ends) answered; errors 0`);
});

test('a request for an older version: answered against the latest text or cancelled, never the old position on the new text', async () => {
  const ws = workspace();
  const server = await start(ws.root);
  await server.ready();
  const uri = server.seedUri('stale.txt');
  // Line 0 holds a person where line 0 of the next version holds a date, at the same column.
  const v2 = 'Le colonel Assimi Goïta a reçu Moussa Traoré.\nFin.\n';
  const v3 = 'Le lundi 8 décembre 2025, Goïta est rentré à Bamako.\nAutre ligne.\nFin.\n';
  const typist = new Typist(server, uri, await server.open(uri, 'Début.\n'));
  const position = positionOf(v2, 'Goïta', 0, 2);
  const outcomes: Record<string, number> = { modified: 0, cancelled: 0, latest: 0 };
  const rounds = 8;
  for (let i = 0; i < rounds; i++) {
    await typist.replaceAll(v2 + ' '.repeat(i));
    // Sent for v2, then the text changes before the server answers (the editor asks these by itself, after the debounce).
    const asked: Promise<unknown>[] = [
      server.request('textDocument/documentHighlight', { textDocument: { uri }, position }),
      server.request('textDocument/codeAction', { textDocument: { uri }, range: { start: position, end: position }, context: { diagnostics: [] } }),
      server.request('textDocument/semanticTokens/full', { textDocument: { uri } }),
    ];
    if (i % 3 === 2) await sleep(50);
    await typist.replaceAll(v3 + ' '.repeat(i));
    const latest = typist.text;
    const results = await Promise.allSettled(asked);
    for (const [k, r] of results.entries()) {
      if (r.status === 'rejected') {
        const code = (r.reason as { code?: number }).code;
        assert.ok(code === -32801 || code === -32800, `request ${k} failed with ${String(r.reason)}`);
        outcomes[code === -32801 ? 'modified' : 'cancelled']++;
        continue;
      }
      outcomes.latest++;
      if (k === 0) {
        // Highlights, if any, must be of what the asked position means in the text it was asked on: Goïta.
        for (const h of r.value as { range: Range }[]) assert.match(fold(slice(v2, h.range)), /goita/, `a highlight of ${JSON.stringify(slice(latest, h.range))} for a position asked on the old text`);
      }
      if (k === 2) {
        const data = (r.value as { data: number[] }).data;
        let line = 0;
        for (let j = 0; j < data.length; j += 5) line += data[j];
        assert.ok(line < latest.split('\n').length, 'a token beyond the latest text');
      }
    }
  }
  // A request sent after the change is answered against the new text.
  const h = await server.request<{ range: Range } | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(typist.text, 'décembre') });
  assert.ok(h && /8 decembre 2025/.test(fold(slice(typist.text, h.range))), JSON.stringify(h));
  assert.ok(await server.alive());
  assert.deepEqual(errorsOf(server), []);
  summary(`stale requests: ${rounds * 3} passive requests asked on version n and overtaken by version n+1: ${outcomes.modified} ContentModified, ${outcomes.cancelled} cancelled, ${outcomes.latest} answered against the latest text; old positions applied to new text: 0`);
});
