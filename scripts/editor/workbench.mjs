// Drives the VS Code workbench (served by code-server) in a playwright-core page the way a person
// would: quick open, mouse over a word, the command palette. Used by the .vsix test and the screenshots.
import { sleep } from './code-server.mjs';

/** Loads the workbench and waits until it is usable (editor area and status bar drawn). */
export async function openWorkbench(page, url, { timeout = 60_000 } = {}) {
  await page.goto(url);
  await page.waitForSelector('.monaco-workbench .part.editor', { timeout });
  await page.waitForSelector('.monaco-workbench .part.statusbar', { timeout });
  await sleep(1500);
}

/** Opens a workspace file through Quick Open (Ctrl+P) and waits for its editor tab. */
export async function openFile(page, name) {
  await page.locator('.monaco-workbench .part.editor').click({ position: { x: 300, y: 300 } }).catch(() => {});
  for (let attempt = 0; attempt < 3; attempt++) {
    await page.keyboard.press('Control+P');
    const input = page.locator('.quick-input-widget input');
    try {
      await input.waitFor({ state: 'visible', timeout: 5000 });
    } catch {
      continue;
    }
    await input.fill(name);
    await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 10_000 }).catch(() => {});
    await sleep(500);
    await page.keyboard.press('Enter');
    try {
      await page.waitForSelector(`.tabs-container .tab[aria-label*="${name}"], .tabs-container .tab .label-name:has-text("${name}")`, { timeout: 10_000 });
      await page.waitForSelector('.monaco-editor .view-lines .view-line', { timeout: 10_000 });
      await sleep(800);
      return;
    } catch {
      await page.keyboard.press('Escape');
    }
  }
  throw new Error(`could not open ${name} with Quick Open`);
}

/** Screen rectangle of the `nth` occurrence of `word` in the visible editor text, or undefined. */
export async function wordRect(page, word, nth = 0) {
  return page.evaluate(
    ({ word, nth }) => {
      const root = document.querySelector('.editor-instance .monaco-editor .view-lines') ?? document.querySelector('.monaco-editor .view-lines');
      if (!root) return undefined;
      const lines = [...root.querySelectorAll('.view-line')].sort((a, b) => a.getBoundingClientRect().top - b.getBoundingClientRect().top);
      let seen = 0;
      for (const line of lines) {
        // Concatenate the line's text nodes, find the word, then map back to nodes for a DOM Range.
        const walker = document.createTreeWalker(line, 4 /* NodeFilter.SHOW_TEXT */);
        const nodes = [];
        let text = '';
        for (let n = walker.nextNode(); n; n = walker.nextNode()) {
          nodes.push({ node: n, start: text.length });
          text += n.nodeValue.replace(/\u00a0/g, ' ');
        }
        let from = 0;
        for (;;) {
          const at = text.indexOf(word, from);
          if (at < 0) break;
          if (seen++ === nth) {
            const locate = (off) => {
              const hit = nodes.filter((x) => x.start <= off).pop();
              return [hit.node, off - hit.start];
            };
            const range = document.createRange();
            range.setStart(...locate(at));
            range.setEnd(...locate(at + word.length - 1));
            range.setEnd(range.endContainer, range.endOffset + 1);
            const r = range.getBoundingClientRect();
            return { x: r.left, y: r.top, width: r.width, height: r.height };
          }
          from = at + word.length;
        }
      }
      return undefined;
    },
    { word, nth },
  );
}

/** Text of the visible hover widget, or '' when none shows. */
export async function hoverContent(page) {
  const loc = page.locator('.monaco-hover:not(.hidden) .monaco-hover-content');
  if ((await loc.count()) === 0) return '';
  return (await loc.allInnerTexts()).join('\n').trim();
}

/**
 * Moves the mouse over `word` and waits for a hover whose text satisfies `ok`.
 * Returns the hover text seen last ('' if none).
 */
export async function hoverWord(page, word, { nth = 0, ok = (t) => t.length > 0, timeout = 30_000 } = {}) {
  const until = Date.now() + timeout;
  let last = '';
  let wiggle = 0;
  while (Date.now() < until) {
    const r = await wordRect(page, word, nth);
    if (!r) {
      await sleep(500);
      continue;
    }
    // Leave the word, then come back: a fresh hover request each round.
    await page.mouse.move(r.x + r.width / 2, Math.max(5, r.y - 120));
    await sleep(300);
    await page.mouse.move(r.x + r.width / 2 + (wiggle++ % 3) - 1, r.y + r.height / 2, { steps: 4 });
    const hoverUntil = Date.now() + 4000;
    while (Date.now() < hoverUntil) {
      await sleep(250);
      last = await hoverContent(page);
      if (ok(last)) return last;
    }
  }
  return last;
}

/** Runs a command from the palette by its title (F1, type, Enter). */
export async function runPaletteCommand(page, title) {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible', timeout: 10_000 });
  await input.fill(`>${title}`);
  await page.waitForSelector('.quick-input-list .monaco-list-row', { timeout: 10_000 });
  await sleep(600);
  await page.keyboard.press('Enter');
}

/** Text of the language indicator in the status bar (e.g. `Seed Article`). */
export async function languageMode(page) {
  const loc = page.locator('#status\\.editor\\.mode');
  if ((await loc.count()) === 0) return '';
  return (await loc.innerText()).trim();
}
