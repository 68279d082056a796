/** The analysis core's public surface: the CLI and the language server import from here only. */
export * from './types';
export type { BoilerplateLayer, TeaserLinkOut } from './boilerplate';
export type { NameLayer } from './linking/nameLayer';
export type { RelatedLayer, RelatedSource } from './related';
export { CorpusIndex, type CorpusIndexOptions } from './corpus/corpusIndex';
export { decodeArticle, GUESS_WINDOW, type Decoded, type DecodeOptions, type EncodingGuesser } from './corpus/decode';
export { findDates } from './dates';
export { hash53 } from './text/hash53';
export { comparisonKey, detached, foldAccents, nameComparisonKey, slug } from './text/normalize';
export { TextChangedError, type TextSource } from './text/textStore';
export { lineEndBefore, lineRanges, lineStarts } from './text/lines';
export { toAnswerFile, toAnswerJson, type AnswerFile } from './report/answer';
export { analysisCorrections, ANNOTATIONS_PATH, contentHash, emptyAnnotations, parseAnnotations, serializeAnnotations, typedEntityId, type Annotations, type ParsedAnnotations } from './annotations';
export { fromBrat, fromConll, toBrat, toConll, toJsonlLine, tokenize, type BratSpan, type ConllSpan } from './export';
export { gazetteerType, isKnownFirstName } from './gazetteer/lookup';
