/** Helpers shared by the extension suites (vscode API only). */
import * as vscode from 'vscode';

export const EXTENSION_ID = 'seed-lens.seed-lens';
export const FILE_000 = '000_8928e4cdece35455.txt';
export const FILE_002 = '002_c54133335cff4334.txt';

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Lower case, no diacritics: `GOÏTA` and `Goïta` both give `goita`. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

export function workspaceRoot(): vscode.Uri {
  const f = vscode.workspace.workspaceFolders?.[0];
  if (!f) throw new Error('no workspace folder open: the runner must open a temp copy of seeds/');
  return f.uri;
}

export function seedUri(name: string): vscode.Uri {
  return vscode.Uri.joinPath(workspaceRoot(), name);
}

/**
 * Polls `probe` until it returns something `ok` accepts or `timeoutMs` passes; returns the last value
 * either way, so the caller's assertion reports what was actually seen.
 */
export async function poll<T>(probe: () => Thenable<T> | T, ok: (v: T) => boolean, timeoutMs: number, everyMs = 500): Promise<T> {
  const until = Date.now() + timeoutMs;
  let last: T;
  for (;;) {
    try {
      last = await probe();
      if (ok(last)) return last;
    } catch (err) {
      last = undefined as T;
      if (Date.now() > until) throw err;
    }
    if (Date.now() > until) return last;
    await sleep(everyMs);
  }
}

/** Position in the middle of the `nth` occurrence of `needle` in `doc`. */
export function positionOf(doc: vscode.TextDocument, needle: string, nth = 0): vscode.Position {
  const text = doc.getText();
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${nth}) not found in ${doc.uri.fsPath}`);
  }
  return doc.positionAt(at + Math.floor(needle.length / 2));
}

export function hoverText(hovers: vscode.Hover[] | undefined): string {
  const parts: string[] = [];
  for (const h of hovers ?? []) {
    for (const c of h.contents) {
      if (typeof c === 'string') parts.push(c);
      else if (c && typeof (c as { value?: unknown }).value === 'string') parts.push((c as { value: string }).value);
    }
  }
  return parts.join('\n');
}

export type AnyLocation = vscode.Location | vscode.LocationLink;

export function asLocation(l: AnyLocation): vscode.Location {
  if ('targetUri' in l) return new vscode.Location(l.targetUri, l.targetSelectionRange ?? l.targetRange);
  return l;
}

export async function textAt(loc: vscode.Location): Promise<string> {
  const d = await vscode.workspace.openTextDocument(loc.uri);
  return d.getText(loc.range);
}

export function baseName(uri: vscode.Uri): string {
  return uri.path.slice(uri.path.lastIndexOf('/') + 1);
}

export function seedLensDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'seed-lens');
}

/** Indices of the non-empty lines of `a` that also occur in `b` (the shared sidebar block). */
export function sharedLines(a: string, b: string): number[] {
  const inB = new Set(b.split(/\r?\n/).map((l) => l.trim()).filter((l) => l.length > 0));
  return a
    .split(/\r?\n/)
    .map((l, i) => [l.trim(), i] as const)
    .filter(([l]) => l.length > 0 && inB.has(l))
    .map(([, i]) => i);
}

/** The last line a range really covers (a range ending at column 0 stops at the line before). */
export function lastLine(r: vscode.Range): number {
  return r.end.character === 0 && r.end.line > r.start.line ? r.end.line - 1 : r.end.line;
}

export function withTimeout<T>(p: Thenable<T>, ms: number, what: string): Promise<T> {
  return new Promise<T>((resolve, reject) => {
    const t = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    Promise.resolve(p).then(
      (v) => {
        clearTimeout(t);
        resolve(v);
      },
      (e) => {
        clearTimeout(t);
        reject(e);
      },
    );
  });
}

export function flattenSymbols(items: (vscode.DocumentSymbol | vscode.SymbolInformation)[] | undefined): { name: string; detail: string; kind: vscode.SymbolKind }[] {
  const out: { name: string; detail: string; kind: vscode.SymbolKind }[] = [];
  const walk = (s: vscode.DocumentSymbol | vscode.SymbolInformation) => {
    out.push({ name: s.name, detail: 'detail' in s ? s.detail : s.containerName, kind: s.kind });
    if ('children' in s) for (const c of s.children ?? []) walk(c);
  };
  for (const s of items ?? []) walk(s);
  return out;
}
