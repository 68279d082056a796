/**
 * Site-template furniture in the editor, called in process on two sites of our own
 * (test/support/siteTemplates.ts): its diagnostic, the fixes on it, the hover that says why, and
 * the links from teasers to the articles they name.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { codeActions } from '../../server/src/features/codeActions';
import { diagnostics } from '../../server/src/features/diagnostics';
import { documentLinks } from '../../server/src/features/documentLinks';
import { executeCorrection } from '../../server/src/features/corrections';
import { hover } from '../../server/src/features/hover';
import { CORRECT_COMMAND, IGNORE_BLOCK_COMMAND, type CorrectArgs } from '../../server/src/protocol';
import { applyEdits, editsOf, hoverText, positionOf } from '../support/lsp';
import { MemoryWorkspace, td, type MemoryOptions } from '../support/memoryWorkspace';
import { gazette, gazetteTexts } from '../support/siteTemplates';

function gazetteWorkspace(options?: MemoryOptions): { ws: MemoryWorkspace; uris: Record<string, string> } {
  const ws = new MemoryWorkspace({}, options);
  const uris: Record<string, string> = {};
  for (const [f, t] of Object.entries(gazetteTexts())) uris[f] = ws.put(f, t);
  return { ws, uris };
}

const lineText = (text: string, line: number) => text.split('\n')[line];
const templateDiagnostics = (ws: MemoryWorkspace, uri: string) => diagnostics(ws.context(), uri).filter((d) => d.code === 'site-template');
const onLine = (ws: MemoryWorkspace, uri: string, line: string) => templateDiagnostics(ws, uri).find((d) => lineText(ws.text(uri), d.range.start.line) === line);

test('a template line has its own diagnostic code, says its shape and site, and points at the other lines', () => {
  const { ws, uris } = gazetteWorkspace();
  const d = onLine(ws, uris['g1.txt'], 'Vos réactions (3)');
  assert.ok(d, JSON.stringify(templateDiagnostics(ws, uris['g1.txt']).map((x) => x.message)));
  assert.equal(d.source, 'seed-lens');
  assert.equal(d.severity, 3);
  assert.deepEqual(d.tags, [1]);
  assert.equal(d.message, 'Site template: a line shaped “Vos réactions (#)”, as on other articles of the site “GAZETTE DU FLEUVE – L’actualité de la vallée”');
  assert.deepEqual(
    (d.relatedInformation ?? []).map((r) => `${r.location.uri.split('/').pop()}:${lineText(ws.text(r.location.uri), r.location.range.start.line)}`),
    ['g2.txt:Vos réactions (0)', 'g3.txt:Vos réactions (12)'],
  );
  // Duplicated blocks and single-file chrome keep their own codes.
  const codes = new Set(diagnostics(ws.context(), uris['g1.txt']).map((x) => x.code));
  assert.ok(codes.has('site-chrome') && codes.has('site-template'), [...codes].join(', '));
});

test('the template diagnostic has its own severity setting; off hides it and nothing else', () => {
  const { ws, uris } = gazetteWorkspace({ settings: { diagnostics: { template: 'off' } } });
  assert.deepEqual(templateDiagnostics(ws, uris['g1.txt']), []);
  assert.ok(diagnostics(ws.context(), uris['g1.txt']).some((d) => d.code === 'site-chrome'));
  const hint = gazetteWorkspace({ settings: { diagnostics: { template: 'hint' } } });
  assert.ok(templateDiagnostics(hint.ws, hint.uris['g1.txt']).every((d) => d.severity === 4));
  assert.ok(templateDiagnostics(hint.ws, hint.uris['g1.txt']).length > 0);
});

test('the fixes work on a template line: remove it here, from every article of the site, ignore the shape, or call it real text', () => {
  const { ws, uris } = gazetteWorkspace();
  const d = onLine(ws, uris['g2.txt'], 'Vos réactions (0)')!;
  const actions = codeActions(ws.context(), { ...td(uris['g2.txt']), range: d.range, context: { diagnostics: [d] } });
  const titles = actions.map((a) => a.title);
  const here = actions.find((a) => a.title === 'Remove this boilerplate block');
  assert.ok(here, titles.join(' | '));
  assert.deepEqual(here.diagnostics, [d]);
  const text2 = ws.text(uris['g2.txt']);
  assert.equal(applyEdits(text2, editsOf(here.edit).get(uris['g2.txt'])!), text2.replace('Vos réactions (0)\n', ''));
  // Everywhere: the same-shaped line of each page, and nothing else.
  const everywhere = actions.find((a) => /all 3 files/.test(a.title));
  assert.ok(everywhere, titles.join(' | '));
  const edits = editsOf(everywhere.edit);
  assert.deepEqual([...edits.keys()].sort(), [uris['g1.txt'], uris['g2.txt'], uris['g3.txt']]);
  for (const [uri, list] of edits) {
    const before = ws.text(uri);
    const after = applyEdits(before, list);
    assert.equal(before.split('\n').length - after.split('\n').length, 1, uri);
    assert.ok(!/^Vos réactions \(\d+\)$/m.test(after), uri);
  }
  const ignore = actions.find((a) => a.command?.command === IGNORE_BLOCK_COMMAND);
  const real = actions.find((a) => a.command?.command === CORRECT_COMMAND && (a.command.arguments?.[0] as CorrectArgs).kind === 'notBoilerplate');
  assert.ok(ignore && real, titles.join(' | '));
  // Ignoring the block ignores its shape: the line is no longer flagged on any page of the site.
  const args = ignore.command!.arguments![0] as { uri: string; fingerprint: string };
  assert.ok(executeCorrection(ws.context(), ws.host(), { uri: args.uri, kind: 'ignoreBoilerplate', fingerprint: args.fingerprint }));
  for (const f of ['g1.txt', 'g2.txt', 'g3.txt']) {
    const lines = templateDiagnostics(ws, uris[f]).map((x) => lineText(ws.text(uris[f]), x.range.start.line));
    assert.ok(!lines.some((l) => l.startsWith('Vos réactions')), `${f}: ${lines.join(' | ')}`);
    assert.ok(lines.some((l) => l.startsWith('Thèmes')), `${f}: the other shapes stay`);
  }
});

test('hover on a template line says which shape, where on the page, on how many articles of which site, with links to them', () => {
  const { ws, uris } = gazetteWorkspace();
  const text = ws.text(uris['g1.txt']);
  const h = hoverText(hover(ws.context(), { ...td(uris['g1.txt']), position: positionOf(text, 'Vos réactions', 0, 2) }));
  assert.match(h, /^\*\*Site template\*\* — Lines shaped `Vos réactions \(#\)` stand below the article on 3 articles of the site “GAZETTE DU FLEUVE – L’actualité de la vallée”/, h);
  assert.match(h, /Also in: \[seeds\/g2\.txt\]\(file:\/\/\/memory\/ws\/seeds\/g2\.txt#L\d+,1\), \[seeds\/g3\.txt\]/, h);
  const fr = gazetteWorkspace({ locale: 'fr' });
  const hf = hoverText(hover(fr.ws.context(), { ...td(fr.uris['g1.txt']), position: positionOf(text, 'Vos réactions', 0, 2) }));
  assert.match(hf, /^\*\*Gabarit du site\*\* — Des lignes de forme `Vos réactions \(#\)` figurent sous l’article dans 3 articles du site/, hf);
  // Off the template, on the article's own text, no hover.
  assert.equal(hover(ws.context(), { ...td(uris['g1.txt']), position: positionOf(text, 'chaque crue', 0, 2) }), null);
});

test('a teaser naming another article of the workspace links to it, at its headline, and its hover names it', () => {
  const { ws, uris } = gazetteWorkspace();
  const text2 = ws.text(uris['g2.txt']);
  const links = documentLinks(ws.context(), td(uris['g2.txt']));
  assert.equal(links.length, 1);
  const [link] = links;
  const startOf = (l: { line: number; character: number }) => text2.split('\n').slice(0, l.line).join('\n').length + (l.line > 0 ? 1 : 0) + l.character;
  assert.equal(text2.slice(startOf(link.range.start), startOf(link.range.end)), gazette['g1.txt'].headline);
  const headlineLine = ws.text(uris['g1.txt']).split('\n').indexOf(gazette['g1.txt'].headline);
  assert.equal(link.target, `${uris['g1.txt']}#L${headlineLine + 1},1`);
  assert.equal(link.tooltip, 'seeds/g1.txt');
  // A listed headline links too; a page naming nothing has no link.
  assert.deepEqual(
    documentLinks(ws.context(), td(uris['g3.txt'])).map((l) => l.target?.split('#')[0]),
    [uris['g2.txt']],
  );
  assert.deepEqual(documentLinks(ws.context(), td(uris['g1.txt'])), []);
  const h = hoverText(hover(ws.context(), { ...td(uris['g2.txt']), position: positionOf(text2, 'Voir aussi', 0, 1) }));
  assert.match(h, /Names the article \[seeds\/g1\.txt\]\(file:\/\/\/memory\/ws\/seeds\/g1\.txt#L\d+,1\)/, h);
});
