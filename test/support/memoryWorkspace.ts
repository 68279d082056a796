/**
 * An in-memory workspace for feature tests: the real corpus index over texts held in a map, the
 * feature context the server builds, and a `FeatureHost` whose corrections file and exports are
 * kept in memory. Each feature is then called in process exactly as the server calls it (as the
 * markdown language service tests its features on `inMemoryWorkspace.ts`); the protocol tests keep
 * what only a real server shows: the wire, lifecycle, publishing and concurrency.
 */
import fs from 'node:fs';
import path from 'node:path';
import { CancellationToken } from 'vscode-languageserver';
import { CorpusIndex, emptyAnnotations, parseAnnotations, serializeAnnotations, type Annotations } from '../../server/src/core';
import { Catalog } from '../../server/src/features/catalog';
import type { FeatureContext } from '../../server/src/features/context';
import type { FeatureHost } from '../../server/src/features/host';
import { i18n } from '../../server/src/i18n';
import { mergeAnnotations, type Correction } from '../../server/src/workspace/annotationsFile';
import { CorrectionsJournal } from '../../server/src/workspace/correctionsJournal';
import type { Folder } from '../../server/src/workspace/files';
import { LineMap } from '../../server/src/workspace/positions';
import { readSettings, type Settings } from '../../server/src/workspace/settings';
import { seedsDir } from './paths';

/** The folder every in-memory article lives in. */
export const ROOT = '/memory/ws';
export const uriOf = (name: string) => `file://${ROOT}/seeds/${encodeURI(name)}`;

export interface MemoryOptions {
  /** The `seedLens` settings section (as a client sends it). */
  settings?: unknown;
  locale?: string;
  trusted?: boolean;
  /** Whether the client applies versioned `documentChanges`. */
  documentChanges?: boolean;
  /** Client commands the editor can run (`InitializationOptions.clientCommands`). */
  clientCommands?: string[];
}

export class MemoryWorkspace {
  readonly index = new CorpusIndex();
  readonly folder: Folder = { uri: `file://${ROOT}`, path: ROOT, name: 'ws' };
  settings: Settings;
  /** The text of the folder's corrections file, as it would be on disk (null: no file). */
  annotationsText: string | null = null;
  /** The corrections in force (every folder's merged, as the server's index reads them). */
  private merged: Annotations = emptyAnnotations();
  readonly catalog: Catalog;
  private readonly journal = new CorrectionsJournal({
    read: (folderPath) => {
      if (folderPath !== ROOT) throw new Error(`no such folder: ${folderPath}`);
      return this.annotationsText;
    },
    write: (folderPath, text) => {
      if (folderPath !== ROOT) throw new Error(`no such folder: ${folderPath}`);
      this.annotationsText = text;
    },
  });
  /** Files the features wrote (path → content), and the warnings they gave. */
  readonly written = new Map<string, string>();
  readonly warnings: string[] = [];
  /** Articles "on disk" outside the index (a brat export beside its .txt reads them). */
  readonly disk = new Map<string, string>();
  private readonly options: MemoryOptions;

  constructor(files: Record<string, string>, options: MemoryOptions = {}) {
    this.options = options;
    this.settings = readSettings(options.settings);
    this.catalog = new Catalog(this.index);
    for (const [name, text] of Object.entries(files)) this.put(name, text);
  }

  /** The folder's corrections file, parsed. */
  get annotations(): Annotations {
    return this.annotationsText === null ? emptyAnnotations() : parseAnnotations(this.annotationsText).annotations;
  }

  /** Writes the corrections file by hand (as a user would) and reads it again. */
  setAnnotations(a: Annotations): void {
    this.annotationsText = serializeAnnotations(a);
    this.reload();
  }

  /** Reads the corrections file again, as the server does when it changes. */
  reload(): void {
    this.merged = mergeAnnotations([{ folderPath: ROOT, annotations: this.annotations }]);
    this.index.setAnnotations(this.merged);
  }

  /** The bundled seeds, under their own names. */
  static seeds(options?: MemoryOptions): MemoryWorkspace {
    const files: Record<string, string> = {};
    for (const f of fs.readdirSync(seedsDir).sort()) if (f.endsWith('.txt')) files[f] = fs.readFileSync(path.join(seedsDir, f), 'utf8');
    return new MemoryWorkspace(files, options);
  }

  /** Adds or replaces an article (as saved on disk: the index and the disk agree). */
  put(name: string, text: string): string {
    const uri = uriOf(name);
    this.index.upsert(uri, text);
    this.disk.set(`${ROOT}/seeds/${name}`, text);
    return uri;
  }

  text(uri: string): string {
    const t = this.index.text(uri);
    if (t === undefined) throw new Error(`not indexed: ${uri}`);
    return t;
  }

  context(): FeatureContext {
    return {
      index: this.index,
      entity: (id) => this.index.entity(id),
      lines: (f) => {
        const t = this.index.text(f);
        return t === undefined ? undefined : new LineMap(t);
      },
      openVersion: () => undefined,
      label: (f) => decodeURI(f.slice(`file://${ROOT}/`.length)),
      settings: this.settings,
      t: i18n(this.options.locale ?? 'en'),
      documentChanges: this.options.documentChanges ?? false,
      canWriteAnnotations: this.options.trusted !== false,
      clientCommands: new Set(this.options.clientCommands ?? []),
      catalog: this.catalog,
      annotations: this.merged,
      indexing: false,
    };
  }

  host(): FeatureHost {
    return {
      trusted: this.options.trusted !== false,
      folderFor: (uri) => (uri.startsWith(this.folder.uri + '/') ? this.folder : undefined),
      addCorrections: (folderPath: string, corrections: readonly Correction[]) => this.journal.add(folderPath, corrections),
      undoCorrection: () => this.journal.undo(),
      reloadAnnotations: () => this.reload(),
      warn: (m) => void this.warnings.push(m),
      readArticle: (p) => this.disk.get(p),
      isDirectory: (p) => [...this.written.keys(), ...this.disk.keys()].some((f) => f.startsWith(p + '/')),
      wouldBeIndexed: (p) => p.startsWith(`${ROOT}/seeds/`) && p.endsWith('.txt'),
      writeFile: (p, content) => void this.written.set(p, content),
    };
  }
}

export const noToken = CancellationToken.None;
export const td = (uri: string) => ({ textDocument: { uri } });
