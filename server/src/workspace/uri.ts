/**
 * File paths ↔ `file:` URIs, spelled the way VS Code spells them (so a file found on disk and the
 * same file opened in the editor get one key in the corpus index).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Percent-encode one path segment like VS Code's `URI.toString()`: only `A-Za-z0-9-._~` stay. */
function encodeSegment(s: string): string {
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
}

export function fileUri(fsPath: string): string {
  let p = path.resolve(fsPath);
  if (path.sep === '\\') p = p.replace(/\\/g, '/');
  if (!p.startsWith('/')) p = '/' + p;
  // Windows drive letters: VS Code lower-cases them and encodes the colon.
  p = p.replace(/^\/([A-Za-z]):/, (_m, d: string) => `/${d.toLowerCase()}:`);
  return 'file://' + p.split('/').map(encodeSegment).join('/');
}

/** The file-system path of a `file:` URI, or undefined for other schemes or malformed URIs. */
export function uriToPath(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fileURLToPath(uri);
  } catch {
    return undefined;
  }
}

/** One key per file: `file:` URIs re-spelled canonically, other schemes (untitled:, …) kept as they are. */
export function normalizeUri(uri: string): string {
  const p = uriToPath(uri);
  return p === undefined ? uri : fileUri(p);
}

/** The last path segment of a URI, decoded (`file:///a/b/002_x.txt` → `002_x.txt`). */
export function baseName(uri: string): string {
  const p = uriToPath(uri);
  if (p !== undefined) return path.basename(p);
  const last = uri.slice(uri.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(last);
  } catch {
    return last;
  }
}
