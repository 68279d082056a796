export { fromBrat, toBrat, type BratSpan } from './brat';
export { fromConll, toConll, type ConllSpan } from './conll';
export { toJsonlLine } from './jsonl';
export { tokenize, type Token } from './tokens';
