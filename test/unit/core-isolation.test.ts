/** The analysis core must stay pure: no editor module anywhere in its import graph. */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import * as esbuild from 'esbuild';
import { repoRoot } from '../support/paths';

const coreDir = path.join(repoRoot, 'server', 'src', 'core');
const EDITOR_MODULE = /^(vscode|vscode-languageserver|vscode-languageclient|vscode-jsonrpc|vscode-languageserver-protocol|vscode-languageserver-textdocument)(\/|$)/;

test('the core bundle pulls in no editor module, directly or through a dependency', async () => {
  const result = await esbuild.build({
    entryPoints: [path.join(coreDir, 'index.ts')],
    bundle: true,
    write: false,
    metafile: true,
    platform: 'node',
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs);
  assert.ok(inputs.some((i) => i.includes('core/index.ts')), 'the bundle was built from the core');
  const offending = inputs.filter((i) => /node_modules\/(vscode|vscode-languageserver|vscode-languageclient|vscode-jsonrpc)/.test(i));
  assert.deepEqual(offending, []);
});

test('no core source file imports an editor module, even as a type', () => {
  const files: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name);
      if (e.isDirectory()) walk(full);
      else if (e.name.endsWith('.ts')) files.push(full);
    }
  };
  walk(coreDir);
  assert.ok(files.length > 5, 'found the core sources');
  const bad: string[] = [];
  for (const f of files) {
    const src = fs.readFileSync(f, 'utf8');
    for (const m of src.matchAll(/(?:from|import|require\()\s*['"]([^'"]+)['"]/g)) {
      if (EDITOR_MODULE.test(m[1])) bad.push(`${path.relative(repoRoot, f)} imports ${m[1]}`);
    }
  }
  assert.deepEqual(bad, []);
});
