/**
 * Reliability under load: a burst of file creations, deletions and renames (and a folder deletion)
 * while a document is typed into, hovered and asked for code lenses; the index must then equal a
 * fresh one (reliability-harness.ts says how that is compared).
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { FILE_000, fold, hoverText, positionOf, uriOf } from './harness';
import { assertSameAsFresh, errorsOf, genCorpus, offsetAt, same, slice, start, summary, Typist, workspace, type Range } from './reliability-harness';
import { prng } from '../support/prng';

test('a burst of 1,000 file creations, deletions and renames while typing: the index equals a fresh one', async () => {
  // Many small sites: the core's near-copy detection depends on the order files were indexed once a
  // sentence is shared by more than a few dozen files (see docs/reliability.md), which is not what is tested here.
  const pool = genCorpus(400, 7, 50);
  const ws = workspace();
  const gen = path.join(ws.seeds, 'gen');
  const sub = path.join(gen, 'sub');
  fs.mkdirSync(sub, { recursive: true });
  const rnd = prng(Number(process.env.SEED_LENS_REL_SEED ?? 20251208));
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)];
  /** Workspace path → pool file it holds. */
  const present = new Map<string, string>();
  let serial = 0;
  const newPath = () => path.join(rnd() < 0.2 ? sub : gen, `f${String(serial++).padStart(4, '0')}.txt`);
  for (const name of pool.names.slice(0, 60)) {
    const p = newPath();
    fs.copyFileSync(path.join(pool.dir, name), p);
    present.set(p, name);
  }

  const server = await start(ws.root);
  await server.ready(60_000);
  const docUri = server.seedUri(FILE_000);
  const typist = new Typist(server, docUri, await server.open(docUri));
  // The sentence typed one keystroke at a time at the start of line 2 (with a few backspaces).
  const typed = 'Le lundi 8 décembre 2025, le président Assimi Goïta a reçu Moussa Traoré à Koulouba. ';
  let typedAt = 0;
  let cursor = offsetAt(typist.text, { line: 2, character: 0 });

  const counts = { creations: 0, deletions: 0, renames: 0, folderDeletions: 0, openFileDiskWrites: 0, notifications: 0, events: 0, edits: 0, hovers: 0, lenses: 0 };
  let batch: { uri: string; type: 1 | 2 | 3 }[] = [];
  const flush = async () => {
    if (!batch.length) return;
    counts.notifications++;
    counts.events += batch.length;
    const b = batch;
    batch = [];
    await server.fileEvents(b);
  };
  const hovers: Promise<void>[] = [];
  const hoverProblems: string[] = [];

  for (let op = 0; op < 1000; op++) {
    const r = rnd();
    const existing = [...present.keys()];
    if (op === 700) {
      // A whole folder goes: one event for the folder, as a watcher reports it.
      fs.rmSync(sub, { recursive: true, force: true });
      for (const p of existing) if (p.startsWith(sub + path.sep)) present.delete(p);
      batch.push({ uri: uriOf(sub), type: 3 });
      counts.folderDeletions++;
      fs.mkdirSync(sub);
    } else if (r < 0.4 || existing.length < 10) {
      const p = newPath();
      const name = pick(pool.names);
      fs.copyFileSync(path.join(pool.dir, name), p);
      present.set(p, name);
      batch.push({ uri: uriOf(p), type: 1 });
      counts.creations++;
    } else if (r < 0.7) {
      const p = pick(existing);
      fs.rmSync(p);
      present.delete(p);
      batch.push({ uri: uriOf(p), type: 3 });
      counts.deletions++;
    } else {
      const p = pick(existing);
      const q = newPath();
      fs.renameSync(p, q);
      present.set(q, present.get(p)!);
      present.delete(p);
      batch.push({ uri: uriOf(p), type: 3 }, { uri: uriOf(q), type: 1 });
      counts.renames++;
    }
    if (op % 97 === 0) {
      // The disk copy of the open document changes too: the editor's text must win.
      fs.writeFileSync(server.seedPath(FILE_000), `Version disque ${op}. Le colonel Sadio Camara à Bamako.\n`);
      batch.push({ uri: docUri, type: 2 });
      counts.openFileDiskWrites++;
    }
    // Some events one per notification, some batched (up to 40).
    if (rnd() < 0.5 || batch.length >= 40) await flush();

    if (op % 5 === 0) {
      if (typedAt > 3 && rnd() < 0.15) {
        await typist.edit(cursor - 1, cursor, '');
        cursor--;
        typedAt--;
      } else if (typedAt < typed.length) {
        await typist.edit(cursor, cursor, typed[typedAt]);
        cursor++;
        typedAt++;
      }
      counts.edits++;
    }
    if (op % 50 === 0) {
      // The editor asks for code lenses by itself (they rank related articles over the whole corpus).
      counts.lenses++;
      hovers.push(server.request<unknown[]>('textDocument/codeLens', { textDocument: { uri: docUri } }).then(() => {}, (e: { code?: number; message: string }) => void (e.code === -32801 || hoverProblems.push(`code lens at op ${op}: ${e.message}`))));
    }
    if (op % 7 === 0) {
      const text = typist.text;
      const position = positionOf(text, 'Goïta', 0, 2);
      counts.hovers++;
      hovers.push(
        server.request<{ range?: Range } | null>('textDocument/hover', { textDocument: { uri: docUri }, position }).then(
          (h) => {
            // Answered against the text as it was when asked (the edits before it, none after).
            const seen = h?.range ? slice(text, h.range) : '';
            if (!/goita/.test(fold(seen)) || !hoverText(h).includes('Goïta')) hoverProblems.push(`op ${op}: ${JSON.stringify(seen)} ${hoverText(h).slice(0, 80)}`);
          },
          (e: Error) => void hoverProblems.push(`op ${op}: ${e.message}`),
        ),
      );
    }
  }
  await flush();
  await Promise.all(hovers);
  assert.deepEqual(hoverProblems, [], 'hovers during the burst');
  assert.ok(await server.alive(), 'the server stopped answering');
  assert.equal(server.exited, null);
  assert.deepEqual(errorsOf(server), [], 'errors were logged');
  const finalHover = hoverText(await server.request('textDocument/hover', { textDocument: { uri: docUri }, position: positionOf(typist.text, 'Goïta', 0, 2) }));
  assert.ok(finalHover.includes('Assimi Goïta'), finalHover);

  const mine = await assertSameAsFresh(server, ws.root, [{ uri: docUri, text: typist.text }]);
  assert.equal(mine.files.length, present.size + 5, 'every file on disk is indexed, and nothing else');
  summary(
    `burst: ${counts.creations + counts.deletions + counts.renames + counts.folderDeletions} file operations (${counts.creations} creations, ${counts.deletions} deletions, ${counts.renames} renames as delete+create, ${counts.folderDeletions} folder deletion, ${counts.openFileDiskWrites} disk writes under the open document) = ${counts.events} events in ${counts.notifications} notifications, ${counts.edits} keystrokes, ${counts.hovers} hovers; ${counts.lenses} code lens requests; final ${mine.files.length} files; ${same(mine)}; errors logged: 0`,
  );
});
