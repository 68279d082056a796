/**
 * One accent fold for the whole core: the fast versions (unit by unit, ASCII shortcut, per-unit
 * caches) of names, dates and corrections give exactly what the one whole-string NFD pipeline gives.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fold as dateFold } from '../../server/src/core/dates/tokens';
import { foldKey } from '../../server/src/core/entities/tokens';
import { foldAccents, foldLowerSameLength } from '../../server/src/core/text/normalize';

const slowAccents = (s: string) => s.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[’ʼ´`‘]/g, "'").replace(/œ/g, 'oe').replace(/Œ/g, 'OE').replace(/æ/g, 'ae').replace(/Æ/g, 'AE');
const slowKey = (s: string) => slowAccents(s).toLowerCase();

test('every fold of the core (names, dates, accents) equals the one NFD pipeline: every BMP unit, and random mixes of tricky ones', () => {
  for (let c = 0; c < 0x10000; c++) {
    const s = 'A' + String.fromCharCode(c) + 'b';
    assert.equal(foldKey(s), slowKey(s), `unit ${c.toString(16)}`);
    assert.equal(dateFold(s), slowKey(s), `unit ${c.toString(16)}`);
    assert.equal(foldAccents(s), slowAccents(s), `unit ${c.toString(16)}`);
    assert.equal(foldLowerSameLength(s).length, s.length, `unit ${c.toString(16)}`);
  }
  const units = ['a', 'Z', '`', "'", '’', 'ʼ', '´', '‘', 'é', 'É', 'œ', 'Œ', 'æ', 'Æ', '\u0301', '\u0323', '\u1dc0', 'Σ', 'σ', 'İ', 'ß', '\ud834\udd5e', '\ud83d', 'ǣ', ' '];
  let seed = 5;
  const rnd = () => (seed = (seed * 1103515245 + 12345) >>> 0) / 4294967296;
  for (let n = 0; n < 20000; n++) {
    let s = '';
    for (let i = 1 + Math.floor(rnd() * 7); i > 0; i--) s += units[Math.floor(rnd() * units.length)];
    assert.equal(foldKey(s), slowKey(s), JSON.stringify(s));
    assert.equal(dateFold(s), slowKey(s), JSON.stringify(s));
    assert.equal(foldAccents(s), slowAccents(s), JSON.stringify(s));
    const same = foldLowerSameLength(s);
    assert.equal(same.length, s.length, JSON.stringify(s));
    // Where a unit folds to one letter on its own, the same-length fold holds that letter.
    for (let i = 0; i < s.length; i++) if (slowKey(s[i]).length === 1 && !/[\ud800-\udfff]/.test(s[i])) assert.equal(same[i], slowKey(s[i]), JSON.stringify(s));
  }
});
