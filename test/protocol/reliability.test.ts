/**
 * Reliability under bad input, load and faults: bursts of file events while typing, files that
 * vanish between listing and reading, requests on closed or stale documents, cancelled long
 * requests. After each fault the server's whole index (`seedLens/debug/snapshot`) must equal the
 * index of a FRESH server started on the same final files. Each test prints one `[reliability]`
 * summary line (docs/reliability.md is filled from them). Assertions are about behaviour, never time.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { CancellationTokenSource, DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { FILE_000, FILE_001, fold, hoverText, makeWorkspace, positionOf, repoRoot, sleep, startServer, uriOf, type TestServer } from './harness';
import { prng } from '../support/prng';

// ---- shared helpers ----------------------------------------------------------------------------

type Pos = { line: number; character: number };
type Range = { start: Pos; end: Pos };
interface SnapshotFile {
  file: string;
  sha1: string;
  length: number;
  mentions: { type: string; start: number; end: number; text: string; entity: string | null }[];
  boilerplate: { kind: string; start: number; end: number; copies: { file: string; start: number; end: number }[] }[];
  related: { file: string; score: number }[];
}
interface Snapshot {
  indexing: boolean;
  files: SnapshotFile[];
}

const SNAPSHOT = 'seedLens/debug/snapshot';
const workspaces: { cleanup: () => void }[] = [];
const servers: TestServer[] = [];
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'seedlens-rel-'));

after(async () => {
  for (const s of servers) await s.stop();
  for (const w of workspaces) w.cleanup();
  fs.rmSync(scratch, { recursive: true, force: true });
});

const summary = (line: string) => console.log(`[reliability] ${line}`);


/**
 * A generated corpus of `n` articles (scripts/gen-corpus.mjs), its files sorted by name. `sites`:
 * how many sites share sidebars (the generator's default is n/200, at least 3: ~n/3 copies each).
 */
function genCorpus(n: number, seed: number, sites?: number): { dir: string; names: string[] } {
  const dir = path.join(scratch, `gen-${n}-${seed}-${sites ?? 'd'}`);
  if (!fs.existsSync(dir)) {
    const args = ['--out', dir, '--articles', String(n), '--seed', String(seed), ...(sites ? ['--sites', String(sites)] : [])];
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'gen-corpus.mjs'), ...args], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  }
  return { dir, names: fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort() };
}

/** A temp workspace (the five seeds in `seeds/`), tracked for cleanup. */
function workspace(): ReturnType<typeof makeWorkspace> {
  const ws = makeWorkspace();
  workspaces.push(ws);
  return ws;
}

async function start(root: string, extra: Partial<Parameters<typeof startServer>[0]> = {}): Promise<TestServer> {
  const s = await startServer({ root, ...extra });
  servers.push(s);
  return s;
}

async function snapshotOf(s: TestServer): Promise<Snapshot> {
  return s.request<Snapshot>(SNAPSHOT, {});
}

/**
 * What must be identical between the live index and a fresh one: the files, their texts, every
 * mention with its entity id, and which characters of each file are flagged as boilerplate.
 * The core's boilerplate blocks and related scores are a function of the final files only (not
 * of the order they were indexed or of the edit history), so everything is compared exactly by
 * default. SEED_LENS_REL_STRICT=0 restores the loose comparison (block splits and listed copies
 * counted, related scores within RELATED_TOLERANCE) to investigate a regression.
 */
const STRICT = process.env.SEED_LENS_REL_STRICT !== '0';
const RELATED_TOLERANCE = STRICT ? 0 : Number(process.env.SEED_LENS_REL_TOLERANCE ?? 0.05);

interface Comparison {
  diff?: string;
  /** Largest |live − fresh| score over the related pairs both list. */
  drift: number;
  /** Related pairs listed by one side only (all within the tolerance of a cut-off). */
  borderline: number;
  /** Files whose blocks cover the same text but are split or list copies differently. */
  blockOrder: number;
  /** Files where a block is flagged on one side only (tolerated up to BLOCK_SPAN_SHARE of the files). */
  blockSpans: number;
}

/**
 * The core flags a different set of blocks in a few files when the same files are indexed in
 * another order (docs/reliability.md, core finding 1: reproduced without the server); up to this
 * share of the files may differ so, and the count is printed.
 */
const BLOCK_SPAN_SHARE = STRICT ? 0 : 0.03;

/** The flagged characters of a file: block spans merged (a line break between two blocks joins them). */
function coverage(blocks: SnapshotFile['boilerplate']): [number, number][] {
  const out: [number, number][] = [];
  for (const b of [...blocks].sort((x, y) => x.start - y.start)) {
    const last = out[out.length - 1];
    if (last && b.start <= last[1] + 2) last[1] = Math.max(last[1], b.end);
    else out.push([b.start, b.end]);
  }
  return out;
}

/** Where two snapshots differ, in words (`diff` undefined when they agree). */
function compareSnapshots(a: Snapshot, b: Snapshot): Comparison {
  const names = (s: Snapshot) => s.files.map((f) => f.file);
  const onlyA = names(a).filter((f) => !names(b).includes(f));
  const onlyB = names(b).filter((f) => !names(a).includes(f));
  if (onlyA.length || onlyB.length) return { diff: `files only in the live index: ${onlyA.slice(0, 10).join(', ') || '-'}; only in the fresh one: ${onlyB.slice(0, 10).join(', ') || '-'}`, drift: 0, borderline: 0, blockOrder: 0, blockSpans: 0 };
  const out: string[] = [];
  let drift = 0;
  let borderline = 0;
  let blockOrder = 0;
  const spans: string[] = [];
  for (let i = 0; i < a.files.length; i++) {
    const x = a.files[i];
    const y = b.files[i];
    for (const k of ['sha1', 'length', 'mentions', 'boilerplate'] as const) {
      const xs = JSON.stringify(x[k]);
      const ys = JSON.stringify(y[k]);
      if (xs === ys) continue;
      if (k === 'boilerplate' && !STRICT) {
        const cx = JSON.stringify(coverage(x.boilerplate));
        const cy = JSON.stringify(coverage(y.boilerplate));
        if (cx === cy) blockOrder++;
        else spans.push(`${x.file}: flagged ${cx} live, ${cy} fresh`);
        continue;
      }
      if (!Array.isArray(x[k]) || !Array.isArray(y[k])) {
        out.push(`${x.file}.${k}: live ${xs.slice(0, 300)} ≠ fresh ${ys.slice(0, 300)}`);
        continue;
      }
      const xi = (x[k] as unknown[]).map((v) => JSON.stringify(v));
      const yi = (y[k] as unknown[]).map((v) => JSON.stringify(v));
      const onlyLive = xi.filter((v) => !yi.includes(v));
      const onlyFresh = yi.filter((v) => !xi.includes(v));
      out.push(`${x.file}.${k}: only live ${onlyLive.slice(0, 3).join(' ').slice(0, 400) || '(order)'} | only fresh ${onlyFresh.slice(0, 3).join(' ').slice(0, 400) || '(order)'}`);
    }
    const fresh = new Map(y.related.map((r) => [r.file, r.score]));
    const live = new Map(x.related.map((r) => [r.file, r.score]));
    const top = Math.max(x.related[0]?.score ?? 0, y.related[0]?.score ?? 0);
    for (const [f, score] of live) {
      const other = fresh.get(f);
      if (other !== undefined) {
        drift = Math.max(drift, Math.abs(score - other));
        if (Math.abs(score - other) > RELATED_TOLERANCE) out.push(`${x.file}.related: ${f} scores ${score} live, ${other} fresh`);
      }
    }
    // Listed by one side only: acceptable only next to a cut-off (the score floor, half the best score).
    for (const [mine, theirs, side] of [[live, fresh, 'live'], [fresh, live, 'fresh']] as const) {
      for (const [f, score] of mine) {
        if (theirs.has(f)) continue;
        const nearCut = score < 0.06 + RELATED_TOLERANCE || Math.abs(score - top / 2) <= RELATED_TOLERANCE;
        if (nearCut) borderline++;
        else out.push(`${x.file}.related: ${f} (${score}) only in the ${side} index`);
      }
    }
    if (out.length >= 6) break;
  }
  if (spans.length > Math.floor(BLOCK_SPAN_SHARE * a.files.length)) out.push(`blocks flagged differently in ${spans.length} of ${a.files.length} files:`, ...spans.slice(0, 5));
  return { diff: out.length ? out.join('\n') : undefined, drift: Math.round(drift * 1000) / 1000, borderline, blockOrder, blockSpans: spans.length };
}

/** Starts a FRESH server on `root` (opening `open` as the editor had them), and returns its snapshot. */
async function freshSnapshot(root: string, open: { uri: string; text: string }[] = []): Promise<{ snapshot: Snapshot; files: number }> {
  const s = await start(root);
  const ready = await s.ready(60_000);
  for (const d of open) await s.open(d.uri, d.text);
  const snapshot = await snapshotOf(s);
  await s.stop();
  return { snapshot, files: ready.files ?? -1 };
}

async function assertSameAsFresh(live: TestServer, root: string, open: { uri: string; text: string }[] = []): Promise<Snapshot & Comparison> {
  const mine = await snapshotOf(live);
  assert.equal(mine.indexing, false, 'the live server is still indexing');
  const { snapshot: fresh } = await freshSnapshot(root, open);
  const c = compareSnapshots(mine, fresh);
  assert.equal(c.diff, undefined, `the live index differs from a fresh index of the same files:\n${c.diff}`);
  return { ...mine, ...c };
}

const same = (c: Comparison) =>
  `snapshot vs fresh: files, texts, mentions identical; core order dependence: ${c.blockSpans} files flag other blocks, ${c.blockOrder} split blocks or list copies differently, related scores within ${c.drift} (${c.borderline} borderline pairs)`;

const errorsOf = (s: TestServer) => s.logs.filter((l) => l.type === 1);

/** Offset of a position in `text` (LSP lines: \n, \r\n, \r). */
function offsetAt(text: string, p: Pos): number {
  let line = 0;
  let i = 0;
  while (line < p.line && i < text.length) {
    const c = text[i++];
    if (c === '\n' || (c === '\r' && text[i] !== '\n')) line++;
  }
  return i + p.character;
}

function slice(text: string, r: Range): string {
  return text.slice(offsetAt(text, r.start), offsetAt(text, r.end));
}

function positionAt(text: string, offset: number): Pos {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** An open document the test edits with real incremental changes (one keystroke at a time). */
class Typist {
  version = 1;
  constructor(
    readonly server: TestServer,
    readonly uri: string,
    public text: string,
  ) {}

  async edit(start: number, end: number, insert: string): Promise<void> {
    const range = { start: positionAt(this.text, start), end: positionAt(this.text, end) };
    this.text = this.text.slice(0, start) + insert + this.text.slice(end);
    this.version++;
    await this.server.conn.sendNotification(DidChangeTextDocumentNotification.type, { textDocument: { uri: this.uri, version: this.version }, contentChanges: [{ range, text: insert }] });
  }

  async replaceAll(text: string): Promise<void> {
    await this.edit(0, this.text.length, text);
  }
}

// ---- 1. a burst of file events while typing ----------------------------------------------------

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

// ---- 2. files deleted between listing and reading ----------------------------------------------

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

  const server = await startServer({ root: ws.root });
  servers.push(server);
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

// ---- 3. closed, stale and out-of-range documents -----------------------------------------------

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
    ['seedLens/related', { uri }],
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

// ---- 4. cancelling long requests on a large corpus ---------------------------------------------

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
    ['seedLens/related', { uri: target.uri }],
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
