/** Writing a whole file at once: the corrections file, exports, the CLI's outputs. */
import fs from 'node:fs';
import path from 'node:path';

/**
 * Writes `text` to a temporary file beside `file`, then renames it over `file`: a reader (or a
 * crash) never sees half a file, and a failed write leaves the old file and no temporary behind.
 */
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
