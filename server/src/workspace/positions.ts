/**
 * The one place where core offsets (UTF-16 code units into the file's text) become LSP positions
 * and back. Line breaks are `\n`, `\r\n` and a lone `\r`, as LSP and VS Code count them.
 */
import type { Position, Range } from 'vscode-languageserver';
import { lineEndBefore, lineStarts } from '../core';

export class LineMap {
  /** Offset of the first character of each line (typed: one is kept per indexed file). */
  private readonly starts: Int32Array;
  /** The length of each line's break (0, 1 or 2). Not the text: a map is kept per indexed file, the text by the index alone. */
  private readonly breaks: Uint8Array;
  private readonly length: number;

  constructor(text: string) {
    this.starts = lineStarts(text);
    this.length = text.length;
    this.breaks = new Uint8Array(this.starts.length);
    for (let line = 0; line + 1 < this.starts.length; line++) this.breaks[line] = this.starts[line + 1] - lineEndBefore(text, this.starts[line], this.starts[line + 1]);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** The line holding `offset` (binary search). */
  lineAt(offset: number): number {
    const o = Math.max(0, Math.min(offset, this.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  position(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.length));
    const line = this.lineAt(o);
    return { line, character: o - this.starts[line] };
  }

  range(start: number, end: number): Range {
    return { start: this.position(start), end: this.position(end) };
  }

  lineStart(line: number): number {
    if (line < 0) return 0;
    return line >= this.starts.length ? this.length : this.starts[line];
  }

  /** End of the line's text, its line break excluded. */
  lineEnd(line: number): number {
    if (line + 1 >= this.starts.length) return this.length;
    return this.starts[line + 1] - this.breaks[line];
  }

  /** A position back to an offset; past the end of a line clamps to the line's end, like TextDocument. */
  offset(pos: Position): number {
    if (pos.line < 0) return 0;
    if (pos.line >= this.starts.length) return this.length;
    return Math.min(this.starts[pos.line] + Math.max(0, pos.character), this.lineEnd(pos.line));
  }

  /**
   * The whole lines covering `[start, end)`, with the line break after the last one: what an edit
   * deleting a block of lines removes. An `end` already at a line start stays there.
   */
  wholeLines(start: number, end: number): { start: number; end: number } {
    const first = this.lineStart(this.lineAt(start));
    const lastLine = end > start ? this.lineAt(end - 1) : this.lineAt(end);
    return { start: first, end: this.lineStart(lastLine + 1) };
  }
}
