import type { RelatedLayer, RelatedSource } from '../layers';
import type { RelatedArticle } from '../types';

/** Related-article ranking. (Placeholder until the ranking lands: relates nothing.) */
export function createRelatedLayer(source: RelatedSource): RelatedLayer {
  void source;
  return {
    invalidate() {},
    removeFile() {},
    related(): RelatedArticle[] {
      return [];
    },
  };
}
