/**
 * The short-lived objects CPython builds when a call has to leave the vectorcall convention
 * (Objects/call.c, the same in 3.11, 3.12 and 3.13):
 *
 *   _PyObject_MakeTpCall     a callable without vectorcall (a class, most C types of modules):
 *                            a tuple of the positional arguments (none for zero: the empty tuple)
 *                            and, for keywords, a dict (`_PyStack_AsDict`); released, tuple first,
 *                            once `tp_call` returns
 *   _PyObject_Call_Prepend   a slot calling a Python method with self/cls first (`slot_tp_init`,
 *                            `slot_tp_new`, `slot_tp_call`): a PyMem stack when more than four
 *                            arguments do not fit its small stack, and, when the dict has
 *                            keywords, `_PyStack_UnpackDict`'s PyMem stack and kwnames tuple
 *
 * They are freed at once, so what stays visible is what the free lists keep (the tuple and the
 * dict) and the generation-0 count moved by fresh ones: `C(1, b=2)` moves it by 3 more than `C()`.
 */
import type { PyDictObject } from '../../engine/objects/dictObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import { internedName, kwargsDict } from '../objects/dictMethods';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { typeModule } from '../objects/typeModules';
import type { Interp } from '../runtime/interp';
import { callingWithTuple } from './classCallSite';
import type { Frame } from './frame';

/** `_PY_FASTCALL_SMALL_STACK`: the C-stack array `_PyObject_Call_Prepend` tries first. */
const FASTCALL_SMALL_STACK = 5;

/** The (args, kwargs) pair of `_PyObject_MakeTpCall`; null where CPython passes no new object. */
export interface TpCallTemps {
  readonly args: PyObject | null;
  readonly kwargs: PyDictObject | null;
}

/** `_PyObject_MakeTpCall`'s tuple and dict for `args` (borrowed; the last `kwnames` are keywords). */
export function makeTpCallTemps(interp: Interp, args: PyObject[], kwnames: string[] | null): TpCallTemps {
  const rt = interp.rt;
  const nkw = kwnames ? kwnames.length : 0;
  const positional = args.slice(0, args.length - nkw);
  for (const a of positional) rt.heap.incref(a);
  const tuple = positional.length > 0 ? newTuple(rt, positional) : null;
  const kwargs = kwnames && nkw > 0 ? kwargsDict(interp, kwnames, args.slice(args.length - nkw)) : null;
  return { args: tuple, kwargs };
}

/** Releases what `makeTpCallTemps` made, in `_PyObject_MakeTpCall`'s order. */
export function releaseTpCallTemps(interp: Interp, temps: TpCallTemps): void {
  interp.rt.heap.xdecref(temps.args);
  interp.rt.heap.xdecref(temps.kwargs);
}

/**
 * Runs `call` inside `_PyObject_MakeTpCall`'s tuple and dict for `args`: what a METH_VARARGS
 * built-in function (no vectorcall) costs its caller's line.
 */
export function withTpCallTemps(interp: Interp, args: PyObject[], kwnames: string[] | null, call: () => PyObject): PyObject {
  const temps = makeTpCallTemps(interp, args, kwnames);
  try {
    return call();
  } finally {
    releaseTpCallTemps(interp, temps);
  }
}

/** What `_PyObject_Call_Prepend` holds while the method runs. */
export interface PrependTemps {
  readonly stack: number;
  readonly unpacked: number;
  readonly kwnames: PyObject | null;
}

/**
 * `_PyObject_Call_Prepend(callable, obj, args, kwargs)` with `npos` positional arguments in the
 * tuple and `nkw` keywords in the dict: its PyMem stack, then `_PyStack_UnpackDict`'s.
 */
export function makePrependTemps(interp: Interp, npos: number, kwnames: string[] | null): PrependTemps {
  const rt = interp.rt;
  const memory = rt.heap.memory;
  const nargs = npos + 1;
  const stack = nargs > FASTCALL_SMALL_STACK ? memory.memMalloc(8 * nargs, 'call stack') : 0;
  const nkw = kwnames ? kwnames.length : 0;
  if (!kwnames || nkw === 0) return { stack, unpacked: 0, kwnames: null };
  // One slot more for PY_VECTORCALL_ARGUMENTS_OFFSET.
  const unpacked = memory.memMalloc(8 * (1 + nargs + nkw), 'call stack');
  return { stack, unpacked, kwnames: newTuple(rt, kwnames.map((n) => internedName(interp, n))) };
}

/** Frees what `makePrependTemps` made (`_PyStack_UnpackDict_Free`, then the prepend stack). */
export function releasePrependTemps(interp: Interp, temps: PrependTemps): void {
  const heap = interp.rt.heap;
  if (temps.unpacked) heap.memory.free(temps.unpacked, 'call stack', 'mem');
  heap.xdecref(temps.kwnames);
  if (temps.stack) heap.memory.free(temps.stack, 'call stack', 'mem');
}

/**
 * Runs `make` while the positional-argument tuples a C-level call builds exist
 * (`_PyObject_MakeTpCall` for a METH_VARARGS callable; `tp_new_wrapper`'s slice): allocated on
 * the line, then released to the tuple free list, as gc counts and tracemalloc see them.
 */
export function withArgsTuples(interp: Interp, tuples: PyObject[][], make: () => PyObject): PyObject {
  const rt = interp.rt;
  const made = tuples.filter((t) => t.length > 0).map((items) => {
    for (const a of items) rt.heap.incref(a);
    return newTuple(rt, [...items]);
  });
  try {
    return make();
  } finally {
    for (const t of made) rt.heap.decref(t);
  }
}

/**
 * Built-in types without a vectorcall in some versions (measured by
 * test/oracle/intPaths/intPathsProbe.py): `int(...)` before 3.13 and `str(...)` in 3.11 go
 * through `_PyObject_MakeTpCall`, whose argument tuple is left on the free list.
 */
const NO_VECTORCALL: Readonly<Record<string, readonly string[]>> = { int: ['3.11', '3.12'], str: ['3.11'] };

function builtinWithVectorcall(interp: Interp, type: PyTypeObject): boolean {
  const versions = NO_VECTORCALL[type.name];
  return !versions || !versions.includes(interp.rt.profile.version) || (type !== interp.rt.types.int && type !== interp.rt.types.str);
}

/** Module types whose constructor keeps the argument tuple itself (`chain_new` iterates over it). */
const KEEPS_ARGS_TUPLE = new Set(['chain']);

/**
 * Calls a static type. A module's C type (`collections.deque`, `datetime.timezone`,
 * `itertools.count`) has no vectorcall, so `_PyObject_MakeTpCall` packs the arguments around
 * its `tp_new`/`tp_init`; built-in types mostly have one (`list`, `dict`, `range`) and model
 * their own exceptions (zip).
 */
export function callStaticType(interp: Interp, type: PyTypeObject, args: PyObject[], kwnames: string[] | null, caller: Frame | null): PyObject {
  if ((typeModule(type) === 'builtins' && builtinWithVectorcall(interp, type)) || KEEPS_ARGS_TUPLE.has(type.name) || callingWithTuple(caller)) {
    return interp.callType(type, args, kwnames);
  }
  return withTpCallTemps(interp, args, kwnames, () => interp.callType(type, args, kwnames));
}
