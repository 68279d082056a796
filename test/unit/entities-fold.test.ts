/** The fast accent folds (unit by unit, ASCII shortcut) give exactly what the whole-string NFD pipelines gave. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { foldKey } from '../../server/src/core/entities/tokens';
import { foldAccents } from '../../server/src/core/text/normalize';

const slowKey = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’ʼ´`‘]/g, "'").replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/æ/g, 'ae').toLowerCase();
const slowAccents = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’ʼ´`]/g, "'").replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/æ/g, 'ae').replace(/Æ/g, 'AE');

test('foldKey and foldAccents equal the NFD pipelines: every BMP unit, and random mixes of tricky ones', () => {
  for (let c = 0; c < 0x10000; c++) {
    const s = 'A' + String.fromCharCode(c) + 'b';
    assert.equal(foldKey(s), slowKey(s), `unit ${c.toString(16)}`);
    assert.equal(foldAccents(s), slowAccents(s), `unit ${c.toString(16)}`);
  }
  const units = ['a', 'Z', '`', "'", '’', 'ʼ', '´', '‘', 'é', 'É', 'œ', 'Œ', 'æ', 'Æ', '\u0301', '\u0323', '\u1dc0', 'Σ', 'σ', 'İ', 'ß', '\ud834\udd5e', '\ud83d', 'ǣ', ' '];
  let seed = 5;
  const rnd = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296;
  for (let n = 0; n < 20000; n++) {
    let s = '';
    for (let i = 1 + Math.floor(rnd() * 7); i > 0; i--) s += units[Math.floor(rnd() * units.length)];
    assert.equal(foldKey(s), slowKey(s), JSON.stringify(s));
    assert.equal(foldAccents(s), slowAccents(s), JSON.stringify(s));
  }
});
