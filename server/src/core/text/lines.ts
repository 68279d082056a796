/**
 * The one line splitter. A line ends at `\n`, `\r\n` or a lone `\r`, as LSP and VS Code count lines,
 * so a line number or a whole-line range means the same thing in the core, the CLI's report and the
 * editor (old Mac files end their lines with a lone CR).
 */

/** Offset of the first character of each line (the first line starts at 0; a text has at least one line). */
export function lineStarts(text: string): Int32Array {
  let n = 1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) n++;
  }
  const starts = new Int32Array(n);
  for (let i = 0, k = 1; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) starts[k++] = i + 1;
  }
  return starts;
}

export interface LineRange {
  /** 0-based line number. */
  line: number;
  start: number;
  /** End of the line's text, its line break excluded. */
  end: number;
}

/** The end of the text of the line that starts at `start` when the next one starts at `next`. */
export function lineEndBefore(text: string, start: number, next: number): number {
  let end = next;
  if (end > start && text.charCodeAt(end - 1) === 10) end--;
  if (end > start && text.charCodeAt(end - 1) === 13) end--;
  return end;
}

/** Every line of `text` with its offsets. */
export function lineRanges(text: string): LineRange[] {
  const starts = lineStarts(text);
  const out: LineRange[] = new Array(starts.length);
  for (let line = 0; line < starts.length; line++) {
    const start = starts[line];
    const end = line + 1 < starts.length ? lineEndBefore(text, start, starts[line + 1]) : text.length;
    out[line] = { line, start, end };
  }
  return out;
}
