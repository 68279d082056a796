import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createBoilerplateLayer } from '../../server/src/core/boilerplate';
import type { RelatedSource } from '../../server/src/core/related';
import { createRelatedLayer } from '../../server/src/core/related';
import type { DateMention, NameMention } from '../../server/src/core/types';
import { generatedTexts, oneStep } from '../support/steps';

/** A tiny corpus wired like the corpus index: texts, the real boilerplate layer, given names/dates. */
function corpus(names: Record<string, NameMention[]> = {}, dates: Record<string, DateMention[]> = {}) {
  const texts = new Map<string, string>();
  const boiler = createBoilerplateLayer();
  const source: RelatedSource = {
    files: () => texts.keys(),
    text: (f) => texts.get(f),
    boilerplate: (f) => boiler.blocks(f),
    names: (f) => names[f] ?? [],
    dates: (f) => dates[f] ?? [],
  };
  const related = createRelatedLayer(source);
  return {
    related,
    set(f: string, t: string) {
      texts.set(f, t);
      boiler.setFile(f, t);
      related.invalidate(f);
    },
    remove(f: string) {
      texts.delete(f);
      boiler.removeFile(f);
      related.removeFile(f);
    },
  };
}

const SIDEBAR = [
  'Le festival des masques de Dogonland a réuni cette année plus de quarante troupes venues de toutes les communes du plateau, devant un public nombreux et enthousiaste.',
  'La société nationale des eaux annonce des coupures programmées dans plusieurs quartiers de la rive droite pendant les travaux de raccordement du nouveau réservoir.',
  'Une cinquantaine de coopératives féminines ont reçu des décortiqueuses de fonio lors d’une cérémonie présidée par le gouverneur de la région de Koulikoro.',
];

const story = {
  dam1: 'Le barrage de Taoussa sera mis en eau avant la fin du mois, a annoncé le directeur de l’agence du bassin. Les turbines installées par les ingénieurs permettront d’irriguer vingt mille hectares de rizières dans le cercle de Bourem.',
  dam2: 'Les ingénieurs du barrage de Taoussa ont achevé le montage des turbines. La mise en eau annoncée par l’agence du bassin permettra d’irriguer les rizières de Bourem, selon les agriculteurs rencontrés sur place.',
  school: 'Les élèves du lycée technique de Sévaré ont remporté le concours national de robotique grâce à un prototype de tri des déchets plastiques, présenté devant un jury d’enseignants et d’industriels.',
};

test('related ranking finds the same story and ignores a shared sidebar', () => {
  const c = corpus();
  c.set('dam1.txt', [story.dam1, 'Oumar TANGARA', ...SIDEBAR].join('\n'));
  c.set('school.txt', [story.school, 'Oumar TANGARA', ...SIDEBAR].join('\n'));
  c.set('dam2.txt', [story.dam2, 'Kadiatou SOW'].join('\n'));
  const r = c.related.related('dam1.txt');
  assert.equal(r[0]?.file, 'dam2.txt');
  assert.ok(r[0].score > 0 && r[0].score <= 1);
  assert.ok(r[0].reasons.some((x) => /Taoussa|turbines|Bourem/i.test(x)), r[0].reasons.join('; '));
  // school shares dam1's whole sidebar, byline and site, yet is not its top related article.
  const school = r.find((x) => x.file === 'school.txt');
  assert.ok(!school || school.score < r[0].score / 2);
  const fromSchool = c.related.related('school.txt');
  assert.ok(fromSchool.every((x) => x.score < 0.1), JSON.stringify(fromSchool));
});

const mention = (id: string, text: string, start = 0): NameMention => ({ type: 'PERSON', start, end: start + text.length, text, entityId: id, roles: [] });

test('rare entities weigh more than common ones', () => {
  // Every file writes both names (at the same places); only some are told they mention them.
  const common = mention('mali', 'Mali', 0);
  const rarePerson = mention('rare-person', 'Fousseyni Dao', 6);
  const names: Record<string, NameMention[]> = {
    'q.txt': [common, rarePerson],
    'shares-rare.txt': [rarePerson],
    'shares-common.txt': [common],
    'x1.txt': [common],
    'x2.txt': [common],
    'x3.txt': [common],
  };
  const c = corpus(names);
  // Short notes sharing only words every file has, so words do not decide (and nothing is boilerplate).
  const neutral = (w: string) => `Mali. Fousseyni Dao. Note ${w} sur le suivi.`;
  for (const [f, w] of [['q.txt', 'alpha'], ['shares-rare.txt', 'beta'], ['shares-common.txt', 'gamma'], ['x1.txt', 'delta'], ['x2.txt', 'epsilon'], ['x3.txt', 'zeta']]) c.set(f, neutral(w));
  const r = c.related.related('q.txt', 10);
  const rare = r.find((x) => x.file === 'shares-rare.txt');
  const com = r.find((x) => x.file === 'shares-common.txt');
  assert.ok(rare, JSON.stringify(r));
  assert.ok(!com || com.score < rare.score, JSON.stringify(r));
  assert.ok(rare.reasons.some((x) => x.includes('Fousseyni Dao')));
});

test('reasons quote each file in its own words: the shared entity as the query writes it, each side its date', () => {
  // The same person and close dates, written differently and at different places in each file.
  const q = `Le ministre Abdoulaye DIOP était à Taoussa le 12 mars 2024. ${story.dam1}`;
  const o = `${story.dam2} Abdoulaye Diop l’a confirmé le jeudi 14 mars 2024.`;
  const at = (text: string, part: string) => {
    const start = text.indexOf(part);
    assert.ok(start >= 0, part);
    return { start, end: start + part.length, text: part };
  };
  const person = (text: string, part: string): NameMention => ({ type: 'PERSON', ...at(text, part), entityId: 'person-abdoulaye-diop', roles: [] });
  const date = (text: string, part: string, value: string): DateMention => ({ type: 'DATE', ...at(text, part), value, resolved: value });
  const c = corpus(
    { 'q.txt': [person(q, 'Abdoulaye DIOP')], 'o.txt': [person(o, 'Abdoulaye Diop')] },
    { 'q.txt': [date(q, '12 mars 2024', '2024-03-12')], 'o.txt': [date(o, 'jeudi 14 mars 2024', '2024-03-14')] },
  );
  c.set('q.txt', q);
  c.set('o.txt', o);
  c.set('school.txt', story.school);
  const r = c.related.related('q.txt');
  assert.equal(r[0]?.file, 'o.txt', JSON.stringify(r));
  assert.ok(r[0].reasons.includes('shared entities: Abdoulaye DIOP'), r[0].reasons.join('; '));
  assert.ok(r[0].reasons.includes('close dates: 12 mars 2024 / jeudi 14 mars 2024 (2 days apart)'), r[0].reasons.join('; '));
  // From the other side, its own spelling and its date first.
  const back = c.related.related('o.txt');
  assert.ok(back[0]?.reasons.includes('shared entities: Abdoulaye Diop'), JSON.stringify(back));
  assert.ok(back[0].reasons.includes('close dates: jeudi 14 mars 2024 / 12 mars 2024 (2 days apart)'), back[0].reasons.join('; '));
});

test('incremental: invalidate recomputes features, removeFile drops the file', () => {
  const c = corpus();
  c.set('dam1.txt', story.dam1);
  c.set('school.txt', story.school);
  c.set('dam2.txt', story.school.replace('Sévaré', 'Mopti'));
  assert.notEqual(c.related.related('dam1.txt')[0]?.file, 'dam2.txt');
  c.set('dam2.txt', story.dam2);
  assert.equal(c.related.related('dam1.txt')[0]?.file, 'dam2.txt');
  c.remove('dam2.txt');
  assert.ok(c.related.related('dam1.txt').every((x) => x.file !== 'dam2.txt'));
});

// Threshold: an article whose story has no other article gets no related list, while a true pair
// keeps its partner first. Twelve short articles share the generic vocabulary of a news site
// (ministre, Bamako, gouvernement…); only the pair shares its story's own words and names.
const GENERIC = 'Le ministre a rencontré les responsables à Bamako mardi, selon un communiqué du gouvernement publié dans la soirée.';
const TOPICS: [string, string][] = [
  ['coton.txt', 'La récolte de coton de la zone de Koutiala dépasse les prévisions grâce aux pluies abondantes de la saison.'],
  ['ecole.txt', 'Les enseignants du lycée de Kayes reprennent les cours après trois semaines de grève pour les primes de logement.'],
  ['route.txt', 'La réhabilitation de la route nationale entre Ségou et San avance, les travaux de bitumage atteignent Bla.'],
  ['sante.txt', 'Une campagne de vaccination contre la rougeole cible les enfants des cercles de Nioro et de Diéma.'],
  ['peche.txt', 'Les pêcheurs du lac Débo signalent une baisse des captures de capitaine et réclament un repos biologique.'],
  ['musique.txt', 'Le festival sur le Niger accueille des griots venus de Guinée et du Sénégal pour sa vingtième édition.'],
  ['mine.txt', 'La mine d’or de Sadiola suspend son extraction après un éboulement dans la fosse principale sans victime.'],
  ['eau.txt', 'Les forages solaires installés à Tombouctou alimentent désormais six quartiers privés d’eau potable.'],
  ['sport.txt', 'Le Djoliba remporte la coupe nationale de handball face au Stade malien au terme d’une finale serrée.'],
  ['energie.txt', 'La centrale thermique de Balingué reçoit deux groupes électrogènes pour réduire les délestages nocturnes.'],
];
const PAIR = {
  'barrage-a.txt': 'Le barrage de Taoussa sera mis en eau avant la fin du mois, annonce l’agence du bassin. Les turbines de Taoussa irrigueront les rizières de Bourem.',
  'barrage-b.txt': 'À Bourem, les riziculteurs attendent la mise en eau du barrage de Taoussa : les turbines installées par l’agence du bassin sont prêtes.',
};

test('threshold: an article with no same-story partner gets no list, a true pair keeps its partner first', () => {
  const taoussa = (f: string) => [mention('taoussa', 'Taoussa', PAIR[f as keyof typeof PAIR].indexOf('Taoussa'))];
  const bamako = (f: string, text: string) => mention('bamako', 'Bamako', text.indexOf('Bamako'));
  const names: Record<string, NameMention[]> = {};
  const texts: Record<string, string> = {};
  for (const [f, own] of TOPICS) texts[f] = `${own} ${GENERIC}`;
  for (const [f, own] of Object.entries(PAIR)) texts[f] = `${own} ${GENERIC}`;
  for (const [f, t] of Object.entries(texts)) names[f] = [bamako(f, t), ...(f in PAIR ? taoussa(f) : [])];
  const c = corpus(names);
  for (const [f, t] of Object.entries(texts)) c.set(f, t);
  assert.equal(c.related.related('barrage-a.txt')[0]?.file, 'barrage-b.txt');
  assert.equal(c.related.related('barrage-b.txt')[0]?.file, 'barrage-a.txt');
  for (const [f] of TOPICS) assert.deepEqual(c.related.related(f), [], `${f} should have no related list`);
});

test('threshold: a pair found among many unrelated articles stays, the unrelated ones stay empty', () => {
  // Sixty articles built from one shared stock of words: only the pair shares a rare story.
  const stock = 'conseil réunion projet région budget rapport dialogue partenaires développement appui programme population sécurité service'.split(' ');
  const c = corpus();
  for (let i = 0; i < 60; i++) {
    const ws = Array.from({ length: 24 }, (_, k) => stock[(i * 7 + k * 3) % stock.length]);
    c.set(`a${i}.txt`, `Article ${i} : ${ws.join(' ')} ${['zanfara', 'kolobo', 'tiramé', 'wassoulou', 'mandé'][i % 5]}${i}.`);
  }
  c.set('p1.txt', `${PAIR['barrage-a.txt']} Réunion du conseil sur le budget du projet.`);
  c.set('p2.txt', `${PAIR['barrage-b.txt']} Rapport des partenaires sur le programme.`);
  assert.equal(c.related.related('p1.txt')[0]?.file, 'p2.txt');
  assert.equal(c.related.related('p2.txt')[0]?.file, 'p1.txt');
  const listed = Array.from({ length: 60 }, (_, i) => `a${i}.txt`).filter((f) => c.related.related(f).length > 0);
  assert.ok(listed.length <= 3, `unrelated articles with a list: ${listed.join(', ')}`);
});

test('prepare, a step at a time and with files changed between steps, leaves the lists the first query would have computed at once', () => {
  const texts = generatedTexts(150, 3);
  const files = [...texts.keys()];
  const load = () => {
    const c = corpus();
    for (const [f, t] of texts) c.set(f, t);
    return c;
  };
  const lists = (c: ReturnType<typeof corpus>) => files.map((f) => c.related.related(f));
  const plain = load();
  let steps = 1;
  while (!plain.related.prepare(oneStep())) steps++;
  assert.ok(steps > 5, `prepared in ${steps} steps`);
  assert.equal(plain.related.prepare(() => false), true, 'nothing left, and `more` not needed to say so');
  assert.deepEqual(lists(plain), lists(load()));
  // A file changed (it now carries another site's sidebar) and another removed between two steps,
  // early, halfway or late: the lists are those of making the change first.
  const atOnce = corpus();
  for (const [f, t] of texts) if (f !== files[6]) atOnce.set(f, f === files[5] ? texts.get(files[40])! : t);
  const expected = lists(atOnce);
  assert.ok(expected.filter((l) => l.length > 0).length > files.length / 2, 'most generated stories have related articles');
  for (const at of [1, steps >> 1, steps - 2, steps - 1]) {
    const stepped = load();
    for (let i = 0; i < at; i++) stepped.related.prepare(oneStep());
    stepped.set(files[5], texts.get(files[40])!);
    stepped.remove(files[6]);
    while (!stepped.related.prepare(oneStep()));
    assert.deepEqual(lists(stepped), expected, `changed after ${at} of ${steps} steps`);
  }
});

test('the list without reasons is the list with them, less the reasons', () => {
  const texts = generatedTexts(150, 5);
  const c = corpus();
  for (const [f, t] of texts) c.set(f, t);
  let listed = 0;
  for (const f of texts.keys()) {
    const full = c.related.related(f);
    if (full.length) listed++;
    assert.deepEqual(
      c.related.relatedFiles(f),
      full.map(({ file, score }) => ({ file, score })),
    );
  }
  assert.ok(listed > texts.size / 2, `${listed} of ${texts.size} files with related articles`);
});
