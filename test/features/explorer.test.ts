/**
 * The entity explorer's pages, in process on the seeds: types with counts, entities most mentioned
 * first with the names hover shows, the filter (accents and case ignored), spellings, articles,
 * mentions with their line, paging, dates grouped by the day they resolve to, and the pages
 * following the index and the corrections as they change.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { entities } from '../../server/src/features/corrections';
import { Catalog } from '../../server/src/features/catalog';
import { explorerPage, prepareExplorer } from '../../server/src/features/explorer';
import type { ExplorerItem, ExplorerParams } from '../../server/src/protocol';
import { FILE_000, FILE_001, FILE_002, textAt } from '../support/lsp';
import { MemoryWorkspace, uriOf } from '../support/memoryWorkspace';
import { repoRoot } from '../support/paths';

type Of<K extends ExplorerItem['kind']> = Extract<ExplorerItem, { kind: K }>;
const page = <K extends ExplorerItem['kind']>(ws: MemoryWorkspace, kind: K, params: ExplorerParams = {}) => {
  const p = explorerPage(ws.context(), params);
  assert.ok(p.items.every((i) => i.kind === kind), `expected ${kind} items: ${JSON.stringify(p.items.map((i) => i.kind))}`);
  return { ...p, items: p.items as Of<K>[] };
};
const fixtures = path.join(repoRoot, 'test', 'fixtures');
const people = (ws: MemoryWorkspace, params: Omit<ExplorerParams, 'parent'> = {}) => page(ws, 'entity', { ...params, parent: { kind: 'type', type: 'PERSON' } });

test('the types: people, institutions, places and dates with their counts; progress alongside', () => {
  const ws = MemoryWorkspace.seeds();
  const root = page(ws, 'type');
  assert.deepEqual(root.items.map((i) => i.type), ['PERSON', 'INSTITUTION', 'PLACE', 'DATE']);
  assert.deepEqual(root.items.map((i) => i.label), ['People', 'Institutions', 'Places', 'Dates']);
  const persons = entities(ws.context(), { type: 'PERSON' });
  assert.equal(root.items[0].entities, persons.length, 'as many people as the entity list has');
  assert.equal(root.items[0].mentions, persons.reduce((n, e) => n + e.mentions, 0));
  assert.ok(root.items.every((i) => i.entities > 0 && i.mentions >= i.entities));
  assert.deepEqual(root.progress, { articles: 5, reviewed: 0 });
  assert.equal(root.complete, true);
});

test('a type lists its entities most mentioned first, named as hover names them, a page at a time', () => {
  const ws = MemoryWorkspace.seeds();
  const all = people(ws, { limit: 500 });
  assert.equal(all.items.length, all.total);
  assert.ok(all.items.every((e, i) => i === 0 || all.items[i - 1].mentions >= e.mentions), 'most mentioned first');
  const goita = all.items[0];
  assert.equal(goita.label, 'Assimi Goïta');
  assert.equal(goita.id, 'assimi-goita');
  assert.ok(goita.articles >= 4 && goita.spellings >= 3, JSON.stringify(goita));
  for (const e of all.items) assert.equal(e.label, ws.index.entity(e.id)?.canonical, e.id);
  const first = people(ws, { limit: 5 });
  const second = people(ws, { limit: 5, offset: 5 });
  assert.equal(first.total, all.total);
  assert.deepEqual([...first.items, ...second.items].map((e) => e.id), all.items.slice(0, 10).map((e) => e.id));
});

test('the filter keeps entities one of whose spellings contains it, accents and case ignored, and the counts follow', () => {
  const ws = MemoryWorkspace.seeds();
  for (const q of ['goita', 'GOÏTA', 'Goïta']) {
    const found = people(ws, { filter: q });
    assert.deepEqual(found.items.map((e) => e.label), ['Assimi Goïta'], q);
    const root = page(ws, 'type', { filter: q });
    assert.equal(root.items[0].entities, 1);
    assert.equal(root.items[0].mentions, found.items[0].mentions);
    assert.equal(root.items[2].entities, 0, 'no place is called that');
  }
  // A date matches by its value too.
  const dates = page(ws, 'entity', { parent: { kind: 'type', type: 'DATE' }, filter: '2025-12-08' });
  assert.deepEqual(dates.items.map((d) => d.id), ['2025-12-08']);
});

test('an entity expands to its spellings and its articles; a spelling to its mentions, each with its line', () => {
  const ws = MemoryWorkspace.seeds();
  const spellings = page(ws, 'spelling', { parent: { kind: 'entity', type: 'PERSON', id: 'assimi-goita' } });
  const texts = spellings.items.map((s) => s.text);
  for (const t of ['Assimi Goïta', 'Goïta', 'Assimi GOITA']) assert.ok(texts.includes(t), `${t} in ${JSON.stringify(texts)}`);
  assert.equal(spellings.items.reduce((n, s) => n + s.mentions, 0), ws.index.entity('assimi-goita')?.mentions.length);
  const articles = page(ws, 'article', { parent: { kind: 'articles', type: 'PERSON', id: 'assimi-goita' } });
  assert.ok(articles.items.some((a) => a.label.endsWith(FILE_001)), JSON.stringify(articles.items));
  assert.ok(articles.items.every((a, i) => i === 0 || articles.items[i - 1].mentions >= a.mentions));

  const mentions = page(ws, 'mention', { parent: { kind: 'spelling', type: 'PERSON', id: 'assimi-goita', text: 'Assimi Goïta' } });
  const inSpellings = spellings.items.find((s) => s.text === 'Assimi Goïta')?.mentions;
  assert.equal(mentions.total, inSpellings);
  for (const m of mentions.items) {
    assert.equal(textAt(ws.text(m.uri), m.range), 'Assimi Goïta', 'the range is the mention');
    assert.equal(m.context.slice(m.highlight[0], m.highlight[1]), 'Assimi Goïta', 'the highlight is the mention');
    assert.ok(m.context.length <= 30 + 60 + 'Assimi Goïta'.length + 4, `context cut to the words around it: ${m.context.length}`);
    assert.ok(m.highlight[0] <= 32, 'the mention near the start: a narrow side bar still shows it');
    assert.ok(ws.text(m.uri).split('\n')[m.line].includes(m.context.replace(/^… | …$/g, '')), 'the context is from the mention\'s line');
  }
  assert.deepEqual(mentions.items.map((m) => m.label.slice(6, 9)), [...mentions.items.map((m) => m.label.slice(6, 9))].sort(), 'corpus order');
});

test('dates are grouped by the day they resolve to, written out, with their spellings and mentions', () => {
  const ws = MemoryWorkspace.seeds();
  const dates = page(ws, 'entity', { parent: { kind: 'type', type: 'DATE' }, limit: 500 });
  const dec8 = dates.items.find((d) => d.id === '2025-12-08');
  assert.ok(dec8, JSON.stringify(dates.items.map((d) => d.id)));
  assert.equal(dec8.label, '8 December 2025');
  assert.equal(dec8.articles, 2);
  const spellings = page(ws, 'spelling', { parent: { kind: 'entity', type: 'DATE', id: '2025-12-08' } });
  assert.deepEqual(spellings.items.map((s) => s.text), ['lundi 8 décembre 2025']);
  const mentions = page(ws, 'mention', { parent: { kind: 'spelling', type: 'DATE', id: '2025-12-08', text: 'lundi 8 décembre 2025' } });
  assert.deepEqual(mentions.items.map((m) => m.uri), [uriOf(FILE_000), uriOf(FILE_002)]);
  assert.ok(mentions.items.every((m) => textAt(ws.text(m.uri), m.range) === 'lundi 8 décembre 2025'));
  // A range stands at its first day; what resolves to nothing is not listed.
  assert.ok(dates.items.some((d) => d.id === '2023-07-27'), 'les 27 et 28 juillet 2023');
  assert.ok(!dates.items.some((d) => !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(d.id)), JSON.stringify(dates.items.map((d) => d.id)));
});

test('the pages follow the index: a new article, an edited one, a removed one, a correction', () => {
  const ws = MemoryWorkspace.seeds();
  const before = people(ws, { limit: 500 });
  assert.ok(!before.items.some((e) => e.label === 'Bintou Koné'));
  const extra = ws.put('005_new.txt', 'Le colonel Assimi Goïta a reçu Mme Bintou Koné à Bamako le mardi 9 décembre 2025.\nBintou Koné a remercié le président.\n');
  const added = people(ws, { limit: 500 });
  assert.equal(added.items.find((e) => e.label === 'Bintou Koné')?.mentions, 2);
  assert.equal(added.items.find((e) => e.id === 'assimi-goita')?.mentions, before.items[0].mentions + 1);
  ws.put('005_new.txt', 'Rien à signaler.\n');
  assert.ok(!people(ws, { limit: 500 }).items.some((e) => e.label === 'Bintou Koné'), 'gone once the article no longer names her');
  ws.index.remove(extra);
  assert.deepEqual(people(ws, { limit: 500 }).items.map((e) => [e.id, e.mentions]), before.items.map((e) => [e.id, e.mentions]));
  ws.setAnnotations({ ...ws.annotations, notEntity: [{ text: 'Agnus Mckee' }] });
  assert.ok(!people(ws, { limit: 500 }).items.some((e) => e.label === 'Agnus Mckee'), 'not an entity: out of the explorer');
});

test('prepared ahead in slices, the first page reads what was prepared; bad parents give nothing', () => {
  const ws = MemoryWorkspace.seeds();
  // Enough articles for several steps of the catalog's sync.
  for (let i = 0; i < 300; i++) ws.put(`brief-${i}.txt`, `Mme Awa Diallo a visité Kayes le ${(i % 28) + 1} mars 2024.\n`);
  let steps = 0;
  while (!prepareExplorer(ws.context(), () => steps++ % 3 !== 2));
  assert.ok(steps > 3, 'it stopped when asked to and went on later');
  assert.equal(ws.catalog.current, true);
  assert.equal(people(ws).items[0].label, 'Awa Diallo');
  for (const parent of [{ kind: 'type', type: 'DATEX' }, { kind: 'entity', type: 'PERSON' }, { kind: 'spelling', type: 'PERSON', id: 'x' }, null]) {
    const p = explorerPage(ws.context(), { parent: parent as never });
    assert.ok(p.items.every((i) => i.kind === 'type'), `${JSON.stringify(parent)} reads as no parent`);
  }
  assert.deepEqual(explorerPage(ws.context(), { parent: { kind: 'entity', type: 'PERSON', id: 'nobody' } }).items, []);
});

test('names are read from the spellings the catalog counted, and are the ones hover gives, on other sites and after corrections', () => {
  const files: Record<string, string> = {};
  for (const set of ['heldout', 'unseen-tune']) {
    const dir = path.join(fixtures, set, 'corpus');
    for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.txt')) files[`${set}-${f}`] = fs.readFileSync(path.join(dir, f), 'utf8');
  }
  const ws = new MemoryWorkspace(files);
  const labelsMatchHover = (why: string) => {
    let checked = 0;
    for (const type of ['PERSON', 'INSTITUTION', 'PLACE'] as const) {
      for (const e of page(ws, 'entity', { parent: { kind: 'type', type }, limit: 500 }).items) {
        assert.equal(e.label, ws.index.entity(e.id)?.canonical, `${why}: ${e.id}`);
        checked++;
      }
    }
    return checked;
  };
  assert.ok(labelsMatchHover('as recognised') > 100);
  const several = people(ws, { limit: 500 }).items.filter((e) => e.spellings > 1);
  assert.ok(several.length >= 2, 'some people are written more than one way');
  ws.setAnnotations({ ...ws.annotations, canonical: [{ id: several[0].id, name: 'Un nom choisi' }], merge: [{ ids: [several[1].id, several[0].id] }] });
  assert.ok(people(ws, { limit: 500 }).items.some((e) => e.label === 'Un nom choisi'), 'the chosen name');
  labelsMatchHover('renamed and merged');
});

test('after edits, each list is mended from the groups that changed and equals the list sorted afresh', () => {
  const files: Record<string, string> = {};
  for (const set of ['heldout', 'unseen-tune', 'unseen-test']) {
    const dir = path.join(fixtures, set, 'corpus');
    for (const f of fs.readdirSync(dir).sort()) if (f.endsWith('.txt')) files[`${set}-${f}`] = fs.readFileSync(path.join(dir, f), 'utf8');
  }
  const ws = new MemoryWorkspace(files);
  const types = ['PERSON', 'INSTITUTION', 'PLACE', 'DATE'] as const;
  const ids = (catalog: Catalog, type: (typeof types)[number]) => {
    catalog.sync();
    return catalog.list(type).map((g) => `${catalog.idOf(type, g)} ${catalog.totals(type, g).mentions}`);
  };
  for (const type of types) ids(ws.catalog, type);
  const first = Object.keys(files)[0];
  const edits = [
    () => ws.put('extra.txt', 'Mme Bintou Koné a reçu le ministre à Bamako le 9 décembre 2025.\nBintou Koné a remercié la Banque mondiale.\n'),
    () => ws.put(first, `${files[first]}\nAmadou Koné et Bintou Koné sont à Ségou depuis le 3 mars 2024.\n`),
    () => ws.put(first, files[first]),
    () => ws.index.remove(uriOf('extra.txt')),
  ];
  for (const [i, edit] of edits.entries()) {
    edit();
    for (const type of types) assert.deepEqual(ids(ws.catalog, type), ids(new Catalog(ws.index), type), `edit ${i}, ${type}`);
  }
});
