/**
 * The gazetteers are written as compact text blocks, one entity per line:
 *   `id: Canonical name | variant | variant`   (the id is optional: it defaults to the slug of the first name)
 * Blank lines and lines starting with `#` are ignored. A text block is quicker to review than
 * a JSON array and is bundled by esbuild like any other module (no file is read at run time).
 */
import { slug } from '../text/normalize';

export interface GazetteerEntry {
  id: string;
  /** The canonical spelling first, then the variants. */
  names: string[];
}

export function parseGazetteer(block: string): GazetteerEntry[] {
  const out: GazetteerEntry[] = [];
  for (const raw of block.split('\n')) {
    const line = raw.trim();
    if (!line || line.startsWith('#')) continue;
    const colon = line.indexOf(':');
    // An id is a slug: no spaces, no capitals. A colon after a name (rare) is not an id marker.
    const hasId = colon > 0 && /^[a-z0-9-]+$/.test(line.slice(0, colon).trim());
    const body = hasId ? line.slice(colon + 1) : line;
    const names = body.split('|').map((s) => s.trim()).filter(Boolean);
    if (names.length === 0) continue;
    out.push({ id: hasId ? line.slice(0, colon).trim() : slug(names[0]), names });
  }
  return out;
}

/** A whitespace-separated word list (first names, stop-words). */
export function parseWordList(block: string): string[] {
  return block
    .split('\n')
    .filter((line) => !line.trim().startsWith('#'))
    .join(' ')
    .split(/\s+/)
    .filter(Boolean);
}
