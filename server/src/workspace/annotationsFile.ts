/**
 * `.seedlens/annotations.json` on disk: read every folder's file and merge them; add an ignored
 * block with an atomic write (temp file + rename) so a crash never leaves half a file.
 */
import fs from 'node:fs';
import path from 'node:path';
import { ANNOTATIONS_PATH, emptyAnnotations, parseAnnotations, serializeAnnotations, type Annotations } from '../core';

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
  const merged = emptyAnnotations();
  const notices: ReadAnnotations['notices'] = [];
  for (const folder of folderPaths) {
    const file = annotationsPath(folder);
    const { annotations: a, notice } = readOne(file);
    if (notice) notices.push({ file, notice });
    merged.ignoreBoilerplate.push(...a.ignoreBoilerplate);
    merged.notBoilerplate.push(...a.notBoilerplate);
    merged.notEntity.push(...a.notEntity);
    merged.entityType.push(...a.entityType);
    merged.merge.push(...a.merge);
    merged.split.push(...a.split);
    merged.canonical.push(...a.canonical);
  }
  return { annotations: merged, notices };
}

/**
 * Adds `fingerprint` to the folder's `ignoreBoilerplate`. Refuses (returns false) when the existing
 * file cannot be parsed cleanly: rewriting it would drop what the user wrote.
 */
export function addIgnoredBlock(folderPath: string, fingerprint: string): boolean {
  const file = annotationsPath(folderPath);
  const current = readOne(file);
  if (current.notice) return false;
  const a = current.annotations;
  if (a.ignoreBoilerplate.includes(fingerprint)) return true;
  a.ignoreBoilerplate.push(fingerprint);
  writeAtomically(file, serializeAnnotations(a));
  return true;
}

export function writeAtomically(file: string, text: string): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${Date.now().toString(36)}.tmp`;
  try {
    fs.writeFileSync(tmp, text, 'utf8');
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}
