/**
 * What the reliability suites (`reliability-*.test.ts`) share. They put the server under bad
 * input, load and faults: bursts of file events while typing, files that vanish between listing
 * and reading, requests on closed or stale documents, cancelled long requests. After each fault
 * the server's whole index (`seedLens/debug/snapshot`) must equal the index of a FRESH server
 * started on the same final files (`assertSameAsFresh`). Each test prints one `[reliability]`
 * summary line (docs/reliability.md is filled from them). Assertions are about behaviour, never time.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after } from 'node:test';
import { DidChangeTextDocumentNotification } from 'vscode-languageserver-protocol/node';
import { makeWorkspace, repoRoot, startServer, type TestServer } from './harness';
import { SNAPSHOT_METHOD } from '../../server/src/protocol';

export type Pos = { line: number; character: number };
export type Range = { start: Pos; end: Pos };
interface SnapshotFile {
  file: string;
  sha1: string;
  length: number;
  mentions: { type: string; start: number; end: number; text: string; entity: string | null }[];
  boilerplate: { kind: string; start: number; end: number; copies: { file: string; start: number; end: number }[] }[];
  related: { file: string; score: number }[];
}
export interface Snapshot {
  indexing: boolean;
  files: SnapshotFile[];
}

const workspaces: { cleanup: () => void }[] = [];
const servers: TestServer[] = [];
const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'seedlens-rel-'));

after(async () => {
  for (const s of servers) await s.stop();
  for (const w of workspaces) w.cleanup();
  fs.rmSync(scratch, { recursive: true, force: true });
});

export const summary = (line: string) => console.log(`[reliability] ${line}`);


/**
 * A generated corpus of `n` articles (scripts/gen-corpus.mjs), its files sorted by name. `sites`:
 * how many sites share sidebars (the generator's default is n/200, at least 3: ~n/3 copies each).
 */
export function genCorpus(n: number, seed: number, sites?: number): { dir: string; names: string[] } {
  const dir = path.join(scratch, `gen-${n}-${seed}-${sites ?? 'd'}`);
  if (!fs.existsSync(dir)) {
    const args = ['--out', dir, '--articles', String(n), '--seed', String(seed), ...(sites ? ['--sites', String(sites)] : [])];
    const r = spawnSync(process.execPath, [path.join(repoRoot, 'scripts', 'gen-corpus.mjs'), ...args], { encoding: 'utf8' });
    assert.equal(r.status, 0, r.stderr);
  }
  return { dir, names: fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort() };
}

/** A temp workspace (the five seeds in `seeds/`), tracked for cleanup. */
export function workspace(): ReturnType<typeof makeWorkspace> {
  const ws = makeWorkspace();
  workspaces.push(ws);
  return ws;
}

export async function start(root: string, extra: Partial<Parameters<typeof startServer>[0]> = {}): Promise<TestServer> {
  const s = await startServer({ root, ...extra });
  servers.push(s);
  return s;
}

export async function snapshotOf(s: TestServer): Promise<Snapshot> {
  return s.request<Snapshot>(SNAPSHOT_METHOD, {});
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

export async function assertSameAsFresh(live: TestServer, root: string, open: { uri: string; text: string }[] = []): Promise<Snapshot & Comparison> {
  const mine = await snapshotOf(live);
  assert.equal(mine.indexing, false, 'the live server is still indexing');
  const { snapshot: fresh } = await freshSnapshot(root, open);
  const c = compareSnapshots(mine, fresh);
  assert.equal(c.diff, undefined, `the live index differs from a fresh index of the same files:\n${c.diff}`);
  return { ...mine, ...c };
}

export const same = (c: Comparison) =>
  `snapshot vs fresh: files, texts, mentions identical; core order dependence: ${c.blockSpans} files flag other blocks, ${c.blockOrder} split blocks or list copies differently, related scores within ${c.drift} (${c.borderline} borderline pairs)`;

export const errorsOf = (s: TestServer) => s.logs.filter((l) => l.type === 1);

/** Offset of a position in `text` (LSP lines: \n, \r\n, \r). */
export function offsetAt(text: string, p: Pos): number {
  let line = 0;
  let i = 0;
  while (line < p.line && i < text.length) {
    const c = text[i++];
    if (c === '\n' || (c === '\r' && text[i] !== '\n')) line++;
  }
  return i + p.character;
}

export function slice(text: string, r: Range): string {
  return text.slice(offsetAt(text, r.start), offsetAt(text, r.end));
}

export function positionAt(text: string, offset: number): Pos {
  const before = text.slice(0, offset).split(/\r\n|\r|\n/);
  return { line: before.length - 1, character: before[before.length - 1].length };
}

/** An open document the test edits with real incremental changes (one keystroke at a time). */
export class Typist {
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
