/**
 * CALL_FUNCTION_EX's arguments (Python/bytecodes.c 3.12): `f(*args, **kwargs)` arrives as a tuple
 * and, with oparg & 1, a dict built by DICT_MERGE. A callargs that is not an exact tuple (the
 * single-star form `f(*xs)` compiles `xs` as it is) becomes one through `PySequence_Tuple`, an
 * allocation CPython makes too. The dict's items become keyword arguments in insertion order.
 *
 * Obscurity: CPython hands a native the tuple and dict as they are (`PyObject_Call`), and a
 * vectorcall native then unpacks the dict into a temporary kwnames tuple (`_PyStack_UnpackDict`);
 * that short-lived tuple is not simulated.
 */
import { dictItems, PyDictObject } from '../../engine/objects/dictObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import type { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { getIter } from '../objects/abstract';
import { collect } from '../builtins/builtinFunctions';
import type { Interp } from '../runtime/interp';
import { PyError } from '../runtime/pyError';
import { functionStr } from './collectionOps';
import { prepareCall, type PreparedCall } from './callDispatch';
import type { Frame } from './frame';

/**
 * CALL_FUNCTION_EX on `frame`: pops (NULL, callable, callargs[, kwargs]) and prepares the call,
 * a callee frame to push or a native's result (a new reference).
 */
export function prepareCallEx(interp: Interp, frame: Frame, arg: number): PreparedCall {
  const heap = interp.rt.heap;
  const stack = frame.stack;
  const kwargs = arg & 1 ? stack.pop() as PyObject : null;
  const callargs = stack.pop() as PyObject;
  const callable = stack.pop() as PyObject;
  heap.xdecref(stack.pop());
  try {
    const tuple = starArgsTuple(interp, callable, callargs);
    try {
      const flat = flattenCallEx(tuple, kwargs);
      return prepareCall(interp, callable, flat.args, flat.kwnames, frame);
    } finally {
      heap.decref(tuple);
    }
  } finally {
    heap.decref(callable);
    heap.decref(callargs);
    heap.xdecref(kwargs);
  }
}

/** The positional tuple for `callable(*callargs)` (a new reference; callargs borrowed). */
function starArgsTuple(interp: Interp, callable: PyObject, callargs: PyObject): PyTupleObject {
  const rt = interp.rt;
  if (callargs instanceof PyTupleObject && callargs.type === rt.types.tuple) {
    rt.heap.incref(callargs);
    return callargs;
  }
  let it: PyObject;
  try {
    it = getIter(interp, callargs);
  } catch (e) {
    if (e instanceof PyError && e.exc.type === interp.excType('TypeError')) {
      interp.rt.heap.decref(e.exc);
      interp.typeError(`${functionStr(interp, callable)} argument after * must be an iterable, not ${callargs.type.name}`);
    }
    throw e;
  }
  let items: PyObject[];
  try {
    items = collect(interp, it);
  } finally {
    rt.heap.decref(it);
  }
  return newTuple(rt, items);
}

/** The call's flat arguments (borrowed from `tuple` and `kwargs`) and keyword names. */
function flattenCallEx(tuple: PyTupleObject, kwargs: PyObject | null): { args: PyObject[]; kwnames: string[] | null } {
  if (!(kwargs instanceof PyDictObject) || kwargs.used === 0) return { args: tuple.items, kwnames: null };
  const args = tuple.items.slice();
  const kwnames: string[] = [];
  if (kwargs.values === null) {
    // A combined table (what DICT_MERGE builds): its entries in order, with no item copies.
    for (const e of kwargs.keys.entries) {
      if (e.value === null) continue;
      kwnames.push((e.key as PyUnicodeObject).value);
      args.push(e.value);
    }
    return { args, kwnames };
  }
  for (const e of dictItems(kwargs)) {
    kwnames.push((e.key as PyUnicodeObject).value);
    args.push(e.value);
  }
  return { args, kwnames };
}
