/**
 * CoNLL-2003-style BIO: one token per line (`token<TAB>B-PERSON`), a blank line between
 * sentences, `-DOCSTART-` between articles. Reading it back needs the article's text: tokens are
 * aligned to it in order, which recovers the exact offsets.
 */
import type { Mention, Span } from '../types';
import { tokenize } from './tokens';

const SENTENCE_END = /^[.!?…]$/;

export function toConll(text: string, mentions: readonly Mention[]): string {
  const tokens = tokenize(text, mentions);
  const lines = ['-DOCSTART-\tO', ''];
  let mi = 0;
  for (const tok of tokens) {
    while (mi < mentions.length && mentions[mi].end <= tok.start) mi++;
    const m = mentions[mi];
    const tag = m && m.start <= tok.start && tok.end <= m.end ? `${m.start === tok.start ? 'B' : 'I'}-${m.type}` : 'O';
    lines.push(`${tok.text}\t${tag}`);
    if (tag === 'O' && SENTENCE_END.test(tok.text)) lines.push('');
  }
  if (lines[lines.length - 1] !== '') lines.push('');
  return lines.join('\n');
}

export interface ConllSpan extends Span {
  type: string;
  text: string;
}

/** The spans of one article's CoNLL block, aligned to `text`. Throws if the tokens are not the text's. */
export function fromConll(conll: string, text: string): ConllSpan[] {
  const out: ConllSpan[] = [];
  let cursor = 0;
  let open: ConllSpan | undefined;
  for (const line of conll.split('\n')) {
    if (line === '' || line.startsWith('-DOCSTART-')) continue;
    const tab = line.lastIndexOf('\t');
    const token = line.slice(0, tab);
    const tag = line.slice(tab + 1);
    const at = text.indexOf(token, cursor);
    if (at < 0) throw new Error(`token ${JSON.stringify(token)} not found in the text after offset ${cursor}`);
    cursor = at + token.length;
    if (tag.startsWith('I-') && open && open.type === tag.slice(2)) {
      open.end = cursor;
      open.text = text.slice(open.start, open.end);
      continue;
    }
    open = undefined;
    if (tag.startsWith('B-') || tag.startsWith('I-')) {
      open = { type: tag.slice(2), start: at, end: cursor, text: token };
      out.push(open);
    }
  }
  return out;
}
