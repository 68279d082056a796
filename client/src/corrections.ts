/**
 * Palette commands to correct the annotations and export them. Thin: they ask the user what to do
 * (a type, two entities, a format and a target) and let the server do it (`seedLens.server.correct`,
 * `seedLens/entities`, `seedLens/export`); the server writes the files.
 */
import * as vscode from 'vscode';
import { ExecuteCommandRequest, type LanguageClient } from 'vscode-languageclient/node';
import { Commands, CORRECT_COMMAND, ENTITIES_METHOD, EXPORT_METHOD, type CorrectArgs, type EntityItem, type ExportResult } from '../../server/src/protocol';

type NameType = EntityItem['type'];

const typeLabel = (type: NameType): string =>
  type === 'PERSON' ? vscode.l10n.t('Person') : type === 'INSTITUTION' ? vscode.l10n.t('Institution') : vscode.l10n.t('Place');

export function registerCorrectionCommands(context: vscode.ExtensionContext, getClient: () => LanguageClient | undefined): void {
  const correct = async (args: CorrectArgs): Promise<boolean> => {
    const client = getClient();
    if (!client) return false;
    return (await client.sendRequest(ExecuteCommandRequest.type, { command: CORRECT_COMMAND, arguments: [args] })) === true;
  };
  /** The active article and its selection, as the server reads them. */
  const here = (): { uri: string; range: CorrectArgs['range']; empty: boolean } | undefined => {
    const editor = vscode.window.activeTextEditor;
    const client = getClient();
    if (!editor || !client) return undefined;
    return { uri: editor.document.uri.toString(), range: client.code2ProtocolConverter.asRange(editor.selection), empty: editor.selection.isEmpty };
  };

  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.markSelectionAsEntity, async () => {
      const at = here();
      if (!at || at.empty) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Seed Lens: select the words that name a person, an institution or a place.'));
        return;
      }
      const picked = await vscode.window.showQuickPick(
        (['PERSON', 'INSTITUTION', 'PLACE'] as const).map((type) => ({ label: typeLabel(type), type })),
        { placeHolder: vscode.l10n.t('Mark the selection, everywhere it is written, as…') },
      );
      if (picked) await correct({ uri: at.uri, kind: 'entityType', type: picked.type, range: at.range });
    }),

    vscode.commands.registerCommand(Commands.notAnEntity, async () => {
      const at = here();
      if (!at) return;
      const picked = await vscode.window.showQuickPick(
        [
          { label: vscode.l10n.t('Everywhere'), inFile: false },
          { label: vscode.l10n.t('In this file only'), inFile: true },
        ],
        { placeHolder: vscode.l10n.t('This name is not an entity…') },
      );
      if (picked) await correct({ uri: at.uri, kind: 'notEntity', inFile: picked.inFile, range: at.range });
    }),

    vscode.commands.registerCommand(Commands.mergeEntities, async (arg?: { uri?: string; id?: string }) => {
      const client = getClient();
      if (!client) return;
      const all = await client.sendRequest<EntityItem[]>(ENTITIES_METHOD, {});
      if (!all || all.length < 2) {
        void vscode.window.showInformationMessage(vscode.l10n.t('Seed Lens: fewer than two entities to merge.'));
        return;
      }
      const item = (e: EntityItem) => ({
        label: e.canonical,
        description: `${typeLabel(e.type)} · ${vscode.l10n.t('{0} mentions in {1} articles', e.mentions, e.articles)}`,
        detail: e.variants.join(', '),
        entity: e,
      });
      let first = all.find((e) => e.id === arg?.id);
      if (!first) {
        first = (await vscode.window.showQuickPick(all.map(item), { placeHolder: vscode.l10n.t('Merge which entity…'), matchOnDetail: true }))?.entity;
        if (!first) return;
      }
      const chosen = first;
      // The same type first: merging a person with a place is possible but rarely meant.
      const others = all.filter((e) => e.id !== chosen.id).sort((a, b) => Number(b.type === chosen.type) - Number(a.type === chosen.type));
      const second = (await vscode.window.showQuickPick(others.map(item), { placeHolder: vscode.l10n.t('…with which entity? (“{0}”)', chosen.canonical), matchOnDetail: true }))?.entity;
      if (!second) return;
      const uri = arg?.uri ?? vscode.window.activeTextEditor?.document.uri.toString() ?? vscode.workspace.workspaceFolders?.[0]?.uri.toString();
      if (uri) await correct({ uri, kind: 'merge', ids: [chosen.id, second.id] });
    }),

    vscode.commands.registerCommand(Commands.exportAnnotations, async () => {
      const client = getClient();
      if (!client) return;
      const format = (
        await vscode.window.showQuickPick(
          [
            { label: 'brat', description: vscode.l10n.t('standoff .ann files'), format: 'brat' as const },
            { label: 'JSONL', description: vscode.l10n.t('one article per line'), format: 'jsonl' as const },
            { label: 'CoNLL', description: vscode.l10n.t('one token per line, BIO tags'), format: 'conll' as const },
          ],
          { placeHolder: vscode.l10n.t('Export the annotations as…') },
        )
      )?.format;
      if (!format) return;
      const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
      let target: vscode.Uri | undefined;
      if (format === 'brat') {
        const where = await vscode.window.showQuickPick(
          [
            { label: vscode.l10n.t('Beside each article'), description: vscode.l10n.t('a .ann next to each .txt'), folder: false },
            { label: vscode.l10n.t('Into a folder…'), description: vscode.l10n.t('a copy of each .txt with its .ann'), folder: true },
          ],
          { placeHolder: vscode.l10n.t('Where should the .ann files go?') },
        );
        if (!where) return;
        if (where.folder) {
          target = (await vscode.window.showOpenDialog({ canSelectFiles: false, canSelectFolders: true, canSelectMany: false, defaultUri: folder, openLabel: vscode.l10n.t('Export here') }))?.[0];
          if (!target) return;
        }
      } else {
        const name = format === 'jsonl' ? 'seedlens.jsonl' : 'seedlens.conll';
        target = await vscode.window.showSaveDialog({ defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined, filters: { [format.toUpperCase()]: [format] } });
        if (!target) return;
      }
      const result = await vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: vscode.l10n.t('Seed Lens: exporting the annotations…') },
        () => client.sendRequest<ExportResult>(EXPORT_METHOD, { format, target: target?.toString() }),
      );
      if (!result?.ok) {
        void vscode.window.showErrorMessage(vscode.l10n.t('Seed Lens: export failed: {0}', result?.error ?? '?'));
        return;
      }
      if (result.skipped.length > 0) {
        void vscode.window.showWarningMessage(
          vscode.l10n.t('Seed Lens: {0} articles left out: {1}', result.skipped.length, result.skipped.slice(0, 5).map((s) => `${s.file} (${s.reason})`).join(', ')),
        );
      }
      const open = vscode.l10n.t('Open');
      const choice = await vscode.window.showInformationMessage(
        vscode.l10n.t('Seed Lens: exported {0} articles ({1} files written).', result.articles, result.written.length),
        ...(target && format !== 'brat' ? [open] : []),
      );
      if (choice === open && target) await vscode.window.showTextDocument(target);
    }),
  );
}
