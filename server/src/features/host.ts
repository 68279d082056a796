/**
 * What the features that leave a trace outside the index (recording a correction, exporting the
 * annotations) ask of the world. Features never touch a disk themselves: the server passes
 * `diskHost.ts`, tests an in-memory host, so every feature runs in process on any files.
 */
import type { Correction } from '../workspace/annotationsFile';
import type { UndoResult } from '../workspace/correctionsJournal';
import type { Folder } from '../workspace/files';

export interface FeatureHost {
  /** False in an untrusted workspace: nothing may be written. */
  readonly trusted: boolean;
  /** The workspace folder that holds `uri` (its corrections file is the one to write). */
  folderFor(uri: string): Folder | undefined;
  /**
   * Adds corrections to the folder's corrections file in one write (one step to undo);
   * `unreadable` when that file cannot be parsed cleanly.
   */
  addCorrections(folderPath: string, corrections: readonly Correction[]): 'ok' | 'unchanged' | 'unreadable';
  /** Takes back the last write of `addCorrections` (see workspace/correctionsJournal.ts). */
  undoCorrection(): UndoResult;
  /** Re-read the corrections into the index, re-publish and refresh the editors. */
  reloadAnnotations(): void;
  /** Tell the user something went wrong (a notification in the editor). */
  warn(message: string): void;
  /** The text of the article file at `absPath` as the index would read it; undefined when it is not one. */
  readArticle(absPath: string): string | undefined;
  isDirectory(absPath: string): boolean;
  /** Whether a file written at `absPath` would be indexed as one more article. */
  wouldBeIndexed(absPath: string): boolean;
  /** Writes a whole file at once (never half of it). */
  writeFile(absPath: string, content: string): void;
}
