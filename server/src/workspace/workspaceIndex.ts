/**
 * The workspace index: which article files exist (disk + open editors), and keeping the core's
 * `CorpusIndex` current with them. Disk files are indexed in the background in time slices (so
 * requests are served while it runs); open documents win over disk and are re-analysed after a
 * short debounce; a changed file is re-analysed alone (`index.upsert`). No LSP types in here:
 * the server wires it to the connection.
 */
import path from 'node:path';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { analysisCorrections, CorpusIndex, emptyAnnotations, type Annotations, type Entity } from '../core';
import { LineMap } from './positions';
import type { I18n } from '../i18n';
import { isAnnotationsPath, readAnnotations } from './annotationsFile';
import type { FileFacts } from '../core/corpus/facts';
import { AnalysisPool, MIN_FILES_FOR_WORKERS, workerCount } from './analysisPool';
import { ArticleMatcher, listArticleFiles, readArticleFile, type Folder, type ReadOutcome } from './files';
import { defaultSettings, filesSettingsChanged, type Settings } from './settings';
import { baseName, fileUri, normalizeUri, uriToPath } from './uri';

/** Quiet time after the last keystroke before an open document is re-analysed. */
export const DEBOUNCE_MS = 200;
/** Longest stretch of indexing work before yielding to the event loop. */
const SLICE_MS = 12;
/** How often indexing progress is reported. */
const PROGRESS_MS = 250;
/** Slices of work nobody waits for (see `prepareRelated`): short, so that a request sent meanwhile waits little. */
const BACKGROUND_SLICE_MS = 4;
/** How long such work waits before looking again when the editor is busy asking. */
const IDLE_WAIT_MS = 50;

export interface Progress {
  report(message: string, percentage?: number): void;
  done(): void;
}

export interface WorkspaceHost {
  t(): I18n;
  log(message: string): void;
  warn(message: string): void;
  error(message: string): void;
  beginProgress(message: string): Promise<Progress>;
}

export interface IndexingStats {
  files: number;
  ms: number;
}

export interface IndexChange {
  /** Files re-analysed or removed. */
  direct: string[];
  /** Files sharing a boilerplate block with them, before or after: their copies moved. */
  neighbours: string[];
  /** The names or blocks of a direct file changed: other files may read differently (linking, chrome). */
  structural: boolean;
  /** The open document whose new text was just analysed, if any. */
  edited?: string;
}

export const enum FileChangeType {
  Created = 1,
  Changed = 2,
  Deleted = 3,
}

export class WorkspaceIndex {
  readonly index = new CorpusIndex();
  settings: Settings = defaultSettings();
  private folders: Folder[] = [];
  private matcher = new ArticleMatcher([], [], []);
  private readonly open = new Map<string, TextDocument>();
  private readonly pending = new Map<string, NodeJS.Timeout>();
  /** The version of each open document the index holds. */
  private readonly analysedVersion = new Map<string, number>();
  private readonly lineCache = new Map<string, { version: number; map: LineMap }>();
  private readonly labels = new Map<string, string>();
  /** Last notice logged per file, so a file that stays bad is reported once. */
  private readonly notices = new Map<string, string>();
  private annotationsJson = '';
  private reviewJson = '';
  /** The corrections in force (every folder's, merged), the review state included. */
  annotations: Annotations = emptyAnnotations();
  /** Files read or removed since indexing began: a thread's earlier reading of them is stale. */
  private readonly touched = new Set<string>();
  /** Folders deleted since indexing began (`…/`): what a thread read under them is stale too. */
  private touchedFolders: string[] = [];

  private touchedSince(key: string): boolean {
    return this.touched.has(key) || this.touchedFolders.some((prefix) => key.startsWith(prefix));
  }
  /** Per file read from disk: its `diskStamp` at that read (none once an editor's text replaced it). */
  private readonly diskStamps = new Map<string, string>();
  private generation = 0;
  indexing = false;

  /** What one change to the index touched. */
  onChanged: (change: IndexChange) => void = () => {};
  /** Everything may read differently (annotations, settings). */
  onChangedAll: () => void = () => {};
  /** Only the review state changed (a guess accepted, an article marked reviewed): the analysis stands. */
  onReviewChanged: () => void = () => {};
  onIndexingStarted: () => void = () => {};
  /** The article files just listed, before any is read (indexing waits for the promise). */
  onListed: (files: readonly { key: string; path: string }[]) => Promise<void> | void = () => {};
  onIndexed: (stats: IndexingStats) => void = () => {};

  constructor(private readonly host: WorkspaceHost) {}

  // ---- setup ---------------------------------------------------------------------------------

  start(folders: Folder[], settings: Settings): Promise<IndexingStats | undefined> {
    this.folders = folders;
    this.settings = settings;
    this.rebuildMatcher();
    this.reloadAnnotations(false);
    return this.reindex();
  }

  setFolders(folders: Folder[]): void {
    this.folders = folders;
    this.rebuildMatcher();
    this.reloadAnnotations(true);
    void this.reindex();
  }

  setSettings(settings: Settings): void {
    const old = this.settings;
    this.settings = settings;
    if (filesSettingsChanged(old, settings)) {
      this.rebuildMatcher();
      void this.reindex();
    } else {
      this.onChangedAll();
    }
  }

  private rebuildMatcher(): void {
    this.matcher = new ArticleMatcher(this.folders, this.settings.include, this.settings.exclude);
    this.labels.clear();
  }

  get maxBytes(): number {
    return this.settings.maxFileSizeMB * 1048576;
  }

  workspaceFolders(): readonly Folder[] {
    return this.folders;
  }

  folderFor(file: string): Folder | undefined {
    const p = uriToPath(file);
    return p === undefined ? this.folders[0] : this.matcher.folderOf(p);
  }

  // ---- queries the features read -------------------------------------------------------------

  /** Bumped on every change to the index (files, annotations): what was read before may differ now. */
  private epoch = 0;
  private entityEpoch = -1;
  private readonly entityCache = new Map<string, Entity | undefined>();

  /** `index.entity(id)` remembered until the index changes: building one reads every file that mentions it. */
  entity(id: string): Entity | undefined {
    if (this.entityEpoch !== this.epoch) {
      this.entityCache.clear();
      this.entityEpoch = this.epoch;
    }
    if (this.entityCache.has(id)) return this.entityCache.get(id);
    const e = this.index.entity(id);
    this.entityCache.set(id, e);
    return e;
  }

  lines(file: string): LineMap | undefined {
    const version = this.index.version(file);
    if (version === undefined) return undefined;
    const cached = this.lineCache.get(file);
    if (cached && cached.version === version) return cached.map;
    const map = new LineMap(this.index.text(file) ?? '');
    this.lineCache.set(file, { version, map });
    return map;
  }

  openVersion(file: string): number | undefined {
    const doc = this.open.get(file);
    return doc && this.index.text(file) === doc.getText() ? doc.version : undefined;
  }

  /** Every indexed file, the ones open in the editor first (what the user sees is published first). */
  filesOpenFirst(): string[] {
    const open = [...this.open.keys()].filter((f) => this.index.has(f));
    const isOpen = new Set(open);
    // The rest with files sharing text together: the sweep then builds their blocks fastest.
    return [...open, ...this.index.inBlockOrder(this.index.files().filter((f) => !isOpen.has(f)))];
  }

  /**
   * The size and time the file had on disk when the index read it, or undefined when the index
   * holds other text (an editor's) or none: what a cache of its results can be checked against.
   */
  diskStamp(file: string): string | undefined {
    return this.open.has(file) ? undefined : this.diskStamps.get(file);
  }

  isOpen(file: string): boolean {
    return this.open.has(file);
  }

  /** Bumped on every open, edit and close of the document: a request asked before a bump was asked about other text. */
  private readonly stamps = new Map<string, number>();

  changeStamp(uri: string): number {
    return this.stamps.get(normalizeUri(uri)) ?? 0;
  }

  private bump(key: string): void {
    this.stamps.set(key, (this.stamps.get(key) ?? 0) + 1);
  }

  label(file: string): string {
    let l = this.labels.get(file);
    if (l === undefined) {
      const p = uriToPath(file);
      const folder = p === undefined ? undefined : this.matcher.folderOf(p);
      const rel = p !== undefined && folder ? path.relative(folder.path, p) : '';
      l = rel && !rel.startsWith('..') && !path.isAbsolute(rel) ? rel.split(path.sep).join('/') : baseName(file);
      this.labels.set(file, l);
    }
    return l;
  }

  // ---- indexing ------------------------------------------------------------------------------

  /** Calls of `prepareRelated` so far: only the latest goes on. */
  private relatedRuns = 0;

  /**
   * The related-articles statistics brought up to date in short slices while the editor is quiet
   * (`busy()`: it asked something a moment ago), so that the next code lens does not build them at
   * once. False when indexing began again meanwhile, or a later call took over: what is left is
   * done then.
   */
  async prepareRelated(busy: () => boolean): Promise<boolean> {
    const gen = this.generation;
    const run = ++this.relatedRuns;
    // Indexing began again, or a later call took over.
    const superseded = () => gen !== this.generation || run !== this.relatedRuns;
    try {
      for (;;) {
        if (busy()) {
          await new Promise<void>((resolve) => setTimeout(resolve, IDLE_WAIT_MS));
          if (superseded()) return false;
          continue;
        }
        const until = performance.now() + BACKGROUND_SLICE_MS;
        if (this.index.prepareRelated(() => performance.now() < until)) return true;
        await new Promise<void>((resolve) => setImmediate(resolve));
        if (superseded()) return false;
      }
    } catch (e) {
      this.host.error(`Seed Lens: related articles: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
      return false;
    }
  }

  /** (Re-)index every article file of the workspace folders; resolves when done (undefined if superseded). */
  reindex(): Promise<IndexingStats | undefined> {
    const gen = ++this.generation;
    this.indexing = true;
    this.onIndexingStarted();
    const run = this.runIndexing(gen)
      .catch((e) => {
        this.host.error(`Seed Lens: indexing failed: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
        return undefined;
      })
      .then((stats) => {
        if (gen === this.generation) {
          this.indexing = false;
          if (stats) this.onIndexed(stats);
        }
        return gen === this.generation ? stats : undefined;
      });
    return run;
  }

  cancel(): void {
    this.generation++;
    for (const t of this.pending.values()) clearTimeout(t);
    this.pending.clear();
    this.settle();
  }

  private async runIndexing(gen: number): Promise<IndexingStats | undefined> {
    const started = performance.now();
    const t = this.host.t();
    const progress = await this.host.beginProgress(t.progress.listing);
    try {
      const cancelled = () => gen !== this.generation;
      const files = await listArticleFiles(this.folders, this.matcher, cancelled);
      if (cancelled()) return undefined;
      const keys = files.map((p) => fileUri(p));
      await this.onListed(keys.map((key, i) => ({ key, path: files[i] })));
      if (cancelled()) return undefined;
      const listed = new Set(keys);
      // Indexed but not listed: gone, or no longer matching, unless it was created after its folder
      // was listed (a watcher event indexed it meanwhile): the disk decides, not the listing.
      for (const f of this.index.files()) {
        if (listed.has(f) || this.open.has(f)) continue;
        const p = uriToPath(f);
        if (p !== undefined && this.matcher.matches(p)) this.loadFromDisk(f, p, true);
        else this.apply(f, null, true);
      }
      const total = files.length;
      let sliceStart = performance.now();
      let lastReport = 0;
      /** Yields to the event loop now and then, so requests are answered while indexing runs. */
      const breathe = async (done: number) => {
        const now = performance.now();
        if (now - sliceStart <= SLICE_MS) return;
        if (now - lastReport > PROGRESS_MS) {
          lastReport = now;
          progress.report(t.progress.indexing(t.num(done), t.num(total)), Math.floor((done / total) * 100));
        }
        await new Promise<void>((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      };
      this.touched.clear();
      this.touchedFolders = [];
      const pool = total >= MIN_FILES_FOR_WORKERS ? AnalysisPool.create(workerCount(), (m) => this.host.warn(m)) : undefined;
      try {
        let i = 0;
        const results = pool ? pool.analyse(files, this.maxBytes, cancelled, this.settings.files) : undefined;
        while (i < total) {
          if (cancelled()) return undefined;
          // Files read by a thread arrive in listing order, a batch at a time; without threads, one by one.
          const next = results ? await results.next() : undefined;
          if (next?.done) break;
          const batch = next?.value;
          const n = batch ? batch.length : 1;
          for (let k = 0; k < n; k++, i++) {
            // Open documents were indexed from the editor's text when they were opened.
            if (this.open.has(keys[i])) continue;
            const r = batch?.[k];
            // A file the watcher reported since its thread read it is read again: the disk decides.
            if (r && !r.error && !this.touchedSince(keys[i])) this.load(keys[i], r.outcome, true, r.facts);
            else this.loadFromDisk(keys[i], files[i], true);
            await breathe(i + 1);
            if (cancelled()) return undefined;
          }
        }
      } finally {
        pool?.close();
      }
      // What the first queries would do at once after a bulk load, done here in slices: requests
      // are answered in between.
      while (!this.index.prepare(() => performance.now() - sliceStart <= SLICE_MS)) {
        await breathe(total);
        if (cancelled()) return undefined;
      }
      progress.report(t.progress.indexing(t.num(total), t.num(total)), 100);
      const ms = Math.round(performance.now() - started);
      this.host.log(t.notice.indexed(t.num(this.index.size()), t.num(ms)));
      return { files: this.index.size(), ms };
    } finally {
      progress.done();
    }
  }

  /** Reads one file from disk into the index. Returns the files whose analysis changed. */
  private loadFromDisk(key: string, absPath: string, bulk: boolean): string[] {
    if (this.indexing) this.touched.add(key);
    return this.load(key, readArticleFile(absPath, this.maxBytes, this.settings.files), bulk);
  }

  /** Puts what was read of one file into the index (`facts`: its analysis, already computed by a thread). */
  private load(key: string, r: ReadOutcome, bulk: boolean, facts?: FileFacts): string[] {
    const t = this.host.t();
    if (r.kind === 'gone') return this.index.has(key) ? this.apply(key, null, bulk) : [];
    if (r.kind === 'skipped') {
      this.notice(key, t.notice.skipped(this.label(key), r.reason));
      return this.index.has(key) ? this.apply(key, null, bulk) : [];
    }
    if (r.notice) this.notice(key, t.notice.decoded(this.label(key), r.notice));
    else this.notices.delete(key);
    if (this.index.text(key) === r.text) {
      this.keepStamp(key, r.stamp);
      return [];
    }
    const changed = this.apply(key, r.text, bulk, facts);
    this.keepStamp(key, r.stamp);
    return changed;
  }

  private keepStamp(key: string, stamp: string | undefined): void {
    if (stamp !== undefined && this.index.has(key)) this.diskStamps.set(key, stamp);
    else this.diskStamps.delete(key);
  }

  private notice(key: string, message: string): void {
    if (this.notices.get(key) === message) return;
    this.notices.set(key, message);
    this.host.warn(message);
  }

  /**
   * Upsert (text) or remove (null) one file. Outside bulk indexing, returns the file and every file
   * that shared a boilerplate block with it before or after (their copies changed too).
   */
  private apply(key: string, text: string | null, bulk: boolean, facts?: FileFacts): string[] {
    const affected = new Set<string>([key]);
    this.epoch++;
    // Text from an editor or nothing: what the disk had no longer says what the index holds.
    this.diskStamps.delete(key);
    if (!bulk) this.batchDirect.add(key);
    if (!bulk && this.indexing) this.touched.add(key);
    const before = bulk ? '' : this.footprint(key, affected);
    try {
      if (text === null) {
        this.index.remove(key);
        this.lineCache.delete(key);
      } else {
        this.index.upsert(key, text, facts);
      }
    } catch (e) {
      this.host.error(this.host.t().notice.failed('analysis', this.label(key), e instanceof Error ? (e.stack ?? e.message) : String(e)));
      try {
        this.index.remove(key);
      } catch {
        /* the index already lost the file */
      }
    }
    if (bulk) return [key];
    // Pages of its site whose template lines come or go (a shape it alone shared with them): told
    // by the index, so a template change needs no sweep of the workspace.
    for (const f of this.index.templateNeighbours()) affected.add(f);
    let after = '';
    try {
      after = this.footprint(key, affected);
    } catch (e) {
      this.host.error(this.host.t().notice.failed('analysis', this.label(key), e instanceof Error ? e.message : String(e)));
    }
    this.lastStructural = before !== after;
    return [...affected];
  }

  /** Set by `apply`: whether the file's names or blocks changed (other files may read differently). */
  private lastStructural = false;
  /** Files `apply` changed since the batch began (one editor change or one watched-files notification). */
  private batchDirect = new Set<string>();

  /**
   * What other files' results can depend on: the file's blocks and names. Adds the copies' files to
   * `into`. Template lines are left out: the index names the pages whose template lines they make
   * come or go (`templateNeighbours`); the others of the site keep what they show.
   */
  private footprint(key: string, into: Set<string>): string {
    if (!this.index.has(key)) return '';
    const parts: string[] = [];
    for (const b of this.index.boilerplate(key)) {
      if (b.kind === 'template') continue;
      for (const c of b.copies) into.add(c.file);
      parts.push(b.fingerprint);
    }
    for (const m of this.index.nameMentions(key)) parts.push(`${m.entityId}\u0000${m.text}`);
    return parts.join('\u0001');
  }

  private emit(files: Iterable<string>, structural: boolean, edited?: string): void {
    const direct = [...this.batchDirect];
    this.batchDirect = new Set();
    const neighbours = [...new Set(files)].filter((f) => !direct.includes(f));
    if (direct.length + neighbours.length > 0) this.onChanged({ direct, neighbours, structural, edited: edited && direct.includes(edited) ? edited : undefined });
  }

  // ---- open documents ------------------------------------------------------------------------

  didOpen(doc: TextDocument): void {
    const key = normalizeUri(doc.uri);
    this.bump(key);
    this.open.set(key, doc);
    this.cancelPending(key);
    this.analyseOpen(key);
  }

  didChange(doc: TextDocument): void {
    const key = normalizeUri(doc.uri);
    this.open.set(key, doc);
    if (this.analysedVersion.get(key) !== doc.version) this.bump(key);
    // The change event that follows an open carries the version just analysed.
    if (this.analysedVersion.get(key) === doc.version) return;
    this.cancelPending(key);
    this.pending.set(
      key,
      setTimeout(() => {
        this.pending.delete(key);
        this.analyseOpen(key);
        this.settle();
      }, DEBOUNCE_MS),
    );
  }

  didClose(uri: string): void {
    const key = normalizeUri(uri);
    this.bump(key);
    this.cancelPending(key);
    this.settle();
    this.analysedVersion.delete(key);
    if (!this.open.delete(key)) return;
    // Back to what the disk says (the buffer may have held unsaved text), or out of the index.
    const p = uriToPath(key);
    if (p !== undefined && this.matcher.matches(p)) {
      this.run(undefined, () => this.loadFromDisk(key, p, false));
    } else if (this.index.has(key)) {
      this.run(undefined, () => this.apply(key, null, false));
    }
  }

  /** Analyse every document edited but not yet re-analysed, now (before answering a request). */
  flush(): void {
    if (this.pending.size === 0) return;
    const keys = [...this.pending.keys()];
    for (const key of keys) this.cancelPending(key);
    for (const key of keys) this.analyseOpen(key);
    this.settle();
  }

  private settleWaiters: (() => void)[] = [];

  /**
   * Resolves once no edit waits for its debounce: what the editor asks by itself after each
   * keystroke (code actions, lenses, tokens) is answered after the debounce, not analysed per keystroke.
   */
  whenSettled(): Promise<void> {
    if (this.pending.size === 0) return Promise.resolve();
    return new Promise((resolve) => this.settleWaiters.push(resolve));
  }

  private settle(): void {
    if (this.pending.size > 0 || this.settleWaiters.length === 0) return;
    const waiters = this.settleWaiters;
    this.settleWaiters = [];
    for (const w of waiters) w();
  }

  private cancelPending(key: string): void {
    const t = this.pending.get(key);
    if (t !== undefined) {
      clearTimeout(t);
      this.pending.delete(key);
    }
  }

  private analyseOpen(key: string): void {
    const doc = this.open.get(key);
    if (!doc) return;
    this.analysedVersion.set(key, doc.version);
    const t = this.host.t();
    this.run(key, () => {
      const text = doc.getText();
      let reason: string | undefined;
      if (text.length * 3 > this.maxBytes && Buffer.byteLength(text) > this.maxBytes) {
        reason = `file too large (${(Buffer.byteLength(text) / 1048576).toFixed(1)} MB > ${this.settings.maxFileSizeMB.toFixed(1)} MB limit)`;
      } else if (text.includes('\u0000')) {
        reason = 'binary file';
      }
      if (reason) {
        this.notice(key, t.notice.skipped(this.label(key), reason));
        return this.index.has(key) ? this.apply(key, null, false) : [];
      }
      if (this.index.text(key) === text) return [];
      return this.apply(key, text, false);
    });
  }

  /** Runs an index change and reports what changed; never throws. */
  private run(edited: string | undefined, change: () => string[]): void {
    this.lastStructural = false;
    this.batchDirect = new Set();
    let files: string[] = [];
    try {
      files = change();
    } catch (e) {
      this.host.error(`Seed Lens: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`);
    }
    this.emit(files, this.lastStructural, edited);
  }

  // ---- files changed on disk -----------------------------------------------------------------

  didChangeWatchedFiles(changes: readonly { uri: string; type: number }[]): void {
    let annotations = false;
    const changed = new Set<string>();
    this.batchDirect = new Set();
    let structural = false;
    for (const c of changes) {
      const key = normalizeUri(c.uri);
      const p = uriToPath(key);
      if (p === undefined) continue;
      if (isAnnotationsPath(p)) {
        annotations = true;
        continue;
      }
      if (this.open.has(key)) continue; // the editor's text wins over the disk
      // Whatever an indexing thread read of this file before the event is stale now.
      if (this.indexing) this.touched.add(key);
      this.lastStructural = false;
      try {
        if (this.matcher.matches(p)) {
          const files = c.type === FileChangeType.Deleted ? (this.index.has(key) ? this.apply(key, null, false) : []) : this.loadFromDisk(key, p, false);
          for (const f of files) changed.add(f);
        } else if (c.type === FileChangeType.Deleted) {
          // A deleted folder: everything indexed under it goes.
          const prefix = key.endsWith('/') ? key : key + '/';
          if (this.indexing) this.touchedFolders.push(prefix);
          for (const f of this.index.files()) if (f.startsWith(prefix) && !this.open.has(f)) for (const x of this.apply(f, null, false)) changed.add(x);
        }
      } catch (e) {
        this.host.error(this.host.t().notice.failed('file event', this.label(key), e instanceof Error ? e.message : String(e)));
      }
      structural ||= this.lastStructural;
    }
    this.emit(changed, structural);
    if (annotations) this.reloadAnnotations(true);
  }

  // ---- annotations ---------------------------------------------------------------------------

  /** Reads `.seedlens/annotations.json` of every folder; a bad file gives one notice and no corrections. */
  reloadAnnotations(notify: boolean): void {
    const t = this.host.t();
    let read: ReturnType<typeof readAnnotations>;
    try {
      read = readAnnotations(this.folders.map((f) => f.path));
    } catch (e) {
      this.host.error(`Seed Lens: reading annotations failed: ${e instanceof Error ? e.message : String(e)}`);
      return;
    }
    const seen = new Set<string>();
    for (const n of read.notices) {
      const key = 'annotations:' + n.file;
      seen.add(key);
      this.notice(key, t.notice.annotations(n.file, n.notice));
    }
    for (const k of [...this.notices.keys()]) if (k.startsWith('annotations:') && !seen.has(k)) this.notices.delete(k);
    // The review state (accepted guesses, reviewed articles) changes nothing the analysis says: the
    // corpus is not analysed again for it, only the views that show it are told.
    const json = JSON.stringify(analysisCorrections(read.annotations));
    const review = JSON.stringify([read.annotations.accepted, read.annotations.reviewed]);
    const analysisChanged = json !== this.annotationsJson;
    const reviewChanged = review !== this.reviewJson;
    if (!analysisChanged && !reviewChanged) return;
    this.annotations = read.annotations;
    this.reviewJson = review;
    if (analysisChanged) {
      this.annotationsJson = json;
      this.index.setAnnotations(read.annotations);
      this.epoch++;
      if (notify) this.onChangedAll();
    } else if (notify) {
      this.onReviewChanged();
    }
  }

  /** The annotations in force, as text: what a cache of results must have been made under. */
  annotationsFingerprint(): string {
    return this.annotationsJson;
  }
}
