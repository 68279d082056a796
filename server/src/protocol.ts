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

// ---- the corpus views: entity explorer, review queue, progress, timeline ------------------------------

/** What the entity explorer groups by: the three name types, and dates (grouped by the day, month or year they resolve to). */
export type ExplorerType = NameType | 'DATE';
export const EXPLORER_TYPES: readonly ExplorerType[] = ['PERSON', 'INSTITUTION', 'PLACE', 'DATE'];

/**
 * Request: one page of the entity explorer's tree. Without `parent`, the types; under a type, its
 * entities (most mentioned first); under an entity, its spellings (most used first) or, with
 * `kind: 'articles'`, the articles that mention it; under a spelling, its mentions in corpus order.
 * Paged (`offset`, `limit`): a client asks for what it shows, never for the whole corpus.
 */
export const EXPLORER_METHOD = 'seedLens/explorer';
export type ExplorerParent =
  | { kind: 'type'; type: ExplorerType }
  | { kind: 'entity'; type: ExplorerType; id: string }
  | { kind: 'articles'; type: ExplorerType; id: string }
  | { kind: 'spelling'; type: ExplorerType; id: string; text: string };
export interface ExplorerParams {
  parent?: ExplorerParent;
  /** Only entities one of whose spellings contains this (accents and case ignored). */
  filter?: string;
  offset?: number;
  /** Default 50, at most 500. */
  limit?: number;
}
export type ExplorerItem =
  | { kind: 'type'; type: ExplorerType; label: string; entities: number; mentions: number }
  | { kind: 'entity'; type: ExplorerType; id: string; label: string; mentions: number; articles: number; spellings: number }
  | { kind: 'spelling'; type: ExplorerType; id: string; text: string; mentions: number }
  | { kind: 'article'; uri: string; label: string; mentions: number }
  | { kind: 'mention'; uri: string; label: string; range: Range; line: number; context: string; highlight: [start: number, end: number] };
export interface ExplorerPage {
  items: ExplorerItem[];
  /** How many there are under the parent in all (with the filter). */
  total: number;
  /** False while the workspace is being indexed: the counts are still growing. */
  complete: boolean;
  /** With the types (no parent): how far the review has got. */
  progress?: ProgressResult;
}

/**
 * Request: one page of the review queue: the recognisers' guesses, one per name and article,
 * least certain first, each with its context and the evidence for its type. Decisions go through
 * `CORRECT_COMMAND` (`accept`, `notEntity`, `entityType`), each undoable (`UNDO_COMMAND`).
 */
export const REVIEW_METHOD = 'seedLens/review';
export interface ReviewParams {
  offset?: number;
  /** Default 50, at most 500. */
  limit?: number;
  /** Only guesses in this article (a URI). */
  uri?: string;
}
export interface ReviewItem {
  text: string;
  type: NameType;
  entityId: string;
  /** The entity's name as shown elsewhere (hover, explorer). */
  entity: string;
  uri: string;
  label: string;
  /** The first occurrence in the article, and the line around it. */
  range: Range;
  line: number;
  context: string;
  highlight: [start: number, end: number];
  /** 0..1: the recognisers' own (`NameMention.confidence`) when they give one, else derived from the evidence. */
  confidence: number;
  /** Why it is taken for this type, and what makes it doubtful (in the UI language). */
  evidence: string[];
  /** Times written in this article; times written (same name, accents and case ignored) in the corpus. */
  inArticle: number;
  inCorpus: number;
}
export interface ReviewPage {
  items: ReviewItem[];
  total: number;
  complete: boolean;
}

/** Request: how many articles there are and how many are reviewed (and whether `uri` is). */
export const PROGRESS_METHOD = 'seedLens/progress';
export interface ProgressParams {
  uri?: string;
}
export interface ProgressResult {
  articles: number;
  reviewed: number;
  /** Whether `uri` is reviewed: marked, and its text unchanged since (undefined when it is not an article). */
  current?: boolean;
}

/** Request: the entity or date under the cursor, for the status bar (null when there is none). */
export const ENTITY_AT_METHOD = 'seedLens/entityAt';
export interface EntityAtParams {
  uri: string;
  position: Range['start'];
}
export interface EntityAtResult {
  type: ExplorerType;
  text: string;
  /** The entity's name (names), or the date's value (`2023-08-15`) for dates. */
  name: string;
  id?: string;
}

/** Request: the articles on a time axis by the dates they report, for the timeline webview. */
export const TIMELINE_METHOD = 'seedLens/timeline';
export interface TimelineParams {
  /** Only articles that mention this entity (its id). */
  entity?: string;
  /** Most articles returned (default 2,000, at most 10,000): the most recent first. */
  limit?: number;
}
export interface TimelineArticle {
  uri: string;
  label: string;
  /** The article's first line, shortened. */
  title: string;
}
export interface TimelinePoint {
  /** The resolved date reported: `YYYY-MM-DD`, `YYYY-MM` or `YYYY` (a range by its first day). */
  date: string;
  /** Index in `articles`. */
  article: number;
  /** The words the article uses for it. */
  text: string;
}
export interface TimelineResult {
  articles: TimelineArticle[];
  points: TimelinePoint[];
  /** Articles reporting at least one date (with the entity, when given), before `limit`. */
  total: number;
  entity?: { id: string; label: string; type: NameType };
}

/**
 * Notification, server → client: the index or the corrections changed (the views showing the
 * corpus ask again). Sent at most a few times a second.
 */
export const CHANGED_METHOD = 'seedLens/changed';
export interface ChangedParams {
  /** A number that grows with every change. */
  revision: number;
}

/**
 * Notification, client → server: whether a corpus view (explorer, review queue, timeline) is on
 * screen. The diagnostics sweep keeps their totals current; when a view comes on screen, what
 * changed since is brought up to date in quiet time, before the view asks.
 */
export const VIEWS_METHOD = 'seedLens/views';
export interface ViewsParams {
  visible: boolean;
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

/**
 * Records corrections in `.seedlens/annotations.json` (see `CorrectArgs`): each argument is one;
 * several arguments are written at once, as one step for `UNDO_COMMAND`.
 */
export const CORRECT_COMMAND = 'seedLens.server.correct';
export type CorrectionKind =
  | 'ignoreBoilerplate'
  | 'notBoilerplate'
  | 'notEntity'
  | 'entityType'
  | 'merge'
  | 'split'
  | 'canonical'
  /** A guess confirmed (`text`, `type`; `inFile`: only in this article). */
  | 'accept'
  /** The article `uri` marked reviewed (`reviewed` false: no longer). */
  | 'reviewed';
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
  /** `notEntity`, `accept`: only in this file (else everywhere). */
  inFile?: boolean;
  /** The cursor or selection, when the correction is to be read from the text. */
  range?: Range;
  /** `notEntity`, `entityType`: every spelling of this entity (an id), not one surface. */
  entity?: string;
  /** `reviewed`: false to take the mark back (default true). */
  reviewed?: boolean;
}

/** Takes back the last write of `CORRECT_COMMAND` (and the code actions' corrections); answers `UndoResult`. */
export const UNDO_COMMAND = 'seedLens.server.undoCorrection';
export interface UndoResult {
  /** `nothing`: no correction written since the server started; `changed`: the file was edited since (left alone). */
  result: 'ok' | 'nothing' | 'changed' | 'untrusted';
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
  /** Entity explorer (tree view `Views.entities`): filter, and the context menu of an entity. */
  filterEntities: 'seedLens.explorer.filter',
  clearEntityFilter: 'seedLens.explorer.clearFilter',
  refreshEntities: 'seedLens.explorer.refresh',
  loadMore: 'seedLens.explorer.loadMore',
  renameEntity: 'seedLens.explorer.rename',
  mergeEntityWith: 'seedLens.explorer.mergeWith',
  changeEntityType: 'seedLens.explorer.changeType',
  entityNotAnEntity: 'seedLens.explorer.notAnEntity',
  entityArticles: 'seedLens.explorer.showArticles',
  showEntityOnTimeline: 'seedLens.explorer.showOnTimeline',
  /** Review queue (tree view `Views.review`): decisions on the selected guess, or on every guess of its name. */
  acceptGuess: 'seedLens.review.accept',
  rejectGuess: 'seedLens.review.reject',
  retypeGuess: 'seedLens.review.retype',
  acceptName: 'seedLens.review.acceptName',
  rejectName: 'seedLens.review.rejectName',
  loadMoreGuesses: 'seedLens.review.loadMore',
  refreshReview: 'seedLens.review.refresh',
  undoCorrection: 'seedLens.undoCorrection',
  /** Keyboard labelling: the selection, everywhere it is written, as this type; or not an entity. */
  labelPerson: 'seedLens.label.person',
  labelInstitution: 'seedLens.label.institution',
  labelPlace: 'seedLens.label.place',
  removeLabel: 'seedLens.label.remove',
  /** Progress: the active article marked reviewed, or not. */
  markReviewed: 'seedLens.markReviewed',
  markUnreviewed: 'seedLens.markUnreviewed',
  showTimeline: 'seedLens.showTimeline',
  /** Test aids, not in the palette: restarts counted by the client, and the server's `DebugInfo`. */
  debugRestartCount: 'seedLens.debug.restartCount',
  debugServerInfo: 'seedLens.debug.serverInfo',
} as const;

/** The views of the Seed Lens activity-bar container (package.json `contributes.views`). */
export const Views = {
  container: 'seedLens',
  entities: 'seedLens.entities',
  review: 'seedLens.review',
} as const;
