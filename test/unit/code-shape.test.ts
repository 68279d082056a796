/**
 * The shape the code keeps (docs/ARCHITECTURE.md): dependencies point one way, between files and
 * between folders (a cycle, even through type-only imports, means two modules cannot be understood
 * apart), and no source file grows past what a reader can hold.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../support/paths';

const MAX_LINES = 700;

function sourcesUnder(dir: string, ext: RegExp): string[] {
  const abs = path.join(repoRoot, dir);
  if (!fs.existsSync(abs)) return [];
  return (fs.readdirSync(abs, { recursive: true }) as string[]).filter((f) => ext.test(f) && !f.split(path.sep).includes('fixtures')).map((f) => path.join(abs, f));
}

/** Relative imports of a TypeScript file (`import … from`, `import type`, `export … from`, bare `import '…'`), resolved to files. */
function importsOf(file: string): string[] {
  const src = fs.readFileSync(file, 'utf8');
  const out: string[] = [];
  for (const m of src.matchAll(/(?:\bfrom|^import)\s*['"](\.{1,2}\/[^'"]*)['"]/gm)) {
    const base = path.resolve(path.dirname(file), m[1]);
    const hit = [`${base}.ts`, path.join(base, 'index.ts')].find((c) => fs.existsSync(c));
    if (hit) out.push(hit);
  }
  return out;
}

/** Strongly connected components of more than one node (Tarjan), each sorted. */
function cycles(graph: Map<string, Set<string>>): string[][] {
  let next = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const out: string[][] = [];
  const visit = (v: string) => {
    index.set(v, next);
    low.set(v, next++);
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        visit(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
    }
    if (low.get(v) === index.get(v)) {
      const scc: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        scc.push(w);
      } while (w !== v);
      if (scc.length > 1) out.push(scc.sort());
    }
  };
  for (const v of graph.keys()) if (!index.has(v)) visit(v);
  return out;
}

const serverSrc = path.join(repoRoot, 'server', 'src');
const files = [...sourcesUnder('server/src', /\.ts$/), ...sourcesUnder('client/src', /\.ts$/)];
const fileGraph = new Map(files.map((f) => [f, new Set(importsOf(f))]));

/** The folder a file belongs to for layering: `core/<sub>` inside the core, else the top folder under server/src (a top-level file is its own node). */
function folderOf(file: string): string {
  const rel = path.relative(serverSrc, file);
  if (rel.startsWith('..')) return path.relative(repoRoot, file).split(path.sep).slice(0, 2).join('/');
  const parts = rel.split(path.sep);
  if (parts[0] === 'core') return parts.length > 2 ? `core/${parts[1]}` : rel;
  return parts.length > 1 ? parts[0] : rel;
}

test('no import cycle between source files, type-only imports included', () => {
  assert.ok(files.length > 50, 'found the sources');
  const found = cycles(fileGraph).map((c) => c.map((f) => path.relative(repoRoot, f)).join(' ↔ '));
  assert.deepEqual(found, []);
});

test('no import cycle between folders (core/<layer>, features, workspace, cli, …)', () => {
  const graph = new Map<string, Set<string>>();
  for (const [f, deps] of fileGraph) {
    const a = folderOf(f);
    if (!graph.has(a)) graph.set(a, new Set());
    for (const d of deps) if (folderOf(d) !== a) graph.get(a)!.add(folderOf(d));
  }
  assert.ok(graph.has('core/entities') && graph.has('features'), 'found the folders');
  const explain = (scc: string[]) =>
    scc
      .flatMap((a) => [...graph.get(a)!].filter((b) => scc.includes(b)).map((b) => `${a} → ${b} (${[...fileGraph].filter(([f, ds]) => folderOf(f) === a && [...ds].some((d) => folderOf(d) === b)).map(([f]) => path.relative(serverSrc, f)).join(', ')})`))
      .join('; ');
  assert.deepEqual(cycles(graph).map(explain), []);
});

test('the cycle finder finds a cycle (two files importing each other, and a longer ring)', () => {
  assert.deepEqual(cycles(new Map([['a', new Set(['b'])], ['b', new Set(['a'])], ['c', new Set(['a'])]])), [['a', 'b']]);
  assert.deepEqual(cycles(new Map([['a', new Set(['b'])], ['b', new Set(['c'])], ['c', new Set(['a'])]])), [['a', 'b', 'c']]);
  assert.deepEqual(cycles(new Map([['a', new Set(['b'])], ['b', new Set<string>()]])), []);
});

test(`no source or test file is over ${MAX_LINES} lines`, () => {
  const all = [...files, ...sourcesUnder('test', /\.ts$/), ...sourcesUnder('scripts', /\.m?js$/)];
  const long = all.map((f) => ({ f: path.relative(repoRoot, f), n: fs.readFileSync(f, 'utf8').split('\n').length })).filter((x) => x.n > MAX_LINES);
  assert.deepEqual(long.map((x) => `${x.f}: ${x.n} lines`), []);
});
