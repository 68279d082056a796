/**
 * The article files of the workspace folders on disk: which paths count (`seedLens.include` /
 * `seedLens.exclude`), listing them without blocking the server, and reading one defensively.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Minimatch } from 'minimatch';
import { decodeArticle } from '../core';
import { encodingGuesser } from './encodingGuess';

export interface Folder {
  uri: string;
  path: string;
  name: string;
}

const toSlash = (p: string) => p.split(path.sep).join('/');
/** Never worth walking into, whatever the settings say. */
const ALWAYS_SKIP = new Set(['.git', 'node_modules', '.seedlens']);

export class ArticleMatcher {
  private readonly include: Minimatch[];
  private readonly exclude: Minimatch[];

  constructor(
    private readonly folders: readonly Folder[],
    include: readonly string[],
    exclude: readonly string[],
  ) {
    const opts = { dot: true, nocase: process.platform === 'win32' || process.platform === 'darwin' };
    this.include = include.map((g) => new Minimatch(g, opts));
    this.exclude = exclude.map((g) => new Minimatch(g, opts));
  }

  /** Globs are matched against the path relative to its workspace folder, and against the absolute path. */
  private candidates(absPath: string): string[] {
    const abs = toSlash(path.resolve(absPath));
    const out = [abs];
    for (const f of this.folders) {
      const rel = path.relative(f.path, absPath);
      if (rel && !rel.startsWith('..') && !path.isAbsolute(rel)) out.push(toSlash(rel));
    }
    return out;
  }

  matches(absPath: string): boolean {
    const c = this.candidates(absPath);
    return this.include.some((m) => c.some((p) => m.match(p))) && !this.excluded(c);
  }

  private excluded(c: string[]): boolean {
    return this.exclude.some((m) => c.some((p) => m.match(p)));
  }

  /** A folder whose every file would be excluded (`**\/node_modules/**`): no need to walk into it. */
  prunes(absDir: string): boolean {
    if (ALWAYS_SKIP.has(path.basename(absDir))) return true;
    return this.excluded(this.candidates(path.join(absDir, '\u0000probe')));
  }

  /** The workspace folder holding this path (the first one otherwise). */
  folderOf(absPath: string): Folder | undefined {
    let best: Folder | undefined;
    for (const f of this.folders) {
      const rel = path.relative(f.path, absPath);
      if (!rel.startsWith('..') && !path.isAbsolute(rel) && (!best || f.path.length > best.path.length)) best = f;
    }
    return best ?? this.folders[0];
  }
}

/** Every matching file under the folders, sorted; yields to the event loop as it goes. */
export async function listArticleFiles(folders: readonly Folder[], matcher: ArticleMatcher, isCancelled: () => boolean): Promise<string[]> {
  const out: string[] = [];
  const seen = new Set<string>();
  const stack = folders.map((f) => f.path);
  while (stack.length > 0) {
    if (isCancelled()) return [];
    const dir = stack.pop()!;
    let entries: fs.Dirent[];
    try {
      entries = await fs.promises.readdir(dir, { withFileTypes: true });
    } catch {
      continue; // vanished or unreadable: nothing to index there
    }
    for (const e of entries) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) {
        if (!matcher.prunes(full)) stack.push(full);
      } else if ((e.isFile() || e.isSymbolicLink()) && !seen.has(full) && matcher.matches(full)) {
        seen.add(full);
        out.push(full);
      }
    }
  }
  return out.sort();
}

export type ReadOutcome =
  /** `stamp`: the file's size and modification time when it was read (see `diskStamp`). */
  | { kind: 'text'; text: string; notice?: string; stamp?: string }
  | { kind: 'skipped'; reason: string }
  /** Deleted (or turned into a folder) between listing and reading: just not there. */
  | { kind: 'gone' };

/**
 * What says a file is unchanged on disk without reading it: size and modification time, taken
 * before the read (a write during the read leaves a newer time on disk, so it never looks unchanged).
 */
export function diskStamp(st: { size: number; mtimeMs: number }): string {
  return `${st.size}:${st.mtimeMs}`;
}

const mb = (n: number) => (n / 1048576).toFixed(1);

/** VS Code's `files.encoding` and `files.autoGuessEncoding`, as they apply to articles (see core/corpus/decode.ts). */
export interface Decoding {
  encoding: string;
  autoGuessEncoding: boolean;
}

export const DEFAULT_DECODING: Readonly<Decoding> = { encoding: 'utf8', autoGuessEncoding: false };

/** The bytes decoded as the editor would (see `decodeArticle`). */
export function decodeFile(bytes: Uint8Array, maxBytes: number, decoding: Decoding = DEFAULT_DECODING) {
  return decodeArticle(bytes, { maxBytes, ...decoding, guess: decoding.autoGuessEncoding ? encodingGuesser() : undefined });
}

export function readArticleFile(absPath: string, maxBytes: number, decoding: Decoding = DEFAULT_DECODING): ReadOutcome {
  try {
    const st = fs.statSync(absPath);
    if (!st.isFile()) return { kind: 'gone' };
    // Checked before reading so a 2 GB dump is never loaded.
    if (st.size > maxBytes) return { kind: 'skipped', reason: `file too large (${mb(st.size)} MB > ${mb(maxBytes)} MB limit)` };
    const decoded = decodeFile(fs.readFileSync(absPath), maxBytes, decoding);
    return decoded.ok ? { kind: 'text', text: decoded.text, notice: decoded.notice, stamp: diskStamp(st) } : { kind: 'skipped', reason: decoded.reason };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR' || code === 'EISDIR') return { kind: 'gone' };
    return { kind: 'skipped', reason: `cannot read (${code ?? String(e)})` };
  }
}
