/**
 * The corpus-level name learner (core/learning): names the rules can only guess at are typed from
 * evidence pooled over the corpus, and one correction teaches every name written in the same
 * contexts. On generated corpora: political parties named like people (two capitalised words that no
 * first-name list nor the GeoNames towns know), in the contexts parties have, among people with known first names.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CorpusIndex, emptyAnnotations, type Annotations } from '../../server/src/core';
import { recognize, Strength } from '../../server/src/core/entities/recognize';
import { Candidates } from '../../server/src/core/learning/candidates';
import { prng } from '../support/prng';

const PARTIES = ['Tana Woro', 'Jigi Sira', 'Benkan Kélé', 'Sabu Jama', 'Nyeta Kanu', 'Dambe Gnogon', 'Yiriwa Kadi', 'Sini Ko'];
const PEOPLE = ['Moussa Traoré', 'Aminata Diallo', 'Ibrahim Keïta', 'Fatoumata Coulibaly', 'Oumar Sidibé', 'Mariam Konaté'];
const PARTY_CONTEXTS = [
  (p: string) => `Les militants de ${p} ont tenu un meeting dans la capitale.`,
  (p: string) => `Le congrès de ${p} a désigné son candidat à la présidentielle.`,
  (p: string) => `Le bureau politique de ${p} a rejeté les résultats provisoires.`,
  (p: string) => `Les élus de ${p} ont quitté la salle avant le vote.`,
];
const PERSON_CONTEXTS = [
  (p: string) => `${p} a déclaré que le scrutin se tiendrait à la date prévue.`,
  (p: string) => `Interrogé par la presse, ${p} a promis un recours.`,
  (p: string) => `Selon ${p}, la campagne se déroule dans le calme.`,
];

/** A corpus of election news: each article names two parties and two people in their usual contexts. */
function corpus(seed: number, articles = 30): Map<string, string> {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]) => xs[Math.floor(rnd() * xs.length)];
  const out = new Map<string, string>();
  for (let i = 0; i < articles; i++) {
    const lines = [`Élections : la campagne s'intensifie`, ''];
    for (let k = 0; k < 2; k++) lines.push(pick(PARTY_CONTEXTS)(pick(PARTIES)), pick(PERSON_CONTEXTS)(pick(PEOPLE)));
    out.set(`article-${String(i).padStart(3, '0')}.txt`, lines.join('\n') + '\n');
  }
  return out;
}

function indexOf(files: Map<string, string>, annotations: Annotations = emptyAnnotations()): CorpusIndex {
  const index = new CorpusIndex();
  index.setAnnotations(annotations);
  for (const [f, text] of files) index.upsert(f, text);
  return index;
}

/** The type each name gets, every mention agreeing (`mixed` otherwise; `none` when no mention reads it). */
function typesOf(index: CorpusIndex, names: readonly string[]): Map<string, string> {
  const seen = new Map<string, Set<string>>();
  for (const f of index.files()) for (const m of index.nameMentions(f)) if (names.includes(m.text)) (seen.get(m.text) ?? seen.set(m.text, new Set()).get(m.text)!).add(m.type);
  return new Map(names.map((n) => [n, !seen.has(n) ? 'none' : seen.get(n)!.size > 1 ? 'mixed' : [...seen.get(n)!][0]]));
}

test('one entityType correction types the other parties written in the same contexts; removing it restores the old answer', () => {
  const files = corpus(7);
  const plain = indexOf(files);
  const before = typesOf(plain, PARTIES);
  // The rules read two capitalised words with nothing else as a person, the learner some of them (after `de`, as the
  // shipped prior has it) as a place: none as a body.
  assert.ok([...before.values()].every((t) => t === 'PERSON' || t === 'PLACE'), JSON.stringify([...before]));
  assert.ok([...before.values()].some((t) => t === 'PERSON'), JSON.stringify([...before]));
  const corrected = emptyAnnotations();
  corrected.entityType.push({ text: 'Tana Woro', type: 'INSTITUTION' });
  const index = indexOf(files, corrected);
  const after = typesOf(index, PARTIES);
  for (const p of PARTIES) assert.equal(after.get(p), 'INSTITUTION', `${p}: ${JSON.stringify([...after])}`);
  // People keep their type, and the guesses now carry the learner's confidence.
  assert.ok([...typesOf(index, PEOPLE).values()].every((t) => t === 'PERSON'));
  const guess = index.nameMentions([...files.keys()][0]).find((m) => PARTIES.includes(m.text) && m.text !== 'Tana Woro');
  assert.ok(guess && guess.confidence !== undefined && guess.confidence > 0.5 && guess.confidence <= 1, JSON.stringify(guess));
  // The same index, the correction taken back.
  index.setAnnotations(emptyAnnotations());
  assert.deepEqual([...typesOf(index, PARTIES)], [...before]);
});

test('a name written once with a determiner (`le Jaraaf`) is no person, in every mention', () => {
  const files = new Map(corpus(11, 12));
  files.set('club.txt', 'Le Jaraaf a battu Teungueth samedi.\nAprès le match, Jaraaf Diop a salué le public du Jaraaf.\n');
  files.set('club-2.txt', 'Les supporters de Nando Kalu ont envahi le terrain.\nLa défaite de la Nando Kalu a surpris.\n');
  const types = typesOf(indexOf(files), ['Nando Kalu']);
  assert.notEqual(types.get('Nando Kalu'), 'PERSON', JSON.stringify([...types]));
  assert.notEqual(types.get('Nando Kalu'), 'mixed');
});

test('learned types do not depend on the order the files came in, nor on edits undone', () => {
  const files = corpus(3, 24);
  const annotations = emptyAnnotations();
  annotations.entityType.push({ text: 'Jigi Sira', type: 'INSTITUTION' });
  const snapshot = (index: CorpusIndex) => index.files().sort().map((f) => index.nameMentions(f).map((m) => `${m.start}:${m.type}:${m.entityId}:${m.confidence}`).join(' '));
  const forward = indexOf(files, annotations);
  const backward = indexOf(new Map([...files].reverse()), annotations);
  assert.deepEqual(snapshot(backward), snapshot(forward));
  // An edit that adds a party in a person's context, queried, then undone.
  const [first, text] = [...files][0];
  forward.upsert(first, text + 'Selon Sini Ko, la campagne se déroule dans le calme.\n');
  forward.nameMentions(first);
  forward.upsert(first, text);
  assert.deepEqual(snapshot(forward), snapshot(backward));
});

test('an index loaded once (the command line) learns the same types and confidences keeping only the guesses’ evidence, and refuses changes', () => {
  // Enough articles that each party is written several times: a name seen three times may stay below the retyping bar.
  const files = corpus(5, 60);
  const annotations = emptyAnnotations();
  annotations.entityType.push({ text: 'Sabu Jama', type: 'INSTITUTION' });
  const read = (index: CorpusIndex) => index.files().sort().map((f) => index.nameMentions(f).map((m) => `${m.start}:${m.end}:${m.type}:${m.entityId}:${m.confidence}`).join(' '));
  const once = new CorpusIndex({ loadOnce: true });
  once.setAnnotations(annotations);
  for (const [f, text] of files) once.upsert(f, text);
  const changeable = indexOf(files, annotations);
  assert.deepEqual(read(once), read(changeable));
  assert.ok([...typesOf(once, PARTIES).values()].every((t) => t === 'INSTITUTION'), 'the correction still teaches the other parties');
  const [first, text] = [...files][0];
  assert.throws(() => once.upsert(first, text + 'Selon Sini Ko, la campagne se déroule dans le calme.\n'), /loaded once/);
  assert.throws(() => once.setAnnotations(emptyAnnotations()), /loaded once/);
});

test('candidates keeping only the guesses’ evidence keep every reading, and the guesses’ features in their views', () => {
  // Four candidates: a known name, a guess, a guess by context, a cue; features [spelling | context].
  const features = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13];
  const starts = [0, 3, 7, 9, 13];
  const contexts = [2, 5, 9, 11];
  const rules = [0, 1, 0, 2];
  const strengths = [Strength.known, Strength.guess, Strength.guess | Strength.byContext, Strength.cue];
  const all = new Candidates(features, starts, contexts, rules, strengths);
  all.setReading(1, 2, 0.8);
  const slice = (cs: Candidates, c: number) => [Array.from(cs.features).slice(cs.start(c), cs.contextStart(c)), Array.from(cs.features).slice(cs.contextStart(c), cs.end(c))];
  const kept = all.guessesOnly();
  assert.equal(kept.count, 4);
  assert.deepEqual([0, 1].map((k) => kept.guess(k)), [1, 2]);
  for (const c of [1, 2]) assert.deepEqual(slice(kept, c), slice(all, c), `guess ${c}`);
  assert.deepEqual(slice(kept, 2), [[8, 9], []], 'a guess with no context features');
  for (const c of [0, 3]) assert.deepEqual(slice(kept, c), [[], []], `example ${c}`);
  for (let c = 0; c < 4; c++) {
    assert.equal(kept.ruleType(c), all.ruleType(c));
    assert.equal(kept.strength(c), all.strength(c));
    assert.equal(kept.learned(c), all.learned(c));
    assert.equal(kept.confidence(c, -1), all.confidence(c, -1));
  }
  assert.ok(kept.features.length < all.features.length);
});

const RIDERS = ['Laurent Varrenko', 'Fernando Duzelli', 'Alex Marvaudin', 'Thomas Quelbrec', 'Julien Ostravi', 'Pierre Zanfort'];
const RIDER_CONTEXTS = [
  (s: string) => `La victoire de ${s} ne souffre aucune contestation.`,
  (s: string) => `${s} a terminé à plus de cinq minutes du vainqueur.`,
  (s: string) => `Derrière ${s}, le peloton a longtemps hésité.`,
];

/** Race reports: each names two riders in full, then by their surnames alone (one at a sentence's start). */
function raceReports(seed: number, articles: number): Map<string, string> {
  const rnd = prng(seed);
  const out = new Map<string, string>();
  for (let i = 0; i < articles; i++) {
    const a = RIDERS[Math.floor(rnd() * RIDERS.length)];
    const b = RIDERS.find((r, k) => r !== a && k >= Math.floor(rnd() * RIDERS.length)) ?? RIDERS.find((r) => r !== a)!;
    const lines = ['Cyclisme : une étape contre la montre', '', `L'étape a vu ${a} s'imposer devant ${b} sous la pluie.`];
    for (const rider of [a, b]) for (const context of RIDER_CONTEXTS) lines.push(context(rider.split(' ')[1]));
    out.set(`etape-${String(i).padStart(3, '0')}.txt`, lines.join('\n') + '\n');
  }
  return out;
}

test('a surname written alone after the full name is that person, even at a sentence’s start, where the file names the person', () => {
  const files = raceReports(13, 24);
  const index = indexOf(files);
  for (const [file, text] of files) {
    const mentions = index.nameMentions(file);
    const byText = (t: string) => mentions.filter((m) => m.text === t);
    const full = mentions.filter((m) => RIDERS.includes(m.text));
    assert.equal(full.length, 2, `${file}: ${JSON.stringify(full)}`);
    for (const person of full) {
      const surname = person.text.split(' ')[1];
      const alone = byText(surname);
      assert.equal(alone.length, RIDER_CONTEXTS.length, `${file}: ${surname} ${JSON.stringify(alone)}\n${text}`);
      for (const m of alone) {
        assert.equal(m.type, 'PERSON');
        assert.equal(m.entityId, person.entityId, `${surname} is ${person.text}`);
      }
    }
  }
  // A file that never writes the full name gives its sentence-initial capital no such reading.
  const lone = indexOf(new Map([['lone.txt', 'Varrenko a terminé à plus de cinq minutes du vainqueur.\n']]));
  assert.deepEqual(lone.nameMentions('lone.txt').map((m) => m.text), []);
});

test('a name listed with other names carries their type as evidence (`Bourem, Wadarko et Niono`), whatever the neighbours are called', () => {
  const contextOf = (text: string, name: string) => {
    const r = recognize(text);
    const asMention = r.mentions.findIndex((m) => m.text === name);
    const c = asMention >= 0 ? asMention : r.mentions.length + r.weak.findIndex((w) => w.text === name);
    assert.ok(c >= 0 && c < r.featureStart.length - 1, `${name} is a candidate`);
    return new Set(r.features.slice(r.contextStart[c], r.featureStart[c + 1]));
  };
  const withTowns = contextOf('Les convois relient désormais Bourem, Wadarko et Niono chaque semaine.', 'Wadarko');
  const withOtherTowns = contextOf('Les camions passent par Ansongo, Tinzalé et Douentza.', 'Tinzalé');
  const withPeople = contextOf('La déclaration est signée par Moussa Traoré, Wadarko et Aminata Diallo.', 'Wadarko');
  const alone = contextOf('Les convois relient désormais Wadarko chaque semaine.', 'Wadarko');
  const shared = (a: Set<number>, b: Set<number>) => [...a].filter((f) => b.has(f));
  // One feature says "listed with places" in both town lists, and neither in the list of people nor alone.
  const placeListed = shared(withTowns, withOtherTowns).filter((f) => !withPeople.has(f) && !alone.has(f));
  assert.equal(placeListed.length, 1, JSON.stringify(placeListed));
});

test('a two-word "person" whose first word the lexicon knows as a first name keeps its type in a place’s context (`arrivé à Saturnin Kpodé`)', () => {
  const TOWNS = ['Gao', 'Tombouctou', 'Kidal', 'Mopti', 'Ségou', 'Sikasso', 'Kayes', 'Ménaka'];
  const files = corpus(13, 20);
  let n = 0;
  for (const [name, text] of files) {
    const town = TOWNS[n++ % TOWNS.length];
    files.set(name, text + `Le ballon est arrivé à ${town} mardi.\nLe ballon est arrivé à Saturnin Kpodé mardi.\n`);
  }
  const types = typesOf(indexOf(files), ['Saturnin Kpodé']);
  assert.equal(types.get('Saturnin Kpodé'), 'PERSON', JSON.stringify([...types]));
});

test('a body named by its complement (`Banque de Korvan Tisa`) teaches nothing of the complement’s words: its last word is the place’s', () => {
  const spellingOf = (text: string, name: string) => {
    const r = recognize(text);
    const c = r.mentions.findIndex((m) => m.text === name);
    assert.ok(c >= 0, `${name} in ${JSON.stringify(r.mentions.map((m) => m.text))}`);
    return r.features.slice(r.featureStart[c], r.contextStart[c]);
  };
  // Two banks named after two towns: the same head, the same shape, so the same spelling evidence.
  const one = spellingOf('La Banque de Korvan Tisa a relevé ses taux.', 'Banque de Korvan Tisa');
  const other = spellingOf('La Banque de Zelen Grad a relevé ses taux.', 'Banque de Zelen Grad');
  assert.deepEqual(one, other);
  // A body without a complement keeps its last word's evidence.
  assert.notDeepEqual(spellingOf('Le groupe Kanina Resources recrute.', 'Kanina Resources'), spellingOf('Le groupe Kanina Holdings recrute.', 'Kanina Holdings'));
});

test('a guess the learner retypes joins the entity its name has under that type, wherever the rules typed it so', () => {
  const files = corpus(7);
  // A few articles name one party with its cue word: the rules read that mention as a body.
  let n = 0;
  for (const [f, text] of files) if (n++ % 5 === 0) files.set(f, text + 'Le parti Jigi Sira a tenu son congrès.\n');
  const corrected = emptyAnnotations();
  corrected.entityType.push({ text: 'Tana Woro', type: 'INSTITUTION' });
  const index = indexOf(files, corrected);
  const ids = new Set<string>();
  for (const f of index.files()) for (const m of index.nameMentions(f)) if (m.text === 'Jigi Sira') ids.add(`${m.type}:${m.entityId}`);
  assert.equal(ids.size, 1, JSON.stringify([...ids]));
  const [id] = [...ids];
  assert.ok(id.startsWith('INSTITUTION:'), id);
  // The entity lists every mention, from the files where the rules read a person too.
  const entity = [...index.entities()].find((e) => `${e.type}:${e.id}` === id)!;
  const mentioned = new Set(entity.mentions.map((m) => m.file));
  const files2 = [...index.files()].filter((f) => index.nameMentions(f).some((m) => m.text === 'Jigi Sira'));
  assert.deepEqual([...mentioned].sort(), files2.sort());
  // The same answer when the articles that name the party with its cue come last, after the guesses were read.
  const later = new CorpusIndex();
  later.setAnnotations(corrected);
  const cued = [...files].filter(([, t]) => t.includes('Le parti'));
  for (const [f, text] of files) if (!text.includes('Le parti')) later.upsert(f, text);
  for (const f of later.files()) later.nameMentions(f);
  for (const [f, text] of cued) later.upsert(f, text);
  for (const f of index.files()) assert.deepEqual(later.nameMentions(f), index.nameMentions(f), f);
});

test('a bare word the corpus reads as a place from its own uses is no surname of a person another file names', () => {
  const towns = ['Kayes', 'Ségou', 'Mopti', 'Sikasso', 'Koutiala', 'Zelengou'];
  const files = new Map<string, string>([['f00.txt', 'Titre\n\nLe ministre Moussa Zelengou a visité la région hier.\n']]);
  for (let i = 1; i <= 18; i++) {
    const t = towns[i % towns.length];
    files.set(`f${String(i).padStart(2, '0')}.txt`, `Titre ${i}\n\nLes pluies ont frappé ${t} hier soir. Le marché de ${t} est fermé depuis lundi. Les routes autour de ${t} sont coupées.\n`);
  }
  const index = indexOf(files);
  const types = new Set<string>();
  for (const f of index.files()) for (const m of index.nameMentions(f)) if (m.text === 'Zelengou') types.add(m.type);
  assert.deepEqual([...types], ['PLACE']);
  // The person keeps the name in full, and a file that names the person in full reads the bare word as the person.
  files.set('f00.txt', 'Titre\n\nLe ministre Moussa Zelengou a visité la région hier. Les élus ont reçu Zelengou et son équipe.\n');
  const again = indexOf(files);
  const own = again.nameMentions('f00.txt');
  assert.equal(own.find((m) => m.text === 'Zelengou')?.entityId, own.find((m) => m.text === 'Moussa Zelengou')?.entityId);
});

test('a town the GeoNames list names keeps its type where only bodies were seen in its context (a teaser’s lead), unless the file names a body after it', () => {
  const bodies = ['Ecobank', 'Orange', 'Unicef', 'Banque mondiale', 'Cedeao', 'Union africaine', 'Air France', 'Croix-Rouge'];
  const towns = ['Parakou', 'Cotonou', 'Kandi', 'Natitingou', 'Djougou', 'Abomey'];
  const files = new Map<string, string>();
  // Enough files that the workspace's own teasers outweigh the shipped prior's leaning on a teaser's lead.
  for (let i = 0; i < 96; i++) {
    const teasers = [0, 1, 2].map((k) => `▪ ${String(10 + k).padStart(2, '0')}/02/2026 — ${bodies[(i + k) % bodies.length]} : les annonces de la semaine`);
    const body = `Le ministre Moussa Traoré est arrivé hier à ${towns[i % towns.length]}, puis à ${towns[(i + 1) % towns.length]}.`;
    files.set(`f${String(i).padStart(2, '0')}.txt`, `Titre ${i}\n\n${body}\nÀ LIRE AUSSI\n${teasers.join('\n')}\n`);
  }
  files.set('town.txt', 'Titre\n\nLe texte.\nÀ LIRE AUSSI\n▪ 14/02/2026 — Banikoara : la piste coupée au gué\n▪ 15/02/2026 — Ecobank : les annonces de la semaine\n');
  assert.equal(typesOf(indexOf(files), ['Banikoara']).get('Banikoara'), 'PLACE');
  // A body named after the town, in the same file: its first word alone may be the body.
  files.set('town.txt', 'Titre\n\nLe promoteur Banikoara Properties a signé.\nÀ LIRE AUSSI\n▪ 14/02/2026 — Banikoara : la vente signée\n▪ 15/02/2026 — Ecobank : les annonces de la semaine\n');
  assert.equal(typesOf(indexOf(files), ['Banikoara']).get('Banikoara'), 'INSTITUTION');
});
