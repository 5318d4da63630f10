/**
 * Frame objects and traceback objects (Objects/frameobject.c, Python/traceback.c, 3.11–3.13).
 *
 * Since 3.11 an executing frame lives on the thread's data stack; a `PyFrameObject` is made only
 * when something asks for one (`PyTraceBack_Here` while an exception passes, `f_back`,
 * `sys._getframe`). It is allocated at its full size up front, room for the frame's data included:
 *
 *   [ PyGC_Head 16 | PyFrameObject + frame specials 120/120/136 | localsplus + stack × 8 ]
 *
 * and stays untracked while the frame runs. When the frame finishes while something else still
 * holds its object (`_PyFrame_ClearExceptCode` seeing a reference count above 1), the object
 * takes the frame's data over (`take_ownership`): it keeps the locals and the function alive, links
 * `f_back` to the caller's frame object (materialising it) and becomes tracked.
 *
 * A traceback object is a 40-byte GC object (56 with the head, all three versions) holding the next
 * entry, the frame object, the last instruction and the line.
 */
import type { Heap } from '../heap';
import type { Runtime } from '../runtime';
import { PyGCObject, type PyObject } from './object';
import { TPFLAGS, type PyTypeObject } from './typeObject';

/** The frame data a frame object owns once its frame has finished (its locals, stack, function). */
export interface OwnedFrameData {
  /** Visits what the data references. */
  traverse(visit: (o: PyObject) => void): void;
  /** Releases what the data holds. */
  clear(heap: Heap): void;
}

/** `PyFrameObject`. */
export class PyFrameObject extends PyGCObject {
  /** `f_back` once set (by `take_ownership` or a lookup); owned. */
  back: PyFrameObject | null = null;
  /** The frame's data when the object owns it (`FRAME_OWNED_BY_FRAME_OBJECT`), else null. */
  owned: OwnedFrameData | null = null;
  /** The interpreter's frame (opaque to the engine). */
  frame: unknown = null;
  /** `co_nlocalsplus + co_stacksize`: the slots inside the block. */
  slots = 0;
}

/** `PyTracebackObject`. */
export class PyTracebackObject extends PyGCObject {
  /** `tb_next` (owned), null at the innermost entry. */
  next: PyTracebackObject | null = null;
  /** `tb_frame` (owned). */
  frame: PyFrameObject | null = null;
  /** `tb_lasti`: the byte offset of the instruction that raised. */
  lasti = 0;
  /** `tb_lineno`. */
  lineno = 0;
  /** The raising instruction's index in our code (for the caret line). */
  pc = 0;
}

/** `sizeof(PyTracebackObject)`. */
export const TRACEBACK_BASIC_SIZE = 40;

interface FrameTypes {
  frame: PyTypeObject;
  traceback: PyTypeObject;
}

const cache = new WeakMap<Runtime, FrameTypes>();

function clearFrameObject(heap: Heap, f: PyFrameObject): void {
  const owned = f.owned;
  f.owned = null;
  owned?.clear(heap);
  const back = f.back;
  f.back = null;
  heap.xdecref(back);
}

function clearTraceback(heap: Heap, tb: PyTracebackObject): void {
  const next = tb.next;
  const frame = tb.frame;
  tb.next = null;
  tb.frame = null;
  heap.xdecref(next);
  heap.xdecref(frame);
}

/** `tp_dealloc` (untrack, clear, free), `tp_traverse` and `tp_clear` of a type whose clear releases everything. */
function gcSlots<T extends PyGCObject>(clear: (heap: Heap, o: T) => void, traverse: (o: T, visit: (o: PyObject) => void) => void) {
  return {
    dealloc: (heap: Heap, o: PyObject) => {
      heap.gc.untrack(o as T);
      clear(heap, o as T);
      heap.gcDel(o as T);
    },
    traverse: (o: PyObject, visit: (o: PyObject) => void) => traverse(o as T, visit),
    clear: (heap: Heap, o: PyObject) => clear(heap, o as T),
  };
}

/** The frame and traceback types of `rt`, made on first use. */
export function frameTypes(rt: Runtime): FrameTypes {
  let t = cache.get(rt);
  if (t) return t;
  const frameBasic = rt.profile.frameBasicSize;
  t = {
    frame: rt.staticType({
      name: 'frame', basicsize: frameBasic, itemsize: 8, flags: TPFLAGS.HAVE_GC,
      ...gcSlots<PyFrameObject>(clearFrameObject, (f, visit) => {
        if (f.back) visit(f.back);
        f.owned?.traverse(visit);
      }),
      sizeof: (o) => frameBasic + 8 * (o as PyFrameObject).slots,
    }),
    traceback: rt.staticType({
      name: 'traceback', basicsize: TRACEBACK_BASIC_SIZE, flags: TPFLAGS.HAVE_GC,
      ...gcSlots<PyTracebackObject>(clearTraceback, (tb, visit) => {
        if (tb.next) visit(tb.next);
        if (tb.frame) visit(tb.frame);
      }),
    }),
  };
  cache.set(rt, t);
  return t;
}

/** `_PyFrame_New_NoTrack`: an untracked frame object with room for `slots` slots. */
export function newFrameObject(rt: Runtime, frame: unknown, slots: number): PyFrameObject {
  const type = frameTypes(rt).frame;
  const f = rt.heap.gcNew((a) => new PyFrameObject(type, a), 16 + type.basicsize + 8 * slots, 'frame');
  f.frame = frame;
  f.slots = slots;
  return f;
}

/** `tb_create_raw`: a tracked traceback entry owning `next` and `frame` (both stolen). */
export function newTraceback(rt: Runtime, next: PyTracebackObject | null, frame: PyFrameObject, lasti: number, lineno: number, pc: number): PyTracebackObject {
  const type = frameTypes(rt).traceback;
  const tb = rt.heap.gcNew((a) => new PyTracebackObject(type, a), 16 + TRACEBACK_BASIC_SIZE, 'traceback');
  tb.next = next;
  tb.frame = frame;
  tb.lasti = lasti;
  tb.lineno = lineno;
  tb.pc = pc;
  rt.heap.gc.track(tb);
  return tb;
}
