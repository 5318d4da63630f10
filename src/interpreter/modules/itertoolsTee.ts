/**
 * `itertools.tee`, its `_tee` type, and `itertools.batched` (3.12+; `strict=` from 3.13), beside
 * itertoolsModule.ts (Modules/itertoolsmodule.c).
 *
 * A tee's values live in a chain of `_tee_dataobject` links (512 bytes each, GC-tracked, on the
 * three versions): a link holds the source iterator and up to 57 values (`LINKCELLS`) read from it
 * and, once full, the next link. Every `_tee` (56 bytes on 3.11, 64 from 3.12: a module-state
 * pointer) holds its current link and an index into it, so iterators sharing a link share its
 * values, and a link is freed with its values when the last tee leaves it. `tee(it, n)` allocates
 * the result tuple, the first tee (its first link, then the tee; or the iterator itself when it is
 * a tee), then calls that object's bound `__copy__` n-1 times.
 *
 * `batched` (48 bytes on 3.12, 56 on 3.13) allocates a tuple per batch. Obscurity: CPython
 * allocates a full n-tuple for the last, short batch and shrinks it with `_PyTuple_Resize`; here
 * the short tuple is allocated at its final size (test/fidelity/KNOWN-DIFFERENCES.md).
 */
import type { PyObject } from '../../engine/objects/object';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { newTuple } from '../../engine/objects/tupleObject';
import { getIter, isTrue, iterNext } from '../objects/abstract';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import { markIteratorType, newNativeObject, nativeType, type PyNativeObject } from './nativeObject';
import { asSize } from './moduleArgs';
import { bindArgs } from './pyArgs';

/** Values per `_tee_dataobject` link (`LINKCELLS`). */
const LINKCELLS = 57;

/** The tee, `_tee` and `batched` entries of the module (`batched` only on 3.12+). */
export function teeAndBatched(interp: Interp): { functions: Record<string, NativeImpl>; types: Record<string, PyTypeObject> } {
  const rt = interp.rt;
  const heap = rt.heap;
  const v = rt.profile.version;
  const linkType = nativeType(interp, 'itertools._tee_dataobject', 512);
  const teeType = nativeType(interp, 'itertools._tee', v === '3.11' ? 56 : 64);
  markIteratorType(teeType);
  /** A link's refs: the iterator, the values read so far, then (once full) the next link. */
  const running = new WeakSet<PyNativeObject>();
  const indexOf = new WeakMap<PyNativeObject, number>();

  const newLink = (it: PyObject): PyNativeObject => {
    heap.incref(it);
    return newNativeObject(interp, linkType, [it]);
  };
  /** `teedataobject_getitem`: the value at `i` of `link`, read from the iterator when new. */
  const linkItem = (link: PyNativeObject, i: number): PyObject | null => {
    if (i + 1 < link.refs.length) {
      const value = link.refs[i + 1] as PyObject;
      heap.incref(value);
      return value;
    }
    if (running.has(link)) return interp.raise('RuntimeError', 'cannot re-enter the tee iterator');
    running.add(link);
    let value: PyObject | null;
    try {
      value = iterNext(interp, link.refs[0] as PyObject);
    } finally {
      running.delete(link);
    }
    if (value === null) return null;
    heap.incref(value);
    link.refs.push(value);
    return value;
  };
  const newTee = (link: PyNativeObject, index: number): PyNativeObject => {
    const t = newNativeObject(interp, teeType, [link]);
    indexOf.set(t, index);
    t.next = () => {
      let at = indexOf.get(t) ?? 0;
      if (at >= LINKCELLS) {
        const full = t.refs[0] as PyNativeObject;
        if (full.refs.length === LINKCELLS + 1) full.refs.push(newLink(full.refs[0] as PyObject));
        const next = full.refs[LINKCELLS + 1] as PyNativeObject;
        heap.incref(next);
        t.refs[0] = next;
        heap.decref(full);
        at = 0;
      }
      const value = linkItem(t.refs[0] as PyNativeObject, at);
      if (value !== null) indexOf.set(t, at + 1);
      return value;
    };
    return t;
  };
  const copyOf = (t: PyNativeObject): PyNativeObject => {
    const link = t.refs[0] as PyNativeObject;
    heap.incref(link);
    return newTee(link, indexOf.get(t) ?? 0);
  };
  /** `tee_fromiterable`: a copy of a tee, else a tee over a first link of `iterable`'s iterator. */
  const fromIterable = (iterable: PyObject): PyNativeObject => {
    const it = getIter(interp, iterable);
    try {
      if (it.type === teeType) return copyOf(it as PyNativeObject);
      return newTee(newLink(it), 0);
    } finally {
      heap.decref(it);
    }
  };
  interp.methods.define(teeType, '__copy__', (_i, args) => copyOf(args[0] as PyNativeObject));

  const functions: Record<string, NativeImpl> = {
    tee: (i, args, kwnames) => {
      const [iterable, nObj] = bindArgs(i, { qualname: 'tee', params: ['iterable', 'n'], required: 1 }, args, kwnames);
      const n = nObj ? asSize(i, nObj) : 2;
      if (n < 0) i.raise('ValueError', 'n must be >= 0');
      if (n === 0) return newTuple(rt, []);
      // The result tuple comes first, its slots filled as the tees are made (None stands for NULL).
      const none = i.none();
      const slots: PyObject[] = [none];
      for (let k = 1; k < n; k++) slots.push(i.none());
      const result = newTuple(rt, slots);
      const put = (k: number, o: PyObject): void => {
        slots[k] = o;
        heap.decref(none);
      };
      try {
        const it = getIter(i, iterable as PyObject);
        // CPython copies any iterator with a `__copy__`; of the simulated iterators only a tee has one.
        try {
          put(0, it.type === teeType ? (heap.incref(it), it) : fromIterable(it));
        } finally {
          heap.decref(it);
        }
        const copy = i.getAttr(slots[0], '__copy__', false).value;
        try {
          for (let k = 1; k < n; k++) put(k, callAny(i, copy, []));
        } finally {
          heap.decref(copy);
        }
      } catch (e) {
        heap.decref(result);
        throw e;
      }
      return result;
    },
    _tee: (_i, args) => fromIterable(args[0]),
  };
  const types: Record<string, PyTypeObject> = { _tee: teeType };
  if (v !== '3.11') {
    const batchedType = nativeType(interp, 'itertools.batched', v === '3.12' ? 48 : 56);
    markIteratorType(batchedType);
    types.batched = batchedType;
    functions.batched = (i, args, kwnames) => {
      // Argument Clinic's messages: a count of all arguments on 3.12, the missing one by position.
      if (v === '3.12' && args.length > 2) i.typeError(`batched() takes at most 2 arguments (${args.length} given)`);
      const npos = args.length - (kwnames?.length ?? 0);
      const params = ['iterable', 'n'];
      params.forEach((name, at) => {
        if (npos <= at && !kwnames?.includes(name)) i.typeError(`batched() missing required argument '${name}' (pos ${at + 1})`);
      });
      const kwOnly = v === '3.13' ? ['strict'] : [];
      const [iterable, nObj, strictObj] = bindArgs(i, { qualname: 'batched', params, required: 2, kwOnly }, args, kwnames);
      const n = asSize(i, nObj as PyObject);
      if (n < 1) i.raise('ValueError', 'n must be at least one');
      const strict = strictObj ? isTrue(i, strictObj) : false;
      const o = newNativeObject(i, batchedType, [getIter(i, iterable as PyObject)]);
      o.next = () => {
        const it = o.refs[0];
        if (!it) return null;
        const batch: PyObject[] = [];
        try {
          while (batch.length < n) {
            const item = iterNext(i, it);
            if (item === null) break;
            batch.push(item);
          }
        } catch (e) {
          for (const x of batch) heap.decref(x);
          throw e;
        }
        if (batch.length === n) return newTuple(rt, batch);
        o.refs[0] = null;
        heap.decref(it);
        if (batch.length && strict) {
          for (const x of batch) heap.decref(x);
          i.raise('ValueError', 'batched(): incomplete batch');
        }
        return batch.length ? newTuple(rt, batch) : null;
      };
      return o;
    };
  }
  return { functions, types };
}
