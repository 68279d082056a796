import assert from 'node:assert/strict';
import { test } from 'node:test';
import { decodeArticle } from '../../server/src/core';

test('UTF-8 text is read as is, a leading BOM dropped', () => {
  const r = decodeArticle(Buffer.from('\uFEFFLe président a reçu…', 'utf8'));
  assert.deepEqual(r, { ok: true, text: 'Le président a reçu…' });
});

test('a NUL byte marks a binary file, skipped with a reason', () => {
  const r = decodeArticle(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00]));
  assert.deepEqual(r, { ok: false, reason: 'binary file' });
});

test('Latin-1 bytes that are not UTF-8 are decoded as Windows-1252 with a notice', () => {
  const r = decodeArticle(Uint8Array.from([0x45, 0x74, 0xe9, 0x20, 0x32, 0x30, 0x32, 0x33])); // "Eté 2023"
  assert.equal(r.ok, true);
  assert.ok(r.ok && r.text === 'Eté 2023');
  assert.ok(r.ok && /Windows-1252/.test(r.notice ?? ''));
});

test('UTF-16 with a BOM is decoded with a notice', () => {
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Bamako, 1er mai', 'utf16le')]);
  const r = decodeArticle(le);
  assert.ok(r.ok && r.text === 'Bamako, 1er mai' && /UTF-16LE/.test(r.notice ?? ''));
});

test('a file over the size cap is skipped with the sizes in the reason', () => {
  const r = decodeArticle(new Uint8Array(3 * 1048576), 1048576);
  assert.equal(r.ok, false);
  assert.ok(!r.ok && /too large \(3\.0 MB > 1\.0 MB/.test(r.reason));
});

test('an empty file is an empty article, not an error', () => {
  assert.deepEqual(decodeArticle(new Uint8Array(0)), { ok: true, text: '' });
});
