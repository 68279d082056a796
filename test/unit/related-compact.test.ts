/**
 * The compact related layer must read articles exactly as the map-based one did: the hand-written
 * word scan against the former regular-expression scan (on any text, any boilerplate), the
 * streaming entity check against comparing `entitiesOf` maps, and the compact postings against a
 * plain map of sets under random edits.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import fc from 'fast-check';
import { entitiesOf, ownText, scanTerms, sameEntities, TermReader, computeFeatures } from '../../server/src/core/related/features';
import { Postings } from '../../server/src/core/related/postings';
import { SlotSums } from '../../server/src/core/related/slotSums';
import { Vocabulary } from '../../server/src/core/related/vocabulary';
import type { BoilerplateBlock, NameMention } from '../../server/src/core/types';

const RUNS = Number(process.env.SEED_LENS_FUZZ_RUNS ?? 200);

/** The former scan: words of the blanked text by regular expression, split at apostrophes and hyphens. */
function formerScan(text: string, blocks: readonly BoilerplateBlock[], reader: TermReader): [number, string][] {
  const out: [number, string][] = [];
  for (const match of ownText(text, blocks).matchAll(/[\p{L}\p{N}'’-]+/gu)) {
    for (const part of match[0].split(/['’-]/)) {
      const term = reader.termOf(part);
      if (term >= 0) out.push([term, part]);
    }
  }
  return out;
}

function newScan(text: string, blocks: readonly BoilerplateBlock[], reader: TermReader): [number, string][] {
  const out: [number, string][] = [];
  scanTerms(text, blocks, reader, (term, part) => out.push([term, part]));
  return out;
}

const block = (start: number, end: number): BoilerplateBlock => ({ start, end, kind: 'chrome', reason: '', copies: [], fingerprint: '' });

// Letters (composed, decomposed, astral), digits of several scripts, joiners, marks, surrogates.
const pieces = [
  'Bamako', 'accords', 'GOÏTA', 'e\u0301te\u0301', 'l’', "d'", 'Sud-Ouest', '2023', '1999', '42', '٣٣', '²', '𝐀𝐁c',
  '😀', '\ud800', '\udc00', 'œuvre', 'ﬁn', ' ', '\n', '.', '-', '’', "'", '_', 'les', 'ministres', 'x', 'ÉTÉ',
];
const textArb = fc.array(fc.oneof(fc.constantFrom(...pieces), fc.string({ maxLength: 6 }), fc.string({ unit: 'binary', maxLength: 3 })), { maxLength: 40 }).map((xs) => xs.join(''));
const withBlocks = textArb.chain((text) =>
  fc.tuple(
    fc.constant(text),
    fc.array(
      fc.tuple(fc.nat({ max: text.length }), fc.nat({ max: 12 })).map(([s, len]) => block(s, Math.min(text.length, s + len))),
      { maxLength: 4 },
    ),
  ),
);

test('the word scan finds the terms the regular-expression scan found, in order, with their spelling', () => {
  fc.assert(
    fc.property(withBlocks, ([text, blocks]) => {
      const reader = new TermReader(new Vocabulary());
      assert.deepEqual(newScan(text, blocks, reader), formerScan(text, blocks, reader));
    }),
    { numRuns: RUNS },
  );
});

test('features count each term in order of first occurrence', () => {
  const vocab = new Vocabulary();
  const reader = new TermReader(vocab);
  const f = computeFeatures('Les accords de Bamako. Un accord signé à Bamako en 2023, puis 42 autres.', [], [], [], reader, new Vocabulary());
  const terms = Array.from(f.terms, (t) => vocab.keyOf(t));
  assert.deepEqual(terms, ['accord', 'bamako', 'signe', '2023', 'puis']);
  assert.deepEqual(Array.from(f.counts), [2, 2, 1, 1, 1]);
});

const mention = (entityId: string, text: string, start: number): NameMention => ({ type: 'PERSON', start, end: start + text.length, text, entityId, roles: [] });
const mentionsArb = fc.array(fc.tuple(fc.constantFrom('a', 'b', 'c', 'd'), fc.constantFrom('A', 'Aa', 'B'), fc.nat({ max: 30 })), { maxLength: 25 }).map((xs) =>
  xs.map(([id, text, start]) => mention(id, text, start)),
);

test('the streaming entity check agrees with comparing entitiesOf maps', () => {
  fc.assert(
    fc.property(mentionsArb, mentionsArb, fc.array(fc.tuple(fc.nat({ max: 30 }), fc.nat({ max: 10 })), { maxLength: 2 }), (before, after, bs) => {
      const blocks = bs.map(([s, len]) => block(s, s + len));
      const entityVocab = new Vocabulary();
      const f = computeFeatures('', blocks, before, [], new TermReader(new Vocabulary()), entityVocab);
      const a = entitiesOf(before, blocks);
      const b = entitiesOf(after, blocks);
      // The same entities, first mentioned at the same places (in one text: with the same spelling).
      const expected = a.size === b.size && [...a].every(([id, m], i) => [...b][i][0] === id && [...b][i][1].start === m.start && [...b][i][1].end === m.end);
      assert.equal(sameEntities(f, after, blocks, entityVocab), expected);
      assert.equal(sameEntities(f, before, blocks, entityVocab), true);
    }),
    { numRuns: RUNS },
  );
});

test('the entity check stays right past the point where it switches to a set', () => {
  const entityVocab = new Vocabulary();
  const names = Array.from({ length: 40 }, (_, i) => mention(`e${i % 25}`, `E${i % 25}`, i));
  const f = computeFeatures('', [], names, [], new TermReader(new Vocabulary()), entityVocab);
  assert.equal(sameEntities(f, names, [], entityVocab), true);
  assert.equal(sameEntities(f, [...names, mention('new', 'New', 50)], [], entityVocab), false);
  assert.equal(sameEntities(f, names.slice(0, 20), [], entityVocab), false);
});

test('compact postings list what a map of sets lists, under random adds, edits and removals', () => {
  const ops = fc.array(fc.tuple(fc.nat({ max: 30 }), fc.uniqueArray(fc.nat({ max: 40 }), { maxLength: 12 })), { maxLength: 400 });
  fc.assert(
    fc.property(ops, (steps) => {
      const keys: (Int32Array | undefined)[] = [];
      const postings = new Postings((s) => keys[s], () => keys.length, () => 41);
      const check = () => {
        for (let k = 0; k <= 40; k++) {
          const got: number[] = [];
          postings.forEach(k, (s) => got.push(s));
          const want = keys.flatMap((ks, s) => (ks?.includes(k) ? [s] : []));
          assert.deepEqual(got.sort((x, y) => x - y), want);
        }
      };
      steps.forEach(([slot, ks], i) => {
        const old = keys[slot];
        if (old) postings.remove(slot, old);
        // Every third step on a present file removes it; otherwise the slot gets new keys.
        keys[slot] = old && i % 3 === 0 ? undefined : Int32Array.from(ks);
        const now = keys[slot];
        if (now) postings.add(slot, now);
        if (i % 25 === 0) check();
      });
      check();
    }),
    { numRuns: Math.ceil(RUNS / 4) },
  );
});

test('SlotSums picks the same best slots as sorting every sum, ties by rank, across reused queries', () => {
  const sums = new SlotSums();
  fc.assert(
    fc.property(
      fc.array(fc.array(fc.tuple(fc.nat(40), fc.constantFrom(0.5, 1, 1.5, 2.25)), { maxLength: 80 }), { minLength: 1, maxLength: 4 }),
      fc.nat(12),
      (queries, k) => {
        const ranks = Int32Array.from({ length: 41 }, (_, i) => (i * 17) % 41); // a permutation of 0..40
        for (const adds of queries) {
          const acc = sums.start();
          const expected = new Map<number, number>();
          for (const [slot, w] of adds) {
            acc.add(slot, w);
            expected.set(slot, (expected.get(slot) ?? 0) + w);
          }
          const sorted = [...expected].sort((a, b) => b[1] - a[1] || ranks[a[0]] - ranks[b[0]]).slice(0, k).map(([slot]) => slot);
          assert.deepEqual(acc.best(k, ranks), sorted);
        }
      },
    ),
    { numRuns: RUNS },
  );
});
