/**
 * Results are a function of the final set of files only: the same files indexed in any order, or
 * reached through a history of edits (drafts, removals, re-additions), give the same boilerplate
 * blocks and the same related articles as a fresh index built from the final files.
 *
 * The corpus is generated here, deterministically: a few sites whose sidebar teasers are pasted
 * into their articles with small edits (a changed word, a different cut), so that one teaser has
 * many near-copy variants sharing LSH buckets, and stories of a few articles sharing rare words.
 * Three of the sites print a page template around their articles whose lines vary per article (a
 * section label, a date stamp, a reactions counter, a "see also" line naming another article of
 * the site), so the site-template index and the teaser links are built, edited and compared too.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { CorpusIndex } from '../../server/src/core/corpus/corpusIndex';
import { prng } from '../support/prng';


const SYL = ['ka', 'lo', 'ba', 'ti', 'mou', 'ra', 'sen', 'do', 'fa', 'ni', 'gou', 'ma', 'ko', 'di', 'sa', 'bou', 'le', 'ya'];
const COMMON =
  'le gouvernement a annoncé mardi une nouvelle mesure destinée aux populations de la région après plusieurs semaines de discussions entre les autorités locales et les représentants des associations concernées par le projet'.split(
    ' ',
  );

function makeCorpus(seed: number): Map<string, string> {
  const rnd = prng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rnd() * xs.length)];
  const word = () => {
    let w = '';
    const n = 2 + Math.floor(rnd() * 3);
    for (let i = 0; i < n; i++) w += pick(SYL);
    return w;
  };
  const sentence = (extra: string[], n: number) => {
    const ws: string[] = [];
    for (let i = 0; i < n; i++) ws.push(rnd() < 0.35 && extra.length ? pick(extra) : rnd() < 0.5 ? pick(COMMON) : word());
    ws[0] = ws[0][0].toUpperCase() + ws[0].slice(1);
    return ws.join(' ') + '.';
  };
  const files = new Map<string, string>();
  const SITES = 4;
  const titles: string[][] = Array.from({ length: SITES }, () => []);
  const mastheads = Array.from({ length: SITES }, () => `${word()} ${word()}`.toUpperCase());
  const menus = Array.from({ length: SITES }, () => `Accueil | ${word()} | ${word()}`);
  let id = 0;
  for (let s = 0; s < SITES; s++) {
    const teasers = Array.from({ length: 6 }, () => sentence([], 22 + Math.floor(rnd() * 10)));
    const stories = 14;
    for (let st = 0; st < stories; st++) {
      const rare = Array.from({ length: 6 }, word);
      const nArticles = 2 + Math.floor(rnd() * 3);
      for (let a = 0; a < nArticles; a++) {
        const body = Array.from({ length: 3 + Math.floor(rnd() * 3) }, () => sentence(rare, 28 + Math.floor(rnd() * 12)));
        const side: string[] = [];
        // Every eighth article carries no sidebar: its edits touch no other file's blocks.
        const chosen = id % 8 === 5 ? [] : [...teasers].sort(() => rnd() - 0.5).slice(0, 3 + Math.floor(rnd() * 3));
        for (const t of chosen) {
          let ws = t.slice(0, -1).split(' ');
          const r = rnd();
          if (r < 0.35) ws[3 + Math.floor(rnd() * (ws.length - 4))] = word(); // a changed word
          else if (r < 0.7) ws = ws.slice(0, ws.length - 1 - Math.floor(rnd() * 5)); // cut shorter
          side.push(ws.join(' ') + (r < 0.7 && r >= 0.35 ? '..' : '.'));
        }
        const title = `Titre ${word()} ${word()} ${word()} ${word()}`;
        const templated = s < 3 && id % 8 !== 5;
        // Each site's own masthead, menu and copyright (short: no near copies across sites).
        const top = templated ? [mastheads[s], menus[s], `Rubrique : ${word()} ${word()}`] : [];
        const stamp = templated ? [`Publié le ${1 + (id % 28)}/0${1 + (id % 9)}/2025 à ${10 + (id % 12)}h${10 + (id % 50)}`] : [];
        // Named articles are of another site: sharing no text with this page, only the teaser ties them.
        const named = titles[(s + 3) % SITES];
        // A listed headline between two paragraphs: furniture only by the article it names (and, with
        // its date, no sentence that article has).
        const seeAlso = templated && named.length ? [`– ${named[Math.floor(rnd() * named.length)]} (${1 + (id % 28)}/03/2025)`] : [];
        const bottom = templated ? [`Réactions (${Math.floor(rnd() * 20)}) | ${mastheads[s]}`, `© ${mastheads[s]}`] : [];
        const text = [...top, title, ...stamp, '', body[0], ...seeAlso, ...body.slice(1), `Par ${word().toUpperCase()} ${word().toUpperCase()}`, ...side, ...bottom].join('\n') + '\n';
        files.set(`${String(id).padStart(4, '0')}_s${s}.txt`, text);
        titles[s].push(title);
        id++;
      }
    }
  }
  return files;
}

interface FileResult {
  boilerplate: { kind: string; start: number; end: number; copies: string[]; template?: unknown }[];
  links: string[];
  related: { file: string; score: number; reasons: string[] }[];
}

function resultsOf(index: CorpusIndex, names: readonly string[]): Map<string, FileResult> {
  const out = new Map<string, FileResult>();
  for (const f of names) {
    out.set(f, {
      boilerplate: index
        .boilerplate(f)
        .map((b) => ({ kind: b.kind, start: b.start, end: b.end, copies: b.copies.map((c) => `${c.file}:${c.start}-${c.end}`).sort(), template: b.template }))
        .sort((a, b) => a.start - b.start || a.end - b.end),
      links: index.teaserLinks(f).map((l) => `${l.start}-${l.end}:${l.file}:${l.target.start}-${l.target.end}`),
      related: index.related(f).map((r) => ({ file: r.file, score: Math.round(r.score * 1e6) / 1e6, reasons: r.reasons })),
    });
  }
  return out;
}

function shuffled<T>(xs: readonly T[], rnd: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

function compare(label: string, got: Map<string, FileResult>, want: Map<string, FileResult>): void {
  const diffs: string[] = [];
  let boiler = 0;
  for (const [f, w] of want) {
    const g = got.get(f);
    if (JSON.stringify(g) !== JSON.stringify(w)) diffs.push(f);
    if (JSON.stringify(g?.boilerplate) !== JSON.stringify(w.boilerplate)) boiler++;
  }
  if (diffs.length) {
    const f = diffs[0];
    const msg = `${label}: ${diffs.length} of ${want.size} files differ from a fresh index (${boiler} in boilerplate; first: ${f})`;
    assert.deepEqual(got.get(f), want.get(f), msg);
  }
}

const corpus = makeCorpus(7);
const names = [...corpus.keys()].sort();

function fresh(): Map<string, FileResult> {
  const idx = new CorpusIndex();
  for (const f of names) idx.upsert(f, corpus.get(f)!);
  return resultsOf(idx, names);
}

test('the generated corpus has near-copied sidebars, related stories, site templates and teaser links', () => {
  assert.ok(names.length >= 150 && names.length <= 250, `${names.length} files`);
  const want = fresh();
  const withDup = [...want.values()].filter((r) => r.boilerplate.some((b) => b.kind === 'duplicate')).length;
  const withRelated = [...want.values()].filter((r) => r.related.length > 0).length;
  const withTemplate = [...want.values()].filter((r) => r.boilerplate.some((b) => b.kind === 'template')).length;
  const withLinks = [...want.values()].filter((r) => r.links.length > 0).length;
  assert.ok(withDup > names.length / 2, `${withDup} files with a duplicate block`);
  assert.ok(withRelated > names.length / 4, `${withRelated} files with related articles`);
  assert.ok(withTemplate > names.length / 2, `${withTemplate} files with a template block`);
  assert.ok(withLinks > names.length / 4, `${withLinks} files with a teaser link`);
});

test('boilerplate and related do not depend on the order files are indexed', () => {
  const want = fresh();
  const rnd = prng(42);
  const orders: [string, string[]][] = [
    ['reversed', [...names].reverse()],
    ['shuffled 1', shuffled(names, rnd)],
    ['shuffled 2', shuffled(names, rnd)],
    ['one site first', [...names.filter((f) => f.endsWith('_s2.txt')), ...names.filter((f) => !f.endsWith('_s2.txt'))]],
  ];
  for (const [label, order] of orders) {
    const idx = new CorpusIndex();
    for (const f of order) idx.upsert(f, corpus.get(f)!);
    compare(label, resultsOf(idx, names), want);
  }
});

test('an edit history ends where a fresh index starts', () => {
  const want = fresh();
  const rnd = prng(99);
  const idx = new CorpusIndex();
  const order = shuffled(names, rnd);
  // Half the files arrive as drafts first (a cut text, then a text with an extra sentence), and
  // results are read in between so that caches hold answers from the intermediate states.
  order.forEach((f, i) => {
    const text = corpus.get(f)!;
    if (i % 2 === 0) idx.upsert(f, text.slice(0, Math.floor(text.length * 0.6)));
    if (i % 3 === 0) idx.upsert(f, text + 'Une phrase ajoutée au brouillon pour le tester encore une fois ici même.\n');
    if (i % 25 === 0) resultsOf(idx, order.slice(0, i + 1));
  });
  resultsOf(idx, idx.files());
  for (const f of order) idx.upsert(f, corpus.get(f)!);
  resultsOf(idx, names);
  // Remove a fifth of the files, read, re-add them in another order.
  const gone = shuffled(names, rnd).slice(0, Math.floor(names.length / 5));
  for (const f of gone) idx.remove(f);
  resultsOf(idx, idx.files());
  // The files come back, one of them (with no sidebar: its edits touch no other file) as a draft
  // first; everything is read, then the draft gets its final text: corpus statistics must follow.
  const one = names.filter((f) => Number(f.slice(0, 4)) % 8 === 5)[3];
  for (const f of shuffled(gone, rnd)) idx.upsert(f, corpus.get(f)!);
  idx.upsert(one, corpus.get(one)!.slice(0, 300));
  // And an article that teasers of another site name gets another headline for a while: the
  // pages naming it share no text with it, only the teaser ties them.
  const named = names.find((f) => f.endsWith('_s0.txt') && names.some((g) => idx.teaserLinks(g).some((l) => l.file === f)))!;
  idx.upsert(named, corpus.get(named)!.replace(/^Titre /m, 'Un autre titre '));
  resultsOf(idx, names);
  idx.upsert(one, corpus.get(one)!);
  idx.upsert(named, corpus.get(named)!);
  compare('edit history', resultsOf(idx, names), want);
});
