/**
 * Every string the extension shows exists in English and French: the client's `vscode.l10n.t`
 * strings in l10n/bundle.l10n.fr.json (and nothing stale there), the manifest's `%keys%` in
 * package.nls.json and package.nls.fr.json. (The server's table is checked by the type system:
 * both languages implement one interface.)
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { repoRoot } from '../support/paths';

const read = (p: string) => fs.readFileSync(path.join(repoRoot, p), 'utf8');

test('every client string has its French translation, and the bundle holds no string the client lost', () => {
  const dir = path.join(repoRoot, 'client', 'src');
  const used = new Set<string>();
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
    for (const m of fs.readFileSync(path.join(dir, f), 'utf8').matchAll(/l10n\.t\(\s*'((?:[^'\\]|\\.)*)'/g)) used.add(m[1].replace(/\\'/g, "'"));
  }
  assert.ok(used.size > 40, `found the client's strings (${used.size})`);
  const fr = JSON.parse(read('l10n/bundle.l10n.fr.json')) as Record<string, string>;
  assert.deepEqual([...used].filter((k) => !(k in fr)), [], 'missing in French');
  assert.deepEqual(Object.keys(fr).filter((k) => !used.has(k)), [], 'translated but no longer used');
  for (const [en, tr] of Object.entries(fr)) {
    const placeholders = (s: string) => [...s.matchAll(/\{\d\}/g)].map((m) => m[0]).sort();
    assert.deepEqual(placeholders(tr), placeholders(en), `placeholders of “${en}”`);
  }
});

test("every %key% of the manifest is in both package.nls files, and they hold the same keys", () => {
  const keys = new Set([...read('package.json').matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]));
  const en = JSON.parse(read('package.nls.json')) as Record<string, string>;
  const fr = JSON.parse(read('package.nls.fr.json')) as Record<string, string>;
  assert.deepEqual([...keys].filter((k) => !(k in en)), [], 'missing in package.nls.json');
  assert.deepEqual(Object.keys(en).sort(), Object.keys(fr).sort(), 'the two languages differ');
  assert.deepEqual(Object.keys(en).filter((k) => !keys.has(k)), [], 'unused in package.json');
});
