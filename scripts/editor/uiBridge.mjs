// The extension suite's hands in the workbench: an HTTP endpoint on 127.0.0.1 that the tests (inside
// the extension host, test/extension/ui.ts) call to click, type and read in the page that
// playwright-core drives: what a test of a view must do the way a person does (open a side bar, expand
// a tree row, press a key in the review queue, click in a webview). Library only; the runner
// (run-extension-tests.mjs) starts it and hands its URL to the extension host as SEEDLENS_UI_BRIDGE.
//   const bridge = await startUiBridge();  bridge.attach(page);  … env SEEDLENS_UI_BRIDGE=bridge.url …  await bridge.close();
import http from 'node:http';

/** Where `op.frame` points: the page, or the document inside the active webview (VS Code nests it in two iframes). */
function scope(page, frame) {
  return frame === 'webview' ? page.frameLocator('iframe.webview.ready').frameLocator('iframe#active-frame') : page;
}

/**
 * One operation. `selector` is a CSS selector (Playwright's), `nth` which match (default the first).
 * Answers a value for reads, true for actions.
 */
async function run(page, op) {
  const timeout = op.timeout ?? 10_000;
  const at = op.selector ? scope(page, op.frame).locator(op.selector) : undefined;
  const one = () => {
    if (!at) throw new Error(`${op.op} needs a selector`);
    return at.nth(op.nth ?? 0);
  };
  switch (op.op) {
    case 'click':
      await one().click({ timeout, button: op.button ?? 'left' });
      return true;
    case 'hover':
      await one().hover({ timeout });
      return true;
    case 'fill':
      await one().fill(op.text ?? '', { timeout });
      return true;
    case 'press':
      await page.keyboard.press(op.keys);
      return true;
    case 'type':
      await page.keyboard.type(op.text ?? '');
      return true;
    case 'waitFor':
      await one().waitFor({ state: op.state ?? 'visible', timeout });
      return true;
    case 'focused':
      // Whether the element that has the keyboard is inside `selector` (keys go where the focus is).
      return page.evaluate((sel) => !!document.activeElement?.closest(sel), op.selector);
    case 'count':
      return at ? at.count() : 0;
    case 'texts':
      return at ? at.allInnerTexts() : [];
    case 'attribute':
      return at ? at.evaluateAll((els, name) => els.map((e) => e.getAttribute(name)), op.name) : [];
    case 'screenshot':
      await page.screenshot({ path: op.path });
      return true;
    default:
      throw new Error(`unknown ui operation ${op.op}`);
  }
}

export async function startUiBridge() {
  let page;
  // One operation at a time, in the order the tests send them.
  let queue = Promise.resolve();
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      queue = queue.then(async () => {
        let answer;
        try {
          if (!page) throw new Error('no workbench page yet');
          answer = { ok: true, value: await run(page, JSON.parse(body)) };
        } catch (err) {
          answer = { ok: false, error: String(err?.message ?? err).split('\n').slice(0, 6).join('\n') };
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(answer));
      });
    });
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return {
    url: `http://127.0.0.1:${port}/`,
    attach(p) {
      page = p;
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
