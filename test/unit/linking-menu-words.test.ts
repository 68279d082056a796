/**
 * A word on a site's menu bar or breadcrumb trail names a section, never a person, even where the corpus knows the
 * word as a person's surname. Every name is made up for this test.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { CorpusIndex } from '../../server/src/core';

test('a menu’s word that is a known surname elsewhere in the corpus is no person on the menu, and still one in the text', () => {
  const index = new CorpusIndex();
  index.upsert('file:///t/a.txt', 'Le ministre Ibrahim Kalanga a inauguré le marché. M. Kalanga a promis des routes.\n');
  index.upsert('file:///t/b.txt', 'Accueil | Politique | Kalanga | Économie | Sport\nLe port rouvre lundi. Selon Kalanga, les quais sont prêts.\n');
  const b = index.nameMentions('file:///t/b.txt').map((m) => `${m.type}:${m.text}@${m.start}`);
  const menuEnd = 'Accueil | Politique | Kalanga | Économie | Sport'.length;
  assert.deepEqual(b.filter((m) => m.startsWith('PERSON:Kalanga') && Number(m.split('@')[1]) < menuEnd), [], JSON.stringify(b));
  assert.ok(b.some((m) => m.startsWith('PERSON:Kalanga') && Number(m.split('@')[1]) > menuEnd), JSON.stringify(b));
});
