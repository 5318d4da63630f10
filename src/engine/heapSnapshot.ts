/**
 * The whole heap as the panel draws it (`HeapView`): the allocator's arenas and pools, every live
 * object with its size, refcount, allocator, GC generation, allocating line and references, the
 * free lists and the GC generations. A pure read; cheap enough to take at every recorded step of a
 * small script, and linear in the heap for a large one.
 */
import type { FreeListView, GenerationView, HeapSummary, HeapView, ObjectView, TimelinePoint } from '../protocol/heapModel';
import { traceLineOf } from './memory/pyMemory';
import { snapshotArenas, summarizeAllocator } from './obmalloc/snapshot';
import type { PyGCObject, PyObject } from './objects/object';
import type { Runtime } from './runtime';
import { describeObject } from './objects/describe';
import { PyListObject } from './objects/listObject';
import { PyTupleObject } from './objects/tupleObject';

/** Options of a snapshot. */
export interface SnapshotOptions {
  /** Labels objects (the interpreter's `repr`, shortened); defaults to the engine's own. */
  describe?: (o: PyObject) => string;
  /** The timeline recorded so far. */
  timeline?: TimelinePoint[];
  /** Most objects listed (the summary still counts them all). */
  maxObjects?: number;
  /** Names bound now (module globals, the paused frame's locals): their objects are always listed. */
  variables?: { name: string; object: PyObject; scope: 'global' | 'local' }[];
}

/** A snapshot of `rt`'s heap. */
export function snapshotHeap(rt: Runtime, options: SnapshotOptions = {}): HeapView {
  const heap = rt.heap;
  const describe = options.describe ?? ((o: PyObject) => describeObject(o));
  const generationOf = new Map<PyGCObject, ObjectView['generation']>();
  const generations: GenerationView[] = heap.gc.generations.map((g, i) => {
    let objects = 0;
    for (const o of g) {
      generationOf.set(o, i as 0 | 1 | 2);
      objects++;
    }
    return { generation: i, count: g.count, threshold: g.threshold, objects };
  });
  for (const o of heap.gc.permanent) generationOf.set(o, 'permanent');

  const footprints = heap.memory.footprints;
  const max = options.maxObjects ?? 20_000;
  const objects: ObjectView[] = [];
  const listed = new Set<PyObject>();
  const bound = (options.variables ?? []).map((v) => v.object);
  for (const o of [...bound, ...heap.live]) {
    if (objects.length >= max && !bound.includes(o)) break;
    if (listed.has(o)) continue;
    listed.add(o);
    const references: number[] = [];
    o.type.traverse(o, (r) => references.push(r.id));
    // list_traverse and tupletraverse go last to first; the view lists items in index order.
    if (o instanceof PyListObject || o instanceof PyTupleObject) references.reverse();
    // A trace holds a location: an imported module's line is mapped back to its file and line.
    const where = footprints.place(traceLineOf(o.trace));
    objects.push({
      id: o.id,
      typeName: o.type.name,
      size: o.type.getsizeof(o),
      refcount: o.refcnt,
      label: describe(o),
      allocator: !heap.live.has(o) ? 'static' : heap.memory.servedBy(o.address) === 'pymalloc' ? 'pymalloc' : 'raw',
      generation: generationOf.get(o as PyGCObject) ?? null,
      line: where.line || null,
      ...(where.file === undefined ? {} : { file: where.file }),
      references,
    });
  }

  const freeLists: FreeListView[] = [rt.floatFreeList, ...rt.tupleFreeLists, rt.listFreeList, rt.dictFreeList, rt.dictKeysFreeList, rt.sliceCache]
    .map((f) => ({ name: f.name, size: f.size, capacity: f.capacity }));

  const summary: HeapSummary = {
    version: rt.profile.version,
    arenasAllocated: 0, arenasHighWater: 0, poolsInUse: 0,
    pymallocBlocks: heap.memory.pymallocBlocks, pymallocBytes: heap.memory.pymallocBytes,
    rawBlocks: heap.memory.rawBlocks, rawBytes: heap.memory.rawBytes,
    liveObjects: heap.live.size,
  };
  if (rt.obmalloc) {
    const a = summarizeAllocator(rt.obmalloc);
    summary.arenasAllocated = a.arenasAllocated;
    summary.arenasHighWater = a.arenasHighWater;
    summary.poolsInUse = a.poolsInUse;
  }
  return {
    summary,
    arenas: rt.obmalloc ? snapshotArenas(rt.obmalloc) : [],
    objects,
    variables: (options.variables ?? []).map((v) => ({ name: v.name, id: v.object.id, scope: v.scope })),
    freeLists,
    generations,
    timeline: options.timeline ?? [],
  };
}
