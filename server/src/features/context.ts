/**
 * What every feature reads: the corpus index (never the raw text, except to turn offsets into
 * positions), the offset↔position helper, the settings and the UI strings. Features are pure
 * functions of this context and their LSP params, so tests and the server call them the same way.
 */
import { CancellationToken, ErrorCodes, LSPErrorCodes, ResponseError, TextDocumentEdit, TextEdit, type WorkspaceEdit } from 'vscode-languageserver';
import type { Annotations, CorpusIndex, Entity, Mention, NameMention } from '../core';
import type { Catalog } from './catalog';
import type { I18n } from '../i18n';
import type { Settings } from '../workspace/settings';
import type { LineMap } from '../workspace/positions';

export interface FeatureContext {
  index: CorpusIndex;
  /** `index.entity(id)`, remembered until the index next changes (an entity is rebuilt from all its files). */
  entity(id: string): Entity | undefined;
  /** Offsets ↔ positions for the text the index holds for `file` (undefined when not indexed). */
  lines(file: string): LineMap | undefined;
  /** The document's version when it is open in the editor and the index holds exactly its text. */
  openVersion(file: string): number | undefined;
  /** A short, human name for a file (its path relative to the workspace folder). */
  label(file: string): string;
  settings: Settings;
  t: I18n;
  /** Whether the client applies `documentChanges` (versioned edits) in a WorkspaceEdit. */
  documentChanges: boolean;
  /** False in an untrusted workspace: `.seedlens/annotations.json` is not written. */
  canWriteAnnotations: boolean;
  /** The client commands the editor can run (`InitializationOptions.clientCommands`): "Merge with…" needs a picker. */
  clientCommands: ReadonlySet<string>;
  /** The corpus in totals (explorer, review queue, timeline), kept current with `index`. */
  catalog: Catalog;
  /** The corrections in force, every folder's merged (per-file entries keyed by URI), the review state included. */
  annotations: Annotations;
  /** True while the workspace is being indexed: corpus-wide answers are still partial. */
  indexing: boolean;
}

export function cancelled(): ResponseError<void> {
  return new ResponseError(LSPErrorCodes.RequestCancelled, 'cancelled');
}

export function throwIfCancelled(token: CancellationToken | undefined): void {
  if (token?.isCancellationRequested) throw cancelled();
}

export function invalidParams(message: string): ResponseError<void> {
  return new ResponseError(ErrorCodes.InvalidParams, message);
}

export function isName(m: Mention | undefined): m is NameMention {
  return !!m && m.type !== 'DATE';
}

/** The entity's mentions, corpus order: by file key, then by offset. */
export function sortedMentions(entity: Entity): Entity['mentions'] {
  return [...entity.mentions].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start));
}

/** The entity's first mention in corpus order (a linear scan: no sort for one answer). */
export function firstMention(entity: Entity): Entity['mentions'][number] | undefined {
  let best: Entity['mentions'][number] | undefined;
  for (const m of entity.mentions) {
    if (!best || m.file < best.file || (m.file === best.file && m.start < best.start)) best = m;
  }
  return best;
}

/** One WorkspaceEdit over several files: versioned per-document edits when the client supports them. */
export function workspaceEdit(ctx: FeatureContext, edits: Map<string, TextEdit[]>): WorkspaceEdit {
  if (!ctx.documentChanges) return { changes: Object.fromEntries(edits) };
  return {
    documentChanges: [...edits].map(([uri, list]) => TextDocumentEdit.create({ uri, version: ctx.openVersion(uri) ?? null }, list)),
  };
}
