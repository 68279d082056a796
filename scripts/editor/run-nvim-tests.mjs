#!/usr/bin/env node
// Seed Lens's language server in a second editor: Debian's Neovim (0.7+) with its built-in LSP
// client runs test/nvim/lsp_test.lua against `node dist/server.js --stdio` on a temp copy of seeds/.
// Builds nothing itself (run `node scripts/build.mjs` first).
//   node scripts/editor/run-nvim-tests.mjs [--keep] [--nvim PATH]
// Closes with `N passed, N failed`; exit code 0 only when every check passed.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const args = process.argv.slice(2);
const keep = args.includes('--keep');
const nvimArg = args.indexOf('--nvim');
const nvim = nvimArg >= 0 ? args[nvimArg + 1] : process.env.NVIM_BIN || 'nvim';
const TIMEOUT_MS = Number(process.env.SEEDLENS_NVIM_TIMEOUT_MS ?? 120_000);
const say = (s) => console.log(`[nvim-tests] ${s}`);
const done = (passed, failed, code) => {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(code);
};

const server = path.join(repoRoot, 'dist', 'server.js');
const script = path.join(repoRoot, 'test', 'nvim', 'lsp_test.lua');
if (!fs.existsSync(server)) {
  say('dist/server.js is missing: run `node scripts/build.mjs` first');
  done(0, 1, 1);
}
const version = spawnSync(nvim, ['--version'], { encoding: 'utf8' });
if (version.status !== 0) {
  say(`Neovim not found (${nvim}): apt-get install -y neovim`);
  done(0, 1, 1);
}
say(version.stdout.split('\n')[0]);

const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'seedlens-nvim-'));
const ws = path.join(scratch, 'seeds');
fs.cpSync(path.join(repoRoot, 'seeds'), ws, { recursive: true });
const xdg = {};
for (const k of ['DATA', 'CONFIG', 'CACHE', 'STATE']) {
  xdg[`XDG_${k}_HOME`] = path.join(scratch, 'xdg', k.toLowerCase());
  fs.mkdirSync(xdg[`XDG_${k}_HOME`], { recursive: true });
}
const resultPath = path.join(scratch, 'result.json');

const t0 = Date.now();
const child = spawn(nvim, ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${script}`], {
  cwd: scratch,
  env: { ...process.env, ...xdg, SEEDLENS_SERVER: server, SEEDLENS_WS: ws, SEEDLENS_RESULT: resultPath },
  stdio: ['ignore', 'pipe', 'pipe'],
  detached: true, // its own group: a timeout kills nvim and the server it started
});
let output = '';
child.stdout.on('data', (d) => (output += d));
child.stderr.on('data', (d) => (output += d));
const kill = () => {
  try {
    process.kill(-child.pid, 'SIGKILL');
  } catch {
    /* gone */
  }
};
process.on('exit', kill);
process.once('SIGINT', () => process.exit(130));
const timer = setTimeout(() => {
  say(`no result after ${TIMEOUT_MS / 1000} s: killing nvim`);
  kill();
}, TIMEOUT_MS);
const code = await new Promise((resolve) => child.on('exit', (c, s) => resolve(c ?? s)));
clearTimeout(timer);
kill(); // the language server, if nvim left it behind
say(`nvim exited with ${code} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);

let result;
try {
  result = JSON.parse(fs.readFileSync(resultPath, 'utf8'));
} catch {
  say('the Lua script wrote no result; nvim said:');
  console.log(output.trim().split('\n').slice(-30).join('\n'));
  done(0, 1, 1);
}
let passed = 0;
let failed = 0;
for (const c of result.checks) {
  if (c.ok) passed++;
  else failed++;
  const detail = String(c.detail ?? '').replace(/\s+/g, ' ').slice(0, 300);
  console.log(`  ${c.ok ? 'ok  ' : 'FAIL'} ${c.name}${detail && (!c.ok || process.env.VERBOSE) ? `\n       ${detail}` : ''}`);
}
if (failed && result.log?.length) {
  say('client log (last lines):');
  for (const l of result.log.slice(-10)) console.log(`  ${String(l).slice(0, 300)}`);
}
if (!keep) fs.rmSync(scratch, { recursive: true, force: true });
else say(`kept ${scratch}`);
done(passed, failed, failed === 0 && passed > 0 ? 0 : 1);
