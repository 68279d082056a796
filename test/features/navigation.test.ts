/** Hover, definition, references, highlights and rename, called in process on the seeds. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { definition } from '../../server/src/features/definition';
import { documentHighlight } from '../../server/src/features/documentHighlight';
import { hover } from '../../server/src/features/hover';
import { references } from '../../server/src/features/references';
import { prepareRename, rename } from '../../server/src/features/rename';
import { applyEdits, baseName, editsOf, FILE_000, FILE_001, fold, hoverText, positionOf, textAt } from '../support/lsp';
import { MemoryWorkspace, td, uriOf } from '../support/memoryWorkspace';

const ws = MemoryWorkspace.seeds();
const uri000 = uriOf(FILE_000);
const text000 = ws.text(uri000);
const at = (needle: string, nth = 0, into = 1) => ({ ...td(uri000), position: positionOf(text000, needle, nth, into) });

test('hover on Goïta names Assimi Goïta, a person, with his mentions and links to articles at a line', () => {
  const text = hoverText(hover(ws.context(), at('Goïta')));
  assert.ok(text.includes('Assimi Goïta'), text);
  assert.match(text, /person/i);
  assert.match(text, /mentions? in \d+ articles?/, text);
  assert.match(text, /\]\(file:\/\/\/[^)]+#L\d+,\d+\)/, `no link to an article at a line: ${text}`);
});

test('hover on a date gives its ISO value and resolved day; off a mention there is none', () => {
  const text = hoverText(hover(ws.context(), at('lundi 8 décembre 2025', 0, 3)));
  assert.ok(text.includes('2025-12-08'), text);
  assert.match(text, /Monday/);
  assert.equal(hover(ws.context(), { ...td(uri000), position: { line: 0, character: 0 } }), null);
});

test('hover speaks French when the UI does', () => {
  const fr = MemoryWorkspace.seeds({ locale: 'fr' });
  const text = hoverText(hover(fr.context(), at('Goïta')));
  assert.match(text, /personne/i, text);
});

test('definition of Goïta is his first mention in the corpus', () => {
  const loc = definition(ws.context(), at('Goïta'));
  assert.ok(loc, 'no definition');
  assert.equal(baseName(loc.uri), FILE_000);
  assert.match(fold(textAt(text000, loc.range)), /goita/);
});

test('references find Assimi Goïta in several files, and only him', () => {
  const refs = references(ws.context(), { ...at('Goïta'), context: { includeDeclaration: true } });
  const files = [...new Set(refs.map((r) => baseName(r.uri)))];
  assert.ok(files.length >= 3, `references in ${files.join(', ')}`);
  assert.ok(files.includes(FILE_000) && files.includes(FILE_001), files.join(', '));
  for (const r of refs) assert.match(fold(textAt(ws.text(r.uri), r.range)), /goita|assimi/, `a reference that is not him in ${baseName(r.uri)}`);
});

test('document highlights mark every mention of Goïta in this file, and nothing else', () => {
  const hs = documentHighlight(ws.context(), at('Goïta'));
  assert.ok(hs.length >= 2, JSON.stringify(hs));
  for (const h of hs) assert.match(fold(textAt(text000, h.range)), /goita|assimi/);
});

test('rename rewrites every mention of the entity across files as one WorkspaceEdit', () => {
  const prep = prepareRename(ws.context(), at('Goïta'));
  assert.ok(prep?.placeholder.includes('Goïta'), JSON.stringify(prep));
  const edit = rename(ws.context(), { ...at('Goïta'), newName: 'Goïta-Renamed' });
  const files = [...editsOf(edit).keys()].map(baseName);
  assert.ok(files.length >= 3, `rename touches ${files.join(', ')}`);
  const renamed = applyEdits(text000, editsOf(edit).get(uri000) ?? []);
  assert.ok(renamed.includes('président Goïta-Renamed,') && !renamed.includes('Assimi Goïta'), 'not every spelling was rewritten');
});

test('rename on a word that is no entity is refused with an error', () => {
  assert.throws(() => prepareRename(ws.context(), { ...td(uri000), position: { line: 0, character: 0 } }));
});

test('hover shows a guess as a guess, with how sure it is', () => {
  const ws = new MemoryWorkspace({ 'a.txt': 'Les joueurs de Kalu Bengo ont gagné le match.\nLe président Moussa Traoré a salué Kalu Bengo.\n' });
  const uri = uriOf('a.txt');
  const guess = hoverText(hover(ws.context(), { ...td(uri), position: positionOf(ws.text(uri), 'Kalu Bengo') }));
  assert.match(guess, /A guess \(\d+% sure\)/, guess);
  const known = hoverText(hover(ws.context(), { ...td(uri), position: positionOf(ws.text(uri), 'Moussa Traoré') }));
  assert.doesNotMatch(known, /guess/, known);
});
