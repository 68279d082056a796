/** Tokenisation for CoNLL export: words, numbers and single punctuation marks, cut at entity edges. */
import type { Span } from '../types';

export interface Token extends Span {
  text: string;
}

const TOKEN = /[\p{L}\p{M}\p{N}]+|[^\s\p{L}\p{M}\p{N}]/gu;

/** Tokens of `text`; a token never straddles the edge of one of `cuts` (entity spans). */
export function tokenize(text: string, cuts: readonly Span[]): Token[] {
  const edges = new Set<number>();
  for (const c of cuts) {
    edges.add(c.start);
    edges.add(c.end);
  }
  const out: Token[] = [];
  for (const m of text.matchAll(TOKEN)) {
    let start = m.index;
    const end = start + m[0].length;
    for (let i = start + 1; i < end; i++) {
      if (edges.has(i)) {
        out.push({ start, end: i, text: text.slice(start, i) });
        start = i;
      }
    }
    out.push({ start, end, text: text.slice(start, end) });
  }
  return out;
}
