/**
 * `types.MappingProxyType` (Objects/descrobject.c, CPython 3.11–3.13): the read-only view
 * `C.__dict__` and `vars(C)` return over a class's tp_dict. A new 40-byte GC object (24 + GC head)
 * each time, holding one reference to the dict: `C.__dict__ is C.__dict__` is False.
 *
 *   proxy[k], len, iter, in      the dict's (iteration goes through a sequence iterator here)
 *   keys/values/items/get/copy   the dict's own methods, bound to the dict
 *   proxy[k] = v                 TypeError: 'mappingproxy' object does not support item assignment
 */
import { dictGetItem, dictItems, type PyDictObject } from '../../engine/objects/dictObject';
import type { PyObject } from '../../engine/objects/object';
import { newNativeObject, nativeType, type PyNativeObject } from '../modules/nativeObject';
import type { Interp } from '../runtime/interp';
import { raiseKeyError } from './containerOps';
import { hashedKey } from './hashKey';
import { bindMethod } from './descriptorGet';
import { equals } from './richCompare';
import { reprOf, strOf } from './repr';

/** `sys.getsizeof(C.__dict__)`: `mappingproxyobject` (ob_base, mapping) plus the GC head. */
const MAPPINGPROXY_SIZE = 40;

/** The methods a proxy forwards to its mapping (`mappingproxy_methods`). */
const FORWARDED = new Set(['keys', 'values', 'items', 'get', 'copy', '__getitem__', '__contains__', '__len__', '__iter__', '__reversed__']);

/** Whether `o` is a mappingproxy made here. */
export function isMappingProxy(interp: Interp, o: PyObject): o is PyNativeObject {
  return o.type === nativeType(interp, 'mappingproxy', MAPPINGPROXY_SIZE);
}

/** `PyDictProxy_New(dict)`: a new reference (the dict is borrowed). */
export function newMappingProxy(interp: Interp, dict: PyDictObject): PyNativeObject {
  const rt = interp.rt;
  rt.heap.incref(dict);
  const p = newNativeObject(interp, nativeType(interp, 'mappingproxy', MAPPINGPROXY_SIZE), [dict]);
  p.repr = (i) => `mappingproxy(${reprOf(i, dict)})`;
  p.str = (i) => strOf(i, dict); // mappingproxy_str: str() of the mapping
  p.subscript = (i, key) => {
    const v = dictGetItem(dict, hashedKey(i, key));
    if (v === null) return raiseKeyError(i, key);
    i.rt.heap.incref(v);
    return v;
  };
  p.sequence = {
    length: () => dict.used,
    item: (i, index) => {
      const key = dictItems(dict)[index].key;
      i.rt.heap.incref(key);
      return key;
    },
  };
  p.getAttr = (i, name) => {
    if (!FORWARDED.has(name)) return null;
    const found = i.getAttr(dict, name, false);
    if (!found.method) return found;
    const bound = bindMethod(i, found.value, dict);
    i.rt.heap.decref(found.value);
    return { value: bound, method: false };
  };
  p.compare = (i, op, other) => (op === 2 ? equals(i, dict, isMappingProxy(i, other) ? other.refs[0] as PyObject : other) : undefined);
  return p;
}
