/**
 * The language server crashes (SIGKILL, as the OOM killer would): the client restarts it, tells
 * the user once, and every feature answers again from a new process. Runs after the feature suite
 * (mocha loads the *.test.js files in name order) on the same temp copy of seeds/.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { MALLOC_SETTINGS, SERVER_NODE_ARGS } from '../../client/src/serverProcess';
import { FILE_000, hoverText, poll, positionOf, seedUri, sleep } from './helpers';
import { Commands } from '../../server/src/protocol';

const READY_MS = Number(process.env.SEEDLENS_TEST_READY_MS ?? 60_000);

interface ServerInfo {
  pid: number;
  files: number;
  indexing: boolean;
}

const serverInfo = async (): Promise<ServerInfo | undefined> => {
  try {
    return await vscode.commands.executeCommand<ServerInfo | undefined>(Commands.debugServerInfo);
  } catch {
    return undefined; // between the crash and the restart
  }
};

/** A process's environment (`environ`: NAME=value strings) or command line (`cmdline`), on Linux; undefined where /proc has none. */
function procList(pid: number, what: 'environ' | 'cmdline'): string[] | undefined {
  try {
    return fs.readFileSync(`/proc/${pid}/${what}`, 'utf8').split('\0');
  } catch {
    return undefined;
  }
}

/** The client starts every server process (the first and a restarted one) as serverProcess.ts says: allocator setting and Node flags. */
function assertProcessSettings(pid: number): void {
  const env = procList(pid, 'environ');
  if (env) for (const [name, value] of Object.entries(MALLOC_SETTINGS)) assert.ok(env.includes(`${name}=${value}`), `server ${pid} runs without ${name}=${value}`);
  const argv = procList(pid, 'cmdline');
  if (argv) for (const arg of SERVER_NODE_ARGS) assert.ok(argv.includes(arg), `server ${pid} runs without ${arg}: ${argv.join(' ')}`);
}

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

suite('Seed Lens server crash and restart', () => {
  test('a server killed with SIGKILL is restarted once, with one message, and hover works again', async function () {
    this.timeout(READY_MS * 2 + 30_000);
    const doc = await vscode.workspace.openTextDocument(seedUri(FILE_000));
    await vscode.window.showTextDocument(doc);
    const goita = positionOf(doc, 'Goïta');
    const hover = async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, goita));

    const before = await poll(serverInfo, (i) => Boolean(i && i.pid > 0 && !i.indexing && i.files > 0), READY_MS);
    assert.ok(before && before.pid > 0, `no server answers seedLens/debug/info: ${JSON.stringify(before)}`);
    assertProcessSettings(before.pid);
    assert.ok((await poll(hover, (t) => t.includes('Assimi Goïta'), READY_MS)).includes('Assimi Goïta'), 'hover before the crash');
    const restartsBefore = await vscode.commands.executeCommand<number>(Commands.debugRestartCount);

    process.kill(before.pid, 'SIGKILL');
    const dead = await poll(() => !isAlive(before.pid), (d) => d, 10_000, 100);
    assert.ok(dead, `server process ${before.pid} survived SIGKILL`);

    const after = await poll(serverInfo, (i) => Boolean(i && i.pid !== before.pid && !i.indexing && i.files > 0), READY_MS);
    assert.ok(after && after.pid !== before.pid, `no new server process answers: ${JSON.stringify(after)}`);
    assert.ok(isAlive(after.pid), 'the new server process is not running');
    assertProcessSettings(after.pid);
    assert.equal(after.files, before.files, 'the restarted server indexed a different number of files');

    const text = await poll(hover, (t) => t.includes('Assimi Goïta'), READY_MS);
    assert.ok(text.includes('Assimi Goïta'), `hover after the restart: ${JSON.stringify(text)}`);
    // One crash, one restart, one message (and no second one a little later).
    await sleep(1500);
    assert.equal(await vscode.commands.executeCommand<number>(Commands.debugRestartCount), restartsBefore + 1, 'the restart message was not shown exactly once');
    const refs = await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, goita);
    assert.ok((refs ?? []).length > 1, 'references after the restart');
    console.log(`[reliability] crash: server pid ${before.pid} killed with SIGKILL; restarted as pid ${after.pid} with ${after.files} files; restart messages 1; hover and references answer again`);
  });
});
