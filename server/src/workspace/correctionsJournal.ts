/**
 * Writing corrections so that they can be taken back: every write of a folder's corrections file
 * (one correction, or a batch such as "reject this name everywhere") is one step, and `undo` puts
 * back the text the file had before the last step. Kept for the server's lifetime only; a file
 * edited by hand since the step is never overwritten (undo refuses and forgets the steps).
 */
import { withCorrections, type Correction, type CorrectionsStore } from './annotationsFile';

/** Where a folder's corrections file is read and written (the disk for the server, memory for tests). */
export type AddResult = 'ok' | 'unchanged' | 'unreadable';
export type UndoResult = { result: 'ok'; folderPath: string } | { result: 'nothing' } | { result: 'changed'; folderPath: string };

/** Steps kept; older ones are forgotten. */
const MAX_STEPS = 200;

export class CorrectionsJournal {
  private readonly steps: { folderPath: string; before: string | null; after: string }[] = [];

  constructor(private readonly store: CorrectionsStore) {}

  /** Adds `corrections` to the folder's file in one write: one step to undo. */
  add(folderPath: string, corrections: readonly Correction[]): AddResult {
    let before: string | null;
    try {
      before = this.store.read(folderPath);
    } catch {
      return 'unreadable';
    }
    const after = withCorrections(before, corrections);
    if (after === 'unchanged' || after === 'unreadable') return after;
    this.store.write(folderPath, after);
    this.steps.push({ folderPath, before, after });
    if (this.steps.length > MAX_STEPS) this.steps.shift();
    return 'ok';
  }

  /** Takes back the last step, unless its file was changed since (then every step of that folder is forgotten). */
  undo(): UndoResult {
    const step = this.steps.pop();
    if (!step) return { result: 'nothing' };
    let now: string | null;
    try {
      now = this.store.read(step.folderPath);
    } catch {
      now = null;
    }
    if (now !== step.after) {
      for (let i = this.steps.length - 1; i >= 0; i--) if (this.steps[i].folderPath === step.folderPath) this.steps.splice(i, 1);
      return { result: 'changed', folderPath: step.folderPath };
    }
    this.store.write(step.folderPath, step.before);
    return { result: 'ok', folderPath: step.folderPath };
  }

  get size(): number {
    return this.steps.length;
  }
}
