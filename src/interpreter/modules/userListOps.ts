/**
 * `collections.UserList` (Lib/collections/__init__.py, 3.11–3.13): a plain class over
 * `collections.abc.MutableSequence` whose `data` attribute is a list. An instance is an ordinary
 * object (getsizeof 56 on 3.11, 48 on 3.12/3.13, GC-tracked). What CPython's class does:
 *   - slicing, `+`, `*`, `copy()` build `self.__class__(...)`, so a subclass gets its own type back;
 *   - `extend`, `+=`, `*=`, `sort`, `pop`... act on `data` directly (an overridden `append` is not
 *     called by `extend`), comparisons compare `data` with the other's `data` or the other itself;
 *   - iteration and `reversed()` are Sequence's mixins, going through `self[i]` until IndexError.
 *
 * Not modelled: `iter(ul)` and `reversed(ul)` are native iterators, not generator objects.
 */
import type { PyObject } from '../../engine/objects/object';
import { newInt } from '../../engine/objects/longObject';
import { newList, PyListObject } from '../../engine/objects/listObject';
import { newSlice, PySliceObject } from '../../engine/objects/sliceObject';
import type { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { contains, getItem, length, setItem } from '../objects/abstract';
import { binaryOp } from '../objects/numberProtocol';
import { setAttrUser } from '../objects/instanceAttrs';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import { callMethod } from './callMethod';
import { dataOf, defineUserClass, rewrap, richCompares, sequenceMixins, shallowCopy, withData } from './userClassHelpers';

/** BINARY_OP numbers: `+`, `*`, `+=`, `*=`. */
const NB_ADD = 0;
const NB_MULTIPLY = 5;
const NB_INPLACE_ADD = 13;
const NB_INPLACE_MULTIPLY = 18;

/** The list methods UserList hands to `data` unchanged (their result returned as is). */
const PLAIN = ['append', 'insert', 'pop', 'remove', 'clear', 'count', 'index', 'reverse', 'sort', '__setitem__', '__delitem__'];

const userListClass = new WeakMap<Interp, PyTypeObject>();

/** `other.data` for a UserList, else `other` (a new reference): UserList's `__cast`. */
function cast(interp: Interp, other: PyObject): PyObject {
  const ul = userListClass.get(interp);
  if (ul && other.type.isSubtypeOf(ul)) return dataOf(interp, other);
  interp.rt.heap.incref(other);
  return other;
}

/** `other.data` for a UserList, `other` for a list, else `list(other)` (a new reference). */
function asList(interp: Interp, other: PyObject): PyObject {
  const ul = userListClass.get(interp);
  if (ul && other.type.isSubtypeOf(ul)) return dataOf(interp, other);
  if (other instanceof PyListObject) return (interp.rt.heap.incref(other), other);
  return callAny(interp, interp.rt.types.list, [other]);
}

function methods(): Record<string, NativeImpl> {
  const m: Record<string, NativeImpl> = {
    __init__: (interp, args, kwnames) => {
      if (kwnames?.length) {
        if (kwnames[0] !== 'initlist' || kwnames.length > 1) interp.typeError(`UserList.__init__() got an unexpected keyword argument '${kwnames.find((k) => k !== 'initlist') ?? kwnames[0]}'`);
      }
      if (args.length > 2) interp.typeError(`UserList.__init__() takes from 1 to 2 positional arguments but ${args.length} were given`);
      const init = args[1];
      const rt = interp.rt;
      let data: PyObject;
      if (init === undefined || init === rt.None) data = newList(rt, []);
      else if (init.type === rt.types.list) {
        // `self.data[:] = initlist`: slice assignment into an empty list, as CPython.
        data = newList(rt, []);
        rt.heap.incref(rt.None); rt.heap.incref(rt.None); rt.heap.incref(rt.None);
        const all = newSlice(rt, rt.None, rt.None, rt.None);
        try {
          setItem(interp, data, all, init);
        } finally {
          rt.heap.decref(all);
        }
      } else {
        const ul = userListClass.get(interp);
        data = ul && init.type.isSubtypeOf(ul) ? withData(interp, init, (d) => callAny(interp, rt.types.list, [d])) : callAny(interp, rt.types.list, [init]);
      }
      try {
        setAttrUser(interp, args[0], 'data', data);
      } finally {
        rt.heap.decref(data);
      }
      return interp.none();
    },
    __repr__: (interp, args) => withData(interp, args[0], (d) => callAny(interp, interp.builtins.get('repr') as PyObject, [d])),
    __contains__: (interp, args) => withData(interp, args[0], (d) => interp.bool(contains(interp, d, args[1]))),
    __len__: (interp, args) => withData(interp, args[0], (d) => newInt(interp.rt, length(interp, d))),
    __getitem__: (interp, args) => withData(interp, args[0], (d) => {
      const v = getItem(interp, d, args[1]);
      return args[1] instanceof PySliceObject ? rewrap(interp, args[0], v) : v;
    }),
    __add__: (interp, args) => {
      const o = asList(interp, args[1]);
      try {
        return withData(interp, args[0], (d) => rewrap(interp, args[0], binaryOp(interp, NB_ADD, d, o)));
      } finally {
        interp.rt.heap.decref(o);
      }
    },
    __radd__: (interp, args) => {
      const o = asList(interp, args[1]);
      try {
        return withData(interp, args[0], (d) => rewrap(interp, args[0], binaryOp(interp, NB_ADD, o, d)));
      } finally {
        interp.rt.heap.decref(o);
      }
    },
    __iadd__: (interp, args) => {
      const o = asList(interp, args[1]);
      try {
        withData(interp, args[0], (d) => interp.rt.heap.decref(binaryOp(interp, NB_INPLACE_ADD, d, o)));
      } finally {
        interp.rt.heap.decref(o);
      }
      interp.rt.heap.incref(args[0]);
      return args[0];
    },
    __mul__: (interp, args) => withData(interp, args[0], (d) => rewrap(interp, args[0], binaryOp(interp, NB_MULTIPLY, d, args[1]))),
    __imul__: (interp, args) => {
      withData(interp, args[0], (d) => interp.rt.heap.decref(binaryOp(interp, NB_INPLACE_MULTIPLY, d, args[1])));
      interp.rt.heap.incref(args[0]);
      return args[0];
    },
    copy: (interp, args) => callAny(interp, args[0].type, [args[0]]),
    __copy__: (interp, args) => shallowCopy(interp, args[0]),
    extend: (interp, args) => {
      const o = cast(interp, args[1]);
      try {
        return withData(interp, args[0], (d) => callMethod(interp, d, 'extend', [o]));
      } finally {
        interp.rt.heap.decref(o);
      }
    },
  };
  m.__rmul__ = m.__mul__;
  Object.assign(m, sequenceMixins(), richCompares(cast));
  for (const name of PLAIN) m[name] = (interp, args, kwnames) => withData(interp, args[0], (d) => callMethod(interp, d, name, args.slice(1), kwnames));
  return m;
}

/** Creates the `collections.UserList` class (bases `collections.abc.MutableSequence`). */
export function userListType(interp: Interp): PyHeapTypeObject {
  const t = defineUserClass(interp, 'UserList', 'MutableSequence', methods(), true);
  userListClass.set(interp, t);
  return t;
}

