/**
 * The diagnostics cache (server/src/workspace/diagnosticsCache.ts) through the real server: a
 * restart shows the last diagnostics of unchanged files before indexing, exactly as indexing ends
 * with them; a changed or deleted file is never shown from the cache; the end state equals a cold
 * start's; a damaged cache or one made under other settings is ignored; nothing is written into
 * the workspace.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { test } from 'node:test';
import type { PublishDiagnosticsParams } from 'vscode-languageserver-protocol/node';
import { FILE_001, FILE_002, makeWorkspace, startServer, type TestServer } from './harness';

const CACHE_FILE = 'diagnostics-cache.txt';

/** Every file under `dir`, relative. */
function listTree(dir: string): string[] {
  return (fs.readdirSync(dir, { recursive: true }) as string[]).map(String).sort();
}

/** Each file's diagnostics when the server is ready (the last sent for it), as JSON; files without any left out. */
function finalState(server: TestServer): Map<string, string> {
  const out = new Map<string, string>();
  for (const [uri, p] of server.diagnostics) if (p.diagnostics.length > 0) out.set(uri, JSON.stringify(p.diagnostics));
  return out;
}

async function run(root: string, cacheDir: string | undefined, settings?: Record<string, unknown>): Promise<TestServer> {
  const server = await startServer({ root, settings, initializationOptions: cacheDir ? { cacheDir } : undefined });
  await server.ready(60_000);
  return server;
}

/** The notifications sent before the server said it had replayed its cache (none when it did not). */
function replayed(server: TestServer): PublishDiagnosticsParams[] {
  const status = server.statuses.find((s) => s.state === 'cached');
  return status ? server.publishLog.slice(0, status.published) : [];
}

test('a restart shows the unchanged files’ last diagnostics before indexing, as indexing ends with them', async () => {
  const ws = makeWorkspace();
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedlens-cache-test-'));
  try {
    const treeBefore = listTree(ws.root);
    const first = await run(ws.root, cacheDir);
    const firstState = finalState(first);
    await first.stop();
    assert.ok(firstState.size >= 3, `the seeds should have diagnostics in several files (${firstState.size})`);
    assert.ok(fs.existsSync(path.join(cacheDir, CACHE_FILE)), 'no cache written in the storage folder');
    assert.deepEqual(listTree(ws.root), treeBefore, 'the cache must never be written into the workspace');

    // Between the sessions: one file gains a wrong weekday, another is deleted.
    const changed = first.seedUri(FILE_001);
    const deleted = first.seedUri(FILE_002);
    fs.appendFileSync(first.seedPath(FILE_001), '\nLe lundi 1er juin 2021, la réunion a eu lieu à Bamako.\n');
    fs.rmSync(first.seedPath(FILE_002));

    const second = await run(ws.root, cacheDir);
    const cached = second.statuses.find((s) => s.state === 'cached');
    assert.ok(cached, `no cache replayed: ${JSON.stringify(second.statuses)} ${JSON.stringify(second.logs)}`);
    const ready = second.statuses.findIndex((s) => s.state === 'ready');
    assert.ok(second.statuses.indexOf(cached) < ready, 'the cache is replayed before indexing ends');
    const early = replayed(second);
    const unchanged = [...firstState.keys()].filter((u) => u !== changed && u !== deleted);
    assert.equal(cached.files, unchanged.length);
    assert.deepEqual(early.map((p) => p.uri).sort(), unchanged.sort(), 'every unchanged file, and only those, comes from the cache');
    for (const p of early) assert.equal(JSON.stringify(p.diagnostics), firstState.get(p.uri), `replayed ${p.uri} differs from what the first session ended with`);

    // The end state is what a cold start computes, the changed file included.
    const secondState = finalState(second);
    await second.stop();
    const cold = await run(ws.root, undefined);
    const coldState = finalState(cold);
    await cold.stop();
    assert.deepEqual([...secondState].sort(), [...coldState].sort());
    assert.ok(!secondState.has(deleted));
    assert.match(secondState.get(changed) ?? '', /weekday-mismatch/);
    assert.notEqual(secondState.get(changed), firstState.get(changed));
  } finally {
    ws.cleanup();
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
});

test('a damaged cache, or one made under other settings, is not shown; the next sweep rewrites it', async () => {
  const ws = makeWorkspace();
  const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedlens-cache-test-'));
  const cacheFile = path.join(cacheDir, CACHE_FILE);
  try {
    fs.writeFileSync(cacheFile, 'not a cache\n\u0000\u0001 garbage');
    const damaged = await run(ws.root, cacheDir);
    assert.equal(replayed(damaged).length, 0);
    assert.ok(
      damaged.logs.some((l) => /diagnostics cache .* unreadable/.test(l.message)),
      `the damaged cache should be reported: ${JSON.stringify(damaged.logs.map((l) => l.message))}`,
    );
    const state = finalState(damaged);
    await damaged.stop();
    assert.match(fs.readFileSync(cacheFile, 'utf8').split('\n')[0], /seed-lens diagnostics cache/);

    // Duplicate diagnostics switched off: what the cache holds was made under other settings.
    const other = await run(ws.root, cacheDir, { diagnostics: { duplicate: 'off' } });
    assert.equal(replayed(other).length, 0, 'a cache made under other settings must not be shown');
    const otherState = finalState(other);
    await other.stop();
    assert.ok([...otherState.values()].every((json) => !json.includes('duplicate-boilerplate')));
    assert.ok([...state.values()].some((json) => json.includes('duplicate-boilerplate')), 'the seeds should have duplicated blocks');

    // A line cut short in the middle of the file: what came before is shown, the rest waits for indexing.
    const lines = fs.readFileSync(cacheFile, 'utf8').split('\n');
    assert.ok(lines.length > 3);
    lines[2] = lines[2].slice(0, 10);
    fs.writeFileSync(cacheFile, lines.join('\n'));
    const cut = await run(ws.root, cacheDir, { diagnostics: { duplicate: 'off' } });
    assert.equal(replayed(cut).length, 1);
    assert.ok(cut.logs.some((l) => /diagnostics cache .* damaged/.test(l.message)));
    assert.deepEqual([...finalState(cut)].sort(), [...otherState].sort());
    await cut.stop();
  } finally {
    ws.cleanup();
    fs.rmSync(cacheDir, { recursive: true, force: true });
  }
});
