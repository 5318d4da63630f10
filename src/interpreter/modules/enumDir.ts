/**
 * `EnumType.__dir__` (3.11–3.13): an enum class shows its members and the few names enum.py
 * deems interesting, not the methods of its body or of Enum; a class mixing in a data type
 * (`IntEnum`) adds that type's `dir()`. Measured by the corpus program help_enum (dir(Color)).
 */
import { newList } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { newStr } from '../../engine/objects/unicodeObject';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { typeDirNames } from '../builtins/dirBuiltin';
import { builtinBaseOf } from '../objects/builtinBase';
import { mroOf } from '../objects/typeLookup';
import type { Interp } from '../runtime/interp';
import { enumInfoOf, memberOf } from './enumMembers';

/** The names every enum class lists (`__init_subclass__` too: a bound method never `is` object's). */
const INTERESTING = ['__class__', '__contains__', '__doc__', '__getitem__', '__init_subclass__', '__iter__', '__len__',
  '__members__', '__module__', '__name__', '__qualname__'];

/** `dir(cls)` of an enum class, unsorted. */
export function enumDirNames(interp: Interp, cls: PyTypeObject): Set<string> {
  const names = new Set(INTERESTING);
  for (const m of enumInfoOf(interp, cls).canonical) {
    const name = memberOf(m)?.name;
    if (name) names.add(name);
  }
  // `_new_member_` is not `object.__new__`: a data type's `__new__`. (A body's own `__new__`
  // would add it too; the simulation does not keep one: EnumType.__new__ replaces it.)
  const memberType = mixedInType(interp, cls);
  if (memberType) {
    names.add('__new__');
    typeDirNames(interp, memberType, names);
  }
  return names;
}

/** The data type an enum class mixes in (`int` for IntEnum), or null for `object`. */
export function mixedInType(interp: Interp, cls: PyTypeObject): PyTypeObject | null {
  for (const c of mroOf(cls)) {
    const b = c instanceof PyHeapTypeObject ? null : builtinBaseOf(interp, c);
    if (b) return b;
  }
  return null;
}

/** EnumType's `__dir__` method: a new list. */
export function enumDirMethod(interp: Interp, args: PyObject[]): PyObject {
  return newList(interp.rt, [...enumDirNames(interp, args[0] as PyTypeObject)].sort().map((n) => newStr(interp.rt, n)));
}
