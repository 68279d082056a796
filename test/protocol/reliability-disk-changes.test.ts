/**
 * Reliability when the disk changes under the index: files deleted, renamed and created while the
 * first indexing lists and reads them, watcher events for files that are not there, and files
 * created while the workspace is being listed. The index must end equal to a fresh one.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { uriOf } from './harness';
import { assertSameAsFresh, errorsOf, genCorpus, same, snapshotOf, start, summary, workspace } from './reliability-harness';
import { prng } from '../support/prng';

/**
 * Files deleted, renamed and created under a server whose first indexing runs, `at` the start of
 * indexing (listing not finished) or `midway` (threads have read files the main thread has not
 * merged yet: their reading is stale and must give way to the disk).
 */
async function vanishingDuringIndexing(at: 'start' | 'midway'): Promise<void> {
  // More files than MIN_FILES_FOR_WORKERS: threads read them, so a thread's reading of a file
  // deleted or renamed since must give way to what the disk says.
  const pool = genCorpus(240, 11, 24);
  const ws = workspace();
  // Spread over many folders, so listing takes several turns of the event loop.
  const placed: string[] = [];
  pool.names.forEach((name, i) => {
    const dir = path.join(ws.seeds, `site${i % 24}`, `m${i % 3}`);
    fs.mkdirSync(dir, { recursive: true });
    const p = path.join(dir, name);
    fs.copyFileSync(path.join(pool.dir, name), p);
    placed.push(p);
  });
  const rnd = prng(11);
  const deleted: string[] = [];
  const created: string[] = [];
  let renamed = 0;
  let ghostEvents = 0;
  let during = '';

  const server = await start(ws.root);
  const fault = async (when: string) => {
    during = when;
    const events: { uri: string; type: 1 | 2 | 3 }[] = [];
    // Files created in folders the listing may already have passed.
    for (let i = 0; i < 12; i++) {
      const p = path.join(ws.seeds, `site${i % 24}`, `late-${i}.txt`);
      fs.copyFileSync(path.join(pool.dir, pool.names[(i * 31) % pool.names.length]), p);
      created.push(p);
      events.push({ uri: uriOf(p), type: 1 });
    }
    for (const p of placed) {
      const r = rnd();
      if (r < 0.3) {
        fs.rmSync(p);
        deleted.push(p);
        events.push({ uri: uriOf(p), type: 3 });
      } else if (r < 0.36) {
        const q = p.replace(/\.txt$/, '-renamed.txt');
        fs.renameSync(p, q);
        renamed++;
        events.push({ uri: uriOf(p), type: 3 }, { uri: uriOf(q), type: 1 });
      }
    }
    // Events for files that no longer exist (or never did), and a folder named like an article.
    for (let i = 0; i < 10; i++) events.push({ uri: uriOf(path.join(ws.seeds, `ghost-${i}.txt`)), type: ((i % 3) + 1) as 1 | 2 | 3 });
    fs.mkdirSync(path.join(ws.seeds, 'folder.txt'));
    events.push({ uri: uriOf(path.join(ws.seeds, 'folder.txt')), type: 1 });
    ghostEvents += 11;
    // In several notifications, as a watcher would send them.
    for (let i = 0; i < events.length; i += 25) await server.fileEvents(events.slice(i, i + 25));
  };
  if (at === 'start') {
    // As soon as listing starts (progress begins), the disk changes under the server.
    await server.waitFor(() => server.progress.length > 0, 30_000, 'indexing progress');
    await fault(`as soon as progress "${(server.progress[0] as { value: { kind: string } }).value.kind}" arrived`);
  } else {
    // At the first "indexing n / N" report: some files merged, some read by threads and waiting.
    const counted = () => server.progress.find((p) => /indexing \d/.test(JSON.stringify(p)));
    await server.waitFor(() => counted() ?? server.statuses.find((st) => st.state === 'ready'), 60_000, 'indexing report');
    await fault(`at ${JSON.stringify((counted() as { value?: { message?: string } } | undefined)?.value?.message ?? 'the end of indexing')}`);
  }
  const ready = await server.ready(60_000);
  const files = (await snapshotOf(server)).files.length;
  assert.ok(await server.alive());
  assert.deepEqual(errorsOf(server), [], 'errors were logged');
  const names = [...deleted, ...created].map((p) => path.basename(p));
  const notices = server.logs.filter((l) => names.some((n) => l.message.includes(n)));
  for (const n of names) assert.ok(notices.filter((l) => l.message.includes(n)).length <= 1, `more than one notice for ${n}: ${JSON.stringify(notices.slice(0, 5))}`);
  const c = await assertSameAsFresh(server, ws.root);
  summary(
    `vanishing files during the first indexing of ${placed.length + 5} files (${during}): ${deleted.length} deleted, ${renamed} renamed, ${created.length} created, ${ghostEvents} events for files that do not exist; ready with ${ready.files} files, ${files} after the events; notices ${notices.length}, errors 0; ${same(c)}`,
  );
}

test('files deleted, renamed and created while the first indexing runs: skipped quietly, the index equals a fresh one', () => vanishingDuringIndexing('start'));

test('files deleted, renamed and created midway through indexing, after threads read them: the disk wins, the index equals a fresh one', () => vanishingDuringIndexing('midway'));


test('watcher events for files that do not exist, or that vanish before they are read, are skipped quietly', async () => {
  const ws = workspace();
  const server = await start(ws.root);
  await server.ready();
  const before = server.logs.length;
  const events: { uri: string; type: 1 | 2 | 3 }[] = [];
  for (let i = 0; i < 50; i++) events.push({ uri: uriOf(path.join(ws.seeds, `never-${i}.txt`)), type: ((i % 3) + 1) as 1 | 2 | 3 });
  // Outside the workspace, another scheme, a malformed URI, a folder, a path with odd characters.
  events.push({ uri: 'file:///nowhere/at/all.txt', type: 1 }, { uri: 'untitled:Untitled-1', type: 1 }, { uri: 'file://%zz/bad.txt', type: 2 }, { uri: 'not a uri', type: 3 });
  fs.mkdirSync(path.join(ws.seeds, 'dir.txt'));
  events.push({ uri: uriOf(path.join(ws.seeds, 'dir.txt')), type: 1 }, { uri: uriOf(path.join(ws.seeds, 'dir.txt')), type: 2 });
  events.push({ uri: uriOf(path.join(ws.seeds, 'ça & ü %20 #x.txt')), type: 1 });
  // A file created then deleted before the server reads it.
  for (let i = 0; i < 20; i++) {
    const p = path.join(ws.seeds, `flash-${i}.txt`);
    fs.writeFileSync(p, 'Le colonel Assimi Goïta.\n');
    fs.rmSync(p);
    events.push({ uri: uriOf(p), type: 1 });
  }
  for (const e of events) await server.fileEvents([e]);
  await server.fileEvents(events);
  assert.ok(await server.alive());
  assert.deepEqual(server.logs.slice(before).filter((l) => l.type <= 2), [], 'no error or warning for files that are not there');
  const c = await assertSameAsFresh(server, ws.root);
  summary(`ghost watcher events: ${events.length * 2} events (${events.length} one by one, then all in one notification) for missing files, folders, foreign or malformed URIs; notices 0, errors 0; ${same(c)}`);
});

test('files created while the workspace is being listed are kept (their watcher event comes before the listing ends)', async () => {
  const ws = workspace();
  // Hundreds of folders: listing takes many turns of the event loop, and events are served in between.
  for (let i = 0; i < 300; i++) {
    const d = path.join(ws.seeds, `d${i}`);
    fs.mkdirSync(d);
    fs.writeFileSync(path.join(d, 'a.txt'), `Article ${i}. Le colonel Assimi Goïta.\n`);
  }
  const server = await start(ws.root);
  await server.waitFor(() => server.progress.length > 0, 30_000, 'indexing progress');
  const made: string[] = [];
  for (let i = 0; i < 10; i++) {
    const p = path.join(ws.seeds, i % 2 ? `late-${i}.txt` : path.join(`d${i * 29}`, `late-${i}.txt`));
    fs.writeFileSync(p, `Tardif ${i}. Le lundi 8 décembre 2025.\n`);
    made.push(p);
    await server.fileEvents([{ uri: uriOf(p), type: 1 }]);
  }
  const ready = await server.ready(60_000);
  const snap = await snapshotOf(server);
  const missing = made.filter((p) => !snap.files.some((f) => f.file === path.relative(ws.root, p).split(path.sep).join('/')));
  assert.deepEqual(missing, [], 'files created (and announced) during listing were dropped from the index');
  assert.equal(ready.files, 315);
  const c = await assertSameAsFresh(server, ws.root);
  summary(`created during listing: 10 files created and announced while 305 files in 300 folders were listed: ${10 - missing.length} kept, ${missing.length} lost; ${same(c)}`);
});
