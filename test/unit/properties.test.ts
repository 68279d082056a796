/**
 * Properties of the whole analysis core that must hold for ANY input (fast-check): it returns,
 * spans lie inside the text in order, `text` equals the slice, no span splits a surrogate pair,
 * CRLF and LF give the same entities at shifted offsets, and the result is deterministic.
 * `npm run fuzz` runs the same properties far longer (SEED_LENS_FUZZ_RUNS).
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { CorpusIndex, type Mention } from '../../server/src/core';
import { analyseBoilerplate } from '../../server/src/core/boilerplate';
import { detectChrome } from '../../server/src/core/boilerplate/chrome';
import { L_END, L_START, L_WORDS, LINE_FIELDS } from '../../server/src/core/boilerplate/facts';
import { wordsIn } from '../../server/src/core/boilerplate/normalize';
import { lineRanges } from '../../server/src/core/text/lines';

const RUNS = Number(process.env.SEED_LENS_FUZZ_RUNS ?? 150);

// French-news-shaped fragments, so the recognisers' interesting paths are reached, mixed with noise.
const fragments = [
  'le colonel ', 'Assimi ', 'GOÏTA', 'Goita', ' a reçu ', 'le mardi 15 août 2023', '1er décembre', ' hier',
  'la Cedeao', ' (CNT)', 'Conseil national de Transition', 'ministère des Affaires étrangères', ' de la ',
  'Bamako', 'République du Mali', 'Mme ', 'Dr ', 'M. ', '« ', ' »', '.', ', ', '\n', '\r\n', '\t', 'Lire »',
  'Partagez cette page sur vos réseaux sociaux :', '-.', '12/02/2026', 'du 9 au 10 octobre 2025', '😀', 'é', 'ﬁ',
  "d'", 'l’', 'SE ', 'Président ', 'Sergueï Lavrov', '2000 à 2024', 'juillet', ' ', '  ', 'AES', 'ONU',
];
const newsLike = fc.array(fc.oneof(fc.constantFrom(...fragments), fc.string({ maxLength: 8 }), fc.string({ unit: 'binary', maxLength: 4 })), { maxLength: 60 }).map((xs) => xs.join(''));

function analyse(files: Record<string, string>): Map<string, Mention[]> {
  const index = new CorpusIndex();
  for (const [f, t] of Object.entries(files)) index.upsert(f, t);
  const out = new Map<string, Mention[]>();
  for (const f of Object.keys(files)) {
    out.set(f, index.mentions(f));
    index.boilerplate(f);
    index.related(f);
  }
  return out;
}

const isHigh = (c: number) => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number) => c >= 0xdc00 && c <= 0xdfff;

test('spans lie inside the text, in order, equal to their slice, never splitting a surrogate pair', () => {
  fc.assert(
    fc.property(newsLike, newsLike, (a, b) => {
      const result = analyse({ 'a.txt': a, 'b.txt': b });
      for (const [f, text] of [['a.txt', a], ['b.txt', b]] as const) {
        let last = -1;
        for (const m of result.get(f) ?? []) {
          assert.ok(m.start >= 0 && m.end <= text.length && m.start < m.end, `bounds ${m.start}-${m.end} of ${text.length}`);
          assert.ok(m.start >= last, 'sorted by start');
          last = m.start;
          assert.equal(m.text, text.slice(m.start, m.end));
          assert.ok(!(isLow(text.charCodeAt(m.start)) && isHigh(text.charCodeAt(m.start - 1))), 'start splits a pair');
          assert.ok(!(isHigh(text.charCodeAt(m.end - 1)) && isLow(text.charCodeAt(m.end))), 'end splits a pair');
        }
      }
    }),
    { numRuns: RUNS },
  );
});

test('CRLF and LF line endings give the same entities at shifted offsets', () => {
  fc.assert(
    fc.property(newsLike, (raw) => {
      const lf = raw.replace(/\r\n/g, '\n').replace(/\r/g, '');
      const crlf = lf.replace(/\n/g, '\r\n');
      const shift = (i: number) => i + (lf.slice(0, i).match(/\n/g)?.length ?? 0);
      const a = analyse({ 'x.txt': lf }).get('x.txt') ?? [];
      const b = analyse({ 'x.txt': crlf }).get('x.txt') ?? [];
      const key = (m: Mention) => `${m.type}:${m.text}:${m.type === 'DATE' ? m.value : ''}`;
      assert.deepEqual(b.map((m) => `${m.start}-${m.end} ${key(m)}`), a.map((m) => `${shift(m.start)}-${shift(m.end)} ${key(m)}`));
    }),
    { numRuns: RUNS },
  );
});

test('analysis is deterministic, whatever the order files arrive in', () => {
  fc.assert(
    fc.property(newsLike, newsLike, newsLike, (a, b, c) => {
      const one = analyse({ 'a.txt': a, 'b.txt': b, 'c.txt': c });
      const two = analyse({ 'c.txt': c, 'b.txt': b, 'a.txt': a });
      for (const f of ['a.txt', 'b.txt', 'c.txt']) {
        assert.deepEqual(
          two.get(f)?.map((m) => [m.type, m.start, m.end]),
          one.get(f)?.map((m) => [m.type, m.start, m.end]),
        );
      }
    }),
    { numRuns: Math.ceil(RUNS / 3) },
  );
});

test('removing a file and adding it back gives the same answers as a fresh index', () => {
  fc.assert(
    fc.property(newsLike, newsLike, (a, b) => {
      const index = new CorpusIndex();
      index.upsert('a.txt', a);
      index.upsert('b.txt', 'texte provisoire');
      index.upsert('b.txt', b);
      index.remove('a.txt');
      index.upsert('a.txt', a);
      const fresh = analyse({ 'a.txt': a, 'b.txt': b });
      const strip = (ms: Mention[]) => ms.map((m) => [m.type, m.start, m.end, m.text]);
      assert.deepEqual(strip(index.mentions('a.txt')), strip(fresh.get('a.txt') ?? []));
      assert.deepEqual(strip(index.mentions('b.txt')), strip(fresh.get('b.txt') ?? []));
    }),
    { numRuns: Math.ceil(RUNS / 3) },
  );
});

// Sentence ends of every kind next to capitals, quotes and dashes, where `sentences` cuts a line.
const cuts = fc.constantFrom('. ', '! ', '? ', '… ', '.» ', '.” ', '..." ', '. «', '. —', '. –', '.\u00a0', ' - ', 'É', 'Le ', 'à ', '’');
const cutLines = fc.array(fc.oneof(newsLike, cuts, fc.string({ unit: 'binary', maxLength: 6 })), { maxLength: 12 }).map((xs) => xs.join(''));
// Site furniture the chrome cues look for, so their paths are reached.
const chromeLines = fc.constantFrom('Lire la suite', 'À lire aussi', 'Partagez sur les réseaux sociaux', 'Accueil > Politique', 'Par Awa Traoré', 'Le président a reçu..', '-.', '…');

test('a line’s word count in the boilerplate facts is the number of its words', () => {
  fc.assert(
    fc.property(fc.array(cutLines, { maxLength: 6 }), (ls) => {
      const text = ls.join('\n');
      const f = analyseBoilerplate(text);
      for (let i = 0; i < f.lines.length / LINE_FIELDS; i++) {
        const start = f.lines[i * LINE_FIELDS + L_START];
        const end = f.lines[i * LINE_FIELDS + L_END];
        if (!text.slice(start, end).trim()) continue;
        assert.equal(f.lines[i * LINE_FIELDS + L_WORDS], wordsIn(text, start, end).length, JSON.stringify(text.slice(start, end)));
      }
    }),
    { numRuns: 400 },
  );
});

test('the chrome found from the facts’ gathered words is the chrome found from each line’s own words', () => {
  fc.assert(
    fc.property(fc.array(fc.oneof(cutLines, chromeLines), { maxLength: 10 }), (ls) => {
      const text = ls.join('\n');
      const own = detectChrome(lineRanges(text).map((l) => ({ start: l.start, end: l.end, text: text.slice(l.start, l.end) })));
      assert.deepEqual(analyseBoilerplate(text).chrome, own, JSON.stringify(text));
    }),
    { numRuns: 400 },
  );
});
