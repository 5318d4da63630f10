/**
 * The methods of `Enum` and `ReprEnum` members (Lib/enum.py, 3.11–3.13): repr `<Color.RED: 1>`,
 * str/format `Color.RED` (a ReprEnum's are its data type's), hash of the name, `name`/`value`, and
 * the enum base's methods a mixed-in class (`class N(int, Enum)`) takes over.
 */
import { classTypes } from '../../engine/objects/classTypes';
import { newDescr } from '../../engine/objects/descrObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { formatStr } from '../objects/formatSpec';
import { baseFormatText } from '../objects/formatBuiltins';
import { setClassAttr } from '../objects/classAttrs';
import { typeLookup } from '../objects/typeLookup';
import { baseReprOf, reprOf } from '../objects/repr';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import { enumInfo, memberOf, own } from './enumMembers';

/** `self._name_` / `self._value_` of a member (TypeError for anything else). */
export function member(interp: Interp, o: PyObject): { name: string | null; value: PyObject } {
  const m = memberOf(o);
  if (!m) return interp.typeError(`descriptor requires an enum member, not '${o.type.name}'`);
  return m;
}

/** `str(member)`: `Color.RED`, a composite `Perm.R|W`, an empty flag `Perm(0)`. */
function memberStr(interp: Interp, o: PyObject): string {
  const m = member(interp, o);
  return m.name === null ? `${o.type.name}(${reprOf(interp, m.value)})` : `${o.type.name}.${m.name}`;
}

/** Enum's methods. */
export function enumMethods(): Record<string, NativeImpl> {
  return {
    __repr__: (i, args) => {
      const m = member(i, args[0]);
      const head = m.name === null ? args[0].type.name : `${args[0].type.name}.${m.name}`;
      return newStr(i.rt, `<${head}: ${reprOf(i, m.value)}>`);
    },
    __str__: (i, args) => newStr(i.rt, memberStr(i, args[0])),
    __format__: (i, args) => {
      const spec = args[1] instanceof PyUnicodeObject ? args[1].value : '';
      return newStr(i.rt, formatStr(i, memberStr(i, args[0]), spec));
    },
    __hash__: (i, args) => {
      const name = member(i, args[0]).name;
      const s = name === null ? own(i, i.rt.None) : newStr(i.rt, name);
      try { return callAny(i, i.builtins.get('hash') as PyObject, [s]); } finally { i.rt.heap.decref(s); }
    },
    __reduce_ex__: (i, args) => {
      const m = member(i, args[0]);
      return newTuple(i.rt, [own(i, args[0].type), newTuple(i.rt, [own(i, m.value)])]);
    },
  };
}

/**
 * ReprEnum's `__str__` and `__format__`: the data type's (`str(Status.OK)` is `'200'` for an
 * IntEnum since 3.11, a StrEnum member prints its characters).
 */
export function reprEnumMethods(): Record<string, NativeImpl> {
  return {
    __str__: (i, args) => newStr(i.rt, args[0] instanceof PyUnicodeObject ? args[0].value : baseReprOf(i, args[0])),
    __format__: (i, args) => newStr(i.rt, baseFormatText(i, args[0], args[1] instanceof PyUnicodeObject ? args[1].value : '')),
  };
}

/**
 * A class mixing a data type with an enum: where its `__repr__`, `__str__` or `__format__` would
 * be the data type's or object's, the first enum base's is set on the class (`EnumType.__new__`),
 * so `class N(int, Enum)` prints `N.Z` while its arithmetic stays int's.
 */
export function adoptEnumMethods(interp: Interp, cls: PyHeapTypeObject, bases: readonly PyTypeObject[]): void {
  const firstEnum = bases.find((b) => enumInfo(b) !== null);
  if (!firstEnum) return;
  for (const name of ['__repr__', '__str__', '__format__']) {
    if (cls.ns.has(name)) continue;
    const found = typeLookup(interp, cls, name);
    const fromClass = found !== null && (cls.mro ?? []).some((c) => c instanceof PyHeapTypeObject && c.ns.get(name) === found);
    const enumMethod = fromClass ? null : typeLookup(interp, firstEnum, name);
    if (enumMethod) setClassAttr(interp, cls, name, enumMethod);
  }
}

/**
 * A property over a native getter whose setter refuses as enum.property does; pydoc lists it among
 * a class's names as it does a `types.DynamicClassAttribute` (isDynamicClassAttribute).
 */
export function memberProperty(interp: Interp, name: string, get: NativeImpl, doc: string): PyObject {
  const refuse: NativeImpl = (i) => i.raise('AttributeError', `<enum 'Enum'> cannot set attribute '${name}'`);
  const p = newDescr(interp.rt, classTypes(interp.rt).property, [interp.nativeFunction(name, get), interp.nativeFunction(name, refuse), null, newStr(interp.rt, doc)]);
  dynamicClassAttributes.add(p);
  return p;
}

const dynamicClassAttributes = new WeakSet<PyObject>();

/** Whether `o` stands for an `enum.property` (a `types.DynamicClassAttribute`). */
export function isDynamicClassAttribute(o: PyObject): boolean {
  return dynamicClassAttributes.has(o);
}
