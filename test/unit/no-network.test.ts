/** No network at run time: the CLI and the language server run with every socket API booby-trapped. */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import path from 'node:path';
import { test } from 'node:test';
import { distDir, repoRoot, seedsDir } from '../support/paths';

const trap = path.join(repoRoot, 'test', 'fixtures', 'forbid-network.cjs');

test('the trap itself works: a DNS lookup under it exits 97', () => {
  const r = spawnSync(process.execPath, ['-r', trap, '-e', "require('node:dns').lookup('example.org', () => {})"], { encoding: 'utf8' });
  assert.equal(r.status, 97);
  assert.match(r.stderr, /NETWORK ACCESS: dns\.lookup/);
});

test('the CLI analyses the seeds without touching the network', () => {
  const r = spawnSync(process.execPath, ['-r', trap, path.join(distDir, 'cli.js'), 'analyze', seedsDir, '--format', 'json'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.ok(JSON.parse(r.stdout).files.length > 0);
});

test('the language server initialises and serves an article without touching the network', async () => {
  const child = spawn(process.execPath, ['-r', trap, path.join(distDir, 'server.js'), '--stdio'], { stdio: ['pipe', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (d) => (stderr += d));
  const send = (msg: object) => {
    const body = JSON.stringify({ jsonrpc: '2.0', ...msg });
    child.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  };
  let out = '';
  const gotResponse = (id: number) =>
    new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no response ${id}; stderr: ${stderr}`)), 15000);
      const check = () => {
        if (out.includes(`"id":${id},`) || out.includes(`"id":${id}}`)) {
          clearTimeout(timer);
          resolve();
        }
      };
      child.stdout.on('data', (d) => {
        out += d;
        check();
      });
      check();
    });
  const uri = 'file://' + path.join(seedsDir, '000_8928e4cdece35455.txt');
  send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: 'file://' + seedsDir, capabilities: {}, workspaceFolders: [{ uri: 'file://' + seedsDir, name: 'seeds' }] } });
  await gotResponse(1);
  send({ method: 'initialized', params: {} });
  send({ method: 'textDocument/didOpen', params: { textDocument: { uri, languageId: 'seed-article', version: 1, text: 'Le colonel Assimi Goïta a reçu, le mardi 15 août 2023, la Cedeao à Bamako.' } } });
  send({ id: 2, method: 'textDocument/hover', params: { textDocument: { uri }, position: { line: 0, character: 20 } } });
  await gotResponse(2);
  await new Promise((r) => setTimeout(r, 500)); // let background indexing run under the trap too
  send({ id: 3, method: 'shutdown' });
  await gotResponse(3);
  send({ method: 'exit' });
  const code = await new Promise<number | null>((resolve) => child.on('exit', resolve));
  assert.doesNotMatch(stderr, /NETWORK ACCESS/);
  assert.notEqual(code, 97);
});
