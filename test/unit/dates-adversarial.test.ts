import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDates } from '../../server/src/core/dates';

/** Repeats `unit` until the string is about `size` characters long. */
const fill = (unit: string, size: number): string => unit.repeat(Math.ceil(size / unit.length)).slice(0, size);

const MB = 1_000_000;
const BOUND_MS = 10_000;

function timed(src: string): { ms: number; n: number } {
  const t0 = performance.now();
  const out = findDates(src);
  const ms = performance.now() - t0;
  for (const m of out) assert.equal(m.text, src.slice(m.start, m.end));
  return { ms, n: out.length };
}

test('1 MB of adversarial text finishes in linear time', () => {
  const inputs: Record<string, string> = {
    digits: fill('1234567890', MB),
    slashes: fill('12/02/2026/', MB),
    digitSlashRuns: fill('1/1/1/1/1/1/1/1/1/1/', MB),
    dots: fill('10.000.2000.', MB),
    articles: fill('le le le la les du de ', MB),
    monthsNoSpaces: fill('janvierfévriermarsavrilmaijuinjuilletaoût', MB),
    monthsSpaced: fill('mai juin 12 et 13 et 14 et ', MB),
    dayLists: fill('les 1, 2, 3, 4, 5 et ', MB),
    weekdays: fill('lundi mardi dernier hier ', MB),
    years: fill('en 1999 à 2000 - 2001 / ', MB),
    apostrophes: fill("aujourd'hui’l’l’", MB),
    qualifiers: fill('fin de la début du mi- ', MB),
    noDates: fill('abc ', MB),
  };
  for (const [name, src] of Object.entries(inputs)) {
    const { ms } = timed(src);
    assert.ok(ms < BOUND_MS, `${name}: ${ms.toFixed(0)} ms`);
  }
});

test('a realistic 1 MB article body is handled and finds its dates', () => {
  const para = 'Le mardi 15 août 2023, le ministre a reçu hier la délégation. En 1960, 2000 personnes; les 9 et 10 octobre 2025. ';
  const { ms, n } = timed(fill(para, MB));
  assert.ok(ms < BOUND_MS, `${ms.toFixed(0)} ms`);
  assert.ok(n > 10_000);
});
