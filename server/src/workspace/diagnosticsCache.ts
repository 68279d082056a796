/**
 * The diagnostics of the last complete sweep, kept on disk so that reopening a large workspace
 * shows its problems at once instead of after indexing it again. Each file's diagnostics are stored with the file's `diskStamp` and shown again only
 * for a file unchanged since; the whole cache counts only when everything else they depend on is
 * the same (server build, settings, UI language, annotations, folders: the `key`). The sweep that
 * follows indexing recomputes every file and sends only what differs, so an entry made stale by a
 * change elsewhere (a copy of its sidebar edited away) lasts until then, never longer.
 *
 * Never in the workspace: in the editor's storage folder for the workspace, else the user's cache
 * folder. One text file: a header line, then one line per file (`uri TAB stamp TAB json`). It is
 * written under a temporary name and renamed when complete, so a crash leaves the previous one.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { hash53 } from '../core';
import type { SweepRecorder } from './diagnosticsPublisher';
import { diskStamp } from './files';

const FORMAT = 'seed-lens diagnostics cache 1';
const FILE_NAME = 'diagnostics-cache.txt';
/**
 * Lines are gathered up to this many characters before each write, and the file is read in blocks
 * of this many bytes: small enough to stay out of V8's large-object space, whose garbage waits for
 * a full collection (larger chunks raised the sweep's peak memory: docs/performance.md).
 */
const CHUNK = 32 * 1024;

export interface CachedEntry {
  uri: string;
  stamp: string;
  json: string;
}

/**
 * Where the cache of these workspace folders lives: `storageDir` (the editor's storage for this
 * workspace) when given, else `$XDG_CACHE_HOME/seed-lens/<folders hash>` (or `~/.cache/…`).
 */
export function cacheFile(storageDir: string | undefined, folderUris: readonly string[]): string {
  if (storageDir) return path.join(storageDir, FILE_NAME);
  const base = process.env.XDG_CACHE_HOME || path.join(os.homedir(), '.cache');
  const folders = hash53([...folderUris].sort().join('\n'), 7).toString(36);
  return path.join(base, 'seed-lens', folders, FILE_NAME);
}

/**
 * The entries of the cache at `file` if it was written under `key`; undefined when there is none
 * or it was written under another key. Throws when the file is unreadable or damaged.
 */
export function readCache(file: string, key: string): Iterable<CachedEntry> | undefined {
  let fd: number;
  try {
    fd = fs.openSync(file, 'r');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw e;
  }
  const lines = readLines(fd);
  let ok = false;
  try {
    const first = lines.next();
    if (first.done) throw new Error('empty file');
    let header: unknown;
    try {
      header = JSON.parse(first.value);
    } catch {
      throw new Error('unreadable header line');
    }
    const h = header as { format?: unknown; key?: unknown } | null;
    if (h?.format !== FORMAT) throw new Error('not a Seed Lens diagnostics cache');
    if (h.key !== key) return undefined;
    ok = true;
    return entries(lines);
  } finally {
    if (!ok) lines.return(undefined);
  }
}

/**
 * The lines of the file, decoded one at a time from blocks (the whole file as one string or
 * buffer grows with the workspace); closes it when done or dropped.
 */
function* readLines(fd: number): Generator<string, void, undefined> {
  try {
    const block = Buffer.allocUnsafe(CHUNK);
    let carry: Buffer[] = [];
    for (;;) {
      const n = fs.readSync(fd, block, 0, CHUNK, null);
      if (n === 0) break;
      let at = 0;
      for (let nl = block.indexOf(10, at); nl >= 0 && nl < n; nl = block.indexOf(10, at)) {
        const piece = block.subarray(at, nl);
        yield carry.length === 0 ? piece.toString('utf8') : Buffer.concat([...carry, piece]).toString('utf8');
        carry = [];
        at = nl + 1;
      }
      if (at < n) carry.push(Buffer.from(block.subarray(at, n)));
    }
    if (carry.length > 0) yield Buffer.concat(carry).toString('utf8');
  } finally {
    fs.closeSync(fd);
  }
}

function* entries(lines: Generator<string, void, undefined>): Iterable<CachedEntry> {
  try {
    for (let next = lines.next(); !next.done; next = lines.next()) {
      const line = next.value;
      const tab1 = line.indexOf('\t');
      const tab2 = tab1 < 0 ? -1 : line.indexOf('\t', tab1 + 1);
      if (tab2 < 0) throw new Error('damaged line');
      yield { uri: line.slice(0, tab1), stamp: line.slice(tab1 + 1, tab2), json: line.slice(tab2 + 1) };
    }
  } finally {
    // Left early (an error, a superseded start): the file is closed all the same.
    lines.return(undefined);
  }
}

/**
 * Writes a new cache: `add` every file's entry, then `commit` (renames it into place) or `abort`.
 * A failure to write is reported once through `onError`; the previous cache then stays.
 */
export class CacheWriter {
  private readonly tmp: string;
  private fd: number | undefined;
  private chunk: string[] = [];
  private chunkSize = 0;

  constructor(
    private readonly file: string,
    key: string,
    private readonly onError: (e: unknown) => void,
  ) {
    this.tmp = `${file}.${process.pid}.tmp`;
    try {
      fs.mkdirSync(path.dirname(file), { recursive: true });
      this.fd = fs.openSync(this.tmp, 'w');
      this.push(JSON.stringify({ format: FORMAT, key }) + '\n');
    } catch (e) {
      this.fail(e);
    }
  }

  /** `json` holds no line break (JSON escapes them), URIs and stamps no tab. */
  add(uri: string, stamp: string, json: string): void {
    if (this.fd === undefined) return;
    this.push(`${uri}\t${stamp}\t${json}\n`);
  }

  commit(): void {
    if (this.fd === undefined) return;
    try {
      this.flush();
      fs.closeSync(this.fd);
      this.fd = undefined;
      fs.renameSync(this.tmp, this.file);
    } catch (e) {
      this.fail(e);
    }
  }

  abort(): void {
    if (this.fd === undefined) return;
    try {
      fs.closeSync(this.fd);
    } catch {
      /* closing a file we are dropping anyway */
    }
    this.fd = undefined;
    try {
      fs.rmSync(this.tmp, { force: true });
    } catch {
      /* a leftover temporary file is overwritten next time */
    }
  }

  private push(s: string): void {
    this.chunk.push(s);
    this.chunkSize += s.length;
    if (this.chunkSize >= CHUNK) {
      try {
        this.flush();
      } catch (e) {
        this.fail(e);
      }
    }
  }

  private flush(): void {
    if (this.fd === undefined || this.chunk.length === 0) return;
    fs.writeSync(this.fd, this.chunk.join(''));
    this.chunk = [];
    this.chunkSize = 0;
  }

  private fail(e: unknown): void {
    this.onError(e);
    if (this.fd !== undefined) this.abort();
    this.fd = undefined;
    this.chunk = [];
  }
}

/** Longest stretch of replaying before yielding to the event loop. */
const SLICE_MS = 12;

/** The cache of one workspace: replaying it at start, recording each complete sweep into it. */
export class DiagnosticsCache {
  /**
   * `key()`: everything the diagnostics depend on besides the files themselves, as text.
   * `warn`: told (once per problem) when the cache cannot be read or written.
   */
  constructor(
    readonly file: string,
    private readonly key: () => string,
    private readonly warn: (message: string) => void,
  ) {}

  /**
   * Offer (`send(uri, json)`, true when it sent them) the cached diagnostics of each listed file
   * unchanged on disk since they were recorded, in time slices; resolves to how many were sent.
   * `uri` is the listed file's own `key`, not the entry's: that one is a slice of its whole cache
   * line, and whatever kept it as a key (the publisher does) kept the line with it, diagnostics
   * and all.
   */
  async replay(files: readonly { key: string; path: string }[], send: (uri: string, json: string) => boolean): Promise<number> {
    let cached: Iterable<CachedEntry> | undefined;
    try {
      cached = readCache(this.file, this.key());
    } catch (e) {
      this.warn(`Seed Lens: the diagnostics cache ${this.file} is unreadable (${errorText(e)}); it will be rewritten after indexing`);
      return 0;
    }
    if (!cached) return 0;
    const listed = new Map(files.map((f) => [f.key, f]));
    let sent = 0;
    let sliceStart = performance.now();
    try {
      for (const entry of cached) {
        const f = listed.get(entry.uri);
        if (f !== undefined && unchanged(f.path, entry.stamp) && send(f.key, entry.json)) sent++;
        if (performance.now() - sliceStart > SLICE_MS) {
          await new Promise<void>((resolve) => setImmediate(resolve));
          sliceStart = performance.now();
        }
      }
    } catch (e) {
      // What was sent stays until the sweep after indexing checks it, like every replayed entry.
      this.warn(`Seed Lens: the diagnostics cache ${this.file} is damaged (${errorText(e)}); it will be rewritten after indexing`);
    }
    return sent;
  }

  /** Records a sweep: each file whose text the index read from disk (`stampOf`), with its stamp. */
  recorder(stampOf: (file: string) => string | undefined): SweepRecorder {
    let reported = false;
    const writer = new CacheWriter(this.file, this.key(), (e) => {
      if (!reported) this.warn(`Seed Lens: cannot write the diagnostics cache ${this.file} (${errorText(e)})`);
      reported = true;
    });
    return {
      add(file, json) {
        const stamp = stampOf(file);
        if (stamp !== undefined) writer.add(file, stamp, json);
      },
      commit: () => writer.commit(),
      abort: () => writer.abort(),
    };
  }
}

function unchanged(absPath: string, stamp: string): boolean {
  try {
    return diskStamp(fs.statSync(absPath)) === stamp;
  } catch {
    return false;
  }
}

const errorText = (e: unknown) => (e instanceof Error ? e.message : String(e));
