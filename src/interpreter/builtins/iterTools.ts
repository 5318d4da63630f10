/**
 * `enumerate`, `zip`, `map`, `filter` and `reversed` (Objects/enumobject.c, Python/bltinmodule.c,
 * 3.11–3.13): their constructors allocate in CPython's order, and `lazyIterNext` is each type's
 * `tp_iternext`. The objects are the engine's (lazyIterObjects.ts).
 *
 *   enumerate(it, start)  the enumerate object, then iter(it), then the result tuple (None, None)
 *   zip(a, b)             the iterators tuple, each iter(x), the result tuple (None, None), zip
 *   map(f, a)             the iterators tuple, each iter(x), then the map object
 *   filter(f, a)          iter(a), then the filter object
 *   reversed(seq)         list → list_reverseiterator, range → range_iterator, dict → its reverse
 *                         key iterator, other sequences (tuple, str) → a `reversed` object
 */
import { newDictIter, PyDictViewObject } from '../../engine/objects/dictViewObject';
import { PyDictObject } from '../../engine/objects/dictObject';
import { reuseResultTuple } from '../../engine/objects/dictViewObject';
import { newLazyIter, type PyLazyIterObject } from '../../engine/objects/lazyIterObjects';
import { PyListObject } from '../../engine/objects/listObject';
import { newInt, newIntFromSsize } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { PyRangeIterObject, PyRangeObject, rangeIterSize } from '../../engine/objects/rangeObject';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { getItem, getIter, isTrue, iterNext, length } from '../objects/abstract';
import { typeLookup } from '../objects/typeLookup';
import { PyError } from '../runtime/pyError';
import type { Interp, TypeCall } from '../runtime/interp';
import { callAny } from '../vm/callDispatch';
import { argRange, noKeywords, splitKeywords } from './args';
import { bufferOf, bytesIterNext } from '../objects/bytesOps';
import { indexValue } from '../objects/numberIndex';

const enumerateCall: TypeCall = (interp, _t, args, kwnames) => {
  const { positional, keywords } = splitKeywords(args, kwnames);
  for (const k of keywords.keys()) if (k !== 'iterable' && k !== 'start') interp.typeError(`'${k}' is an invalid keyword argument for enumerate()`);
  const iterable = positional[0] ?? keywords.get('iterable');
  if (!iterable) return interp.typeError("enumerate() missing required argument 'iterable'");
  if (positional.length > 2) interp.typeError(`enumerate() takes at most 2 arguments (${positional.length} given)`);
  const start = positional[1] ?? keywords.get('start');
  const first = start ? Number(indexValue(interp, start)) : 0;
  const rt = interp.rt;
  const en = newLazyIter(rt, 'enumerate');
  en.index = first;
  try {
    en.source = getIter(interp, iterable);
  } catch (e) {
    rt.heap.decref(en);
    throw e;
  }
  rt.heap.incref(rt.None);
  rt.heap.incref(rt.None);
  en.result = newTuple(rt, [rt.None, rt.None]);
  return en;
};

/**
 * `PyTuple_New(n)` then `iter()` of each argument into it (as zip_new and map_new do); the tuple
 * and what was made are released if one fails.
 */
function iteratorsTuple(interp: Interp, iterables: PyObject[]): PyTupleObject {
  const rt = interp.rt;
  const t = newTuple(rt, iterables.map(() => { rt.heap.incref(rt.None); return rt.None; }));
  try {
    for (let i = 0; i < iterables.length; i++) {
      t.items[i] = getIter(interp, iterables[i]);
      rt.heap.decref(rt.None);
    }
  } catch (e) {
    rt.heap.decref(t);
    throw e;
  }
  return t;
}

const zipCall: TypeCall = (interp, _t, args, kwnames) => {
  const { positional, keywords } = splitKeywords(args, kwnames);
  for (const k of keywords.keys()) if (k !== 'strict') interp.typeError(`zip() got an unexpected keyword argument '${k}'`);
  const rt = interp.rt;
  const n = positional.length;
  // zip has no vectorcall: _PyObject_MakeTpCall packs the positional arguments into a new tuple
  // for zip_new, released (to the tuple free list) once the call returns.
  const packed = n > 0 ? newTuple(rt, positional.map((a) => { rt.heap.incref(a); return a; })) : null;
  try {
    const its = iteratorsTuple(interp, positional);
    const nones = Array.from({ length: n }, () => { rt.heap.incref(rt.None); return rt.None; });
    const result = newTuple(rt, nones);
    const z = newLazyIter(rt, 'zip');
    z.source = its;
    z.result = result;
    const strict = keywords.get('strict');
    z.strict = strict !== undefined && isTrue(interp, strict);
    return z;
  } finally {
    rt.heap.xdecref(packed);
  }
};

const mapCall: TypeCall = (interp, _t, args, kwnames) => {
  noKeywords(interp, 'map', kwnames);
  if (args.length < 2) interp.typeError('map() must have at least two arguments.');
  const its = iteratorsTuple(interp, args.slice(1));
  const m = newLazyIter(interp.rt, 'map');
  m.source = its;
  interp.rt.heap.incref(args[0]);
  m.func = args[0];
  return m;
};

const filterCall: TypeCall = (interp, _t, args, kwnames) => {
  noKeywords(interp, 'filter', kwnames);
  argRange(interp, 'filter', args, 2, 2);
  const it = getIter(interp, args[1]);
  const f = newLazyIter(interp.rt, 'filter');
  interp.rt.heap.incref(args[0]);
  f.func = args[0];
  f.source = it;
  return f;
};

const reversedCall: TypeCall = (interp, _t, args, kwnames) => {
  noKeywords(interp, 'reversed', kwnames);
  argRange(interp, 'reversed', args, 1, 1);
  const rt = interp.rt;
  const seq = args[0];
  if (seq instanceof PyDictObject) return newDictIter(rt, seq, 'keys', true);
  // dictview reversed: the dict's reverse iterator of the view's kind.
  if (seq instanceof PyDictViewObject && seq.dict) return newDictIter(rt, seq.dict, seq.kind, true);
  if (seq instanceof PyRangeObject) {
    // range_reverse: a range_iterator from the last item down.
    const n = Number(seq.length.value);
    const step = Number(seq.step.value);
    const last = Number(seq.start.value) + (n - 1) * step;
    return rt.heap.newObject((a) => new PyRangeIterObject(rt.types.rangeIterator, a, n > 0 ? last : 0, -step, n), rangeIterSize(rt), 'range_iterator');
  }
  const kind = seq instanceof PyListObject ? 'list_reverseiterator' : 'reversed';
  const bytes = bufferOf(seq);
  let n: number;
  if (seq instanceof PyListObject || seq instanceof PyTupleObject || seq instanceof PyUnicodeObject || bytes) {
    n = bytes ? bytes.length : seq instanceof PyUnicodeObject ? seq.length : (seq as PyListObject | PyTupleObject).items.length;
  } else {
    // reversed_new_impl: the type's __reversed__ first (None means "not reversible"), else any
    // sequence (a __getitem__, not a dict) walked by index from len() - 1.
    const method = typeLookup(interp, seq.type, '__reversed__');
    if (method && method !== rt.None) return callAny(interp, method, [seq]);
    if (method || !typeLookup(interp, seq.type, '__getitem__') || seq.type.isSubtypeOf(rt.types.dict)) {
      return interp.typeError(`'${seq.type.name}' object is not reversible`);
    }
    n = length(interp, seq);
  }
  const r = newLazyIter(rt, kind);
  r.index = n - 1;
  rt.heap.incref(seq);
  r.source = seq;
  return r;
};

/** A str iterator over `s` (`str_ascii_iterator` for ASCII strs, else `str_iterator`). */
export function newStrIter(interp: Interp, s: PyUnicodeObject): PyObject {
  const it = newLazyIter(interp.rt, s.ascii ? 'str_ascii_iterator' : 'str_iterator');
  interp.rt.heap.incref(s);
  it.source = s;
  return it;
}

/** Drops a sequence iterator's sequence once it is exhausted, as `listreviter_next` does. */
function exhaust(interp: Interp, it: PyLazyIterObject): null {
  const seq = it.source;
  it.source = null;
  interp.rt.heap.xdecref(seq);
  return null;
}

/** The str's code points (cached per object: str iteration indexes by code point). */
const codePoints = new WeakMap<PyUnicodeObject, string[]>();

function charAt(s: PyUnicodeObject, i: number): string {
  if (s.ascii) return s.value[i];
  let cps = codePoints.get(s);
  if (!cps) codePoints.set(s, (cps = Array.from(s.value)));
  return cps[i];
}

/**
 * reversed_next over a user sequence: `seq[index]`, counting down; IndexError or StopIteration
 * from __getitem__ ends the iteration as exhaustion does.
 */
function reversedItem(interp: Interp, it: PyLazyIterObject, seq: PyObject): PyObject | null {
  const index = newIntFromSsize(interp.rt, it.index);
  try {
    const v = getItem(interp, seq, index);
    it.index--;
    return v;
  } catch (e) {
    if (!(e instanceof PyError) || !(e.exc.type.isSubtypeOf(interp.excType('IndexError')) || e.exc.type.isSubtypeOf(interp.excType('StopIteration')))) throw e;
    interp.rt.heap.decref(e.exc);
    return exhaust(interp, it);
  } finally {
    interp.rt.heap.decref(index);
  }
}

/** `tp_iternext` of the lazy iterators: the next item (new reference) or null. */
export function lazyIterNext(interp: Interp, it: PyLazyIterObject): PyObject | null {
  const rt = interp.rt;
  const heap = rt.heap;
  switch (it.kind) {
    case 'enumerate': {
      const item = iterNext(interp, it.source as PyObject);
      if (item === null) return null;
      const index = newIntFromSsize(rt, it.index++);
      return reuseResultTuple(rt, it.result, [index, item]);
    }
    case 'zip': {
      const its = (it.source as PyTupleObject).items;
      if (its.length === 0) return null;
      const items: PyObject[] = [];
      for (let i = 0; i < its.length; i++) {
        const v = iterNext(interp, its[i]);
        if (v === null) {
          for (const x of items) heap.decref(x);
          if (it.strict) zipStrictCheck(interp, its, i);
          return null;
        }
        items.push(v);
      }
      return reuseResultTuple(rt, it.result, items);
    }
    case 'map': {
      const its = (it.source as PyTupleObject).items;
      const callArgs: PyObject[] = [];
      try {
        for (const i of its) {
          const v = iterNext(interp, i);
          if (v === null) return null;
          callArgs.push(v);
        }
        return callAny(interp, it.func as PyObject, callArgs);
      } finally {
        for (const x of callArgs) heap.decref(x);
      }
    }
    case 'filter': {
      for (;;) {
        const item = iterNext(interp, it.source as PyObject);
        if (item === null) return null;
        let ok: boolean;
        try {
          const f = it.func as PyObject;
          if (f === rt.None || f === rt.types.bool) ok = isTrue(interp, item);
          else {
            const good = callAny(interp, f, [item]);
            ok = isTrue(interp, good);
            heap.decref(good);
          }
        } catch (e) {
          heap.decref(item);
          throw e;
        }
        if (ok) return item;
        heap.decref(item);
      }
    }
    case 'reversed':
    case 'list_reverseiterator': {
      const seq = it.source;
      if (seq === null || it.index < 0) return seq === null ? null : exhaust(interp, it);
      if (seq instanceof PyUnicodeObject) return newStr(rt, charAt(seq, it.index--));
      const bytes = bufferOf(seq);
      if (bytes) return it.index < bytes.length ? newInt(rt, bytes[it.index--]) : exhaust(interp, it);
      if (!(seq instanceof PyListObject || seq instanceof PyTupleObject)) return reversedItem(interp, it, seq);
      const items = seq.items;
      if (it.index >= items.length) return exhaust(interp, it);
      const v = items[it.index--];
      heap.incref(v);
      return v;
    }
    case 'str_ascii_iterator':
    case 'str_iterator': {
      const s = it.source as PyUnicodeObject | null;
      if (s === null) return null;
      if (it.index >= s.length) return exhaust(interp, it);
      return newStr(rt, charAt(s, it.index++));
    }
    case 'bytes_iterator':
    case 'bytearray_iterator':
      return bytesIterNext(interp, it);
  }
}

/** zip(strict=True) after argument i ran out: the others must have run out too. */
export function zipStrictCheck(interp: Interp, its: readonly PyObject[], i: number): void {
  if (i > 0) interp.raise('ValueError', `zip() argument ${i + 1} is shorter than argument${i === 1 ? '' : 's'} 1${i === 1 ? '' : `-${i}`}`);
  for (let j = 1; j < its.length; j++) {
    const v = iterNext(interp, its[j]);
    if (v !== null) {
      interp.rt.heap.decref(v);
      interp.raise('ValueError', `zip() argument ${j + 1} is longer than argument${j === 1 ? '' : 's'} 1${j === 1 ? '' : `-${j}`}`);
    }
  }
}

/** Registers the lazy iterator types as callable builtins. */
export function installIterTools(interp: Interp): void {
  const t = interp.rt.types.lazyIters;
  const entries: [PyTypeObject, TypeCall][] = [
    [t.enumerate, enumerateCall], [t.zip, zipCall], [t.map, mapCall], [t.filter, filterCall], [t.reversed, reversedCall],
  ];
  for (const [type, call] of entries) {
    interp.typeCalls.set(type, call);
    interp.builtins.set(type.name, type);
  }
}
