/** The heap snapshot the panel draws: objects with their sizes, generations, lines and references. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { snapshotHeap } from './heapSnapshot';
import { newFloat } from './objects/floatObject';
import { newList } from './objects/listObject';
import { newTuple } from './objects/tupleObject';
import { newStr } from './objects/unicodeObject';
import { Runtime } from './runtime';

test('a snapshot lists live objects with getsizeof, generation, allocating line and references', () => {
  const rt = Runtime.create('3.12');
  rt.heap.line = 3;
  const f = newFloat(rt, 2.5);
  rt.heap.line = 4;
  const s = newStr(rt, 'hello');
  rt.heap.incref(f);
  rt.heap.line = 5;
  const l = newList(rt, [f, s]);
  const t = newTuple(rt, [newFloat(rt, 1)]);
  const view = snapshotHeap(rt);
  const byId = new Map(view.objects.map((o) => [o.id, o]));
  assert.equal(view.summary.liveObjects, 5);
  assert.deepEqual(byId.get(f.id), {
    id: f.id, typeName: 'float', size: 24, refcount: 2, label: '2.5', allocator: 'pymalloc', generation: null, line: 3, references: [],
  });
  assert.equal(byId.get(s.id)?.size, 46);
  assert.equal(byId.get(l.id)?.generation, 0);
  assert.equal(byId.get(l.id)?.size, 56 + 16);
  assert.deepEqual(byId.get(l.id)?.references, [f.id, s.id]);
  assert.equal(byId.get(t.id)?.line, 5);
  assert.ok(view.arenas.length >= 1);
  assert.equal(view.generations[0].objects, 2);
  assert.equal(view.freeLists.find((x) => x.name === 'float')?.capacity, 100);
});
