#!/usr/bin/env node
// Language-server bench: a generated corpus, the built server over stdio, real JSON-RPC.
//   node scripts/bench/lsp.mjs [--articles N] [--samples K] [--corpus DIR] [--dist DIR] [--default-malloc] [--default-young-gen] [--quiet-before-lens MS] [--hover-entity] [--digests FILE] [--cold] [--views]
// Defaults: N=10000, K=60, corpus /tmp/seedlens-lsp-bench-N (reused when it already holds N articles),
// dist $SEED_LENS_DIST or ./dist. The server starts as the extension starts it (client/src/serverProcess.ts:
// environment and Node flags) unless --default-malloc / --default-young-gen. Corpus: scripts/gen-corpus.mjs when present, else a small built-in generator.
// Measures: time from spawn until every diagnostic is published (the server's `seedLens/status` ready),
// the entity explorer's first page (at once after that, after quiet time, filtered, after edits; --views
// tells the server its corpus views are on screen, as a client whose Seed Lens side bar is open does),
// how long a request waits while indexing and the diagnostics sweep run, hover / references / documentSymbol p50-p95 after
// indexing, the code lens (related articles; the first builds corpus statistics), an edit's diagnostics latency (didChange → publishDiagnostics for that version; includes
// the 200 ms debounce, also shown without it), and the server's peak RSS (VmHWM). Prints a markdown table.
// --cold empties the kernel's page cache first (Linux, as root): a first start after a reboot, when
// neither Node, the server nor the articles are in memory yet.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { createRequire } from 'node:module';
import os from 'node:os';
import { createHash } from 'node:crypto';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..', '..');
const require = createRequire(path.join(root, 'package.json'));
const rpc = require('vscode-languageserver-protocol/node');

const args = process.argv.slice(2);
const opt = (name, def) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : def;
};
const N = Number(opt('articles', 10000));
const K = Number(opt('samples', 60));
const DEBOUNCE_MS = 200;
const dist = path.resolve(opt('dist', process.env.SEED_LENS_DIST ?? path.join(root, 'dist')));
const wsRoot = path.resolve(opt('corpus', `/tmp/seedlens-lsp-bench-${N}`));
const seedsDir = path.join(wsRoot, 'seeds');
/** The protocol's names (server/src/protocol.ts), from the build in `dist`. */
const { STATUS_METHOD, EXPLORER_METHOD, VIEWS_METHOD } = require(path.join(dist, 'protocol.js'));

// ---- corpus ------------------------------------------------------------------------------------

function countTxt(dir) {
  try {
    return fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).length;
  } catch {
    return 0;
  }
}

function ownGenerator(out, n) {
  let s = 42;
  const rnd = () => ((s = (s * 1103515245 + 12345) >>> 0) / 4294967296);
  const pick = (a) => a[Math.floor(rnd() * a.length)];
  const people = ['Assimi Goïta', 'Abdoulaye Maïga', 'Sadio Camara', 'Abdoulaye Diop', 'Vladimir Poutine', 'Sergueï Lavrov', 'Alousséni Sanou', 'Boubacar Diané'];
  const bodies = ['la Primature', 'le Conseil national de Transition', 'la Cedeao', 'l’Union africaine', 'le ministère des Affaires étrangères'];
  const places = ['Bamako', 'Kayes', 'Ségou', 'Mopti', 'Niamey', 'Ouagadougou', 'Moscou'];
  const months = ['janvier', 'février', 'mars', 'avril', 'mai', 'juin', 'juillet', 'août', 'septembre', 'octobre', 'novembre', 'décembre'];
  const days = ['lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche'];
  const sidebars = Array.from({ length: Math.max(3, Math.round(n / 200)) }, (_, i) =>
    Array.from({ length: 5 }, (_, j) => `À lire aussi : ${pick(people)} reçu par ${pick(bodies)} à ${pick(places)} (${i}-${j}).`).join('\n'),
  );
  fs.mkdirSync(out, { recursive: true });
  for (let i = 0; i < n; i++) {
    const lines = [];
    for (let p = 0; p < 6; p++) {
      lines.push(
        `Le ${days[Math.floor(rnd() * 7)]} ${1 + Math.floor(rnd() * 28)} ${pick(months)} ${2020 + Math.floor(rnd() * 6)}, ${pick(people)} a été reçu par ${pick(bodies)} à ${pick(places)}. ` +
          `Les échanges ont porté sur la coopération et la sécurité, a indiqué ${pick(people)}.`,
      );
    }
    lines.push('Partagez cette page sur vos réseaux sociaux :', sidebars[i % sidebars.length]);
    fs.writeFileSync(path.join(out, `${String(i).padStart(5, '0')}.txt`), lines.join('\n') + '\n');
  }
}

if (countTxt(seedsDir) !== N) {
  fs.rmSync(seedsDir, { recursive: true, force: true });
  const gen = path.join(root, 'scripts', 'gen-corpus.mjs');
  const t = performance.now();
  if (fs.existsSync(gen)) {
    const r = spawnSync(process.execPath, [gen, '--out', seedsDir, '--articles', String(N)], { stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) throw new Error(`gen-corpus failed (${r.status})`);
  } else {
    ownGenerator(seedsDir, N);
  }
  console.error(`corpus: ${countTxt(seedsDir)} articles in ${seedsDir} (${Math.round(performance.now() - t)} ms)`);
} else {
  console.error(`corpus: reusing ${N} articles in ${seedsDir}`);
}

/** A position inside the first two-word capitalised name of the first article (sorted by file name). */
function nameInFirstArticle() {
  const file = path.join(seedsDir, fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort()[0]);
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  for (let line = 0; line < lines.length; line++) {
    const m = /\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+/u.exec(lines[line]);
    if (m) return { uri: pathToFileURL(file).href, position: { line, character: m.index + 1 } };
  }
  throw new Error(`no name in ${file}`);
}

// ---- server ------------------------------------------------------------------------------------

const serverJs = path.join(dist, 'server.js');
// The diagnostics cache of this run (never the user's): empty at the first start, filled for the restart.
const cacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedlens-bench-cache-'));
if (!fs.existsSync(serverJs)) throw new Error(`no ${serverJs}: build first (node scripts/build.mjs [--outdir DIR])`);
const cold = args.includes('--cold');
if (cold) {
  // Written pages must reach the disk before the cache is dropped, or they stay cached.
  const r = spawnSync('sh', ['-c', 'sync && echo 3 > /proc/sys/vm/drop_caches'], { stdio: ['ignore', 'ignore', 'pipe'] });
  if (r.status !== 0) throw new Error(`--cold: cannot empty the page cache (needs Linux and root): ${String(r.stderr).trim()}`);
}
const t0 = performance.now();
// SEED_LENS_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server.
// The Node flags and environment the extension starts the server with (SERVER_NODE_ARGS and
// MALLOC_SETTINGS in client/src/serverProcess.ts; test/unit/bench-settings.test.ts checks they agree);
// --default-young-gen and --default-malloc measure without them.
const CLIENT_NODE_ARGS = ['--max-semi-space-size=4'];
const CLIENT_MALLOC_SETTINGS = { MALLOC_MMAP_THRESHOLD_: '131072' };
const clientArgs = args.includes('--default-young-gen') ? [] : CLIENT_NODE_ARGS;
const nodeArgs = [...clientArgs, ...(process.env.SEED_LENS_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean)];
const serverEnv = args.includes('--default-malloc') ? process.env : { ...process.env, ...CLIENT_MALLOC_SETTINGS };
const child = spawn(process.execPath, [...nodeArgs, serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: serverEnv });
// Peak resident memory per phase (sampled): which part of the run sets the overall peak.
let phase = 'indexing';
const phasePeakMB = new Map();
const rssSampler = setInterval(() => {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${child.pid}/status`, 'utf8'));
    if (m) phasePeakMB.set(phase, Math.max(phasePeakMB.get(phase) ?? 0, Number(m[1]) / 1024));
  } catch {
    /* not Linux, or the server has exited */
  }
}, 100);
const conn = rpc.createProtocolConnection(new rpc.StreamMessageReader(child.stdout), new rpc.StreamMessageWriter(child.stdin));

const waiters = new Set();
const wake = () => {
  for (const w of [...waiters]) w();
};
/** Resolves once no diagnostics were published for `ms` (a background sweep is over). */
const quiet = async (ms) => {
  for (;;) {
    const last = Math.max(0, ...[...lastDiag.values()].map((d) => d.at));
    const idle = performance.now() - last;
    if (idle >= ms) return;
    await new Promise((res) => setTimeout(res, ms - idle + 10));
  }
};
const waitFor = (pred, ms, what) =>
  new Promise((resolve, reject) => {
    const check = () => {
      const v = pred();
      if (v) {
        clearTimeout(timer);
        waiters.delete(check);
        resolve(v);
      }
    };
    const timer = setTimeout(() => {
      waiters.delete(check);
      reject(new Error(`timeout waiting for ${what}`));
    }, ms);
    waiters.add(check);
    check();
  });

let ready;
let published = 0;
let mainCpuAtSweepS = NaN;
const finalAtReady = new Map();
const digest = (diagnostics) => (diagnostics.length === 0 ? '' : createHash('sha1').update(JSON.stringify(diagnostics)).digest('hex'));
const lastDiag = new Map();
conn.onNotification(STATUS_METHOD, (s) => {
  if (s.state === 'ready') ready = { ...s, at: performance.now() };
  if (s.state === 'ready') phase = 'queries';
  wake();
});
// Each file's diagnostics when indexing ended (a hash of their JSON): what the warm restart must show.
conn.onNotification('textDocument/publishDiagnostics', (p) => {
  if (!ready) finalAtReady.set(p.uri, digest(p.diagnostics));
  published++;
  if (phase === 'indexing') {
    phase = 'diagnostics sweep';
    mainCpuAtSweepS = cpuSecondsOf(`/proc/${child.pid}/task/${child.pid}/stat`);
  }
  lastDiag.set(p.uri, { version: p.version, at: performance.now() });
  wake();
});
conn.onNotification('window/logMessage', () => {});
conn.onNotification('$/progress', () => {});
conn.onRequest((method) => (method === 'workspace/configuration' ? [{}] : null));
conn.listen();

const rootUri = pathToFileURL(wsRoot).href;
await conn.sendRequest('initialize', {
  processId: process.pid,
  rootUri,
  locale: 'en',
  capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true, workspaceEdit: { documentChanges: true } }, textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } },
  workspaceFolders: [{ uri: rootUri, name: 'bench' }],
  initializationOptions: { cacheDir },
});
await conn.sendNotification('initialized', {});
// --views: a client whose corpus views (explorer, review queue) are on screen from the start.
const views = args.includes('--views');
if (views && VIEWS_METHOD) await conn.sendNotification(VIEWS_METHOD, { visible: true });

// A request while indexing runs: the server must answer between slices, not after.
const duringIndexing = [];
for (let i = 0; i < 5 && !ready; i++) {
  await new Promise((r) => setTimeout(r, 200));
  if (ready) break;
  const t = performance.now();
  await conn.sendRequest('workspace/symbol', { query: 'zz' });
  if (!ready) duringIndexing.push(performance.now() - t);
}
// Then, until every diagnostic is out, how long the server keeps a request waiting: a hover on a
// file outside the workspace every 150 ms, answered at once (null) as soon as the server reads it,
// so it times only the wait, in the phase it was sent in.
const waits = new Map(); // phase → times (ms)
// --hover-entity instead hovers on a name of a workspace article: what a user reading an article
// while indexing runs costs the server (the answer is linked anew over the files merged since).
const probe = args.includes('--hover-entity') ? nameInFirstArticle() : { uri: pathToFileURL(path.join(os.tmpdir(), 'seedlens-bench-outside.txt')).href, position: { line: 0, character: 0 } };
while (!ready) {
  await new Promise((r) => setTimeout(r, 150));
  if (ready) break;
  const sentIn = phase;
  const t = performance.now();
  await conn.sendRequest('textDocument/hover', { textDocument: { uri: probe.uri }, position: probe.position });
  if (!ready) waits.set(sentIn, [...(waits.get(sentIn) ?? []), performance.now() - t]);
}

await waitFor(() => ready, 30 * 60_000, 'indexing');
const readyMs = ready.at - t0;
// The entity explorer's first page as a user opening it sees it: the types, then the first page of
// the first type (people), two requests one after the other. With --views, at once after indexing
// too (the server is then preparing it in the background); the rest after the edits (see below).
const explorerFirstPage = async () => {
  const t = performance.now();
  const root = await conn.sendRequest(EXPLORER_METHOD, {});
  const people = await conn.sendRequest(EXPLORER_METHOD, { parent: { kind: 'type', type: 'PERSON' } });
  if (!root?.items?.length || !people?.items?.length) throw new Error(`explorer: empty first page (${JSON.stringify(root).slice(0, 200)})`);
  return performance.now() - t;
};
const explorerAtReady = EXPLORER_METHOD && views ? await explorerFirstPage() : NaN;
// --digests FILE: each file's diagnostics when indexing ended (hashes), to compare two builds' answers.
const digestsOut = opt('digests', undefined);
if (digestsOut) fs.writeFileSync(digestsOut, JSON.stringify(Object.fromEntries([...finalAtReady].sort(([a], [b]) => (a < b ? -1 : 1))), null, 0));
// CPU time of the server (all its threads) until then: steadier than wall time on a shared machine.
const readyCpuS = cpuSecondsOf(`/proc/${child.pid}/stat`);
// The main thread's share (its task has the process id): merging, the near-copy pass and the sweep
// run there one after the other, so more cores would not shorten it.
const readyMainCpuS = cpuSecondsOf(`/proc/${child.pid}/task/${child.pid}/stat`);

// ---- requests after indexing ---------------------------------------------------------------------

const files = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
let r = 7;
const rand = () => ((r = (r * 1103515245 + 12345) >>> 0) / 4294967296);
const sample = Array.from({ length: Math.min(K, files.length) }, () => files[Math.floor(rand() * files.length)]);

const pct = (xs, p) => {
  if (xs.length === 0) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.ceil((p / 100) * s.length) - 1)];
};
const time = async (fn) => {
  const t = performance.now();
  const v = await fn();
  return [performance.now() - t, v];
};

const hover = [];
const refs = [];
const symbols = [];
let refCount = 0;
for (const f of sample) {
  const uri = pathToFileURL(path.join(seedsDir, f)).href;
  const [ts, syms] = await time(() => conn.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }));
  symbols.push(ts);
  const entity = (syms ?? []).flatMap((g) => g.children ?? []).find((c) => c.kind !== 24) ?? (syms ?? []).flatMap((g) => g.children ?? [])[0];
  const position = entity ? { line: entity.selectionRange.start.line, character: entity.selectionRange.start.character + 1 } : { line: 0, character: 1 };
  const [th] = await time(() => conn.sendRequest('textDocument/hover', { textDocument: { uri }, position }));
  hover.push(th);
  const [tr, locs] = await time(() => conn.sendRequest('textDocument/references', { textDocument: { uri }, position, context: { includeDeclaration: true } }));
  refs.push(tr);
  refCount = Math.max(refCount, locs?.length ?? 0);
}

// The code lens (counts and related articles) of an opened article: the first one builds the
// related-articles statistics of the whole corpus, the others reuse them.
const lens = [];
// --quiet-before-lens MS: the editor left alone that long first, as a user reading after indexing
// (the server builds the related-articles statistics in such quiet time).
const quietBeforeLens = Number(opt('quiet-before-lens', 0));
if (quietBeforeLens > 0) await new Promise((r) => setTimeout(r, quietBeforeLens));
phase = 'code lens';
for (const f of sample.slice(0, Math.min(K, 20))) {
  const uri = pathToFileURL(path.join(seedsDir, f)).href;
  const [tl] = await time(() => conn.sendRequest('textDocument/codeLens', { textDocument: { uri } }));
  lens.push(tl);
}

// ---- edits -------------------------------------------------------------------------------------

phase = 'edits';
const editFile = path.join(seedsDir, sample[0]);
const editUri = pathToFileURL(editFile).href;
let text = fs.readFileSync(editFile, 'utf8');
let version = 1;
await conn.sendNotification('textDocument/didOpen', { textDocument: { uri: editUri, languageId: 'seed-article', version, text } });
await new Promise((res) => setTimeout(res, DEBOUNCE_MS + 300));
const edits = [];
for (let i = 0; i < Math.min(K, 40); i++) {
  version++;
  const insert = i % 2 === 0 ? ' Le colonel Assimi Goïta était à Bamako.' : ' x';
  const firstLineEnd = text.indexOf('\n') < 0 ? text.length : text.indexOf('\n');
  text = text.slice(0, firstLineEnd) + insert + text.slice(firstLineEnd);
  const t = performance.now();
  await conn.sendNotification('textDocument/didChange', {
    textDocument: { uri: editUri, version },
    contentChanges: [{ range: { start: { line: 0, character: firstLineEnd }, end: { line: 0, character: firstLineEnd } }, text: insert }],
  });
  const v = version;
  await waitFor(() => lastDiag.get(editUri)?.version === v, 30_000, `diagnostics for version ${v}`);
  edits.push(lastDiag.get(editUri).at - t);
}

// ---- the entity explorer ---------------------------------------------------------------------------
// Last, so that the peak memory before it compares with builds that have no explorer: the first page
// (its totals kept by the sweep and in quiet time), after 2 s without requests,
// filtered by a name, and after edits that add a name (its totals follow the article), once the sweep
// the edits above scheduled is over (no diagnostics for 1.5 s).
const peakBeforeExplorerMB = vmHWM(child.pid);
const explorerFirst = [];
const explorerQuiet = [];
const explorerFilter = [];
const explorerAfterEdit = [];
if (EXPLORER_METHOD) {
  phase = 'explorer';
  await quiet(1500);
  explorerFirst.push(await explorerFirstPage());
  await new Promise((res) => setTimeout(res, 2000));
  for (let i = 0; i < 10; i++) explorerQuiet.push(await explorerFirstPage());
  for (const filter of ['goi', 'bamako', 'minist', 'zz', 'a']) {
    const t = performance.now();
    await conn.sendRequest(EXPLORER_METHOD, { parent: { kind: 'type', type: 'PERSON' }, filter });
    explorerFilter.push(performance.now() - t);
  }
  for (let i = 0; i < 8; i++) {
    version++;
    const insert = ` Le ministre Aminata Touré${i} était à Kayes.`;
    const firstLineEnd = text.indexOf('\n') < 0 ? text.length : text.indexOf('\n');
    text = text.slice(0, firstLineEnd) + insert + text.slice(firstLineEnd);
    await conn.sendNotification('textDocument/didChange', {
      textDocument: { uri: editUri, version },
      contentChanges: [{ range: { start: { line: 0, character: firstLineEnd }, end: { line: 0, character: firstLineEnd } }, text: insert }],
    });
    const v = version;
    await waitFor(() => lastDiag.get(editUri)?.version === v, 30_000, `diagnostics for version ${v}`);
    explorerAfterEdit.push(await explorerFirstPage());
  }
}

// ---- memory, shutdown ------------------------------------------------------------------------------

const peakRssMB = vmHWM(child.pid);
clearInterval(rssSampler);
await conn.sendRequest('shutdown');
await conn.sendNotification('exit');
await new Promise((res) => child.once('exit', res));
conn.dispose();

// ---- warm restart ----------------------------------------------------------------------------------
// The same workspace, unchanged, started again with the cache the first run left: how soon every
// file's diagnostics are back (from the cache), whether they are the ones indexing ends with, and
// how many the check after indexing had to correct.
async function warmRestart() {
  const t0w = performance.now();
  const childW = spawn(process.execPath, [...nodeArgs, serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'], env: serverEnv });
  const connW = rpc.createProtocolConnection(new rpc.StreamMessageReader(childW.stdout), new rpc.StreamMessageWriter(childW.stdin));
  const shown = new Map();
  let cached;
  let readyW;
  let corrected = 0;
  connW.onNotification(STATUS_METHOD, (st) => {
    if (st.state === 'cached') cached = { ...st, at: performance.now() };
    if (st.state === 'ready') readyW = { ...st, at: performance.now() };
    wake();
  });
  connW.onNotification('textDocument/publishDiagnostics', (p) => {
    if (cached) corrected++;
    shown.set(p.uri, digest(p.diagnostics));
  });
  connW.onNotification('window/logMessage', () => {});
  connW.onNotification('$/progress', () => {});
  connW.onRequest((method) => (method === 'workspace/configuration' ? [{}] : null));
  connW.listen();
  await connW.sendRequest('initialize', {
    processId: process.pid,
    rootUri,
    locale: 'en',
    capabilities: { window: { workDoneProgress: true }, workspace: { configuration: true } },
    workspaceFolders: [{ uri: rootUri, name: 'bench' }],
    initializationOptions: { cacheDir },
  });
  await connW.sendNotification('initialized', {});
  await waitFor(() => readyW, 30 * 60_000, 'warm indexing');
  const expected = [...finalAtReady].filter(([, d]) => d !== '');
  const same = expected.filter(([uri, d]) => shown.get(uri) === d).length;
  let peak = NaN;
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${childW.pid}/status`, 'utf8'));
    if (m) peak = Number(m[1]) / 1024;
  } catch {
    /* not Linux */
  }
  await connW.sendRequest('shutdown');
  await connW.sendNotification('exit');
  await new Promise((res) => childW.once('exit', res));
  connW.dispose();
  return { cachedMs: cached ? cached.at - t0w : NaN, readyMs: readyW.at - t0w, files: expected.length, same, corrected, peak };
}
const warm = await warmRestart();
fs.rmSync(cacheDir, { recursive: true, force: true });

const ms = (x) => (Number.isFinite(x) ? `${x.toFixed(x < 10 ? 1 : 0)} ms` : 'n/a');
const rows = [
  ['articles indexed', String(ready.files)],
  ['disk cache at the first start', cold ? 'cold (page cache emptied, --cold)' : 'as it was (warm after the corpus was written or read)'],
  ['allocator setting (client/src/serverProcess.ts)', serverEnv === process.env ? 'none (--default-malloc)' : Object.entries(CLIENT_MALLOC_SETTINGS).map(([k, v]) => `${k}=${v}`).join(' ')],
  ['server Node flags (client/src/serverProcess.ts, then SEED_LENS_SERVER_NODE_ARGS)', nodeArgs.join(' ') || 'none (--default-young-gen)'],
  ['start → all diagnostics published', `${(readyMs / 1000).toFixed(2)} s (indexing ${(ready.indexMs / 1000).toFixed(2)} s, diagnostics sweep ${(ready.diagnosticsMs / 1000).toFixed(2)} s)`],
  ['server CPU time until then (user + system, all threads)', Number.isFinite(readyCpuS) ? `${readyCpuS.toFixed(1)} s` : 'n/a'],
  ['of which the main thread: all (while indexing + in the sweep)', mainThreadCpu()],
  ['files with diagnostics (publishDiagnostics sent)', String(published)],
  ['request answered during indexing, max', duringIndexing.length ? ms(Math.max(...duringIndexing)) : 'n/a (indexing ended first)'],
  ...[...waits].map(([ph, xs]) => [`request waiting during ${ph} (every 150 ms): p95 / max (${xs.length})`, `${ms(pct(xs, 95))} / ${ms(Math.max(...xs))}`]),
  [`hover p50 / p95 (${hover.length})`, `${ms(pct(hover, 50))} / ${ms(pct(hover, 95))}`],
  [`references p50 / p95 (${refs.length}, up to ${refCount} locations)`, `${ms(pct(refs, 50))} / ${ms(pct(refs, 95))}`],
  [`documentSymbol p50 / p95 (${symbols.length})`, `${ms(pct(symbols, 50))} / ${ms(pct(symbols, 95))}`],
  [quietBeforeLens > 0 ? `first code lens, after ${quietBeforeLens} ms without requests` : 'first code lens, right after the queries (builds the related-articles statistics)', ms(lens[0])],
  [`code lens p50 / p95 after the first (${lens.length - 1})`, `${ms(pct(lens.slice(1), 50))} / ${ms(pct(lens.slice(1), 95))}`],
  [`edit → diagnostics p50 / p95 (${edits.length}, incl. ${DEBOUNCE_MS} ms debounce)`, `${ms(pct(edits, 50))} / ${ms(pct(edits, 95))}`],
  ['edit → diagnostics p95 after the debounce', ms(pct(edits, 95) - DEBOUNCE_MS)],
  ['corpus views on screen from the start (--views)', views ? 'yes' : 'no'],
  ['explorer first page (types, then the first page of people), at once after all diagnostics (--views only)', ms(explorerAtReady)],
  ['explorer first page, first asked after the edits', ms(explorerFirst[0])],
  [`explorer first page after 2 s without requests p50 / p95 (${explorerQuiet.length})`, `${ms(pct(explorerQuiet, 50))} / ${ms(pct(explorerQuiet, 95))}`],
  [`explorer: people filtered by a name p50 / max (${explorerFilter.length})`, `${ms(pct(explorerFilter, 50))} / ${ms(Math.max(...explorerFilter))}`],
  [`explorer first page after an edit that adds a name p50 / p95 (${explorerAfterEdit.length})`, `${ms(pct(explorerAfterEdit, 50))} / ${ms(pct(explorerAfterEdit, 95))}`],
  ['server peak RSS (VmHWM) before the explorer phase', Number.isFinite(peakBeforeExplorerMB) ? `${peakBeforeExplorerMB.toFixed(0)} MB` : 'n/a'],
  ['server peak RSS (VmHWM)', Number.isFinite(peakRssMB) ? `${peakRssMB.toFixed(0)} MB` : 'n/a'],
  ['warm restart (unchanged workspace, cache of the first run) → every file\'s diagnostics shown', `${(warm.cachedMs / 1000).toFixed(2)} s (${warm.same} of ${warm.files} files as indexing ends with them)`],
  ['warm restart → indexing and the check of every file done', `${(warm.readyMs / 1000).toFixed(2)} s (${warm.corrected} files corrected), peak RSS ${warm.peak.toFixed(0)} MB`],
  ['peak RSS by phase (sampled every 100 ms)', [...phasePeakMB].map(([k, v]) => `${k} ${v.toFixed(0)} MB`).join(', ') || 'n/a'],
];
console.log(`\n### Seed Lens language server — ${N} articles (${path.basename(dist)}; node ${process.version})\n`);
console.log('| measure | value |\n|---|---|');
for (const [k, v] of rows) console.log(`| ${k} | ${v} |`);

function mainThreadCpu() {
  if (!Number.isFinite(readyMainCpuS)) return 'n/a';
  // No diagnostics published before ready (nothing to report): no sweep phase to split off.
  if (!Number.isFinite(mainCpuAtSweepS)) return `${readyMainCpuS.toFixed(1)} s`;
  return `${readyMainCpuS.toFixed(1)} s (${mainCpuAtSweepS.toFixed(1)} + ${(readyMainCpuS - mainCpuAtSweepS).toFixed(1)} s)`;
}

/** The process's peak resident memory so far (VmHWM), in MB; NaN off Linux. */
function vmHWM(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : NaN;
  } catch {
    return NaN;
  }
}

/** User + system CPU seconds so far of a process or thread, from its /proc stat file (Linux; NaN elsewhere). */
function cpuSecondsOf(statFile) {
  try {
    // Fields after the command name, which is in parentheses and may hold spaces: utime and stime are the 12th and
    // 13th, in clock ticks (100 per second on Linux).
    const stat = fs.readFileSync(statFile, 'utf8');
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    return NaN;
  }
}
