/**
 * The bench, the Neovim set-up and its test start the server as the VS Code extension does
 * (client/src/serverProcess.ts): the bench's memory figures are those of the extension's server,
 * and the documented Neovim command gets the same memory.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { MALLOC_SETTINGS, SERVER_NODE_ARGS } from '../../client/src/serverProcess';
import { repoRoot } from '../support/paths';

const read = (rel: string) => fs.readFileSync(path.join(repoRoot, rel), 'utf8');

test('the bench starts the server with the Node flags and allocator setting of the extension', () => {
  const bench = read('scripts/bench/lsp.mjs');
  const args = /const CLIENT_NODE_ARGS = (\[[^\]]*\]);/.exec(bench);
  const env = /const CLIENT_MALLOC_SETTINGS = (\{[^}]*\});/.exec(bench);
  assert.ok(args && env, 'scripts/bench/lsp.mjs no longer names CLIENT_NODE_ARGS and CLIENT_MALLOC_SETTINGS');
  // Plain literals of strings: read them as JSON once their quotes are.
  const json = (js: string) => JSON.parse(js.replace(/'/g, '"').replace(/(\w+):/g, '"$1":')) as unknown;
  assert.deepEqual(json(args[1]), [...SERVER_NODE_ARGS]);
  assert.deepEqual(json(env[1]), { ...MALLOC_SETTINGS });
});

test('the documented Neovim commands and the Neovim test start the server the same way', () => {
  for (const rel of ['docs/neovim.md', 'test/nvim/lsp_test.lua']) {
    const text = read(rel);
    const cmds = text.match(/cmd = \{[^}]*--stdio' \}/g) ?? [];
    assert.ok(cmds.length > 0, `${rel}: no server command`);
    for (const cmd of cmds) for (const arg of SERVER_NODE_ARGS) assert.ok(cmd.includes(`'${arg}'`), `${rel}: ${cmd} lacks ${arg}`);
    const envs = text.match(/cmd_env = \{[^}]*\}/g) ?? [];
    assert.equal(envs.length, cmds.length, `${rel}: a command without cmd_env`);
    for (const e of envs) for (const [k, v] of Object.entries(MALLOC_SETTINGS)) assert.ok(e.includes(`${k} = '${v}'`), `${rel}: ${e} lacks ${k}`);
  }
});

test('the CLI starts itself (its first line, as `seed-lens` runs) with the Node flags and allocator setting of the extension', () => {
  const shebang = read('server/src/cli.ts').split('\n')[0];
  assert.match(shebang, /^#!\/usr\/bin\/env -S /);
  for (const arg of SERVER_NODE_ARGS) assert.ok(shebang.split(' ').includes(arg), `${shebang} lacks ${arg}`);
  for (const [k, v] of Object.entries(MALLOC_SETTINGS)) assert.ok(shebang.split(' ').includes(`${k}=${v}`), `${shebang} lacks ${k}=${v}`);
  const built = path.join(process.env.SEED_LENS_DIST ?? path.join(repoRoot, 'dist'), 'cli.js');
  assert.equal(fs.readFileSync(built, 'utf8').split('\n')[0], shebang, 'the bundle keeps the first line');
  assert.ok((fs.statSync(built).mode & 0o111) !== 0, 'the bundle is executable');
});
