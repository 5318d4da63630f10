/**
 * The eval loop's dict and set instructions (Python/bytecodes.c, 3.12), each taking the stack
 * items it consumes (stolen) and leaving the container's references as CPython does:
 *
 *   BUILD_MAP n / BUILD_CONST_KEY_MAP n   `_PyDict_FromItems`: presized for n, str keys or not
 *   MAP_ADD                               `PyDict_SetItem` (dict comprehensions, big displays)
 *   DICT_UPDATE                           `PyDict_Update` ({**m}); a non-mapping is a TypeError
 *   BUILD_SET n / SET_ADD                 `PySet_New(NULL)` + `PySet_Add` of each item in order
 *   SET_UPDATE                            `_PySet_Update` (a constant display's frozenset)
 *   DICT_MERGE                            `_PyDict_MergeEx(d, m, 2)` (f(**m)): duplicates are errors
 */
import type { HashedKey } from '../../engine/objects/dictKeys';
import { dictFromItems, dictItems, dictMerge, dictSetItem, PyDictObject } from '../../engine/objects/dictObject';
import { PyFunctionObject } from '../../engine/objects/funcObject';
import { PyCFunctionObject } from '../../engine/objects/nativeObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { reprOf } from '../objects/repr';
import type { FunctionCode } from './callables';
import type { PyObject } from '../../engine/objects/object';
import { newSet, setAdd, type PySetObject } from '../../engine/objects/setObject';
import type { PyTupleObject } from '../../engine/objects/tupleObject';
import { hashedKey } from '../objects/hashKey';
import { setUpdateInternal } from '../objects/setMethods';
import type { Interp } from '../runtime/interp';

/** Hashes every key first, so an unhashable one fails before anything is built; releases all on failure. */
function hashAll(interp: Interp, keys: PyObject[], values: PyObject[]): HashedKey[] {
  try {
    return keys.map((k) => hashedKey(interp, k));
  } catch (e) {
    for (const o of [...keys, ...values]) interp.rt.heap.decref(o);
    throw e;
  }
}

/** BUILD_MAP: `items` are k1 v1 ... kn vn (stolen). */
export function buildMap(interp: Interp, items: PyObject[]): PyDictObject {
  const keys = items.filter((_, i) => i % 2 === 0);
  const values = items.filter((_, i) => i % 2 === 1);
  return dictFromItems(interp.rt, hashAll(interp, keys, values), values);
}

/** BUILD_CONST_KEY_MAP: the constant keys tuple and the values (all stolen). */
export function buildConstKeyMap(interp: Interp, keysTuple: PyTupleObject, values: PyObject[]): PyDictObject {
  const keys = [...keysTuple.items];
  for (const k of keys) interp.rt.heap.incref(k);
  interp.rt.heap.decref(keysTuple);
  return dictFromItems(interp.rt, hashAll(interp, keys, values), values);
}

/** MAP_ADD: `d[key] = value` (key and value stolen). */
export function mapAdd(interp: Interp, d: PyDictObject, key: PyObject, value: PyObject): void {
  const k = hashAll(interp, [key], [value])[0];
  dictSetItem(interp.rt, d, k, value);
}

/** DICT_UPDATE: `{**m}` (m borrowed). */
export function dictUpdate(interp: Interp, d: PyDictObject, m: PyObject): void {
  if (!(m instanceof PyDictObject)) interp.typeError(`'${m.type.name}' object is not a mapping`);
  dictMerge(interp.rt, d, m, 1);
}

/** BUILD_SET: a new set, then each item added in order (items stolen). */
export function buildSet(interp: Interp, items: PyObject[]): PySetObject {
  const rt = interp.rt;
  const s = newSet(rt);
  for (let i = 0; i < items.length; i++) {
    try {
      setAdd(rt, s, hashedKey(interp, items[i]));
    } catch (e) {
      for (const o of items.slice(i)) rt.heap.decref(o);
      rt.heap.decref(s);
      throw e;
    }
  }
  return s;
}

/** SET_ADD: `s.add(v)` (v stolen). */
export function setAddItem(interp: Interp, s: PySetObject, v: PyObject): void {
  let k: HashedKey;
  try {
    k = hashedKey(interp, v);
  } catch (e) {
    interp.rt.heap.decref(v);
    throw e;
  }
  setAdd(interp.rt, s, k);
}

/** SET_UPDATE: `s.update(iterable)` (borrowed). */
export function setUpdate(interp: Interp, s: PySetObject, iterable: PyObject): void {
  setUpdateInternal(interp, s, iterable);
}

/** `_PyObject_FunctionStr`: `__main__.f()` for a script's function, `print()` for a builtin. */
export function functionStr(interp: Interp, f: PyObject): string {
  if (f instanceof PyFunctionObject) {
    const q = f.refs.qualname;
    const qualname = q instanceof PyUnicodeObject ? q.value : '?';
    const globals = (f.code as FunctionCode).globals;
    const module = globals.get('__name__');
    return module instanceof PyUnicodeObject ? `${module.value}.${qualname}()` : `${qualname}()`;
  }
  if (f instanceof PyCFunctionObject) return `${f.name}()`;
  return reprOf(interp, f);
}

/**
 * DICT_MERGE: `f(**m)` gathers keyword mappings into one dict (`_PyDict_MergeEx(d, m, 2)`):
 * a repeated key or a non-mapping is an error naming the callee.
 */
export function dictMergeKwargs(interp: Interp, d: PyDictObject, m: PyObject, callee: PyObject): void {
  if (!(m instanceof PyDictObject)) interp.typeError(`${functionStr(interp, callee)} argument after ** must be a mapping, not ${m.type.name}`);
  for (const e of dictItems(m)) if (!(e.key instanceof PyUnicodeObject)) interp.typeError('keywords must be strings');
  const dup = dictMerge(interp.rt, d, m, 2);
  if (dup) interp.typeError(`${functionStr(interp, callee)} got multiple values for keyword argument '${(dup as PyUnicodeObject).value}'`);
}
