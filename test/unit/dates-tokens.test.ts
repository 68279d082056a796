import { test } from 'node:test';
import assert from 'node:assert/strict';
import { civil, daysInMonth, utc, weekdayOf } from '../../server/src/core/dates/calendar';
import { DATE_CANDIDATES } from '../../server/src/core/dates/grammar';
import { FoldedWordSet, fold, tokenize, type Token } from '../../server/src/core/dates/tokens';

/**
 * The tokenizer the hand-written loop replaced: one sticky regular expression, a `Token` object
 * per match. Kept here as the reference the fast one must agree with, token for token.
 */
function referenceTokens(text: string): Token[] {
  const out: Token[] = [];
  const re = /[\p{L}\p{M}]+|\d+|\S/gu;
  let prevEnd = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    const s = m[0];
    const start = m.index;
    const c = s.charCodeAt(0);
    let kind: Token['kind'];
    if (c >= 48 && c <= 57) kind = 'n';
    else if (s.length > 1) kind = 'w';
    else if (c < 128) kind = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ? 'w' : 'p';
    else kind = /\p{L}/u.test(s) ? 'w' : 'p';
    const lo = kind === 'p' ? (c < 128 && c !== 96 ? s : /[’ʼ´`‘]/.test(s) ? "'" : s) : kind === 'n' ? s : fold(s);
    const gap = text.slice(prevEnd, start);
    out.push({ kind, text: s, lo, start, end: start + s.length, space: start > prevEnd, newline: gap.includes('\n') });
    prevEnd = start + s.length;
  }
  return out;
}

const PIECES = [
  'mardi', 'MARDI', 'Mars', 'août', 'AOÛT', 'Août', 'fe\u0301vrier', 'FÉVRIER', 'été', 'e\u0301te\u0301', 'ÉTÉ', 'années',
  "aujourd'hui", 'aujourd’hui', 'XIXe', 'siècle', 'SIÈCLE', 'œuvre', 'Œ', 'æ', 'cœur', '😀', '𝐀𝐁', '\u0301', '\ud800', '\udc00',
  'ǅ', 'K', 'İ', 'ß', 'Ⅻ', 'Σ', 'ma\u0308rdi', 'mardi\u0483', '15', '2023', '10.000', '1er', '%', '°', '«', '»', '`', '´',
  'ʼ', 'l’', "d'", '-', '–', '/', ',', '.', '(', ')', 'ﬁn', '가', 'Ǖ',
];
const SEPARATORS = [' ', '', '', '\n', '\t', '\u00a0', '\u2028', '\u3000', ' \n '];

/** A deterministic pseudo-random generator, so a failure can be replayed. */
function random(seed: number): (n: number) => number {
  let s = seed;
  return (n) => {
    s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff;
    return s % n;
  };
}

function randomText(rnd: (n: number) => number): string {
  let s = '';
  const len = 1 + rnd(40);
  for (let k = 0; k < len; k++) {
    const r = rnd(6);
    if (r === 0) s += String.fromCharCode(rnd(0x10000));
    else if (r === 1) s += String.fromCharCode(0x80 + rnd(0x500));
    else if (r === 2) s += String.fromCodePoint(0x10000 + rnd(0x20000));
    else s += PIECES[rnd(PIECES.length)];
    s += SEPARATORS[rnd(SEPARATORS.length)];
  }
  return s;
}

test('the character loop tokenizes exactly as the regular expression did', () => {
  const rnd = random(7);
  for (let n = 0; n < 3000; n++) {
    const text = randomText(rnd);
    const tokens = tokenize(text, DATE_CANDIDATES);
    const got: Token[] = [];
    for (let j = 0; j < tokens.length; j++) got.push(tokens.get(j)!);
    assert.deepEqual(got, referenceTokens(text), JSON.stringify(text));
    assert.equal(tokens.get(-1), undefined);
    assert.equal(tokens.get(tokens.length), undefined);
  }
});

test('every word that folds to a listed word is a candidate, whatever its case and accents', () => {
  const words = new FoldedWordSet(['ete', 'aout', 'mardi', 'fevrier']);
  const rnd = random(11);
  for (let n = 0; n < 3000; n++) {
    const text = randomText(rnd);
    const tokens = tokenize(text, { starts: words, before: new FoldedWordSet([]) });
    const listed = new Set<number>();
    for (let c = 0; c < tokens.candidateCount; c++) listed.add(tokens.candidate(c));
    for (let j = 0; j < tokens.length; j++) {
      const tk = tokens.get(j)!;
      if (tk.kind === 'n' || (tk.kind === 'w' && ['ete', 'aout', 'mardi', 'fevrier'].includes(tk.lo))) {
        assert.ok(listed.has(j), `${JSON.stringify(tk.text)} in ${JSON.stringify(text)}`);
      }
    }
  }
});

test('a word right before one of `before` is a candidate', () => {
  const tokens = tokenize('au XIXe SIE\u0300CLE, au xxe siècle', DATE_CANDIDATES);
  const listed: string[] = [];
  for (let c = 0; c < tokens.candidateCount; c++) listed.push(tokens.get(tokens.candidate(c))!.text);
  assert.ok(listed.includes('XIXe') && listed.includes('xxe'), listed.join(' '));
});

test('calendar arithmetic gives what Date gives', () => {
  for (let y = 90; y <= 2200; y += y < 120 || (y > 1890 && y < 2110) ? 1 : 13) {
    for (let m = -14; m <= 27; m++) {
      assert.equal(daysInMonth(y, m), new Date(Date.UTC(y, m, 0)).getUTCDate(), `${y}-${m}`);
      for (const d of [-31, 0, 1, 15, 28, 29, 30, 31, 32, 400]) assert.equal(utc(y, m, d), Date.UTC(y, m - 1, d), `${y}-${m}-${d}`);
    }
  }
  for (let t = Date.UTC(900, 0, 1); t < Date.UTC(2200, 0, 1); t += 86_400_000 * 37) {
    const dt = new Date(t);
    assert.deepEqual(civil(t), { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() });
    assert.equal(weekdayOf(t), dt.getUTCDay());
  }
});
