/** Helpers for reading LSP answers in tests: positions in a text, hover text, edits applied. */

export const FILE_000 = '000_8928e4cdece35455.txt';
export const FILE_001 = '001_c4c12397f5bc371e.txt';
export const FILE_002 = '002_c54133335cff4334.txt';
export const FILE_003 = '003_ccb86a7849c0f5b8.txt';
export const FILE_004 = '004_bc3b053cce323c61.txt';

export type Position = { line: number; character: number };
export type Range = { start: Position; end: Position };
export type Edit = { range: Range; newText: string };

/** Lower case, no diacritics. */
export function fold(s: string): string {
  return s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();
}

/** Position of the `nth` occurrence of `needle` in `text` (plus `into` characters). */
export function positionOf(text: string, needle: string, nth = 0, into = 1): Position {
  let at = -1;
  for (let i = 0; i <= nth; i++) {
    at = text.indexOf(needle, at + 1);
    if (at < 0) throw new Error(`"${needle}" (occurrence ${nth}) not found`);
  }
  const before = text.slice(0, at + into);
  const lines = before.split(/\r\n|\r|\n/);
  return { line: lines.length - 1, character: lines[lines.length - 1].length };
}

/** The text `range` covers in `text`. */
export function textAt(text: string, range: Range): string {
  const lines = text.split(/\r\n|\r|\n/);
  const r = range;
  if (r.start.line === r.end.line) return lines[r.start.line].slice(r.start.character, r.end.character);
  const out = [lines[r.start.line].slice(r.start.character)];
  for (let l = r.start.line + 1; l < r.end.line; l++) out.push(lines[l]);
  out.push(lines[r.end.line].slice(0, r.end.character));
  return out.join('\n');
}

export function hoverText(h: unknown): string {
  if (!h || typeof h !== 'object') return '';
  const c = (h as { contents: unknown }).contents;
  const one = (x: unknown): string => (typeof x === 'string' ? x : x && typeof x === 'object' && 'value' in x ? String((x as { value: unknown }).value) : '');
  return Array.isArray(c) ? c.map(one).join('\n') : one(c);
}

/** Applies LSP text edits (non-overlapping) to a text. */
export function applyEdits(text: string, edits: readonly Edit[]): string {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\r' && text[i + 1] === '\n') {
      starts.push(i + 2);
      i++;
    } else if (text[i] === '\n' || text[i] === '\r') starts.push(i + 1);
  }
  const off = (p: Position) => (p.line >= starts.length ? text.length : Math.min(starts[p.line] + p.character, text.length));
  const sorted = [...edits].sort((a, b) => off(b.range.start) - off(a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, off(e.range.start)) + e.newText + out.slice(off(e.range.end));
  return out;
}

/** The files a WorkspaceEdit touches, and its edits per file (from `changes` or `documentChanges`). */
export function editsOf(edit: unknown): Map<string, Edit[]> {
  const out = new Map<string, Edit[]>();
  if (!edit || typeof edit !== 'object') return out;
  const e = edit as { changes?: Record<string, Edit[]>; documentChanges?: { textDocument?: { uri: string }; edits?: Edit[] }[] };
  for (const [uri, list] of Object.entries(e.changes ?? {})) out.set(uri, list);
  for (const dc of e.documentChanges ?? []) if (dc.textDocument && dc.edits) out.set(dc.textDocument.uri, dc.edits);
  return out;
}

export const baseName = (uri: string) => decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
