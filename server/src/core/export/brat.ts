/**
 * brat standoff (`.ann` beside each `.txt`): `T` lines for mentions, `N` lines normalising each to
 * its entity id (`SeedLens:assimi-goita`) or, for dates, its ISO value (`ISO:2023-08-15`).
 * brat counts offsets in Unicode code points, not UTF-16 units: we convert both ways.
 */
import type { Mention } from '../types';

export interface BratSpan {
  type: string;
  start: number;
  end: number;
  text: string;
  norm?: string;
}

/** UTF-16 offset → code-point offset, for every offset at once (one pass over the text). */
function codePointOffsets(text: string): Int32Array {
  const map = new Int32Array(text.length + 1);
  let cp = 0;
  for (let i = 0; i < text.length; i++) {
    map[i] = cp;
    const c = text.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        map[++i] = cp; // the low half of a pair shares its code point
      }
    }
    cp++;
  }
  map[text.length] = cp;
  return map;
}

const oneLine = (s: string) => s.replace(/[\r\n\t]/g, ' ');

export function toBrat(text: string, mentions: readonly Mention[]): string {
  const cp = codePointOffsets(text);
  const lines: string[] = [];
  let n = 0;
  mentions.forEach((m, i) => {
    const t = `T${i + 1}`;
    lines.push(`${t}\t${m.type} ${cp[m.start]} ${cp[m.end]}\t${oneLine(m.text)}`);
    const norm = m.type === 'DATE' ? (m.value ? `ISO:${m.value}` : null) : `SeedLens:${m.entityId}`;
    if (norm) lines.push(`N${++n}\tReference ${t} ${norm}\t${oneLine(m.text)}`);
  });
  return lines.length ? lines.join('\n') + '\n' : '';
}

/** Reads `T` and `N` lines back into spans with UTF-16 offsets into `text`. */
export function fromBrat(ann: string, text: string): BratSpan[] {
  const cp = codePointOffsets(text);
  const toUtf16 = new Map<number, number>();
  for (let i = text.length; i >= 0; i--) toUtf16.set(cp[i], i); // the first unit of each code point wins
  const byId = new Map<string, BratSpan>();
  const order: BratSpan[] = [];
  for (const line of ann.split(/\r?\n/)) {
    const t = /^(T\d+)\t(\S+) (\d+) (\d+)\t/.exec(line);
    if (t) {
      const start = toUtf16.get(Number(t[3]));
      const end = toUtf16.get(Number(t[4]));
      if (start === undefined || end === undefined) continue;
      const span: BratSpan = { type: t[2], start, end, text: text.slice(start, end) };
      byId.set(t[1], span);
      order.push(span);
      continue;
    }
    const nLine = /^N\d+\tReference (T\d+) (\S+)\t/.exec(line);
    if (nLine) {
      const span = byId.get(nLine[1]);
      if (span) span.norm = nLine[2];
    }
  }
  return order;
}
