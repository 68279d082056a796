/**
 * A body's whole name written bare in a file after its first word, as another file names it after a cue
 * (`l'ONG Alafia Développement` there, `où siègent Alafia Développement` here; `Ivondro Velona`): the first
 * word is a weak word, the rest capitalised words no rule took (common nouns, unknown words). The corpus
 * knows the name; the file alone cannot.
 */
import type { Linker, Promotion } from './linker';
import { comparisonKey } from '../text/normalize';

/** How far after the weak word the rest of the name is looked for (characters). */
const LOOKAHEAD = 80;
/** One capitalised word, or a little word that joins a name's words (`Maboko na Maboko`, see tail.ts), with the blanks before it. */
const NEXT_WORD = /(\s+)(\p{Lu}[\p{L}\p{M}'’-]*|(?:na|ya|wa)(?=\s+\p{Lu}))/gu;

/**
 * The body whose whole name starts with the weak word `[start, end)` (folded `key`), read on through the words
 * after it on its line (`sliceText` gives the file's text by offsets), and where it ends; none when a recognised
 * mention (`spans`: start, end, type per row) starts inside.
 */
export function wholeBodyName(linker: Linker, key: string, start: number, end: number, sliceText: () => ((s: number, e: number) => string) | undefined, spans: Int32Array): Promotion | undefined {
  if (!linker.opensBodyName(key)) return undefined;
  // The text is read only for the rare word that opens a body's name (the command line reads it from disk again).
  const after = sliceText()?.(end, end + LOOKAHEAD) ?? '';
  const words: string[] = [];
  const ends: number[] = [];
  for (const m of after.matchAll(NEXT_WORD)) {
    if (m.index !== (ends.length ? ends[ends.length - 1] : 0) || m[1].includes('\n')) break;
    words.push(comparisonKey(m[2]));
    ends.push(m.index + m[0].length);
  }
  const found = words.length ? linker.bodyNamedFrom(key, words) : undefined;
  if (!found || found.words === 0) return undefined;
  const wholeEnd = end + ends[found.words - 1];
  for (let i = 0; i < spans.length; i += 3) if (spans[i] >= start && spans[i] < wholeEnd) return undefined;
  return { ...found.promotion, end: wholeEnd };
}
