#!/usr/bin/env node
// Screenshots of Seed Lens in the real VS Code workbench (code-server + headless chromium) for the
// README, into docs/images/. The extension is packaged (`npm run package`, in a temp copy) and
// installed like a user's, on a temp copy of seeds/. Assumes `node scripts/build.mjs` ran.
//   node scripts/editor/screenshots.mjs [--out DIR] [--dev] [--only NAME[,NAME]]
// --dev loads the extension from this checkout (extensionDevelopmentPath) instead of a .vsix.
// Each shot is checked (the hover or list it claims is on screen) before it is written.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { copySeedsToTemp, installExtension, launchChromium, repoRoot, sleep, startCodeServer } from './code-server.mjs';
import { missingPrerequisites } from './install-code-server.mjs';
import { packageInTempCopy } from './package-vsix.mjs';
import { hoverWord, openFile, openWorkbench, runPaletteCommand, wordRect } from './workbench.mjs';

const args = process.argv.slice(2);
const opt = (n) => (args.indexOf(n) >= 0 ? args[args.indexOf(n) + 1] : undefined);
const outDir = path.resolve(opt('--out') ?? path.join(repoRoot, 'docs', 'images'));
const only = opt('--only')?.split(',');
const dev = args.includes('--dev');
const say = (s) => console.log(`[screenshots] ${s}`);
const FILE = '000_8928e4cdece35455.txt';
const results = [];

const SETTINGS = {
  'editor.wordWrap': 'on',
  'editor.hover.delay': 150,
  'editor.minimap.enabled': false,
  'editor.unicodeHighlight.ambiguousCharacters': false,
  'editor.fontSize': 14,
  'workbench.colorTheme': 'Default Light Modern',
  'breadcrumbs.enabled': false,
  'editor.stickyScroll.enabled': false,
};

async function shot(page, name, description, take) {
  if (only && !only.includes(name)) return;
  let lastErr;
  for (let attempt = 1; attempt <= 3; attempt++) {
    try {
      const clip = await take();
      const file = path.join(outDir, `${name}.png`);
      const tmp = path.join(outDir, `${name}.tmp.png`);
      await page.screenshot({ path: tmp, ...(clip ? { clip } : {}) });
      fs.renameSync(tmp, file);
      say(`${path.relative(repoRoot, file)}: ${description}`);
      results.push({ name, ok: true });
      return;
    } catch (err) {
      lastErr = err;
      say(`${name}: attempt ${attempt} failed: ${err.message.split('\n')[0]}`);
      await page.keyboard.press('Escape').catch(() => {});
      await page.mouse.move(5, 5);
      await sleep(500);
    }
  }
  say(`${name}: FAILED (${lastErr.message.split('\n')[0]})`);
  results.push({ name, ok: false });
}

async function resetPointer(page) {
  await page.keyboard.press('Escape');
  await page.mouse.move(700, 880);
  await sleep(400);
}

async function goToLine(page, line) {
  await page.keyboard.press('Control+G');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 5000 });
  await input.fill(`:${line}`);
  await sleep(300);
  await page.keyboard.press('Enter');
  await sleep(500);
}

const SIDEBAR = '[id="workbench.view.extension.seedLens"]';
const treeRow = (page, start) => page.locator(`${SIDEBAR} .monaco-list-row[aria-label^=${JSON.stringify(start)}]`).first();

/** The Seed Lens side bar (entity explorer, review queue), opened from its activity-bar icon. */
async function openSideBar(page) {
  if ((await page.locator(`${SIDEBAR} .pane-header`).count()) === 0) await page.locator('.activitybar a[aria-label^="Seed Lens"]').click();
  await page.locator(`${SIDEBAR} .pane-header`).first().waitFor({ state: 'visible', timeout: 10_000 });
}

/** Expands a tree row (a click toggles it: only when it is collapsed). */
async function expand(page, start) {
  const row = treeRow(page, start);
  await row.waitFor({ state: 'visible', timeout: 15_000 });
  if ((await row.getAttribute('aria-expanded')) !== 'true') await row.click();
  await sleep(500);
}

async function main() {
  const missing = missingPrerequisites();
  if (missing.length) {
    say(`missing prerequisites: apt-get install -y ${missing.join(' ')}`);
    process.exit(1);
  }
  fs.mkdirSync(outDir, { recursive: true });
  const scratch = fs.mkdtempSync(path.join(os.tmpdir(), 'seedlens-shots-'));
  const csScratch = path.join(scratch, 'code-server');
  const extensionsDir = path.join(scratch, 'extensions');
  if (!dev) {
    const vsix = packageInTempCopy(scratch, say);
    installExtension({ vsix, scratch: csScratch, extensionsDir });
  }
  const { base, ws } = copySeedsToTemp('seedlens-shots-ws-');
  const cs = await startCodeServer({ scratch: csScratch, extensionsDir, settings: SETTINGS });
  process.once('SIGINT', () => {
    cs.killNow();
    process.exit(130);
  });
  const browser = await launchChromium({ scratch, viewport: { width: 1280, height: 800 } });
  try {
    const page = browser.pages()[0] ?? (await browser.newPage());
    await openWorkbench(page, cs.workbenchUrl({ folder: ws, ...(dev ? { extensionDevelopmentPath: repoRoot } : {}) }));
    await openFile(page, FILE);
    // The server is ready when the code lens shows its counts.
    const lens = page.locator('.monaco-editor .codelens-decoration a').first();
    await lens.waitFor({ state: 'visible', timeout: 60_000 });
    await sleep(1000);

    await shot(page, 'hover-person', 'hover on "Goïta": Assimi Goïta, a person, his spellings, roles and the articles that mention him', async () => {
      const t = await hoverWord(page, 'Goïta', { ok: (x) => x.includes('Assimi Goïta') && /person/i.test(x) });
      if (!t.includes('Assimi Goïta')) throw new Error(`hover shows "${t}"`);
      await sleep(300);
    });
    await resetPointer(page);

    await shot(page, 'hover-date', 'hover on the date "mardi 15 août 2023": its value and weekday check', async () => {
      const t = await hoverWord(page, '15 août 2023', { ok: (x) => /2023-08-15/.test(x) });
      if (!/2023-08-15/.test(t)) throw new Error(`hover shows "${t}"`);
      await sleep(300);
    });
    await resetPointer(page);

    await shot(page, 'code-lens', 'the code lens at the top of an article: related articles and entity counts', async () => {
      await goToLine(page, 1);
      await resetPointer(page);
      const title = await lens.innerText();
      if (!/related|\d/i.test(title)) throw new Error(`code lens reads "${title}"`);
      const editor = await page.locator('.part.editor').boundingBox();
      return { x: editor.x, y: editor.y, width: editor.width, height: Math.min(editor.height, 330) };
    });

    await shot(page, 'related-quick-pick', 'the related-articles quick pick, opened from the code lens', async () => {
      await goToLine(page, 1);
      await lens.click();
      await page.waitForSelector('.quick-input-widget .quick-input-list .monaco-list-row', { timeout: 10_000 });
      await page.mouse.move(150, 500); // over the explorer's empty space: no tooltip, no hover
      const rows = await page.locator('.quick-input-widget .quick-input-list .monaco-list-row').allInnerTexts();
      if (!rows.some((r) => /\.txt|%/.test(r))) throw new Error(`quick pick rows: ${JSON.stringify(rows)}`);
      await sleep(400);
    });
    await resetPointer(page);

    await shot(page, 'boilerplate-diagnostics', 'the sidebar shared by 000 and 002: squiggle hover and the Problems panel with the related copy', async () => {
      await page.keyboard.press('Control+Shift+M'); // Problems panel
      await page.waitForSelector('.markers-panel .monaco-list-row', { timeout: 15_000 });
      // Expand the related-information rows if the tree collapsed them.
      await goToLine(page, 6);
      await page.locator('.editor-instance .monaco-editor .view-lines').first().click({ position: { x: 5, y: 5 } }).catch(() => {});
      await goToLine(page, 6);
      const t = await hoverWord(page, 'Les deux délégations', { ok: (x) => /002_c54133335cff4334|other|autre|copie|copy|duplicate|dupliqu/i.test(x) });
      if (!t) throw new Error('no hover on the duplicated block');
      const problems = (await page.locator('.markers-panel').innerText()).replace(/\s+/g, ' ');
      if (!/002_c54133335cff4334/.test(problems + t)) throw new Error(`the related copy in 002 is not on screen: hover "${t}", problems "${problems.slice(0, 200)}"`);
      await sleep(300);
    });
    await resetPointer(page);

    await shot(page, 'entity-explorer', 'the entity explorer: people by mentions, Assimi Goïta expanded to his spellings and mentions, one opened in its article', async () => {
      if (await page.locator('.part.panel').isVisible()) await page.keyboard.press('Control+J');
      await openSideBar(page);
      await expand(page, 'People');
      await expand(page, 'Assimi Goïta — ');
      await expand(page, 'Assimi GOITA ×');
      const mention = page.locator(`${SIDEBAR} .monaco-list-row[aria-level="4"]`).first();
      await mention.waitFor({ state: 'visible', timeout: 10_000 });
      await mention.click();
      await page.waitForSelector('.tabs-container .tab[aria-label*="001_c4c12397f5bc371e.txt"]', { timeout: 10_000 });
      await page.mouse.move(1250, 700); // the editor's empty right margin: no tooltip
      await sleep(800);
    });

    await shot(page, 'review-queue', 'the review queue, least certain guesses first, with the evidence for the one under the pointer', async () => {
      await openSideBar(page);
      const row = treeRow(page, 'Yadran, ');
      await row.waitFor({ state: 'visible', timeout: 15_000 });
      await row.click();
      // Leave the row and come back: a fresh pointer entry shows its tooltip.
      const box = await row.boundingBox();
      await page.mouse.move(box.x + 60, box.y - 200);
      await sleep(300);
      await page.mouse.move(box.x + 40, box.y + box.height / 2, { steps: 5 });
      const hover = page.locator('.workbench-hover, .monaco-hover').filter({ hasText: 'gazetteer' }).first();
      await hover.waitFor({ state: 'visible', timeout: 10_000 });
      await sleep(400);
    });
    await resetPointer(page);

    await shot(page, 'keyboard-labelling', 'keyboard labelling: “Qatar” selected and Ctrl+Alt+3 pressed: a place wherever it is written; the status bar names it', async () => {
      await openFile(page, FILE);
      await goToLine(page, 9);
      const r = await wordRect(page, 'Qatar');
      if (!r) throw new Error('"Qatar" is not on screen');
      await page.mouse.dblclick(r.x + r.width / 2, r.y + r.height / 2);
      await sleep(300);
      await page.keyboard.press('Control+Alt+3');
      const status = page.locator('[id="seed-lens.seed-lens.seedLens.entity"]');
      await page.waitForFunction(() => document.getElementById('seed-lens.seed-lens.seedLens.entity')?.textContent?.includes('Qatar · Place'), null, { timeout: 15_000 });
      if (!(await status.innerText()).includes('Qatar · Place')) throw new Error(`status bar: ${await status.innerText()}`);
      await page.mouse.move(1250, 700); // the editor's empty right margin: no tooltip
      await sleep(600);
    });

    await shot(page, 'progress', 'progress: the article marked reviewed from the status bar; the status bar and the explorer count the reviewed articles', async () => {
      await openSideBar(page);
      const item = page.locator('[id="seed-lens.seed-lens.seedLens.reviewed"]');
      await item.waitFor({ state: 'visible', timeout: 10_000 });
      if ((await item.innerText()).includes('Not reviewed')) await item.click();
      await page.waitForFunction(() => document.getElementById('seed-lens.seed-lens.seedLens.corpus')?.textContent?.includes('1 reviewed'), null, { timeout: 15_000 });
      await page.locator(`${SIDEBAR} .pane-header`).filter({ hasText: '1/5 reviewed' }).first().waitFor({ timeout: 15_000 });
      await page.mouse.move(1250, 700); // the editor's empty right margin: no tooltip
      await sleep(500);
    });

    await shot(page, 'timeline', 'the timeline: every article at the dates it reports, one row per year; a click opens the article', async () => {
      await runPaletteCommand(page, 'Seed Lens: Show the Timeline');
      const frame = page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame');
      await frame.locator('button.dot').first().waitFor({ state: 'visible', timeout: 15_000 });
      if ((await frame.locator('button.dot').count()) < 20) throw new Error('too few dates on the timeline');
      await page.mouse.move(1250, 700); // the editor's empty right margin: no tooltip
      await sleep(800);
    });

    await shot(page, 'hover-template', 'a site of three pages written into the workspace: hover on its reactions counter, a line of the site template', async () => {
      // The site of the template tests (test/support/siteTemplates.ts, built into out/): no seed has one.
      const { gazetteTexts } = await import(pathToFileURL(path.join(repoRoot, 'out/test/support/siteTemplates.js')).href);
      for (const [name, text] of Object.entries(gazetteTexts())) fs.writeFileSync(path.join(ws, name), text);
      await openFile(page, 'g1.txt');
      const t = await hoverWord(page, 'Vos réactions', { ok: (x) => /Vos réactions \(#\)/.test(x), timeout: 60_000 });
      if (!/Vos réactions \(#\)/.test(t)) throw new Error(`hover shows "${t}"`);
      await sleep(300);
    });
  } finally {
    await browser.close().catch(() => {});
    await cs.stop();
    fs.rmSync(scratch, { recursive: true, force: true });
    fs.rmSync(base, { recursive: true, force: true });
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${results.length - failed} passed, ${failed} failed`);
  process.exit(failed ? 1 : 0);
}

await main();
