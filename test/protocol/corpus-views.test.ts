/**
 * The corpus views over JSON-RPC, end to end on a copy of the seeds: the explorer's pages, the
 * review queue's decisions written to `.seedlens/annotations.json` and taken back by the undo
 * command, an article marked reviewed (with the hash of its text) that an edit makes unreviewed,
 * `seedLens/changed` after each change, and none of it written in an untrusted workspace.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { after, test } from 'node:test';
import { parseAnnotations } from '../../server/src/core';
import {
  CORRECT_COMMAND,
  ENTITY_AT_METHOD,
  EXPLORER_METHOD,
  PROGRESS_METHOD,
  REVIEW_METHOD,
  TIMELINE_METHOD,
  UNDO_COMMAND,
  type CorrectArgs,
  type EntityAtResult,
  type ExplorerPage,
  type ProgressResult,
  type ReviewPage,
  type TimelineResult,
  type UndoResult,
} from '../../server/src/protocol';
import { FILE_000, FILE_002, makeWorkspace, positionOf, startServer, type TestServer } from './harness';

const workspaces: ReturnType<typeof makeWorkspace>[] = [];
const servers: TestServer[] = [];
after(async () => {
  for (const s of servers) await s.stop();
  for (const w of workspaces) w.cleanup();
});

async function fresh(initializationOptions?: Record<string, unknown>) {
  const ws = makeWorkspace();
  workspaces.push(ws);
  const s = await startServer({ root: ws.root, initializationOptions });
  servers.push(s);
  await s.ready();
  return { ws, s };
}

const annotationsFile = (root: string) => path.join(root, '.seedlens', 'annotations.json');
const onDisk = (root: string) => (fs.existsSync(annotationsFile(root)) ? parseAnnotations(fs.readFileSync(annotationsFile(root), 'utf8')).annotations : undefined);
const correct = (s: TestServer, ...args: CorrectArgs[]) => s.request<boolean>('workspace/executeCommand', { command: CORRECT_COMMAND, arguments: args });
const undo = (s: TestServer) => s.request<UndoResult>('workspace/executeCommand', { command: UNDO_COMMAND, arguments: [] });
const queue = (s: TestServer) => s.request<ReviewPage>(REVIEW_METHOD, { limit: 500 });
/** Waits for a `seedLens/changed` after the `seen`-th. */
const changedAfter = (s: TestServer, seen: number) => s.waitFor(() => s.changes.length > seen, 5000, 'seedLens/changed');

test('the explorer, the queue, the timeline and the entity under the cursor answer after indexing; the client was told', async () => {
  const { s } = await fresh();
  await s.waitFor(() => s.changes.length > 0, 5000, 'seedLens/changed at ready');
  const root = await s.request<ExplorerPage>(EXPLORER_METHOD, {});
  assert.deepEqual(root.items.map((i) => (i.kind === 'type' ? `${i.type}:${i.entities > 0}` : i.kind)), ['PERSON:true', 'INSTITUTION:true', 'PLACE:true', 'DATE:true']);
  assert.deepEqual(root.progress, { articles: 5, reviewed: 0 });
  const people = await s.request<ExplorerPage>(EXPLORER_METHOD, { parent: { kind: 'type', type: 'PERSON' }, limit: 3 });
  assert.equal(people.items[0].kind === 'entity' && people.items[0].label, 'Assimi Goïta');
  assert.equal(people.items.length, 3);
  assert.ok(people.total > 3);
  const q = await queue(s);
  assert.ok(q.total > 100 && q.items[0].confidence <= q.items[q.items.length - 1].confidence);
  const t = await s.request<TimelineResult>(TIMELINE_METHOD, {});
  assert.equal(t.total, 5);
  const text = fs.readFileSync(s.seedPath(FILE_000), 'utf8');
  const at = await s.request<EntityAtResult>(ENTITY_AT_METHOD, { uri: s.seedUri(FILE_000), position: positionOf(text, 'Goïta') });
  assert.deepEqual(at, { type: 'PERSON', text: 'Goïta', name: 'Assimi Goïta', id: 'assimi-goita' });
});

test('review decisions are written to the corrections file, the views follow, and undo takes the last write back', async () => {
  const { ws, s } = await fresh();
  const before = await queue(s);
  const yadran = before.items.find((i) => i.text === 'Yadran');
  const agnus = before.items.find((i) => i.text === 'Agnus Mckee' && i.uri === s.seedUri(FILE_000));
  assert.ok(yadran && agnus);
  const statuses = s.statuses.length;
  let seen = s.changes.length;
  assert.equal(await correct(s, { uri: agnus.uri, kind: 'accept', text: agnus.text, type: agnus.type, inFile: true }), true);
  assert.deepEqual(onDisk(ws.root)?.accepted, [{ text: 'Agnus Mckee', type: 'PERSON', file: `seeds/${FILE_000}` }]);
  await changedAfter(s, seen);
  assert.equal((await queue(s)).total, before.total - 1);
  assert.equal(s.statuses.length, statuses, 'accepting does not make the server index or check the corpus again');
  seen = s.changes.length;
  assert.equal(await correct(s, { uri: yadran.uri, kind: 'notEntity', text: yadran.text, inFile: true }), true);
  assert.deepEqual(onDisk(ws.root)?.notEntity, [{ text: 'Yadran', file: `seeds/${FILE_002}` }]);
  await changedAfter(s, seen);
  assert.ok(!(await queue(s)).items.some((i) => i.text === 'Yadran'));
  assert.deepEqual(await undo(s), { result: 'ok' });
  assert.deepEqual(onDisk(ws.root)?.notEntity, [], 'the rejection is taken back');
  assert.equal(onDisk(ws.root)?.accepted?.length, 1, 'the acceptance before it stays');
  // The server reads the file again before it answers: the queue is current at once.
  assert.ok((await queue(s)).items.some((i) => i.text === 'Yadran'), 'back in the queue');
  assert.deepEqual(await undo(s), { result: 'ok' });
  assert.equal(fs.existsSync(annotationsFile(ws.root)), false, 'the file the first decision created is gone');
  assert.deepEqual(await undo(s), { result: 'nothing' });
});

test('an article marked reviewed is kept with its hash; an edit makes it unreviewed, and undoing the edit reviewed again', async () => {
  const { ws, s } = await fresh();
  const uri = s.seedUri(FILE_000);
  assert.equal(await correct(s, { uri, kind: 'reviewed' }), true);
  const entry = onDisk(ws.root)?.reviewed?.[0];
  assert.equal(entry?.file, `seeds/${FILE_000}`);
  assert.match(entry?.hash ?? '', /^[0-9a-f]{14}$/);
  assert.deepEqual(await s.request<ProgressResult>(PROGRESS_METHOD, { uri }), { articles: 5, reviewed: 1, current: true });
  const text = await s.open(uri);
  await s.change(uri, text + '\nUne ligne de plus.');
  assert.deepEqual(await s.request<ProgressResult>(PROGRESS_METHOD, { uri }), { articles: 5, reviewed: 0, current: false });
  await s.change(uri, text);
  assert.deepEqual(await s.request<ProgressResult>(PROGRESS_METHOD, { uri }), { articles: 5, reviewed: 1, current: true });
  assert.equal(await correct(s, { uri, kind: 'reviewed', reviewed: false }), true);
  assert.deepEqual(await s.request<ProgressResult>(PROGRESS_METHOD, { uri }), { articles: 5, reviewed: 0, current: false });
});

test('untrusted: the views answer, nothing is written, undo refuses', async () => {
  const { ws, s } = await fresh({ trusted: false });
  assert.ok((await queue(s)).total > 0);
  assert.equal(await correct(s, { uri: s.seedUri(FILE_000), kind: 'reviewed' }), false);
  assert.deepEqual(await undo(s), { result: 'untrusted' });
  assert.equal(fs.existsSync(annotationsFile(ws.root)), false);
});
