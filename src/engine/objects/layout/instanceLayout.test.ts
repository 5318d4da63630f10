import { test } from 'node:test';
import assert from 'node:assert/strict';
import { profile311, profile313 } from '../../profile/versionProfile';
import { createInstance, heapTypeLayout, newSharedKeys, objectBaseInfo, plainClassSpec, sharedKeysRequest } from './instanceLayout';

test('a plain instance: 3.11 keeps the weakref slot, 3.13 inlines the values', () => {
  const l311 = heapTypeLayout(profile311, objectBaseInfo(), plainClassSpec());
  const l313 = heapTypeLayout(profile313, objectBaseInfo(), plainClassSpec());
  assert.deepEqual([l311.basicSize, l311.inlineValues, l313.basicSize, l313.inlineValues], [24, false, 16, true]);
  const first311 = createInstance(l311, newSharedKeys());
  assert.deepEqual([first311.objectRequest, first311.valuesRequest, first311.capacity], [56, 264, 29]);
  const first313 = createInstance(l313, newSharedKeys());
  assert.deepEqual([first313.objectRequest, first313.valuesRequest, first313.capacity], [328, 0, 30]);
  assert.equal(sharedKeysRequest(), 768);
});
