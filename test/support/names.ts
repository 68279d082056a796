/** Assertions on the name recogniser's output for one text, shared by the entity tests. */
import assert from 'node:assert/strict';
import { recognize } from '../../server/src/core/entities';

/** The mentions of one text as `TYPE:text` strings, in order. */
export function names(text: string): string[] {
  return recognize(text).mentions.map((m) => `${m.type}:${m.text}`);
}

export function has(text: string, expected: string): void {
  assert.ok(names(text).includes(expected), `${expected} not in ${JSON.stringify(names(text))}`);
}

export function hasNot(text: string, unexpected: string): void {
  assert.ok(!names(text).includes(unexpected), `${unexpected} unexpectedly in ${JSON.stringify(names(text))}`);
}
