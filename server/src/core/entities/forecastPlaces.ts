/**
 * The towns of a weather line (made-up: `Météo : Kalemie 27° | Moba 29° | Pweto 31°`): capitalised names
 * right before temperatures, two or more on a line, are places, whatever the lists know of them. One alone
 * may be something else (`in-8°`, a book's format, after its author).
 */
import type { Cand, Ctx } from './context';
import { isWord } from './context';

/** A town's name is a few words (`Richard-Toll`, `Kasumbalesa`, `Mbanza Ngungu`). */
const MAX_WORDS = 3;
/** Towns with their temperatures on one line: a forecast. */
const MIN_TOWNS = 2;

export function findForecastPlaces(ctx: Ctx, out: Cand[]): void {
  const toks = ctx.toks;
  let line: Cand[] = [];
  const flush = () => {
    if (line.length >= MIN_TOWNS) out.push(...line);
    line = [];
  };
  for (let i = 1; i + 1 < toks.length; i++) {
    const n = toks[i];
    if (line.length && toks[line[0].s].line !== n.line) flush();
    const deg = toks[i + 1];
    if (n.kind !== 'n' || !deg.text.startsWith('°') || deg.start !== n.end) continue;
    let s = i;
    let words = 0;
    for (let j = i - 1; j >= 0 && words < MAX_WORDS; j--) {
      const w = toks[j];
      if (w.line !== n.line || ctx.barrier[j]) break;
      if (isWord(w) && w.joinPrev) continue;
      if (!isWord(w) || !w.cap || ctx.lex.nonNames.has(w.key) || ctx.lex.demonyms.has(w.key)) break;
      s = j;
      words++;
    }
    if (s < i) line.push({ type: 'PLACE', s, e: i, prio: 3, kind: 'cuePlace' });
  }
  flush();
}
