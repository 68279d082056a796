/**
 * The name layer takes a file's recognition ready-made (as an indexing thread would send it,
 * through a structured clone) and then gives exactly what it gives when it recognises the file
 * itself: the same mentions, ids and entities.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { test } from 'node:test';
import { findDates } from '../../server/src/core';
import { recognize } from '../../server/src/core/entities';
import { createNameLayer } from '../../server/src/core/linking/nameLayer';
import { seedsDir } from '../support/paths';

test('name layer: a precomputed, structured-cloned recognition gives the same mentions and entities', () => {
  const files = fs.readdirSync(seedsDir).filter((f) => f.endsWith('.txt')).sort();
  assert.ok(files.length > 0);
  const own = createNameLayer();
  const given = createNameLayer();
  for (const f of files) {
    const text = fs.readFileSync(path.join(seedsDir, f), 'utf8');
    const dates = findDates(text);
    own.setFile(f, text, dates);
    given.setFile(f, text, dates, structuredClone(recognize(text, dates)));
  }
  for (const f of files) assert.deepEqual(given.mentions(f), own.mentions(f), f);
  assert.deepEqual([...given.entities()], [...own.entities()]);
});
