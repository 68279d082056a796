/**
 * Curating the corpus in the real workbench, with the UI a person uses (clicks and keys sent to the
 * page through the runner's bridge, test/extension/ui.ts): the entity explorer opened from the
 * activity bar, a mention reached from it; the review queue's keys writing the corrections file
 * and changing the diagnostics, and undo; a selection labelled with a chord, the status bar naming
 * it; an article marked reviewed from the status bar, unreviewed by an edit; the timeline webview
 * filtered by an entity, and a click on an article opening it. On a temp copy of seeds/; the
 * corrections file and the settings it changes are put back at the end.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as path from 'node:path';
import * as vscode from 'vscode';
import { Commands, Views, type NameType } from '../../server/src/protocol';
import { baseName, FILE_000, FILE_002, hoverText, poll, positionOf, seedLensDiagnostics, seedUri, workspaceRoot } from './helpers';
import { quoted, ui } from './ui';

const READY_MS = Number(process.env.SEEDLENS_TEST_READY_MS ?? 60_000);
const FEATURE_MS = Number(process.env.SEEDLENS_TEST_FEATURE_MS ?? 15_000);

const SIDEBAR = `[id="workbench.view.extension.${Views.container}"]`;
const row = (ariaStart: string) => `${SIDEBAR} .monaco-list-row[aria-label^=${quoted(ariaStart)}]`;
const statusItem = (id: string) => `[id=${quoted(`seed-lens.seed-lens.seedLens.${id}`)}]`;

interface Written {
  notEntity: { text: string; file?: string }[];
  entityType: { text: string; type: NameType }[];
  accepted?: { text: string; type: NameType; file?: string }[];
  reviewed?: { file: string; hash: string }[];
}

const annotationsPath = () => path.join(workspaceRoot().fsPath, '.seedlens', 'annotations.json');
function written(): Written | undefined {
  try {
    return JSON.parse(fs.readFileSync(annotationsPath(), 'utf8')) as Written;
  } catch {
    return undefined;
  }
}

function rangeOf(doc: vscode.TextDocument, needle: string): vscode.Range {
  const at = doc.getText().indexOf(needle);
  assert.ok(at >= 0, `"${needle}" not in ${baseName(doc.uri)}`);
  return new vscode.Range(doc.positionAt(at), doc.positionAt(at + needle.length));
}

const uncertainAbout = (uri: vscode.Uri, doc: vscode.TextDocument, text: string) =>
  seedLensDiagnostics(uri).filter((d) => d.code === 'uncertain-name' && doc.getText(d.range) === text);

suite('Curating the corpus in the workbench (explorer, review queue, labelling, progress, timeline)', () => {
  let doc000: vscode.TextDocument;
  let doc002: vscode.TextDocument;

  suiteSetup(async function () {
    if (!ui.available) {
      // Desktop VS Code has no page to click in (no bridge): these tests need the UI.
      this.skip();
    }
    this.timeout(READY_MS + 30_000);
    doc000 = await vscode.workspace.openTextDocument(seedUri(FILE_000));
    doc002 = await vscode.workspace.openTextDocument(seedUri(FILE_002));
    await vscode.window.showTextDocument(doc000);
    await poll(
      async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc000.uri, positionOf(doc000, 'Goïta'))),
      (t) => t.includes('Assimi Goïta'),
      READY_MS,
    );
  });

  suiteTeardown(async function () {
    if (!ui.available) return;
    this.timeout(60_000);
    await vscode.workspace.getConfiguration('seedLens').update('diagnostics.uncertain', undefined, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
    fs.rmSync(path.dirname(annotationsPath()), { recursive: true, force: true });
  });

  test('the explorer: opened from the activity bar, People and Assimi Goïta expanded, a click on a mention shows it in its article', async () => {
    if ((await ui.count(`${SIDEBAR} .pane-header[aria-label^="Entities"]`)) === 0) await ui.click('.activitybar a[aria-label^="Seed Lens"]');
    await ui.click(row('People'), { timeout: FEATURE_MS });
    await ui.click(row('Assimi Goïta — '), { timeout: FEATURE_MS });
    const spellings = await poll(() => ui.attribute(`${SIDEBAR} .monaco-list-row[aria-level="3"]`, 'aria-label'), (l) => l.some((x) => x?.startsWith('Goïta ×')), FEATURE_MS);
    for (const s of ['Assimi Goïta ×', 'Assimi GOITA ×', 'Goïta ×']) assert.ok(spellings.some((x) => x?.startsWith(s)), `no spelling row ${s}: ${JSON.stringify(spellings)}`);
    await ui.click(row('Goïta ×'));
    await ui.click(row(`${FILE_000}:1`), { timeout: FEATURE_MS });
    const editor = await poll(
      () => vscode.window.activeTextEditor,
      (e) => !!e && baseName(e.document.uri) === FILE_000 && e.document.getText(e.selection) === 'Goïta',
      FEATURE_MS,
      200,
    );
    assert.equal(editor && baseName(editor.document.uri), FILE_000, 'the mention’s article is not the active editor');
    assert.equal(editor?.document.getText(editor.selection), 'Goïta', 'the mention is not selected');
  });

  test('the review queue: A accepts and R rejects the selected guess, the corrections file and the diagnostics follow; U undoes', async () => {
    await vscode.workspace.getConfiguration('seedLens').update('diagnostics.uncertain', 'hint', vscode.ConfigurationTarget.Global);
    const yadranFlagged = await poll(() => uncertainAbout(doc002.uri, doc002, 'Yadran'), (d) => d.length === 1, FEATURE_MS);
    assert.equal(yadranFlagged.length, 1, 'no uncertain-name diagnostic on “Yadran” once the setting is on');
    assert.equal(uncertainAbout(doc002.uri, doc002, 'Fédération').length, 1, 'test data: “Fédération” is uncertain too');

    // The queue redraws when the setting's diagnostics come in: click until the row holds the selection.
    const yadranSelected = await poll(
      async () => {
        await ui.click(row('Yadran, Institution'), { timeout: FEATURE_MS });
        return ui.attribute(row('Yadran, Institution'), 'aria-selected');
      },
      (a) => a[0] === 'true',
      FEATURE_MS,
      200,
    );
    assert.deepEqual(yadranSelected, ['true'], '“Yadran” cannot be selected in the queue');
    await ui.press('a');
    const accepted = await poll(written, (w) => !!w?.accepted?.length, FEATURE_MS, 200);
    assert.deepEqual(accepted?.accepted, [{ text: 'Yadran', type: 'INSTITUTION', file: FILE_002 }]);
    assert.deepEqual(await poll(() => uncertainAbout(doc002.uri, doc002, 'Yadran'), (d) => d.length === 0, FEATURE_MS), [], 'accepted, yet still flagged');
    assert.equal(await poll(() => ui.count(row('Yadran, ')), (n) => n === 0, FEATURE_MS), 0, 'accepted, yet still in the queue');
    // The queue selects the guess that took its place and keeps the keyboard.
    assert.ok(await poll(() => ui.focused(`${SIDEBAR} .monaco-list`), (f) => f, FEATURE_MS), 'the queue lost the focus after a decision');

    // The queue redraws once the last decision is written, and the row's click opens its article beside it:
    // click until the row holds the selection and the queue the keyboard, or the key goes elsewhere.
    const selected = await poll(
      async () => {
        await ui.click(row('Fédération, Place'));
        const [a] = await ui.attribute(row('Fédération, Place'), 'aria-selected');
        return { selected: a === 'true', focused: await ui.focused(`${SIDEBAR} .monaco-list`) };
      },
      (x) => x.selected && x.focused,
      FEATURE_MS,
      200,
    );
    assert.ok(selected.selected, '“Fédération” cannot be selected in the queue');
    assert.ok(selected.focused, 'the queue does not have the keyboard with “Fédération” selected');
    await ui.press('r');
    const rejected = await poll(written, (w) => !!w?.notEntity.length, FEATURE_MS, 200);
    assert.deepEqual(rejected?.notEntity, [{ text: 'Fédération', file: FILE_002 }]);
    assert.deepEqual(await poll(() => uncertainAbout(doc002.uri, doc002, 'Fédération'), (d) => d.length === 0, FEATURE_MS), [], 'rejected, yet still a name');
    assert.equal(await poll(() => ui.count(row('Fédération, ')), (n) => n === 0, FEATURE_MS), 0, 'rejected, yet still in the queue');

    // The queue keeps the focus after a decision: U takes the rejection back.
    await ui.press('u');
    const undone = await poll(written, (w) => w?.notEntity.length === 0, FEATURE_MS, 200);
    assert.deepEqual(undone?.notEntity, [], 'undo left the rejection in the file');
    assert.equal(undone?.accepted?.length, 1, 'undo took back more than the last decision');
    assert.equal((await poll(() => uncertainAbout(doc002.uri, doc002, 'Fédération'), (d) => d.length === 1, FEATURE_MS)).length, 1, 'the name is not back after undo');
    assert.equal(await poll(() => ui.count(row('Fédération, ')), (n) => n === 1, FEATURE_MS), 1, 'not back in the queue after undo');
  });

  test('keyboard labelling: “Qatar” selected, Ctrl+Alt+3 makes it a place in every article, the status bar names it; Ctrl+Alt+0 removes it', async () => {
    await vscode.window.showTextDocument(doc000, { selection: rangeOf(doc000, 'Qatar') });
    // The chord goes where the keyboard is: the editor, once it has it.
    assert.ok(await poll(() => ui.focused('.editor-instance .monaco-editor'), (f) => f, FEATURE_MS), 'the editor does not have the keyboard');
    const hover002 = async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc002.uri, positionOf(doc002, 'Qatar')));
    assert.equal(await hover002(), '', 'test data: Qatar is not recognised');
    await ui.press('Control+Alt+3');
    const labelled = await poll(written, (w) => !!w?.entityType.some((e) => e.text === 'Qatar'), FEATURE_MS, 200);
    assert.deepEqual(labelled?.entityType, [{ text: 'Qatar', type: 'PLACE' }]);
    assert.match(await poll(hover002, (t) => /place/i.test(t), FEATURE_MS), /Qatar.*place/is, 'not a place in the other article');
    const status = await poll(() => ui.texts(statusItem('entity')), (t) => t.some((x) => x.includes('Qatar · Place')), FEATURE_MS);
    assert.ok(status.some((x) => x.includes('Qatar · Place')), `the status bar reads ${JSON.stringify(status)}`);
    await ui.press('Control+Alt+0');
    const removed = await poll(written, (w) => !!w?.notEntity.some((e) => e.text === 'Qatar'), FEATURE_MS, 200);
    assert.deepEqual(removed?.entityType, []);
    assert.equal(await poll(hover002, (t) => t === '', FEATURE_MS), '', 'still an entity after Ctrl+Alt+0');
  });

  test('progress: the article marked reviewed from the status bar, counted there and in the explorer; an edit makes it unreviewed, undoing the edit reviewed', async () => {
    const editor = await vscode.window.showTextDocument(doc000);
    assert.ok((await poll(() => ui.texts(statusItem('reviewed')), (t) => t.some((x) => x.includes('Not reviewed')), FEATURE_MS)).length > 0);
    await ui.click(statusItem('reviewed'));
    const marked = await poll(written, (w) => !!w?.reviewed?.length, FEATURE_MS, 200);
    assert.equal(marked?.reviewed?.[0].file, FILE_000);
    assert.match(marked?.reviewed?.[0].hash ?? '', /^[0-9a-f]{14}$/);
    // Not a fixed count: an article another suite deleted stays counted while the editor still holds it open.
    const corpus = await poll(() => ui.texts(statusItem('corpus')), (t) => t.some((x) => /\d+ articles · 1 reviewed/.test(x)), FEATURE_MS);
    assert.ok(corpus.some((x) => /\d+ articles · 1 reviewed/.test(x)), `the status bar reads ${JSON.stringify(corpus)}`);
    assert.ok((await poll(() => ui.texts(statusItem('reviewed')), (t) => t.some((x) => /^\s*Reviewed/.test(x)), FEATURE_MS)).length > 0);
    // The explorer counts the same articles as the status bar.
    const articles = Number(/(\d+) articles · 1 reviewed/.exec(corpus.join(' '))?.[1]);
    const header = await poll(() => ui.texts(`${SIDEBAR} .pane-header`), (t) => t.some((x) => x.includes(`1/${articles} reviewed`)), FEATURE_MS);
    assert.ok(header.some((x) => x.includes(`1/${articles} reviewed`)), `the explorer's header reads ${JSON.stringify(header)}, the status bar ${articles} articles`);

    assert.ok(await editor.edit((e) => e.insert(new vscode.Position(0, 0), 'Ajout. ')));
    const changed = await poll(() => ui.texts(statusItem('corpus')), (t) => t.some((x) => x.includes('0 reviewed')), FEATURE_MS);
    assert.ok(changed.some((x) => x.includes('0 reviewed')), `an edited article still counts as reviewed: ${JSON.stringify(changed)}`);
    await vscode.commands.executeCommand('undo');
    const back = await poll(() => ui.texts(statusItem('corpus')), (t) => t.some((x) => x.includes('1 reviewed')), FEATURE_MS);
    assert.ok(back.some((x) => x.includes('1 reviewed')), `the article as it was reviewed is not reviewed again: ${JSON.stringify(back)}`);
  });

  test('the timeline: filtered by an entity it shows its articles; a click on an article opens it', async () => {
    await vscode.commands.executeCommand(Commands.showTimeline);
    const dot = `button.dot[data-label=${quoted('001_c4c12397f5bc371e.txt')}]`;
    await ui.waitFor(dot, { frame: 'webview', timeout: FEATURE_MS });
    assert.ok((await ui.count('button.dot', { frame: 'webview' })) > 20, 'a dot for each date an article reports');
    await ui.fill('#filter', 'mckee', { frame: 'webview' });
    await ui.click('#suggestions button[data-entity="agnus-mckee"]', { frame: 'webview', timeout: FEATURE_MS });
    const listed = await poll(() => ui.attribute('#list button', 'data-label', { frame: 'webview' }), (l) => l.length === 2, FEATURE_MS);
    assert.deepEqual([...listed].sort(), [FILE_000, FILE_002], 'the articles that mention Agnus Mckee');
    await ui.click('#clear', { frame: 'webview' });
    await poll(() => ui.attribute('#list button', 'data-label', { frame: 'webview' }), (l) => l.length === 5, FEATURE_MS);
    await ui.click(dot, { frame: 'webview' });
    const opened = await poll(() => vscode.window.activeTextEditor?.document.uri, (u) => !!u && baseName(u) === '001_c4c12397f5bc371e.txt', FEATURE_MS, 200);
    assert.equal(opened && baseName(opened), '001_c4c12397f5bc371e.txt', 'the click did not open the article');
  });
});
