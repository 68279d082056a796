/**
 * The workspace corrections file (`.seedlens/annotations.json`): what a curator told Seed Lens
 * that the recognisers got wrong. Plain JSON, one entry per line when serialised, stable order,
 * so that it merges well in version control.
 */
import { hash53 } from '../text/hash53';
import type { NameType } from '../types';

export const ANNOTATIONS_PATH = '.seedlens/annotations.json';

export interface Annotations {
  version: 1;
  /** Boilerplate blocks (by fingerprint) the user chose to ignore: no diagnostics, not in reports. */
  ignoreBoilerplate: string[];
  /** Repeated blocks (by fingerprint) that are real article text, never boilerplate. */
  notBoilerplate: string[];
  /** Surfaces that are not entities: everywhere, or only in `file`. */
  notEntity: { text: string; file?: string }[];
  /** Surfaces whose type is wrong, or that were missed: every occurrence becomes this type. */
  entityType: { text: string; type: NameType }[];
  /** Entity ids that are one real-world entity. */
  merge: { ids: string[] }[];
  /** Surfaces that must be taken out of their entity and form one of their own. */
  split: { text: string }[];
  /** Canonical names chosen by the user. */
  canonical: { id: string; name: string }[];
  /**
   * Guesses the curator confirmed (a surface of this type, everywhere or in `file`): they leave the
   * review queue. Optional, like `reviewed`: a file written before they existed reads the same.
   */
  accepted?: { text: string; type: NameType; file?: string }[];
  /**
   * Articles the curator marked reviewed, with the hash of their text then (`contentHash`): an
   * article whose text no longer has that hash is not reviewed any more.
   */
  reviewed?: { file: string; hash: string }[];
}

export function emptyAnnotations(): Annotations {
  return { version: 1, ignoreBoilerplate: [], notBoilerplate: [], notEntity: [], entityType: [], merge: [], split: [], canonical: [], accepted: [], reviewed: [] };
}

/**
 * The corrections that change what the analysis says, without the review state (`accepted`,
 * `reviewed`): marking an article reviewed must not make the server analyse the corpus again.
 */
export function analysisCorrections(a: Annotations): Omit<Annotations, 'accepted' | 'reviewed'> {
  const { version, ignoreBoilerplate, notBoilerplate, notEntity, entityType, merge, split, canonical } = a;
  return { version, ignoreBoilerplate, notBoilerplate, notEntity, entityType, merge, split, canonical };
}

/**
 * The hash a `reviewed` entry keeps of an article's text (as the index holds it: decoded, BOM
 * dropped): 53 bits in hex, enough to tell an edited article from the one that was reviewed.
 */
export function contentHash(text: string): string {
  return hash53(text).toString(16).padStart(14, '0');
}
