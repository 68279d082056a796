export { CorrectionsView, findSurface } from './apply';
export { ANNOTATIONS_PATH, emptyAnnotations, type Annotations } from './schema';
export { parseAnnotations, serializeAnnotations, type ParsedAnnotations } from './parse';
