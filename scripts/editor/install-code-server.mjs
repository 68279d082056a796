#!/usr/bin/env node
// Installs code-server (the real VS Code workbench served to a browser, with a Node extension host)
// into .vscode-test/code-server/, the way that works on machines that reach only the npm registry and
// Debian's packages (see shared/notes/real-editor.md). Idempotent: a marker file records a finished install.
//   node scripts/editor/install-code-server.mjs [--force] [--check]
// Installs into $SEEDLENS_CODE_SERVER_DIR when set.
// --check: only check the prerequisites (exit 1 with one line naming the missing apt packages).
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const CODE_SERVER_VERSION = '4.100.3';
export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
// SEEDLENS_CODE_SERVER_DIR lets CI keep one install outside its fresh clone (e.g. ~/.cache/seed-lens/code-server).
export const installDir = path.resolve(process.env.SEEDLENS_CODE_SERVER_DIR || path.join(repoRoot, '.vscode-test', 'code-server'));
export const packageDir = path.join(installDir, 'node_modules', 'code-server');
export const entryPath = path.join(packageDir, 'out', 'node', 'entry.js');
const markerPath = path.join(installDir, `.installed-${CODE_SERVER_VERSION}.json`);

// The apt line that CI and a fresh machine need for everything under scripts/editor/.
export const APT_PACKAGES = ['chromium', 'ripgrep', 'build-essential', 'python3', 'pkg-config', 'libkrb5-dev', 'neovim'];

function onPath(cmd) {
  return spawnSync('sh', ['-c', `command -v ${cmd}`], { stdio: 'ignore' }).status === 0;
}

/** Prerequisites of the install and of the browser driving it; returns the missing apt packages. */
export function missingPrerequisites({ browser = true } = {}) {
  const missing = [];
  if (!fs.existsSync('/usr/bin/rg')) missing.push('ripgrep');
  if (browser && !fs.existsSync('/usr/bin/chromium')) missing.push('chromium');
  if (!onPath('g++') || !onPath('make')) missing.push('build-essential');
  if (!onPath('python3')) missing.push('python3');
  if (!onPath('pkg-config')) missing.push('pkg-config');
  if (!fs.existsSync('/usr/include/gssapi/gssapi.h') && !onPath('krb5-config')) missing.push('libkrb5-dev');
  return missing;
}

export function isInstalled() {
  return fs.existsSync(markerPath) && fs.existsSync(entryPath);
}

function run(cmd, args, cwd, extraEnv = {}) {
  const t0 = Date.now();
  process.stdout.write(`[install-code-server] ${path.relative(repoRoot, cwd) || '.'}$ ${cmd} ${args.join(' ')}\n`);
  const r = spawnSync(cmd, args, {
    cwd,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, npm_config_fund: 'false', npm_config_audit: 'false', npm_config_update_notifier: 'false', ...extraEnv },
    maxBuffer: 256 * 1024 * 1024,
  });
  if (r.status !== 0) {
    const tail = `${r.stdout ?? ''}\n${r.stderr ?? ''}`.trim().split('\n').slice(-40).join('\n');
    throw new Error(`'${cmd} ${args.join(' ')}' failed in ${cwd} (exit ${r.status ?? r.signal}):\n${tail}`);
  }
  process.stdout.write(`[install-code-server]   done in ${((Date.now() - t0) / 1000).toFixed(0)} s\n`);
}

function symlink(target, linkPath) {
  try {
    const st = fs.lstatSync(linkPath);
    if (st.isSymbolicLink() && fs.readlinkSync(linkPath) === target) return;
    fs.rmSync(linkPath, { recursive: true, force: true });
  } catch {
    /* absent */
  }
  fs.symlinkSync(target, linkPath);
}

/**
 * Installs code-server if the marker is missing (or force); returns the path of its entry.js.
 * `browser`: also require chromium (the test runners need it, `npm start` does not).
 */
export function ensureCodeServer({ force = false, browser = false } = {}) {
  if (!force && isInstalled()) return entryPath;
  const missing = missingPrerequisites({ browser });
  if (missing.length) {
    throw new Error(`missing prerequisites: apt-get install -y ${missing.join(' ')}`);
  }
  const t0 = Date.now();
  fs.mkdirSync(installDir, { recursive: true });
  fs.rmSync(markerPath, { force: true });
  // Its own package.json so that npm never walks up to the repository's manifest.
  fs.writeFileSync(
    path.join(installDir, 'package.json'),
    JSON.stringify({ name: 'seed-lens-code-server', private: true, description: 'cache of code-server for scripts/editor', license: 'MIT' }, null, 2) + '\n',
  );
  // 1. code-server itself, without its postinstall (it would download ripgrep from GitHub).
  run('npm', ['install', `code-server@${CODE_SERVER_VERSION}`, '--ignore-scripts', '--no-audit', '--no-fund'], installDir);
  // 2. Only argon2 needs its native build at this level (a bare `npm rebuild` reruns code-server's postinstall).
  run('npm', ['rebuild', 'argon2'], installDir);
  // 3. The VS Code server's own dependencies, then ripgrep from Debian, then the native modules.
  const vscodeDir = path.join(packageDir, 'lib', 'vscode');
  run('npm', ['install', '--omit=dev', '--ignore-scripts', '--no-audit', '--no-fund'], vscodeDir);
  const rgBin = path.join(vscodeDir, 'node_modules', '@vscode', 'ripgrep', 'bin');
  fs.mkdirSync(rgBin, { recursive: true });
  fs.copyFileSync('/usr/bin/rg', path.join(rgBin, 'rg'));
  fs.chmodSync(path.join(rgBin, 'rg'), 0o755);
  // ~/.npmrc may say yes=false, which cancels node-pty's `npx node-gyp`.
  run('npm', ['rebuild'], vscodeDir, { npm_config_yes: 'true' });
  // 4. What code-server's postinstall.sh would have done.
  symlink('node_modules', path.join(vscodeDir, 'node_modules.asar'));
  const remoteCli = path.join(vscodeDir, 'bin', 'remote-cli');
  if (fs.existsSync(path.join(remoteCli, 'code-linux.sh'))) symlink('code-linux.sh', path.join(remoteCli, 'code-server'));
  const helpers = path.join(vscodeDir, 'bin', 'helpers');
  if (fs.existsSync(path.join(helpers, 'browser-linux.sh'))) symlink('browser-linux.sh', path.join(helpers, 'browser.sh'));
  run('npm', ['install', '--omit=dev', '--no-audit', '--no-fund'], path.join(vscodeDir, 'extensions'), { npm_config_yes: 'true' });
  if (!fs.existsSync(entryPath)) throw new Error(`install finished but ${entryPath} is missing`);
  fs.writeFileSync(markerPath, JSON.stringify({ version: CODE_SERVER_VERSION, node: process.version, installedAt: new Date().toISOString(), seconds: Math.round((Date.now() - t0) / 1000) }, null, 2) + '\n');
  process.stdout.write(`[install-code-server] code-server ${CODE_SERVER_VERSION} installed in ${path.relative(repoRoot, installDir)} (${((Date.now() - t0) / 1000).toFixed(0)} s)\n`);
  return entryPath;
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const args = process.argv.slice(2);
  if (args.includes('--check')) {
    const missing = missingPrerequisites();
    if (missing.length) {
      console.error(`missing prerequisites: apt-get install -y ${missing.join(' ')}`);
      process.exit(1);
    }
    console.log('prerequisites present');
    process.exit(0);
  }
  try {
    if (!args.includes('--force') && isInstalled()) {
      console.log(`[install-code-server] code-server ${CODE_SERVER_VERSION} already installed in ${path.relative(repoRoot, installDir)}`);
    } else {
      ensureCodeServer({ force: args.includes('--force'), browser: true });
    }
  } catch (err) {
    console.error(`[install-code-server] ${err.message}`);
    process.exit(1);
  }
}
