/**
 * `.seedlens/annotations.json` on disk: read every folder's file and merge them; add a correction
 * (an ignored block, not an entity, a type, a merge…) with an atomic write (temp file + rename) so
 * a crash never leaves half a file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ANNOTATIONS_PATH, comparisonKey, emptyAnnotations, parseAnnotations, serializeAnnotations, type Annotations, type NameType } from '../core';
import { writeAtomically } from './atomicWrite';
import { fileUri, normalizeUri } from './uri';

export function annotationsPath(folderPath: string): string {
  return path.join(folderPath, ...ANNOTATIONS_PATH.split('/'));
}

export function isAnnotationsPath(absPath: string): boolean {
  const norm = absPath.split(path.sep).join('/');
  return norm.endsWith('/' + ANNOTATIONS_PATH);
}

export interface ReadAnnotations {
  annotations: Annotations;
  /** One line per file that could not be read fully. */
  notices: { file: string; notice: string }[];
}

function readOne(file: string): { annotations: Annotations; notice?: string } {
  let text: string;
  try {
    text = fs.readFileSync(file, 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { annotations: emptyAnnotations() };
    return { annotations: emptyAnnotations(), notice: `cannot read (${code ?? String(e)}); using no corrections` };
  }
  return parseAnnotations(text);
}

export function readAnnotations(folderPaths: readonly string[]): ReadAnnotations {
  const notices: ReadAnnotations['notices'] = [];
  const parts = folderPaths.map((folderPath) => {
    const file = annotationsPath(folderPath);
    const { annotations, notice } = readOne(file);
    if (notice) notices.push({ file, notice });
    return { folderPath, annotations };
  });
  return { annotations: mergeAnnotations(parts), notices };
}

/** Every folder's corrections as one set, as the index reads them. */
export function mergeAnnotations(parts: readonly { folderPath: string; annotations: Annotations }[]): Annotations {
  const merged = emptyAnnotations();
  for (const { folderPath: folder, annotations: a } of parts) {
    merged.ignoreBoilerplate.push(...a.ignoreBoilerplate);
    merged.notBoilerplate.push(...a.notBoilerplate);
    // A per-file entry names the file relative to its folder (portable) or by URI; the index keys files by URI.
    merged.notEntity.push(...a.notEntity.map((n) => (n.file ? { ...n, file: fileKey(folder, n.file) } : n)));
    merged.entityType.push(...a.entityType);
    merged.merge.push(...a.merge);
    merged.split.push(...a.split);
    merged.canonical.push(...a.canonical);
    merged.accepted?.push(...(a.accepted ?? []).map((x) => (x.file ? { ...x, file: fileKey(folder, x.file) } : x)));
    merged.reviewed?.push(...(a.reviewed ?? []).map((r) => ({ ...r, file: fileKey(folder, r.file) })));
  }
  return merged;
}

/** A `notEntity.file` as the index keys files: a URI stays (re-spelled), a path is taken relative to the folder. */
export function fileKey(folderPath: string, file: string): string {
  return /^[a-z][a-z0-9+.-]+:/i.test(file) ? normalizeUri(file) : fileUri(path.resolve(folderPath, file));
}

/** One correction a curator makes from the editor; `notEntity.file` is relative to the folder (or a URI). */
export type Correction =
  | { kind: 'ignoreBoilerplate'; fingerprint: string }
  | { kind: 'notBoilerplate'; fingerprint: string }
  | { kind: 'notEntity'; text: string; file?: string }
  | { kind: 'entityType'; text: string; type: NameType }
  | { kind: 'merge'; ids: string[] }
  | { kind: 'split'; text: string }
  | { kind: 'canonical'; id: string; name: string }
  /** A guess confirmed: everywhere, or only in `file`. */
  | { kind: 'accept'; text: string; type: NameType; file?: string }
  /** An article marked reviewed, with the hash of its text (`contentHash`); `hash` absent: no longer reviewed. */
  | { kind: 'reviewed'; file: string; hash?: string };

/**
 * Adds one correction to the folder's file (atomic write). `unreadable`: the existing file does not
 * parse cleanly and is left alone (rewriting it would drop what the user wrote); `unchanged`: the
 * file already says so.
 */
export function addCorrection(folderPath: string, c: Correction): 'ok' | 'unchanged' | 'unreadable' {
  let current: string | null;
  try {
    current = diskCorrectionsStore.read(folderPath);
  } catch {
    return 'unreadable';
  }
  const text = withCorrections(current, [c]);
  if (text === 'unchanged' || text === 'unreadable') return text;
  diskCorrectionsStore.write(folderPath, text);
  return 'ok';
}

/** The corrections files on disk, for the journal that writes them (`CorrectionsJournal`). */
/** Where a corrections file is read from and written to (the disk, or a test's memory). */
export interface CorrectionsStore {
  /** The file's text, or null when there is none; throws when it exists but cannot be read. */
  read(folderPath: string): string | null;
  /** Writes the whole file at once, or removes it (null). */
  write(folderPath: string, text: string | null): void;
}

export const diskCorrectionsStore: CorrectionsStore = {
  read(folderPath) {
    try {
      return fs.readFileSync(annotationsPath(folderPath), 'utf8');
    } catch (e) {
      const code = (e as NodeJS.ErrnoException).code;
      if (code === 'ENOENT' || code === 'ENOTDIR') return null;
      throw e;
    }
  },
  write(folderPath, text) {
    const file = annotationsPath(folderPath);
    // Undoing the write that created the file takes the file away again.
    if (text === null) fs.rmSync(file, { force: true });
    else writeAtomically(file, text);
  },
};

/**
 * The text of a corrections file once `corrections` are added to `current` (its text, null when
 * there is none): `unreadable` when `current` does not parse cleanly (rewriting it would drop what
 * the user wrote), `unchanged` when it says all of them already.
 */
export function withCorrections(current: string | null, corrections: readonly Correction[]): string | 'unchanged' | 'unreadable' {
  const parsed = current === null ? { annotations: emptyAnnotations() } : parseAnnotations(current);
  if (parsed.notice) return 'unreadable';
  let changed = false;
  for (const c of corrections) if (applyCorrection(parsed.annotations, c)) changed = true;
  return changed ? serializeAnnotations(parsed.annotations) : 'unchanged';
}

/**
 * Records `c` in `a` (in place); false when `a` already says it. A later correction replaces the
 * entries it contradicts, so the file never holds two answers to one question: marking a surface
 * as an entity drops "not an entity" for it (and the reverse, everywhere), a new type or canonical
 * name replaces the old one, a merge joins the groups it touches.
 */
export function applyCorrection(a: Annotations, c: Correction): boolean {
  const before = serializeAnnotations(a);
  switch (c.kind) {
    case 'ignoreBoilerplate':
      if (!a.ignoreBoilerplate.includes(c.fingerprint)) a.ignoreBoilerplate.push(c.fingerprint);
      break;
    case 'notBoilerplate':
      if (!a.notBoilerplate.includes(c.fingerprint)) a.notBoilerplate.push(c.fingerprint);
      break;
    case 'notEntity': {
      const key = comparisonKey(c.text);
      if (a.notEntity.some((n) => comparisonKey(n.text) === key && (!n.file || n.file === c.file))) break;
      if (!c.file) {
        a.entityType = a.entityType.filter((x) => comparisonKey(x.text) !== key);
        a.notEntity = a.notEntity.filter((n) => comparisonKey(n.text) !== key);
      }
      a.notEntity.push(c.file ? { text: c.text, file: c.file } : { text: c.text });
      break;
    }
    case 'entityType': {
      const key = comparisonKey(c.text);
      a.notEntity = a.notEntity.filter((n) => comparisonKey(n.text) !== key);
      const same = a.entityType.find((x) => comparisonKey(x.text) === key);
      if (same && same.type === c.type) break;
      a.entityType = a.entityType.filter((x) => comparisonKey(x.text) !== key);
      a.entityType.push({ text: c.text, type: c.type });
      break;
    }
    case 'merge': {
      const ids = [...new Set(c.ids)];
      if (ids.length < 2) break;
      const touching = a.merge.filter((m) => m.ids.some((id) => ids.includes(id)));
      const group = [...new Set([...touching.flatMap((m) => m.ids), ...ids])].sort();
      if (touching.length === 1 && touching[0].ids.length === group.length) break;
      a.merge = [...a.merge.filter((m) => !touching.includes(m)), { ids: group }];
      break;
    }
    case 'split': {
      const key = comparisonKey(c.text);
      if (!a.split.some((s) => comparisonKey(s.text) === key)) a.split.push({ text: c.text });
      break;
    }
    case 'canonical': {
      // One name per merge group: a name set on any member of the group stands for the group.
      const group = new Set(a.merge.find((m) => m.ids.includes(c.id))?.ids ?? [c.id]);
      a.canonical = [...a.canonical.filter((x) => !group.has(x.id)), { id: c.id, name: c.name }];
      break;
    }
    case 'accept': {
      const key = comparisonKey(c.text);
      const accepted = a.accepted ?? [];
      const same = (x: { text: string; type: NameType }) => comparisonKey(x.text) === key && x.type === c.type;
      if (accepted.some((x) => same(x) && (!x.file || x.file === c.file))) break;
      // Accepted everywhere: the per-file entries of the same guess say nothing more.
      a.accepted = [...(c.file ? accepted : accepted.filter((x) => !same(x))), c.file ? { text: c.text, type: c.type, file: c.file } : { text: c.text, type: c.type }];
      break;
    }
    case 'reviewed': {
      const rest = (a.reviewed ?? []).filter((r) => r.file !== c.file);
      a.reviewed = c.hash ? [...rest, { file: c.file, hash: c.hash }] : rest;
      break;
    }
  }
  // What a later correction contradicts is no longer accepted: the guess it confirmed is gone or changed.
  if ((c.kind === 'notEntity' || c.kind === 'entityType') && a.accepted?.length) {
    const key = comparisonKey(c.text);
    const stillHolds = (x: { type: NameType; file?: string }) => (c.kind === 'entityType' ? x.type === c.type : c.file !== undefined && x.file !== c.file);
    a.accepted = a.accepted.filter((x) => comparisonKey(x.text) !== key || stillHolds(x));
  }
  return serializeAnnotations(a) !== before;
}
