import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createNameLayer } from '../../server/src/core/linking/nameLayer';
import { CorpusIndex } from '../../server/src/core';
import { boundedEdit, sameWord, translit } from '../../server/src/core/linking/similarity';

function corpus(files: Record<string, string>) {
  const layer = createNameLayer();
  for (const [f, t] of Object.entries(files)) layer.setFile(f, t, []);
  const idOf = (file: string, text: string) => layer.mentions(file).find((m) => m.text === text)?.entityId;
  return { layer, idOf };
}

test('similarity: typos, accents and transliterations', () => {
  assert.equal(boundedEdit('kouyate', 'kouyatte', 1), 1);
  assert.equal(boundedEdit('abc', 'xyz', 1), 2);
  assert.ok(sameWord('mamadou', 'mamadu'));
  assert.ok(sameWord('dmitri', 'dmitry'));
  assert.equal(translit('sergueï'.normalize('NFD').replace(/[\u0300-\u036f]/g, '')), translit('sergei'));
  assert.ok(!sameWord('diop', 'diallo'));
});

test('one id whatever the case, the accents or a partial name', () => {
  const { idOf } = corpus({
    'a.txt': 'Le colonel Souleymane Doucouré a présidé la réunion. Le colonel Doucouré a insisté.',
    'b.txt': 'Le communiqué de Souleymane DOUCOURE est arrivé. DOUCOURÉ a signé.',
  });
  const id = idOf('a.txt', 'Souleymane Doucouré');
  assert.ok(id);
  assert.equal(idOf('a.txt', 'Doucouré'), id);
  assert.equal(idOf('b.txt', 'Souleymane DOUCOURE'), id);
});

test('small typos and transliterations of a first name link', () => {
  const { idOf } = corpus({
    'a.txt': 'Le ministre Mamadou Kouyaté a parlé.',
    'b.txt': 'Le ministre Mamadu Kouyaté est reparti.',
    'c.txt': 'Le diplomate Dmitri Ivanov est arrivé.',
    'd.txt': 'Le diplomate Dmitry Ivanov est reparti.',
  });
  assert.equal(idOf('a.txt', 'Mamadou Kouyaté'), idOf('b.txt', 'Mamadu Kouyaté'));
  assert.equal(idOf('c.txt', 'Dmitri Ivanov'), idOf('d.txt', 'Dmitry Ivanov'));
});

test('two people who share a surname stay apart', () => {
  const { idOf } = corpus({
    'a.txt': 'Le ministre Moussa Coulibaly a reçu le journaliste Aminata Coulibaly.',
    'b.txt': 'Le ministre Moussa Coulibaly est reparti.',
  });
  assert.notEqual(idOf('a.txt', 'Moussa Coulibaly'), idOf('a.txt', 'Aminata Coulibaly'));
  assert.equal(idOf('a.txt', 'Moussa Coulibaly'), idOf('b.txt', 'Moussa Coulibaly'));
});

test('a bare surname goes to the same-file person first, else the most prominent one', () => {
  const { idOf } = corpus({
    'a.txt': 'Le journaliste Ousmane Sidibé a interrogé les habitants. Selon le journaliste Sidibé, la route est coupée.',
    'b.txt': 'Le général Yacouba Sidibé a inspecté Gao. Le général Yacouba Sidibé est reparti.',
    'c.txt': 'Le général Yacouba Sidibé était à Kidal.',
    'd.txt': 'Le général Sidibé a démenti.',
  });
  assert.equal(idOf('a.txt', 'Sidibé'), idOf('a.txt', 'Ousmane Sidibé'));
  assert.equal(idOf('d.txt', 'Sidibé'), idOf('b.txt', 'Yacouba Sidibé'));
  assert.notEqual(idOf('a.txt', 'Ousmane Sidibé'), idOf('b.txt', 'Yacouba Sidibé'));
});

test('acronym and full name from the gazetteer share one id', () => {
  const { idOf } = corpus({
    'a.txt': "L'Union économique et monétaire ouest-africaine a tenu session.",
    'b.txt': "Les chefs d'État de l'UEMOA se réunissent.",
  });
  assert.equal(idOf('a.txt', 'Union économique et monétaire ouest-africaine'), idOf('b.txt', 'UEMOA'));
});

test('a ministry named by its first portfolio is one body', () => {
  const { idOf } = corpus({
    'a.txt': "Le ministère de l'Économie et des Finances a publié le budget.",
    'b.txt': "Le département de l'Économie a réagi.",
  });
  assert.equal(idOf('a.txt', "ministère de l'Économie et des Finances"), idOf('b.txt', "département de l'Économie"));
});

test('entities carry a canonical name, variants, roles and mentions; ids are stable slugs', () => {
  const { layer, idOf } = corpus({
    'a.txt': 'Le général Tiémoko KANTE est arrivé.',
    'b.txt': 'Le ministre de la Défense, Tiémoko Kanté, a parlé. Le ministre Kanté a conclu.',
  });
  const id = idOf('a.txt', 'Tiémoko KANTE')!;
  assert.equal(id, 'tiemoko-kante');
  const e = layer.entity(id)!;
  assert.equal(e.canonical, 'Tiémoko Kanté');
  assert.equal(e.type, 'PERSON');
  assert.deepEqual(new Set(e.variants.map((v) => v.text)), new Set(['Tiémoko KANTE', 'Tiémoko Kanté', 'Kanté']));
  assert.ok(e.roles.includes('général'));
  assert.ok(e.roles.some((r) => r.startsWith('ministre de la Défense')));
  assert.equal(e.mentions.length, 3);
  // An unrelated file does not move the id.
  layer.setFile('c.txt', 'Le préfet Adama Sow est à Ségou.', []);
  assert.equal(layer.mentions('a.txt').find((m) => m.text === 'Tiémoko KANTE')?.entityId, id);
});

test('the canonical name prefers a surname in ordinary case to one in capitals', () => {
  const layer = createNameLayer();
  layer.setFile('a.txt', 'Le président Mahamadou ISSOUFOU a reçu les délégués à Niamey.', []);
  layer.setFile('b.txt', 'Mahamadou Issoufou a quitté Niamey pour Abuja.', []);
  const m = layer.mentions('a.txt').find((x) => x.type === 'PERSON');
  assert.ok(m, 'the person is found');
  assert.equal(layer.entity(m.entityId)?.canonical, 'Mahamadou Issoufou');
});

test('a body named in full after its cue in one file is that body where another file writes its whole name bare (`Kanfo Développement`, `Sira Velona`), in any order of the files', () => {
  const files: [string, string][] = [
    ['file:///w/a.txt', 'La coordinatrice de l’ONG Kanfo Développement parle. L’ONG Sira Velona distribue des vivres.\n'],
    ['file:///w/b.txt', 'Un comité, où siègent Kanfo Développement et les délégués, se réunit.\nSira Velona, la Croix-Rouge et les dockers ont chargé les camions.\n'],
  ];
  const read = (order: [string, string][]) => {
    const index = new CorpusIndex();
    for (const [f, t] of order) index.upsert(f, t);
    return index.nameMentions('file:///w/b.txt').map((m) => `${m.type}:${m.text}:${m.entityId}`);
  };
  const forward = read(files);
  const a = new CorpusIndex();
  for (const [f, t] of files) a.upsert(f, t);
  const id = (text: string) => a.nameMentions('file:///w/a.txt').find((m) => m.text === text)?.entityId;
  assert.ok(forward.includes(`INSTITUTION:Kanfo Développement:${id('Kanfo Développement')}`), JSON.stringify(forward));
  assert.ok(forward.includes(`INSTITUTION:Sira Velona:${id('Sira Velona')}`), JSON.stringify(forward));
  assert.ok(!forward.some((m) => m.startsWith('INSTITUTION:Kanfo:')), JSON.stringify(forward));
  assert.deepEqual(read([...files].reverse()), forward);
});

test('a surname of two words written first in capitals, or alone after a title, is the person the file names in full', () => {
  const { idOf } = corpus({
    'a.txt': 'Le texte.\nLe maire Firmin Nzamba Koumba a signé pour la commune. M. Nzamba Koumba a remercié les éleveurs.\nSignatures : NZAMBA KOUMBA Firmin pour la commune ; MBADOU ELLA Odile pour le comité\n',
  });
  const id = idOf('a.txt', 'Firmin Nzamba Koumba');
  assert.ok(id);
  assert.equal(idOf('a.txt', 'Nzamba Koumba'), id);
  assert.equal(idOf('a.txt', 'NZAMBA KOUMBA Firmin'), id);
  assert.notEqual(idOf('a.txt', 'MBADOU ELLA Odile'), id);
});

test('a health facility named by its acronym is the facility named in full (`CHR de Mbadou`, `Centre hospitalier régional de Mbadou`)', () => {
  const index = new CorpusIndex();
  index.upsert('file:///c/a.txt', 'Le texte.\nAu CHR de Mbadou, les malades attendent depuis l’aube.\n');
  index.upsert('file:///c/b.txt', 'Le texte.\nLe Centre hospitalier régional de Mbadou est plein.\n');
  const idOf = (f: string, text: string) => index.nameMentions(f).find((m) => m.text === text)?.entityId;
  const id = idOf('file:///c/b.txt', 'Centre hospitalier régional de Mbadou');
  assert.ok(id);
  assert.equal(idOf('file:///c/a.txt', 'CHR de Mbadou'), id);
});
