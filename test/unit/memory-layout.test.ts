// The compact forms the index keeps to save memory read exactly as the plain data they replace.
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import v8 from 'node:v8';
import vm from 'node:vm';
import { CorpusIndex } from '../../server/src/core';
import { analyseFile } from '../../server/src/core/corpus/facts';
import { fromWire, toWire } from '../../server/src/core/corpus/wire';
import { findDates, packDates, unpackDates } from '../../server/src/core/dates';
import { MentionRuns } from '../../server/src/core/linking/mentionRuns';
import { sharedStrings } from '../../server/src/core/text/sharedStrings';
import { seedsDir } from '../support/paths';

const seedTexts = () =>
  fs
    .readdirSync(seedsDir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .slice(0, 40)
    .map((f) => ({ file: f, text: fs.readFileSync(path.join(seedsDir, f), 'utf8') }));

test('MentionRuns gives back the mentions it was given, file by file, texts sliced from each file', () => {
  const texts = { a: 'Le Mali et Bamako.', b: 'Bamako, Mali.' };
  const runs = new MentionRuns((f) => texts[f as 'a' | 'b']);
  const want = [
    { file: 'a', start: 3, end: 7, text: 'Mali' },
    { file: 'a', start: 11, end: 17, text: 'Bamako' },
    { file: 'b', start: 0, end: 6, text: 'Bamako' },
  ];
  for (const m of want) runs.add(m.file, m.start, m.end);
  assert.equal(runs.count, 3);
  assert.deepEqual(runs.toRefs(), want);
  runs.seal();
  assert.deepEqual(runs.toRefs(), want);
  assert.deepEqual(new MentionRuns(() => undefined).toRefs(), []);
});

test('entities keep their mentions compact yet read and serialise as plain data', () => {
  const index = new CorpusIndex();
  for (const { file, text } of seedTexts()) index.upsert(file, text);
  let checked = 0;
  for (const e of index.entities()) {
    const plain = JSON.parse(JSON.stringify(e)) as typeof e;
    assert.deepEqual(Object.keys(plain), ['id', 'type', 'canonical', 'variants', 'roles', 'mentions']);
    assert.deepEqual(plain.mentions, e.mentions);
    // Read twice, the same list (made once).
    assert.equal(e.mentions, e.mentions);
    for (const m of e.mentions) assert.equal(m.text, index.text(m.file)!.slice(m.start, m.end));
    checked++;
  }
  assert.ok(checked > 50);
});

test('facts posted from another thread (compact, cloned) equal the facts computed here, dates and chrome fields in the same order', () => {
  for (const { text } of [...seedTexts(), { text: seedTexts()[0].text.replace(/\n/g, '\r\n') }]) {
    const here = analyseFile(text);
    const wire = toWire(here, text);
    const adopted = fromWire(structuredClone(wire), text);
    assert.deepEqual(adopted, here);
    assert.equal(JSON.stringify(adopted.dates), JSON.stringify(here.dates));
    assert.equal(JSON.stringify(adopted.boilerplate.chrome), JSON.stringify(here.boilerplate.chrome));
    // The strings posted are the values only the analysis knows, each once; no text the article holds.
    const { mentions, weak } = here.names;
    const values = [
      ...mentions.flatMap((m) => [m.kind, m.key, m.name, m.gazId, m.local, ...m.roles]),
      ...weak.map((w) => w.key),
      ...here.dates.flatMap((d) => [d.value, d.resolved, d.weekday?.written, d.weekday?.actual]),
    ].filter((v): v is string => typeof v === 'string');
    assert.deepEqual(new Set(wire.strings), new Set(values));
    assert.equal(wire.strings.length, new Set(values).size);
  }
});

test('a text that is not the article’s slice at its span travels as it is', () => {
  const text = 'Le président Assimi Goïta a reçu le 12 mars 2024 à Bamako.';
  const here = analyseFile(text);
  assert.ok(here.names.mentions.length >= 2 && here.dates.length === 1);
  here.names.mentions[0].text = 'Assimi GOITA';
  here.dates[0].text = '12/03/2024';
  here.names.mentions[1].gazId = undefined;
  delete here.names.mentions[0].gazId;
  here.names.mentions[0].local = 'goita';
  here.names.mentions[0].roles = ['président', 'chef'];
  assert.deepEqual(fromWire(structuredClone(toWire(here, text)), text), here);
});

test('dates packed and unpacked equal the dates found, fields in the same order, values shared', () => {
  let withWeekday = 0;
  for (const { text } of seedTexts()) {
    const found = findDates(text);
    const unpacked = unpackDates(text, packDates(structuredClone(found)));
    assert.equal(JSON.stringify(unpacked), JSON.stringify(found));
    assert.deepEqual(unpacked, found);
    withWeekday += found.filter((d) => d.weekday).length;
  }
  assert.ok(withWeekday > 0, 'the seeds write weekdays next to dates');
  // Two copies of the same date (as two threads would send them) pack to one shared record.
  const [a] = packDates(findDates('Le 12 mars 2024.')).meanings;
  const [b] = packDates(structuredClone(findDates('Puis le 12 mars 2024.'))).meanings;
  assert.equal(a, b);
  assert.equal(unpackDates('', packDates([])).length, 0);
});

/** A full garbage collection, so that the heap holds only what is reachable (V8 exposes it on request). */
function collector(): () => void {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
}

test('sharedStrings returns one string per value and forgets when full', () => {
  // `===` cannot tell two equal strings apart: what sharing saves is the copies the caller would
  // otherwise keep, so count the copies alive in the heap. Each copy is a fresh 4 MB string.
  const gc = collector();
  const SIZE = 4 << 20;
  const body = 'x'.repeat(SIZE);
  const copy = () => ['s', body].join('');
  const liveCopies = (base: number) => {
    gc();
    return (v8.getHeapStatistics().used_heap_size - base) / SIZE;
  };
  gc();
  const base = v8.getHeapStatistics().used_heap_size;
  const share = sharedStrings(2);
  // Made in a function of their own: a loop here would leave its last copy in this frame, alive.
  let kept = Array.from({ length: 8 }, () => share(copy()));
  const shared = liveCopies(base);
  assert.ok(shared > 0.5 && shared < 1.5, `8 equal strings kept: ${shared.toFixed(2)} copies alive, not 1`);
  assert.ok(kept.every((k) => k.length === SIZE + 1));
  // Full (two values): the table is emptied and lets go of the first value once the caller does.
  assert.equal(share('beta'), 'beta');
  assert.equal(share('gamma'), 'gamma');
  kept = [];
  const left = liveCopies(base);
  assert.ok(left < 0.5, `after the table filled up, ${left.toFixed(2)} copies still alive, not 0`);
});

test('a sealed index answers as the open one, builds the blocks nobody asked for yet, and refuses changes', () => {
  const open = new CorpusIndex();
  const sealed = new CorpusIndex();
  const seeds = seedTexts();
  for (const { file, text } of seeds) {
    open.upsert(file, text);
    sealed.upsert(file, text);
  }
  // One file's blocks built before the seal, the others by it: the duplicate index is gone after.
  sealed.boilerplate(seeds[1].file);
  sealed.seal();
  for (const { file } of seeds) {
    assert.deepEqual(sealed.boilerplate(file), open.boilerplate(file), file);
    assert.deepEqual(sealed.related(file), open.related(file), file);
    assert.deepEqual(sealed.report(file), open.report(file), file);
  }
  assert.ok(seeds.some(({ file }) => open.boilerplate(file).some((b) => b.kind === 'duplicate')), 'the seeds share boilerplate');
  assert.throws(() => sealed.upsert('new.txt', 'Le Mali et Bamako.'), /sealed/);
  assert.throws(() => sealed.remove(seeds[0].file), /sealed/);
  assert.equal(sealed.files().length, seeds.length);
});

test('an index sealed after related queries and a change ranks as one built with the final texts', () => {
  const seeds = seedTexts();
  const sealed = new CorpusIndex();
  for (const { file, text } of seeds) sealed.upsert(file, text);
  for (const { file } of seeds) sealed.related(file);
  // A file takes another's paragraphs: that file's lines become copies, its blocks change.
  const [a, b] = [seeds[0], seeds[1]];
  const changed = `${a.text}\n${b.text.split('\n').filter((l) => l.length > 80).join('\n')}\n`;
  sealed.upsert(a.file, changed);
  sealed.seal();
  const open = new CorpusIndex();
  for (const { file, text } of seeds) open.upsert(file, file === a.file ? changed : text);
  assert.notDeepEqual(open.boilerplate(b.file), [], 'the other file now has copied blocks');
  for (const { file } of seeds) assert.deepEqual(sealed.related(file), open.related(file), file);
});
