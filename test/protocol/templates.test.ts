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

test('an edit that changes a page’s template line republishes the pages of its site that it changes', async () => {
  // g1 drops its reactions counter: g2's and g3's now stand on two articles, not three.
  const u1 = uri('g1.txt');
  const text = await server.open(u1);
  const message = (u: string) => {
    const m = server.diagnosticsOf(u).find((d) => d.code === 'site-template' && /Vos réactions/.test(String(d.message)))?.message;
    return m === undefined ? '' : String(m);
  };
  assert.match(message(uri('g2.txt')), /on 3 articles/);
  await server.change(u1, text.replace('Vos réactions (3)\n', ''));
  const republished = (u: string) => server.waitFor(() => message(u).includes('on 2 articles') && message(u), 15_000, `${u} republished`);
  for (const u of [uri('g2.txt'), uri('g3.txt')]) assert.match(await republished(u), /on 2 articles of the site/);
});
