/**
 * Site templates over the wire: a workspace of one site of our own (test/support/siteTemplates.ts)
 * whose pages vary their furniture; the real server publishes the template lines with their own
 * code, hovers say why and teasers link to the articles they name. What each feature answers is
 * tested in process (test/features/templates.test.ts); here, that the server wires them.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { after, before, test } from 'node:test';
import { gazette, gazetteTexts } from '../support/siteTemplates';
import { hoverText, positionOf, startServer, uriOf, type TestServer } from './harness';

let server: TestServer;
let root: string;

before(async () => {
  root = fs.mkdtempSync(path.join(os.tmpdir(), 'seedlens-templates-'));
  fs.mkdirSync(path.join(root, 'seeds'));
  for (const [f, t] of Object.entries(gazetteTexts())) fs.writeFileSync(path.join(root, 'seeds', f), t);
  server = await startServer({ root });
  await server.ready();
});

after(async () => {
  await server?.stop();
  fs.rmSync(root, { recursive: true, force: true });
});

const uri = (f: string) => uriOf(path.join(root, 'seeds', f));

test('template lines are published with their own code, and a teaser links to the article it names', async () => {
  const text = fs.readFileSync(path.join(root, 'seeds', 'g1.txt'), 'utf8');
  const line = (n: number) => text.split('\n')[n];
  const template = server.diagnosticsOf(uri('g1.txt')).filter((d) => d.code === 'site-template');
  assert.ok(template.some((d) => line(d.range.start.line) === 'Vos réactions (3)'), JSON.stringify(template.map((d) => d.message)));
  const h = hoverText(await server.request('textDocument/hover', { textDocument: { uri: uri('g1.txt') }, position: positionOf(text, 'Vos réactions', 0, 2) }));
  assert.match(h, /Site template/, h);
  const links = await server.request<{ range: unknown; target: string }[]>('textDocument/documentLink', { textDocument: { uri: uri('g2.txt') } });
  const headline = text.split('\n').indexOf(gazette['g1.txt'].headline);
  assert.deepEqual(
    links.map((l) => l.target),
    [`${uri('g1.txt')}#L${headline + 1},1`],
  );
});

test('an edit that takes away the last other line of a shape republishes the page that had it', async () => {
  // g1, then g2, drop their reactions counter: g3's no longer stands on another article.
  const counter = (u: string) => server.diagnosticsOf(u).some((d) => d.code === 'site-template' && /Vos réactions/.test(String(d.message)));
  assert.ok(counter(uri('g3.txt')));
  for (const f of ['g1.txt', 'g2.txt']) {
    const u = uri(f);
    const text = await server.open(u);
    await server.change(u, text.replace(/^Vos réactions \(\d+\)\n/m, ''));
  }
  await server.waitFor(() => !counter(uri('g3.txt')), 15_000, 'g3 republished without its template line');
  assert.ok(!counter(uri('g3.txt')));
});
