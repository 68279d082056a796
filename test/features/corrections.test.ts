/**
 * Correcting the annotations, in process: which corrections the code actions offer, what running
 * one records (through the feature host), and how hover, references and the outline follow. The
 * protocol tests keep what needs a real server: the file on disk, its atomic write, refusals.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { CodeAction } from 'vscode-languageserver';
import { codeActions } from '../../server/src/features/codeActions';
import { entities, executeCorrection } from '../../server/src/features/corrections';
import { hover } from '../../server/src/features/hover';
import { references } from '../../server/src/features/references';
import { documentSymbols } from '../../server/src/features/symbols';
import { baseName, FILE_000, FILE_001, FILE_002, hoverText, positionOf, textAt, type Range } from '../support/lsp';
import { MemoryWorkspace, td, uriOf } from '../support/memoryWorkspace';
import { Commands, CORRECT_COMMAND } from '../../server/src/protocol';

const rangeOf = (ws: MemoryWorkspace, file: string, needle: string, nth = 0): Range => {
  const text = ws.text(uriOf(file));
  return { start: positionOf(text, needle, nth, 0), end: positionOf(text, needle, nth, needle.length) };
};
const actions = (ws: MemoryWorkspace, file: string, range: Range) => codeActions(ws.context(), { ...td(uriOf(file)), range, context: { diagnostics: [] } });
function pick(list: CodeAction[], title: RegExp): CodeAction {
  const a = list.find((x) => title.test(x.title));
  assert.ok(a, `no action ${title} among ${JSON.stringify(list.map((x) => x.title))}`);
  return a;
}
function run(ws: MemoryWorkspace, a: CodeAction): boolean {
  assert.equal(a.command?.command, CORRECT_COMMAND);
  return executeCorrection(ws.context(), ws.host(), a.command?.arguments?.[0]);
}
const hoverAt = (ws: MemoryWorkspace, file: string, needle: string) => hoverText(hover(ws.context(), { ...td(uriOf(file)), position: positionOf(ws.text(uriOf(file)), needle) }));
const refTexts = (ws: MemoryWorkspace, file: string, needle: string) =>
  references(ws.context(), { ...td(uriOf(file)), position: positionOf(ws.text(uriOf(file)), needle), context: { includeDeclaration: true } }).map((r) => `${baseName(r.uri).slice(0, 3)}:${textAt(ws.text(r.uri), r.range)}`);
const symbolNames = (ws: MemoryWorkspace, file: string) => documentSymbols(ws.context(), td(uriOf(file))).flatMap((g) => (g.children ?? []).map((c) => `${g.name}/${c.name}`));

test('not an entity (everywhere): recorded once, and no feature sees the name any more, in any file', () => {
  const ws = MemoryWorkspace.seeds();
  assert.match(hoverAt(ws, FILE_002, 'Primature'), /Primature/, 'test data');
  const list = actions(ws, FILE_000, rangeOf(ws, FILE_000, 'Primature'));
  const a = pick(list, /“Primature” is not an entity \(everywhere\)/);
  pick(list, /“Primature” is not an entity \(in this file\)/);
  pick(list, /Change the type of “Primature” to place/);
  assert.ok(!list.some((x) => /to institution/.test(x.title)), 'no action to change a type to itself');
  assert.equal(run(ws, a), true);
  assert.deepEqual(ws.annotations.notEntity, [{ text: 'Primature' }]);
  for (const f of [FILE_000, FILE_002]) {
    assert.equal(hoverAt(ws, f, 'Primature'), '', `${f}: still a mention`);
    assert.deepEqual(refTexts(ws, f, 'Primature'), []);
    assert.ok(!symbolNames(ws, f).some((n) => n.includes('Primature')));
  }
  assert.equal(run(ws, a), true, 'the same correction again is not an error');
  assert.equal(ws.annotations.notEntity.length, 1);
});

test('not an entity (in this file): only that file loses the name; the entry names the file relative to the folder', () => {
  const ws = MemoryWorkspace.seeds();
  assert.equal(run(ws, pick(actions(ws, FILE_000, rangeOf(ws, FILE_000, 'Sahel')), /“Sahel” is not an entity \(in this file\)/)), true);
  assert.deepEqual(ws.annotations.notEntity, [{ text: 'Sahel', file: `seeds/${FILE_000}` }]);
  assert.equal(hoverAt(ws, FILE_000, 'Sahel'), '');
  assert.match(hoverAt(ws, FILE_001, 'Sahel'), /Sahel/, 'the other file keeps it');
});

test('change type, and mark a selection as an entity everywhere (the selection widened to whole words)', () => {
  const ws = MemoryWorkspace.seeds();
  assert.equal(run(ws, pick(actions(ws, FILE_000, rangeOf(ws, FILE_000, 'Primature')), /Change the type of “Primature” to place/)), true);
  for (const f of [FILE_000, FILE_002]) assert.match(hoverAt(ws, f, 'Primature'), /— place/, f);
  for (const f of [FILE_000, FILE_002]) assert.equal(hoverAt(ws, f, 'Qatar'), '', 'test data: Qatar is missed');
  const sel = rangeOf(ws, FILE_000, 'Qatar');
  const list = actions(ws, FILE_000, { start: sel.start, end: { ...sel.end, character: sel.end.character - 1 } });
  assert.ok(!list.some((x) => /not an entity/.test(x.title)));
  assert.equal(run(ws, pick(list, /Mark “Qatar” as a place \(everywhere\)/)), true);
  assert.deepEqual(refTexts(ws, FILE_000, 'Qatar').sort(), ['000:Qatar', '002:Qatar']);
  assert.ok(symbolNames(ws, FILE_002).includes('Places/Qatar'));
  // A palette command sends only the selection: the feature reads the words there.
  const range = rangeOf(ws, FILE_000, 'Journée nationale');
  assert.equal(executeCorrection(ws.context(), ws.host(), { uri: uriOf(FILE_000), kind: 'entityType', type: 'INSTITUTION', range }), true);
  assert.match(hoverAt(ws, FILE_002, 'Journée nationale'), /— institution/);
});

test('merge: a look-alike is offered directly, "with…" only when the client has a picker; one entity afterwards', () => {
  const plain = MemoryWorkspace.seeds();
  assert.ok(!actions(plain, FILE_001, rangeOf(plain, FILE_001, 'Sadio CAMARA')).some((x) => /with…/.test(x.title)));
  const ws = MemoryWorkspace.seeds({ clientCommands: [Commands.mergeEntities] });
  const list = actions(ws, FILE_001, rangeOf(ws, FILE_001, 'Sadio CAMARA'));
  assert.equal(pick(list, /Merge “.*” with…/).command?.command, Commands.mergeEntities);
  assert.equal(run(ws, pick(list, /Merge with “Ansoumane Camara”/)), true);
  const refs = refTexts(ws, FILE_001, 'Sadio CAMARA');
  assert.ok(refs.includes('001:Sadio CAMARA') && refs.includes('000:Ansoumane Camara'), JSON.stringify(refs));
  assert.equal(hoverAt(ws, FILE_000, 'Ansoumane Camara').split('\n')[0], hoverAt(ws, FILE_001, 'Sadio CAMARA').split('\n')[0]);
});

test('the entity list: most mentioned first, filtered by query and type; a merge of two ids makes one', () => {
  const ws = MemoryWorkspace.seeds();
  const list = entities(ws.context(), {});
  assert.ok(list.length > 20);
  assert.ok(list.every((e, i) => i === 0 || list[i - 1].mentions >= e.mentions));
  const mali = list.find((e) => e.variants.includes('Mali'));
  assert.ok(mali && mali.type === 'PLACE' && mali.articles >= 3);
  const niger = entities(ws.context(), { query: 'niger', type: 'PLACE' })[0];
  assert.ok(niger?.variants.includes('Niger'));
  assert.equal(executeCorrection(ws.context(), ws.host(), { uri: uriOf(FILE_000), kind: 'merge', ids: [mali.id, niger.id] }), true);
  assert.equal(entities(ws.context(), {}).length, list.length - 1);
});

test('split a spelling out, and choose the canonical name', () => {
  const ws = MemoryWorkspace.seeds();
  assert.ok(refTexts(ws, FILE_000, 'Bamako').includes('001:District de Bamako'), 'test data');
  assert.equal(run(ws, pick(actions(ws, FILE_000, rangeOf(ws, FILE_000, 'Bamako')), /Split the spelling “Bamako” out of “District de Bamako”/)), true);
  const refs = refTexts(ws, FILE_000, 'Bamako');
  assert.ok(refs.length > 1 && refs.every((r) => r.endsWith(':Bamako')), JSON.stringify(refs));
  assert.equal(run(ws, pick(actions(ws, FILE_001, rangeOf(ws, FILE_001, 'Assimi GOITA')), /Make “Assimi GOITA” the canonical name/)), true);
  assert.match(hoverAt(ws, FILE_000, 'Goïta'), /^\*\*Assimi GOITA\*\* — person/);
  assert.ok(!actions(ws, FILE_001, rangeOf(ws, FILE_001, 'Assimi GOITA')).some((x) => /canonical name/.test(x.title)), 'not offered again');
});

test('untrusted: no correction offered, none recorded, the user told why; bad arguments refused', () => {
  const ws = MemoryWorkspace.seeds({ trusted: false });
  assert.ok(!actions(ws, FILE_000, rangeOf(ws, FILE_000, 'Primature')).some((a) => a.command?.command === CORRECT_COMMAND));
  assert.equal(executeCorrection(ws.context(), ws.host(), { uri: uriOf(FILE_000), kind: 'notEntity', text: 'Primature' }), false);
  assert.equal(ws.warnings.length, 1);
  const ok = MemoryWorkspace.seeds();
  const u = uriOf(FILE_000);
  for (const args of [undefined, {}, { uri: u }, { uri: u, kind: 'entityType', text: 'X', type: 'DATE' }, { uri: u, kind: 'merge', ids: ['only-one'] }, { uri: u, kind: 'nonsense' }]) {
    assert.equal(executeCorrection(ok.context(), ok.host(), args), false, JSON.stringify(args));
  }
  assert.deepEqual(ok.annotations.entityType, []);
  assert.deepEqual(ok.annotations.merge, []);
});
