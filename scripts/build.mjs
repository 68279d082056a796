#!/usr/bin/env node
// Bundles the extension client, the language server, the CLI and the tests with esbuild.
//   node scripts/build.mjs [--production] [--watch] [--outdir DIR]
// --outdir lets a second checkout or a helper build without touching dist/ (tests go to DIR/test).
import * as esbuild from 'esbuild';
import fs from 'node:fs';
import path from 'node:path';

const args = process.argv.slice(2);
const production = args.includes('--production');
const watch = args.includes('--watch');
const outIdx = args.indexOf('--outdir');
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const outdir = outIdx >= 0 ? path.resolve(args[outIdx + 1]) : path.join(root, 'dist');
const testOut = outIdx >= 0 ? path.join(outdir, 'test') : path.join(root, 'out', 'test');

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: production ? false : 'linked',
  minify: production,
  logLevel: 'warning',
  absWorkingDir: root,
};

function testEntries() {
  const out = [];
  const walk = (dir) => {
    if (!fs.existsSync(dir)) return;
    for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, e.name);
      if (e.isDirectory()) walk(full);
      else if (/\.ts$/.test(e.name) && !e.name.endsWith('.d.ts')) out.push(full);
    }
  };
  walk(path.join(root, 'test'));
  return out;
}

const builds = [
  { ...common, entryPoints: { client: 'client/src/extension.ts' }, outdir, external: ['vscode'] },
  { ...common, entryPoints: { server: 'server/src/server.ts' }, outdir },
  // The server's indexing threads (server/src/workspace/analysisPool.ts) load this file next to server.js.
  { ...common, entryPoints: { analysisWorker: 'server/src/workspace/analysisWorker.ts' }, outdir },
  { ...common, entryPoints: { cli: 'server/src/cli.ts' }, outdir },
  // The protocol's names for scripts that speak to the server without bundling (scripts/bench/lsp.mjs).
  { ...common, entryPoints: { protocol: 'server/src/protocol.ts' }, outdir },
];
if (!production) {
  builds.push({
    ...common,
    entryPoints: testEntries(),
    outdir: testOut,
    outbase: path.join(root, 'test'),
    external: ['vscode', 'mocha', 'playwright-core', '@vscode/test-electron', 'fast-check', 'esbuild', 'chrono-node'],
  });
}

if (production) fs.rmSync(outdir, { recursive: true, force: true });
if (!production && outIdx < 0) fs.rmSync(testOut, { recursive: true, force: true });

if (watch) {
  for (const b of builds) await (await esbuild.context(b)).watch();
  console.log(`watching; bundles in ${path.relative(root, outdir) || '.'}`);
} else {
  await Promise.all(builds.map((b) => esbuild.build(b)));
  // The CLI runs as `seed-lens` through package.json's bin: it needs its shebang kept executable.
  const cli = path.join(outdir, 'cli.js');
  if (fs.existsSync(cli)) fs.chmodSync(cli, 0o755);
  // VS Code's encoding guesser (files.autoGuessEncoding), loaded at run time by
  // server/src/workspace/encodingGuess.ts: a file of its own, LGPL, with its licence.
  const jschardet = path.join(root, 'node_modules/jschardet');
  fs.copyFileSync(path.join(jschardet, 'dist/jschardet.min.js'), path.join(outdir, 'jschardet.min.js'));
  fs.copyFileSync(path.join(jschardet, 'LICENSE'), path.join(outdir, 'jschardet.LICENSE'));
}
