// Starts and stops code-server (installed by install-code-server.mjs) for the test runners, the
// screenshots and `npm start`. Library only.
//   const cs = await startCodeServer({ folder });  cs.workbenchUrl({ folder, extensionDevelopmentPath });  await cs.stop();
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { ensureCodeServer, repoRoot } from './install-code-server.mjs';

export { repoRoot };

/** User settings that keep the workbench quiet and the same from run to run. */
export const QUIET_SETTINGS = {
  'workbench.startupEditor': 'none',
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.editor.enablePreview': false,
  'telemetry.telemetryLevel': 'off',
  'update.mode': 'none',
  'update.showReleaseNotes': false,
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'chat.disableAIFeatures': true,
  'chat.commandCenter.enabled': false,
  'security.workspace.trust.enabled': false,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  'files.hotExit': 'off',
  'window.restoreWindows': 'none',
  'editor.accessibilitySupport': 'off',
  'workbench.colorTheme': 'Default Light Modern',
};

export function freePort() {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.unref();
    srv.on('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

/** Copies the repository's seeds/ to a fresh temp folder named `seeds` (the language's file pattern is `**\/seeds/**\/*.txt`). */
export function copySeedsToTemp(prefix = 'seedlens-ws-') {
  const base = fs.mkdtempSync(path.join(os.tmpdir(), prefix));
  const ws = path.join(base, 'seeds');
  fs.cpSync(path.join(repoRoot, 'seeds'), ws, { recursive: true });
  return { base, ws };
}

function scratchDirs(scratch) {
  const d = {
    scratch,
    xdgData: path.join(scratch, 'xdg', 'data'),
    xdgConfig: path.join(scratch, 'xdg', 'config'),
    xdgCache: path.join(scratch, 'xdg', 'cache'),
    xdgState: path.join(scratch, 'xdg', 'state'),
    userData: path.join(scratch, 'user-data'),
    extensions: path.join(scratch, 'extensions'),
    config: path.join(scratch, 'config.yaml'),
    log: path.join(scratch, 'code-server.log'),
  };
  for (const k of ['xdgData', 'xdgConfig', 'xdgCache', 'xdgState', 'userData', 'extensions']) fs.mkdirSync(d[k], { recursive: true });
  return d;
}

function scratchEnv(d, extraEnv) {
  return {
    ...process.env,
    XDG_DATA_HOME: d.xdgData,
    XDG_CONFIG_HOME: d.xdgConfig,
    XDG_CACHE_HOME: d.xdgCache,
    XDG_STATE_HOME: d.xdgState,
    ...extraEnv,
  };
}

/** Installs a .vsix into an extensions dir with code-server's own `--install-extension`. */
export function installExtension({ vsix, scratch, extensionsDir }) {
  const entry = ensureCodeServer();
  const d = scratchDirs(scratch);
  const exts = extensionsDir ?? d.extensions;
  const r = spawnSync(process.execPath, [entry, '--user-data-dir', d.userData, '--extensions-dir', exts, '--install-extension', vsix, '--force'], {
    env: scratchEnv(d, {}),
    encoding: 'utf8',
    timeout: 120_000,
  });
  if (r.status !== 0) throw new Error(`--install-extension ${vsix} failed (exit ${r.status ?? r.signal}):\n${r.stdout}\n${r.stderr}`);
  return { extensionsDir: exts, output: `${r.stdout}${r.stderr}`.trim() };
}

/**
 * Starts code-server on 127.0.0.1:<free port> in its own process group.
 * @param {object} o
 * @param {string} [o.scratch]  folder for XDG dirs, user data, extensions, config and log (a temp one by default)
 * @param {string} [o.extensionsDir]  extensions dir (default: <scratch>/extensions)
 * @param {object} [o.settings]  extra user settings
 * @param {object} [o.env]  extra environment for code-server (the extension host inherits it)
 * @param {string} [o.folder]  folder opened when the URL names none
 * @param {number} [o.port]
 * @param {boolean} [o.keepUserSettings]  keep an existing settings.json in the scratch profile (npm start's persistent one)
 * @param {boolean} [o.inheritOutput]  print code-server's output (npm start) instead of logging it to a file
 */
export async function startCodeServer(o = {}) {
  const entry = ensureCodeServer();
  const ownScratch = !o.scratch;
  const scratch = o.scratch ?? fs.mkdtempSync(path.join(os.tmpdir(), 'seedlens-cs-'));
  const d = scratchDirs(scratch);
  const extensionsDir = o.extensionsDir ?? d.extensions;
  const port = o.port ?? (await freePort());
  fs.mkdirSync(path.join(d.userData, 'User'), { recursive: true });
  const settingsPath = path.join(d.userData, 'User', 'settings.json');
  if (!(o.keepUserSettings && fs.existsSync(settingsPath))) fs.writeFileSync(settingsPath, JSON.stringify({ ...QUIET_SETTINGS, ...(o.settings ?? {}) }, null, 2));
  fs.writeFileSync(d.config, `bind-addr: 127.0.0.1:${port}\nauth: none\ncert: false\n`);
  const args = [
    entry,
    '--auth', 'none',
    '--bind-addr', `127.0.0.1:${port}`,
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--config', d.config,
    '--user-data-dir', d.userData,
    '--extensions-dir', extensionsDir,
  ];
  if (o.folder) args.push(o.folder);
  const logFd = o.inheritOutput ? undefined : fs.openSync(d.log, 'a');
  const child = spawn(process.execPath, args, {
    cwd: scratch,
    env: scratchEnv(d, o.env ?? {}),
    detached: true, // its own process group: stop() kills the watcher, extension host and language server too
    stdio: o.inheritOutput ? ['ignore', 'inherit', 'inherit'] : ['ignore', logFd, logFd],
  });
  if (logFd !== undefined) fs.closeSync(logFd);
  const pgid = child.pid;
  let exited = false;
  child.on('exit', () => {
    exited = true;
  });
  // Last resort if the caller dies without stop(): never leave a server behind.
  const onExit = () => killGroup(pgid, 'SIGKILL');
  process.on('exit', onExit);

  const baseUrl = `http://127.0.0.1:${port}`;
  const readLog = () => (fs.existsSync(d.log) ? fs.readFileSync(d.log, 'utf8') : '');
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (exited) throw new Error(`code-server exited before answering /healthz:\n${readLog().slice(-3000)}`);
    try {
      const res = await fetch(`${baseUrl}/healthz`, { signal: AbortSignal.timeout(2000) });
      if (res.ok) break;
    } catch {
      /* not yet */
    }
    if (Date.now() > deadline) {
      killGroup(pgid, 'SIGKILL');
      throw new Error(`code-server did not answer ${baseUrl}/healthz within 60 s:\n${readLog().slice(-3000)}`);
    }
    await sleep(250);
  }

  return {
    port,
    pid: pgid,
    baseUrl,
    scratch,
    userDataDir: d.userData,
    extensionsDir,
    logPath: d.log,
    readLog,
    /** The workbench URL; with extensionDevelopmentPath/extensionTestsPath it loads the extension from source. */
    workbenchUrl({ folder, extensionDevelopmentPath, extensionTestsPath } = {}) {
      const q = [];
      if (folder) q.push(`folder=${encodeURIComponent(folder)}`);
      const payload = [];
      const remote = (p) => `vscode-remote://127.0.0.1:${port}${path.resolve(p)}`;
      if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
      if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
      if (payload.length) q.push(`payload=${encodeURIComponent(JSON.stringify(payload))}`);
      return `${baseUrl}/${q.length ? `?${q.join('&')}` : ''}`;
    },
    /** Kills the whole process group and waits until it is gone. */
    async stop() {
      process.off('exit', onExit);
      killGroup(pgid, 'SIGTERM');
      const until = Date.now() + 5000;
      while (groupAlive(pgid) && Date.now() < until) await sleep(100);
      if (groupAlive(pgid)) killGroup(pgid, 'SIGKILL');
      const until2 = Date.now() + 3000;
      while (groupAlive(pgid) && Date.now() < until2) await sleep(100);
      if (ownScratch) fs.rmSync(scratch, { recursive: true, force: true });
    },
    /** Synchronous variant for signal handlers. */
    killNow() {
      process.off('exit', onExit);
      killGroup(pgid, 'SIGKILL');
    },
  };
}

export function killGroup(pgid, signal) {
  try {
    process.kill(-pgid, signal);
  } catch {
    /* already gone */
  }
}

/** True while a process of the group is alive (zombies left for a non-reaping init do not count). */
export function groupAlive(pgid) {
  try {
    process.kill(-pgid, 0);
  } catch {
    return false;
  }
  if (process.platform !== 'linux') return true;
  for (const pid of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(pid)) continue;
    let stat;
    try {
      stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
    } catch {
      continue;
    }
    // pid (comm) state ppid pgrp ...: comm may hold spaces and parentheses, so split after its last ')'.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z' && state !== 'X') return true;
  }
  return false;
}

export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

/** Flags for Debian's chromium, headless, from shared/notes/real-editor.md. */
export function chromiumArgs(userDataDir) {
  return [
    '--no-sandbox',
    '--disable-gpu',
    '--disable-quic',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
    '--disable-dev-shm-usage',
    `--user-data-dir=${userDataDir}`,
  ];
}

/** Launches headless Debian chromium through playwright-core (a persistent context: it takes --user-data-dir). */
export async function launchChromium({ scratch, viewport = { width: 1400, height: 900 }, headless = true } = {}) {
  const { chromium } = await import('playwright-core');
  const executablePath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!fs.existsSync(executablePath)) throw new Error(`${executablePath} not found: apt-get install -y chromium`);
  const profile = fs.mkdtempSync(path.join(scratch ?? os.tmpdir(), 'chromium-'));
  const args = chromiumArgs(profile).filter((a) => !a.startsWith('--user-data-dir='));
  const context = await chromium.launchPersistentContext(profile, { executablePath, headless, args, viewport, deviceScaleFactor: 1 });
  return context;
}
