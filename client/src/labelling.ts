/**
 * Keyboard labelling: with words selected in an article, one chord per type marks them, and every
 * occurrence of the same words in the corpus, as a person, an institution or a place; another
 * chord says they are not an entity (package.json `keybindings`: Ctrl+Alt+1, 2, 3 and 0 by
 * default, rebindable). And the status-bar item that names the entity under the cursor and its type.
 */
import * as vscode from 'vscode';
import { Commands, ENTITY_AT_METHOD, type EntityAtResult, type NameType } from '../../server/src/protocol';
import { typeLabel, type SeedServer } from './seedServer';

const LANGUAGE_ID = 'seed-article';

const TYPE_ICON: Record<string, string> = { PERSON: '$(person)', INSTITUTION: '$(organization)', PLACE: '$(location)', DATE: '$(calendar)' };

export function registerLabelling(context: vscode.ExtensionContext, server: SeedServer): void {
  const label = (type: NameType) => async () => {
    const editor = vscode.window.activeTextEditor;
    if (!editor || editor.document.languageId !== LANGUAGE_ID) return;
    if (editor.selection.isEmpty) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Seed Lens: select the words that name a person, an institution or a place.'));
      return;
    }
    const words = editor.document.getText(editor.selection).trim();
    if (await server.correct({ uri: editor.document.uri.toString(), kind: 'entityType', type, range: server.range(editor.selection) })) {
      vscode.window.setStatusBarMessage(vscode.l10n.t('Seed Lens: “{0}” marked as {1} wherever it is written', words, typeLabel(type).toLowerCase()), 4000);
    }
  };
  context.subscriptions.push(
    vscode.commands.registerCommand(Commands.labelPerson, label('PERSON')),
    vscode.commands.registerCommand(Commands.labelInstitution, label('INSTITUTION')),
    vscode.commands.registerCommand(Commands.labelPlace, label('PLACE')),
    vscode.commands.registerCommand(Commands.removeLabel, async () => {
      const editor = vscode.window.activeTextEditor;
      if (!editor || editor.document.languageId !== LANGUAGE_ID) return;
      await server.correct({ uri: editor.document.uri.toString(), kind: 'notEntity', range: server.range(editor.selection) });
    }),
  );

  const item = vscode.window.createStatusBarItem('seedLens.entity', vscode.StatusBarAlignment.Left, -1);
  item.name = vscode.l10n.t('Seed Lens: entity under the cursor');
  context.subscriptions.push(item);
  let asked = 0;
  const show = async () => {
    const editor = vscode.window.activeTextEditor;
    const n = ++asked;
    if (!editor || editor.document.languageId !== LANGUAGE_ID) {
      item.hide();
      return;
    }
    const at = await server.request<EntityAtResult | null>(ENTITY_AT_METHOD, { uri: editor.document.uri.toString(), position: editor.selection.active });
    if (n !== asked) return;
    if (!at) {
      item.hide();
      return;
    }
    const type = typeLabel(at.type);
    item.text = `${TYPE_ICON[at.type] ?? ''} ${at.name} · ${type}`;
    item.tooltip = at.text === at.name ? `${at.name} — ${type}` : `“${at.text}”: ${at.name} — ${type}`;
    item.accessibilityInformation = { label: vscode.l10n.t('Under the cursor: {0}, {1}', at.name, type) };
    item.show();
  };
  let timer: NodeJS.Timeout | undefined;
  const soon = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => void show(), 150);
  };
  context.subscriptions.push(vscode.window.onDidChangeTextEditorSelection(soon), vscode.window.onDidChangeActiveTextEditor(soon), server.onChanged(soon));
}
