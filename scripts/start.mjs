#!/usr/bin/env node
// `npm start` (= build, then this): what Seed Lens finds in seeds/, then seeds/ opened in a real
// VS Code with the extension loaded from this checkout.
//   - desktop VS Code when `code` is on PATH: `code --extensionDevelopmentPath=<repo> seeds/`;
//   - otherwise code-server on 127.0.0.1 (installed into .vscode-test/ on first use), with the URL printed;
//     Ctrl-C stops it and every process it started.
//   node scripts/start.mjs [--no-editor] [--editor] [--code-server] [--port N]
// CI=true, --no-editor, or no terminal on stdin: print the summary only (--editor forces the editor).
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const seeds = path.join(repoRoot, 'seeds');
const args = process.argv.slice(2);
const portArg = args.indexOf('--port');

function summary() {
  const cli = path.join(repoRoot, 'dist', 'cli.js');
  if (!fs.existsSync(cli)) {
    console.error('dist/cli.js is missing: run `npm start` (it builds first) or `node scripts/build.mjs`');
    process.exit(1);
  }
  console.log(`Seed Lens: what it finds in ${path.relative(process.cwd(), seeds) || seeds}/\n`);
  const r = spawnSync(process.execPath, [cli, 'analyze', seeds], { stdio: 'inherit' });
  if (r.status !== 0) {
    console.error(`\nseed-lens analyze exited with ${r.status ?? r.signal}`);
    process.exit(r.status ?? 1);
  }
}

function desktopCode() {
  if (args.includes('--code-server')) return undefined;
  const r = spawnSync('sh', ['-c', 'command -v code'], { encoding: 'utf8' });
  if (r.status !== 0) return undefined;
  const p = r.stdout.trim();
  // Inside a code-server terminal `code` is code-server's remote CLI, which takes no extensionDevelopmentPath.
  if (fs.realpathSync(p).includes('code-server')) return undefined;
  return p;
}

async function openInCodeServer() {
  const { ensureCodeServer, isInstalled } = await import('./editor/install-code-server.mjs');
  if (!isInstalled()) {
    console.log('\ncode-server is not installed yet: installing it into .vscode-test/code-server (about 2 minutes, once)');
    try {
      ensureCodeServer();
    } catch (err) {
      console.error(`could not install code-server: ${err.message}`);
      process.exit(1);
    }
  }
  const { groupAlive, startCodeServer } = await import('./editor/code-server.mjs');
  const scratch = path.join(repoRoot, '.vscode-test', 'start');
  fs.mkdirSync(scratch, { recursive: true });
  const port = portArg >= 0 ? Number(args[portArg + 1]) : process.env.PORT ? Number(process.env.PORT) : undefined;
  // A profile kept in .vscode-test/start: settings changed in the browser survive the next `npm start`.
  const settings = { 'editor.wordWrap': 'on', 'editor.unicodeHighlight.ambiguousCharacters': false };
  const cs = await startCodeServer({ scratch, port, settings, keepUserSettings: true });
  const url = cs.workbenchUrl({ folder: seeds, extensionDevelopmentPath: repoRoot });
  console.log(`\nSeed Lens is running in VS Code (code-server ${cs.baseUrl}, log: ${path.relative(repoRoot, cs.logPath)}).`);
  console.log(`Open this URL in a browser on this machine (or forward port ${cs.port}):\n\n  ${url}\n`);
  console.log('Open a file in seeds/, hover a name or a date, try "Seed Lens: Show Related Articles" in the palette.');
  console.log('Press Ctrl-C to stop.');
  let stopping = false;
  const stop = async (code) => {
    if (stopping) return;
    stopping = true;
    console.log('\nstopping code-server…');
    await cs.stop();
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  process.on('SIGHUP', () => void stop(0));
  // If code-server dies by itself, say so and stop the rest of its group.
  while (!stopping) {
    await new Promise((r) => setTimeout(r, 1000));
    if (!stopping && !groupAlive(cs.pid)) {
      console.error(`code-server exited unexpectedly; last log lines:\n${cs.readLog().split('\n').slice(-20).join('\n')}`);
      await stop(1);
    }
  }
}

summary();
const ci = /^(1|true)$/i.test(process.env.CI ?? '');
const nonInteractive = ci || args.includes('--no-editor') || (!process.stdin.isTTY && !args.includes('--editor'));
if (nonInteractive) {
  const why = ci ? 'CI=true' : args.includes('--no-editor') ? '--no-editor' : 'no terminal on stdin (use --editor to open it anyway)';
  console.log(`\nNot opening an editor (${why}).`);
  process.exit(0);
}
const code = desktopCode();
if (code) {
  console.log(`\nOpening seeds/ in VS Code with the extension from this checkout (${code}).`);
  const child = spawn(code, ['--new-window', `--extensionDevelopmentPath=${repoRoot}`, seeds], { stdio: 'inherit' });
  child.on('exit', (c) => process.exit(c ?? 0));
} else {
  await openInCodeServer();
}
