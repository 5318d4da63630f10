/**
 * `copy.copy` / `copy.deepcopy` of an instance whose class overrides `__reduce_ex__` or
 * `__reduce__` (Lib/copy.py 3.11-3.13): `rv = x.__reduce_ex__(4)` (object's own `__reduce_ex__`
 * calls an overriding `__reduce__`), a string means "x itself", otherwise `_reconstruct(x, memo,
 * *rv)`: `y = func(*args)` (args deep-copied first for deepcopy), then the state through
 * `y.__setstate__(state)` or into `y.__dict__` (a `(dict, slots)` pair sets the slots with
 * setattr), then the list items appended and the dict items stored.
 */
import { dictItems, PyDictObject } from '../../engine/objects/dictObject';
import { PyFunctionObject } from '../../engine/objects/funcObject';
import type { PyObject } from '../../engine/objects/object';
import { newInt } from '../../engine/objects/longObject';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { getAttrOrNull } from '../builtins/classBuiltins';
import { isTrue, setItem } from '../objects/abstract';
import { typeLookup } from '../objects/typeLookup';
import { setAttr } from '../objects/typeSlots';
import type { Interp } from '../runtime/interp';
import { callAny } from '../vm/callDispatch';
import { collect } from '../builtins/builtinFunctions';

/** `x.__reduce_ex__(4)` when x's class overrides `__reduce_ex__` or `__reduce__` in Python; else null. */
export function userReduction(interp: Interp, x: PyObject): PyObject | null {
  const ex = typeLookup(interp, x.type, '__reduce_ex__');
  if (ex instanceof PyFunctionObject) {
    const proto = newInt(interp.rt, 4);
    try {
      return callAny(interp, ex, [x, proto]);
    } finally {
      interp.rt.heap.decref(proto);
    }
  }
  const plain = typeLookup(interp, x.type, '__reduce__');
  return plain instanceof PyFunctionObject ? callAny(interp, plain, [x]) : null;
}

/** `_reconstruct(x, memo, *rv)`; `deep` deep-copies (with the memo) or is null for copy.copy. A new reference. */
export function reconstruct(interp: Interp, x: PyObject, rv: PyObject, deep: ((v: PyObject) => PyObject) | null, remember: (y: PyObject) => void): PyObject {
  const heap = interp.rt.heap;
  if (rv instanceof PyUnicodeObject) { heap.incref(x); return x; }
  if (!(rv instanceof PyTupleObject) || rv.items.length < 2 || rv.items.length > 5) {
    return interp.typeError(`_reconstruct() takes from 4 to 7 positional arguments but ${rv instanceof PyTupleObject ? rv.items.length + 2 : 3} were given`);
  }
  const [func, argsObj, state, listIter, dictIter] = rv.items;
  const args = deep ? deep(argsObj) : (heap.incref(argsObj), argsObj);
  let y: PyObject;
  try {
    const items = collect(interp, args);
    try {
      y = callAny(interp, func, items);
    } finally {
      for (const v of items) heap.decref(v);
    }
  } finally {
    heap.decref(args);
  }
  remember(y);
  try {
    if (state && state !== interp.rt.None) applyState(interp, y, deep ? deep(state) : (heap.incref(state), state));
    if (listIter && listIter !== interp.rt.None) {
      for (const item of owned(interp, listIter)) {
        const v = deep ? deep(item) : (heap.incref(item), item);
        const append = getAttrOrNull(interp, y, 'append');
        try {
          heap.decref(callAny(interp, append ?? interp.typeError(`'${y.type.name}' object has no attribute 'append'`), [v]));
        } finally {
          heap.decref(v);
          if (append) heap.decref(append);
        }
      }
    }
    if (dictIter && dictIter !== interp.rt.None) {
      for (const pair of owned(interp, dictIter)) {
        const [k, v] = pair instanceof PyTupleObject ? pair.items : interp.typeError('cannot unpack non-tuple');
        const kk = deep ? deep(k) : (heap.incref(k), k);
        const vv = deep ? deep(v) : (heap.incref(v), v);
        try {
          setItem(interp, y, kk, vv);
        } finally {
          heap.decref(kk);
          heap.decref(vv);
        }
      }
    }
  } catch (e) {
    heap.decref(y);
    throw e;
  }
  return y;
}

/** The items of an iterator, each a borrowed reference while the loop body runs. */
function* owned(interp: Interp, it: PyObject): Generator<PyObject> {
  const items = collect(interp, it);
  try {
    yield* items;
  } finally {
    for (const v of items) interp.rt.heap.decref(v);
  }
}

/** The state part of `_reconstruct` (`state` is stolen). */
function applyState(interp: Interp, y: PyObject, state: PyObject): void {
  const heap = interp.rt.heap;
  try {
    const setstate = getAttrOrNull(interp, y, '__setstate__');
    if (setstate) {
      try {
        heap.decref(callAny(interp, setstate, [state]));
      } finally {
        heap.decref(setstate);
      }
      return;
    }
    let dict: PyObject = state;
    let slots: PyObject | null = null;
    if (state instanceof PyTupleObject && state.items.length === 2) [dict, slots] = state.items;
    if (isTrue(interp, dict)) {
      const own = getAttrOrNull(interp, y, '__dict__') ?? interp.raise('AttributeError', `'${y.type.name}' object has no attribute '__dict__'`);
      try {
        const update = getAttrOrNull(interp, own, 'update') as PyObject;
        try {
          heap.decref(callAny(interp, update, [dict]));
        } finally {
          heap.decref(update);
        }
      } finally {
        heap.decref(own);
      }
    }
    if (slots instanceof PyDictObject && slots.used > 0) {
      for (const e of dictItems(slots)) {
        if (!(e.key instanceof PyUnicodeObject)) interp.typeError('attribute name must be string');
        setAttr(interp, y, (e.key as PyUnicodeObject).value, e.value);
      }
    }
  } finally {
    heap.decref(state);
  }
}
