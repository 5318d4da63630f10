/**
 * What `collections.UserDict`, `UserList` and `UserString` share: the `data` attribute they wrap,
 * and building the class in module `collections` over one of the `collections.abc` ABCs with
 * native methods (CPython's are functions of a class body in Lib/collections/__init__.py).
 */
import type { PyObject } from '../../engine/objects/object';
import { classTypes } from '../../engine/objects/classTypes';
import { newDescr } from '../../engine/objects/descrObject';
import type { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { newStr } from '../../engine/objects/unicodeObject';
import { createClass } from '../objects/typeCreate';
import { getItem, length } from '../objects/abstract';
import { compare } from '../objects/richCompare';
import { newInt } from '../../engine/objects/longObject';
import { setAttrUser } from '../objects/instanceAttrs';
import { callMethod } from './callMethod';
import { callAny } from '../vm/callDispatch';
import { newNativeObject, nativeType } from './nativeObject';
import type { Interp } from '../runtime/interp';
import { PyError } from '../runtime/pyError';
import type { PyModuleObject } from '../runtime/moduleObject';
import type { NativeImpl } from '../vm/callables';

/** `self.data` (a new reference). */
export function dataOf(interp: Interp, self: PyObject): PyObject {
  return interp.getAttr(self, 'data', false).value;
}

/** Runs `f` over `self.data`, releasing it afterwards. */
export function withData<T>(interp: Interp, self: PyObject, f: (data: PyObject) => T): T {
  const d = dataOf(interp, self);
  try {
    return f(d);
  } finally {
    interp.rt.heap.decref(d);
  }
}

/** Whether `e` is an IndexError (then released): the Sequence mixins' stop signal. */
export function swallowIndexError(interp: Interp, e: unknown): boolean {
  if (!(e instanceof PyError) || !e.exc.type.isSubtypeOf(interp.excType('IndexError'))) return false;
  interp.rt.heap.decref(e.exc);
  return true;
}

/**
 * Creates class `name` of module `collections` with base `collections.abc.<abcName>` and the given
 * methods; `hashNone` sets `__hash__ = None` (a mutable container).
 */
export function defineUserClass(interp: Interp, name: string, abcName: string, methods: Record<string, NativeImpl>, hashNone: boolean, extra: Record<string, PyObject> = {}): PyHeapTypeObject {
  const rt = interp.rt;
  const abcModule = interp.importModule('collections.abc') as PyModuleObject;
  const base = abcModule.dict.get(abcName) as PyTypeObject;
  rt.heap.decref(abcModule);
  const ns = new Map<string, PyObject>();
  ns.set('__module__', newStr(rt, 'collections'));
  for (const [n, impl] of Object.entries(methods)) ns.set(n, interp.nativeFunction(n, impl));
  for (const [n, v] of Object.entries(extra)) ns.set(n, v);
  if (hashNone) ns.set('__hash__', (rt.heap.incref(rt.None), rt.None));
  // The ABCs refuse subclasses (their mixins are not simulated); the User classes bring their own.
  const initSubclass = interp.nativeFunction('__init_subclass__', (i) => i.none());
  ns.set('__init_subclass__', newDescr(rt, classTypes(rt).classmethod, [initSubclass]));
  return createClass(interp, name, [base], ns, base.type as PyTypeObject);
}

/** The User classes' `__copy__`: `cls.__new__(cls)`, the instance `__dict__` copied, then `data` copied. */
export function shallowCopy(interp: Interp, self: PyObject): PyObject {
  const inst = callMethod(interp, self.type, '__new__', [self.type]);
  try {
    const src = interp.getAttr(self, '__dict__', false).value;
    const dst = interp.getAttr(inst, '__dict__', false).value;
    try {
      interp.rt.heap.decref(callMethod(interp, dst, 'update', [src]));
    } finally {
      interp.rt.heap.decref(src);
      interp.rt.heap.decref(dst);
    }
    withData(interp, self, (d) => {
      const c = callMethod(interp, d, 'copy');
      try {
        setAttrUser(interp, inst, 'data', c);
      } finally {
        interp.rt.heap.decref(c);
      }
    });
  } catch (e) {
    interp.rt.heap.decref(inst);
    throw e;
  }
  return inst;
}

/** An iterator calling `next()` until it answers null (Sequence's `__iter__`/`__reversed__`). */
function mixinIterator(interp: Interp, self: PyObject, next: () => PyObject | null): PyObject {
  interp.rt.heap.incref(self);
  const it = newNativeObject(interp, nativeType(interp, 'iterator', 32), [self]);
  let done = false;
  it.next = () => {
    if (done) return null;
    const v = next();
    if (!v) done = true;
    return v;
  };
  return it;
}

/** `self[i]`, or null on IndexError. */
function itemOrNull(interp: Interp, self: PyObject, i: number): PyObject | null {
  const k = newInt(interp.rt, i);
  try {
    return getItem(interp, self, k);
  } catch (e) {
    if (swallowIndexError(interp, e)) return null;
    throw e;
  } finally {
    interp.rt.heap.decref(k);
  }
}

/** Sequence's `__iter__` (`self[i]` from 0 until IndexError) and `__reversed__` (`self[i]` from `len(self) - 1` down). */
export function sequenceMixins(): Record<string, NativeImpl> {
  return {
    __iter__: (interp, args) => {
      let i = 0;
      return mixinIterator(interp, args[0], () => itemOrNull(interp, args[0], i++));
    },
    __reversed__: (interp, args) => {
      let i = length(interp, args[0]);
      return mixinIterator(interp, args[0], () => (--i >= 0 ? itemOrNull(interp, args[0], i) : null));
    },
  };
}

/** `__lt__`, `__le__`, `__eq__`, `__gt__`, `__ge__`: `self.data OP cast(other)` (`cast` returns a new reference). */
export function richCompares(cast: (interp: Interp, o: PyObject) => PyObject): Record<string, NativeImpl> {
  const m: Record<string, NativeImpl> = {};
  (['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'] as const).forEach((name, op) => {
    if (name === '__ne__') return;
    m[name] = (interp, args) => {
      const o = cast(interp, args[1]);
      try {
        return withData(interp, args[0], (d) => interp.bool(compare(interp, op, d, o)));
      } finally {
        interp.rt.heap.decref(o);
      }
    };
  });
  return m;
}

/** `self.__class__(x)`, releasing `x`. */
export function rewrap(interp: Interp, self: PyObject, x: PyObject): PyObject {
  try {
    return callAny(interp, self.type, [x]);
  } finally {
    interp.rt.heap.decref(x);
  }
}
