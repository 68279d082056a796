/**
 * Every feature on the bundled seeds, with real content. These need the recognisers (dates, names
 * and linking, boilerplate, related): they check what a user would see, not just that an answer came.
 */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import {
  applyEdits,
  baseName,
  editsOf,
  FILE_000,
  FILE_001,
  FILE_002,
  fold,
  hoverText,
  makeWorkspace,
  positionOf,
  startServer,
  type TestServer,
} from './harness';

type Range = { start: { line: number; character: number }; end: { line: number; character: number } };
type Loc = { uri: string; range: Range };
type DocSym = { name: string; detail?: string; kind: number; range: Range; selectionRange: Range; children?: DocSym[] };
type Action = { title: string; kind?: string; edit?: unknown; command?: { command: string; arguments?: unknown[] }; diagnostics?: unknown[] };

let server: TestServer;
let ws: ReturnType<typeof makeWorkspace>;
let uri000: string;
let uri002: string;
let text000: string;
let text002: string;

before(async () => {
  ws = makeWorkspace();
  server = await startServer({ root: ws.root });
  await server.ready();
  uri000 = server.seedUri(FILE_000);
  uri002 = server.seedUri(FILE_002);
  text000 = await server.open(uri000);
  text002 = await server.open(uri002);
});

after(async () => {
  await server?.stop();
  ws?.cleanup();
});

const td = (uri: string) => ({ textDocument: { uri } });
const lastLine = (r: Range) => (r.end.character === 0 && r.end.line > r.start.line ? r.end.line - 1 : r.end.line);
/** Indices of the non-empty lines of `a` that also occur in `b` (the shared sidebar). */
const sharedLines = (a: string, b: string) => {
  const inB = new Set(b.split(/\r?\n/).map((l) => l.trim()).filter(Boolean));
  return a.split(/\r?\n/).flatMap((l, i) => (l.trim() && inB.has(l.trim()) ? [i] : []));
};

test('hover on Goïta names Assimi Goïta, a person, with his mentions and links', async () => {
  const h = await server.request('textDocument/hover', { ...td(uri000), position: positionOf(text000, 'Goïta') });
  const text = hoverText(h);
  assert.ok(text.includes('Assimi Goïta'), text);
  assert.match(text, /person/i);
  assert.match(text, /mentions? in \d+ articles?/, text);
  assert.match(text, /\]\(file:\/\/\/[^)]+#L\d+,\d+\)/, `no link to an article at a line: ${text}`);
});

test('hover on a date gives its ISO value and resolved day', async () => {
  const h = await server.request('textDocument/hover', { ...td(uri000), position: positionOf(text000, 'lundi 8 décembre 2025', 0, 3) });
  const text = hoverText(h);
  assert.ok(text.includes('2025-12-08'), text);
  assert.match(text, /Monday/);
});

test('a written weekday that does not match its date: warning diagnostic, hover warning and a fix', async () => {
  const uri = server.seedUri('wrong-weekday.txt');
  const text = 'Bamako, le mardi 8 décembre 2025, le Premier ministre a reçu les ambassadeurs.\n';
  await server.open(uri, text);
  const diag = await server.waitFor(() => server.diagnosticsOf(uri).find((d) => d.code === 'weekday-mismatch'), 5000, 'weekday diagnostic');
  assert.equal(diag.source, 'seed-lens');
  assert.equal(diag.severity, 2);
  assert.match(typeof diag.message === 'string' ? diag.message : diag.message.value, /mardi/);
  const hover = hoverText(await server.request('textDocument/hover', { ...td(uri), position: positionOf(text, 'mardi 8', 0, 2) }));
  assert.match(hover, /⚠/);
  const actions = await server.request<Action[]>('textDocument/codeAction', { ...td(uri), range: diag.range, context: { diagnostics: [diag] } });
  const fix = actions.find((a) => /lundi/.test(a.title));
  assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
  assert.equal(applyEdits(text, editsOf(fix.edit).get(uri)!), text.replace('mardi 8', 'lundi 8'));
  const iso = actions.find((a) => /ISO/.test(a.title));
  assert.ok(iso, 'no "insert ISO value" action');
  assert.match(applyEdits(text, editsOf(iso.edit).get(uri)!), /2025 \(2025-12-08\)/);
  await server.close(uri);
});

test('one person written two ways in one article: a hint on the other spelling, and a fix that writes the preferred one', async () => {
  const uri = server.seedUri('two-spellings.txt');
  const text = 'Bamako, le 8 décembre 2025. Le colonel Assimi Goïta a reçu les ambassadeurs.\nPlus tard, ASSIMI GOITA a signé le décret, puis Assimi Goïta est reparti.\n';
  await server.open(uri, text);
  const hints = await server.waitFor(
    () => {
      const got = server.diagnosticsOf(uri).filter((d) => d.code === 'inconsistent-spelling');
      return got.length > 0 ? got : undefined;
    },
    5000,
    'spelling diagnostic',
  );
  // Only the spelling that differs from the preferred one is flagged, where it is written.
  assert.equal(hints.length, 1, JSON.stringify(hints));
  const [hint] = hints;
  assert.equal(hint.severity, 4);
  assert.deepEqual(hint.range.start, positionOf(text, 'ASSIMI GOITA', 0, 0));
  assert.match(typeof hint.message === 'string' ? hint.message : hint.message.value, /ASSIMI GOITA.*Assimi Goïta/);
  const actions = await server.request<Action[]>('textDocument/codeAction', { ...td(uri), range: hint.range, context: { diagnostics: [hint] } });
  const fix = actions.find((a) => /Assimi Goïta/.test(a.title) && a.kind === 'quickfix');
  assert.ok(fix, JSON.stringify(actions.map((a) => a.title)));
  assert.equal(applyEdits(text, editsOf(fix.edit).get(uri)!), text.replace('ASSIMI GOITA', 'Assimi Goïta'));
  await server.close(uri);
});

test('definition of Goïta is his first mention in the corpus', async () => {
  const loc = await server.request<Loc | null>('textDocument/definition', { ...td(uri000), position: positionOf(text000, 'Goïta') });
  assert.ok(loc, 'no definition');
  assert.equal(baseName(loc.uri), FILE_000);
});

test('references find Assimi Goïta in several files, and only him', async () => {
  const refs = await server.request<Loc[]>('textDocument/references', { ...td(uri000), position: positionOf(text000, 'Goïta'), context: { includeDeclaration: true } });
  const files = [...new Set(refs.map((r) => baseName(r.uri)))];
  assert.ok(files.length >= 3, `references in ${files.join(', ')}`);
  assert.ok(files.includes(FILE_000) && files.includes(FILE_001), files.join(', '));
  for (const r of refs.filter((x) => x.uri === uri000)) {
    const lines = text000.split('\n');
    const s = lines[r.range.start.line].slice(r.range.start.character, r.range.end.character);
    assert.match(fold(s), /goita|assimi/, `a reference that is not him: ${s}`);
  }
});

test('document highlights mark Goïta in this file', async () => {
  const hs = await server.request<{ range: Range }[]>('textDocument/documentHighlight', { ...td(uri000), position: positionOf(text000, 'Goïta') });
  assert.ok(hs.length >= 2, JSON.stringify(hs));
});

test('the sidebar shared by 000 and 002 is flagged in both, each pointing at the other copy', async () => {
  for (const [self, other, selfText, otherText] of [
    [uri000, uri002, text000, text002],
    [uri002, uri000, text002, text000],
  ] as const) {
    const shared = sharedLines(selfText, otherText);
    const sharedOther = sharedLines(otherText, selfText);
    assert.ok(shared.length >= 5, 'test data: the sidebar');
    const diag = await server.waitFor(
      () => server.diagnosticsOf(self).find((d) => d.code === 'duplicate-boilerplate' && d.range.start.line <= shared[0] && lastLine(d.range) >= shared[shared.length - 1]),
      5000,
      `duplicate diagnostic in ${baseName(self)}`,
    );
    assert.equal(diag.source, 'seed-lens');
    assert.deepEqual(diag.tags, [1], 'tagged Unnecessary');
    const rel = (diag.relatedInformation ?? []).find((r) => r.location.uri === other);
    assert.ok(rel, `no relatedInformation pointing at ${baseName(other)}: ${JSON.stringify(diag.relatedInformation)}`);
    assert.ok(rel.location.range.start.line <= sharedOther[sharedOther.length - 1] && lastLine(rel.location.range) >= sharedOther[0]);
  }
});

test('code action "remove block" deletes exactly the block lines; "everywhere" covers both files', async () => {
  const diag = server.diagnosticsOf(uri000).find((d) => d.code === 'duplicate-boilerplate');
  assert.ok(diag, 'no duplicate diagnostic');
  const actions = await server.request<Action[]>('textDocument/codeAction', { ...td(uri000), range: diag.range, context: { diagnostics: [diag] } });
  const remove = actions.find((a) => /remove/i.test(a.title) && !/all|every/i.test(a.title));
  assert.ok(remove, JSON.stringify(actions.map((a) => a.title)));
  const after = applyEdits(text000, editsOf(remove.edit).get(uri000)!);
  const lines = text000.split('\n');
  const expected = lines.filter((_, i) => i < diag.range.start.line || i > lastLine(diag.range));
  const got = after.split('\n');
  if (got.length === expected.length + 1 && got[got.length - 1] === '') got.pop();
  assert.deepEqual(got, expected);
  const everywhere = actions.find((a) => /all|every/i.test(a.title));
  assert.ok(everywhere, 'no "remove everywhere" action');
  const files = [...editsOf(everywhere.edit).keys()].map(baseName).sort();
  assert.deepEqual(files, [FILE_000, FILE_002]);
  assert.ok(!applyEdits(text002, editsOf(everywhere.edit).get(uri002)!).includes('Les deux délégations'));
  const ignore = actions.find((a) => a.command?.command === 'seedLens.server.ignoreBlock');
  assert.ok(ignore, 'no "ignore block" action');
});

test('code lens at the top: related articles and people', async () => {
  const lenses = await server.request<{ range: Range; command: { title: string; command: string; arguments: unknown[] } }[]>('textDocument/codeLens', td(uri000));
  assert.equal(lenses.length, 1);
  assert.equal(lenses[0].range.start.line, 0);
  assert.match(lenses[0].command.title, /\d+ related articles? · \d+ (people|person)/);
  assert.equal(lenses[0].command.command, 'seedLens.showRelated');
});

test('seedLens/related ranks articles with a score and reasons', async () => {
  const rel = await server.request<{ uri: string; label: string; score: number; reasons: string[] }[]>('seedLens/related', { uri: uri000 });
  assert.ok(rel.length > 0, 'nothing related to 000');
  assert.ok(rel.every((r) => r.score > 0 && r.score <= 1 && r.reasons.length > 0 && r.uri.startsWith('file://')));
  assert.ok(rel.every((r, i) => i === 0 || rel[i - 1].score >= r.score), 'not ranked');
});

test('document symbols group the entities by type', async () => {
  const syms = await server.request<DocSym[]>('textDocument/documentSymbol', td(uri000));
  const people = syms.find((s) => s.name === 'People');
  assert.ok(people, JSON.stringify(syms.map((s) => s.name)));
  assert.ok(people.children?.some((c) => c.name === 'Assimi Goïta'), JSON.stringify(people.children?.map((c) => c.name)));
  assert.ok(syms.some((s) => s.name === 'Dates'));
});

test('workspace symbols find Assimi Goïta by "goita" (accents and case ignored)', async () => {
  const syms = await server.request<{ name: string; location: Loc }[]>('workspace/symbol', { query: 'goita' });
  assert.ok(syms.some((s) => s.name === 'Assimi Goïta'), JSON.stringify(syms.map((s) => s.name)));
  const caps = await server.request<{ name: string }[]>('workspace/symbol', { query: 'GOÏTA' });
  assert.ok(caps.some((s) => s.name === 'Assimi Goïta'));
});

test('rename rewrites every mention of the entity across files as one WorkspaceEdit', async () => {
  const pos = positionOf(text000, 'Goïta');
  const prep = await server.request<{ range: Range; placeholder: string }>('textDocument/prepareRename', { ...td(uri000), position: pos });
  assert.ok(prep.placeholder.includes('Goïta'), JSON.stringify(prep));
  const edit = await server.request('textDocument/rename', { ...td(uri000), position: pos, newName: 'Goïta-Renamed' });
  const files = [...editsOf(edit).keys()].map(baseName);
  assert.ok(files.length >= 3, `rename touches ${files.join(', ')}`);
  const renamed = applyEdits(text000, editsOf(edit).get(uri000) ?? []);
  assert.ok(renamed.includes('président Goïta-Renamed,') && !renamed.includes('Assimi Goïta'), 'not every spelling was rewritten');
});

test('semantic tokens colour people, places and dates', async () => {
  const tokens = await server.request<{ data: number[] }>('textDocument/semanticTokens/full', td(uri000));
  assert.ok(tokens.data.length >= 5 * 10, `only ${tokens.data.length / 5} tokens`);
  const types = new Set(tokens.data.filter((_, i) => i % 5 === 3));
  assert.ok(types.size >= 3, `token types used: ${[...types]}`);
});

test('an edit is reflected at once: hover right after inserting text before Goïta', async () => {
  const uri = server.seedUri(FILE_001);
  const text = await server.open(uri);
  const edited = 'Une ligne ajoutée en tête.\n' + text;
  await server.change(uri, edited);
  const h = hoverText(await server.request('textDocument/hover', { ...td(uri), position: positionOf(edited, 'Assimi GOITA', 0, 8) }));
  assert.ok(h.includes('Assimi Goïta'), h);
  await server.close(uri);
});

test('settings changes apply without a restart: a kind switched off, inlay hints switched on', async () => {
  assert.ok(server.diagnosticsOf(uri000).some((d) => d.code === 'duplicate-boilerplate'));
  const far = { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } };
  assert.deepEqual(await server.request('textDocument/inlayHint', { ...td(uri000), range: far }), [], 'inlay hints are off by default');
  server.options.settings = { diagnostics: { duplicate: 'off' }, inlayHints: { dateValues: true } };
  await server.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await server.waitFor(() => !server.diagnosticsOf(uri000).some((d) => d.code === 'duplicate-boilerplate'), 5000, 'duplicate diagnostics cleared');
  const hints = await server.request<{ label: string }[]>('textDocument/inlayHint', { ...td(uri000), range: far });
  assert.ok(hints.some((h) => h.label.includes('2025-12-08')), JSON.stringify(hints));
  server.options.settings = {};
  await server.conn.sendNotification('workspace/didChangeConfiguration', { settings: null });
  await server.waitFor(() => server.diagnosticsOf(uri000).some((d) => d.code === 'duplicate-boilerplate'), 5000, 'duplicate diagnostics back');
});
