/**
 * A file the editor has not opened is analysed from the server's own reading of the disk: its
 * positions must be the editor's. A UTF-8 article with one invalid byte (common in scraped text) is
 * written into the workspace; the server's diagnostic and references for it, taken before the
 * editor ever opens it, must then land on the right characters of the text VS Code shows.
 */
import * as assert from 'node:assert/strict';
import * as fs from 'node:fs';
import * as vscode from 'vscode';
import { baseName, FILE_000, fold, poll, positionOf, seedLensDiagnostics, seedUri } from './helpers';

const READY_MS = Number(process.env.SEEDLENS_TEST_READY_MS ?? 60_000);
const FEATURE_MS = Number(process.env.SEEDLENS_TEST_FEATURE_MS ?? 10_000);
const NAME = '990_octet_invalide.txt';

/** Accented letters before the bad byte (a Windows-1252 reading would shift every offset after them), names and a wrong weekday after it. */
const BYTES = Buffer.concat([
  Buffer.from('Bamako – Le président de la Transition a reçu les délégués de la Cédéao à Koulouba ', 'utf8'),
  Buffer.from([0xff]),
  Buffer.from(' hier soir.\n\nSelon la présidence, le colonel Assimi Goïta a promis des élections. La réunion du lundi 15 août 2023 a été reportée.\n', 'utf8'),
]);

suite('a UTF-8 article with one invalid byte, not opened in the editor', () => {
  const uri = () => seedUri(NAME);

  suiteSetup(async function () {
    this.timeout(READY_MS + 10_000);
    // Open another seed first so that the extension is active and the server indexing.
    const other = await vscode.workspace.openTextDocument(seedUri(FILE_000));
    await vscode.window.showTextDocument(other);
    fs.writeFileSync(uri().fsPath, BYTES);
  });

  suiteTeardown(() => {
    fs.rmSync(uri().fsPath, { force: true });
  });

  test('the wrong weekday is diagnosed, and a reference to Assimi Goïta from another article found, on the characters the editor shows', async function () {
    this.timeout(READY_MS + FEATURE_MS + 10_000);
    // Both taken from the server before the editor opens the file: the server's own reading of the disk.
    const diagnostics = await poll(
      () => seedLensDiagnostics(uri()).filter((d) => d.code === 'weekday-mismatch' || (typeof d.code === 'object' && d.code?.value === 'weekday-mismatch')),
      (d) => d.length > 0,
      READY_MS,
    );
    const other = await vscode.workspace.openTextDocument(seedUri(FILE_000));
    const refs = await poll(
      async () => ((await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', other.uri, positionOf(other, 'Goïta'))) ?? []).filter((l) => baseName(l.uri) === NAME),
      (r) => r.length > 0,
      FEATURE_MS,
    );
    assert.equal(vscode.workspace.textDocuments.some((d) => baseName(d.uri) === NAME), false, 'computed before the editor opened the file');
    assert.equal(diagnostics.length, 1, `weekday diagnostics of ${NAME}: ${JSON.stringify(seedLensDiagnostics(uri()).map((d) => [d.code, d.message]))}`);
    assert.equal(refs.length, 1, `references of Goïta in ${NAME}: ${refs.length}`);

    const doc = await vscode.workspace.openTextDocument(uri());
    assert.ok(doc.getText().includes('\uFFFD'), 'VS Code shows the bad byte as U+FFFD');
    const weekday = doc.getText(diagnostics[0].range);
    assert.ok(/^lundi( 15 août 2023)?$/.test(weekday), `the diagnostic covers ${JSON.stringify(weekday)}, not the weekday written`);
    const name = doc.getText(refs[0].range);
    assert.ok(/^(assimi )?goita$/.test(fold(name)), `the reference covers ${JSON.stringify(name)}`);
  });
});
