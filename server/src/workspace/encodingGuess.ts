/**
 * The encoding guesser VS Code uses when `files.autoGuessEncoding` is on: jschardet, the same
 * version as VS Code 1.100, loaded only when a guess is asked for. The bundles carry it as a file
 * of its own (dist/jschardet.min.js, LGPL, with its licence beside it) rather than inside them;
 * test bundles load the package from node_modules.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import type { EncodingGuesser } from '../core';

interface Jschardet {
  detect(binary: string): { encoding?: string | null } | null;
}

let loaded: EncodingGuesser | null | undefined;

/** jschardet's guess, as VS Code asks for it (the bytes as a Latin-1 string), or undefined when it cannot be loaded. */
export function encodingGuesser(): EncodingGuesser | undefined {
  if (loaded === undefined) loaded = load();
  return loaded ?? undefined;
}

function load(): EncodingGuesser | null {
  const load = createRequire(__filename);
  for (const where of [path.join(__dirname, 'jschardet.min.js'), 'jschardet']) {
    let j: Jschardet;
    try {
      j = load(where) as Jschardet;
    } catch {
      continue;
    }
    return (bytes) => {
      try {
        return j.detect(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1'))?.encoding ?? null;
      } catch {
        return null; // VS Code treats a throw as no guess too
      }
    };
  }
  return null;
}
