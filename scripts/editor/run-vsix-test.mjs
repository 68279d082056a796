#!/usr/bin/env node
// The packaged extension, as a user gets it: `npm run package` (run in a temp copy of the checkout so the
// shared dist/ is not rebuilt under others' feet), the .vsix installed with code-server's
// --install-extension into a fresh extensions dir (not the development path), a seed opened in the
// browser workbench, and a person's name hovered with the mouse.
//   node scripts/editor/run-vsix-test.mjs [--vsix PATH] [--keep] [--shot FILE.png]
// Closes with `N passed, N failed`.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { copySeedsToTemp, installExtension, launchChromium, startCodeServer } from './code-server.mjs';
import { missingPrerequisites } from './install-code-server.mjs';
import { packageInTempCopy } from './package-vsix.mjs';
import { hoverWord, languageMode, openFile, openWorkbench } from './workbench.mjs';

const args = process.argv.slice(2);
const opt = (n) => (args.indexOf(n) >= 0 ? args[args.indexOf(n) + 1] : undefined);
const keep = args.includes('--keep');
const say = (s) => console.log(`[vsix-test] ${s}`);
const checks = [];
const check = (name, ok, detail = '') => {
  checks.push({ name, ok });
  console.log(`  ${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? `\n       ${String(detail).replace(/\s+/g, ' ').slice(0, 300)}` : ''}`);
};
const finish = (code) => {
  const passed = checks.filter((c) => c.ok).length;
  const failed = checks.length - passed;
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(code ?? (failed === 0 && passed > 0 ? 0 : 1));
};

async function main() {
  const missing = missingPrerequisites();
  if (missing.length) {
    say(`missing prerequisites: apt-get install -y ${missing.join(' ')}`);
    check('prerequisites', false);
    finish(1);
  }
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'seedlens-vsix-'));
  let vsix = opt('--vsix');
  try {
    vsix = vsix ? path.resolve(vsix) : packageInTempCopy(scratch, say);
    check('npm run package makes a .vsix', fs.existsSync(vsix), `${vsix} (${(fs.statSync(vsix).size / 1024).toFixed(0)} KiB)`);
  } catch (err) {
    check('npm run package makes a .vsix', false, err.message);
    finish(1);
  }
  const listing = spawnSync('unzip', ['-l', vsix], { encoding: 'utf8' });
  if (listing.status === 0) {
    const files = listing.stdout.split('\n').filter((l) => /extension\//.test(l)).map((l) => l.trim().split(/\s+/).pop());
    check(
      'the .vsix holds the client and the server bundles, the indexing threads\' bundle, and the encoding guesser with its licence',
      ['client.js', 'server.js', 'analysisWorker.js', 'jschardet.min.js', 'jschardet.LICENSE'].every((f) => files.includes(`extension/dist/${f}`)),
      `${files.length} files`,
    );
  }

  const csScratch = path.join(scratch, 'code-server');
  const extensionsDir = path.join(scratch, 'extensions');
  try {
    const r = installExtension({ vsix, scratch: csScratch, extensionsDir });
    const installed = fs.readdirSync(extensionsDir).filter((d) => d.startsWith('seed-lens.seed-lens'));
    check('code-server --install-extension installs it', installed.length === 1, `${installed.join(', ')} — ${r.output.split('\n').pop()}`);
  } catch (err) {
    check('code-server --install-extension installs it', false, err.message);
    finish(1);
  }

  const { base, ws } = copySeedsToTemp('seedlens-vsix-ws-');
  const cs = await startCodeServer({ scratch: csScratch, extensionsDir, settings: { 'editor.wordWrap': 'on', 'editor.hover.delay': 150 } });
  process.once('SIGINT', () => {
    cs.killNow();
    process.exit(130);
  });
  let browser;
  try {
    browser = await launchChromium({ scratch });
    const page = browser.pages()[0] ?? (await browser.newPage());
    await openWorkbench(page, cs.workbenchUrl({ folder: ws }));
    const title = await page.title();
    check('the workbench loads without the development path', !title.includes('Extension Development Host'), title);
    await openFile(page, '000_8928e4cdece35455.txt');
    const mode = await languageMode(page);
    check('the seed opens in the Seed Article language (from the installed manifest)', /seed article/i.test(mode), `status bar language: "${mode}"`);
    const text = await hoverWord(page, 'Goïta', { ok: (t) => t.includes('Assimi Goïta'), timeout: 60_000 });
    check('the extension is active: a hover over "Goïta" shows Assimi Goïta', text.includes('Assimi Goïta'), `hover: "${text}"`);
    const shot = opt('--shot');
    if (shot) await page.screenshot({ path: path.resolve(shot) });
  } catch (err) {
    check('driving the workbench', false, err.stack ?? err.message);
  } finally {
    await browser?.close().catch(() => {});
    await cs.stop();
    if (!keep) {
      fs.rmSync(scratch, { recursive: true, force: true });
      fs.rmSync(base, { recursive: true, force: true });
    } else say(`kept ${scratch} and ${ws}`);
  }
  finish();
}

await main();
