/**
 * `collections.UserString` (Lib/collections/__init__.py, 3.11–3.13): a plain class over
 * `collections.abc.Sequence` whose `data` attribute is a str; an ordinary instance (getsizeof 56 on
 * 3.11, 48 on 3.12/3.13, GC-tracked), hashable as its `data`. As in CPython:
 *   - the str-returning methods, slicing/indexing, `+`, `*`, `%` answer `self.__class__(result)`,
 *     so a subclass gets its own type back; `split`, `partition`, `join`, `find`... answer plain
 *     str/list/tuple/int values;
 *   - `count`, `find`, `rfind`, `replace`, `removeprefix`/`removesuffix` and `in` unwrap a
 *     UserString argument to its `data`; comparisons compare with the other's `data` or the other;
 *   - iteration is Sequence's mixin, `self[i]` until IndexError: each item is a UserString.
 *
 * Not modelled: `iter(us)` is a native iterator, not a generator object.
 */
import type { PyObject } from '../../engine/objects/object';
import { newInt } from '../../engine/objects/longObject';
import type { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { newTuple } from '../../engine/objects/tupleObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { contains, getItem, length } from '../objects/abstract';
import { binaryOp } from '../objects/numberProtocol';
import { setAttrUser } from '../objects/instanceAttrs';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import { callMethod } from './callMethod';
import { dataOf, defineUserClass, rewrap, richCompares, sequenceMixins, withData } from './userClassHelpers';

const NB_ADD = 0;
const NB_MULTIPLY = 5;
const NB_REMAINDER = 6;

/** str methods whose result UserString wraps in `self.__class__`; the listed argument positions are unwrapped. */
const WRAPPED: Record<string, number[]> = {
  capitalize: [], casefold: [], center: [], expandtabs: [], format: [], format_map: [], ljust: [], lower: [],
  lstrip: [], removeprefix: [0], removesuffix: [0], replace: [0, 1], rjust: [], rstrip: [], strip: [],
  swapcase: [], title: [], translate: [], upper: [], zfill: [],
};

/** str methods whose result UserString returns as is. */
const PLAIN: Record<string, number[]> = {
  count: [0], encode: [], endswith: [], find: [0], index: [], isalpha: [], isalnum: [], isascii: [],
  isdecimal: [], isdigit: [], isidentifier: [], islower: [], isnumeric: [], isprintable: [], isspace: [],
  istitle: [], isupper: [], join: [], partition: [], rfind: [0], rindex: [], rpartition: [], rsplit: [],
  split: [], splitlines: [], startswith: [],
};

const userStringClass = new WeakMap<Interp, PyTypeObject>();

function isUserString(interp: Interp, o: PyObject): boolean {
  const us = userStringClass.get(interp);
  return !!us && o.type.isSubtypeOf(us);
}

/** `o.data` for a UserString, else `o` (a new reference). */
function unwrap(interp: Interp, o: PyObject): PyObject {
  if (isUserString(interp, o)) return dataOf(interp, o);
  interp.rt.heap.incref(o);
  return o;
}

/** `str(o)` (a new reference). */
function str(interp: Interp, o: PyObject): PyObject {
  return callAny(interp, interp.rt.types.str, [o]);
}

/** Calls `data.name(*args)` with the `unwrapAt` positional arguments unwrapped. */
function delegate(name: string, unwrapAt: number[], wrap: boolean): NativeImpl {
  return (interp, args, kwnames) => {
    const rest = args.slice(1).map((a, n) => (unwrapAt.includes(n) ? unwrap(interp, a) : (interp.rt.heap.incref(a), a)));
    try {
      return withData(interp, args[0], (d) => {
        const r = callMethod(interp, d, name, rest, kwnames);
        return wrap ? rewrap(interp, args[0], r) : r;
      });
    } finally {
      for (const a of rest) interp.rt.heap.decref(a);
    }
  };
}

/** A binary operator on `data` and the unwrapped (or `str()`-converted) other operand, wrapped. */
function concat(reflected: boolean): NativeImpl {
  return (interp, args) => {
    const other = args[1];
    const o = isUserString(interp, other) && !reflected ? dataOf(interp, other) : other instanceof PyUnicodeObject ? (interp.rt.heap.incref(other), other) : str(interp, other);
    try {
      return withData(interp, args[0], (d) => rewrap(interp, args[0], reflected ? binaryOp(interp, NB_ADD, o, d) : binaryOp(interp, NB_ADD, d, o)));
    } finally {
      interp.rt.heap.decref(o);
    }
  };
}

function methods(): Record<string, NativeImpl> {
  const rt = (interp: Interp) => interp.rt;
  const m: Record<string, NativeImpl> = {
    __init__: (interp, args, kwnames) => {
      if (kwnames?.length && kwnames[0] !== 'seq') interp.typeError(`UserString.__init__() got an unexpected keyword argument '${kwnames[0]}'`);
      if (args.length !== 2) {
        if (args.length < 2) interp.typeError("UserString.__init__() missing 1 required positional argument: 'seq'");
        interp.typeError(`UserString.__init__() takes 2 positional arguments but ${args.length} were given`);
      }
      const seq = args[1];
      const data = seq instanceof PyUnicodeObject ? (rt(interp).heap.incref(seq), seq) : isUserString(interp, seq) ? dataOf(interp, seq) : str(interp, seq);
      try {
        setAttrUser(interp, args[0], 'data', data);
      } finally {
        rt(interp).heap.decref(data);
      }
      return interp.none();
    },
    __str__: (interp, args) => withData(interp, args[0], (d) => str(interp, d)),
    __repr__: (interp, args) => withData(interp, args[0], (d) => callAny(interp, interp.builtins.get('repr') as PyObject, [d])),
    __int__: (interp, args) => withData(interp, args[0], (d) => callAny(interp, rt(interp).types.int, [d])),
    __float__: (interp, args) => withData(interp, args[0], (d) => callAny(interp, rt(interp).types.float, [d])),
    __complex__: (interp, args) => withData(interp, args[0], (d) => callAny(interp, interp.builtins.get('complex') as PyObject, [d])),
    __hash__: (interp, args) => withData(interp, args[0], (d) => callAny(interp, interp.builtins.get('hash') as PyObject, [d])),
    __getnewargs__: (interp, args) => withData(interp, args[0], (d) => (rt(interp).heap.incref(d), newTuple(rt(interp), [d]))),
    __contains__: (interp, args) => {
      const c = unwrap(interp, args[1]);
      try {
        return withData(interp, args[0], (d) => interp.bool(contains(interp, d, c)));
      } finally {
        rt(interp).heap.decref(c);
      }
    },
    __len__: (interp, args) => withData(interp, args[0], (d) => newInt(rt(interp), length(interp, d))),
    __getitem__: (interp, args) => withData(interp, args[0], (d) => rewrap(interp, args[0], getItem(interp, d, args[1]))),
    __add__: concat(false),
    __radd__: concat(true),
    __mul__: (interp, args) => withData(interp, args[0], (d) => rewrap(interp, args[0], binaryOp(interp, NB_MULTIPLY, d, args[1]))),
    __mod__: (interp, args) => withData(interp, args[0], (d) => rewrap(interp, args[0], binaryOp(interp, NB_REMAINDER, d, args[1]))),
    __rmod__: (interp, args) => {
      const t = str(interp, args[1]);
      try {
        return rewrap(interp, args[0], binaryOp(interp, NB_REMAINDER, t, args[0]));
      } finally {
        rt(interp).heap.decref(t);
      }
    },
  };
  m.__rmul__ = m.__mul__;
  Object.assign(m, sequenceMixins(), richCompares(unwrap));
  for (const [name, at] of Object.entries(WRAPPED)) m[name] = delegate(name, at, true);
  for (const [name, at] of Object.entries(PLAIN)) m[name] = delegate(name, at, false);
  return m;
}

/** Creates the `collections.UserString` class (bases `collections.abc.Sequence`). */
export function userStringType(interp: Interp): PyHeapTypeObject {
  const strMaketrans = interp.getAttr(interp.rt.types.str, 'maketrans', false).value;
  const t = defineUserClass(interp, 'UserString', 'Sequence', methods(), false, { maketrans: strMaketrans });
  userStringClass.set(interp, t);
  return t;
}
