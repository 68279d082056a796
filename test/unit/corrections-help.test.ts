/**
 * Corrections must measurably help. A small corpus written for this test (four short French
 * articles with names the recognisers are likely to get wrong: places without a cue, a body
 * written only by its acronym, a lower-case name, a capitalised common phrase taken for a person,
 * a market taken for a person, a truck's painted name, two namesakes linked together), a hand-made gold, a tiny scorer.
 * The corpus is analysed, a curator's corrections are derived from the errors, applied with
 * `setAnnotations`, and the scores compared: span F1 must rise, linking F1 must not fall, and every
 * mention no correction touches must stay exactly as it was.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { comparisonKey, CorpusIndex, emptyAnnotations, type Annotations, type NameMention, type NameType } from '../../server/src/core';

const CORPUS: Record<string, string> = {
  'a1.txt': `Coton : la campagne démarre à Nampossela

Le ministre de l'Agriculture, Lassine Dembélé, a lancé samedi la campagne cotonnière à Nampossela, dans le cercle de Koutiala. Devant les producteurs réunis, il a rappelé que la Compagnie malienne pour le développement des textiles achètera la fibre au prix fixé en avril. La CMDT prévoit une récolte record dans la zone de Kléla.
Le Jeune Homme qui présidait la coopérative a remercié le ministre. M. Dembélé s'est ensuite rendu à Diallassagou pour visiter une coopérative de femmes dirigée par Aminata Sangaré.
`,
  'a2.txt': `Santé : un nouveau centre à Tominian

Le centre de santé communautaire de Tominian a été inauguré jeudi par le gouverneur de la région de San, le colonel Mamadou Koné. La structure, financée par la Banque ouest-africaine de développement, accueillera les patients de Nampossela et de Kléla.
le docteur fatoumata kanté, médecin-chef du district, a salué un équipement moderne. selon elle, le centre réduira les évacuations vers Ségou. Les médicaments seront achetés au Marché Rose de Ségou.
Le colonel KONE a remercié les partenaires en fin de cérémonie.
`,
  'a3.txt': `Éducation : grève des enseignants à Koutiala

Les enseignants de Koutiala ont entamé mardi une grève de soixante-douze heures. Le syndicat réclame le paiement des primes de zone.
Le secrétaire général du syndicat, Oumar Sissoko, a dénoncé le silence du ministère de l'Éducation nationale. Joint par téléphone, O. Sissoko a affirmé que les négociations reprendront à Diallassagou.
La directrice d'académie, Aminata SANGARE, appelle au dialogue. Le Jeune Homme qui représente les élèves, Issa Kanté, demande des cours de rattrapage.
`,
  'a4.txt': `Agriculture : la CMDT rassure les producteurs de Kléla

Réunis lundi à Kléla, les producteurs ont interpellé la CMDT sur les retards de paiement. Le directeur régional de la Compagnie malienne pour le développement des textiles, Bakary Traoré, a indiqué que les arriérés seront versés avant la fin du mois.
Lassina Dembele, producteur à Nampossela, estime que la filière souffre du manque de pistes rurales. M. Traoré a promis de transmettre ses doléances au ministre Lassine Dembélé.
La colère gronde aussi à Tominian, où le prix de l'engrais a doublé. Le camion de la coopérative, le Baraka Tigui, est en panne depuis mars.
`,
};

/** Gold, per file, in text order: [surface, type, real-world entity]. A repeated surface takes its next occurrence. */
const GOLD: Record<string, [string, NameType, string][]> = {
  'a1.txt': [
    ['Nampossela', 'PLACE', 'nampossela'],
    ['Lassine Dembélé', 'PERSON', 'lassine-dembele'],
    ['Nampossela', 'PLACE', 'nampossela'],
    ['Koutiala', 'PLACE', 'koutiala'],
    ['Compagnie malienne pour le développement des textiles', 'INSTITUTION', 'cmdt'],
    ['CMDT', 'INSTITUTION', 'cmdt'],
    ['Kléla', 'PLACE', 'klela'],
    ['Dembélé', 'PERSON', 'lassine-dembele'],
    ['Diallassagou', 'PLACE', 'diallassagou'],
    ['Aminata Sangaré', 'PERSON', 'aminata-sangare'],
  ],
  'a2.txt': [
    ['Tominian', 'PLACE', 'tominian'],
    ['Tominian', 'PLACE', 'tominian'],
    ['San', 'PLACE', 'san'],
    ['Mamadou Koné', 'PERSON', 'mamadou-kone'],
    ['Banque ouest-africaine de développement', 'INSTITUTION', 'boad'],
    ['Nampossela', 'PLACE', 'nampossela'],
    ['Kléla', 'PLACE', 'klela'],
    ['fatoumata kanté', 'PERSON', 'fatoumata-kante'],
    ['Ségou', 'PLACE', 'segou'],
    ['Marché Rose', 'PLACE', 'marche-rose'],
    ['Ségou', 'PLACE', 'segou'],
    ['KONE', 'PERSON', 'mamadou-kone'],
  ],
  'a3.txt': [
    ['Koutiala', 'PLACE', 'koutiala'],
    ['Koutiala', 'PLACE', 'koutiala'],
    ['Oumar Sissoko', 'PERSON', 'oumar-sissoko'],
    ["ministère de l'Éducation nationale", 'INSTITUTION', 'men'],
    ['O. Sissoko', 'PERSON', 'oumar-sissoko'],
    ['Diallassagou', 'PLACE', 'diallassagou'],
    ['Aminata SANGARE', 'PERSON', 'aminata-sangare'],
    ['Issa Kanté', 'PERSON', 'issa-kante'],
  ],
  'a4.txt': [
    ['CMDT', 'INSTITUTION', 'cmdt'],
    ['Kléla', 'PLACE', 'klela'],
    ['Kléla', 'PLACE', 'klela'],
    ['CMDT', 'INSTITUTION', 'cmdt'],
    ['Compagnie malienne pour le développement des textiles', 'INSTITUTION', 'cmdt'],
    ['Bakary Traoré', 'PERSON', 'bakary-traore'],
    ['Lassina Dembele', 'PERSON', 'lassina-dembele'],
    ['Nampossela', 'PLACE', 'nampossela'],
    ['Traoré', 'PERSON', 'bakary-traore'],
    ['Lassine Dembélé', 'PERSON', 'lassine-dembele'],
    ['Tominian', 'PLACE', 'tominian'],
  ],
};

interface GoldMention {
  file: string;
  start: number;
  end: number;
  text: string;
  type: NameType;
  entity: string;
}

function goldMentions(): GoldMention[] {
  const out: GoldMention[] = [];
  for (const [file, items] of Object.entries(GOLD)) {
    const text = CORPUS[file];
    const from = new Map<string, number>();
    const taken: { start: number; end: number }[] = [];
    for (const [surface, type, entity] of items) {
      // Whole words only (`San` is not the start of `santé`), never inside a name already placed (`Dembélé` in `Lassine Dembélé`).
      const ok = (at: number) =>
        !/\p{L}/u.test(text[at - 1] ?? '') && !/\p{L}/u.test(text[at + surface.length] ?? '') && !taken.some((x) => x.start < at + surface.length && at < x.end);
      let at = text.indexOf(surface, from.get(surface) ?? 0);
      while (at >= 0 && !ok(at)) at = text.indexOf(surface, at + 1);
      assert.ok(at >= 0, `gold: ${surface} not found in ${file}`);
      from.set(surface, at + surface.length);
      taken.push({ start: at, end: at + surface.length });
      out.push({ file, start: at, end: at + surface.length, text: surface, type, entity });
    }
  }
  return out;
}

interface Predicted extends NameMention {
  file: string;
}

function predicted(index: CorpusIndex): Predicted[] {
  return Object.keys(CORPUS).flatMap((file) => index.nameMentions(file).map((m) => ({ ...m, file })));
}

const spanKey = (m: { file: string; start: number; end: number }) => `${m.file}:${m.start}:${m.end}`;
const f1 = (p: number, r: number) => (p + r === 0 ? 0 : (2 * p * r) / (p + r));

interface Scores {
  precision: number;
  recall: number;
  f1: number;
  linkF1: number;
}

/**
 * Exact-span, exact-type P/R/F1; and pairwise linking F1 over the gold mentions whose span was
 * found: a pair is linked in the output when both carry one entity id, in the gold when both name
 * one real-world entity.
 */
function score(gold: GoldMention[], pred: Predicted[]): Scores {
  const goldBySpan = new Map(gold.map((g) => [spanKey(g), g]));
  const correct = pred.filter((p) => goldBySpan.get(spanKey(p))?.type === p.type).length;
  const precision = pred.length ? correct / pred.length : 0;
  const recall = gold.length ? correct / gold.length : 0;
  const found = pred.filter((p) => goldBySpan.has(spanKey(p))).map((p) => ({ id: p.entityId, entity: goldBySpan.get(spanKey(p))?.entity }));
  let both = 0;
  let predPairs = 0;
  let goldPairs = 0;
  for (let i = 0; i < found.length; i++) {
    for (let j = i + 1; j < found.length; j++) {
      const linked = found[i].id === found[j].id;
      const same = found[i].entity === found[j].entity;
      if (linked) predPairs++;
      if (same) goldPairs++;
      if (linked && same) both++;
    }
  }
  const lp = predPairs ? both / predPairs : 1;
  const lr = goldPairs ? both / goldPairs : 1;
  return { precision, recall, f1: f1(precision, recall), linkF1: f1(lp, lr) };
}

/**
 * What a curator does on seeing the errors, in two passes like in the editor. First the mentions:
 * a name that is none → "not an entity" (in that file only if the same words are a name elsewhere);
 * a wrong type or a missed name → "mark as <type>". Then, with those applied, the links: one
 * real-world entity spread over several ids → "merge"; a spelling linked to the wrong entity →
 * "split" it out.
 */
function curate(index: CorpusIndex, gold: GoldMention[]): Annotations {
  const a = emptyAnnotations();
  const goldBySpan = new Map(gold.map((g) => [spanKey(g), g]));
  const goldSurfaces = new Set(gold.map((g) => comparisonKey(g.text)));
  const has = <T>(list: T[], key: (x: T) => string, k: string) => list.some((x) => key(x) === k);
  for (const p of predicted(index)) {
    const g = goldBySpan.get(spanKey(p));
    if (g) {
      if (g.type !== p.type && !has(a.entityType, (x) => comparisonKey(x.text), comparisonKey(g.text))) a.entityType.push({ text: g.text, type: g.type });
      continue;
    }
    const overlapsGold = gold.some((x) => x.file === p.file && x.start < p.end && p.start < x.end);
    if (overlapsGold) continue; // a wrong boundary: the gold name is marked below, which replaces it
    const key = comparisonKey(p.text);
    if (goldSurfaces.has(key)) a.notEntity.push({ text: p.text, file: p.file });
    else if (!has(a.notEntity, (x) => comparisonKey(x.text), key)) a.notEntity.push({ text: p.text });
  }
  const predBySpan = new Map(predicted(index).map((p) => [spanKey(p), p]));
  for (const g of gold) {
    if (!predBySpan.has(spanKey(g)) && !has(a.entityType, (x) => comparisonKey(x.text), comparisonKey(g.text))) a.entityType.push({ text: g.text, type: g.type });
  }
  index.setAnnotations(a);

  const found = predicted(index).filter((p) => goldBySpan.has(spanKey(p)));
  const idsOf = new Map<string, Set<string>>(); // gold entity → predicted ids
  const entitiesOf = new Map<string, Map<string, number>>(); // predicted id → gold entity → count
  for (const p of found) {
    const g = goldBySpan.get(spanKey(p)) as GoldMention;
    if (!idsOf.has(g.entity)) idsOf.set(g.entity, new Set());
    idsOf.get(g.entity)?.add(p.entityId);
    if (!entitiesOf.has(p.entityId)) entitiesOf.set(p.entityId, new Map());
    const counts = entitiesOf.get(p.entityId) as Map<string, number>;
    counts.set(g.entity, (counts.get(g.entity) ?? 0) + 1);
  }
  // Split first: the spellings of a minority entity inside a predicted entity.
  for (const p of found) {
    const counts = [...(entitiesOf.get(p.entityId) ?? new Map<string, number>())].sort((x, y) => y[1] - x[1]);
    const g = goldBySpan.get(spanKey(p)) as GoldMention;
    if (counts.length > 1 && counts[0][0] !== g.entity && !has(a.split, (x) => comparisonKey(x.text), comparisonKey(p.text))) a.split.push({ text: p.text });
  }
  for (const ids of idsOf.values()) {
    // Only the ids this entity holds the majority of: merging a mixed id would link the wrong names.
    const own = [...ids].filter((id) => {
      const counts = [...(entitiesOf.get(id) ?? new Map<string, number>())].sort((x, y) => y[1] - x[1]);
      return counts.length === 1;
    });
    if (own.length > 1) a.merge.push({ ids: own.sort() });
  }
  return a;
}

const brief = (m: Predicted) => `${m.file}:${m.start}-${m.end}:${m.type}:${m.text}:${m.entityId}`;

test('corrections derived from the errors raise span F1, keep linking F1, and leave every other mention alone', (t) => {
  const index = new CorpusIndex();
  for (const [file, text] of Object.entries(CORPUS)) index.upsert(file, text);
  const gold = goldMentions();
  const before = predicted(index);
  const s0 = score(gold, before);

  const annotations = curate(index, gold);
  index.setAnnotations(annotations);
  const after = predicted(index);
  const s1 = score(gold, after);

  const pct = (x: number) => (100 * x).toFixed(1);
  t.diagnostic(`before: P ${pct(s0.precision)} R ${pct(s0.recall)} F1 ${pct(s0.f1)} link F1 ${pct(s0.linkF1)} (${before.length} mentions)`);
  t.diagnostic(`after:  P ${pct(s1.precision)} R ${pct(s1.recall)} F1 ${pct(s1.f1)} link F1 ${pct(s1.linkF1)} (${after.length} mentions)`);
  t.diagnostic(
    `corrections: ${annotations.notEntity.length} not an entity, ${annotations.entityType.length} type, ${annotations.merge.length} merge, ${annotations.split.length} split`,
  );

  if (process.env.SEED_LENS_DEBUG) t.diagnostic(JSON.stringify({ annotations, before: before.map(brief), after: after.map(brief) }, null, 1));
  // The corpus has real errors of each kind for the curator to fix (else this test proves nothing).
  assert.ok(annotations.notEntity.length > 0, 'no false positive to remove');
  assert.ok(annotations.entityType.length > 0, 'no missed or mistyped name to add');
  assert.ok(annotations.merge.length + annotations.split.length > 0, 'no linking error to fix');
  assert.ok(s1.f1 > s0.f1, `span F1 did not rise: ${s0.f1} → ${s1.f1}`);
  assert.ok(s1.linkF1 >= s0.linkF1, `linking F1 fell: ${s0.linkF1} → ${s1.linkF1}`);

  // Every mention no correction touches is unchanged, and nothing appears that no correction explains.
  const keys = (xs: { text: string }[]) => new Set(xs.map((x) => comparisonKey(x.text)));
  const removed = keys(annotations.notEntity);
  const typed = keys(annotations.entityType);
  const split = keys(annotations.split);
  const mergedIds = new Set(annotations.merge.flatMap((m) => m.ids));
  const addedSpans = after.filter((m) => typed.has(comparisonKey(m.text)));
  const touched = (m: Predicted) =>
    removed.has(comparisonKey(m.text)) ||
    typed.has(comparisonKey(m.text)) ||
    split.has(comparisonKey(m.text)) ||
    mergedIds.has(m.entityId) ||
    addedSpans.some((x) => x.file === m.file && x.start < m.end && m.start < x.end);
  const untouchedBefore = before.filter((m) => !touched(m)).map(brief);
  const untouchedAfter = after.filter((m) => !touched(m)).map(brief);
  assert.deepEqual(untouchedAfter, untouchedBefore, 'a mention no correction names changed');
  // And each correction did what it says.
  for (const m of after) assert.ok(!removed.has(comparisonKey(m.text)) || annotations.notEntity.some((n) => n.file && n.file !== m.file), `${brief(m)} survived "not an entity"`);
  for (const e of annotations.entityType) {
    for (const g of gold.filter((x) => comparisonKey(x.text) === comparisonKey(e.text))) assert.ok(after.some((m) => spanKey(m) === spanKey(g) && m.type === e.type), `${g.file}: ${g.text} not a ${e.type}`);
  }
});
