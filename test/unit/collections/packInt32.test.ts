import { test } from 'node:test';
import assert from 'node:assert/strict';
import { packFloat64, packInt32 } from '../../../server/src/core/collections/packInt32';

test('packInt32 gives views equal to the arrays, in one buffer, each its own length (empty ones too)', () => {
  const parts = [[1, -2, 3], [], Int32Array.from([7, 8]), [-0x80000000, 0x7fffffff]];
  const views = packInt32(parts);
  assert.equal(views.length, parts.length);
  views.forEach((v, k) => {
    assert.ok(v instanceof Int32Array);
    assert.deepEqual([...v], [...parts[k]]);
    assert.equal(v.buffer, views[0].buffer);
  });
  // Writing through one view leaves its neighbours alone.
  views[2][1] = 99;
  assert.deepEqual([...views[3]], [-0x80000000, 0x7fffffff]);
  assert.deepEqual(packInt32([]), []);
});

test('packFloat64 gives views equal to the arrays, 53-bit keys and NaN kept, in one buffer', () => {
  const parts = [[2 ** 53 - 1, NaN], [], Float64Array.from([0.5, -3])];
  const views = packFloat64(parts);
  views.forEach((v, k) => {
    assert.ok(v instanceof Float64Array);
    assert.deepEqual([...v], [...parts[k]]);
    assert.equal(v.buffer, views[0].buffer);
  });
  assert.deepEqual(packFloat64([]), []);
});
