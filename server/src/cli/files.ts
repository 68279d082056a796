/** Finding and reading article files for the CLI (the language server has its own, editor-driven, file source). */
import fs from 'node:fs';
import path from 'node:path';

export interface ArticleFile {
  /** The name the report uses: relative to the folder given, or the path as given for a file. */
  name: string;
  absPath: string;
}

export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number,
  ) {
    super(message);
  }
}

const SKIP_DIRS = new Set(['node_modules', '.git', '.seedlens', '.vscode-test']);

function walk(dir: string, out: string[]): void {
  const entries = fs.readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) walk(full, out);
    } else if (e.isFile() && e.name.toLowerCase().endsWith('.txt')) {
      out.push(full);
    }
  }
}

/** Every `.txt` under the given folders, plus the given files. Throws CliError for a missing path. */
export function listArticles(paths: readonly string[]): ArticleFile[] {
  const out: ArticleFile[] = [];
  const seen = new Set<string>();
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new CliError(`seed-lens: no such file or folder: ${p}`, 1);
    }
    const found: ArticleFile[] = [];
    if (stat.isDirectory()) {
      const files: string[] = [];
      walk(p, files);
      for (const f of files) found.push({ name: path.relative(p, f).split(path.sep).join('/'), absPath: path.resolve(f) });
    } else {
      found.push({ name: p.split(path.sep).join('/'), absPath: path.resolve(p) });
    }
    for (const f of found) {
      if (seen.has(f.absPath)) continue;
      seen.add(f.absPath);
      out.push(f);
    }
  }
  // Two folders may hold the same relative name: fall back to the path as given to keep names unique.
  const count = new Map<string, number>();
  for (const f of out) count.set(f.name, (count.get(f.name) ?? 0) + 1);
  for (const f of out) if ((count.get(f.name) ?? 0) > 1) f.name = path.relative(process.cwd(), f.absPath).split(path.sep).join('/');
  return out;
}
