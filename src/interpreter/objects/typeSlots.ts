/**
 * The slots of heap types (`slot_nb_add`, `slot_tp_richcompare`, `slot_sq_length`,
 * `slot_tp_iter`, `slot_tp_repr`… in Objects/typeobject.c): the abstract layer asks here first
 * when an operand is an instance of a class statement, and the class's dunder method runs through
 * `callAny`. Each function returns null when the class does not define the method, so the
 * built-in behaviour (or its TypeError) follows.
 */
import { PyByteArrayObject } from '../../engine/objects/byteArrayObject';
import { PyBytesObject } from '../../engine/objects/bytesObject';
import { PyDictViewObject } from '../../engine/objects/dictViewObject';
import { setSourceModuleAttr } from '../vm/sourceModules';
import { PyNativeObject } from '../modules/nativeObject';
import { PyNativeDescrObject } from '../../engine/objects/nativeDescrObject';
import { PyDictObject } from '../../engine/objects/dictObject';
import { PyListObject } from '../../engine/objects/listObject';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import { isPlainGenerator, PyGenObject } from '../../engine/objects/genObject';
import { PyMethodObject } from '../../engine/objects/methodObject';
import type { PyObject } from '../../engine/objects/object';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { PyLongObject } from '../../engine/objects/longObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import { isValueSubclassInstance } from '../../engine/objects/valueSubclass';
import { exceptionSetAttr } from './exceptionGroup';
import type { Interp } from '../runtime/interp';
import { PyError } from '../runtime/pyError';
import { callAny } from '../vm/callDispatch';
import { genSendNested } from '../vm/generators';
import { internName, typeLookup } from './typeLookup';
import { setAttrUser } from './instanceAttrs';
import { typeDisplayName } from './typeModules';
import { ownSlotKind } from './builtinSlots';

/** Whether `o` is an instance of a class statement (or a generator): the slots here apply. */
export function isUserObject(o: PyObject): boolean {
  return o.type instanceof PyHeapTypeObject || o instanceof PyGenObject;
}

/** Calls `type(o).name(o, *args)` if the class defines it: a new reference, or null. */
export function callDunder(interp: Interp, o: PyObject, name: string, args: PyObject[] = []): PyObject | null {
  if (!(o.type instanceof PyHeapTypeObject)) return null;
  const f = typeLookup(interp, o.type, name);
  // A built-in type's own method is not an override, but a native one a module's class keeps in
  // its namespace is (`collections.defaultdict.__repr__`).
  const own = (t: PyTypeObject) => t instanceof PyHeapTypeObject && t.ns.get(name) === f;
  if (!f || ((f.type === interp.rt.types.builtinFunction || f instanceof PyNativeDescrObject) && !(o.type.mro ?? []).some(own))) return null;
  return callAny(interp, f, [o, ...args]);
}

/**
 * `type(o).name(o, *args)` for the numeric protocol's one-operand slots a class may define
 * (`__neg__`, `__abs__`, `__round__`, `__floor__`, `__int__`, `__float__`, `__format__`…): a new
 * reference, or null when `o` is not a class instance or its class does not define it.
 */
export function slotDunder(interp: Interp, o: PyObject, name: string, args: PyObject[] = []): PyObject | null {
  if (!isUserObject(o)) return null;
  const r = callDunder(interp, o, name, args);
  return notImplemented(interp, r) ? null : r;
}

/** `divmod(a, b)` through `__divmod__` and the reflected `__rdivmod__`; null when none applies. */
export function slotDivmod(interp: Interp, a: PyObject, b: PyObject): PyObject | null {
  const r = slotDunder(interp, a, '__divmod__', [b]);
  if (r) return r;
  return b.type !== a.type ? slotDunder(interp, b, '__rdivmod__', [a]) : null;
}

const NB_NAMES = ['add', 'and', 'floordiv', 'lshift', 'matmul', 'mul', 'mod', 'or', 'pow', 'rshift', 'sub', 'truediv', 'xor'];

function notImplemented(interp: Interp, r: PyObject | null): boolean {
  if (r && r.type.name === 'NotImplementedType') {
    interp.rt.heap.decref(r);
    return true;
  }
  return r === null;
}

/** `a <op> b` through `__iop__`, `__op__` and the reflected `__rop__`; null when none applies. */
export function slotBinaryOp(interp: Interp, nb: number, a: PyObject, b: PyObject): PyObject | null {
  const base = NB_NAMES[nb >= 13 ? nb - 13 : nb];
  if (nb >= 13) {
    const r = callDunder(interp, a, `__i${base}__`, [b]);
    if (!notImplemented(interp, r)) return r;
  }
  // binary_op1: a right operand whose class is a proper subclass of the left's tries its
  // reflected method first (`Money(1) + Cents(2)` with Cents(Money) defining __radd__).
  const reflect = b.type !== a.type;
  const subclassFirst = reflect && b.type.isSubtypeOf(a.type);
  if (subclassFirst) {
    const rr = callDunder(interp, b, `__r${base}__`, [a]);
    if (!notImplemented(interp, rr)) return rr;
  }
  const r = callDunder(interp, a, `__${base}__`, [b]);
  if (!notImplemented(interp, r)) return r;
  if (reflect && !subclassFirst) {
    const rr = callDunder(interp, b, `__r${base}__`, [a]);
    if (!notImplemented(interp, rr)) return rr;
  }
  return null;
}

const CMP_NAMES = ['__lt__', '__le__', '__eq__', '__ne__', '__gt__', '__ge__'];
const CMP_SWAPPED = [4, 5, 2, 3, 0, 1];

/** `PyObject_RichCompare` for user objects as a boolean; null when neither side defines it. */
export function slotCompare(interp: Interp, op: number, a: PyObject, b: PyObject, truth: (o: PyObject) => boolean): boolean | null {
  const tryCall = (x: PyObject, name: string, y: PyObject): boolean | null => {
    const r = callDunder(interp, x, name, [y]);
    if (notImplemented(interp, r)) return null;
    try {
      return truth(r as PyObject);
    } finally {
      interp.rt.heap.decref(r as PyObject);
    }
  };
  const direct = tryCall(a, CMP_NAMES[op], b);
  if (direct !== null) return direct;
  const swapped = tryCall(b, CMP_NAMES[CMP_SWAPPED[op]], a);
  if (swapped !== null) return swapped;
  // No user comparison: a subclass of a built-in container or value compares as its base.
  if (isContainer(a) || isContainer(b) || isValueSubclassInstance(a) || isValueSubclassInstance(b)) return null;
  if (op === 2) return a === b;
  if (op === 3) {
    const eq = tryCall(a, '__eq__', b);
    return eq === null ? a !== b : !eq;
  }
  return null;
}

function isContainer(o: PyObject): boolean {
  return o instanceof PyDictObject || o instanceof PyListObject || o instanceof PyTupleObject;
}

/** `__len__` as a number; null when undefined. */
export function slotLen(interp: Interp, o: PyObject): number | null {
  const r = callDunder(interp, o, '__len__');
  if (!r) return null;
  try {
    if (!(r instanceof PyLongObject) || r.type.name === 'bool' && false) interp.typeError(`'${r.type.name}' object cannot be interpreted as an integer`);
    const n = Number((r as PyLongObject).value);
    if (n < 0) interp.raise('ValueError', '__len__() should return >= 0');
    return n;
  } finally {
    interp.rt.heap.decref(r);
  }
}

/** `__bool__`, else `__len__`; null when neither (then true). */
export function slotBool(interp: Interp, o: PyObject): boolean | null {
  const r = callDunder(interp, o, '__bool__');
  if (r) {
    const rt = interp.rt;
    rt.heap.decref(r);
    if (r !== rt.True && r !== rt.False) interp.typeError(`__bool__ should return bool, returned ${r.type.name}`);
    return r === rt.True;
  }
  const n = slotLen(interp, o);
  return n === null ? null : n > 0;
}

/** `iter(o)`: a generator is its own iterator; a class's `__iter__`. */
export function slotIter(interp: Interp, o: PyObject): PyObject | null {
  if (isPlainGenerator(o)) {
    interp.rt.heap.incref(o);
    return o;
  }
  const r = callDunder(interp, o, '__iter__');
  if (r && !isIterator(interp, r)) {
    const name = r.type.name;
    interp.rt.heap.decref(r);
    interp.typeError(`iter() returned non-iterator of type '${name}'`);
  }
  return r;
}

/** Common built-in types without tp_iternext (our built-in iterator types do not all list `__next__`). */
const NOT_ITERATORS = new Set(['int', 'bool', 'float', 'complex', 'str', 'bytes', 'bytearray', 'list', 'tuple', 'dict', 'set',
  'frozenset', 'NoneType', 'range', 'type', 'object', 'function', 'builtin_function_or_method', 'memoryview', 'slice',
  'dict_keys', 'dict_values', 'dict_items']);

/** PyIter_Check on what `__iter__` returned: its type has tp_iternext. */
export function isIterator(interp: Interp, o: PyObject): boolean {
  if (o instanceof PyGenObject) return isPlainGenerator(o);
  if (o instanceof PyNativeObject) return o.next !== null;
  if (!(o.type instanceof PyHeapTypeObject)) return !NOT_ITERATORS.has(o.type.name);
  return typeLookup(interp, o.type, '__next__') !== null;
}

/**
 * `next(it)` for generators and classes with `__next__`: the item, null at the end, undefined when
 * not ours. With `keepStop` a StopIteration `__next__` raised propagates (its value intact).
 */
export function slotNext(interp: Interp, it: PyObject, keepStop = false): PyObject | null | undefined {
  if (isPlainGenerator(it)) return genSendNested(interp, it, interp.none());
  if (!(it.type instanceof PyHeapTypeObject)) return undefined;
  try {
    const r = callDunder(interp, it, '__next__');
    if (r === null) interp.typeError(`'${it.type.name}' object is not an iterator`);
    return r;
  } catch (e) {
    if (!keepStop && e instanceof PyError && e.exc.type.isSubtypeOf(interp.excType('StopIteration'))) {
      interp.rt.heap.decref(e.exc);
      return null;
    }
    throw e;
  }
}

const nativeQualnames = new WeakMap<PyObject, string>();

/** Gives a native standing for a Python function (a dataclass's `__eq__`) its `__qualname__` for bound-method reprs. */
export function setNativeQualname(f: PyObject, qualname: string): void {
  nativeQualnames.set(f, qualname);
}

/** Whether `o`'s built-in base has its own `tp_str` (str, bytes, bytearray, exceptions), which a `__repr__` override does not change. */
export function hasOwnStr(o: PyObject): boolean {
  return o instanceof PyUnicodeObject || o instanceof PyBytesObject || o instanceof PyByteArrayObject || o instanceof PyBaseExceptionObject;
}

/** `repr(o)` of user objects, classes, bound methods and generators; null for the built-in types. */
export function slotRepr(interp: Interp, o: PyObject, str: boolean): string | null {
  const addr = (x: PyObject) => `0x${x.id.toString(16).padStart(12, '0')}`;
  const classRepr = (c: PyHeapTypeObject) => `<class '${c.module === 'builtins' ? '' : `${c.module}.`}${c.qualname}'>`;
  // A class shows as one unless its metaclass defines __repr__/__str__.
  if (o instanceof PyHeapTypeObject && !(o.type instanceof PyHeapTypeObject)) return classRepr(o);
  if (o instanceof PyTypeObject && !(o instanceof PyHeapTypeObject)) return null;
  if (o instanceof PyGenObject) {
    const q = o.qualname instanceof PyUnicodeObject ? o.qualname.value : '?';
    return `<${o.type.name} object ${q} at ${addr(o)}>`;
  }
  if (o instanceof PyMethodObject) {
    const f = o.func as PyObject & { refs?: { qualname: PyObject | null } };
    const q = f.refs?.qualname instanceof PyUnicodeObject ? f.refs.qualname.value : nativeQualnames.get(f) ?? '?';
    return `<bound method ${q} of ${reprText(interp, o.self as PyObject)}>`;
  }
  if (!(o.type instanceof PyHeapTypeObject)) return null;
  // str's, bytes' and bytearray's own tp_str (a subclass without __str__ prints as its base) come
  // before __repr__.
  const r = (str ? callDunder(interp, o, '__str__') : null) ?? (str && hasOwnStr(o) ? null : callDunder(interp, o, '__repr__'));
  if (r) {
    try {
      if (!(r instanceof PyUnicodeObject)) interp.typeError(`${str ? '__str__' : '__repr__'} returned non-string (type ${r.type.name})`);
      return r.value;
    } finally {
      interp.rt.heap.decref(r);
    }
  }
  if (o instanceof PyHeapTypeObject) return classRepr(o);
  // A subclass of a built-in container or value without its own __repr__ shows as its base does.
  if (isContainer(o) || o instanceof PyBaseExceptionObject || isValueSubclassInstance(o)) return null;
  const t = o.type;
  return `<${t.module}.${t.qualname} object at ${addr(o)}>`;
}

function reprText(interp: Interp, o: PyObject): string {
  return slotRepr(interp, o, false) ?? `<${typeDisplayName(o.type)} object at 0x${o.id.toString(16).padStart(12, '0')}>`;
}

/**
 * PyObject_GenericSetAttr on a built-in type's instance when the name is in its type's dict and the
 * simulation did not store it: a getset without a setter (getset_set), a READONLY member
 * (PyMember_SetOne) or a descriptor without `__set__` each have CPython's own AttributeError.
 */
function readOnlyBuiltinAttr(interp: Interp, owner: PyObject, name: string): void {
  if (name === '__class__' || owner.type instanceof PyHeapTypeObject) return;
  if (name === 'mapping' && owner instanceof PyDictViewObject) interp.raise('AttributeError', `attribute 'mapping' of '${owner.type.name}' objects is not writable`);
  for (let t: PyTypeObject | null = owner.type; t; t = t.base) {
    const kind = ownSlotKind(interp.rt, t, name);
    if (kind === undefined) continue;
    if (kind === 'g') interp.raise('AttributeError', `attribute '${name}' of '${t.name}' objects is not writable`);
    if (kind === 'M') interp.raise('AttributeError', 'readonly attribute');
    interp.raise('AttributeError', `'${owner.type.name}' object attribute '${name}' is read-only`);
  }
}

/** `PyObject_GenericSetAttr`: an attribute store that skips the class's own `__setattr__`. */
export function genericSetAttr(interp: Interp, owner: PyObject, name: string, value: PyObject | null): void {
  if (exceptionSetAttr(interp, owner, name, value)) return;
  if (setSourceModuleAttr(interp, owner, name, value)) return;
  if (setAttrUser(interp, owner, name, value)) return;
  if (owner instanceof PyTypeObject) interp.typeError(`cannot set '${name}' attribute of immutable type '${owner.name}'`);
  readOnlyBuiltinAttr(interp, owner, name);
  // 3.13's _PyObject_GenericSetAttrWithDict says why when there is no __dict__ (also for del).
  const why = interp.rt.profile.version === '3.13' ? ' and no __dict__ for setting new attributes' : '';
  interp.raise('AttributeError', `'${owner.type.name}' object has no attribute '${name}'${why}`);
}

/** `PyObject_SetAttr` / `PyObject_DelAttr` (value null). */
export function setAttr(interp: Interp, owner: PyObject, name: string, value: PyObject | null): void {
  if (!(owner instanceof PyTypeObject) && owner.type instanceof PyHeapTypeObject) {
    // A class's own __setattr__ / __delattr__ (slot_tp_setattro), e.g. a frozen dataclass's.
    const dunder = value ? '__setattr__' : '__delattr__';
    const f = typeLookup(interp, owner.type, dunder);
    if (f && (owner.type.mro ?? []).some((c) => c instanceof PyHeapTypeObject && c.ns.get(dunder) === f)) {
      const key = internName(interp, name);
      interp.rt.heap.incref(key);
      try {
        interp.rt.heap.decref(callAny(interp, f, value ? [owner, key, value] : [owner, key]));
      } finally {
        interp.rt.heap.decref(key);
      }
      return;
    }
  }
  if (owner instanceof PyNativeObject && owner.setAttr && value && owner.setAttr(interp, name, value)) return;
  genericSetAttr(interp, owner, name, value);
}
