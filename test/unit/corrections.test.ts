/** The corrections view over hand-made recogniser output: each kind of correction, alone and together. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CorrectionsView, emptyAnnotations, findSurface, type Annotations } from '../../server/src/core/annotations';
import type { Entity, NameMention } from '../../server/src/core';

const text = 'Le commandant Bakary Sissoko a visité Nioro du Sahel. SISSOKO a salué la MINUSMA et Kouroukan.';
const at = (s: string, from = 0) => text.indexOf(s, from);
const m = (type: NameMention['type'], s: string, entityId: string, from = 0): NameMention => ({ type, start: at(s, from), end: at(s, from) + s.length, text: s, entityId, roles: [] });
const base: NameMention[] = [
  m('PERSON', 'Bakary Sissoko', 'bakary-sissoko'),
  m('PERSON', 'SISSOKO', 'sissoko'),
  m('INSTITUTION', 'MINUSMA', 'minusma'),
  m('PERSON', 'Kouroukan', 'kouroukan'),
];
const view = (patch: Partial<Annotations>) => new CorrectionsView({ ...emptyAnnotations(), ...patch });
const brief = (ms: NameMention[]) => ms.map((x) => `${x.type}:${x.text}:${x.entityId}`);

test('no corrections: the recognisers’ mentions pass through unchanged', () => {
  assert.deepEqual(view({}).mentions('a.txt', text, base, []), base);
});

test('not an entity: everywhere, or only in the named file', () => {
  assert.deepEqual(brief(view({ notEntity: [{ text: 'kouroukan' }] }).mentions('a.txt', text, base, [])), brief(base.slice(0, 3)));
  const perFile = view({ notEntity: [{ text: 'Kouroukan', file: 'b.txt' }] });
  assert.equal(perFile.mentions('a.txt', text, base, []).length, 4);
  assert.equal(perFile.mentions('b.txt', text, base, []).length, 3);
});

test('a missed entity is added wherever its surface stands, accents and case ignored, never over a date', () => {
  const v = view({ entityType: [{ text: 'Nioro du Sahel', type: 'PLACE' }] });
  const out = v.mentions('a.txt', text, base, []);
  assert.ok(brief(out).includes('PLACE:Nioro du Sahel:place-nioro-du-sahel'));
  assert.equal(v.mentions('a.txt', text, base, [{ start: at('Nioro'), end: at('Nioro') + 3 }]).filter((x) => x.type === 'PLACE').length, 0);
  assert.deepEqual(findSurface('Ségou, SEGOU, segou-ville, Ségoulais', 'segou, segou, segou-ville, segoulais', 'Ségou').length, 3);
});

test('a wrong type is replaced, not duplicated', () => {
  const out = view({ entityType: [{ text: 'Kouroukan', type: 'PLACE' }] }).mentions('a.txt', text, base, []);
  assert.deepEqual(brief(out.filter((x) => x.text === 'Kouroukan')), ['PLACE:Kouroukan:place-kouroukan']);
});

test('merge puts two ids under one (the smallest), split takes a surface out of its entity', () => {
  const merged = view({ merge: [{ ids: ['sissoko', 'bakary-sissoko'] }] }).mentions('a.txt', text, base, []);
  assert.deepEqual(merged.filter((x) => x.type === 'PERSON' && x.text.toLowerCase().includes('sissoko')).map((x) => x.entityId), ['bakary-sissoko', 'bakary-sissoko']);
  const split = view({ split: [{ text: 'MINUSMA' }] }).mentions('a.txt', text, base, []);
  assert.equal(split.find((x) => x.text === 'MINUSMA')?.entityId, 'split-minusma');
});

test('entities rebuilt under corrections keep the linker’s canonical name and take the user’s when set', () => {
  const v = view({ merge: [{ ids: ['sissoko', 'bakary-sissoko'] }], canonical: [{ id: 'sissoko', name: 'Bakary SISSOKO' }] });
  const baseEntity = (id: string): Entity | undefined =>
    id === 'bakary-sissoko' ? { id, type: 'PERSON', canonical: 'Bakary Sissoko', variants: [], roles: ['commandant'], mentions: [] } : undefined;
  const entities = v.buildEntities([{ file: 'a.txt', mentions: v.mentions('a.txt', text, base, []) }], baseEntity);
  const e = entities.get('bakary-sissoko');
  assert.ok(e);
  assert.equal(e.canonical, 'Bakary SISSOKO', 'the canonical set on a merged id applies to the group');
  assert.deepEqual(e.variants.map((x) => x.text).sort(), ['Bakary Sissoko', 'SISSOKO']);
  assert.deepEqual(e.roles, ['commandant']);
  assert.equal(e.mentions.length, 2);
});
