import type { NameLayer } from '../layers';
import type { Entity, NameMention, Span } from '../types';

/** People, institutions and places. (Placeholder until the recognisers land: finds none, invents none.) */
export function createNameLayer(): NameLayer {
  const files = new Set<string>();
  return {
    setFile(file: string, _text: string, _exclude: readonly Span[]) {
      files.add(file);
    },
    removeFile(file: string) {
      files.delete(file);
    },
    mentions(): NameMention[] {
      return [];
    },
    entity(): Entity | undefined {
      return undefined;
    },
    entities(): Iterable<Entity> {
      return [];
    },
  };
}
