/**
 * Reliability under cancellation: long requests on a large generated corpus, cancelled at once or
 * after a few milliseconds, come back cancelled or complete (never partial), and the server keeps serving.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { CancellationTokenSource } from 'vscode-languageserver-protocol/node';
import { FILE_000, hoverText, positionOf, sleep } from './harness';
import { errorsOf, genCorpus, start, summary, workspace, type Pos, type Range } from './reliability-harness';
import { RELATED_METHOD } from '../../server/src/protocol';

test('cancelled long requests on a large generated corpus: RequestCancelled or the complete answer, and the server keeps serving', async () => {
  const pool = genCorpus(500, 3);
  const ws = workspace();
  const gen = path.join(ws.seeds, 'gen');
  fs.mkdirSync(gen);
  for (const name of pool.names) fs.copyFileSync(path.join(pool.dir, name), path.join(gen, name));
  const server = await start(ws.root);
  const ready = await server.ready(90_000);
  // The most mentioned entity: references to it walk the whole corpus.
  const all = await server.request<{ name: string; location: { uri: string; range: Range } }[]>('workspace/symbol', { query: '' });
  let target: { uri: string; position: Pos; count: number } | undefined;
  for (const s of all.slice(0, 20)) {
    const position = s.location.range.start;
    const refs = await server.request<unknown[]>('textDocument/references', { textDocument: { uri: s.location.uri }, position, context: { includeDeclaration: true } });
    if (!target || refs.length > target.count) target = { uri: s.location.uri, position, count: refs.length };
  }
  assert.ok(target && target.count > 50, `no frequent entity: ${JSON.stringify(target)}`);
  const requests: [string, unknown][] = [
    ['textDocument/references', { textDocument: { uri: target.uri }, position: target.position, context: { includeDeclaration: true } }],
    ['workspace/symbol', { query: '' }],
    ['workspace/symbol', { query: 'a' }],
    ['textDocument/rename', { textDocument: { uri: target.uri }, position: target.position, newName: 'Nom Nouveau' }],
    [RELATED_METHOD, { uri: target.uri }],
  ];
  const complete = new Map<number, string>();
  for (const [i, [method, params]] of requests.entries()) complete.set(i, JSON.stringify(await server.request(method, params)));
  const outcome = { cancelled: 0, complete: 0 };
  const delays = [0, 0, 0, 1, 2, 5, 10, 20];
  for (const delay of delays) {
    for (const [i, [method, params]] of requests.entries()) {
      const source = new CancellationTokenSource();
      const pending = server.conn.sendRequest(method, params, source.token);
      if (delay) await sleep(delay);
      source.cancel();
      try {
        const r = await pending;
        assert.equal(JSON.stringify(r), complete.get(i), `${method}: an answer that is neither cancelled nor complete`);
        outcome.complete++;
      } catch (e) {
        assert.equal((e as { code?: number }).code, -32800, `${method}: ${String(e)}`);
        outcome.cancelled++;
      }
    }
  }
  // Many at once, all cancelled at once.
  const sources = Array.from({ length: 40 }, () => new CancellationTokenSource());
  const many = sources.map((s, k) => server.conn.sendRequest(requests[k % requests.length][0], requests[k % requests.length][1], s.token));
  for (const s of sources) s.cancel();
  for (const [k, r] of (await Promise.allSettled(many)).entries()) {
    if (r.status === 'fulfilled') {
      assert.equal(JSON.stringify(r.value), complete.get(k % requests.length));
      outcome.complete++;
    } else {
      assert.equal((r.reason as { code?: number }).code, -32800);
      outcome.cancelled++;
    }
  }
  assert.ok(await server.alive());
  const text = fs.readFileSync(server.seedPath(FILE_000), 'utf8');
  const h = hoverText(await server.request('textDocument/hover', { textDocument: { uri: server.seedUri(FILE_000) }, position: positionOf(text, 'Goïta') }));
  assert.ok(h.includes('Assimi Goïta'), 'hover after the cancellations');
  assert.deepEqual(errorsOf(server), []);
  summary(
    `cancellation: ${ready.files} files, the busiest entity has ${target.count} mentions; ${delays.length * requests.length + sources.length} cancelled requests (references, workspace symbols ×2, rename, related; cancel after 0-20 ms, and 40 at once): ${outcome.cancelled} RequestCancelled, ${outcome.complete} complete answers, 0 partial; server answering after: yes`,
  );
});
