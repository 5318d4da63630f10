/**
 * Generators (Objects/genobject.c, CPython 3.11–3.13): `RETURN_GENERATOR` copies the function's
 * frame into a new generator object, so the frame lives inline in the generator's block:
 *
 *   [ PyGC_Head 16 | PyGenObject fields + frame specials 152/144/144 | localsplus + stack × 8 ]
 *
 * A small function gives 176 bytes. The frame itself belongs to the interpreter; the engine sees
 * it through `GenFrame` to traverse and clear it. `tp_finalize` (`_PyGen_Finalize`) closes an
 * unfinished generator (GeneratorExit thrown into it) before its dealloc clears the frame.
 */
import type { Heap } from '../heap';
import type { Runtime } from '../runtime';
import { callFinalizerFromDealloc } from './instanceObject';
import { generatorGetsizeof } from './layout/miscLayouts';
import { PyGCObject, type PyObject } from './object';
import { TPFLAGS, type PyTypeObject } from './typeObject';

/** What the engine needs of a generator's frame. */
export interface GenFrame {
  /** Visits what the frame references (locals, stack, function). */
  traverse(visit: (o: PyObject) => void): void;
  /** Releases what the frame holds (`_PyFrame_ClearExceptCode`). */
  clear(heap: Heap): void;
}

/** `gi_frame_state`, reduced to what the simulation distinguishes. */
export type GenState = 'created' | 'suspended' | 'running' | 'completed';

/** `PyGenObject`. */
export class PyGenObject extends PyGCObject {
  /** The embedded frame; null once completed and cleared. */
  frame: GenFrame | null = null;
  state: GenState = 'created';
  /** `gi_name`, `gi_qualname` (owned). */
  name: PyObject | null = null;
  qualname: PyObject | null = null;
  /** The interpreter's code the generator runs (`gi_code`, kept after the frame is gone); opaque to the engine. */
  code: object | null = null;
  /** `co_nlocalsplus + co_stacksize`: the frame's slots inside the block. */
  frameSlots = 0;
}

/** The kinds of generator-like objects: one C struct layout, three types (Objects/genobject.c). */
export type GenKind = 'generator' | 'coroutine' | 'async_generator';

/** Whether `o` is a native coroutine (`PyCoro_CheckExact`). */
export function isCoroutine(o: PyObject): o is PyGenObject {
  return o instanceof PyGenObject && o.type.name === 'coroutine';
}

/** Whether `o` is a plain generator (`PyGen_CheckExact`): its own iterator, unlike a coroutine. */
export function isPlainGenerator(o: PyObject): o is PyGenObject {
  return o instanceof PyGenObject && o.type.name === 'generator';
}

/**
 * The generator (or coroutine) type; `finalize` is the interpreter's close-on-dealloc. A coroutine
 * is finalized even when never started: `_PyGen_Finalize` warns that it was never awaited.
 */
export function makeGeneratorType(rt: Runtime, name: GenKind = 'generator'): PyTypeObject {
  const basicsize = rt.profile.generatorBasicSize;
  const release = (heap: Heap, g: PyGenObject) => {
    const frame = g.frame;
    g.frame = null;
    g.state = 'completed';
    frame?.clear(heap);
  };
  return rt.staticType({
    name, basicsize, itemsize: 8, flags: TPFLAGS.HAVE_GC,
    dealloc: (heap, o) => {
      const g = o as PyGenObject;
      heap.gc.untrack(g);
      // gen_dealloc: the weak references go before the generator is closed.
      if (heap.weakrefLists.size !== 0 && heap.weakrefLists.has(g)) heap.clearWeakRefs(g);
      if (g.frame && (g.state !== 'created' || name === 'coroutine') && callFinalizerFromDealloc(g)) return;
      release(heap, g);
      const names = [g.name, g.qualname];
      g.name = g.qualname = null;
      for (const n of names) heap.xdecref(n);
      heap.gcDel(g);
    },
    traverse: (o, visit) => {
      const g = o as PyGenObject;
      g.frame?.traverse(visit);
      if (g.name) visit(g.name);
      if (g.qualname) visit(g.qualname);
    },
    clear: (heap, o) => release(heap, o as PyGenObject),
    sizeof: (o) => basicsize + 8 * (o as PyGenObject).frameSlots,
  });
}

/** `make_gen` for a code of `nlocalsplus` locals and `stacksize` stack: tracked, owning `frame`. */
export function newGenerator(rt: Runtime, type: PyTypeObject, frame: GenFrame, frameSlots: number,
  name: PyObject, qualname: PyObject): PyGenObject {
  const nbytes = generatorGetsizeof(rt.profile, frameSlots, 0);
  const g = rt.heap.gcNew((a) => new PyGenObject(type, a), nbytes, 'generator');
  g.frame = frame;
  g.frameSlots = frameSlots;
  rt.heap.incref(name);
  rt.heap.incref(qualname);
  g.name = name;
  g.qualname = qualname;
  rt.heap.gc.track(g);
  return g;
}
