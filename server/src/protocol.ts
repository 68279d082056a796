/**
 * The Seed Lens protocol: every `seedLens/*` request and notification, every command name, and
 * their parameter and result types, on top of plain LSP. The server, the client, the tests and the
 * bench all take the names from here (the bench from its bundle, `dist/protocol.js`), so a name
 * changes in one place. Plain data only: no editor module is needed to read it, and the types are
 * what crosses the wire (JSON), not the core's own.
 */
import type { Range } from 'vscode-languageserver-protocol';

export type NameType = 'PERSON' | 'INSTITUTION' | 'PLACE';

// ---- requests and notifications (client ↔ server) ------------------------------------------------

/** Request: the articles closest to one, ranked, with reasons (the client's quick pick). */
export const RELATED_METHOD = 'seedLens/related';
export interface RelatedParams {
  uri: string;
  /** How many at most (default 20, at most 200). */
  limit?: number;
}
export interface RelatedItem {
  uri: string;
  /** Short name of the file (path relative to its workspace folder). */
  label: string;
  /** 0..1, higher is closer. */
  score: number;
  reasons: string[];
}

/** Request: the workspace's entities, for the pickers ("Merge Entities…"). */
export const ENTITIES_METHOD = 'seedLens/entities';
export interface EntitiesParams {
  /** Only entities a spelling of which contains this (accents and case ignored). */
  query?: string;
  type?: NameType;
  limit?: number;
}
export interface EntityItem {
  id: string;
  type: NameType;
  canonical: string;
  variants: string[];
  mentions: number;
  articles: number;
}

/** Request: write the annotations (with the corrections) as brat, JSONL or CoNLL. */
export const EXPORT_METHOD = 'seedLens/export';
export type ExportFormat = 'brat' | 'jsonl' | 'conll';
export const EXPORT_FORMATS: readonly ExportFormat[] = ['brat', 'jsonl', 'conll'];
export interface ExportParams {
  format: ExportFormat;
  /**
   * brat: a folder that receives a mirror of the articles (`.txt` + `.ann`); none: each `.ann` is
   * written beside its `.txt`. jsonl / conll: the file to write. A path or a `file:` URI.
   */
  target?: string;
  /** Only these files (URIs); default every indexed article. */
  uris?: string[];
}
export interface ExportResult {
  ok: boolean;
  /** Articles exported. */
  articles: number;
  /** Files written (absolute paths). */
  written: string[];
  /** Articles left out, and why (a `.ann` beside a file whose editor holds unsaved changes would not match it). */
  skipped: { file: string; reason: string }[];
  /** Why nothing was written, when `ok` is false. */
  error?: string;
}

/** Request: read the whole workspace again (answers with the count, or null if indexing did not finish). */
export const REINDEX_METHOD = 'seedLens/reindex';
export interface ReindexResult {
  files: number;
  ms: number;
}

/** Notification, server → client: where indexing stands (the status bar, the tests and the bench wait for `ready`). */
export const STATUS_METHOD = 'seedLens/status';
export type StatusParams =
  | { state: 'indexing' }
  /** The last session's diagnostics were replayed from the cache for `files` unchanged files. */
  | { state: 'cached'; files: number; ms: number }
  /** Indexing is done and every file's diagnostics are published. */
  | { state: 'ready'; files: number; indexMs: number; diagnosticsMs: number };

/** Notification, client → server: the workspace became trusted (the corrections file may be written). */
export const TRUST_METHOD = 'seedLens/trust';
export interface TrustParams {
  trusted?: boolean;
}

/** Request (test and diagnostic aid, docs/reliability.md): the whole index as deterministic JSON. */
export const SNAPSHOT_METHOD = 'seedLens/debug/snapshot';
export interface SnapshotParams {
  /** Include each file's related articles (default true). */
  related?: boolean;
}

/** Request (test and diagnostic aid): which process answers, and how many files it holds. */
export const DEBUG_INFO_METHOD = 'seedLens/debug/info';
export interface DebugInfo {
  pid: number;
  files: number;
  indexing: boolean;
}

/** What the client passes at `initialize` (all optional: any LSP client works without them). */
export interface InitializationOptions {
  /** The `seedLens` settings section. */
  settings?: unknown;
  /** The client sends file events itself: the server does not register watchers. */
  clientWatchesFiles?: boolean;
  /** Client commands the server may put in code actions (`MERGE_PICKER_COMMAND`). */
  clientCommands?: string[];
  /** False in an untrusted workspace: the corrections file is read, never written. */
  trusted?: boolean;
  /** The editor's storage folder for this workspace, where the diagnostics cache lives. */
  cacheDir?: string;
  /** The editor's `files.encoding` and `files.autoGuessEncoding` as they apply to articles: files on disk are decoded as the editor would. */
  files?: FilesEncodingSettings;
}

/** VS Code's encoding settings (its `files` section), as the server reads articles from disk with them. */
export interface FilesEncodingSettings {
  /** `utf8` (the default), `windows1252`, `iso88591`… (VS Code's encoding ids). */
  encoding?: string;
  autoGuessEncoding?: boolean;
}

// ---- commands the server executes (workspace/executeCommand) --------------------------------------

/** Adds a block's fingerprint to the corrections file (`ignoreBoilerplate`). */
export const IGNORE_BLOCK_COMMAND = 'seedLens.server.ignoreBlock';
export interface IgnoreBlockArgs {
  uri: string;
  fingerprint: string;
}

/** Records one correction in `.seedlens/annotations.json` (see `CorrectArgs`). */
export const CORRECT_COMMAND = 'seedLens.server.correct';
export type CorrectionKind = 'ignoreBoilerplate' | 'notBoilerplate' | 'notEntity' | 'entityType' | 'merge' | 'split' | 'canonical';
/**
 * The arguments of `CORRECT_COMMAND`. Code actions send a complete correction; a palette command
 * may send only `kind` and the editor's `range`, and the server reads the name or words there.
 */
export interface CorrectArgs {
  uri: string;
  kind: CorrectionKind;
  text?: string;
  type?: NameType;
  ids?: string[];
  id?: string;
  name?: string;
  fingerprint?: string;
  /** `notEntity`: only in this file (else everywhere). */
  inFile?: boolean;
  /** The cursor or selection, when the correction is to be read from the text. */
  range?: Range;
}

// ---- commands the client registers (VS Code) -------------------------------------------------------

/** The palette commands of package.json, and the ones code lenses and code actions run. */
export const Commands = {
  /** Opens the related-articles quick pick (the code lens runs it with the file's URI). */
  showRelated: 'seedLens.showRelated',
  /** Asks which entity to merge with, then runs `CORRECT_COMMAND` (offered as "Merge with…"). */
  mergeEntities: 'seedLens.mergeEntities',
  treatAsArticle: 'seedLens.treatAsArticle',
  reindex: 'seedLens.reindex',
  showOutput: 'seedLens.showOutput',
  markSelectionAsEntity: 'seedLens.markSelectionAsEntity',
  notAnEntity: 'seedLens.notAnEntity',
  exportAnnotations: 'seedLens.exportAnnotations',
  /** Test aids, not in the palette: restarts counted by the client, and the server's `DebugInfo`. */
  debugRestartCount: 'seedLens.debug.restartCount',
  debugServerInfo: 'seedLens.debug.serverInfo',
} as const;
