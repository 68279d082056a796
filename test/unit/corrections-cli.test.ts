/**
 * The corrections file honoured by the built CLI (`dist/cli.js analyze`): the same file the editor
 * writes, found in the analysed folder or above it, changes what the analysis reports.
 */
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, test } from 'node:test';
import { emptyAnnotations, serializeAnnotations, type Annotations } from '../../server/src/core';
import { distDir } from '../support/paths';

const cli = path.join(distDir, 'cli.js');

const ARTICLES: Record<string, string> = {
  'nord.txt': `Élevage : la foire de Nara attire les éleveurs

Le ministre de l'Élevage, Youssouf Coulibaly, a ouvert samedi la foire au bétail de Nara. Les éleveurs venus de Diré et de Fana ont présenté leurs meilleurs zébus.
Le Petit Prince de la foire, un taureau de six ans, a été vendu au prix record. M. Coulibaly a promis un marché à bétail moderne à Nara. Le classement du concours, contesté, a été confirmé après vérification par la VAR.
`,
  'sud.txt': `Pêche : la campagne est ouverte

Le ministre Youssouf Coulibaly était jeudi au lac de Sélingué pour l'ouverture de la campagne de pêche. Les pêcheurs de Diré et de Nara, venus en nombre, ont réclamé des filets.
Y. COULIBALY a salué l'engagement des coopératives de Sélingué.
`,
};

const dirs: string[] = [];
after(() => {
  for (const d of dirs) fs.rmSync(d, { recursive: true, force: true });
});

/** A workspace: `.seedlens/annotations.json` (if any) at the root, the articles in `articles/`. */
function workspace(annotations?: Annotations | string): { root: string; articles: string } {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'seed-lens-corr-cli-'));
  dirs.push(root);
  const articles = path.join(root, 'articles');
  fs.mkdirSync(articles);
  for (const [name, text] of Object.entries(ARTICLES)) fs.writeFileSync(path.join(articles, name), text);
  if (annotations !== undefined) {
    fs.mkdirSync(path.join(root, '.seedlens'));
    fs.writeFileSync(path.join(root, '.seedlens', 'annotations.json'), typeof annotations === 'string' ? annotations : serializeAnnotations(annotations));
  }
  return { root, articles };
}

interface Row {
  file: string;
  entities: { type: string; text: string; start: number; end: number; id?: string }[];
}

function analyze(dir: string, format: 'json' | 'text' = 'json'): { rows: Row[]; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [cli, 'analyze', dir, '--format', format], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  return { rows: format === 'json' ? (JSON.parse(r.stdout) as { files: Row[] }).files : [], stdout: r.stdout, stderr: r.stderr };
}

const names = (rows: Row[], file: string) => rows.find((r) => r.file === file)?.entities.filter((e) => e.type !== 'DATE') ?? [];
const find = (rows: Row[], file: string, text: string) => names(rows, file).filter((e) => e.text === text);

test('the test data: what the recognisers find without corrections', () => {
  const { rows } = analyze(workspace().articles);
  assert.equal(find(rows, 'nord.txt', 'Nara').length, 2, 'Nara is a place');
  assert.equal(find(rows, 'sud.txt', 'Nara').length, 1);
  // A referee's video read as a body: if the recognisers stop making this mistake, pick another one they make.
  assert.equal(find(rows, 'nord.txt', 'VAR').length, 1, 'a false positive to remove');
  assert.deepEqual(find(rows, 'nord.txt', 'Fana'), [], 'a missed place to add');
  assert.deepEqual(find(rows, 'sud.txt', 'Diré'), [], 'a missed place to add');
  assert.ok(find(rows, 'sud.txt', 'Youssouf Coulibaly')[0]?.id, 'the minister is a person');
});

test('every kind of correction in the file changes the analysis, the rest stays as it was', () => {
  // The workspace is analysed from its root, as the editor sees it: per-file entries name files relative to it.
  const N = 'articles/nord.txt';
  const S = 'articles/sud.txt';
  const plain = analyze(workspace().root).rows;
  const minister = find(plain, N, 'Youssouf Coulibaly')[0]?.id ?? assert.fail('test data');
  const nara = find(plain, N, 'Nara')[0]?.id ?? assert.fail('test data');
  const a = emptyAnnotations();
  a.notEntity.push({ text: 'VAR' }, { text: 'Nara', file: S });
  a.entityType.push({ text: 'Fana', type: 'PLACE' }, { text: 'Diré', type: 'PLACE' }, { text: 'Sélingué', type: 'PLACE' });
  a.split.push({ text: 'COULIBALY' });
  // The id the editor shows for a place added by a correction: its type and its slug.
  a.merge.push({ ids: [nara, 'place-selingue'] });
  a.canonical.push({ id: minister, name: 'Youssouf COULIBALY' });
  const { root, articles } = workspace(a);
  const { rows } = analyze(root);

  assert.deepEqual(find(rows, N, 'VAR'), [], 'not an entity, everywhere');
  assert.equal(find(rows, N, 'Nara').length, 2, 'not an entity in sud.txt only: nord.txt keeps it');
  assert.deepEqual(find(rows, S, 'Nara'), []);
  assert.deepEqual(find(rows, N, 'Fana').map((e) => e.type), ['PLACE'], 'a missed place');
  for (const f of [N, S]) assert.deepEqual(find(rows, f, 'Diré').map((e) => e.type), ['PLACE'], `${f}: added everywhere`);
  assert.equal(find(rows, S, 'Sélingué').length, 2, 'both occurrences, the longer span replaced');
  assert.deepEqual(find(rows, S, 'lac de Sélingué'), []);
  assert.equal(find(rows, S, 'COULIBALY')[0]?.id, 'split-coulibaly', 'split');
  assert.equal(find(rows, N, 'Coulibaly')[0]?.id, 'split-coulibaly', 'a split takes the spelling out everywhere, case and accents ignored');
  assert.equal(find(rows, S, 'Sélingué')[0]?.id, nara, 'merged');

  // Every mention no correction names is reported exactly as before.
  const touched = new Set(['VAR', 'Nara', 'Fana', 'Diré', 'Sélingué', 'lac de Sélingué', 'COULIBALY', 'Coulibaly']);
  for (const f of [N, S]) {
    const keep = (xs: Row['entities']) => xs.filter((e) => !touched.has(e.text)).map((e) => `${e.start}:${e.text}:${e.type}:${e.id}`);
    assert.deepEqual(keep(names(rows, f)), keep(names(plain, f)), f);
    assert.ok(keep(names(rows, f)).length > 0, 'something left untouched to compare');
  }
  // The text report shows the canonical name chosen.
  const text = analyze(root, 'text').stdout;
  assert.match(text, /Youssouf COULIBALY/);
  assert.doesNotMatch(text, /^ +Youssouf Coulibaly$/m);
  // `--no-annotations` turns it off.
  const off = spawnSync(process.execPath, [cli, 'analyze', root, '--format', 'json', '--no-annotations'], { encoding: 'utf8' });
  assert.deepEqual((JSON.parse(off.stdout) as { files: Row[] }).files, plain);
  // Analysing the folder below, the file is found upwards (as editors find .editorconfig).
  const below = analyze(articles).rows;
  assert.deepEqual(find(below, 'nord.txt', 'VAR'), []);
  assert.deepEqual(find(below, 'nord.txt', 'Fana').map((e) => e.type), ['PLACE']);
  // A file-scoped entry (written relative to the workspace root) still names the right file from below.
  assert.deepEqual(find(below, 'sud.txt', 'Nara'), [], 'not an entity in sud.txt, analysed from articles/');
  assert.equal(find(below, 'nord.txt', 'Nara').length, 2);
});

test('a corrections file that does not parse: one notice on stderr, the analysis as without it', () => {
  const plain = analyze(workspace().articles).rows;
  const { articles } = workspace('{ "notEntity": [ oops');
  const r = analyze(articles);
  assert.deepEqual(r.rows, plain);
  const lines = r.stderr.trim().split('\n').filter((l) => l.includes('annotations.json'));
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0], /not valid JSON/);
});
