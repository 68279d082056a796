/**
 * Protocol-test harness: starts the built language server (`node <dist>/server.js --stdio`) as a
 * child process and talks real JSON-RPC to it, as an editor would. The workspace is a temporary
 * copy of the repository's seeds (never the repository itself).
 */
import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import {
  createProtocolConnection,
  DidChangeTextDocumentNotification,
  DidChangeWatchedFilesNotification,
  DidCloseTextDocumentNotification,
  DidOpenTextDocumentNotification,
  ExitNotification,
  InitializedNotification,
  InitializeRequest,
  PublishDiagnosticsNotification,
  ShutdownRequest,
  StreamMessageReader,
  StreamMessageWriter,
  type ClientCapabilities,
  type Diagnostic,
  type InitializeResult,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
} from 'vscode-languageserver-protocol/node';
import { distDir, seedsDir } from '../support/paths';
import { CHANGED_METHOD, STATUS_METHOD, type ChangedParams } from '../../server/src/protocol';

export { applyEdits, baseName, editsOf, FILE_000, FILE_001, FILE_002, FILE_003, FILE_004, fold, hoverText, positionOf } from '../support/lsp';
export { distDir, repoRoot, seedsDir } from '../support/paths';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A fresh temporary workspace folder holding `seeds/` (a copy of the repository's seeds). */
export function makeWorkspace(): { root: string; seeds: string; cleanup: () => void } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'seedlens-proto-'));
  const seeds = path.join(root, 'seeds');
  fs.mkdirSync(seeds);
  for (const f of fs.readdirSync(seedsDir)) if (f.endsWith('.txt')) fs.copyFileSync(path.join(seedsDir, f), path.join(seeds, f));
  return { root, seeds, cleanup: () => fs.rmSync(root, { recursive: true, force: true }) };
}

export const uriOf = (p: string) => pathToFileURL(p).href;

export interface LogEntry {
  type: number;
  message: string;
}

export interface StartOptions {
  root: string;
  locale?: string;
  /** The `seedLens` settings section the client answers `workspace/configuration` with. */
  settings?: Record<string, unknown>;
  capabilities?: ClientCapabilities;
  initializationOptions?: Record<string, unknown>;
}

export class TestServer {
  readonly logs: LogEntry[] = [];
  readonly diagnostics = new Map<string, PublishDiagnosticsParams>();
  /** `published`: how many diagnostics notifications had arrived before this status (see `publishLog`). */
  readonly statuses: { state: string; files?: number; indexMs?: number; diagnosticsMs?: number; published: number }[] = [];
  /** Every diagnostics notification, in the order the server sent them. */
  readonly publishLog: PublishDiagnosticsParams[] = [];
  readonly stderr: string[] = [];
  readonly progress: unknown[] = [];
  readonly registrations: unknown[] = [];
  /** Every `seedLens/changed` notification (the corpus views ask again). */
  readonly changes: ChangedParams[] = [];
  initializeResult!: InitializeResult;
  exited: number | null = null;
  private readonly waiters = new Set<() => void>();
  private versions = new Map<string, number>();
  private texts = new Map<string, string>();

  constructor(
    readonly child: ChildProcess,
    readonly conn: ProtocolConnection,
    readonly options: StartOptions,
  ) {}

  /** Resolves when `pred` holds (checked on every message from the server), rejects after `ms`. */
  waitFor<T>(pred: () => T | undefined | false | null, ms = 15_000, what = 'condition'): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const check = () => {
        let v: T | undefined | false | null;
        try {
          v = pred();
        } catch (e) {
          cleanup();
          reject(e);
          return;
        }
        if (v !== undefined && v !== false && v !== null) {
          cleanup();
          resolve(v);
        }
      };
      const timer = setTimeout(() => {
        cleanup();
        reject(new Error(`timed out after ${ms} ms waiting for ${what}`));
      }, ms);
      const cleanup = () => {
        clearTimeout(timer);
        this.waiters.delete(check);
      };
      this.waiters.add(check);
      check();
    });
  }

  notifyWaiters(): void {
    for (const w of [...this.waiters]) w();
  }

  /** Waits for the server's `seedLens/status` "ready" (indexing done and diagnostics published). */
  ready(ms = 30_000): Promise<{ state: string; files?: number }> {
    return this.waitFor(() => this.statuses.find((s) => s.state === 'ready'), ms, 'seedLens/status ready');
  }

  diagnosticsOf(uri: string): Diagnostic[] {
    return this.diagnostics.get(uri)?.diagnostics ?? [];
  }

  seedUri(name: string): string {
    return uriOf(path.join(this.options.root, 'seeds', name));
  }

  seedPath(name: string): string {
    return path.join(this.options.root, 'seeds', name);
  }

  text(uri: string): string | undefined {
    return this.texts.get(uri);
  }

  async open(uri: string, text?: string, languageId = 'seed-article'): Promise<string> {
    const body = text ?? fs.readFileSync(new URL(uri), 'utf8');
    this.versions.set(uri, 1);
    this.texts.set(uri, body);
    await this.conn.sendNotification(DidOpenTextDocumentNotification.type, { textDocument: { uri, languageId, version: 1, text: body } });
    return body;
  }

  /** Replaces the whole text (a full-range incremental change); returns the new version. */
  async change(uri: string, text: string): Promise<number> {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    const old = this.texts.get(uri) ?? '';
    const lines = old.split(/\r\n|\r|\n/);
    const end = { line: lines.length - 1, character: lines[lines.length - 1].length };
    this.texts.set(uri, text);
    await this.conn.sendNotification(DidChangeTextDocumentNotification.type, {
      textDocument: { uri, version },
      contentChanges: [{ range: { start: { line: 0, character: 0 }, end }, text }],
    });
    return version;
  }

  async close(uri: string): Promise<void> {
    this.versions.delete(uri);
    this.texts.delete(uri);
    await this.conn.sendNotification(DidCloseTextDocumentNotification.type, { textDocument: { uri } });
  }

  async fileEvents(changes: { uri: string; type: 1 | 2 | 3 }[]): Promise<void> {
    await this.conn.sendNotification(DidChangeWatchedFilesNotification.type, { changes });
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.conn.sendRequest(method, params) as Promise<R>;
  }

  /** Still answering? (a cheap request with a short deadline) */
  async alive(ms = 5000): Promise<boolean> {
    if (this.exited !== null) return false;
    const r = await Promise.race([this.request('workspace/symbol', { query: 'zzzz' }).then(() => true, () => false), sleep(ms).then(() => false)]);
    return r && this.exited === null;
  }

  async stop(): Promise<void> {
    if (this.exited === null) {
      try {
        await Promise.race([this.conn.sendRequest(ShutdownRequest.type), sleep(3000)]);
        await this.conn.sendNotification(ExitNotification.type);
      } catch {
        /* already gone */
      }
      await Promise.race([new Promise<void>((r) => this.child.once('exit', () => r())), sleep(3000)]);
    }
    if (this.exited === null) this.child.kill();
    this.conn.dispose();
    if (this.ownCacheDir) fs.rmSync(this.ownCacheDir, { recursive: true, force: true });
  }

  /** The diagnostics cache folder the harness made for this server (each start is cold unless a test passes its own). */
  ownCacheDir: string | undefined;
}

export const defaultCapabilities: ClientCapabilities = {
  window: { workDoneProgress: true },
  workspace: {
    configuration: true,
    workspaceFolders: true,
    didChangeWatchedFiles: { dynamicRegistration: true },
    didChangeConfiguration: { dynamicRegistration: true },
    workspaceEdit: { documentChanges: true },
    codeLens: { refreshSupport: true },
    semanticTokens: { refreshSupport: true },
    inlayHint: { refreshSupport: true },
    symbol: { dynamicRegistration: false },
  },
  textDocument: {
    hover: { contentFormat: ['markdown', 'plaintext'] },
    documentSymbol: { hierarchicalDocumentSymbolSupport: true },
    rename: { prepareSupport: true },
    codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'refactor', 'refactor.rewrite', 'source'] } } },
    publishDiagnostics: { relatedInformation: true, tagSupport: { valueSet: [1, 2] }, versionSupport: true },
  },
};

export async function startServer(options: StartOptions): Promise<TestServer> {
  const serverJs = path.join(distDir, 'server.js');
  if (!fs.existsSync(serverJs)) throw new Error(`no built server at ${serverJs}: run node scripts/build.mjs (SEED_LENS_DIST=${distDir})`);
  // SEED_LENS_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the server.
  const nodeArgs = (process.env.SEED_LENS_SERVER_NODE_ARGS ?? '').split(' ').filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, serverJs, '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  const conn = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const server = new TestServer(child, conn, options);
  // Never the user's cache folder: a test run must not depend on the one before.
  if (options.initializationOptions?.cacheDir === undefined) server.ownCacheDir = fs.mkdtempSync(path.join(os.tmpdir(), 'seedlens-cache-'));
  child.stderr!.on('data', (d: Buffer) => {
    server.stderr.push(d.toString());
    server.notifyWaiters();
  });
  child.on('exit', (code) => {
    server.exited = code ?? -1;
    server.notifyWaiters();
  });
  conn.onNotification(PublishDiagnosticsNotification.type, (p) => {
    server.diagnostics.set(p.uri, p);
    server.publishLog.push(p);
    server.notifyWaiters();
  });
  conn.onNotification('window/logMessage', (p: LogEntry) => {
    server.logs.push(p);
    server.notifyWaiters();
  });
  conn.onNotification(STATUS_METHOD, (p: Omit<TestServer['statuses'][number], 'published'>) => {
    server.statuses.push({ ...p, published: server.publishLog.length });
    server.notifyWaiters();
  });
  conn.onNotification(CHANGED_METHOD, (p: ChangedParams) => {
    server.changes.push(p);
    server.notifyWaiters();
  });
  conn.onNotification('$/progress', (p: unknown) => {
    server.progress.push(p);
    server.notifyWaiters();
  });
  // Read at each request: a test changes `server.options.settings` then sends didChangeConfiguration.
  conn.onRequest('workspace/configuration', (params: { items: { section?: string }[] }) => params.items.map(() => server.options.settings ?? {}));
  conn.onRequest('client/registerCapability', (params: unknown) => {
    server.registrations.push(params);
    server.notifyWaiters();
    return null;
  });
  for (const method of [
    'client/unregisterCapability',
    'window/workDoneProgress/create',
    'workspace/codeLens/refresh',
    'workspace/semanticTokens/refresh',
    'workspace/inlayHint/refresh',
    'workspace/diagnostic/refresh',
    'window/showMessageRequest',
    'window/showDocument',
  ]) {
    conn.onRequest(method, () => null);
  }
  conn.onRequest('workspace/applyEdit', () => ({ applied: false }));
  conn.onError(() => {});
  conn.listen();
  const root = options.root;
  server.initializeResult = await conn.sendRequest(InitializeRequest.type, {
    processId: process.pid,
    rootUri: uriOf(root),
    locale: options.locale ?? 'en',
    capabilities: options.capabilities ?? defaultCapabilities,
    workspaceFolders: [{ uri: uriOf(root), name: path.basename(root) }],
    initializationOptions: { cacheDir: server.ownCacheDir, ...options.initializationOptions },
  });
  await conn.sendNotification(InitializedNotification.type, {});
  return server;
}

