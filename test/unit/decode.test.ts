/**
 * Files decoded as VS Code decodes them (server/src/core/corpus/decode.ts): BOMs first, zero bytes,
 * then jschardet's guess only with `files.autoGuessEncoding`, else `files.encoding`. "The editor's
 * text" here is what VS Code's own decoders give: WHATWG's non-fatal UTF-8 TextDecoder (VS Code's
 * UTF-8 decoder), and jschardet 3.1.4 (VS Code 1.100's) for guesses.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { decodeArticle, findDates } from '../../server/src/core';
import { encodingGuesser } from '../../server/src/workspace/encodingGuess';
import { decodeFile } from '../../server/src/workspace/files';
import { seedsDir } from '../support/paths';

const editorUtf8 = (b: Uint8Array) => new TextDecoder('utf-8').decode(b);
const latin1 = (s: string) => Buffer.from(s, 'latin1');
const FRENCH = 'Bamako, 15 août 2023. Le président de la Transition, le colonel Assimi Goïta, a reçu les délégués. Été comme hiver, la Cédéao négocie.\n';

/** A seed with one byte made invalid inside a word, after accented letters and before others. */
function seedWithOneBadByte(): { bytes: Buffer; at: number } {
  const bytes = fs.readFileSync(path.join(seedsDir, '000_8928e4cdece35455.txt'));
  const at = bytes.indexOf(0x20, 200); // a space: the words around it stay whole
  const bad = Buffer.from(bytes);
  bad[at] = 0xff;
  return { bytes: bad, at };
}

test('UTF-8 text is read as is, a leading BOM dropped, no notice', () => {
  const r = decodeArticle(Buffer.from('\uFEFFLe président a reçu…', 'utf8'));
  assert.deepEqual(r, { ok: true, text: 'Le président a reçu…' });
});

test('valid UTF-8 with one stray byte stays UTF-8: U+FFFD at that byte, the rest as written, offsets as the editor counts them', () => {
  const { bytes, at } = seedWithOneBadByte();
  const r = decodeArticle(bytes);
  assert.ok(r.ok);
  assert.equal(r.text, editorUtf8(bytes));
  const good = editorUtf8(fs.readFileSync(path.join(seedsDir, '000_8928e4cdece35455.txt')));
  const charAt = editorUtf8(bytes.subarray(0, at)).length;
  assert.equal(r.text[charAt], '\uFFFD');
  assert.equal(r.text.length, good.length);
  assert.equal(r.text.slice(charAt + 1), good.slice(charAt + 1), 'every character after the bad byte is where it was');
  assert.match(r.text, /Goïta/);
  assert.match(r.notice ?? '', /1 invalid byte sequence \(the first at byte \d+\) read as U\+FFFD/);
});

test('the stray byte keeps the names and dates of a French article', () => {
  const bytes = Buffer.concat([Buffer.from(FRENCH, 'utf8'), Buffer.from([0x93]), Buffer.from(FRENCH, 'utf8')]);
  const r = decodeArticle(bytes);
  assert.ok(r.ok);
  assert.equal(r.text, editorUtf8(bytes));
  assert.deepEqual(
    findDates(r.text)
      .filter((d) => d.value)
      .map((d) => d.value),
    ['2023-08-15', '2023-08-15'],
  );
  assert.equal(r.text.split('Assimi Goïta').length, 3);
});

test('a U+FFFD written in the file is not counted as a replacement', () => {
  const bytes = Buffer.concat([Buffer.from('déjà \uFFFD ici ', 'utf8'), Buffer.from([0xc3])]);
  const r = decodeArticle(bytes);
  assert.ok(r.ok);
  assert.equal(r.text, editorUtf8(bytes));
  assert.match(r.notice ?? '', /: 1 invalid byte sequence \(the first at byte 15\)/);
});

test('Latin-1 bytes with the default settings: UTF-8 with U+FFFD, as VS Code opens them, with a notice', () => {
  const bytes = latin1(FRENCH);
  const r = decodeArticle(bytes);
  assert.ok(r.ok);
  assert.equal(r.text, editorUtf8(bytes));
  assert.match(r.notice ?? '', /not valid UTF-8: \d+ invalid byte sequences \(the first at byte 13\)/);
});

test('Latin-1 bytes with files.autoGuessEncoding: Windows-1252, because jschardet guesses so', () => {
  const bytes = latin1(FRENCH.repeat(4));
  const guess = encodingGuesser();
  assert.ok(guess, 'jschardet loads');
  assert.equal(guess(bytes), 'windows-1252');
  const r = decodeFile(bytes, Infinity, { encoding: 'utf8', autoGuessEncoding: true });
  assert.ok(r.ok);
  assert.equal(r.text, FRENCH.repeat(4));
  assert.equal(r.notice, 'decoded as Windows-1252 (guessed, files.autoGuessEncoding)');
});

test('files.autoGuessEncoding follows the guess even where it garbles: one bad byte in UTF-8 is guessed ISO-8859-2, as VS Code shows it', () => {
  const { bytes } = seedWithOneBadByte();
  const guess = encodingGuesser()!;
  assert.equal(guess(bytes), 'ISO-8859-2');
  const r = decodeFile(bytes, Infinity, { encoding: 'utf8', autoGuessEncoding: true });
  assert.ok(r.ok);
  assert.equal(r.text, new TextDecoder('iso-8859-2').decode(bytes));
  assert.match(r.notice ?? '', /decoded as iso88592 \(guessed/);
});

test('files.autoGuessEncoding on valid UTF-8 or plain ASCII changes nothing (jschardet says UTF-8, ASCII is ignored)', () => {
  const utf8 = Buffer.from(FRENCH.repeat(3), 'utf8');
  assert.deepEqual(decodeFile(utf8, Infinity, { encoding: 'utf8', autoGuessEncoding: true }), { ok: true, text: FRENCH.repeat(3) });
  const ascii = Buffer.from('Plain words only, nothing else.\n'.repeat(10));
  assert.equal(encodingGuesser()!(ascii), 'ascii');
  const r = decodeFile(ascii, Infinity, { encoding: 'windows1252', autoGuessEncoding: true });
  assert.ok(r.ok && r.notice === 'decoded as Windows-1252 (files.encoding)');
});

test('files.encoding names the encoding when nothing else does; ISO-8859-1 is itself, not Windows-1252', () => {
  const r = decodeArticle(latin1(FRENCH), { encoding: 'windows1252' });
  assert.ok(r.ok && r.text === FRENCH && r.notice === 'decoded as Windows-1252 (files.encoding)');
  const c1 = decodeArticle(Uint8Array.from([0x41, 0x80, 0x42]), { encoding: 'iso88591' });
  assert.ok(c1.ok && c1.text === 'A\u0080B');
  const w = decodeArticle(Uint8Array.from([0x41, 0x80, 0x42]), { encoding: 'windows1252' });
  assert.ok(w.ok && w.text === 'A€B');
  const undefinedInCp1252 = decodeArticle(Uint8Array.from([0x81, 0x9f]), { encoding: 'windows1252' });
  assert.ok(undefinedInCp1252.ok && undefinedInCp1252.text === '\uFFFDŸ');
  // `utf8bom` reads as UTF-8.
  assert.deepEqual(decodeArticle(Buffer.from('été'), { encoding: 'utf8bom' }), { ok: true, text: 'été' });
});

test('a BOM wins over files.encoding and the guess', () => {
  const bytes = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(FRENCH, 'utf8')]);
  assert.deepEqual(decodeFile(bytes, Infinity, { encoding: 'windows1252', autoGuessEncoding: true }), { ok: true, text: FRENCH });
  const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('Bamako, 1er mai', 'utf16le')]);
  const r = decodeArticle(le, { encoding: 'windows1252' });
  assert.ok(r.ok && r.text === 'Bamako, 1er mai' && r.notice === 'decoded as UTF-16LE (BOM)');
  const be = Buffer.from(Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('Niamey', 'utf16le').swap16()]));
  const rb = decodeArticle(be);
  assert.ok(rb.ok && rb.text === 'Niamey' && rb.notice === 'decoded as UTF-16BE (BOM)');
});

test('UTF-16 without a BOM is read when the first 512 bytes have zero bytes where UTF-16 has them', () => {
  const le = decodeArticle(Buffer.from('Dakar, 2 juin', 'utf16le'));
  assert.ok(le.ok && le.text === 'Dakar, 2 juin' && /UTF-16LE \(no BOM/.test(le.notice ?? ''));
  const be = decodeArticle(Buffer.from('Dakar, 2 juin', 'utf16le').swap16());
  assert.ok(be.ok && be.text === 'Dakar, 2 juin' && /UTF-16BE \(no BOM/.test(be.notice ?? ''));
});

test('zero bytes anywhere else mark a binary file, skipped with a reason', () => {
  assert.deepEqual(decodeArticle(Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0x00])), { ok: false, reason: 'binary file' });
  // Past the first 512 bytes VS Code would open it as text; the index still never analyses a NUL.
  assert.deepEqual(decodeArticle(Buffer.concat([Buffer.alloc(600, 0x61), Buffer.from([0])])), { ok: false, reason: 'binary file' });
});

test('an unknown files.encoding is UTF-8, as in VS Code; one only the editor knows says positions may differ', () => {
  const unknown = decodeArticle(Buffer.from('été'), { encoding: 'klingon' });
  assert.ok(unknown.ok && unknown.text === 'été' && /unknown encoding 'klingon'.*as the editor does/.test(unknown.notice ?? ''));
  const cp437 = decodeArticle(Buffer.from('abc'), { encoding: 'cp437' });
  assert.ok(cp437.ok && /'cp437'.*may differ/.test(cp437.notice ?? ''));
});

test('a file over the size cap is skipped with the sizes in the reason', () => {
  const r = decodeArticle(new Uint8Array(3 * 1048576), 1048576);
  assert.equal(r.ok, false);
  assert.ok(!r.ok && /too large \(3\.0 MB > 1\.0 MB/.test(r.reason));
});

test('an empty file is an empty article, not an error', () => {
  assert.deepEqual(decodeArticle(new Uint8Array(0)), { ok: true, text: '' });
});
