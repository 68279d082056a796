import { test } from 'node:test';
import assert from 'node:assert/strict';
import { IntStack } from '../../../server/src/core/collections/intStack';

const valuesOf = (s: IntStack) => Array.from(s.data.subarray(0, s.length));

test('IntStack keeps every value in order as it grows', () => {
  const s = new IntStack();
  assert.equal(s.length, 0);
  const want: number[] = [];
  for (let i = 0; i < 5000; i++) {
    const v = (i * 7919) % 100003 - 50000;
    s.push(v);
    want.push(v);
    assert.ok(s.data.length >= s.length);
  }
  assert.equal(s.length, want.length);
  assert.deepEqual(valuesOf(s), want);
  // Values are int32: the extremes are kept, and a larger number wraps as an Int32Array stores it.
  s.length = 0;
  s.push(-0x80000000);
  s.push(0x7fffffff);
  s.push(2 ** 31);
  assert.deepEqual(valuesOf(s), [-0x80000000, 0x7fffffff, -0x80000000]);
});

test('IntStack emptied by length = 0 keeps its room, and new values overwrite the old', () => {
  const s = new IntStack();
  for (let i = 0; i < 1000; i++) s.push(i);
  const room = s.data;
  s.length = 0;
  assert.deepEqual(valuesOf(s), []);
  for (let i = 0; i < 10; i++) s.push(-i);
  assert.equal(s.data, room, 'no new array while the old room suffices');
  assert.deepEqual(valuesOf(s), [0, -1, -2, -3, -4, -5, -6, -7, -8, -9]);
});

test('IntStack.done copies the values out: later pushes and writes leave the copy alone', () => {
  const s = new IntStack();
  assert.deepEqual([...s.done()], []);
  for (let i = 0; i < 300; i++) s.push(i);
  const copy = s.done();
  assert.ok(copy instanceof Int32Array);
  assert.equal(copy.length, 300);
  assert.notEqual(copy.buffer, s.data.buffer);
  s.data[0] = 99;
  s.length = 0;
  s.push(42);
  assert.equal(copy[0], 0);
  assert.deepEqual([...copy], Array.from({ length: 300 }, (_, i) => i));
});
