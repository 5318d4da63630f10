/**
 * Attributes of function objects (`func_getsetlist`, `func_memberlist` and the instance dict of
 * Objects/funcobject.c, 3.11–3.13): `__name__`, `__qualname__`, `__doc__`, `__module__`,
 * `__defaults__`, `__kwdefaults__`, `__code__`, `__globals__`, `__dict__` and anything else, which lives in the function's
 * `__dict__`, created by the first store (`_PyObject_GetDictPtr` + `PyDict_New`), as
 * `functools.wraps` does when it sets `__wrapped__`.
 */
import { dictDelItem, dictGetItem, dictSetItem, newDict, PyDictObject } from '../../engine/objects/dictObject';
import type { FunctionRefs, PyFunctionObject } from '../../engine/objects/funcObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import type { FunctionCode } from '../vm/callables';
import { codeObjectOf } from './frameAttrs';
import type { FoundAttr } from './typeLookup';
import { internName } from './typeLookup';

/** Attributes kept in the function object's own fields. */
const FIELDS: Record<string, keyof FunctionRefs> = {
  __name__: 'name', __qualname__: 'qualname', __doc__: 'doc', __defaults__: 'defaults', __kwdefaults__: 'kwdefaults',
  __module__: 'module', __closure__: 'closure', __annotations__: 'annotations', __type_params__: 'typeParams',
};

/** `func.name` (a new reference), or null when it is not an attribute of functions. */
export function funcGetAttr(interp: Interp, f: PyFunctionObject, name: string): FoundAttr | null {
  const heap = interp.rt.heap;
  if (name === '__dict__') {
    const d = funcDict(interp, f);
    heap.incref(d);
    return { value: d, method: false };
  }
  if (name === '__code__') {
    const c = codeObjectOf(interp, (f.code as FunctionCode).loaded);
    heap.incref(c);
    return { value: c, method: false };
  }
  if (name === '__globals__') {
    const g = (f.code as FunctionCode).globals.dict;
    heap.incref(g);
    return { value: g, method: false };
  }
  const field = FIELDS[name];
  if (field) {
    let v = f.refs[field];
    if (!v && field === 'module') v = (f.code as FunctionCode).globals.get('__name__') ?? null;
    if (field === 'annotations' && !(v instanceof PyDictObject)) f.refs.annotations = v = annotationsDict(interp, v);
    if (field === 'typeParams' && !v) return interp.rt.profile.version === '3.11' ? null : { value: newTuple(interp.rt, []), method: false };
    const out = v ?? interp.rt.None;
    heap.incref(out);
    return { value: out, method: false };
  }
  if (f.refs.dict instanceof PyDictObject) {
    const v = dictGetItem(f.refs.dict, { key: internName(interp, name), hashKey: name });
    if (v) {
      heap.incref(v);
      return { value: v, method: false };
    }
  }
  return null;
}

/** func_get_annotations: the dict made from MAKE_FUNCTION's flat (name, value, ...) tuple, or an empty one (the tuple is released). */
function annotationsDict(interp: Interp, pairs: PyObject | null): PyDictObject {
  const d = newDict(interp.rt);
  if (pairs instanceof PyTupleObject) {
    for (let i = 0; i + 1 < pairs.items.length; i += 2) {
      const k = pairs.items[i];
      interp.rt.heap.incref(k);
      interp.rt.heap.incref(pairs.items[i + 1]);
      dictSetItem(interp.rt, d, { key: k, hashKey: (k as PyUnicodeObject).value }, pairs.items[i + 1]);
    }
  }
  interp.rt.heap.xdecref(pairs);
  return d;
}

/** `func.name = value` (borrowed) or `del func.name` (value null); false when not handled. */
export function funcSetAttr(interp: Interp, f: PyFunctionObject, name: string, value: PyObject | null): boolean {
  const rt = interp.rt;
  const field = FIELDS[name];
  if (field && field !== 'closure') {
    if ((field === 'name' || field === 'qualname') && !(value instanceof PyUnicodeObject)) {
      interp.typeError(`${name} must be set to a string object`);
    }
    if (field === 'defaults' && value && value !== rt.None && !(value instanceof PyTupleObject)) interp.typeError('__defaults__ must be set to a tuple object');
    if (field === 'kwdefaults' && value && value !== rt.None && !(value instanceof PyDictObject)) interp.typeError('__kwdefaults__ must be set to a dict object');
    const stored = value === rt.None && (field === 'defaults' || field === 'kwdefaults') ? null : value;
    if (stored) rt.heap.incref(stored);
    const old = f.refs[field];
    f.refs[field] = stored;
    rt.heap.xdecref(old);
    return true;
  }
  if (name === '__dict__') {
    if (!(value instanceof PyDictObject)) return interp.typeError('__dict__ must be set to a dictionary, not a \'' + (value?.type.name ?? 'NULL') + '\'');
    rt.heap.incref(value);
    const old = f.refs.dict;
    f.refs.dict = value;
    rt.heap.xdecref(old);
    return true;
  }
  const d = funcDict(interp, f);
  const key = internName(interp, name);
  if (!value) {
    if (!dictDelItem(rt, d, { key, hashKey: name })) interp.raise('AttributeError', `'function' object has no attribute '${name}'`);
    return true;
  }
  rt.heap.incref(key);
  rt.heap.incref(value);
  dictSetItem(rt, d, { key, hashKey: name }, value);
  return true;
}

/** The function's `__dict__`, created on first use (borrowed). */
function funcDict(interp: Interp, f: PyFunctionObject): PyDictObject {
  if (!(f.refs.dict instanceof PyDictObject)) f.refs.dict = newDict(interp.rt);
  return f.refs.dict as PyDictObject;
}
