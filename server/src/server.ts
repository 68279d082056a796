/**
 * The Seed Lens language server: LSP wiring only. Capabilities, routing each request to its
 * feature (`features/`), settings, progress and publishing. What the files say comes from the
 * workspace index (`workspace/`) over the analysis core (`core/`).
 * Runs as `node dist/server.js --stdio`, or over IPC when the VS Code client starts it.
 */
import {
  CodeActionKind,
  createConnection,
  DidChangeConfigurationNotification,
  DidChangeWatchedFilesNotification,
  LSPErrorCodes,
  ProposedFeatures,
  ResponseError,
  TextDocuments,
  TextDocumentSyncKind,
  type CancellationToken,
  type ClientCapabilities,
  type Diagnostic,
  type Disposable,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import fs from 'node:fs';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { version as SERVER_VERSION } from '../../package.json';
import { cancelled, type FeatureContext } from './features/context';
import { codeActions } from './features/codeActions';
import { Catalog } from './features/catalog';
import { entities, executeCorrections, undoCorrection } from './features/corrections';
import { entityAt } from './features/entityAt';
import { explorerPage, prepareExplorer } from './features/explorer';
import { progress } from './features/progress';
import { reviewQueue } from './features/review';
import { timeline } from './features/timeline';
import { exportAnnotations } from './features/export';
import { codeLens } from './features/codeLens';
import { definition } from './features/definition';
import { diagnostics } from './features/diagnostics';
import { documentHighlight } from './features/documentHighlight';
import { documentLinks } from './features/documentLinks';
import { hover } from './features/hover';
import { inlayHints } from './features/inlayHints';
import { related } from './features/related';
import { references } from './features/references';
import { prepareRename, rename } from './features/rename';
import { semanticTokens, semanticTokensLegend } from './features/semanticTokens';
import { documentSymbols } from './features/symbols';
import { workspaceSymbols } from './features/workspaceSymbols';
import { tuneHeap } from './heap';
import { i18n, type I18n } from './i18n';
import { ANNOTATIONS_PATH } from './core';
import {
  CHANGED_METHOD,
  CORRECT_COMMAND,
  DEBUG_INFO_METHOD,
  ENTITIES_METHOD,
  ENTITY_AT_METHOD,
  EXPLORER_METHOD,
  EXPORT_METHOD,
  IGNORE_BLOCK_COMMAND,
  PROGRESS_METHOD,
  RELATED_METHOD,
  REINDEX_METHOD,
  REVIEW_METHOD,
  SNAPSHOT_METHOD,
  STATUS_METHOD,
  TIMELINE_METHOD,
  TRUST_METHOD,
  UNDO_COMMAND,
  VIEWS_METHOD,
  type ChangedParams,
  type CorrectArgs,
  type DebugInfo,
  type EntitiesParams,
  type EntityAtParams,
  type ExplorerPage,
  type ExplorerParams,
  type ExportParams,
  type ExportResult,
  type InitializationOptions,
  type ProgressParams,
  type RelatedParams,
  type ReindexResult,
  type ReviewPage,
  type ReviewParams,
  type SnapshotParams,
  type StatusParams,
  type TimelineParams,
  type TimelineResult,
  type TrustParams,
  type UndoResult,
  type ViewsParams,
} from './protocol';
import { diskCorrectionsStore } from './workspace/annotationsFile';
import { CorrectionsJournal } from './workspace/correctionsJournal';
import { cacheFile, DiagnosticsCache } from './workspace/diagnosticsCache';
import { DiagnosticsPublisher } from './workspace/diagnosticsPublisher';
import { diskHost } from './diskHost';
import type { Folder } from './workspace/files';
import { readSettings, type Settings } from './workspace/settings';
import { baseName, normalizeUri, uriToPath } from './workspace/uri';
import { WorkspaceIndex, type Progress } from './workspace/workspaceIndex';
import { indexSnapshot } from './workspace/snapshot';

tuneHeap();
const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

let t: I18n = i18n('en');
let capabilities: ClientCapabilities = {};
let clientWatchesFiles = false;
/** In an untrusted workspace (the client says so) the corrections file is read but never written. */
let trusted = true;
/** The client commands the editor can run (initializationOptions.clientCommands). */
let clientCommands: ReadonlySet<string> = new Set();
let folders: Folder[] = [];
let shuttingDown = false;
let locale = 'en';
/** The editor's storage folder for this workspace (initializationOptions.cacheDir), if it gave one. */
let storageDir: string | undefined;

const errorText = (e: unknown) => (e instanceof Error ? (e.stack ?? e.message) : String(e));
const sendStatus = (status: StatusParams) => void connection.sendNotification(STATUS_METHOD, status);

/** A `window/workDoneProgress` bar ("Seed Lens: indexing 1,234 / 10,000 articles"), or nothing if the client has none. */
async function beginProgress(message: string): Promise<Progress> {
  try {
    if (!capabilities.window?.workDoneProgress) throw new Error('no progress');
    const reporter = await connection.window.createWorkDoneProgress();
    reporter.begin(t.progress.title, 0, message, false);
    return { report: (msg, pct) => reporter.report(pct ?? 0, msg), done: () => reporter.done() };
  } catch {
    return { report: () => {}, done: () => {} };
  }
}

const workspace = new WorkspaceIndex({
  t: () => t,
  log: (m) => connection.console.log(m),
  warn: (m) => connection.console.warn(m),
  error: (m) => connection.console.error(m),
  beginProgress,
});

/** The corpus in totals for the explorer, the review queue and the timeline (features/catalog.ts). */
const catalog = new Catalog(workspace.index);

function context(): FeatureContext {
  return {
    catalog,
    annotations: workspace.annotations,
    indexing: workspace.indexing,
    index: workspace.index,
    entity: (id) => workspace.entity(id),
    lines: (f) => workspace.lines(f),
    openVersion: (f) => workspace.openVersion(f),
    label: (f) => workspace.label(f),
    settings: workspace.settings,
    t,
    documentChanges: !!capabilities.workspace?.workspaceEdit?.documentChanges,
    canWriteAnnotations: trusted,
    clientCommands,
  };
}

// ---- diagnostics -------------------------------------------------------------------------------

/** This server build: a cache written by another build is not trusted. */
const BUILD = (() => {
  try {
    const st = fs.statSync(__filename);
    return `${SERVER_VERSION}:${st.size}:${st.mtimeMs}`;
  } catch {
    return `${SERVER_VERSION}:?`;
  }
})();

/** The on-disk cache of the last sweep's diagnostics (see diagnosticsCache.ts), unless switched off. */
function diagnosticsCache(): DiagnosticsCache | undefined {
  if (!workspace.settings.cache.enabled || folders.length === 0) return undefined;
  const folderUris = folders.map((f) => f.uri);
  const key = () => JSON.stringify([BUILD, locale, workspace.settings, workspace.annotationsFingerprint(), folderUris]);
  return new DiagnosticsCache(cacheFile(storageDir, folderUris), key, (m) => connection.console.warn(m));
}

const publisher = new DiagnosticsPublisher(
  (file) => {
    const list = diagnostics(context(), file);
    // The corpus views' totals follow the diagnostics file by file: ready when the sweep ends.
    catalog.refreshArticle(file);
    return list;
  },
  (file, list) => void connection.sendDiagnostics({ uri: file, diagnostics: list, version: workspace.openVersion(file) }),
  () => workspace.filesOpenFirst(),
  (file, e) => connection.console.error(t.notice.failed('diagnostics', workspace.label(file), errorText(e))),
  () => diagnosticsCache()?.recorder((file) => workspace.diskStamp(file)),
);

/**
 * At the first indexing, show the last session's diagnostics of the files unchanged since: a
 * large workspace then shows its problems at once; the sweep after indexing checks every one.
 */
let replayed = false;
workspace.onListed = async (files) => {
  if (replayed) return;
  replayed = true;
  const cache = diagnosticsCache();
  if (!cache) return;
  const started = performance.now();
  const sent = await cache.replay(files, (uri, json) => {
    // An open document may hold other text than the disk (unsaved changes): its own analysis decides.
    if (workspace.isOpen(uri)) return false;
    void connection.sendDiagnostics({ uri, diagnostics: JSON.parse(json) as Diagnostic[] });
    publisher.sent(uri, json);
    return true;
  });
  if (sent === 0) return;
  const ms = Math.round(performance.now() - started);
  connection.console.log(t.notice.replayed(t.num(sent), t.num(ms)));
  sendStatus({ state: 'cached', files: sent, ms });
};

/** After the whole workspace was (re)read: publish for every file, then tell the client we are ready. */
async function publishAll(stats?: { files: number; ms: number }): Promise<void> {
  const started = performance.now();
  const progress = stats ? await beginProgress(t.progress.diagnostics) : undefined;
  let lastReport = 0;
  const report = (done: number, total: number) => {
    const now = performance.now();
    if (now - lastReport < 250) return;
    lastReport = now;
    progress?.report(`${t.progress.diagnostics} ${t.num(done)} / ${t.num(total)}`, Math.floor((done / total) * 100));
  };
  const complete = await publisher.sweep(report).finally(() => progress?.done());
  if (!complete) return;
  refreshEditors(['semanticTokens', 'inlayHint']);
  if (stats) sendStatus({ state: 'ready', files: stats.files, indexMs: stats.ms, diagnosticsMs: Math.round(performance.now() - started) });
  notifyChanged();
  // The related-articles statistics in the background: the first code lens asked for after the
  // refresh would build them at once, answering nothing else meanwhile.
  const related = workspace.prepareRelated(() => performance.now() - lastRequestAt < QUIET_MS);
  // And the corpus views' totals, for whichever view is opened first.
  void prepareCatalog();
  if (await related) refreshEditors(['codeLens']);
}

/** Calls of `prepareCatalog` so far: only the latest goes on. */
let catalogRuns = 0;

/** The explorer's first page prepared in short slices while the editor is quiet (see `WorkspaceIndex.prepareRelated`). */
async function prepareCatalog(): Promise<void> {
  const run = ++catalogRuns;
  try {
    for (;;) {
      if (run !== catalogRuns || workspace.indexing) return;
      if (performance.now() - lastRequestAt < QUIET_MS) {
        await new Promise<void>((resolve) => setTimeout(resolve, QUIET_MS / 2));
        continue;
      }
      const until = performance.now() + 4;
      if (prepareExplorer(context(), () => performance.now() < until)) return;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  } catch (e) {
    connection.console.error(t.notice.failed('catalog', '', errorText(e)));
  }
}

let changedRevision = 0;
let changedTimer: NodeJS.Timeout | undefined;
let changedSentAt = 0;
/** Least time between two `seedLens/changed` notifications: a burst of edits makes one. */
const CHANGED_MS = 300;

/** Tells the client that the corpus or the corrections changed (its corpus views ask again), at most every CHANGED_MS. */
function notifyChanged(): void {
  changedRevision++;
  if (changedTimer) return;
  const send = () => {
    changedTimer = undefined;
    changedSentAt = performance.now();
    void connection.sendNotification(CHANGED_METHOD, { revision: changedRevision } satisfies ChangedParams);
  };
  const wait = CHANGED_MS - (performance.now() - changedSentAt);
  if (wait <= 0) send();
  else changedTimer = setTimeout(send, wait);
}

workspace.onChanged = ({ direct, neighbours, structural, edited }) => {
  // What changed is published now; files that merely share a block with it follow in the background.
  publisher.refresh(direct, edited);
  publisher.refreshSoon(neighbours);
  // Names or blocks moved: other files may read differently (linking, chrome); catch them in the background.
  if (structural && !workspace.indexing) publisher.scheduleSweep(2000);
  // The corpus views ask again (and bring the catalog up to date for what they show).
  if (!workspace.indexing) notifyChanged();
};
workspace.onChangedAll = () => {
  if (workspace.indexing) return; // the sweep after indexing covers it
  notifyChanged();
  void publishAll();
};
workspace.onReviewChanged = () => {
  if (workspace.indexing) return;
  notifyChanged();
  // Accepted guesses are no longer uncertain: the only diagnostic the review state changes.
  if (workspace.settings.diagnostics.uncertain !== 'off') publisher.scheduleSweep(100);
};
workspace.onIndexingStarted = () => {
  publisher.cancel();
  sendStatus({ state: 'indexing' });
};
workspace.onIndexed = (stats) => void publishAll(stats);

/** Ask the client to re-request what it shows for open editors (the corpus changed under them). */
function refreshEditors(kinds: readonly ('codeLens' | 'semanticTokens' | 'inlayHint')[]): void {
  const ws = capabilities.workspace;
  const ignore = () => {};
  for (const kind of kinds) if (ws?.[kind]?.refreshSupport) connection.sendRequest(`workspace/${kind}/refresh`).then(ignore, ignore);
}

// ---- requests ----------------------------------------------------------------------------------

type WithDoc = { textDocument: { uri: string } };

/** When the editor last asked about a document; background work waits for QUIET_MS without a request. */
let lastRequestAt = 0;
const QUIET_MS = 100;

/**
 * Every request is answered through here, against the current index (pending edits analysed
 * first, unless the request was cancelled already). An error is logged, naming what the request
 * was about, and answered with `fallback`, never a crash; errors the protocol knows (cancelled,
 * content modified) go back to the client as they are.
 */
function answer<R>(name: string, about: () => string, fallback: (e: unknown) => R, run: () => R, token?: CancellationToken): R {
  try {
    if (token?.isCancellationRequested) throw cancelled();
    workspace.flush();
    return run();
  } catch (e) {
    if (e instanceof ResponseError) throw e;
    connection.console.error(t.notice.failed(name, about(), errorText(e)));
    return fallback(e);
  }
}

/**
 * Every document request goes through here, answered against the text the client has (never a stale
 * analysis): what the user asked for (hover, references, rename…) analyses pending edits at once;
 * what the editor asks by itself after each keystroke (`passive`: code actions, lenses, tokens,
 * highlights, symbols) waits for the debounce, and is cancelled if a newer edit supersedes it.
 * An error is logged with the file named and answered with an empty result, never a crash.
 */
function route<P extends WithDoc, R>(name: string, fallback: R, run: (ctx: FeatureContext, params: P, token: CancellationToken) => R, passive = false) {
  const respond = (params: P, token: CancellationToken, uri: string): R => {
    lastRequestAt = performance.now();
    const withUri = { ...params, textDocument: { ...params.textDocument, uri } };
    return answer(name, () => workspace.label(uri), () => fallback, () => run(context(), withUri, token), token);
  };
  return (params: P, token: CancellationToken): R | Promise<R> => {
    const uri = normalizeUri(params.textDocument.uri);
    if (!passive) return respond(params, token, uri);
    // Overtaken by an edit (or a close) while waiting: its positions belong to text that is gone.
    const stamp = workspace.changeStamp(uri);
    return workspace.whenSettled().then(() => {
      if (workspace.changeStamp(uri) !== stamp) throw new ResponseError(LSPErrorCodes.ContentModified, 'content modified');
      return respond(params, token, uri);
    });
  };
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  t = i18n(params.locale);
  locale = params.locale ?? 'en';
  capabilities = params.capabilities;
  const init = (params.initializationOptions ?? {}) as InitializationOptions;
  storageDir = typeof init.cacheDir === 'string' && init.cacheDir ? init.cacheDir : undefined;
  clientWatchesFiles = init.clientWatchesFiles === true;
  trusted = init.trusted !== false;
  clientCommands = new Set((Array.isArray(init.clientCommands) ? init.clientCommands : []).filter((c): c is string => typeof c === 'string'));
  workspace.settings = readSettings(init.settings, init.files);
  folders = toFolders(params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: baseName(params.rootUri) }] : []));
  return {
    capabilities: {
      textDocumentSync: { openClose: true, change: TextDocumentSyncKind.Incremental, save: { includeText: false } },
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentHighlightProvider: true,
      documentSymbolProvider: { label: 'Seed Lens' },
      workspaceSymbolProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, CodeActionKind.RefactorRewrite] },
      codeLensProvider: { resolveProvider: false },
      documentLinkProvider: { resolveProvider: false },
      renameProvider: { prepareProvider: true },
      semanticTokensProvider: { legend: semanticTokensLegend, full: true },
      inlayHintProvider: true,
      executeCommandProvider: { commands: [IGNORE_BLOCK_COMMAND, CORRECT_COMMAND, UNDO_COMMAND] },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'seed-lens', version: SERVER_VERSION },
  };
});

function toFolders(list: readonly WorkspaceFolder[]): Folder[] {
  const out: Folder[] = [];
  for (const f of list) {
    const p = uriToPath(f.uri);
    if (p !== undefined) out.push({ uri: normalizeUri(f.uri), path: p, name: f.name });
  }
  return out;
}

function applySettings(settings: Settings): void {
  const watchChanged = settings.include.join('\n') !== workspace.settings.include.join('\n');
  workspace.setSettings(settings);
  if (watchChanged) void registerWatchers();
}

/**
 * The `seedLens` section and VS Code's `files` section (its encoding settings decide how files on
 * disk are decoded). A client that knows no `files` section keeps what `initialize` said.
 */
async function fetchSettings(): Promise<Settings> {
  const [section, files] = (await connection.workspace.getConfiguration([{ section: 'seedLens' }, { section: 'files' }])) as unknown[];
  return readSettings(section, files, workspace.settings.files);
}

async function pullSettings(): Promise<void> {
  try {
    applySettings(await fetchSettings());
  } catch (e) {
    connection.console.warn(`Seed Lens: could not read settings (${errorText(e)}); keeping the current ones`);
  }
}

let watcherRegistration: Promise<Disposable | undefined> = Promise.resolve(undefined);

/** Watch the article globs and the annotations file, unless the client watches them itself. */
function registerWatchers(): Promise<Disposable | undefined> {
  if (clientWatchesFiles || !capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration) return watcherRegistration;
  const globs = [...workspace.settings.include, `**/${ANNOTATIONS_PATH}`];
  const previous = watcherRegistration;
  watcherRegistration = previous.then(async (old) => {
    old?.dispose();
    try {
      return await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: globs.map((globPattern) => ({ globPattern })) });
    } catch (e) {
      connection.console.warn(`Seed Lens: could not watch files (${errorText(e)})`);
      return undefined;
    }
  });
  return watcherRegistration;
}

connection.onInitialized(async () => {
  if (capabilities.workspace?.didChangeConfiguration?.dynamicRegistration) {
    connection.client.register(DidChangeConfigurationNotification.type, { section: ['seedLens', 'files'] }).catch(() => {});
  }
  if (capabilities.workspace?.configuration) {
    try {
      workspace.settings = await fetchSettings();
    } catch {
      /* defaults */
    }
  }
  if (capabilities.workspace?.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      const removed = new Set(e.removed.map((f) => normalizeUri(f.uri)));
      folders = [...folders.filter((f) => !removed.has(f.uri)), ...toFolders(e.added)];
      workspace.setFolders(folders);
    });
  }
  void registerWatchers();
  void workspace.start(folders, workspace.settings);
});

connection.onDidChangeConfiguration((change) => {
  if (capabilities.workspace?.configuration) void pullSettings();
  else {
    const all = change.settings as { seedLens?: unknown; files?: unknown } | null;
    applySettings(readSettings(all?.seedLens, all?.files, workspace.settings.files));
  }
});

documents.onDidOpen((e) => workspace.didOpen(e.document));
// Also fires right after onDidOpen, with the version the open just analysed (ignored).
documents.onDidChangeContent((e) => workspace.didChange(e.document));
documents.onDidSave(() => workspace.flush());
documents.onDidClose((e) => workspace.didClose(e.document.uri));
connection.onDidChangeWatchedFiles((p) => workspace.didChangeWatchedFiles(p.changes));

connection.onHover(route('hover', null, hover));
connection.onDefinition(route('definition', null, definition));
connection.onReferences(route('references', [], references));
connection.onDocumentHighlight(route('documentHighlight', [], documentHighlight, true));
connection.onDocumentSymbol(route('documentSymbol', [], documentSymbols, true));
connection.onCodeLens(route('codeLens', [], codeLens, true));
connection.onDocumentLinks(route('documentLinks', [], documentLinks, true));
connection.onCodeAction(route('codeAction', [], codeActions, true));
connection.onPrepareRename(route('prepareRename', null, prepareRename));
connection.onRenameRequest(route('rename', null, rename));
connection.languages.semanticTokens.on(route('semanticTokens', { data: [] }, semanticTokens, true));
connection.languages.inlayHint.on(route('inlayHint', [], inlayHints, true));

connection.onWorkspaceSymbol((params, token) => answer('workspaceSymbol', () => params.query, () => [], () => workspaceSymbols(context(), params, token), token));

connection.onRequest(RELATED_METHOD, (params: RelatedParams) => {
  const uri = normalizeUri(String(params?.uri ?? ''));
  return answer('related', () => workspace.label(uri), () => [], () => related(context(), { ...params, uri }));
});

connection.onRequest(REINDEX_METHOD, async (): Promise<ReindexResult | null> => {
  workspace.reloadAnnotations(false);
  const stats = await workspace.reindex();
  return stats ?? null;
});

// Test and diagnostic aids (docs/reliability.md): the whole index as deterministic JSON, and which
// process answers. Read-only; pending edits are analysed first, like any request.
connection.onRequest(SNAPSHOT_METHOD, (params: SnapshotParams | null) => {
  workspace.flush();
  return { indexing: workspace.indexing, ...indexSnapshot(workspace.index, (f) => workspace.label(f), { related: params?.related !== false }) };
});
connection.onRequest(DEBUG_INFO_METHOD, (): DebugInfo => ({ pid: process.pid, files: workspace.index.size(), indexing: workspace.indexing }));

// ---- corrections and export (features/corrections.ts, features/export.ts) -----------------------

/** Every write of the corrections files, so that the last can be taken back (UNDO_COMMAND). */
const journal = new CorrectionsJournal(diskCorrectionsStore);

/** Where corrections and exports are written: the workspace's folders on disk. */
const host = () => diskHost(workspace, journal, trusted, (m) => void connection.window.showWarningMessage(m));

/**
 * Records corrections in `.seedlens/annotations.json` (the "ignore this block" action is one too),
 * every argument one, written at once; the index re-reads the file, diagnostics and editors follow.
 */
connection.onExecuteCommand((params) => {
  if (params.command === UNDO_COMMAND) return answer('undo', () => '', (): UndoResult => ({ result: 'nothing' }), () => undoCorrection(context(), host()));
  const arg = params.arguments?.[0] as Partial<CorrectArgs> | undefined;
  let args: unknown[] = params.arguments ?? [];
  if (params.command === IGNORE_BLOCK_COMMAND) {
    if (typeof arg?.uri !== 'string' || typeof arg.fingerprint !== 'string') return null;
    args = [{ uri: arg.uri, fingerprint: arg.fingerprint, kind: 'ignoreBoilerplate' } satisfies CorrectArgs];
  } else if (params.command !== CORRECT_COMMAND) return null;
  const uri = String(arg?.uri ?? '');
  return answer('correction', () => workspace.label(uri), () => false, () => executeCorrections(context(), host(), args));
});

// ---- the corpus views (features/explorer.ts, review.ts, progress.ts, entityAt.ts, timeline.ts) ---

/** Longest stretch of catalog work before other requests get their turn. */
const CATALOG_SLICE_MS = 8;

/**
 * A corpus view's request: the catalog is brought up to date first, in slices (the sweep keeps it
 * current, but while indexing or before the sweep after a change it may read many articles: other
 * requests are answered meanwhile, and what each slice allocates is collected young), then the
 * request is answered from it.
 */
async function corpusRequest<R>(name: string, fallback: () => R, run: () => R): Promise<R> {
  try {
    for (;;) {
      const until = performance.now() + CATALOG_SLICE_MS;
      if (catalog.sync(() => performance.now() < until)) break;
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  } catch (e) {
    connection.console.error(t.notice.failed(name, '', errorText(e)));
  }
  return answer(name, () => '', fallback, run);
}

connection.onRequest(EXPLORER_METHOD, (params: ExplorerParams | null) =>
  corpusRequest('explorer', (): ExplorerPage => ({ items: [], total: 0, complete: false }), () => explorerPage(context(), params ?? {})),
);
connection.onRequest(REVIEW_METHOD, (params: ReviewParams | null) =>
  corpusRequest('review', (): ReviewPage => ({ items: [], total: 0, complete: false }), () => reviewQueue(context(), { ...params, ...(params?.uri ? { uri: normalizeUri(params.uri) } : {}) })),
);
connection.onRequest(PROGRESS_METHOD, (params: ProgressParams | null) =>
  answer('progress', () => '', () => ({ articles: 0, reviewed: 0 }), () => progress(context(), params?.uri ? { uri: normalizeUri(params.uri) } : {})),
);
connection.onRequest(ENTITY_AT_METHOD, (params: EntityAtParams) => {
  const uri = normalizeUri(String(params?.uri ?? ''));
  return answer('entityAt', () => workspace.label(uri), () => null, () => entityAt(context(), { ...params, uri }));
});
connection.onRequest(TIMELINE_METHOD, (params: TimelineParams | null) =>
  corpusRequest('timeline', (): TimelineResult => ({ articles: [], points: [], total: 0 }), () => timeline(context(), params ?? {})),
);

connection.onRequest(ENTITIES_METHOD, (params: EntitiesParams | null) => answer('entities', () => '', () => [], () => entities(context(), params ?? {})));

connection.onRequest(EXPORT_METHOD, (params: ExportParams) =>
  answer(
    'export',
    () => String(params?.target ?? ''),
    (e): ExportResult => ({ ok: false, articles: 0, written: [], skipped: [], error: e instanceof Error ? e.message : String(e) }),
    () => exportAnnotations(context(), params, host()),
  ),
);

connection.onNotification(VIEWS_METHOD, (p: ViewsParams | null) => {
  if (p?.visible === true && !workspace.indexing) void prepareCatalog();
});

connection.onNotification(TRUST_METHOD, (p: TrustParams | null) => {
  trusted = p?.trusted !== false;
});

connection.onShutdown(() => {
  shuttingDown = true;
  workspace.cancel();
  publisher.cancel();
});

// Last line of defence: a bug in one handler is logged, never the end of the server.
process.on('uncaughtException', (e) => {
  if (!shuttingDown) connection.console.error(`Seed Lens: unexpected error: ${errorText(e)}`);
});
process.on('unhandledRejection', (e) => {
  if (!shuttingDown) connection.console.error(`Seed Lens: unexpected error: ${errorText(e)}`);
});

documents.listen(connection);
connection.listen();
