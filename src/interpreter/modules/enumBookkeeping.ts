/**
 * The bookkeeping `EnumType.__new__` keeps in an enum class's own dict (Lib/enum.py 3.11–3.13), on
 * the simulated heap so that a class statement's line holds what CPython's does:
 *
 *   _generate_next_value_   3.11: the first enum base's function (no allocation); 3.12+: a new
 *                           `staticmethod` wrapping it, with the `__dict__` its init copies
 *   _member_names_          a list: the canonical names, appended one by one
 *   _member_map_            a dict: every name (aliases too) → member
 *   _value2member_map_      a dict: value → first member with it (`setdefault`)
 *   _unhashable_values_     a list (3.13 also `_unhashable_values_map_`, a dict)
 *   _new_member_, _use_args_, _member_type_, _value_repr_, and the Flag structures
 *   (`_boundary_`, `_flag_mask_`, `_singles_mask_`, `_all_bits_`, `_inverted_`), deleted again
 *   from a class that is not a Flag; 3.13 also `_<name>__in_progress`, set during type_new and
 *   deleted after, its interned name kept for the life of the process.
 *
 * The members' names are first in the class dict as placeholders (enum.py's `_proto_member`s),
 * then each `__set_name__` deletes its name and sets the member again, so the type dict grows and
 * resizes as CPython's does. Measured with test/oracle/enumClassLines.py.
 *
 * Obscurity: `_new_member_` and `_value_repr_` hold None here (CPython: `object.__new__` or the
 * data type's `__new__`, and `None` or the data type's `__repr__`); neither allocates in either.
 */
import { classTypes } from '../../engine/objects/classTypes';
import { newDescr } from '../../engine/objects/descrObject';
import { dictGetItem, newDict, PyDictObject } from '../../engine/objects/dictObject';
import { newInt } from '../../engine/objects/longObject';
import { listAppend, newList, PyListObject } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import type { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import type { Runtime } from '../../engine/runtime';
import { newStr } from '../../engine/objects/unicodeObject';
import { setClassAttr } from '../objects/classAttrs';
import { dictStore } from '../objects/containerOps';
import { hashedKey } from '../objects/hashKey';
import { internName } from '../objects/typeLookup';
import type { Interp } from '../runtime/interp';
import { PyError } from '../runtime/pyError';
import { callAny } from '../vm/callDispatch';

/** Enum's own `_generate_next_value_` (with the attributes a staticmethod copies from it) and `__new__`, made once per runtime. */
interface Shared { gnv: PyObject; gnvAttrs: [string, PyObject][]; enumNew: PyObject }
const shared = new WeakMap<Runtime, Shared>();

function sharedOf(interp: Interp): Shared {
  let s = shared.get(interp.rt);
  if (!s) {
    const rt = interp.rt;
    // Neither is called through these objects: auto() numbering is enumClassBody.ts's, a lookup by
    // value EnumType.__call__'s.
    const gnv = interp.nativeFunction('_generate_next_value_', (i) => i.none());
    const enumNew = interp.nativeFunction('__new__', (i, args) => callAny(i, args[0], args.slice(1)));
    // The function's own `__module__`, `__name__`, `__qualname__` and `__doc__` (made with enum.py,
    // so no class statement allocates them).
    const gnvAttrs: [string, PyObject][] = [
      ['__module__', internName(interp, 'enum')], ['__name__', internName(interp, '_generate_next_value_')],
      ['__qualname__', newStr(rt, 'Enum._generate_next_value_')], ['__doc__', rt.None],
    ];
    s = { gnv, gnvAttrs, enumNew };
    shared.set(rt, s);
  }
  return s;
}

/** 3.12+: `staticmethod(Enum._generate_next_value_)`, its `__dict__` filled by `functools_wraps` (new reference). */
function wrappedGnv(interp: Interp): PyObject {
  const rt = interp.rt;
  const s = sharedOf(interp);
  rt.heap.incref(s.gnv);
  const sm = newDescr(rt, classTypes(rt).staticmethod, [s.gnv]);
  const d = newDict(rt);
  for (const [k, v] of s.gnvAttrs) dictStore(interp, d, internName(interp, k), v);
  sm.dict = d;
  return sm;
}

/** The flag structures enum.py puts in every class dict and deletes again from a non-Flag class. */
const FLAG_KEYS = ['_boundary_', '_flag_mask_', '_singles_mask_', '_all_bits_', '_inverted_'];

/** The bookkeeping entries of a new enum class, in CPython's dict order (new references). */
export function bookkeepingEntries(interp: Interp, name: string, memberType: PyTypeObject): { before: [string, PyObject][]; after: [string, PyObject][] } {
  const rt = interp.rt;
  const v = rt.profile.version;
  const none = () => { rt.heap.incref(rt.None); return rt.None; };
  const gnvFn = sharedOf(interp).gnv;
  let gnv: PyObject;
  if (v === '3.11') { rt.heap.incref(gnvFn); gnv = gnvFn; } else gnv = wrappedGnv(interp);
  rt.heap.incref(memberType);
  const after: [string, PyObject][] = [
    ['_new_member_', none()], ['_use_args_', interp.bool(memberType !== rt.types.object)],
    ['_member_names_', newList(rt, [])], ['_member_map_', newDict(rt)], ['_value2member_map_', newDict(rt)],
    ['_unhashable_values_', newList(rt, [])],
    ...(v === '3.13' ? [['_unhashable_values_map_', newDict(rt)] as [string, PyObject]] : []),
    ['_member_type_', memberType], ['_value_repr_', none()],
    ...FLAG_KEYS.map((k): [string, PyObject] => [k, k === '_boundary_' || k === '_inverted_' ? none() : newInt(rt, 0)]),
  ];
  if (v === '3.13') after.push([`_${name}__in_progress`, interp.bool(true)]);
  return { before: [['_generate_next_value_', gnv]], after };
}

/** A member set on its class (`_proto_member.__set_name__`): its placeholder deleted, the member
 * set again at the dict's end, its name appended to `_member_names_` when canonical, and the maps updated. */
export function recordMember(interp: Interp, cls: PyHeapTypeObject, key: PyObject, name: string, m: PyObject, value: PyObject, canonical: boolean): void {
  const rt = interp.rt;
  setClassAttr(interp, cls, name, null);
  const names = cls.ns.get('_member_names_');
  if (canonical && names instanceof PyListObject) {
    rt.heap.incref(key);
    listAppend(rt, names, key);
  }
  setClassAttr(interp, cls, name, m);
  const map = cls.ns.get('_member_map_');
  if (map instanceof PyDictObject) dictStore(interp, map, key, m);
  const v2m = cls.ns.get('_value2member_map_');
  if (v2m instanceof PyDictObject) setDefaultValue(interp, v2m, value, m);
}

/**
 * `_value2member_map_.setdefault(value, member)` (also for Flag pseudo-members). An unhashable
 * value is left out (CPython appends it to `_unhashable_values_`); lookups by value are linear here.
 */
export function setDefaultValue(interp: Interp, v2m: PyDictObject, value: PyObject, m: PyObject): void {
  let k;
  try {
    k = hashedKey(interp, value);
  } catch (e) {
    if (!(e instanceof PyError) || e.exc.type !== interp.excType('TypeError')) throw e;
    interp.rt.heap.decref(e.exc);
    return;
  }
  if (dictGetItem(v2m, k) === null) dictStore(interp, v2m, value, m);
}

/** After the members: Enum's `__new__` set, and a non-Flag's flag structures deleted. */
export function finishBookkeeping(interp: Interp, cls: PyHeapTypeObject, flag: boolean): void {
  setClassAttr(interp, cls, '__new__', sharedOf(interp).enumNew);
  if (!flag) for (const k of FLAG_KEYS) setClassAttr(interp, cls, k, null);
}

/** 3.13: `_<name>__in_progress` deleted right after type_new; `delattr` interns the formatted name, which stays. */
export function endInProgress(interp: Interp, cls: PyHeapTypeObject, name: string): void {
  if (interp.rt.profile.version !== '3.13') return;
  internName(interp, `_${name}__in_progress`);
  setClassAttr(interp, cls, `_${name}__in_progress`, null);
}
