// LineMap, the one place offsets become LSP positions, agrees with the LSP library's TextDocument
// on every offset and position of texts mixing the three line breaks.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { LineMap } from '../../server/src/workspace/positions';
import { prng } from '../support/prng';

const PIECES = ['a', 'é', 'l’', '🇲🇱', ' ', '\n', '\r\n', '\r', '\n\n', '\r\r\n'];

function randomText(rand: () => number): string {
  let s = '';
  const n = Math.floor(rand() * 40);
  for (let i = 0; i < n; i++) s += PIECES[Math.floor(rand() * PIECES.length)];
  return s;
}

test('positions and offsets match TextDocument on texts with \\n, \\r\\n and lone \\r', () => {
  const rand = prng(20261203);
  for (let round = 0; round < 400; round++) {
    const text = round === 0 ? '' : randomText(rand);
    const doc = TextDocument.create('file:///t.txt', 'seed-article', 1, text);
    const map = new LineMap(text);
    assert.equal(map.lineCount, doc.lineCount, JSON.stringify(text));
    for (let o = -1; o <= text.length + 1; o++) {
      // Between the two characters of a \r\n no mention starts or ends (TextDocument moves such an offset back).
      if (text[o - 1] === '\r' && text[o] === '\n') continue;
      assert.deepEqual(map.position(o), doc.positionAt(o), `${JSON.stringify(text)} @${o}`);
    }
    for (let line = 0; line <= doc.lineCount; line++) {
      for (const character of [0, 1, 3, 100]) {
        const pos = { line, character };
        assert.equal(map.offset(pos), doc.offsetAt(pos), `${JSON.stringify(text)} ${line}:${character}`);
      }
      if (line < doc.lineCount) {
        // The end of a line's text: where its line break (if any) begins.
        const end = doc.offsetAt({ line, character: Number.MAX_SAFE_INTEGER });
        assert.equal(map.lineEnd(line), end, `${JSON.stringify(text)} end of ${line}`);
        assert.equal(map.lineStart(line), doc.offsetAt({ line, character: 0 }));
      }
    }
  }
});
