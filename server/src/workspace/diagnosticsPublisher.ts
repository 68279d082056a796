/**
 * Push diagnostics for every indexed file, sending only what changed: each file's last published
 * diagnostics are remembered (as a hash of their JSON: the JSON itself of every file with its
 * related copies would grow with the workspace), a file is recomputed when it or a file sharing a block with
 * it changes, and a background sweep over the workspace (in time slices, cancelled by the next one)
 * catches the rest (after indexing, settings or annotations changes, or an edit that moved names or blocks).
 */
import type { Diagnostic } from 'vscode-languageserver';
import { hash53 } from '../core';

const SLICE_MS = 12;

/** What a complete sweep leaves behind: every file's diagnostics (files without any are not told). */
export interface SweepRecorder {
  add(file: string, json: string): void;
  /** The sweep went through every file. */
  commit(): void;
  /** The sweep was superseded: what was recorded is partial. */
  abort(): void;
}

/** Never 0, which stands for "no diagnostics". */
const hashOf = (json: string) => hash53(json, 1) || 1;

export class DiagnosticsPublisher {
  private readonly published = new Map<string, number>();
  private sweepGeneration = 0;
  private sweepTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly compute: (file: string) => Diagnostic[],
    private readonly send: (file: string, diagnostics: Diagnostic[]) => void,
    private readonly files: () => Iterable<string>,
    private readonly onError: (file: string, e: unknown) => void,
    /** Asked at each sweep for where to record every file's diagnostics (the on-disk cache), if anywhere. */
    private readonly recorder: () => SweepRecorder | undefined = () => undefined,
  ) {}

  /**
   * Recompute these files now; returns how many were (re)published. `always` is published even
   * when unchanged: an edited open document gets diagnostics stamped with its new version.
   */
  refresh(files: Iterable<string>, always?: string): number {
    let sent = 0;
    for (const f of files) if (this.refreshOne(f, f === always)) sent++;
    return sent;
  }

  /**
   * Diagnostics published from elsewhere (a cache of the last session's, as JSON): remembered as if
   * computed here, so the sweep that follows sends only what differs.
   */
  sent(file: string, json: string): void {
    this.published.set(file, hashOf(json));
  }

  /** `record`: told every file's diagnostics (as JSON; not files without any) as they are computed. */
  private refreshOne(file: string, always = false, record?: (file: string, json: string) => void): boolean {
    let diagnostics: Diagnostic[];
    try {
      diagnostics = this.compute(file);
    } catch (e) {
      this.onError(file, e);
      return false;
    }
    let hash = 0;
    if (diagnostics.length > 0) {
      const json = JSON.stringify(diagnostics);
      hash = hashOf(json);
      record?.(file, json);
    }
    if (!always && (this.published.get(file) ?? 0) === hash) return false;
    if (hash) this.published.set(file, hash);
    else this.published.delete(file);
    this.send(file, diagnostics);
    return true;
  }

  private readonly queue = new Set<string>();
  private draining = false;

  /** Recompute these files in the background, in time slices (after what the user is looking at). */
  refreshSoon(files: Iterable<string>): void {
    for (const f of files) this.queue.add(f);
    if (this.draining || this.queue.size === 0) return;
    this.draining = true;
    void (async () => {
      try {
        let sliceStart = performance.now();
        while (this.queue.size > 0) {
          const f: string = this.queue.values().next().value!;
          this.queue.delete(f);
          this.refreshOne(f);
          if (performance.now() - sliceStart > SLICE_MS) {
            await new Promise<void>((resolve) => setImmediate(resolve));
            sliceStart = performance.now();
          }
        }
      } finally {
        this.draining = false;
      }
    })();
  }

  /** A sweep after `delayMs` of quiet (a new call postpones it). */
  scheduleSweep(delayMs: number): void {
    if (this.sweepTimer) clearTimeout(this.sweepTimer);
    this.sweepTimer = setTimeout(() => {
      this.sweepTimer = undefined;
      void this.sweep();
    }, delayMs);
  }

  /** Recompute every file (and clear files gone from the index). Resolves false if superseded. */
  async sweep(onProgress?: (done: number, total: number) => void): Promise<boolean> {
    const recorder = this.recorder();
    let complete = false;
    try {
      complete = await this.sweepAll(onProgress, recorder && ((file, json) => recorder.add(file, json)));
    } finally {
      if (complete) recorder?.commit();
      else recorder?.abort();
    }
    return complete;
  }

  private async sweepAll(onProgress: ((done: number, total: number) => void) | undefined, record: ((file: string, json: string) => void) | undefined): Promise<boolean> {
    if (this.sweepTimer) {
      clearTimeout(this.sweepTimer);
      this.sweepTimer = undefined;
    }
    const gen = ++this.sweepGeneration;
    this.queue.clear();
    const all = new Set(this.files());
    for (const f of this.published.keys()) all.add(f);
    let sliceStart = performance.now();
    let done = 0;
    for (const f of all) {
      if (gen !== this.sweepGeneration) return false;
      this.refreshOne(f, false, record);
      done++;
      if (performance.now() - sliceStart > SLICE_MS) {
        onProgress?.(done, all.size);
        await new Promise<void>((resolve) => setImmediate(resolve));
        sliceStart = performance.now();
      }
    }
    return gen === this.sweepGeneration;
  }

  cancel(): void {
    this.sweepGeneration++;
    this.queue.clear();
    if (this.sweepTimer) clearTimeout(this.sweepTimer);
  }
}
