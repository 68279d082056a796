/**
 * The Seed Lens extension client: starts the language server, forwards settings and file events,
 * and registers the commands. Nothing here understands article text: that is the server's job.
 */
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  CloseAction,
  ErrorAction,
  LanguageClient,
  State,
  TransportKind,
  type CloseHandlerResult,
  type ErrorHandler,
  type ErrorHandlerResult,
  type LanguageClientOptions,
  type ServerOptions,
} from 'vscode-languageclient/node';
import {
  Commands,
  DEBUG_INFO_METHOD,
  REINDEX_METHOD,
  RELATED_METHOD,
  STATUS_METHOD,
  TRUST_METHOD,
  VIEWS_METHOD,
  type DebugInfo,
  type FilesEncodingSettings,
  type InitializationOptions,
  type RelatedItem,
  type RelatedParams,
  type StatusParams,
  type TrustParams,
  type ViewsParams,
} from '../../server/src/protocol';
import { registerCorrectionCommands } from './corrections';
import { registerExplorer } from './explorer';
import { registerLabelling } from './labelling';
import { registerProgress } from './progress';
import { registerReview } from './review';
import { seedServer } from './seedServer';
import { SERVER_NODE_ARGS, serverEnv } from './serverProcess';
import { Timeline } from './timeline';

const LANGUAGE_ID = 'seed-article';

let client: LanguageClient | undefined;
/** How many times the server was restarted after a crash (and the user told so): the restart test reads it. */
let restartCount = 0;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const serverModule = context.asAbsolutePath(path.join('dist', 'server.js'));
  const serverOptions: ServerOptions = {
    run: { module: serverModule, transport: TransportKind.ipc, options: { env: serverEnv(), execArgv: [...SERVER_NODE_ARGS] } },
    debug: { module: serverModule, transport: TransportKind.ipc, options: { env: serverEnv(), execArgv: [...SERVER_NODE_ARGS, '--nolazy', '--inspect=6009'] } },
  };
  const output = vscode.window.createOutputChannel('Seed Lens', { log: true });
  context.subscriptions.push(output);

  // LanguageClient's default handler restarts a crashed server (up to 4 times in 3 minutes);
  // wrap it so each restart is told to the user in one message.
  let defaultHandler: ErrorHandler | undefined;
  const fallback = (): ErrorHandler | undefined => (defaultHandler ??= client?.createDefaultErrorHandler());
  const errorHandler: ErrorHandler = {
    error: (error, message, count): ErrorHandlerResult | Promise<ErrorHandlerResult> => fallback()?.error(error, message, count) ?? { action: ErrorAction.Continue },
    closed: async (): Promise<CloseHandlerResult> => {
      const result = (await fallback()?.closed()) ?? { action: CloseAction.DoNotRestart };
      if (result.action === CloseAction.Restart) {
        restartCount++;
        void vscode.window.showWarningMessage(vscode.l10n.t('Seed Lens: the language server stopped unexpectedly and was restarted.'));
        return { ...result, handled: true };
      }
      return result;
    },
  };

  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: LANGUAGE_ID },
      { scheme: 'untitled', language: LANGUAGE_ID },
    ],
    synchronize: {
      configurationSection: ['seedLens', 'files'],
      fileEvents: [vscode.workspace.createFileSystemWatcher('**/*.txt'), vscode.workspace.createFileSystemWatcher('**/.seedlens/annotations.json')],
    },
    // The client watches files itself (above): the server then does not register its own watchers.
    // `cacheDir`: the editor's storage for this workspace, where the server keeps its diagnostics cache.
    initializationOptions: (): InitializationOptions => ({
      clientWatchesFiles: true,
      clientCommands: [Commands.mergeEntities],
      trusted: vscode.workspace.isTrusted,
      settings: JSON.parse(JSON.stringify(vscode.workspace.getConfiguration('seedLens'))) as unknown,
      cacheDir: context.storageUri?.fsPath,
      files: filesEncoding(),
    }),
    middleware: {
      workspace: {
        // The server asks for the `files` section: answer with the encoding settings as they apply
        // to articles (a `[seed-article]` override included), which a plain section read would miss.
        configuration: async (params, token, next) => {
          const answers = await next(params, token);
          if (!Array.isArray(answers)) return answers;
          return params.items.map((item, i) => (item.section === 'files' ? filesEncoding() : answers[i]) as unknown);
        },
      },
    },
    outputChannel: output,
    errorHandler,
    markdown: { isTrusted: false },
  };

  client = new LanguageClient('seedLens', 'Seed Lens', serverOptions, clientOptions);
  const server = seedServer(() => client, context);
  // The corpus views: the entity explorer and the review queue (the Seed Lens side bar), keyboard
  // labelling, progress in the status bar, the timeline.
  const timeline = new Timeline(server, context);
  const explorer = registerExplorer(context, server, (entity) => timeline.show(entity));
  const queue = registerReview(context, server);
  // When one of them comes on screen, the server brings their totals up to date before it asks.
  const reportViews = () => server.notify(VIEWS_METHOD, { visible: explorer.view.visible || queue.view.visible || timeline.visible } satisfies ViewsParams);
  context.subscriptions.push(explorer.view.onDidChangeVisibility(reportViews), queue.view.onDidChangeVisibility(reportViews), timeline.onDidChangeVisibility(reportViews));
  registerLabelling(context, server);
  const status = registerProgress(context, server);

  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.treatAsArticle, async () => {
      const editor = vscode.window.activeTextEditor;
      if (editor) await vscode.languages.setTextDocumentLanguage(editor.document, LANGUAGE_ID);
    }),
    vscode.commands.registerCommand(Commands.showRelated, (uri?: string | vscode.Uri) => showRelated(uri)),
    vscode.commands.registerCommand(Commands.reindex, async () => {
      if (!client) return;
      await client.sendRequest(REINDEX_METHOD);
    }),
    vscode.commands.registerCommand(Commands.showOutput, () => output.show(true)),
    vscode.commands.registerCommand(Commands.showTimeline, () => timeline.show()),
  );
  registerCorrectionCommands(context, () => client);

  // Not in the command palette (no contribution): used by test/extension/restart.test.ts.
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.debugRestartCount, () => restartCount),
    vscode.commands.registerCommand(Commands.debugServerInfo, async () => (client?.isRunning() ? client.sendRequest<DebugInfo>(DEBUG_INFO_METHOD) : undefined)),
  );

  context.subscriptions.push(
    server.listen(client),
    client.onNotification(STATUS_METHOD, (s: StatusParams) => status.status(s)),
    // A restarted server knows nothing of the views: tell it again.
    client.onDidChangeState((e) => {
      if (e.newState === State.Running) reportViews();
    }),
  );
  await client.start();
  context.subscriptions.push(vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.sendNotification(TRUST_METHOD, { trusted: true } satisfies TrustParams)));
}

/** VS Code's encoding settings for articles: the server decodes files on disk with them, as the editor does. */
function filesEncoding(): FilesEncodingSettings {
  const files = vscode.workspace.getConfiguration('files', { languageId: LANGUAGE_ID });
  return { encoding: files.get<string>('encoding'), autoGuessEncoding: files.get<boolean>('autoGuessEncoding') };
}

async function showRelated(arg?: string | vscode.Uri): Promise<void> {
  if (!client) return;
  const uri = typeof arg === 'string' ? arg : (arg ?? vscode.window.activeTextEditor?.document.uri)?.toString();
  if (!uri) return;
  const items = await client.sendRequest<RelatedItem[]>(RELATED_METHOD, { uri } satisfies RelatedParams);
  if (!items || items.length === 0) {
    void vscode.window.showInformationMessage(vscode.l10n.t('Seed Lens: no related articles.'));
    return;
  }
  const picked = await vscode.window.showQuickPick(
    items.map((r) => ({
      label: r.label,
      description: `${Math.round(r.score * 100)}%`,
      detail: r.reasons.join(' · '),
      uri: r.uri,
    })),
    { placeHolder: vscode.l10n.t('Related articles, closest first'), matchOnDetail: true },
  );
  if (picked) await vscode.window.showTextDocument(vscode.Uri.parse(picked.uri));
}

export async function deactivate(): Promise<void> {
  if (client) await client.stop();
  client = undefined;
}
