/**
 * The review queue, in process on the seeds: the least certain guesses first with their evidence;
 * the recognisers' own confidence wins over the rules' once they give one; accept, reject and
 * retype one guess or a whole name, each a correction in the corrections file that the queue,
 * hover and the uncertain-name diagnostic follow at once; and undo, which takes the last write back.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { executeCorrections, undoCorrection } from '../../server/src/features/corrections';
import { diagnostics } from '../../server/src/features/diagnostics';
import { hover } from '../../server/src/features/hover';
import { guessConfidence, reviewQueue, ruleConfidence } from '../../server/src/features/review';
import type { CorrectArgs, ReviewItem } from '../../server/src/protocol';
import { FILE_000, FILE_002, FILE_004, hoverText, positionOf, textAt } from '../support/lsp';
import { MemoryWorkspace, td, uriOf } from '../support/memoryWorkspace';

const queue = (ws: MemoryWorkspace, uri?: string) => reviewQueue(ws.context(), { limit: 500, ...(uri ? { uri } : {}) });
const find = (items: ReviewItem[], text: string, file?: string) => items.filter((i) => i.text === text && (!file || i.uri === uriOf(file)));
const decide = (ws: MemoryWorkspace, ...args: CorrectArgs[]) => executeCorrections(ws.context(), ws.host(), args);
const hoverAt = (ws: MemoryWorkspace, file: string, needle: string) => hoverText(hover(ws.context(), { ...td(uriOf(file)), position: positionOf(ws.text(uriOf(file)), needle) }));

test('the queue: every guess once per article, least certain first, each with its line and the evidence for its type', () => {
  const ws = MemoryWorkspace.seeds();
  const q = queue(ws);
  assert.equal(q.items.length, q.total);
  const mentions = [FILE_000, FILE_002].map((f) => new Set(ws.index.nameMentions(uriOf(f)).map((m) => `${m.text}\u0000${m.type}`)).size);
  assert.equal(queue(ws, uriOf(FILE_000)).total, mentions[0], 'one item per name and type in the article');
  assert.equal(queue(ws, uriOf(FILE_002)).total, mentions[1]);
  assert.ok(q.items.every((x, i) => i === 0 || q.items[i - 1].confidence <= x.confidence), 'least certain first');
  for (const x of q.items) {
    assert.ok(x.confidence > 0 && x.confidence < 1, `${x.text}: ${x.confidence}`);
    assert.ok(x.evidence.length > 0, `${x.text}: no evidence`);
    assert.equal(textAt(ws.text(x.uri), x.range), x.text);
    assert.equal(x.context.slice(x.highlight[0], x.highlight[1]), x.text);
  }
  // A one-word name nobody else writes ranks before a well-known full name.
  const yadran = find(q.items, 'Yadran')[0];
  const goita = find(q.items, 'Assimi Goïta', FILE_000)[0];
  assert.ok(yadran && goita && q.items.indexOf(yadran) < q.items.indexOf(goita));
  assert.deepEqual(yadran.evidence, ['one word, not in the gazetteer', 'written only once in the whole corpus']);
  assert.ok(goita.evidence.includes('in the gazetteer as: person'), JSON.stringify(goita.evidence));
  assert.equal(goita.entity, 'Assimi Goïta');
  // Paging walks the same order.
  const pages = [0, 1, 2].flatMap((p) => reviewQueue(ws.context(), { offset: p * 7, limit: 7 }).items);
  assert.deepEqual(pages.map((x) => `${x.text}@${x.uri}`), q.items.slice(0, 21).map((x) => `${x.text}@${x.uri}`));
});

test("the rules' uncertainty: a lone word without a title, a name seen once; the recognisers' own confidence counts when it doubts more", () => {
  const base = { titled: false, inCorpus: 5 } as const;
  const lone = ruleConfidence({ ...base, text: 'Sey', type: 'PERSON' }).confidence;
  const titled = ruleConfidence({ ...base, text: 'Sey', type: 'PERSON', titled: true }).confidence;
  const firstName = ruleConfidence({ ...base, text: 'Boubacar Sey', type: 'PERSON' }).confidence;
  const listed = ruleConfidence({ ...base, text: 'Bamako', type: 'PLACE' }).confidence;
  const contradicted = ruleConfidence({ ...base, text: 'Bamako', type: 'PERSON' }).confidence;
  assert.ok(lone < titled && titled < firstName && firstName < listed, JSON.stringify({ lone, titled, firstName, listed }));
  assert.ok(contradicted < lone, 'the gazetteer says otherwise');
  assert.ok(ruleConfidence({ ...base, text: 'Sey', type: 'PERSON', inCorpus: 1 }).confidence < lone, 'seen once is less sure');
  assert.equal(guessConfidence({ ...base, text: 'Sey', type: 'PERSON' }), lone);
  assert.equal(guessConfidence({ ...base, text: 'Sey', type: 'PERSON', own: 0.97 }), lone, 'the rules doubt more: theirs');
  assert.equal(guessConfidence({ ...base, text: 'Bamako', type: 'PLACE', own: 0.05 }), 0.05, 'the core doubts more: its');
});

test('accept one guess: it leaves the queue, the same name elsewhere stays; accept the name: every one leaves', () => {
  const ws = MemoryWorkspace.seeds();
  const before = queue(ws);
  const [agnus000, agnus002] = [find(before.items, 'Agnus Mckee', FILE_000)[0], find(before.items, 'Agnus Mckee', FILE_002)[0]];
  assert.ok(agnus000 && agnus002, 'test data: written in 000 and 002');
  assert.equal(decide(ws, { uri: agnus000.uri, kind: 'accept', text: agnus000.text, type: agnus000.type, inFile: true }), true);
  assert.deepEqual(ws.annotations.accepted, [{ text: 'Agnus Mckee', type: 'PERSON', file: `seeds/${FILE_000}` }]);
  const after = queue(ws);
  assert.equal(after.total, before.total - 1);
  assert.equal(find(after.items, 'Agnus Mckee', FILE_000).length, 0);
  assert.equal(find(after.items, 'Agnus Mckee', FILE_002).length, 1);
  assert.match(hoverAt(ws, FILE_000, 'Agnus Mckee'), /Agnus Mckee/, 'accepting changes nothing the analysis says');
  assert.equal(decide(ws, { uri: agnus002.uri, kind: 'accept', text: 'agnus MCKEE', type: 'PERSON' }), true);
  assert.deepEqual(ws.annotations.accepted, [{ text: 'agnus MCKEE', type: 'PERSON' }], 'everywhere replaces the per-file entry');
  assert.equal(find(queue(ws).items, 'Agnus Mckee').length, 0);
});

test('reject and retype: the analysis changes everywhere at once, and the guess leaves the queue', () => {
  const ws = MemoryWorkspace.seeds();
  const yadran = find(queue(ws).items, 'Yadran')[0];
  assert.match(hoverAt(ws, FILE_002, 'Yadran'), /Yadran/, 'test data');
  assert.equal(decide(ws, { uri: yadran.uri, kind: 'notEntity', text: yadran.text, inFile: true }), true);
  assert.equal(hoverAt(ws, FILE_002, 'Yadran'), '');
  assert.equal(find(queue(ws).items, 'Yadran').length, 0);
  const dgpn = find(queue(ws).items, 'DGPN')[0];
  assert.equal(dgpn.type, 'INSTITUTION');
  assert.equal(decide(ws, { uri: dgpn.uri, kind: 'entityType', text: dgpn.text, type: 'PLACE' }), true);
  assert.deepEqual(find(queue(ws).items, 'DGPN').map((x) => x.type), ['PLACE']);
  assert.match(hoverAt(ws, FILE_004, 'DGPN'), /— place/);
});

test('a whole entity at once: not an entity, or another type for every spelling, which stay one entity', () => {
  const ws = MemoryWorkspace.seeds();
  const spellings = ws.index.entity('vladimir-poutine')?.variants.map((v) => v.text) ?? [];
  assert.ok(spellings.length >= 3, JSON.stringify(spellings));
  assert.equal(decide(ws, { uri: uriOf(FILE_000), kind: 'entityType', entity: 'vladimir-poutine', type: 'INSTITUTION' }), true);
  const retyped = new Set(ws.index.nameMentions(uriOf(FILE_000)).filter((m) => /poutine/i.test(m.text)).map((m) => `${m.type} ${m.entityId}`));
  assert.equal(retyped.size, 1, JSON.stringify([...retyped]));
  assert.match([...retyped][0], /^INSTITUTION /);
  const id = [...retyped][0].split(' ')[1];
  assert.equal(ws.index.entity(id)?.mentions.length, 4, 'all four mentions, one entity');
  assert.equal(decide(ws, { uri: uriOf(FILE_000), kind: 'notEntity', entity: id }), true);
  assert.ok(!ws.index.nameMentions(uriOf(FILE_000)).some((m) => /poutine/i.test(m.text)));
  assert.equal(decide(ws, { uri: uriOf(FILE_000), kind: 'notEntity', entity: 'no-such-entity' }), false, 'an unknown entity is refused');
});

test('undo takes back the last write, a batch at once; never a file edited since; untrusted refuses', () => {
  const ws = MemoryWorkspace.seeds();
  const texts = ws.annotationsText;
  assert.equal(texts, null);
  assert.equal(undoCorrection(ws.context(), ws.host()).result, 'nothing');
  assert.equal(decide(ws, { uri: uriOf(FILE_000), kind: 'notEntity', text: 'Sahel' }), true);
  const one = ws.annotationsText;
  // Two decisions in one command: one step.
  assert.equal(decide(ws, { uri: uriOf(FILE_002), kind: 'notEntity', text: 'Yadran' }, { uri: uriOf(FILE_002), kind: 'accept', text: 'Kazan', type: 'PLACE' }), true);
  assert.equal(ws.annotations.notEntity.length, 2);
  assert.equal(undoCorrection(ws.context(), ws.host()).result, 'ok');
  assert.equal(ws.annotationsText, one, 'both taken back');
  assert.match(hoverAt(ws, FILE_002, 'Yadran'), /Yadran/, 'the analysis follows the undo');
  assert.equal(undoCorrection(ws.context(), ws.host()).result, 'ok');
  assert.equal(ws.annotationsText, null, 'the file the first correction created is gone again');
  assert.match(hoverAt(ws, FILE_000, 'Sahel'), /Sahel/);
  // A file edited by hand after the step is left alone.
  assert.equal(decide(ws, { uri: uriOf(FILE_000), kind: 'notEntity', text: 'Sahel' }), true);
  ws.setAnnotations({ ...ws.annotations, split: [{ text: 'Bamako' }] });
  const edited = ws.annotationsText;
  assert.equal(undoCorrection(ws.context(), ws.host()).result, 'changed');
  assert.equal(ws.annotationsText, edited);
  assert.ok(ws.warnings.some((w) => /changed since/.test(w)), JSON.stringify(ws.warnings));
  const untrusted = MemoryWorkspace.seeds({ trusted: false });
  assert.equal(undoCorrection(untrusted.context(), untrusted.host()).result, 'untrusted');
  assert.equal(decide(untrusted, { uri: uriOf(FILE_000), kind: 'accept', text: 'Sahel', type: 'PLACE' }), false);
  assert.equal(untrusted.annotationsText, null);
  assert.equal(decide(ws, { uri: uriOf(FILE_000), kind: 'accept', text: 'Sahel', type: 'PLACE' }, { uri: uriOf(FILE_000), kind: 'nonsense' } as never), false, 'one bad decision: none written');
});

test('the uncertain-name diagnostic (off by default) flags the least certain guesses, and accepting one clears it', () => {
  const plain = MemoryWorkspace.seeds();
  assert.ok(!diagnostics(plain.context(), uriOf(FILE_002)).some((d) => d.code === 'uncertain-name'), 'off by default');
  const ws = MemoryWorkspace.seeds({ settings: { diagnostics: { uncertain: 'hint' } } });
  const uncertain = () => diagnostics(ws.context(), uriOf(FILE_002)).filter((d) => d.code === 'uncertain-name');
  const message = (d: { message: unknown }) => String(d.message);
  const before = uncertain();
  const yadran = before.find((d) => textAt(ws.text(uriOf(FILE_002)), d.range) === 'Yadran');
  assert.ok(yadran, JSON.stringify(before.map(message)));
  assert.match(message(yadran), /Uncertain guess: “Yadran” as institution \(confidence 28%\)/);
  assert.equal(yadran.severity, 4);
  assert.ok(!before.some((d) => /Assimi Goïta/.test(message(d))), 'sure guesses are not flagged');
  assert.equal(decide(ws, { uri: uriOf(FILE_002), kind: 'accept', text: 'Yadran', type: 'INSTITUTION', inFile: true }), true);
  assert.deepEqual(uncertain().map(message), before.filter((d) => d !== yadran).map(message));
  const fr = MemoryWorkspace.seeds({ locale: 'fr', settings: { diagnostics: { uncertain: 'hint' } } });
  assert.ok(diagnostics(fr.context(), uriOf(FILE_002)).some((d) => message(d).startsWith('Hypothèse incertaine : « Yadran » comme institution (confiance 28\u00a0%)')));
});
