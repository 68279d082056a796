/**
 * Progress: mark the active article reviewed (kept in `.seedlens/annotations.json` with the hash of
 * its text, so that an article edited since counts as unreviewed again), and the status bar: how
 * many articles there are and how many are reviewed, and whether the active one is.
 */
import * as vscode from 'vscode';
import { Commands, PROGRESS_METHOD, type ProgressResult, type StatusParams } from '../../server/src/protocol';
import { debounce, type SeedServer } from './seedServer';

const LANGUAGE_ID = 'seed-article';

export class CorpusStatus {
  /** The corpus: articles and how many are reviewed (a click shows the output). */
  private readonly corpus = vscode.window.createStatusBarItem('seedLens.corpus', vscode.StatusBarAlignment.Left, 0);
  /** The active article: reviewed or not (a click toggles it). */
  private readonly article = vscode.window.createStatusBarItem('seedLens.reviewed', vscode.StatusBarAlignment.Left, -2);
  private indexing = false;
  private asked = 0;

  constructor(
    private readonly server: SeedServer,
    context: vscode.ExtensionContext,
  ) {
    this.corpus.name = 'Seed Lens';
    this.corpus.command = Commands.showOutput;
    this.article.name = vscode.l10n.t('Seed Lens: article reviewed');
    const refresh = debounce(() => void this.refresh(), 200);
    context.subscriptions.push(this.corpus, this.article, server.onChanged(refresh), vscode.window.onDidChangeActiveTextEditor(refresh), vscode.workspace.onDidChangeTextDocument(refresh));
  }

  /** The server's `seedLens/status`: until `ready`, the index is still growing. */
  status(s: StatusParams): void {
    this.indexing = s.state !== 'ready';
    if (this.indexing) {
      this.corpus.text = '$(sync~spin) Seed Lens';
      this.corpus.show();
    } else {
      void this.refresh();
    }
  }

  async refresh(): Promise<void> {
    const editor = vscode.window.activeTextEditor;
    const uri = editor?.document.languageId === LANGUAGE_ID ? editor.document.uri.toString() : undefined;
    const n = ++this.asked;
    const p = await this.server.request<ProgressResult>(PROGRESS_METHOD, uri ? { uri } : {});
    if (!p || n !== this.asked) return;
    const num = (x: number) => x.toLocaleString(vscode.env.language);
    if (!this.indexing) {
      this.corpus.text = `$(book) ${vscode.l10n.t('{0} articles', num(p.articles))} · ${vscode.l10n.t('{0} reviewed', num(p.reviewed))}`;
      this.corpus.tooltip = vscode.l10n.t('{0} of {1} articles reviewed', num(p.reviewed), num(p.articles));
      this.corpus.show();
    }
    if (p.current === undefined) {
      this.article.hide();
      return;
    }
    this.article.text = p.current ? `$(pass-filled) ${vscode.l10n.t('Reviewed')}` : `$(circle-large-outline) ${vscode.l10n.t('Not reviewed')}`;
    this.article.tooltip = p.current ? vscode.l10n.t('This article is marked reviewed. Click to take the mark back.') : vscode.l10n.t('Click to mark this article reviewed.');
    this.article.command = p.current ? Commands.markUnreviewed : Commands.markReviewed;
    this.article.show();
  }
}

export function registerProgress(context: vscode.ExtensionContext, server: SeedServer): CorpusStatus {
  const status = new CorpusStatus(server, context);
  const mark = (reviewed: boolean) => async (uri?: vscode.Uri) => {
    const target = uri ?? vscode.window.activeTextEditor?.document.uri;
    if (!target) return;
    if (await server.correct({ uri: target.toString(), kind: 'reviewed', reviewed })) await status.refresh();
  };
  context.subscriptions.push(vscode.commands.registerCommand(Commands.markReviewed, mark(true)), vscode.commands.registerCommand(Commands.markUnreviewed, mark(false)));
  return status;
}
