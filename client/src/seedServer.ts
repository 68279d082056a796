/**
 * What the corpus views (explorer, review queue, labelling, progress, timeline) ask of the language
 * server: its requests, the corrections command, undo, and word that the corpus changed. One
 * object over the LanguageClient, so that each view is written against this and nothing else.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { CHANGED_METHOD, CORRECT_COMMAND, UNDO_COMMAND, type CorrectArgs, type UndoResult } from '../../server/src/protocol';

export interface SeedServer {
  /** A request to the server; undefined when it is not running (starting, or restarting after a crash). */
  request<R>(method: string, params: unknown): Promise<R | undefined>;
  /** A notification to the server (dropped when it is not running). */
  notify(method: string, params: unknown): void;
  /** Records corrections, all at once (one step to undo); true when the file says them afterwards. */
  correct(...args: CorrectArgs[]): Promise<boolean>;
  undo(): Promise<UndoResult | undefined>;
  /** The corpus or the corrections changed (the server's `seedLens/changed`). */
  readonly onChanged: vscode.Event<void>;
  /** An editor range as the protocol sends it. */
  range(r: vscode.Range): CorrectArgs['range'];
}

export function seedServer(getClient: () => LanguageClient | undefined, context: vscode.ExtensionContext): SeedServer & { listen(client: LanguageClient): vscode.Disposable } {
  const changed = new vscode.EventEmitter<void>();
  context.subscriptions.push(changed);
  const running = () => {
    const c = getClient();
    return c?.isRunning() ? c : undefined;
  };
  return {
    async request<R>(method: string, params: unknown): Promise<R | undefined> {
      const c = running();
      return c ? c.sendRequest<R>(method, params) : undefined;
    },
    notify(method: string, params: unknown): void {
      void running()?.sendNotification(method, params);
    },
    async correct(...args: CorrectArgs[]): Promise<boolean> {
      const c = running();
      if (!c || args.length === 0) return false;
      return (await c.sendRequest(ExecuteCommandRequest.type, { command: CORRECT_COMMAND, arguments: args })) === true;
    },
    async undo(): Promise<UndoResult | undefined> {
      const c = running();
      return c ? ((await c.sendRequest(ExecuteCommandRequest.type, { command: UNDO_COMMAND, arguments: [] })) as UndoResult) : undefined;
    },
    onChanged: changed.event,
    range: (r) => ({ start: { line: r.start.line, character: r.start.character }, end: { line: r.end.line, character: r.end.character } }),
    listen: (client) => client.onNotification(CHANGED_METHOD, () => changed.fire()),
  };
}

/** The UI name of a type. */
export function typeLabel(type: string): string {
  switch (type) {
    case 'PERSON':
      return vscode.l10n.t('Person');
    case 'INSTITUTION':
      return vscode.l10n.t('Institution');
    case 'PLACE':
      return vscode.l10n.t('Place');
    default:
      return vscode.l10n.t('Date');
  }
}

/** The codicon of a type. */
export function typeIcon(type: string): vscode.ThemeIcon {
  return new vscode.ThemeIcon(type === 'PERSON' ? 'person' : type === 'INSTITUTION' ? 'organization' : type === 'PLACE' ? 'location' : 'calendar');
}

/** Runs `fn` at most once per `ms`, the last call winning (the views refresh once for a burst of changes). */
export function debounce(fn: () => void, ms: number): () => void {
  let timer: NodeJS.Timeout | undefined;
  return () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      fn();
    }, ms);
  };
}
