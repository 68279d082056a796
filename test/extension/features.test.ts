/**
 * Seed Lens in a real VS Code: every feature answers on the bundled seeds with real content.
 * Runs inside the extension host on a temp copy of seeds/ (never the repository's own files).
 */
import * as assert from 'node:assert/strict';
import * as path from 'node:path';
import * as vscode from 'vscode';
import {
  asLocation,
  baseName,
  EXTENSION_ID,
  FILE_000,
  FILE_002,
  flattenSymbols,
  fold,
  hoverText,
  lastLine,
  poll,
  positionOf,
  seedLensDiagnostics,
  seedUri,
  sharedLines,
  textAt,
  withTimeout,
  workspaceRoot,
  type AnyLocation,
} from './helpers';
import { Commands } from '../../server/src/protocol';

/** How long the first answer may take (activation, server start, indexing). */
const READY_MS = Number(process.env.SEEDLENS_TEST_READY_MS ?? 60_000);
/** How long each later feature may take to answer with content. */
const FEATURE_MS = Number(process.env.SEEDLENS_TEST_FEATURE_MS ?? 10_000);

suite('Seed Lens in VS Code', () => {
  let doc: vscode.TextDocument;
  let doc002: vscode.TextDocument;
  let goita: vscode.Position;

  suiteSetup(async function () {
    this.timeout(READY_MS + 30_000);
    doc = await vscode.workspace.openTextDocument(seedUri(FILE_000));
    await vscode.window.showTextDocument(doc);
    doc002 = await vscode.workspace.openTextDocument(seedUri(FILE_002));
    goita = positionOf(doc, 'Goïta');
    // Wait (without failing here: each test reports what it saw) until the server answers.
    await poll(
      async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, goita)) || seedLensDiagnostics(doc.uri).length > 0,
      (v) => Boolean(v),
      READY_MS,
    );
  });

  test('the workspace is a copy, not the repository seeds', () => {
    const ext = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(ext, `extension ${EXTENSION_ID} is not loaded`);
    assert.notEqual(path.resolve(workspaceRoot().fsPath), path.resolve(ext.extensionPath, 'seeds'));
  });

  test('a seed opens as seed-article and the extension activates', async () => {
    assert.equal(doc.languageId, 'seed-article');
    const ext = vscode.extensions.getExtension(EXTENSION_ID)!;
    const active = await poll(() => ext.isActive, (v) => v, FEATURE_MS);
    assert.ok(active, 'extension did not activate');
  });

  test('hover on "Goïta" names Assimi Goïta as a person', async () => {
    const text = await poll(
      async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, goita)),
      (t) => t.includes('Assimi Goïta'),
      FEATURE_MS,
    );
    assert.ok(text.includes('Assimi Goïta'), `hover does not name "Assimi Goïta": ${JSON.stringify(text)}`);
    assert.match(text, /person|personne/i, `hover does not say it is a person: ${JSON.stringify(text)}`);
  });

  test('hover on a date gives its value', async () => {
    const at = positionOf(doc, '15 août 2023');
    const text = await poll(
      async () => hoverText(await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', doc.uri, at)),
      (t) => t.length > 0,
      FEATURE_MS,
    );
    assert.ok(text.includes('2023-08-15') || (/date/i.test(text) && /15 août 2023/.test(text)), `date hover lacks the date's value: ${JSON.stringify(text)}`);
  });

  test('definition of "Goïta" points at a mention of Goïta', async () => {
    const defs = await poll(
      async () => (await vscode.commands.executeCommand<AnyLocation[]>('vscode.executeDefinitionProvider', doc.uri, goita)) ?? [],
      (d) => d.length > 0,
      FEATURE_MS,
    );
    assert.ok(defs.length > 0, 'no definition');
    const texts = await Promise.all(defs.map((d) => textAt(asLocation(d))));
    assert.ok(
      texts.some((t) => fold(t).includes('goita')),
      `no definition lands on a mention of Goïta: ${JSON.stringify(texts)}`,
    );
  });

  test('references of "Goïta" span several seed files', async () => {
    const refs = await poll(
      async () => (await vscode.commands.executeCommand<vscode.Location[]>('vscode.executeReferenceProvider', doc.uri, goita)) ?? [],
      (r) => new Set(r.map((l) => l.uri.toString())).size >= 3,
      FEATURE_MS,
    );
    const files = [...new Set(refs.map((l) => baseName(l.uri)))].sort();
    // Goïta is written in 000, 001 (as GOITA / GOÏTA), 002 and 004.
    assert.ok(files.length >= 3, `references in ${files.length} file(s) only: ${files.join(', ')}`);
    assert.ok(files.includes(FILE_000) && files.includes('001_c4c12397f5bc371e.txt'), `references miss 000 or 001: ${files.join(', ')}`);
    const texts = await Promise.all(refs.map(textAt));
    const off = texts.filter((t) => !/goita|assimi/.test(fold(t)));
    assert.deepEqual(off, [], 'references that are not a mention of Assimi Goïta');
  });

  test('rename of "Goïta" edits every file that mentions him', async () => {
    const edit = await poll(
      async () => vscode.commands.executeCommand<vscode.WorkspaceEdit | undefined>('vscode.executeDocumentRenameProvider', doc.uri, goita, 'Goïta-Renamed'),
      (e) => Boolean(e && e.entries().length >= 3),
      FEATURE_MS,
    );
    assert.ok(edit, 'no rename edit');
    const files = edit.entries().map(([u]) => baseName(u));
    assert.ok(files.length >= 3, `rename touches ${files.length} file(s): ${files.join(', ')}`);
    // Not applied: the edit is only inspected.
  });

  test('code lenses have titles', async () => {
    const lenses = await poll(
      async () => (await vscode.commands.executeCommand<vscode.CodeLens[]>('vscode.executeCodeLensProvider', doc.uri, 100)) ?? [],
      (l) => l.some((c) => Boolean(c.command?.title)),
      FEATURE_MS,
    );
    const titles = lenses.map((l) => l.command?.title ?? '').filter(Boolean);
    assert.ok(titles.length > 0, `no resolved code lens (${lenses.length} unresolved)`);
    assert.ok(titles.some((t) => /\d/.test(t)), `no code lens counts anything: ${JSON.stringify(titles)}`);
  });

  test('document symbols list the people of the article', async () => {
    const symbols = flattenSymbols(
      await poll(
        async () => vscode.commands.executeCommand<(vscode.DocumentSymbol | vscode.SymbolInformation)[]>('vscode.executeDocumentSymbolProvider', doc.uri),
        (s) => Boolean(s && s.length > 0),
        FEATURE_MS,
      ),
    );
    assert.ok(symbols.length > 0, 'no document symbols');
    assert.ok(
      symbols.some((s) => fold(s.name).includes('goita')),
      `no symbol for Goïta among ${JSON.stringify(symbols.map((s) => s.name).slice(0, 30))}`,
    );
  });

  test('workspace symbols find Goïta', async () => {
    const symbols = await poll(
      async () => (await vscode.commands.executeCommand<vscode.SymbolInformation[]>('vscode.executeWorkspaceSymbolProvider', 'Goïta')) ?? [],
      (s) => s.some((x) => fold(x.name).includes('goita')),
      FEATURE_MS,
    );
    assert.ok(
      symbols.some((s) => fold(s.name).includes('goita')),
      `workspace symbol search "Goïta" gave ${JSON.stringify(symbols.map((s) => s.name).slice(0, 20))}`,
    );
  });

  suite('the sidebar block shared by 000 and 002', () => {
    const blockDiag = (d: vscode.TextDocument, other: vscode.TextDocument, shared: number[]) =>
      seedLensDiagnostics(d.uri).find(
        (x) =>
          x.range.start.line <= shared[0] &&
          lastLine(x.range) >= shared[shared.length - 1] &&
          (x.relatedInformation ?? []).some((r) => r.location.uri.toString() === other.uri.toString()),
      );

    for (const [name, self, other] of [
      ['000', () => doc, () => doc002],
      ['002', () => doc002, () => doc],
    ] as const) {
      test(`has a seed-lens diagnostic in ${name} pointing at the other copy`, async () => {
        const d = self();
        const o = other();
        const shared = sharedLines(d.getText(), o.getText());
        const sharedOther = sharedLines(o.getText(), d.getText());
        assert.ok(shared.length >= 5, `test data: expected the sidebar lines in both files, found ${shared.length}`);
        const diag = await poll(() => blockDiag(d, o, shared), (x) => Boolean(x), FEATURE_MS);
        const all = seedLensDiagnostics(d.uri).map((x) => `${x.range.start.line}-${x.range.end.line} ${x.message} → ${(x.relatedInformation ?? []).map((r) => baseName(r.location.uri)).join(',')}`);
        assert.ok(diag, `no seed-lens diagnostic covering lines ${shared[0]}-${shared[shared.length - 1]} with related info in ${baseName(o.uri)}; seen: ${JSON.stringify(all)}`);
        const rel = diag.relatedInformation!.find((r) => r.location.uri.toString() === o.uri.toString())!;
        assert.ok(
          rel.location.range.start.line <= sharedOther[sharedOther.length - 1] && lastLine(rel.location.range) >= sharedOther[0],
          `related location ${rel.location.range.start.line}-${rel.location.range.end.line} misses the copy at lines ${sharedOther[0]}-${sharedOther[sharedOther.length - 1]} of ${baseName(o.uri)}`,
        );
      });
    }

    test('the "remove block" code action removes exactly those lines, and undo restores them', async () => {
      const editor = await vscode.window.showTextDocument(doc);
      const before = doc.getText();
      const shared = sharedLines(before, doc002.getText());
      const diag = await poll(() => blockDiag(doc, doc002, shared), (x) => Boolean(x), FEATURE_MS);
      assert.ok(diag, 'no block diagnostic to act on');
      const actions = await poll(
        async () => (await vscode.commands.executeCommand<(vscode.CodeAction | vscode.Command)[]>('vscode.executeCodeActionProvider', doc.uri, diag.range)) ?? [],
        (a) => a.some((x) => /remove|supprimer|retirer|enlever/i.test(x.title)),
        FEATURE_MS,
      );
      const removes = actions.filter((x) => /remove|supprimer|retirer|enlever/i.test(x.title));
      assert.ok(removes.length > 0, `no "remove block" action among ${JSON.stringify(actions.map((a) => a.title))}`);
      // Prefer the action for this file only over "everywhere" variants.
      const action = removes.find((x) => !/every|all|partout|tous|toutes/i.test(x.title)) ?? removes[0];

      const first = diag.range.start.line;
      const last = lastLine(diag.range);
      const lines = before.split('\n');
      const expected = lines.filter((_, i) => i < first || i > last);

      if ('edit' in action && action.edit) assert.ok(await vscode.workspace.applyEdit(action.edit), 'applyEdit refused the action');
      const cmd = 'command' in action && typeof action.command === 'string' ? (action as vscode.Command) : (action as vscode.CodeAction).command;
      if (cmd) await vscode.commands.executeCommand(cmd.command, ...(cmd.arguments ?? []));
      const after = await poll(() => doc.getText(), (t) => t !== before, FEATURE_MS, 100);
      const got = after.split('\n');
      // A block at the end of the file may take the newline before it or leave it: both remove exactly its lines.
      if (got.length === expected.length + 1 && got[got.length - 1] === '') got.pop();
      assert.deepEqual(got, expected, `"${action.title}" did not remove exactly lines ${first}-${last}`);

      await vscode.window.showTextDocument(editor.document);
      await vscode.commands.executeCommand('undo');
      const undone = await poll(() => doc.getText(), (t) => t === before, FEATURE_MS, 100);
      assert.equal(undone, before, 'undo did not restore the block');
      // Leave the copy clean for the next suites.
      if (doc.isDirty) await doc.save();
    });
  });

  suite('palette commands', () => {
    const registered = async (id: string) => {
      const all = await vscode.commands.getCommands(true);
      assert.ok(all.includes(id), `command ${id} is not registered`);
    };
    const run = async (id: string) => {
      await registered(id);
      await vscode.window.showTextDocument(doc);
      await withTimeout(vscode.commands.executeCommand(id), 20_000, id);
    };
    test('seedLens.showRelated opens a quick pick of related articles; accepting the first opens it', async () => {
      await registered(Commands.showRelated);
      await vscode.window.showTextDocument(doc);
      const done = vscode.commands.executeCommand(Commands.showRelated);
      // Only an open quick pick with an item can be accepted, and accepting it opens that article.
      const opened = await poll(
        async () => {
          await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
          return vscode.window.activeTextEditor?.document.uri;
        },
        (u) => Boolean(u && u.toString() !== doc.uri.toString()),
        FEATURE_MS,
        300,
      );
      await withTimeout(done, 20_000, Commands.showRelated);
      assert.ok(opened && opened.toString() !== doc.uri.toString(), 'no quick pick item to accept: the active editor is still the article asked about');
      assert.equal(path.dirname(opened.fsPath), path.dirname(doc.uri.fsPath), `the accepted item opened ${opened.toString()}, not another seed`);
      assert.match(baseName(opened), /^\d{3}_.*\.txt$/, `the accepted item opened ${opened.toString()}, not another seed`);
    });
    test('seedLens.reindex runs', () => run(Commands.reindex));
    test('seedLens.showOutput runs', () => run(Commands.showOutput));
    test('seedLens.treatAsArticle makes a plain-text document a seed article', async () => {
      await registered(Commands.treatAsArticle);
      const plain = await vscode.workspace.openTextDocument({ language: 'plaintext', content: 'Le colonel Assimi Goïta a reçu Moussa Traoré à Bamako le 8 décembre 2025.\n' });
      await vscode.window.showTextDocument(plain);
      assert.equal(vscode.window.activeTextEditor?.document.languageId, 'plaintext');
      await withTimeout(vscode.commands.executeCommand(Commands.treatAsArticle), 20_000, Commands.treatAsArticle);
      const language = await poll(() => vscode.window.activeTextEditor?.document.languageId, (l) => l === 'seed-article', FEATURE_MS, 100);
      assert.equal(language, 'seed-article', 'the active document did not become a seed article');
      await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
    });
  });
});
