/**
 * The real server reads files on disk with the editor's encoding settings, as the client sends them
 * (`initializationOptions.files`, then the `files` section it answers `workspace/configuration` with):
 * a Latin-1 article is UTF-8 with U+FFFD by default, as VS Code shows it, and Windows-1252 when
 * `files.encoding` or `files.autoGuessEncoding` says so; positions follow.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { makeWorkspace, startServer, type TestServer } from './harness';

const ARTICLE = 'Bamako – Le président de la Transition, le colonel Assimi Goïta, a reçu les délégués. La réunion du lundi 15 août 2023 a été reportée à une date ultérieure, précise la présidence. ';
const NAME = 'latin1.txt';

const workspaces: ReturnType<typeof makeWorkspace>[] = [];
const servers: TestServer[] = [];
after(async () => {
  for (const s of servers) await s.stop();
  for (const w of workspaces) w.cleanup();
});

async function serve(files?: Record<string, unknown>): Promise<{ server: TestServer; uri: string }> {
  const ws = makeWorkspace();
  workspaces.push(ws);
  fs.writeFileSync(path.join(ws.seeds, NAME), Buffer.from(ARTICLE.repeat(3), 'latin1'));
  const server = await startServer({ root: ws.root, initializationOptions: files ? { files } : {} });
  servers.push(server);
  await server.ready();
  return { server, uri: server.seedUri(NAME) };
}

const weekdays = (server: TestServer, uri: string) => (server.diagnostics.get(uri)?.diagnostics ?? []).filter((d) => d.code === 'weekday-mismatch');

test('by default a Latin-1 file is read as VS Code opens it: UTF-8 with U+FFFD (no date survives), with a notice', async () => {
  const { server, uri } = await serve();
  assert.deepEqual(weekdays(server, uri), []);
  assert.ok(
    server.logs.some((l) => l.message.includes(NAME) && /not valid UTF-8: \d+ invalid byte sequences/.test(l.message)),
    server.logs.map((l) => l.message).join('\n'),
  );
});

for (const files of [{ encoding: 'windows1252' }, { encoding: 'utf8', autoGuessEncoding: true }]) {
  test(`with ${JSON.stringify(files)} from the client it is Windows-1252, and the wrong weekday is found where the editor shows it`, async () => {
    const { server, uri } = await serve(files);
    const found = weekdays(server, uri);
    assert.equal(found.length, 3, JSON.stringify(server.diagnostics.get(uri)?.diagnostics.map((d) => d.code)));
    const at = ARTICLE.indexOf('lundi');
    assert.deepEqual(
      found.map((d) => d.range.start),
      [0, 1, 2].map((k) => ({ line: 0, character: k * ARTICLE.length + at })),
    );
    assert.ok(server.logs.some((l) => l.message.includes(NAME) && /decoded as Windows-1252/.test(l.message)));
  });
}
