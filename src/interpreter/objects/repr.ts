/**
 * `repr()` and `str()` of the built-in types (`object_repr`, `long_to_decimal_string`,
 * `float_repr`, `unicode_repr`, `list_repr`, `tuple_repr`). Returns JS strings; the callers
 * allocate the str object where CPython would.
 */
import { decimalScratchRequest } from './intPaths';
import { PyCodeObject } from '../vm/loadedCode';
import { exceptionFieldStr } from './exceptionFields';
import { intToDecimal } from './intStrLimit';
import { PyFloatObject } from '../../engine/objects/floatObject';
import { PyComplexObject } from '../../engine/objects/complexObject';
import { complexRepr, strRepr } from '../parser/pyRepr';
import { PyListObject } from '../../engine/objects/listObject';
import { PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { PyRangeObject } from '../../engine/objects/rangeObject';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import { newStr, newStrBlock, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import { PyCFunctionObject } from '../../engine/objects/nativeObject';
import { nativeDescrTypes, PyMethodWrapperObject, PyNativeDescrObject } from '../../engine/objects/nativeDescrObject';
import { PyFunctionObject } from '../../engine/objects/funcObject';
import { PyNativeObject } from '../modules/nativeObject';
import { PyModuleObject } from '../runtime/moduleObject';
import { moduleRepr } from '../runtime/moduleDunders';
import { dequeRepr } from '../modules/dequeOps';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { floatRepr } from '../runtime/floatRepr';
import { containerRepr } from './containerRepr';
import { reprEnter, reprLeave } from './reprEnter';
import type { Interp } from '../runtime/interp';
import { callDunder, hasOwnStr, slotRepr } from './typeSlots';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { classTypes } from '../../engine/objects/classTypes';
import { PyDescrObject } from '../../engine/objects/descrObject';
import { bytesRepr } from './bytesOps';
import { structSeqRepr } from './structSeq';
import { PySliceObject } from '../../engine/objects/sliceObject';
import { tpName, typeDisplayName } from './typeModules';

export { strRepr };


/** `repr(o)` as a JS string. */
export function reprOf(interp: Interp, o: PyObject, seen: Set<PyObject> = new Set()): string {
  if (!interp.cGuards) return reprUnguarded(interp, o, seen);
  interp.enterRecursiveCall(' while getting the repr of an object');
  try {
    return reprUnguarded(interp, o, seen);
  } finally {
    interp.leaveRecursiveCall();
  }
}

/** `reprOf` without 3.11's recursion guard (`PyObject_Repr`'s `Py_EnterRecursiveCall`). */
function reprUnguarded(interp: Interp, o: PyObject, seen: Set<PyObject>): string {
  const user = slotRepr(interp, o, false);
  if (user !== null) return user;
  return baseReprOf(interp, o, seen);
}

/** The `tp_repr` of a C type a module defines (weakref's `ref`), consulted before the default. */
export const typeReprs = new WeakMap<PyTypeObject, (interp: Interp, o: PyObject) => string>();

/**
 * The built-in type's own `tp_repr` of `o`, a class's `__repr__` override not consulted for `o`
 * itself (`int.__repr__(self)` inside that override); its items still go through `reprOf`.
 */
export function baseReprOf(interp: Interp, o: PyObject, seen: Set<PyObject> = new Set()): string {
  const rt = interp.rt;
  if (o === rt.None) return 'None';
  if (o.type.name === 'NotImplementedType') return 'NotImplemented';
  if (o.type.name === 'ellipsis') return 'Ellipsis';
  if (o instanceof PyNativeObject && o.repr) return o.repr(interp);
  const deque = dequeRepr(interp, o, seen);
  if (deque !== null) return deque;
  if (o instanceof PyLongObject) return o.type === rt.types.bool ? (o.value ? 'True' : 'False') : intToDecimal(interp, o.value);
  if (o instanceof PyFloatObject) return floatRepr(o.value);
  if (o instanceof PyComplexObject) return complexRepr(o.real, o.imag);
  if (o instanceof PyUnicodeObject) return strRepr(o.value, rt.profile.version);
  const bytes = bytesRepr(o);
  if (bytes !== undefined) return bytes;
  if (o instanceof PyListObject) {
    if (o.items.length === 0) return '[]';
    if (!reprEnter(interp, o, seen)) return '[...]';
    try {
      return `[${o.items.map((x) => reprOf(interp, x, seen)).join(', ')}]`;
    } finally {
      reprLeave(interp, o, seen);
    }
  }
  const structSeq = structSeqRepr(o, (x) => reprOf(interp, x, seen));
  if (structSeq !== null) return structSeq;
  if (o instanceof PySliceObject) return `slice(${[o.start, o.stop, o.step].map((x) => reprOf(interp, x ?? interp.rt.None, seen)).join(', ')})`;
  if (o instanceof PyTupleObject) {
    if (o.items.length === 0) return '()';
    if (!reprEnter(interp, o, seen)) return '(...)';
    let parts: string[];
    try {
      parts = o.items.map((x) => reprOf(interp, x, seen));
    } finally {
      reprLeave(interp, o, seen);
    }
    return parts.length === 1 ? `(${parts[0]},)` : `(${parts.join(', ')})`;
  }
  if (o instanceof PyRangeObject) {
    const step = o.step.value;
    return step === 1 ? `range(${o.start.value}, ${o.stop.value})` : `range(${o.start.value}, ${o.stop.value}, ${step})`;
  }
  if (o instanceof PyBaseExceptionObject) {
    const args = o.args instanceof PyTupleObject ? o.args.items : [];
    const inner = args.length === 1 ? reprOf(interp, args[0], seen) : args.map((x) => reprOf(interp, x, seen)).join(', ');
    return `${o.type.name}(${inner})`;
  }
  const container = containerRepr(interp, o, seen, reprOf);
  if (container !== undefined) return container;
  if (o instanceof PyTypeObject) return `<class '${typeDisplayName(o)}'>`;
  const descr = descriptorRepr(interp, o);
  if (descr !== null) return descr;
  if (o instanceof PyMethodWrapperObject) return `<method-wrapper '${o.name}' of ${tpName((o.self as PyObject).type)} object at 0x${(o.self as PyObject).id.toString(16).padStart(12, '0')}>`;
  if (o instanceof PyNativeDescrObject) return `<${o.type === nativeDescrTypes(interp.rt).wrapperDescriptor ? 'slot wrapper' : 'method'} '${o.name}' of '${tpName(o.owner)}' objects>`;
  if (o instanceof PyCFunctionObject) return o.self ? `<built-in method ${o.name} of ${tpName(o.self.type)} object at 0x${o.self.id.toString(16).padStart(12, '0')}>` : `<built-in function ${o.name}>`;
  if (o instanceof PyFunctionObject) {
    const q = o.refs.qualname;
    return `<function ${q instanceof PyUnicodeObject ? q.value : '?'} at 0x${o.id.toString(16).padStart(12, '0')}>`;
  }
  if (o instanceof PyCodeObject) {
    const c = o.loaded.code;
    return `<code object ${c.name} at 0x${o.id.toString(16).padStart(12, '0')}, file "${c.filename}", line ${c.firstlineno}>`;
  }
  const own = typeReprs.get(o.type);
  if (own) return own(interp, o);
  if (o instanceof PyModuleObject) return moduleRepr(interp, o);
  return `<${typeDisplayName(o.type)} object at 0x${o.id.toString(16).padStart(12, '0')}>`;
}

/** `member_repr` / `getset_repr` (`<member 'a' of 'C' objects>`, `<attribute '__dict__' of 'C' objects>`) and `super_repr`. */
function descriptorRepr(interp: Interp, o: PyObject): string | null {
  const ct = classTypes(interp.rt);
  if (o instanceof PyDescrObject && o.type === ct.super) {
    // super_repr: the object's type is the object itself when it is a class (`super(B, B)`).
    const [type, obj] = o.refs as [PyTypeObject, PyObject];
    const objType = obj instanceof PyTypeObject && obj.isSubtypeOf(type) ? obj : obj.type;
    return `<super: <class '${type.name}'>, <${objType.name} object>>`;
  }
  if (!(o instanceof PyDescrObject) || (o.type !== ct.memberDescriptor && o.type !== ct.getsetDescriptor)) return null;
  const owner = o.refs[0];
  if (!(owner instanceof PyTypeObject)) return null;
  return `<${o.type === ct.memberDescriptor ? 'member' : 'attribute'} '${o.slotName}' of '${owner.name}' objects>`;
}

/**
 * `PyObject_Str` (or `PyObject_Repr`) as a new str object. Obscurity: an int's digits are always
 * a new block, even one digit (`long_to_decimal_string` calls `PyUnicode_New` directly), while a
 * bool answers with the static `_Py_ID(True)` / `_Py_ID(False)`.
 */
export function textObject(interp: Interp, o: PyObject, repr: boolean): PyUnicodeObject {
  const rt = interp.rt;
  // The shortcuts below skip reprOf/strOf, not 3.11's recursion guard of PyObject_Repr/Str.
  if (interp.cGuards && (o === rt.True || o === rt.False || (o instanceof PyLongObject && o.type === rt.types.int))) {
    interp.enterRecursiveCall(repr ? ' while getting the repr of an object' : ' while getting the str of an object');
    interp.leaveRecursiveCall();
  }
  if (o === rt.True || o === rt.False) {
    const s = rt.boolNames[o === rt.True ? 1 : 0];
    rt.heap.incref(s);
    return s;
  }
  if (o instanceof PyLongObject && o.type === rt.types.int) {
    // long_to_decimal_string's scratch digits live until the str is written.
    const text = intToDecimal(interp, o.value);
    const scratch = rt.heap.memory.objectMalloc(decimalScratchRequest(o.value), 'int');
    try {
      return newStrBlock(rt, text);
    } finally {
      rt.heap.memory.free(scratch, 'int', 'obj');
    }
  }
  // PyObject_Str hands an exact str back before its recursion guard.
  const guarded = interp.cGuards && !(!repr && o instanceof PyUnicodeObject && o.type === rt.types.str);
  if (guarded) interp.enterRecursiveCall(repr ? ' while getting the repr of an object' : ' while getting the str of an object');
  try {
    const same = existingText(interp, o, repr);
    if (same) return same;
    return newStr(rt, repr ? reprUnguarded(interp, o, new Set()) : strUnguarded(interp, o));
  } finally {
    if (guarded) interp.leaveRecursiveCall();
  }
}

/** The exceptions whose `tp_str` always builds a new str. */
const UNICODE_ERRORS = ['UnicodeEncodeError', 'UnicodeDecodeError', 'UnicodeTranslateError'];

/**
 * The str object `PyObject_Str`/`PyObject_Repr` hands back without making one, or null: a str is
 * its own str, a class's
 * `__str__`/`__repr__` result is returned as it is (the block belongs to the line in the method
 * that built it), and `BaseException_str` of one argument is `str(args[0])`: a message str is the
 * one the raising line allocated, a KeyError's is the key's repr.
 */
function existingText(interp: Interp, o: PyObject, repr: boolean): PyUnicodeObject | null {
  const rt = interp.rt;
  if (!repr && o instanceof PyUnicodeObject && o.type === rt.types.str) {
    rt.heap.incref(o);
    return o;
  }
  if (o.type instanceof PyHeapTypeObject && !(o instanceof PyTypeObject)) {
    const r = (repr ? null : callDunder(interp, o, '__str__')) ?? (!repr && hasOwnStr(o) ? null : callDunder(interp, o, '__repr__'));
    if (!r) return null;
    if (r instanceof PyUnicodeObject && r.type === rt.types.str) return r;
    try {
      if (!(r instanceof PyUnicodeObject)) interp.typeError(`${repr ? '__repr__' : '__str__'} returned non-string (type ${r.type.name})`);
      return newStr(rt, r.value);
    } finally {
      rt.heap.decref(r);
    }
  }
  if (repr || !(o instanceof PyBaseExceptionObject) || !(o.args instanceof PyTupleObject) || o.args.items.length !== 1) return null;
  if (exceptionFieldStr(interp, o, () => '', () => '') !== null) return null;
  // UnicodeEncodeError_str and its siblings format a new str from their fields (the simulation
  // keeps that text as the lone argument).
  if (UNICODE_ERRORS.some((name) => o.type.isSubtypeOf(interp.excType(name)))) return null;
  return textObject(interp, o.args.items[0], o.type.isSubtypeOf(interp.excType('KeyError')));
}

/** `str(o)` as a JS string. */
export function strOf(interp: Interp, o: PyObject): string {
  if (o instanceof PyUnicodeObject && o.type === interp.rt.types.str) return o.value;
  if (!interp.cGuards) return strUnguarded(interp, o);
  interp.enterRecursiveCall(' while getting the str of an object');
  try {
    return strUnguarded(interp, o);
  } finally {
    interp.leaveRecursiveCall();
  }
}

/** `strOf` past the exact-str shortcut, without 3.11's recursion guard (`PyObject_Str`). */
function strUnguarded(interp: Interp, o: PyObject): string {
  if (o.type instanceof PyHeapTypeObject) {
    const user = slotRepr(interp, o, true);
    if (user !== null) return user;
  }
  if (o instanceof PyUnicodeObject) return o.value;
  if (o instanceof PyNativeObject && o.str) return o.str(interp);
  if (o instanceof PyBaseExceptionObject) return baseExceptionStr(interp, o);
  // bytes_str / bytearray_str: the base's repr, whatever `__repr__` a subclass defines.
  const bytes = bytesRepr(o);
  if (bytes !== undefined) return bytes;
  // object_str calls tp_repr directly: no second recursion guard.
  return reprUnguarded(interp, o, new Set());
}

/**
 * `BaseException_str` (`KeyError_str`, and the field formatting of OSError and its siblings) of
 * `o` itself, whatever `__str__` its class defines: what `BaseException.__str__(self)` gives.
 */
export function baseExceptionStr(interp: Interp, o: PyBaseExceptionObject): string {
  const fields = exceptionFieldStr(interp, o, (v) => strOf(interp, v), (v) => reprOf(interp, v));
  if (fields !== null) return fields;
  const args = o.args instanceof PyTupleObject ? o.args.items : [];
  if (args.length === 0) return '';
  // KeyError_str: a lone argument is shown by its repr (the missing key).
  if (args.length === 1) return o.type.isSubtypeOf(interp.excType('KeyError')) ? reprOf(interp, args[0]) : strOf(interp, args[0]);
  return reprOf(interp, o.args as PyObject);
}
