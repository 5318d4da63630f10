/**
 * The object layer's costs: JS heap bytes per live simulated object (floats, ints, strs, tuples,
 * lists), allocation+release rate through the whole stack (free lists, pymalloc, traces), and the
 * time to snapshot a heap of 100,000 objects.
 */
import { snapshotHeap } from '../../src/engine/heapSnapshot';
import { newFloat } from '../../src/engine/objects/floatObject';
import { newList } from '../../src/engine/objects/listObject';
import { newInt } from '../../src/engine/objects/longObject';
import type { PyObject } from '../../src/engine/objects/object';
import { newTuple } from '../../src/engine/objects/tupleObject';
import { newStr } from '../../src/engine/objects/unicodeObject';
import { Runtime } from '../../src/engine/runtime';

declare const gc: (() => void) | undefined;

function heapUsed(): number {
  if (typeof gc === 'function') { gc(); gc(); }
  return process.memoryUsage().heapUsed;
}

/** Bytes of JS heap per object for `n` live objects made by `make`. */
function bytesPerObject(n: number, make: (rt: Runtime, i: number) => PyObject): number {
  const rt = Runtime.create('3.13');
  const keep: PyObject[] = new Array(n);
  const before = heapUsed();
  for (let i = 0; i < n; i++) keep[i] = make(rt, i);
  const after = heapUsed();
  // `keep` itself costs 8 bytes a slot: the simulated heap does not need it.
  const perObject = (after - before) / n - 8;
  if (keep.length !== n) throw new Error('unreachable');
  return perObject;
}

/** Runs the object benchmarks. */
export function runObjectBench(): { name: string; value: number; unit: string }[] {
  const n = 200_000;
  const rows = [
    { name: 'JS heap per live float', value: bytesPerObject(n, (rt, i) => newFloat(rt, i + 0.5)), unit: 'bytes' },
    { name: 'JS heap per live int (> 256)', value: bytesPerObject(n, (rt, i) => newInt(rt, 1000 + i)), unit: 'bytes' },
    { name: 'JS heap per live str (8 chars)', value: bytesPerObject(n, (rt, i) => newStr(rt, `s${String(i).padStart(7, '0')}`)), unit: 'bytes' },
    { name: 'JS heap per live 2-tuple of ints', value: bytesPerObject(n / 2, (rt, i) => newTuple(rt, [newInt(rt, 1000 + i), newInt(rt, 7)])) / 2, unit: 'bytes/object' },
    { name: 'JS heap per live empty list', value: bytesPerObject(n, (rt) => newList(rt, [])), unit: 'bytes' },
    // A realistic mix: records of (int, str, float) tuples, 4 objects per record.
    { name: 'JS heap per live object, mixed heap of records', value: bytesPerObject(n / 4, (rt, i) =>
      newTuple(rt, [newInt(rt, 1000 + i), newStr(rt, `name${i}`), newFloat(rt, i + 0.5)])) / 4, unit: 'bytes/object' },
  ];
  const rt = Runtime.create('3.13');
  const t0 = performance.now();
  const rounds = 1_000_000;
  for (let i = 0; i < rounds; i++) rt.heap.decref(newFloat(rt, i));
  for (let i = 0; i < rounds; i++) rt.heap.decref(newInt(rt, 100_000 + i));
  const t1 = performance.now();
  rows.push({ name: 'float+int allocate/release through the object layer', value: (2 * rounds) / ((t1 - t0) / 1000), unit: 'pairs/s' });
  const big = Runtime.create('3.13');
  const live: PyObject[] = [];
  for (let i = 0; i < 100_000; i++) live.push(i % 2 ? newFloat(big, i) : newList(big, [newInt(big, 1000 + i)]));
  const s0 = performance.now();
  const view = snapshotHeap(big, { maxObjects: 200_000 });
  const s1 = performance.now();
  rows.push({ name: `snapshot of ${view.summary.liveObjects.toLocaleString('en-US')} live objects`, value: s1 - s0, unit: 'ms' });
  return rows;
}
