export { CorrectionsView, findSurface, typedEntityId } from './apply';
export { analysisCorrections, ANNOTATIONS_PATH, contentHash, emptyAnnotations, type Annotations } from './schema';
export { parseAnnotations, serializeAnnotations, type ParsedAnnotations } from './parse';
