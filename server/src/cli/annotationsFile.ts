/** Finding the workspace corrections file for the CLI: the one the editor would use for the same folder. */
import fs from 'node:fs';
import path from 'node:path';
import { ANNOTATIONS_PATH, emptyAnnotations, parseAnnotations, type Annotations } from '../core';

/** `.seedlens/annotations.json` in the folder analysed or the nearest folder above it (as editors find `.editorconfig`). */
export function findAnnotationsFile(fromPath: string): string | undefined {
  let dir = path.resolve(fromPath);
  try {
    if (!fs.statSync(dir).isDirectory()) dir = path.dirname(dir);
  } catch {
    return undefined;
  }
  for (;;) {
    const candidate = path.join(dir, ANNOTATIONS_PATH);
    if (fs.existsSync(candidate)) return candidate;
    const up = path.dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

export function loadAnnotations(file: string | undefined, notices: string[]): Annotations {
  if (!file) return emptyAnnotations();
  let json: string;
  try {
    json = fs.readFileSync(file, 'utf8');
  } catch (e) {
    notices.push(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? e}); using no corrections`);
    return emptyAnnotations();
  }
  const parsed = parseAnnotations(json);
  if (parsed.notice) notices.push(`${file}: ${parsed.notice}`);
  return parsed.annotations;
}
