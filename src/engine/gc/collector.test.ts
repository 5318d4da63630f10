/**
 * The collector's algorithm on a minimal container type ("node": a GC object holding references),
 * checked against what CPython does with the same shapes of objects (Modules/gcmodule.c and the
 * measurements in the reference: a self-referencing list gives 1, a two-object cycle gives 2,
 * weakref callbacks before `__del__`, `__del__` once, a resurrected object survives).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Heap } from '../heap';
import { PyGCObject, type PyObject } from '../objects/object';
import { PyTypeObject, TPFLAGS } from '../objects/typeObject';
import { profileFor } from '../profile/versionProfile';
import { bumpAllocators } from '../testing/bumpAllocators';
import { Collector, DEBUG_SAVEALL, type GcHooks } from './collector';

class Node extends PyGCObject {
  refs: PyObject[] = [];
  name = '';
}

function setup(hooks: Partial<GcHooks> = {}) {
  const heap = new Heap(profileFor('3.12'), bumpAllocators());
  const nodeType = new PyTypeObject(null, heap.staticAddress(928), {
    name: 'node', basicsize: 24, flags: TPFLAGS.HAVE_GC,
    dealloc: (h, o) => {
      const n = o as Node;
      h.gc.untrack(n);
      const refs = n.refs.splice(0);
      for (let i = refs.length - 1; i >= 0; i--) h.decref(refs[i]);
      h.gcDel(n);
    },
    traverse: (o, visit) => { for (const r of (o as Node).refs) visit(r); },
    clear: (h, o) => { const refs = (o as Node).refs.splice(0); for (const r of refs) h.decref(r); },
  });
  nodeType.type = nodeType;
  const log: string[] = [];
  const full: GcHooks = {
    finalize: () => false,
    handleWeakrefs: () => 0,
    maybeUntrackTuple: () => {},
    maybeUntrackDict: () => {},
    clearFreeLists: () => log.push('clear free lists'),
    invokeCallbacks: (_h, phase, generation, collected) => log.push(`${phase} ${generation} ${collected}`),
    saveGarbage: (_h, o) => log.push(`saved ${(o as Node).name}`),
    ...hooks,
  };
  const collector = new Collector(heap, full);
  const node = (name: string): Node => {
    const n = heap.gcNew((a) => new Node(nodeType, a), 16 + 24 + 8, 'node');
    n.name = name;
    heap.gc.track(n);
    return n;
  };
  const link = (from: Node, to: Node) => { heap.incref(to); from.refs.push(to); };
  return { heap, collector, node, link, log };
}

test('a self-referencing object is found: gc.collect() returns 1 and frees it', () => {
  const { heap, collector, node, link, log } = setup();
  const a = node('a');
  link(a, a);
  heap.decref(a); // `del a`
  assert.equal(heap.live.size, 1);
  assert.equal(collector.collect(2), 1);
  assert.equal(heap.live.size, 0);
  assert.deepEqual(log, ['start 2 0', 'clear free lists', 'stop 2 1']);
});

test('a two-object cycle gives 2; objects still referenced survive and move to the old generation', () => {
  const { heap, collector, node, link } = setup();
  const a = node('a');
  const b = node('b');
  const keep = node('keep');
  link(a, b);
  link(b, a);
  heap.decref(a);
  heap.decref(b);
  assert.equal(collector.collect(0), 2);
  assert.equal(heap.live.size, 1);
  assert.ok(keep.tracked);
  assert.equal(heap.gc.generations[0].size, 0);
  assert.equal(heap.gc.generations[1].size, 1);
});

test('collecting generation g resets counts 0..g and bumps g+1 (gc_collect_main)', () => {
  const { heap, collector, node } = setup();
  node('x');
  node('y');
  assert.deepEqual(heap.gc.generations.map((g) => g.count), [2, 0, 0]);
  collector.collect(0);
  assert.deepEqual(heap.gc.generations.map((g) => g.count), [0, 1, 0]);
  collector.collect(1);
  assert.deepEqual(heap.gc.generations.map((g) => g.count), [0, 0, 1]);
  collector.collect(2);
  assert.deepEqual(heap.gc.generations.map((g) => g.count), [0, 0, 0]);
  assert.deepEqual(heap.gc.stats.map((s) => s.collections), [1, 1, 1]);
});

test('garbage reachable only from garbage is collected with it; reachable chains are not', () => {
  const { heap, collector, node, link } = setup();
  const root = node('root');
  const kept = node('kept');
  link(root, kept);
  heap.decref(kept);
  const c1 = node('c1');
  const c2 = node('c2');
  const tail = node('tail');
  link(c1, c2);
  link(c2, c1);
  link(c2, tail);
  heap.decref(tail);
  heap.decref(c1);
  heap.decref(c2);
  assert.equal(collector.collect(2), 3);
  assert.deepEqual([...heap.live].map((o) => (o as Node).name).sort(), ['kept', 'root']);
});

test('__del__ runs once, in list order, and a resurrected object survives the collection', () => {
  const finalized: string[] = [];
  let saved: Node | null = null;
  const { heap, collector, node, link } = setup({
    finalize: (h, o) => {
      const n = o as Node;
      finalized.push(n.name);
      if (n.name === 'phoenix') { h.incref(n); saved = n; }
      return true;
    },
  });
  const a = node('a');
  const p = node('phoenix');
  link(a, p);
  link(p, a);
  heap.decref(a);
  heap.decref(p);
  assert.equal(collector.collect(2), 0, 'resurrected: nothing is collected');
  assert.deepEqual(finalized, ['a', 'phoenix']);
  assert.equal(heap.live.size, 2);
  // Drop the resurrecting reference: the cycle is garbage again, but __del__ does not run twice.
  heap.decref(saved as unknown as Node);
  assert.equal(collector.collect(2), 2);
  assert.deepEqual(finalized, ['a', 'phoenix']);
  assert.equal(heap.live.size, 0);
});

test('DEBUG_SAVEALL keeps garbage in gc.garbage, still tracked (moved to the old generation)', () => {
  const { heap, collector, node, link, log } = setup();
  collector.debug = DEBUG_SAVEALL;
  const a = node('a');
  link(a, a);
  heap.decref(a);
  assert.equal(collector.collect(2), 1);
  assert.ok(log.includes('saved a'));
  assert.equal(a.tracked, true);
  assert.equal(heap.live.size, 1);
});

test('the trigger: count past threshold0 schedules (3.12) and collectGenerations picks the generation', () => {
  const { heap, collector, node } = setup();
  heap.gc.generations[0].threshold = 3;
  for (let i = 0; i < 3; i++) node(`n${i}`);
  assert.equal(heap.gc.collectionPending, false);
  node('n3');
  assert.equal(heap.gc.collectionPending, true);
  collector.runDue();
  assert.equal(heap.gc.collectionPending, false);
  assert.deepEqual(heap.gc.generations.map((g) => g.count), [0, 1, 0]);
});

test('stress mode: every GC allocation makes a full collection due, unless the GC is disabled', () => {
  const { heap, collector, node } = setup();
  heap.gcStress = true;
  node('a');
  assert.equal(heap.gc.collectionPending, true);
  collector.runDue();
  assert.equal(heap.gc.stats[2].collections, 1);
  heap.gc.enabled = false;
  node('b');
  assert.equal(heap.gc.collectionPending, false);
});

test('a million-long chain is freed without overflowing the stack (trashcan)', () => {
  const { heap, node, link } = setup();
  const head = node('head');
  let cur = head;
  for (let i = 0; i < 1_000_000; i++) {
    const next = node('n');
    link(cur, next);
    heap.decref(next);
    cur = next;
  }
  assert.equal(heap.live.size, 1_000_001);
  heap.decref(head);
  assert.equal(heap.live.size, 0);
});
