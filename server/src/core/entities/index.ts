/**
 * PERSON, INSTITUTION and PLACE recognition in one file: a pure function of the text (see
 * recognize.ts). Linking the names across the corpus is the name layer's (linking/nameLayer.ts).
 */
export { recognize, Strength } from './recognize';
export type { FileAnalysis, RawMention, WeakCandidate, AcronymDef } from './recognize';
