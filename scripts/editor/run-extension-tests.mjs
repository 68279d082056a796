#!/usr/bin/env node
// Runs the extension test suite (out/test/extension/index.js, bundled by `node scripts/build.mjs`)
// inside a real VS Code: desktop VS Code through @vscode/test-electron when one is on this machine or
// downloadable, otherwise the same VS Code workbench served by code-server and driven by headless
// Debian chromium, whose page the tests can also click in (uiBridge.mjs; without it, in desktop VS
// Code, those tests are skipped). The workspace is a temp copy of seeds/. Builds nothing itself.
//   node scripts/editor/run-extension-tests.mjs [--editor auto|electron|code-server] [--grep TEXT] [--keep] [--verbose]
// Closes with `N passed, N failed` (`, N skipped`); exit code 0 only when the suite ran and passed.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { copySeedsToTemp, launchChromium, repoRoot, sleep, startCodeServer } from './code-server.mjs';
import { missingPrerequisites } from './install-code-server.mjs';
import { startUiBridge } from './uiBridge.mjs';

const require = createRequire(import.meta.url);
const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const editor = opt('--editor', process.env.SEEDLENS_EDITOR ?? 'auto');
const grep = opt('--grep', process.env.SEEDLENS_TEST_GREP);
const keep = args.includes('--keep');
const verbose = args.includes('--verbose');
const SUITE_TIMEOUT_MS = Number(process.env.SEEDLENS_SUITE_TIMEOUT_MS ?? 5 * 60_000);
const VSCODE_VERSION = '1.100.3'; // the VS Code that code-server 4.100.3 serves; engines.vscode is ^1.100.0

const testsPath = path.join(repoRoot, 'out', 'test', 'extension', 'index.js');
const say = (s) => console.log(`[extension-tests] ${s}`);

function summary(o) {
  return `${o.passed} passed, ${o.failed} failed${o.pending ? `, ${o.pending} skipped` : ''}`;
}

function finish(outcome, code) {
  console.log(summary(outcome));
  process.exit(code);
}

function readOutcome(resultPath) {
  if (!fs.existsSync(resultPath)) return undefined;
  try {
    return JSON.parse(fs.readFileSync(resultPath, 'utf8'));
  } catch {
    return undefined;
  }
}

function commandPath(cmd) {
  const r = spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' });
  return r.status === 0 ? r.stdout.trim() : undefined;
}

/** A desktop VS Code executable, if there is one: `code` on PATH (not code-server's CLI), or a cached download. */
async function desktopVSCode() {
  const te = require('@vscode/test-electron');
  const code = commandPath('code');
  if (code) {
    const real = fs.realpathSync(code);
    // /usr/share/code/bin/code → /usr/share/code/code (the Electron binary test-electron wants).
    const electron = path.join(path.dirname(path.dirname(real)), 'code');
    if (!real.includes('code-server') && fs.existsSync(electron)) return { executable: electron, how: `desktop VS Code at ${electron}` };
  }
  const cachePath = path.join(repoRoot, '.vscode-test');
  try {
    const started = Date.now();
    const executable = await Promise.race([
      te.downloadAndUnzipVSCode({ version: VSCODE_VERSION, cachePath, timeout: 10_000, reporter: new te.SilentReporter() }),
      sleep(30_000).then(() => {
        throw new Error('no answer within 30 s');
      }),
    ]);
    return { executable, how: `VS Code ${VSCODE_VERSION} from ${path.relative(repoRoot, executable)} (${Date.now() - started} ms)` };
  } catch (err) {
    return { unavailable: `desktop VS Code ${VSCODE_VERSION} is not installed and cannot be downloaded here (${String(err.message ?? err).split('\n')[0]})` };
  }
}

async function runElectron(executable, ws, resultPath) {
  const te = require('@vscode/test-electron');
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'seedlens-electron-'));
  const launchArgs = [ws, '--disable-extensions', '--disable-workspace-trust', `--user-data-dir=${path.join(scratch, 'ud')}`, `--extensions-dir=${path.join(scratch, 'ext')}`];
  let code;
  try {
    code = await te.runTests({
      vscodeExecutablePath: executable,
      extensionDevelopmentPath: repoRoot,
      extensionTestsPath: testsPath,
      launchArgs,
      extensionTestsEnv: { SEEDLENS_TEST_RESULT: resultPath, ...(grep ? { SEEDLENS_TEST_GREP: grep } : {}) },
    });
  } catch (err) {
    say(`VS Code exited with an error: ${err.message ?? err}`);
    code = 1;
  }
  if (!keep) fs.rmSync(scratch, { recursive: true, force: true });
  return code;
}

async function runCodeServer(ws, resultPath, scratch) {
  // The tests' hands in the page (clicks in the side bar, keys, the timeline webview): see uiBridge.mjs.
  const bridge = await startUiBridge();
  const cs = await startCodeServer({
    scratch: path.join(scratch, 'code-server'),
    env: { SEEDLENS_TEST_RESULT: resultPath, SEEDLENS_UI_BRIDGE: bridge.url, ...(grep ? { SEEDLENS_TEST_GREP: grep } : {}) },
  });
  say(`code-server ${cs.baseUrl} (pid group ${cs.pid}), workspace ${ws}`);
  const onSignal = () => {
    cs.killNow();
    process.exit(130);
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const browser = await launchChromium({ scratch });
  const page = browser.pages()[0] ?? (await browser.newPage());
  bridge.attach(page);
  const workbenchLog = [];
  const consoleLog = [];
  let resolveExit;
  const exited = new Promise((r) => (resolveExit = r));
  await page.exposeFunction('codeAutomationLog', (type, message) => {
    workbenchLog.push(`[${type}] ${Array.isArray(message) ? message.join(' ') : message}`);
  });
  await page.exposeFunction('codeAutomationExit', (code) => resolveExit({ code }));
  page.on('console', (m) => {
    consoleLog.push(`[${m.type()}] ${m.text()}`);
    if (verbose) console.log(`  [browser ${m.type()}] ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleLog.push(`[pageerror] ${e.message}`));
  const url = cs.workbenchUrl({ folder: ws, extensionDevelopmentPath: repoRoot, extensionTestsPath: testsPath });
  const t0 = Date.now();
  await page.goto(url);
  const r = await Promise.race([exited, sleep(SUITE_TIMEOUT_MS).then(() => ({ timeout: true }))]);
  say(r.timeout ? `no exit from the extension host after ${SUITE_TIMEOUT_MS / 1000} s` : `extension host exited with code ${r.code} after ${((Date.now() - t0) / 1000).toFixed(1)} s`);
  fs.writeFileSync(path.join(scratch, 'workbench.log'), workbenchLog.join('\n'));
  fs.writeFileSync(path.join(scratch, 'browser-console.log'), consoleLog.join('\n'));
  if (r.timeout || r.code !== 0) {
    try {
      await page.screenshot({ path: path.join(scratch, 'last-screen.png') });
    } catch {
      /* page gone */
    }
  }
  await browser.close().catch(() => {});
  await bridge.close();
  await cs.stop();
  process.off('SIGINT', onSignal);
  process.off('SIGTERM', onSignal);
  return { code: r.timeout ? 1 : r.code, timeout: Boolean(r.timeout), consoleLog, cs };
}

async function main() {
  if (!fs.existsSync(testsPath) || !fs.existsSync(path.join(repoRoot, 'dist', 'client.js'))) {
    say(`${path.relative(repoRoot, testsPath)} or dist/client.js is missing: run \`node scripts/build.mjs\` first`);
    finish({ passed: 0, failed: 1, pending: 0 }, 1);
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'seedlens-vscode-tests-'));
  const { base, ws } = copySeedsToTemp();
  const resultPath = path.join(scratch, 'result.json');
  let code;
  let ran = '';

  if (editor === 'auto' || editor === 'electron') {
    const d = await desktopVSCode();
    if (d.executable && process.platform === 'linux' && !process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
      say(`found ${d.how}, but there is no display (run under xvfb-run to use it); ${editor === 'auto' ? 'using code-server' : 'giving up (--editor electron)'}`);
      if (editor === 'electron') finish({ passed: 0, failed: 1, pending: 0 }, 1);
    } else if (d.executable) {
      say(`running in ${d.how}`);
      code = await runElectron(d.executable, ws, resultPath);
      if (readOutcome(resultPath)) ran = 'electron';
      else if (editor === 'auto') say(`VS Code exited with ${code} before the suite wrote a result; falling back to code-server`);
      else finish({ passed: 0, failed: 1, pending: 0 }, 1);
    } else {
      say(`${d.unavailable}; ${editor === 'auto' ? 'using code-server (the same VS Code workbench, in headless chromium)' : 'giving up (--editor electron)'}`);
      if (editor === 'electron') finish({ passed: 0, failed: 1, pending: 0 }, 1);
    }
  }
  if (!ran) {
    const supported = process.platform === 'linux' && process.arch === 'x64';
    const missing = missingPrerequisites();
    if (missing.length) {
      say(`cannot run code-server here: missing apt packages. Install them with: apt-get install -y ${missing.join(' ')}`);
      finish({ passed: 0, failed: 1, pending: 0 }, 1);
    }
    if (!supported) {
      say(`no VS Code runner for ${process.platform}/${process.arch}: neither desktop VS Code nor code-server could run`);
      finish({ passed: 0, failed: 0, pending: 1 }, fs.existsSync('/usr/bin/apt-get') ? 1 : 0);
    }
    ran = 'code-server';
    let r;
    try {
      r = await runCodeServer(ws, resultPath, scratch);
    } catch (err) {
      say(`code-server run failed: ${err.stack ?? err}`);
      finish({ passed: 0, failed: 1, pending: 0 }, 1);
    }
    code = r.code;
    if (!readOutcome(resultPath)) {
      say('the suite wrote no result; last browser console lines:');
      for (const l of r.consoleLog.slice(-40)) console.log(`  ${l}`);
      say(`code-server log tail (${r.cs.logPath}):`);
      console.log(r.cs.readLog().split('\n').slice(-30).map((l) => `  ${l}`).join('\n'));
    }
  }

  const outcome = readOutcome(resultPath);
  if (outcome) {
    console.log('');
    for (const l of outcome.lines) console.log(l);
    console.log('');
  }
  if (!keep) {
    fs.rmSync(base, { recursive: true, force: true });
    fs.rmSync(scratch, { recursive: true, force: true });
  } else {
    say(`kept ${scratch} and ${ws}`);
  }
  const o = outcome ?? { passed: 0, failed: 1, pending: 0 };
  if (!outcome) say(`no test result (runner ${ran}, exit code ${code})`);
  // The suite's own exit code decides; a missing result is a failure even if VS Code said 0.
  finish(o, code === 0 && outcome && outcome.failed === 0 ? 0 : 1);
}

await main();
