/**
 * `heapq` (Modules/_heapqmodule.c and Lib/heapq.py, 3.11–3.13). The C functions are mirrored
 * comparison for comparison, so a heap of objects with a custom `__lt__` sees the same calls in
 * the same order, and the list grows and shrinks as the C code resizes it:
 *
 *   heappush      PyList_Append, then siftdown(0, n)
 *   heappop       PyList_SetSlice(n-1, n) (list_resize(n-1)), then siftup(0) with the last item
 *   heapreplace   siftup(0) with the new item at the root
 *   heappushpop   returns the item when the heap is empty or not heap[0] < item
 *   heapify       siftup(i) for i = n/2-1 .. 0 (the cache-friendly order of large heaps gives
 *                 the same result: each node is sifted after its two subtrees are heaps)
 *
 * `siftup` is the bottom-up variant: walk the smaller child down to a leaf, then `siftdown` the
 * item back up. `nlargest`/`nsmallest` return what heapq.py returns (stable: equal items keep
 * their input order), with its list shapes: `[result]` for n == 1, a sorted slice when n is at
 * least the length, else a list built by a comprehension. `merge` is a lazy iterator that yields
 * as heapq.merge's generator does (ties go to the earlier iterable).
 *
 * Not modelled: the temporary `(elem, order)` tuples nlargest/nsmallest build, and merge is a
 * native iterator, not a generator object.
 */
import { listAppend, listResize, newList, PyListObject } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import { getIter, iterNext, length } from '../objects/abstract';
import { compare } from '../objects/richCompare';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import { PyError } from '../runtime/pyError';
import { splitKeywords } from '../builtins/args';
import { collect } from '../builtins/builtinFunctions';
import { sortItems } from '../builtins/ordering';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import { newNativeObject, nativeType } from './nativeObject';
import { bindArgs } from './pyArgs';
import { asSize, positional } from './moduleArgs';

const LT = 0;

/** `siftdown`: move the item at `pos` up towards `startpos` while it is smaller than its parent. */
function siftdown(interp: Interp, heap: PyListObject, startpos: number, pos: number): void {
  const arr = heap.items;
  const newitem = arr[pos];
  while (pos > startpos) {
    const parentpos = (pos - 1) >> 1;
    const parent = arr[parentpos];
    const size = arr.length;
    const lt = compare(interp, LT, newitem, parent);
    if (heap.items.length !== size) interp.raise('RuntimeError', 'list changed size during iteration');
    if (!lt) break;
    arr[pos] = parent;
    arr[parentpos] = newitem;
    pos = parentpos;
  }
}

/** `siftup`: the smaller child moves up until a leaf, then siftdown from there. */
function siftup(interp: Interp, heap: PyListObject, pos: number): void {
  const arr = heap.items;
  const endpos = arr.length;
  const startpos = pos;
  const limit = endpos >> 1;
  while (pos < limit) {
    let childpos = 2 * pos + 1;
    if (childpos + 1 < endpos) {
      const lt = compare(interp, LT, arr[childpos], arr[childpos + 1]);
      if (heap.items.length !== endpos) interp.raise('RuntimeError', 'list changed size during iteration');
      if (!lt) childpos += 1;
    }
    const t = arr[childpos];
    arr[childpos] = arr[pos];
    arr[pos] = t;
    pos = childpos;
  }
  siftdown(interp, heap, startpos, pos);
}

/** The root handed to the caller, `item` (borrowed) sifted in from the top. */
function replaceTop(interp: Interp, h: PyListObject, item: PyObject): PyObject {
  const returnitem = h.items[0];
  interp.rt.heap.incref(item);
  h.items[0] = item;
  siftup(interp, h, 0);
  return returnitem;
}

/** `heappush(h, item)` (item borrowed), also asyncio.PriorityQueue's `_put`. */
export function heapPush(interp: Interp, h: PyListObject, item: PyObject): void {
  interp.rt.heap.incref(item);
  listAppend(interp.rt, h, item);
  siftdown(interp, h, 0, h.items.length - 1);
}

/** `heappop(h)`: the smallest item (a new reference), also asyncio.PriorityQueue's `_get`. */
export function heapPop(interp: Interp, h: PyListObject): PyObject {
  const n = h.items.length;
  if (n === 0) interp.raise('IndexError', 'index out of range');
  const lastelt = h.items[n - 1] as PyObject;
  listResize(interp.rt, h, n - 1);
  h.items.pop();
  if (n - 1 === 0) return lastelt;
  const returnitem = h.items[0] as PyObject;
  h.items[0] = lastelt;
  siftup(interp, h, 0);
  return returnitem;
}

function heapArg(interp: Interp, o: PyObject): PyListObject {
  if (!(o instanceof PyListObject)) return interp.typeError(`heap argument must be a list`);
  return o;
}

/** Creates the module (on first import). */
export function createHeapq(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  const heap = rt.heap;

  /** nsmallest/nlargest: heapq.py's results and list shapes. */
  const selectN = (name: 'nsmallest' | 'nlargest'): NativeImpl => (i, args, kwnames) => {
    const [nObj, iterable, keyArg] = bindArgs(i, { qualname: name, params: ['n', 'iterable', 'key'], required: 2 }, args, kwnames);
    const n = asSize(i, nObj as PyObject);
    const key = keyArg && keyArg !== rt.None ? keyArg : null;
    const reverse = name === 'nlargest';
    const items = collect(i, iterable as PyObject);
    try {
      sortItems(i, items, key, reverse);
    } catch (e) {
      for (const x of items) heap.decref(x);
      throw e;
    }
    const take = Math.max(0, Math.min(n, items.length));
    for (const x of items.slice(take)) heap.decref(x);
    const chosen = items.slice(0, take);
    let size: number | null = null;
    try {
      size = length(i, iterable as PyObject);
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      heap.decref(e.exc);
    }
    if (n === 1 || (size !== null && n >= size) || chosen.length === 0) return newList(rt, chosen);
    const out = newList(rt, []);
    for (const x of chosen) listAppend(rt, out, x);
    return out;
  };

  const mergeType = nativeType(interp, 'generator', rt.profile.version === '3.11' ? 208 : 200);

  const functions: Record<string, NativeImpl> = {
    heappush: (i, args, kwnames) => {
      positional(i, 'heappush', args, kwnames, 2);
      const h = heapArg(i, args[0]);
      heapPush(i, h, args[1]);
      return i.none();
    },
    heappop: (i, args, kwnames) => {
      positional(i, 'heappop', args, kwnames, 1);
      return heapPop(i, heapArg(i, args[0]));
    },
    heapreplace: (i, args, kwnames) => {
      positional(i, 'heapreplace', args, kwnames, 2);
      const h = heapArg(i, args[0]);
      if (h.items.length === 0) i.raise('IndexError', 'index out of range');
      return replaceTop(i, h, args[1]);
    },
    heappushpop: (i, args, kwnames) => {
      positional(i, 'heappushpop', args, kwnames, 2);
      const h = heapArg(i, args[0]);
      const item = args[1];
      if (h.items.length === 0 || !compare(i, LT, h.items[0], item)) {
        heap.incref(item);
        return item;
      }
      return replaceTop(i, h, item);
    },
    heapify: (i, args, kwnames) => {
      positional(i, 'heapify', args, kwnames, 1);
      const h = heapArg(i, args[0]);
      for (let k = (h.items.length >> 1) - 1; k >= 0; k--) siftup(i, h, k);
      return i.none();
    },
    nsmallest: selectN('nsmallest'),
    nlargest: selectN('nlargest'),
    merge: (i, args, kwnames) => {
      const { positional: iterables, keywords } = splitKeywords(args, kwnames);
      for (const k of keywords.keys()) if (k !== 'key' && k !== 'reverse') i.typeError(`merge() got an unexpected keyword argument '${k}'`);
      const keyArg = keywords.get('key');
      const key = keyArg && keyArg !== rt.None ? keyArg : null;
      const reverse = keywords.has('reverse') && keywords.get('reverse') !== rt.False && keywords.get('reverse') !== rt.None;
      // refs: the iterators, then each one's current head, then each head's key (when key=).
      const n = iterables.length;
      const its = iterables.map((x) => getIter(i, x));
      const g = newNativeObject(i, mergeType, [...its, ...new Array<null>(2 * n).fill(null)]);
      const keyOf = (k: number): PyObject => g.refs[(key ? 2 * n : n) + k] as PyObject;
      let started = false;
      const advance = (j: Interp, k: number): void => {
        const v = iterNext(j, g.refs[k] as PyObject);
        g.refs[n + k] = v;
        if (v && key) g.refs[2 * n + k] = callAny(j, key, [v]);
      };
      g.next = (j) => {
        if (!started) {
          started = true;
          for (let k = 0; k < n; k++) advance(j, k);
        }
        let best = -1;
        for (let k = 0; k < n; k++) {
          if (g.refs[n + k] === null || g.refs[n + k] === undefined) continue;
          if (best < 0 || compare(j, LT, reverse ? keyOf(best) : keyOf(k), reverse ? keyOf(k) : keyOf(best))) best = k;
        }
        if (best < 0) return null;
        const out = g.refs[n + best] as PyObject;
        g.refs[n + best] = null;
        if (key) { heap.decref(g.refs[2 * n + best] as PyObject); g.refs[2 * n + best] = null; }
        advance(j, best);
        return out;
      };
      return g;
    },
  };
  return interp.defineModule('heapq', functions);
}
