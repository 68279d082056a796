/**
 * Site templates in a real VS Code: three pages of a site of our own (test/support/siteTemplates.ts)
 * are written into the workspace; their template lines are shown as site-template problems, the
 * hover on one says why, and a teaser is a link to the article it names. Runs after the other
 * suites (mocha loads the *.test.js files in name order), so the pages it adds change nothing there.
 */
import * as assert from 'node:assert/strict';
import * as vscode from 'vscode';
import { gazette, gazetteTexts } from '../support/siteTemplates';
import { hoverText, poll, positionOf, seedLensDiagnostics, seedUri } from './helpers';

const READY_MS = Number(process.env.SEEDLENS_TEST_READY_MS ?? 60_000);

suite('Site templates in VS Code', () => {
  suiteSetup(async function () {
    this.timeout(READY_MS + 30_000);
    for (const [name, text] of Object.entries(gazetteTexts())) await vscode.workspace.fs.writeFile(seedUri(name), Buffer.from(text, 'utf8'));
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(seedUri('g1.txt')));
  });

  test('a template line is a site-template problem, and its hover says which shape on how many articles', async () => {
    const doc = await vscode.workspace.openTextDocument(seedUri('g1.txt'));
    const diags = await poll(
      () => seedLensDiagnostics(doc.uri).filter((d) => (typeof d.code === 'object' ? d.code.value : d.code) === 'site-template'),
      (ds) => ds.some((d) => doc.lineAt(d.range.start.line).text === 'Vos réactions (3)'),
      READY_MS,
    );
    assert.ok(
      diags.some((d) => doc.lineAt(d.range.start.line).text === 'Vos réactions (3)'),
      `template problems: ${JSON.stringify(diags.map((d) => d.message))}`,
    );
    const at = positionOf(doc, 'réactions');
    const text = await poll(
      async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at)),
      (t) => /Vos réactions \(#\)/.test(t),
      10_000,
    );
    assert.match(text, /(Site template|Gabarit du site).*Vos réactions \(#\).*3/s, text);
  });

  test('a teaser naming another article of the workspace is a link to it', async () => {
    const doc = await vscode.workspace.openTextDocument(seedUri('g2.txt'));
    const links = await poll(
      async () => (await vscode.commands.executeCommand<vscode.DocumentLink[]>('vscode.executeLinkProvider', doc.uri)) ?? [],
      (ls) => ls.length > 0,
      READY_MS,
    );
    assert.equal(links.length, 1, JSON.stringify(links.map((l) => l.target?.toString())));
    assert.equal(doc.getText(links[0].range), gazette['g1.txt'].headline);
    assert.equal(links[0].target?.path, seedUri('g1.txt').path);
  });
});
