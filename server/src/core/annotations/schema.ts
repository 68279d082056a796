/**
 * The workspace corrections file (`.seedlens/annotations.json`): what a curator told Seed Lens
 * that the recognisers got wrong. Plain JSON, one entry per line when serialised, stable order,
 * so that it merges well in version control.
 */
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
}

export function emptyAnnotations(): Annotations {
  return { version: 1, ignoreBoilerplate: [], notBoilerplate: [], notEntity: [], entityType: [], merge: [], split: [], canonical: [] };
}
