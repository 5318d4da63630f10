/**
 * The functions of the `builtins` module (Python/bltinmodule.c) that the simulation provides. Each
 * allocates what CPython's does: `print` makes a str of each non-str argument and releases it;
 * `id`, `len` and `sys.getsizeof` return int objects (cached below 257, new above).
 */
import { intUnary } from '../objects/intPlanReplay';
import { roundFloat, roundInt } from '../objects/numberRounding';
import { callDunder } from '../objects/typeSlots';
import { newFloat, PyFloatObject } from '../../engine/objects/floatObject';
import { PyComplexObject } from '../../engine/objects/complexObject';
import { PyBytesObject } from '../../engine/objects/bytesObject';
import { PyByteArrayObject } from '../../engine/objects/byteArrayObject';
import { complexAbs } from '../objects/complexOps';
import { PyListObject } from '../../engine/objects/listObject';
import { newInt, newIntFromSsize, normalizeInt, PyLongObject, type IntValue } from '../../engine/objects/longObject';
import { asIndex } from '../modules/moduleArgs';
import type { PyObject } from '../../engine/objects/object';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { getIter, isTrue, iterNext, length } from '../objects/abstract';
import { binaryOp } from '../objects/numberProtocol';
import { slotDunder } from '../objects/typeSlots';
import { strOf, textObject } from '../objects/repr';
import type { Interp } from '../runtime/interp';
import { PyError } from '../runtime/pyError';
import { aliasOf } from '../objects/genericAlias';
import type { NativeImpl } from '../vm/callables';
import { argRange, clinicArgs, exactlyOne, invalidKeyword, noKeywords, splitKeywords } from './args';
import { callableCheck } from './valueBuiltins';
import { newCallIter } from './callIter';
import { printArgs, writeStdout } from './printWrites';
import { clinicKeywordCall, clinicParserInit } from './clinicKwtuple';
import { stdoutWrapper } from '../runtime/textIOWrapper';
import { callMetaHook } from '../vm/metaclass';
import { currentStream, printToFile, sysStreams } from '../modules/sysStreams';
import { tpName } from '../objects/typeModules';
import { resumableNative, runSteps, type PyStep } from '../vm/resumableNative';
import { chainsItems, nextItem } from './iterItemSteps';

/** Collects an iterable's items (new references). */
export function collect(interp: Interp, iterable: PyObject): PyObject[] {
  return runSteps(interp, collectSteps(interp, iterable));
}

/** `collect` as a resumable native's steps (vm/resumableNative.ts): `min(gen())` in a thread. */
export function* collectSteps(interp: Interp, iterable: PyObject): Generator<PyStep, PyObject[], PyObject> {
  const it = getIter(interp, iterable);
  const chain = chainsItems(interp, it);
  const out: PyObject[] = [];
  let done = false;
  try {
    for (let v = (chain ? yield* nextItem(interp, it) : iterNext(interp, it)); v !== null; v = (chain ? yield* nextItem(interp, it) : iterNext(interp, it))) out.push(v);
    done = true;
  } finally {
    // also when a callee's frame raised and the steps were closed (return(), no catch runs)
    if (!done) for (const x of out) interp.rt.heap.decref(x);
    interp.rt.heap.decref(it);
  }
  return out;
}

const PRINT_KEYWORDS = ['sep', 'end', 'file', 'flush'];

const print: NativeImpl = (interp, args, kwnames) => {
  clinicParserInit(interp, 'print', PRINT_KEYWORDS);
  const { positional, keywords } = splitKeywords(args, kwnames);
  const text = (key: string): PyUnicodeObject | null => {
    const v = keywords.get(key);
    if (!v || v === interp.rt.None) return null;
    if (!(v instanceof PyUnicodeObject)) return interp.typeError(`${key} must be None or a string, not ${v.type.name}`);
    return v;
  };
  for (const k of keywords.keys()) if (!PRINT_KEYWORDS.includes(k)) invalidKeyword(interp, 'print', k);
  const given = keywords.get('file');
  const file = given && given !== interp.rt.None ? given : currentStream(interp, 'stdout');
  const sep = text('sep');
  const end = text('end');
  if (file && file !== interp.rt.None && file !== sysStreams(interp).stdout) {
    printToFile(interp, file, positional, sep, end);
    return interp.none();
  }
  const flush = keywords.get('flush');
  // Argument Clinic's `*args` (3.11+): the positional arguments are packed into a new tuple
  // (`_PyTuple_FromArray`) around the call, so print(a, b) takes a 2-tuple from the free list.
  const rt = interp.rt;
  const packed = positional.length > 0 ? newTuple(rt, positional.map((a) => { rt.heap.incref(a); return a; })) : null;
  printArgs(interp, positional, sep, end, flush !== undefined && isTrue(interp, flush));
  rt.heap.xdecref(packed);
  return interp.none();
};

const len: NativeImpl = (interp, args, kwnames) => newIntFromSsize(interp.rt, length(interp, exactlyOne(interp, 'len', args, kwnames)));

const id: NativeImpl = (interp, args, kwnames) => newInt(interp.rt, exactlyOne(interp, 'id', args, kwnames).id);

const repr: NativeImpl = (interp, args, kwnames) => textObject(interp, exactlyOne(interp, 'repr', args, kwnames), true);

const abs: NativeImpl = (interp, args, kwnames) => {
  const v = exactlyOne(interp, 'abs', args, kwnames);
  if (v instanceof PyLongObject && v.type === interp.rt.types.int) return intUnary(interp, v, 'abs');
  if (v instanceof PyLongObject) return newInt(interp.rt, v.value < 0 ? (typeof v.value === 'bigint' ? -v.value : -v.value) : v.value);
  if (v instanceof PyFloatObject) return newFloat(interp.rt, Math.abs(v.value));
  if (v instanceof PyComplexObject) return complexAbs(interp, v);
  const own = callDunder(interp, v, '__abs__');
  if (own) return own;
  return interp.typeError(`bad operand type for abs(): '${tpName(v.type)}'`);
};

/** `LONG_MAX` / `LONG_MIN` (64-bit Linux), the bounds of sum()'s C-integer run. */
const LONG_MAX = 2n ** 63n - 1n;
const LONG_MIN = -(2n ** 63n);

/**
 * `builtin_sum_impl`: `sum(iterable, /, start=0)`, in CPython's three phases. While the total is an
 * exact int that fits a C long, exact int and bool items are added as C integers and no int object
 * is made until the end (3.11 `PyLong_FromLong`, 3.12+ `PyLong_FromSsize_t`: 32 vs 28 bytes for one
 * digit). Then, while the total is an exact float, float items (and ints that fit a C long) are
 * added as C doubles; from 3.12 the float additions carry Neumaier's compensation term, added back
 * at the end (so `sum([0.1] * 10)` is 1.0 on 3.12 and 0.9999999999999999 on 3.11). The first item
 * that ends a phase is added with `+`, and once both phases are over every item is.
 */
const sum = resumableNative(function* sumSteps(interp, args, kwnames) {
  clinicKeywordCall(interp, 'sum', ['start'], kwnames);
  const { positional, keywords } = splitKeywords(args, kwnames);
  for (const name of keywords.keys()) {
    if (name === 'start' && positional.length < 2) continue;
    if (name === 'start') interp.typeError("argument for sum() given by name ('start') and position (2)");
    invalidKeyword(interp, 'sum', name);
  }
  if (positional.length === 0) interp.typeError('sum() takes at least 1 positional argument (0 given)');
  if (args.length > 2) interp.typeError(`sum() takes at most 2 arguments (${args.length} given)`);
  const start = positional[1] ?? keywords.get('start');
  if (start instanceof PyUnicodeObject) interp.typeError("sum() can't sum strings [use ''.join(seq) instead]");
  if (start instanceof PyBytesObject || start instanceof PyByteArrayObject) {
    interp.typeError(`sum() can't sum ${start instanceof PyBytesObject ? 'bytes' : 'bytearray'} [use b''.join(seq) instead]`);
  }
  const rt = interp.rt;
  const heap = rt.heap;
  const version = rt.profile.version;
  /** `total + x` with both released (the item even when `+` raises). */
  const addItem = (total: PyObject, x: PyObject): PyObject => {
    try {
      const next = binaryOp(interp, 0, total, x);
      heap.decref(total);
      return next;
    } finally {
      heap.decref(x);
    }
  };
  const it = getIter(interp, positional[0]);
  // The iterator is released before the result is made, as CPython's exits do (its block can be
  // the one the result reuses).
  let iterating = true;
  const release = (): void => {
    if (iterating) heap.decref(it);
    iterating = false;
  };
  let total: PyObject | null = null;
  try {
    const chain = chainsItems(interp, it);
    total = start ?? newInt(rt, 0);
    if (start) heap.incref(total);
    if (total instanceof PyLongObject && total.type === rt.types.int && fitsLong(total.value)) {
      // The C-long run: `acc` stays a number while it is a safe integer.
      let acc: IntValue = total.value;
      heap.decref(total);
      total = null;
      const boxed = (v: IntValue): PyObject => (version === '3.11' ? newInt(rt, v) : newIntFromSsize(rt, v));
      for (;;) {
        const x = (chain ? yield* nextItem(interp, it) : iterNext(interp, it));
        if (!x) {
          release();
          return boxed(acc);
        }
        if (x instanceof PyLongObject && (x.type === rt.types.int || x.type === rt.types.bool)) {
          const b = x.value;
          if (typeof acc === 'number' && typeof b === 'number' && Number.isSafeInteger(acc + b)) {
            acc += b;
            heap.decref(x);
            continue;
          }
          const wide = BigInt(acc) + BigInt(b);
          if (fitsLong(b) && wide >= LONG_MIN && wide <= LONG_MAX) {
            acc = normalizeInt(wide);
            heap.decref(x);
            continue;
          }
        }
        total = addItem(boxed(acc), x);
        break;
      }
    }
    if (total instanceof PyFloatObject && total.type === rt.types.float) {
      // The C-double run: hi is the total, c the accumulated rounding error (3.12+).
      const compensated = version !== '3.11';
      let hi = total.value;
      let c = 0;
      heap.decref(total);
      total = null;
      for (;;) {
        const x = (chain ? yield* nextItem(interp, it) : iterNext(interp, it));
        if (x instanceof PyFloatObject && x.type === rt.types.float) {
          const t = hi + x.value;
          if (compensated) c += Math.abs(hi) >= Math.abs(x.value) ? (hi - t) + x.value : (x.value - t) + hi;
          hi = t;
          heap.decref(x);
          continue;
        }
        if (x instanceof PyLongObject && fitsLong(x.value)) {
          hi += Number(x.value);
          heap.decref(x);
          continue;
        }
        if (c && Number.isFinite(c)) hi += c;
        if (!x) {
          release();
          return newFloat(rt, hi);
        }
        total = addItem(newFloat(rt, hi), x);
        break;
      }
    }
    for (;;) {
      const x = (chain ? yield* nextItem(interp, it) : iterNext(interp, it));
      if (!x) {
        release();
        const result = total as PyObject;
        total = null;
        return result;
      }
      total = addItem(total as PyObject, x);
    }
  } finally {
    if (total) heap.decref(total);
    release();
  }
});

/** Whether an int value fits a C long (`PyLong_AsLongAndOverflow` without overflow). */
function fitsLong(v: IntValue): boolean {
  return typeof v === 'number' || (v >= LONG_MIN && v <= LONG_MAX);
}

/** A metaclass's `__instancecheck__`/`__subclasscheck__` (PyObject_IsInstance), or null without one. */
export function metaCheck(interp: Interp, cls: PyTypeObject, hook: string, arg: PyObject): boolean | null {
  const r = callMetaHook(interp, cls, hook, [arg]);
  if (!r) return null;
  try {
    return isTrue(interp, r);
  } finally {
    interp.rt.heap.decref(r);
  }
}

const isinstance: NativeImpl = (interp, args, kwnames) => {
  noKeywords(interp, 'isinstance', kwnames);
  if (args.length !== 2) interp.typeError(`isinstance expected 2 arguments, got ${args.length}`);
  const [o, cls] = args;
  const check = (c: PyObject): boolean => {
    if (c instanceof PyTypeObject) {
      if (o.type === c) return true;
      return metaCheck(interp, c, '__instancecheck__', o) ?? o.type.isSubtypeOf(c);
    }
    if (c instanceof PyTupleObject) return c.items.some(check);
    // `isinstance(x, int | str)`: a union's members (None stands for NoneType).
    const union = aliasOf(c);
    if (union && (union.kind === 'typesUnion' || union.kind === 'union')) return union.args.some((a) => check(a === interp.rt.None ? a.type : a));
    return interp.typeError('isinstance() arg 2 must be a type, a tuple of types, or a union');
  };
  return interp.bool(check(cls));
};

const iter: NativeImpl = (interp, args, kwnames) => {
  noKeywords(interp, 'iter', kwnames);
  if (args.length === 0) interp.typeError('iter expected at least 1 argument, got 0');
  if (args.length > 2) interp.typeError(`iter expected at most 2 arguments, got ${args.length}`);
  if (args.length === 1) return getIter(interp, args[0]);
  // 3.12 alone words it after the parameters' names (builtin_iter, 3.12.1).
  if (!callableCheck(interp, args[0])) interp.typeError(interp.rt.profile.version === '3.12' ? 'iter(object, sentinel): object must be callable' : 'iter(v, w): v must be callable');
  return newCallIter(interp, args[0], args[1]);
};

const next: NativeImpl = (interp, args, kwnames) => {
  noKeywords(interp, 'next', kwnames);
  argRange(interp, 'next', args, 1, 2);
  let v: PyObject | null;
  try {
    v = iterNext(interp, args[0], true);
  } catch (e) {
    // builtin_next: with a default, a StopIteration out of tp_iternext is the end like any other.
    if (args.length < 2 || !(e instanceof PyError && e.exc.type.isSubtypeOf(interp.excType('StopIteration')))) throw e;
    interp.rt.heap.decref(e.exc);
    v = null;
  }
  if (v !== null) return v;
  if (args.length > 1) { interp.rt.heap.incref(args[1]); return args[1]; }
  return interp.raise('StopIteration');
};

const round: NativeImpl = (interp, allArgs, kwnames) => {
  clinicKeywordCall(interp, 'round', ['number', 'ndigits'], kwnames);
  const args = clinicArgs(interp, 'round', ['number', 'ndigits'], 1, allArgs, kwnames);
  const v = args[0];
  const user = slotDunder(interp, v, '__round__', args.slice(1));
  if (user) return user;
  if (!(v instanceof PyLongObject) && !(v instanceof PyFloatObject)) return interp.typeError(`type ${v.type.name} doesn't define __round__ method`);
  // int.__round__ / float.__round__ take ndigits through __index__ (None: round to an int).
  const nd = args.length > 1 && args[1] !== interp.rt.None ? asIndex(interp, args[1]) : null;
  return v instanceof PyLongObject ? roundInt(interp, v, nd) : roundFloat(interp, v.value, nd);
};

const input: NativeImpl = (interp, args, kwnames) => {
  noKeywords(interp, 'input', kwnames);
  if (args.length > 0) {
    const prompt = args[0] instanceof PyUnicodeObject ? args[0] : newStr(interp.rt, strOf(interp, args[0]));
    if (prompt === args[0]) interp.rt.heap.incref(prompt);
    writeStdout(interp, prompt);
    interp.rt.heap.decref(prompt);
  }
  // builtin_input_impl flushes stdout before reading (not a terminal: no readline).
  stdoutWrapper(interp).flush();
  if (interp.stdin.length === 0) interp.raise('EOFError', 'EOF when reading a line');
  const nl = interp.stdin.indexOf('\n');
  const line = nl < 0 ? interp.stdin : interp.stdin.slice(0, nl);
  interp.stdin = nl < 0 ? '' : interp.stdin.slice(nl + 1);
  return newStr(interp.rt, line);
};

/** Functions that touch the outside world: named errors, never silent. */
function forbidden(name: string): NativeImpl {
  return (interp) => interp.raise('PermissionError', `${name}() is not available: scripts in the simulation have no file, network or process access`);
}

/** The `builtins` functions, by name. */
export const builtinFunctions: Record<string, NativeImpl> = {
  print, len, id, repr, abs, sum, isinstance, iter, next, round, input,
  open: forbidden('open'),
};

/** The list type as a value for `list(...)`, used by the constructors. */
export function isList(o: PyObject): o is PyListObject {
  return o instanceof PyListObject;
}
