/**
 * Correcting the annotations from the editor, end to end over JSON-RPC: each correction's code
 * action is offered, running its command writes `.seedlens/annotations.json` (stable, atomic), and
 * hover, references, symbols and diagnostics follow. Also the refusals (a file that does not parse,
 * an untrusted workspace), the entity list and the export request. Each test has its own workspace.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { fromBrat, parseAnnotations, serializeAnnotations } from '../../server/src/core';
import { FILE_000, FILE_001, FILE_002, hoverText, makeWorkspace, positionOf, sleep, startServer, uriOf, type TestServer } from './harness';
import { Commands, CORRECT_COMMAND, ENTITIES_METHOD, EXPORT_METHOD } from '../../server/src/protocol';

type Pos = { line: number; character: number };
type Range = { start: Pos; end: Pos };
type Action = { title: string; kind?: string; command?: { title: string; command: string; arguments?: unknown[] }; diagnostics?: unknown[] };
type Loc = { uri: string; range: Range };
type DocSym = { name: string; children?: DocSym[] };

const workspaces: ReturnType<typeof makeWorkspace>[] = [];
const servers: TestServer[] = [];

after(async () => {
  for (const s of servers) await s.stop();
  for (const w of workspaces) w.cleanup();
});

async function fresh(opts: { setup?: (root: string) => void; initializationOptions?: Record<string, unknown> } = {}) {
  const ws = makeWorkspace();
  workspaces.push(ws);
  opts.setup?.(ws.root);
  const s = await startServer({ root: ws.root, initializationOptions: opts.initializationOptions });
  servers.push(s);
  await s.ready();
  return { ws, s };
}

const annotationsFile = (root: string) => path.join(root, '.seedlens', 'annotations.json');

/** The corrections file as written: parsed, and checked to be in the stable serialisation with no temporary file left. */
function written(root: string) {
  const text = fs.readFileSync(annotationsFile(root), 'utf8');
  const parsed = parseAnnotations(text);
  assert.equal(parsed.notice, undefined);
  assert.equal(text, serializeAnnotations(parsed.annotations), 'not the stable serialisation');
  assert.deepEqual(fs.readdirSync(path.dirname(annotationsFile(root))), ['annotations.json'], 'a temporary file was left behind');
  return parsed.annotations;
}

const diskText = (s: TestServer, name: string) => fs.readFileSync(s.seedPath(name), 'utf8');

/** The range of the `nth` occurrence of `needle` in the file. */
function rangeOf(s: TestServer, name: string, needle: string, nth = 0): Range {
  const text = diskText(s, name);
  return { start: positionOf(text, needle, nth, 0), end: positionOf(text, needle, nth, needle.length) };
}

function actions(s: TestServer, name: string, range: Range, diagnostics: unknown[] = []): Promise<Action[]> {
  return s.request<Action[]>('textDocument/codeAction', { textDocument: { uri: s.seedUri(name) }, range, context: { diagnostics } });
}

/** The action whose title matches, or a failure listing what was offered. */
function pick(list: Action[], title: RegExp): Action {
  const a = list.find((x) => title.test(x.title));
  assert.ok(a, `no action ${title} among ${JSON.stringify(list.map((x) => x.title))}`);
  return a;
}

async function run(s: TestServer, a: Action): Promise<unknown> {
  assert.ok(a.command, `${a.title} has no command`);
  assert.equal(a.command.command, CORRECT_COMMAND);
  return s.request('workspace/executeCommand', { command: a.command.command, arguments: a.command.arguments });
}

async function hoverAt(s: TestServer, name: string, needle: string, nth = 0): Promise<string> {
  const h = await s.request('textDocument/hover', { textDocument: { uri: s.seedUri(name) }, position: positionOf(diskText(s, name), needle, nth) });
  return hoverText(h);
}

function referencesAt(s: TestServer, name: string, needle: string, nth = 0): Promise<Loc[]> {
  return s.request<Loc[]>('textDocument/references', { textDocument: { uri: s.seedUri(name) }, position: positionOf(diskText(s, name), needle, nth), context: { includeDeclaration: true } });
}

/** The text each reference covers, `file:text`. */
function refTexts(s: TestServer, refs: Loc[]): string[] {
  return refs.map((r) => {
    const name = path.basename(new URL(r.uri).pathname);
    const lines = diskText(s, name).split('\n');
    return `${name.slice(0, 3)}:${lines[r.range.start.line].slice(r.range.start.character, r.range.end.character)}`;
  });
}

async function symbolNames(s: TestServer, name: string): Promise<string[]> {
  const syms = await s.request<DocSym[]>('textDocument/documentSymbol', { textDocument: { uri: s.seedUri(name) } });
  return syms.flatMap((g) => (g.children ?? []).map((c) => `${g.name}/${c.name}`));
}

test('not an entity (everywhere): the file says so and no feature sees the name any more, in any file', async () => {
  const { ws, s } = await fresh();
  assert.match(await hoverAt(s, FILE_002, 'Primature'), /Primature/, 'test data: Primature is an institution');
  const list = await actions(s, FILE_000, rangeOf(s, FILE_000, 'Primature'));
  const a = pick(list, /“Primature” is not an entity \(everywhere\)/);
  assert.equal(a.kind, 'quickfix');
  pick(list, /“Primature” is not an entity \(in this file\)/);
  pick(list, /Change the type of “Primature” to place/);
  assert.ok(!list.some((x) => /to institution/.test(x.title)), 'no action to change a type to itself');
  assert.equal(await run(s, a), true);
  assert.equal(fs.readFileSync(annotationsFile(ws.root), 'utf8'), '{\n  "version": 1,\n  "ignoreBoilerplate": [],\n  "notBoilerplate": [],\n  "notEntity": [\n    {"text":"Primature"}\n  ],\n  "entityType": [],\n  "merge": [],\n  "split": [],\n  "canonical": []\n}\n');
  written(ws.root);
  for (const f of [FILE_000, FILE_002]) {
    assert.equal(await hoverAt(s, f, 'Primature'), '', `${f}: still a mention`);
    assert.deepEqual(await referencesAt(s, f, 'Primature'), []);
    assert.ok(!(await symbolNames(s, f)).some((n) => n.includes('Primature')), `${f}: still in the outline`);
  }
  // The same correction twice leaves the file as it was.
  assert.equal(await run(s, a), true);
  assert.equal(written(ws.root).notEntity.length, 1);
});

test('not an entity (in this file): only that file loses the name; the entry names the file relative to the folder', async () => {
  const { ws, s } = await fresh();
  assert.match(await hoverAt(s, FILE_001, 'Sahel'), /Sahel/, 'test data');
  const a = pick(await actions(s, FILE_000, rangeOf(s, FILE_000, 'Sahel')), /“Sahel” is not an entity \(in this file\)/);
  assert.equal(await run(s, a), true);
  assert.deepEqual(written(ws.root).notEntity, [{ text: 'Sahel', file: `seeds/${FILE_000}` }]);
  assert.equal(await hoverAt(s, FILE_000, 'Sahel'), '');
  assert.match(await hoverAt(s, FILE_001, 'Sahel'), /Sahel/, 'the other file keeps it');
  // The file is re-read from disk the same way (a restart, or an edit by hand, reads it like this).
  const again = await fresh({ setup: (root) => fs.cpSync(path.join(ws.root, '.seedlens'), path.join(root, '.seedlens'), { recursive: true }) });
  assert.equal(await hoverAt(again.s, FILE_000, 'Sahel'), '');
  assert.match(await hoverAt(again.s, FILE_001, 'Sahel'), /Sahel/);
});

test('a wrong type: "change type" makes every mention of the spelling that type', async () => {
  const { ws, s } = await fresh();
  assert.match(await hoverAt(s, FILE_000, 'Primature'), /— institution/);
  assert.equal(await run(s, pick(await actions(s, FILE_000, rangeOf(s, FILE_000, 'Primature')), /Change the type of “Primature” to place/)), true);
  assert.deepEqual(written(ws.root).entityType, [{ text: 'Primature', type: 'PLACE' }]);
  for (const f of [FILE_000, FILE_002]) assert.match(await hoverAt(s, f, 'Primature'), /— place/, f);
  assert.ok((await symbolNames(s, FILE_002)).includes('Places/Primature'));
});

test('mark selection as PLACE: a word that was no entity becomes a place in every file that has it', async () => {
  const { ws, s } = await fresh();
  for (const f of [FILE_000, FILE_002]) assert.equal(await hoverAt(s, f, 'Qatar'), '', 'test data: Qatar is missed');
  // Selecting part of the word is enough: the selection is widened to whole words.
  const sel = rangeOf(s, FILE_000, 'Qatar');
  const list = await actions(s, FILE_000, { start: sel.start, end: { ...sel.end, character: sel.end.character - 1 } });
  assert.ok(!list.some((x) => /not an entity/.test(x.title)), 'a plain word is not offered "not an entity"');
  const a = pick(list, /Mark “Qatar” as a place \(everywhere\)/);
  pick(list, /Mark “Qatar” as a person/);
  assert.equal(await run(s, a), true);
  assert.deepEqual(written(ws.root).entityType, [{ text: 'Qatar', type: 'PLACE' }]);
  for (const f of [FILE_000, FILE_002]) assert.match(await hoverAt(s, f, 'Qatar'), /\*\*Qatar\*\* — place/, f);
  const refs = refTexts(s, await referencesAt(s, FILE_000, 'Qatar'));
  assert.deepEqual(refs.sort(), ['000:Qatar', '002:Qatar']);
  assert.ok((await symbolNames(s, FILE_002)).includes('Places/Qatar'));
  // The palette command sends only the selection: the server reads the words there.
  const palette = await s.request('workspace/executeCommand', {
    command: CORRECT_COMMAND,
    arguments: [{ uri: s.seedUri(FILE_000), kind: 'entityType', type: 'INSTITUTION', range: rangeOf(s, FILE_000, 'Journée nationale') }],
  });
  assert.equal(palette, true);
  assert.deepEqual(written(ws.root).entityType.map((e) => e.text).sort(), ['Journée nationale', 'Qatar']);
  assert.match(await hoverAt(s, FILE_002, 'Journée nationale'), /— institution/);
});

test('merge: a look-alike is offered directly; afterwards references of one include the other, one canonical', async () => {
  const { ws, s } = await fresh({ initializationOptions: { clientCommands: [Commands.mergeEntities] } });
  const sadio = await hoverAt(s, FILE_001, 'Sadio CAMARA');
  const ansoumane = await hoverAt(s, FILE_000, 'Ansoumane Camara');
  assert.notEqual(sadio.split('\n')[0], ansoumane.split('\n')[0], 'test data: two entities');
  const list = await actions(s, FILE_001, rangeOf(s, FILE_001, 'Sadio CAMARA'));
  const picker = pick(list, /Merge “.*” with…/);
  assert.equal(picker.command?.command, Commands.mergeEntities, 'the client asks which entity');
  const a = pick(list, /Merge with “Ansoumane Camara”/);
  assert.equal(await run(s, a), true);
  assert.equal(written(ws.root).merge.length, 1);
  const refs = refTexts(s, await referencesAt(s, FILE_001, 'Sadio CAMARA'));
  assert.ok(refs.includes('001:Sadio CAMARA') && refs.includes('000:Ansoumane Camara') && refs.includes('002:Ansoumane Camara'), JSON.stringify(refs));
  const h1 = (await hoverAt(s, FILE_001, 'Sadio CAMARA')).split('\n')[0];
  assert.equal((await hoverAt(s, FILE_000, 'Ansoumane Camara')).split('\n')[0], h1, 'one canonical name for both');
  // Without a client picker, "Merge with…" is not offered (another editor could not run it).
  const plain = await fresh();
  assert.ok(!(await actions(plain.s, FILE_001, rangeOf(plain.s, FILE_001, 'Sadio CAMARA'))).some((x) => /with…/.test(x.title)));
});

test('merge from the palette: seedLens/entities lists the entities, a merge of two ids joins them', async () => {
  const { ws, s } = await fresh();
  const list = await s.request<{ id: string; type: string; canonical: string; variants: string[]; mentions: number; articles: number }[]>(ENTITIES_METHOD, {});
  assert.ok(list.length > 20);
  assert.ok(list.every((e, i) => i === 0 || list[i - 1].mentions >= e.mentions), 'most mentioned first');
  const mali = list.find((e) => e.variants.includes('Mali'));
  assert.ok(mali && mali.type === 'PLACE' && mali.articles >= 3);
  const niger = (await s.request<typeof list>(ENTITIES_METHOD, { query: 'niger', type: 'PLACE' }))[0];
  assert.ok(niger && niger.variants.includes('Niger'), 'query and type filter');
  assert.equal(await s.request('workspace/executeCommand', { command: CORRECT_COMMAND, arguments: [{ uri: s.seedUri(FILE_000), kind: 'merge', ids: [mali.id, niger.id] }] }), true);
  assert.deepEqual(written(ws.root).merge, [{ ids: [mali.id, niger.id].sort() }]);
  const refs = refTexts(s, await referencesAt(s, FILE_000, 'Niger'));
  assert.ok(refs.some((r) => r.endsWith(':Mali')) && refs.some((r) => r.endsWith(':Niger')));
  const after = await s.request<typeof list>(ENTITIES_METHOD, {});
  assert.equal(after.length, list.length - 1);
});

test('split: the spelling leaves its entity and forms its own', async () => {
  const { ws, s } = await fresh();
  const before = refTexts(s, await referencesAt(s, FILE_000, 'Bamako'));
  assert.ok(before.includes('001:District de Bamako'), `test data: ${JSON.stringify(before)}`);
  const a = pick(await actions(s, FILE_000, rangeOf(s, FILE_000, 'Bamako')), /Split the spelling “Bamako” out of “District de Bamako”/);
  assert.equal(await run(s, a), true);
  assert.deepEqual(written(ws.root).split, [{ text: 'Bamako' }]);
  const refs = refTexts(s, await referencesAt(s, FILE_000, 'Bamako'));
  assert.ok(refs.length > 1 && refs.every((r) => r.endsWith(':Bamako')), JSON.stringify(refs));
  assert.match(await hoverAt(s, FILE_000, 'Bamako'), /^\*\*Bamako\*\* — place/);
  assert.ok(!refTexts(s, await referencesAt(s, FILE_001, 'District de Bamako')).some((r) => r.endsWith(':Bamako')));
});

test('canonical: the chosen spelling becomes the name hover and the outline show', async () => {
  const { ws, s } = await fresh();
  assert.match(await hoverAt(s, FILE_000, 'Goïta'), /^\*\*Assimi Goïta\*\*/);
  const list = await actions(s, FILE_001, rangeOf(s, FILE_001, 'Assimi GOITA'));
  const a = pick(list, /Make “Assimi GOITA” the canonical name/);
  assert.equal(await run(s, a), true);
  assert.equal(written(ws.root).canonical.length, 1);
  assert.equal(written(ws.root).canonical[0].name, 'Assimi GOITA');
  assert.match(await hoverAt(s, FILE_000, 'Goïta'), /^\*\*Assimi GOITA\*\* — person/);
  assert.ok((await symbolNames(s, FILE_000)).includes('People/Assimi GOITA'));
  // The canonical spelling is not offered again.
  assert.ok(!(await actions(s, FILE_001, rangeOf(s, FILE_001, 'Assimi GOITA'))).some((x) => /canonical name/.test(x.title)));
});

test('not boilerplate: the block’s diagnostic disappears in every copy, and the editors are asked to refresh', async () => {
  const { ws, s } = await fresh();
  const refreshed: string[] = [];
  for (const m of ['workspace/semanticTokens/refresh', 'workspace/codeLens/refresh', 'workspace/inlayHint/refresh']) {
    s.conn.onRequest(m, () => {
      refreshed.push(m);
      s.notifyWaiters();
      return null;
    });
  }
  const dup = (name: string) => s.diagnosticsOf(s.seedUri(name)).find((d) => d.code === 'duplicate-boilerplate');
  const diag = await s.waitFor(() => dup(FILE_000), 5000, 'duplicate diagnostic');
  assert.ok(dup(FILE_002), 'test data: the copy in 002');
  const a = pick(await actions(s, FILE_000, diag.range, [diag]), /Mark this block as real text/);
  assert.equal(a.diagnostics?.length, 1);
  assert.equal(await run(s, a), true);
  assert.equal(written(ws.root).notBoilerplate.length, 1);
  await s.waitFor(() => !dup(FILE_000) && !dup(FILE_002), 5000, 'the duplicate diagnostics to go');
  await s.waitFor(() => refreshed.length >= 3, 5000, 'refresh requests');
  assert.deepEqual([...new Set(refreshed)].sort(), ['workspace/codeLens/refresh', 'workspace/inlayHint/refresh', 'workspace/semanticTokens/refresh']);
});

test('a corrections file that does not parse: one notice, defaults kept, and no correction overwrites it', async () => {
  const bad = '{ "notEntity": [ {"text": "Mali"} oops ';
  const { ws, s } = await fresh({
    setup: (root) => {
      fs.mkdirSync(path.join(root, '.seedlens'));
      fs.writeFileSync(annotationsFile(root), bad);
    },
  });
  const notices = () => s.logs.filter((l) => l.message.includes('annotations.json'));
  await s.waitFor(() => notices().length > 0, 5000, 'annotations notice');
  assert.match(await hoverAt(s, FILE_000, 'Mali'), /Mali/, 'defaults kept');
  const warnings: string[] = [];
  s.conn.onRequest('window/showMessageRequest', (p: { message: string }) => {
    warnings.push(p.message);
    s.notifyWaiters();
    return null;
  });
  const list = await actions(s, FILE_000, rangeOf(s, FILE_000, 'Primature'));
  for (const title of [/not an entity \(everywhere\)/, /not an entity \(in this file\)/, /Change the type/]) {
    assert.equal(await run(s, pick(list, title)), false, String(title));
  }
  for (const args of [
    { uri: s.seedUri(FILE_000), kind: 'merge', ids: ['a', 'b'] },
    { uri: s.seedUri(FILE_000), kind: 'split', text: 'Bamako' },
    { uri: s.seedUri(FILE_000), kind: 'canonical', id: 'a', name: 'A' },
    { uri: s.seedUri(FILE_000), kind: 'notBoilerplate', fingerprint: 'x' },
    { uri: s.seedUri(FILE_000), kind: 'entityType', text: 'Qatar', type: 'PLACE' },
  ]) {
    assert.equal(await s.request('workspace/executeCommand', { command: CORRECT_COMMAND, arguments: [args] }), false, args.kind);
  }
  assert.equal(fs.readFileSync(annotationsFile(ws.root), 'utf8'), bad, 'the file was overwritten');
  assert.deepEqual(fs.readdirSync(path.join(ws.root, '.seedlens')), ['annotations.json']);
  await s.waitFor(() => warnings.length >= 8, 5000, 'a warning per refusal');
  assert.ok(warnings.every((w) => /could not be read/.test(w)), JSON.stringify(warnings));
  assert.equal(notices().length, 1, 'the notice is logged once');
  assert.ok(await s.alive());
});

test('an untrusted workspace offers no correction and never writes', async () => {
  const { ws, s } = await fresh({ initializationOptions: { trusted: false } });
  const list = await actions(s, FILE_000, rangeOf(s, FILE_000, 'Primature'));
  assert.ok(!list.some((a) => a.command?.command === CORRECT_COMMAND), JSON.stringify(list.map((a) => a.title)));
  const ok = await s.request('workspace/executeCommand', { command: CORRECT_COMMAND, arguments: [{ uri: s.seedUri(FILE_000), kind: 'notEntity', text: 'Primature' }] });
  assert.equal(ok, false);
  assert.equal(fs.existsSync(path.join(ws.root, '.seedlens')), false);
});

test('bad arguments are refused without a write or a crash', async () => {
  const { ws, s } = await fresh();
  for (const args of [undefined, {}, { uri: s.seedUri(FILE_000) }, { uri: s.seedUri(FILE_000), kind: 'entityType', text: 'X', type: 'DATE' }, { uri: s.seedUri(FILE_000), kind: 'merge', ids: ['only-one'] }, { uri: s.seedUri(FILE_000), kind: 'nonsense' }, { uri: s.seedUri(FILE_000), kind: 'notEntity', range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } } }]) {
    assert.equal(await s.request('workspace/executeCommand', { command: CORRECT_COMMAND, arguments: args === undefined ? [] : [args] }), false, JSON.stringify(args));
  }
  assert.equal(fs.existsSync(annotationsFile(ws.root)), false);
  assert.ok(await s.alive());
});

test('seedLens/export writes brat, JSONL and CoNLL with the corrections applied', async () => {
  const { ws, s } = await fresh();
  await run(s, pick(await actions(s, FILE_000, rangeOf(s, FILE_000, 'Primature')), /not an entity \(everywhere\)/));
  await run(s, pick(await actions(s, FILE_000, rangeOf(s, FILE_000, 'Qatar')), /Mark “Qatar” as a place/));
  type Result = { ok: boolean; articles: number; written: string[]; skipped: { file: string; reason: string }[]; error?: string };

  const jsonl = path.join(ws.root, 'out', 'corpus.jsonl');
  const r1 = await s.request<Result>(EXPORT_METHOD, { format: 'jsonl', target: uriOf(jsonl) });
  assert.equal(r1.ok, true, r1.error);
  assert.equal(r1.articles, 5);
  const rows = fs.readFileSync(jsonl, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { file: string; text: string; entities: { type: string; text: string; start: number; end: number }[] });
  assert.deepEqual(rows.map((r) => r.file), fs.readdirSync(s.seedPath('.')).filter((f) => f.endsWith('.txt')).sort().map((f) => `seeds/${f}`));
  const row000 = rows.find((r) => r.file.endsWith(FILE_000));
  assert.ok(row000);
  assert.ok(row000.entities.some((e) => e.type === 'PLACE' && e.text === 'Qatar'));
  assert.ok(!row000.entities.some((e) => e.text === 'Primature'));
  assert.ok(row000.entities.every((e) => row000.text.slice(e.start, e.end) === e.text));

  const conll = path.join(ws.root, 'out', 'corpus.conll');
  const r2 = await s.request<Result>(EXPORT_METHOD, { format: 'conll', target: conll });
  assert.equal(r2.ok, true, r2.error);
  assert.match(fs.readFileSync(conll, 'utf8'), /^Qatar\tB-PLACE$/m);

  // Not where the workspace reads articles from: the copies would be indexed as more articles.
  const inside = await s.request<Result>(EXPORT_METHOD, { format: 'brat', target: path.join(ws.root, 'brat') });
  assert.equal(inside.ok, false);
  assert.match(inside.error ?? '', /outside/);
  assert.equal(fs.existsSync(path.join(ws.root, 'brat')), false);
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'seedlens-brat-'));
  workspaces.push({ root: folder, seeds: folder, cleanup: () => fs.rmSync(folder, { recursive: true, force: true }) });
  const r3 = await s.request<Result>(EXPORT_METHOD, { format: 'brat', target: folder });
  assert.equal(r3.ok, true, r3.error);
  assert.equal(r3.written.length, 10);
  const ann = fs.readFileSync(path.join(folder, 'seeds', FILE_000.replace('.txt', '.ann')), 'utf8');
  const txt = fs.readFileSync(path.join(folder, 'seeds', FILE_000), 'utf8');
  assert.equal(txt, diskText(s, FILE_000));
  assert.ok(fromBrat(ann, txt).some((x) => x.type === 'PLACE' && x.text === 'Qatar'));

  // Beside the articles: an article with unsaved changes in the editor is left out (its offsets would not match the disk).
  const uri001 = s.seedUri(FILE_001);
  const t001 = await s.open(uri001);
  await s.change(uri001, 'Texte modifié. ' + t001);
  const r4 = await s.request<Result>(EXPORT_METHOD, { format: 'brat' });
  assert.equal(r4.ok, true, r4.error);
  assert.equal(r4.articles, 4);
  assert.deepEqual(r4.skipped, [{ file: `seeds/${FILE_001}`, reason: 'unsaved changes' }]);
  assert.ok(fs.existsSync(s.seedPath(FILE_000.replace('.txt', '.ann'))));
  assert.ok(!fs.existsSync(s.seedPath(FILE_001.replace('.txt', '.ann'))));
  assert.equal(fs.readdirSync(s.seedPath('.')).filter((f) => f.endsWith('.tmp')).length, 0);

  const bad = await s.request<Result>(EXPORT_METHOD, { format: 'xml', target: jsonl });
  assert.equal(bad.ok, false);
  const noTarget = await s.request<Result>(EXPORT_METHOD, { format: 'jsonl' });
  assert.equal(noTarget.ok, false);
  await sleep(10);
});
