/**
 * Dunders the pickle and copy protocols (and curious readers) call directly on built-in objects:
 * `list.__reversed__`, `dict.__reversed__`, `range.__reversed__` (what `reversed()` returns),
 * `__getnewargs__` of str, bytes, tuple, int and float (`unicode_getnewargs`...: a one-item
 * tuple holding a copy, except an exact tuple's own slice) and 3.11's `object.__getstate__`
 * (`object_getstate_default`: the instance dict or None, with a second dict of the `__slots__`
 * values when the class has any, after `copyreg._slotnames` stored `cls.__slotnames__`).
 */
import { bytesType, newBytes, PyBytesObject } from '../../engine/objects/bytesObject';
import { newDict } from '../../engine/objects/dictObject';
import { newFloat, PyFloatObject } from '../../engine/objects/floatObject';
import { PyInstanceObject } from '../../engine/objects/instanceObject';
import { newList, PyListObject } from '../../engine/objects/listObject';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { newStr, newStrBlock, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { getAttrOrNull } from '../builtins/classBuiltins';
import { mangle } from '../compiler/symtable';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { setItem } from './abstract';
import { instanceDict } from './instanceDict';
import { setAttr } from './typeSlots';

/** `copyreg._slotnames(cls)`: the `__slots__` names along the MRO, private ones mangled. */
function slotNames(cls: PyTypeObject): string[] {
  const names: string[] = [];
  for (const c of cls.mro ?? [cls]) {
    const slots = c instanceof PyHeapTypeObject ? c.ns.get('__slots__') : undefined;
    if (!slots) continue;
    const items = slots instanceof PyUnicodeObject ? [slots] : slots instanceof PyTupleObject || slots instanceof PyListObject ? slots.items : [];
    for (const s of items) {
      if (!(s instanceof PyUnicodeObject) || s.value === '__dict__' || s.value === '__weakref__') continue;
      names.push(mangle(c.name, s.value));
    }
  }
  return names;
}

/** `_PyType_GetSlotNames`: `cls.__slotnames__`, computed and stored on the class the first time. */
function cachedSlotNames(interp: Interp, cls: PyTypeObject): string[] {
  const cached = cls instanceof PyHeapTypeObject ? cls.ns.get('__slotnames__') : undefined;
  if (cached instanceof PyListObject) return cached.items.map((s) => (s as PyUnicodeObject).value);
  const names = slotNames(cls);
  if (cls instanceof PyHeapTypeObject) {
    const list = newList(interp.rt, names.map((n) => newStr(interp.rt, n)));
    try {
      setAttr(interp, cls, '__slotnames__', list);
    } finally {
      interp.rt.heap.decref(list);
    }
  }
  return names;
}

/** `object.__getstate__()` (3.11+). */
const objectGetstate: NativeImpl = (interp, args) => {
  const rt = interp.rt;
  const self = args[0];
  const dict = self instanceof PyInstanceObject || self.type instanceof PyHeapTypeObject ? instanceDict(interp, self) : null;
  let state: PyObject;
  if (dict && dict.used > 0) state = dict;
  else {
    if (dict) rt.heap.decref(dict);
    state = interp.none();
  }
  if (!(self.type instanceof PyHeapTypeObject)) return state;
  const names = cachedSlotNames(interp, self.type);
  if (names.length === 0) return state;
  const slots = newDict(rt);
  for (const name of names) {
    const value = getAttrOrNull(interp, self, name);
    if (!value) continue;
    const key = newStr(rt, name);
    try {
      setItem(interp, slots, key, value);
    } finally {
      rt.heap.decref(key);
      rt.heap.decref(value);
    }
  }
  return newTuple(rt, [state, slots]);
};

/** `__getnewargs__`: `(copy,)` of the value (`_PyUnicode_Copy`, `_PyLong_Copy`, ...). */
const getnewargs: NativeImpl = (interp, args) => {
  const rt = interp.rt;
  const self = args[0];
  let copy: PyObject;
  if (self instanceof PyUnicodeObject) copy = self.value.length === 0 ? newStr(rt, '') : newStrBlock(rt, self.value);
  else if (self instanceof PyBytesObject) copy = newBytes(rt, self.value.slice());
  else if (self instanceof PyLongObject) copy = newInt(rt, self.value);
  else if (self instanceof PyFloatObject) copy = newFloat(rt, self.value);
  else if (self instanceof PyTupleObject) {
    // tuple_getnewargs: tupleslice(v, 0, len) is v itself for an exact tuple.
    if (self.type === rt.types.tuple) { rt.heap.incref(self); copy = self; } else copy = newTuple(rt, self.items.map((x) => { rt.heap.incref(x); return x; }));
  } else return interp.typeError(`descriptor '__getnewargs__' requires a '${self.type.name}' object`);
  return newTuple(rt, [copy]);
};

/** Installs the hooks on the built-in types. */
export function installPickleHooks(interp: Interp): void {
  const rt = interp.rt;
  const t = rt.types;
  const reversedType = t.lazyIters.reversed;
  const reversed: NativeImpl = (i, args) => i.callType(reversedType, [args[0]], null);
  for (const owner of [t.list, t.dict, t.range]) interp.methods.define(owner, '__reversed__', reversed);
  for (const owner of [t.str, bytesType(rt), t.tuple, t.int, t.float]) interp.methods.define(owner, '__getnewargs__', getnewargs);
  interp.methods.define(t.object, '__getstate__', objectGetstate);
}
