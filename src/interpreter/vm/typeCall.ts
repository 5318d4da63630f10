/**
 * Calling a class (`type_call`, Objects/typeobject.c): `tp_new` makes the instance (`object_new`
 * → instanceObject.ts, or `BaseException_new` for exception subclasses), then `tp_init` runs the
 * class's `__init__`. A Python `__init__` runs as a frame in the caller's loop whose completion
 * checks it returned None and hands the instance to the caller.
 */
import { newException, PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import { newInstance } from '../../engine/objects/instanceObject';
import type { PyObject } from '../../engine/objects/object';
import { PySetObject, setEntries } from '../../engine/objects/setObject';
import { newTuple } from '../../engine/objects/tupleObject';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { builtinBaseOf, newBuiltinSubclassInstance } from '../objects/builtinBase';
import { typeLookup } from '../objects/typeLookup';
import { allocSizeOf } from '../objects/nativeAllocSize';
import { newExceptionGroup } from '../objects/exceptionGroup';
import type { Interp } from '../runtime/interp';
import { callAny, prepareCall, type PreparedCall } from './callDispatch';
import { typeNew, unwrapDescriptor, userLookup } from './metaclass';
import type { Frame } from './frame';
import { callingWithTuple, enterInitDirectly, pythonShapeOf } from './classCallSite';
import { makePrependTemps, makeTpCallTemps, releasePrependTemps, releaseTpCallTemps, type TpCallTemps } from './tpCallTemps';

/** `tp_new`: a new instance of heap type `type` (a new reference). */
export function newObjectOf(interp: Interp, type: PyHeapTypeObject, args: PyObject[], request?: number): PyObject {
  const rt = interp.rt;
  if (type.isSubtypeOf(interp.excType('BaseExceptionGroup'))) return newExceptionGroup(interp, type, args, null);
  if (type.isSubtypeOf(interp.excType('BaseException'))) {
    for (const a of args) rt.heap.incref(a);
    const e = newException(rt, type, newTuple(rt, [...args]));
    rt.heap.incref(type);
    return e;
  }
  checkNotAbstract(interp, type);
  return newInstance(rt, type, request);
}

/**
 * object_new's refusal of a class whose own `__abstractmethods__` is non-empty
 * (`Py_TPFLAGS_IS_ABSTRACT`), the names sorted; 3.12 reworded the message.
 */
export function checkNotAbstract(interp: Interp, type: PyHeapTypeObject): void {
  const abstract = type.ns.get('__abstractmethods__');
  if (!(abstract instanceof PySetObject) || abstract.used === 0) return;
  const names = setEntries(abstract).map((e) => String(e.hashKey)).sort();
  const plural = names.length > 1 ? 's' : '';
  const msg = interp.rt.profile.version === '3.11'
    ? `Can't instantiate abstract class ${type.name} with abstract method${plural} ${names.join(', ')}`
    : `Can't instantiate abstract class ${type.name} without an implementation for abstract method${plural} ${names.map((n) => `'${n}'`).join(', ')}`;
  interp.typeError(msg);
}

/**
 * `type_call(type, args)`: the instance, or the frame of its `__init__`. A metaclass's own
 * `__call__` replaces all of it (`Singleton(type)`), unless `viaTypeCall` (it is `type.__call__`
 * reached through super(), which hands type_call the caller's tuple and dict as they are).
 * Otherwise a class has no vectorcall: `_PyObject_MakeTpCall` packs the arguments first
 * (tpCallTemps.ts), unless 3.13 specialized the CALL site (classCallSite.ts).
 */
export function typeCallFrame(
  interp: Interp, type: PyHeapTypeObject, args: PyObject[], kwnames: string[] | null, previous: Frame | null, viaTypeCall = false,
): PreparedCall {
  const rt = interp.rt;
  // `f(*args, **kw)` hands tp_call the tuple and dict CALL_FUNCTION_EX built.
  const packed = !viaTypeCall && !callingWithTuple(previous);
  const metaCall = !viaTypeCall && type.type instanceof PyHeapTypeObject ? userLookup(type.type, '__call__') : null;
  if (metaCall) {
    return withTemps(interp, args, kwnames, packed, pythonShapeOf(metaCall) !== null, () => prepareCall(interp, metaCall, [type, ...args], kwnames, previous));
  }
  const init = typeLookup(interp, type, '__init__');
  // A class's own `__init__`: a Python function, or a native one a module's class put in its
  // namespace (`collections.defaultdict`).
  const userInit = init !== null && (init.type === rt.types.function
    || (type.mro ?? []).some((c) => c instanceof PyHeapTypeObject && c.ns.get('__init__') === init));
  const userNew = userLookup(type, '__new__');
  const isMeta = type.isSubtypeOf(rt.types.type);
  const isExc = type.isSubtypeOf(interp.excType('BaseException'));
  const builtin = builtinBaseOf(interp, type);
  const direct = !userNew && !isMeta && !builtin && !isExc && userInit && enterInitDirectly(interp, type, init, args.length, kwnames, previous);
  const parts: TypeCallParts = { init, userInit, userNew, isMeta, isExc, builtin, prepend: !direct };
  // BaseException_new keeps the call's tuple as `args` (newObjectOf makes it): no separate one.
  if (direct || !packed || isExc) return typeCallBody(interp, type, args, kwnames, previous, parts, null);
  const temps = makeTpCallTemps(interp, args, kwnames);
  let prepared: PreparedCall;
  try {
    prepared = typeCallBody(interp, type, args, kwnames, previous, parts, temps);
  } catch (e) {
    releaseTpCallTemps(interp, temps);
    throw e;
  }
  if (!prepared.frame) releaseTpCallTemps(interp, temps);
  return prepared;
}

/** What `type_call` found on the class. */
interface TypeCallParts {
  init: PyObject | null;
  userInit: boolean;
  userNew: PyObject | null;
  isMeta: boolean;
  isExc: boolean;
  builtin: PyTypeObject | null;
  /** Whether slot_tp_new / slot_tp_init spread the arguments again (not 3.13's direct entry). */
  prepend: boolean;
}

/**
 * `_PyObject_MakeTpCall`'s temporaries around a call (`prepend`: a slot calling a Python method
 * with the instance or class first, `_PyObject_Call_Prepend`): released when the call returns,
 * or when the frame it pushed finishes.
 */
function withTemps(
  interp: Interp, args: PyObject[], kwnames: string[] | null, packed: boolean, prepend: boolean, call: () => PreparedCall,
): PreparedCall {
  const temps = packed ? makeTpCallTemps(interp, args, kwnames) : null;
  const prep = prepend ? makePrependTemps(interp, positionalCount(args, kwnames), kwnames) : null;
  const release = () => {
    if (prep) releasePrependTemps(interp, prep);
    if (temps) releaseTpCallTemps(interp, temps);
  };
  let prepared: PreparedCall;
  try {
    prepared = call();
  } catch (e) {
    release();
    throw e;
  }
  if (!prepared.frame) {
    release();
    return prepared;
  }
  chainCompletion(prepared.frame, release);
  return prepared;
}

/** Runs `release` once `frame` finishes, after what its completion already does. */
export function chainCompletion(frame: Frame, release: () => void): void {
  const inner = frame.completion;
  frame.completion = {
    onReturn: (value) => {
      try {
        return inner ? inner.onReturn(value) : value;
      } finally {
        release();
      }
    },
    onError: () => {
      inner?.onError();
      release();
    },
  };
}

function positionalCount(args: PyObject[], kwnames: string[] | null): number {
  return args.length - (kwnames ? kwnames.length : 0);
}

/** `tp_new`, then `tp_init` (a frame for a Python `__init__`); `temps` are released by the caller unless a frame is returned. */
function typeCallBody(
  interp: Interp, type: PyHeapTypeObject, args: PyObject[], kwnames: string[] | null, previous: Frame | null,
  parts: TypeCallParts, temps: TpCallTemps | null,
): PreparedCall {
  const rt = interp.rt;
  const { init, userInit, userNew, isMeta, isExc, builtin, prepend } = parts;
  if (!userInit && !userNew && !isExc && !builtin && !isMeta && args.length > 0) interp.typeError(`${type.name}() takes no arguments`);
  let self: PyObject;
  if (userNew) {
    // slot_tp_new: `_PyObject_Call_Prepend(__new__, type, args, kwds)`.
    const newFunc = unwrapDescriptor(userNew);
    const prep = prepend && pythonShapeOf(newFunc) ? makePrependTemps(interp, positionalCount(args, kwnames), kwnames) : null;
    try {
      self = callAny(interp, newFunc, [type, ...args], kwnames);
    } finally {
      if (prep) releasePrependTemps(interp, prep);
    }
    // `__init__` runs only on an instance of the class (`type_call`'s PyObject_TypeCheck).
    if (!self.type.isSubtypeOf(type)) return { result: self };
    // BaseException_init (the tp_init left when only __new__ is overridden) keeps the call's arguments.
    if (!userInit && self instanceof PyBaseExceptionObject) setExceptionArgs(interp, self, args);
  } else if (isMeta) {
    self = typeNew(interp, type, args, kwnames);
  } else {
    self = builtin
      ? newBuiltinSubclassInstance(interp, type, builtin, args, kwnames, !userInit)
      : newObjectOf(interp, type, userInit && !type.isSubtypeOf(interp.excType('BaseExceptionGroup')) ? [] : args, allocSizeOf(type, args, kwnames));
  }
  if (!userInit) return { result: self };
  // slot_tp_init: `_PyObject_Call_Prepend(__init__, self, args, kwds)` for a Python `__init__`.
  const prep = prepend && pythonShapeOf(init as PyObject) ? makePrependTemps(interp, positionalCount(args, kwnames), kwnames) : null;
  let prepared: PreparedCall;
  try {
    prepared = prepareCall(interp, init as PyObject, [self, ...args], kwnames, previous);
  } catch (e) {
    if (prep) releasePrependTemps(interp, prep);
    rt.heap.decref(self);
    throw e;
  }
  if (!prepared.frame) {
    if (prep) releasePrependTemps(interp, prep);
    rt.heap.decref(prepared.result);
    return { result: self };
  }
  // BaseException_init: the args tuple is the call's arguments.
  if (self instanceof PyBaseExceptionObject) setExceptionArgs(interp, self, args);
  const release = () => {
    if (prep) releasePrependTemps(interp, prep);
    if (temps) releaseTpCallTemps(interp, temps);
  };
  prepared.frame.completion = {
    onReturn: (value) => {
      if (value !== rt.None) {
        const name = value.type.name;
        rt.heap.decref(value);
        rt.heap.decref(self);
        release();
        return interp.typeError(`__init__() should return None, not '${name}'`);
      }
      rt.heap.decref(value);
      release();
      return self;
    },
    onError: () => {
      rt.heap.decref(self);
      release();
    },
  };
  return prepared;
}

/** `BaseException_init`: `e.args` becomes the call's arguments (borrowed). */
function setExceptionArgs(interp: Interp, e: PyBaseExceptionObject, args: PyObject[]): void {
  const rt = interp.rt;
  for (const a of args) rt.heap.incref(a);
  const old = e.args;
  e.args = newTuple(rt, [...args]);
  rt.heap.xdecref(old);
}
