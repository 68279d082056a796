/**
 * Incremental linking equals a full recompute: a corpus index that went through random edits,
 * removals and re-additions (querying now and then, so updates are applied in batches of every
 * size) must give exactly what a fresh index built from the same final files (in another order)
 * gives: the same mentions with the same ids (hence the same groupings) and the same entities.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { CorpusIndex } from '../../server/src/core';
import { repoRoot, seedsDir } from '../support/paths';
import { prng } from '../support/prng';
import { oneStep } from '../support/steps';


// Spellings chosen to exercise every linking rule: accents, capitals, typos, transliterations,
// initials, bare surnames, gazetteer people, venues that extend each other, acronym definitions,
// and names whose slugs collide (`-2` ids).
const PEOPLE = [
  'Amadou Traoré', 'Amadou Traore', 'AMADOU TRAORÉ', 'Amadou Traorré', 'A. Traoré', 'Awa Traoré', 'A. Traore',
  'Fritz Honegger', 'F. Honegger', 'Franz Honegger', 'Sergueï Lavrov', 'Sergei Lavrov', 'Serguei Lavrov',
  'Alousséni Sanou', 'Alousséini Sanou', 'Assimi Goïta', 'Assimi Goita', 'Moussa Diop', 'Mousa Diop', 'Ousmane Diop',
  'Kadiatou Kati', 'Bakary Ségou', 'Oumar Mali', 'Modibo Keïta', 'Mariam Koné', 'M. Koné', 'Mamadou Koné',
];
const SURNAMES = ['Traoré', 'Honegger', 'Lavrov', 'Diop', 'Goïta', 'Koné', 'Sanou', 'Kati', 'Keïta'];
const PLACES = ['Bamako', 'Kati', 'Ségou', 'Mali', 'Moscou', 'Genève', 'Kayes'];
const VENUES = ['aéroport international Modibo Keïta', 'aéroport international Modibo Keïta Senou', 'aéroport international Modibo', 'stade du 26 Mars', 'palais de Koulouba'];
const BODIES = [
  'la Commission nationale de l’eau',
  'l’Agence nationale de la sécurité routière (ANASER)',
  'l’Agence nationale de sécurité routière (ANASER)',
  'le ministère de la Défense',
  'le groupe Yadran',
  'la Cedeao',
  'le Conseil national de Transition (CNT)',
  'la Société Kati',
];
const WEAK = ['ANASER', 'CNT', 'Yadran', 'Traoré', 'Diop', 'Koné', 'Lavrov', 'Kati'];

function sentence(rnd: () => number): string {
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  switch (Math.floor(rnd() * 7)) {
    case 0:
      return `Le ministre ${pick(PEOPLE)} a reçu ${pick(PEOPLE)} à ${pick(PLACES)}.`;
    case 1:
      return `Selon ${pick(BODIES)}, le président ${pick(SURNAMES)} se rendra à ${pick(PLACES)}.`;
    case 2:
      return `La délégation est arrivée à l’${pick(VENUES)} avant de rejoindre ${pick(PLACES)}.`;
    case 3:
      return `Interrogé, ${pick(WEAK)} a refusé de commenter la décision de ${pick(BODIES)}.`;
    case 4:
      return `Le colonel ${pick(PEOPLE)} et le général ${pick(SURNAMES)} étaient présents au ${pick(VENUES)}.`;
    case 5:
      return `${pick(PEOPLE)} a salué le travail de ${pick(BODIES)} et de ${pick(WEAK)}.`;
    default:
      return `Les habitants de ${pick(PLACES)} attendent toujours une réponse de ${pick(BODIES)}.`;
  }
}

function article(rnd: () => number): string {
  const lines: string[] = [];
  for (let p = 1 + Math.floor(rnd() * 3); p > 0; p--) {
    const ss: string[] = [];
    for (let s = 1 + Math.floor(rnd() * 4); s > 0; s--) ss.push(sentence(rnd));
    lines.push(ss.join(' '));
  }
  return lines.join('\n\n') + '\n';
}

function realTexts(): string[] {
  const dirs = [seedsDir, path.join(repoRoot, 'test', 'fixtures', 'heldout', 'corpus')];
  const out: string[] = [];
  for (const d of dirs) {
    if (!fs.existsSync(d)) continue;
    for (const f of fs.readdirSync(d).sort()) if (f.endsWith('.txt')) out.push(fs.readFileSync(path.join(d, f), 'utf8').replace(/^\uFEFF/, ''));
  }
  return out;
}

function mutate(text: string, rnd: () => number, pool: readonly string[]): string {
  const r = rnd();
  if (r < 0.35) {
    const at = Math.floor(rnd() * (text.length + 1));
    return text.slice(0, at) + ' ' + sentence(rnd) + ' ' + text.slice(at);
  }
  if (r < 0.6) {
    // Swap one spelling for another somewhere in the text.
    const from = pool[Math.floor(rnd() * pool.length)];
    const to = pool[Math.floor(rnd() * pool.length)];
    return text.includes(from) ? text.replace(from, to) : text + '\n' + sentence(rnd) + '\n';
  }
  if (r < 0.8) {
    const a = Math.floor(rnd() * text.length);
    const b = Math.min(text.length, a + Math.floor(rnd() * 200));
    return text.slice(0, a) + text.slice(b);
  }
  return article(rnd);
}

/** Everything the index says about names, in a comparable form. */
function snapshot(index: CorpusIndex): { mentions: Record<string, unknown>; entities: unknown[] } {
  const files = index.files().sort();
  const mentions: Record<string, unknown> = {};
  for (const f of files) mentions[f] = index.mentions(f);
  const entities = [...index.entities()].map((e) => ({ ...e }));
  return { mentions, entities };
}

function check(index: CorpusIndex, texts: Map<string, string>, rnd: () => number, label: string): void {
  const names = [...texts.keys()];
  // A fresh index over the same files, added in another order.
  for (let i = names.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [names[i], names[j]] = [names[j], names[i]];
  }
  const fresh = new CorpusIndex();
  for (const n of names) fresh.upsert(n, texts.get(n)!);
  const a = snapshot(index);
  const b = snapshot(fresh);
  assert.deepEqual(a.mentions, b.mentions, `${label}: mentions differ`);
  assert.deepEqual(a.entities, b.entities, `${label}: entities differ`);
  for (const e of b.entities as { id: string }[]) assert.deepEqual(index.entity(e.id), fresh.entity(e.id), `${label}: entity ${e.id}`);
  // mentionAt agrees with a linear scan of mentions().
  for (const f of names.slice(0, 5)) {
    const ms = fresh.mentions(f);
    const len = texts.get(f)!.length;
    for (let k = 0; k < 20; k++) {
      const at = Math.floor(rnd() * (len + 1));
      assert.deepEqual(index.mentionAt(f, at), ms.find((m) => m.start <= at && at <= m.end), `${label}: mentionAt ${f}@${at}`);
    }
  }
}

for (const seed of [1, 2, 3]) {
  test(`incremental linking: random edits and removals equal a fresh index (seed ${seed})`, () => {
    const rnd = prng(seed);
    const pool = [...PEOPLE, ...SURNAMES, ...PLACES, ...WEAK];
    const real = realTexts();
    const texts = new Map<string, string>();
    const index = new CorpusIndex();
    for (let i = 0; i < 40; i++) texts.set(`gen-${i}.txt`, article(rnd));
    real.forEach((t, i) => texts.set(`real-${i}.txt`, t));
    for (const [n, t] of texts) index.upsert(n, t);
    index.mentions('gen-0.txt');
    const removed = new Map<string, string>();
    for (let step = 1; step <= 160; step++) {
      const r = rnd();
      const files = [...texts.keys()];
      if (r < 0.6 && files.length) {
        const f = files[Math.floor(rnd() * files.length)];
        const t = mutate(texts.get(f)!, rnd, pool);
        texts.set(f, t);
        index.upsert(f, t);
      } else if (r < 0.75 && files.length > 1) {
        const f = files[Math.floor(rnd() * files.length)];
        removed.set(f, texts.get(f)!);
        texts.delete(f);
        index.remove(f);
      } else if (r < 0.9 && removed.size) {
        const [f, t] = [...removed][Math.floor(rnd() * removed.size)];
        removed.delete(f);
        texts.set(f, t);
        index.upsert(f, t);
      } else {
        const f = `new-${step}.txt`;
        const t = article(rnd);
        texts.set(f, t);
        index.upsert(f, t);
      }
      // Query now and then: updates then reach the linker in batches of one or many changes.
      if (rnd() < 0.3) {
        const names = [...texts.keys()];
        const f = names[Math.floor(rnd() * names.length)];
        const m = index.nameMentions(f)[0];
        if (m) index.entity(m.entityId);
        index.mentionAt(f, 0);
      }
      if (step % 20 === 0) check(index, texts, rnd, `seed ${seed} step ${step}`);
    }
  });
}

test('incremental linking: removing every file empties the index, re-adding restores it', () => {
  const rnd = prng(9);
  const texts = new Map<string, string>();
  for (let i = 0; i < 25; i++) texts.set(`f${i}.txt`, article(rnd));
  const index = new CorpusIndex();
  for (const [n, t] of texts) index.upsert(n, t);
  const before = snapshot(index);
  for (const n of texts.keys()) index.remove(n);
  assert.deepEqual([...index.entities()], []);
  for (const n of [...texts.keys()].reverse()) index.upsert(n, texts.get(n)!);
  assert.deepEqual(snapshot(index), before);
});

test('prepare, one step at a time and with edits between steps, leaves the index the next query would have made at once', () => {
  const rnd = prng(21);
  const texts = new Map<string, string>();
  // More files than one step resolves, and real articles for their boilerplate.
  const real = realTexts();
  for (let i = 0; i < 700; i++) texts.set(`f${String(i).padStart(3, '0')}.txt`, i < real.length ? real[i] : article(rnd));
  const index = new CorpusIndex();
  for (const [n, t] of texts) index.upsert(n, t);
  let steps = 0;
  while (!index.prepare(oneStep())) {
    steps++;
    // Now and then a file changes (or goes) between two steps, as an editor would change it.
    if (steps % 3 === 0) {
      const n = `f${String(Math.floor(rnd() * texts.size)).padStart(3, '0')}.txt`;
      if (!texts.has(n)) continue;
      if (rnd() < 0.2) {
        texts.delete(n);
        index.remove(n);
      } else {
        texts.set(n, mutate(texts.get(n)!, rnd, PEOPLE));
        index.upsert(n, texts.get(n)!);
      }
    }
  }
  assert.ok(steps > 4, `prepared in ${steps} steps`);
  assert.equal(index.prepare(() => false), true, 'nothing left, and `more` not needed to say so');
  check(index, texts, rnd, 'prepared in steps');
  const boilerplate = (ix: CorpusIndex) => Object.fromEntries(ix.files().sort().map((f) => [f, ix.boilerplate(f)]));
  const fresh = new CorpusIndex();
  for (const [n, t] of texts) fresh.upsert(n, t);
  assert.deepEqual(boilerplate(index), boilerplate(fresh));
});

// ---- the linker alone, on a synthetic universe of forms built to collide ---------------------

import type { FileLinks } from '../../server/src/core/linking/formTable';
import { Linker } from '../../server/src/core/linking/linker';
import { Strength, type FileAnalysis, type RawMention } from '../../server/src/core/entities';

const FIRSTS = ['amadou', 'amadu', 'a', 'f', 'fritz', 'franz', 'ph', 'sergei', 'serguei', 'x', 'kone'];
const LASTS = ['traore', 'traorre', 'traora', 'honegger', 'honeger', 'honegar', 'kone', 'x', 'diop', 'x 2', 'kono'];
const OTHERS: [RawMention['type'], string, string, RawMention['kind']][] = [
  ['INSTITUTION', 'x', 'x', 'institution'],
  ['INSTITUTION', 'x 2', 'x 2', 'institution'],
  ['PLACE', 'x 2 2', 'x 2 2', 'institution'],
  ['PLACE', 'x 3', 'x 3', 'institution'],
  ['INSTITUTION', 'kone', 'kone', 'institution'],
  ['INSTITUTION', 'kone', 'groupe kone', 'institution'],
  ['PLACE', 'gaz:kone', 'kone', 'gazetteer'],
  ['PLACE', 'aeroport international modibo keita', 'aeroport international modibo keita', 'venue'],
  ['PLACE', 'aeroport international modibo keita senou', 'aeroport international modibo keita senou', 'venue'],
  ['PLACE', 'aeroport international modibo', 'aeroport international modibo', 'venue'],
  ['PLACE', 'aeroport international modibo keita', 'aim', 'acronym'],
];

function synthetic(rnd: () => number, big: boolean): FileAnalysis {
  const mentions: RawMention[] = [];
  const m = (type: RawMention['type'], key: string, name: string, kind: RawMention['kind'], gazId?: string): RawMention => ({ type, start: 0, end: 1, text: name, roles: [], kind, strength: Strength.known, key, name, gazId });
  for (let n = 1 + Math.floor(rnd() * 6); n > 0; n--) {
    const r = rnd();
    if (r < 0.45) {
      const name = `${FIRSTS[Math.floor(rnd() * FIRSTS.length)]} ${LASTS[Math.floor(rnd() * LASTS.length)]}`;
      mentions.push(rnd() < 0.1 ? m('PERSON', 'gaz:p-' + name.replace(/ /g, '-'), name, 'gazetteer', 'p-' + name.replace(/ /g, '-')) : m('PERSON', name, name, 'person'));
    } else if (r < 0.6) {
      const w = LASTS[Math.floor(rnd() * LASTS.length)].split(' ')[0];
      mentions.push(rnd() < 0.2 ? m('PERSON', 'gaz:' + w, w, 'gazetteer', w) : m('PERSON', w, w, 'person'));
    } else {
      const [type, key, name, kind] = OTHERS[Math.floor(rnd() * OTHERS.length)];
      mentions.push(m(type, key, name, kind, key.startsWith('gaz:') ? key.slice(4) : undefined));
    }
  }
  if (big) for (let i = 0; i < 30; i++) mentions.push(m('PERSON', `n${Math.floor(rnd() * 500)} kone`, `n${Math.floor(rnd() * 500)} kone`, 'person'));
  for (const x of mentions) if (x.type === 'PERSON' && x.kind === 'person') x.name = x.key;
  const acronyms = rnd() < 0.3 ? [{ acronym: 'aim', fullKey: rnd() < 0.5 ? 'aeroport international modibo keita' : 'x', type: rnd() < 0.5 ? ('PLACE' as const) : ('INSTITUTION' as const) }] : [];
  return { mentions, weak: [], acronyms, features: [], featureStart: new Array<number>(mentions.length + 1).fill(0), contextStart: new Array<number>(mentions.length).fill(0) };
}

function linkerView(l: Linker): string[] {
  const out: string[] = [];
  const probe = (type: RawMention['type'], key: string) => l.entityOf({ type, start: 0, end: 1, text: key, roles: [], kind: 'person', strength: Strength.known, key, name: key });
  for (const f of FIRSTS) for (const s of LASTS) out.push(`${f} ${s} → ${probe('PERSON', `${f} ${s}`)}`);
  for (const s of LASTS) out.push(`${s} → ${probe('PERSON', s)} / ${probe('PERSON', 'gaz:' + s)}`);
  for (const [type, key] of OTHERS) out.push(`${type} ${key} → ${probe(type, key)}`);
  for (let i = 0; i < 500; i++) out.push(`n${i} → ${probe('PERSON', `n${i} kone`)}`);
  for (const w of ['traore', 'traora', 'kone', 'kono', 'x', 'diop', 'honegger', 'honegar', 'aim', 'modibo']) {
    out.push(`weak ${w} → ${JSON.stringify(l.promote(w, w === 'aim', () => undefined))}`);
  }
  return out;
}

for (const [seed, big] of [
  [11, false],
  [12, false],
  [13, true],
] as const) {
  test(`incremental linker: colliding ids, initials, surnames, venues, acronyms${big ? ', a surname bucket crossing 400 names' : ''} (seed ${seed})`, () => {
    const rnd = prng(seed);
    const files = new Map<string, FileAnalysis>();
    /** What `l.add` returned for each file, for `l.remove`. */
    const links = new Map<string, FileLinks>();
    const l = new Linker();
    for (let step = 0; step < 600; step++) {
      const names = [...files.keys()];
      const r = rnd();
      if (r < 0.5 || names.length < 3) {
        const f = rnd() < 0.5 && names.length ? names[Math.floor(rnd() * names.length)] : `f${step}`;
        const old = links.get(f);
        if (old) l.remove(f, old);
        const a = synthetic(rnd, big && rnd() < 0.5);
        files.set(f, a);
        links.set(f, l.add(f, a));
      } else {
        const f = names[Math.floor(rnd() * names.length)];
        l.remove(f, links.get(f)!);
        files.delete(f);
        links.delete(f);
      }
      if (rnd() < 0.3) l.ensure();
      if (step % 20 === 19) {
        const fresh = new Linker();
        const order = [...files.keys()].sort(() => rnd() - 0.5);
        for (const f of order) fresh.add(f, files.get(f)!);
        assert.deepEqual(linkerView(l), linkerView(fresh), `seed ${seed} step ${step}`);
      }
    }
  });
}
