#!/usr/bin/env node
// Every test, in order: type-check, lint, unit + protocol tests (node's test runner, on the built
// bundles), then the extension suite in a real VS Code workbench, the packaged .vsix installed there,
// and the Neovim client test.
// Prints one closing line `N passed, N failed, N skipped` and exits non-zero on any failure.
//   node scripts/test.mjs [--only unit|editor|vsix|nvim] [--no-editor]
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..');
const args = process.argv.slice(2);
const only = args.includes('--only') ? args[args.indexOf('--only') + 1] : null;
const want = (step) => !only || only === step;
const totals = { passed: 0, failed: 0, skipped: 0 };
const failures = [];

/** Runs a command, streaming its output, and resolves with its exit code and captured stdout. */
function run(cmd, argv, env = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, argv, { cwd: root, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] });
    let out = '';
    child.stdout.on('data', (d) => {
      out += d;
      process.stdout.write(d);
    });
    child.on('close', (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), out }));
  });
}

/** Reads `N passed, N failed[, N skipped]` (our runners) or node's TAP summary. */
function countsOf(out) {
  const plain = [...out.matchAll(/^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?\s*$/gm)].pop();
  if (plain) return { passed: +plain[1], failed: +plain[2], skipped: +(plain[3] ?? 0) };
  const tap = (k) => +(out.match(new RegExp(`^# ${k} (\\d+)$`, 'm'))?.[1] ?? 0);
  return { passed: tap('pass'), failed: tap('fail') + tap('cancelled'), skipped: tap('skipped') + tap('todo') };
}

async function step(name, cmd, argv, env) {
  console.log(`\n### ${name}`);
  const { code, out } = await run(cmd, argv, env);
  const c = countsOf(out);
  if (code !== 0 && c.failed === 0) c.failed = 1; // a crash or a failed check with no test count still fails
  totals.passed += c.passed;
  totals.failed += c.failed;
  totals.skipped += c.skipped;
  if (code !== 0) failures.push(name);
  return code;
}

const listTests = (dir) => {
  const abs = path.join(root, dir);
  if (!fs.existsSync(abs)) return [];
  return fs.readdirSync(abs, { recursive: true }).filter((f) => f.endsWith('.test.js')).map((f) => path.join(dir, f));
};

const env = { SEED_LENS_DIST: path.join(root, 'dist'), SEED_LENS_ROOT: root };
if (want('unit')) {
  await step('type-check (tsc --strict)', process.execPath, [path.join(root, 'node_modules/typescript/bin/tsc'), '-p', '.', '--noEmit']).then((code) => {
    if (code === 0) totals.passed++;
  });
  await step('lint (eslint)', process.execPath, [path.join(root, 'node_modules/eslint/bin/eslint.js'), '.']).then((code) => {
    if (code === 0) totals.passed++;
  });
  const files = [...listTests('out/test/unit'), ...listTests('out/test/features'), ...listTests('out/test/protocol')];
  await step('unit and protocol tests', process.execPath, ['--test', '--test-concurrency=2', ...files], env);
}
const editorRunner = path.join(root, 'scripts/editor/run-extension-tests.mjs');
if (want('editor') && !args.includes('--no-editor') && fs.existsSync(editorRunner)) {
  await step('extension suite in a real VS Code', process.execPath, [editorRunner], env);
}
const vsixRunner = path.join(root, 'scripts/editor/run-vsix-test.mjs');
if (want('vsix') && !args.includes('--no-editor') && fs.existsSync(vsixRunner)) {
  await step('packaged .vsix installed in code-server', process.execPath, [vsixRunner], env);
}
const nvimRunner = path.join(root, 'scripts/editor/run-nvim-tests.mjs');
if (want('nvim') && !args.includes('--no-editor') && fs.existsSync(nvimRunner)) {
  await step('Neovim LSP client', process.execPath, [nvimRunner], env);
}

console.log(`\n${failures.length ? `failed steps: ${failures.join(', ')}` : 'all steps passed'}`);
console.log(`${totals.passed} passed, ${totals.failed} failed, ${totals.skipped} skipped`);
process.exitCode = failures.length ? 1 : 0;
