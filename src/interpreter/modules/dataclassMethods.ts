/**
 * The methods `@dataclass` adds to a class (Lib/dataclasses.py's `_init_fn`, `_repr_fn`,
 * `_cmp_fn`, `_hash_fn`, `_frozen_get_del_attr`, 3.11–3.13), as natives closing over the class's
 * fields. CPython generates their source and execs it; the behaviour is the same: `__init__`
 * binds the fields as parameters (`Point.__init__() missing 1 required positional argument: 'y'`),
 * fills defaults and `default_factory()` results, stores each field in order and calls
 * `__post_init__` with the InitVars; `__repr__` is `Point(x=1, y=2)` and prints `...` for an
 * object already being printed (`reprlib.recursive_repr`); `__eq__` and the orderings compare
 * the fields as tuples when both sides are of the same class, else return NotImplemented.
 */
import { PyNativeDescrObject } from '../../engine/objects/nativeDescrObject';
import type { PyObject } from '../../engine/objects/object';
import { hashTuple } from '../../engine/objects/pyHash';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { compare, equals } from '../objects/richCompare';
import { hashOf } from '../objects/hashKey';
import { reprOf } from '../objects/repr';
import { genericSetAttr } from '../objects/typeSlots';
import { PyError } from '../runtime/pyError';
import type { Interp } from '../runtime/interp';
import { newException } from '../../engine/objects/exceptionObject';
import { newTuple } from '../../engine/objects/tupleObject';
import { newInt } from '../../engine/objects/longObject';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import { FieldRef, fieldFlags, fieldName, sentinels } from './dataclassField';
import type { PyNativeObject } from './nativeObject';
import { bindArgs } from './pyArgs';
import { missingArguments } from '../builtins/args';
import { typeLookup } from '../objects/typeLookup';

/** A dataclass as its generated methods see it. */
export interface DataclassInfo {
  /** `__qualname__` of the decorated class (for `__init__`'s messages). */
  qualname: string;
  /** Fields and InitVars in definition order (borrowed: `__dataclass_fields__` owns them). */
  fields: PyNativeObject[];
  frozen: boolean;
  kwOnly: boolean;
}

function attr(interp: Interp, o: PyObject, name: string): PyObject {
  return interp.getAttr(o, name, false).value;
}

function kind(f: PyNativeObject): string {
  return fieldFlags(f)?.kind ?? '_FIELD';
}

/** Whether field `f` is keyword-only in `info`'s `__init__`. */
export function isKwOnly(info: DataclassInfo, f: PyNativeObject): boolean {
  return fieldFlags(f)?.kwOnly ?? info.kwOnly;
}

/** The generated `__init__`. */
export function initMethod(info: DataclassInfo): NativeImpl {
  return (interp, args, kwnames) => {
    const { missing } = sentinels(interp);
    const self = args[0];
    const params = info.fields.filter((f) => fieldFlags(f)?.init);
    const positional = params.filter((f) => !isKwOnly(info, f));
    const keyword = params.filter((f) => isKwOnly(info, f));
    const hasDefault = (f: PyNativeObject) => f.refs[FieldRef.default] !== missing || f.refs[FieldRef.defaultFactory] !== missing;
    const sig = {
      qualname: `${info.qualname}.__init__`, params: positional.map(fieldName),
      required: positional.filter((f) => !hasDefault(f)).length, kwOnly: keyword.map(fieldName),
    };
    const bound = bindArgs(interp, sig, args.slice(1), kwnames);
    const missingKw = keyword.filter((f, i) => bound[positional.length + i] === undefined && !hasDefault(f)).map(fieldName);
    if (missingKw.length) missingArguments(interp, sig.qualname, 'keyword-only', missingKw);
    const store = (name: string, v: PyObject) => (info.frozen ? genericSetAttr(interp, self, name, v) : setAttrOf(interp, self, name, v));
    const initVars: PyObject[] = [];
    const owned: PyObject[] = [];
    try {
      for (const f of info.fields) {
        const fl = fieldFlags(f);
        const at = fl?.init ? [...positional, ...keyword].indexOf(f) : -1;
        let v: PyObject | undefined = at >= 0 ? bound[at] : undefined;
        if (v === undefined) {
          const factory = f.refs[FieldRef.defaultFactory] as PyObject;
          if (factory !== missing) {
            v = callAny(interp, factory, []);
            owned.push(v);
          } else if (at >= 0) v = f.refs[FieldRef.default] as PyObject;
        }
        if (kind(f) === '_FIELD_INITVAR') {
          initVars.push(v ?? (f.refs[FieldRef.default] as PyObject));
          continue;
        }
        // init=False without a factory: the class attribute is the value.
        if (v !== undefined) store(fieldName(f), v);
      }
      const post = typeLookup(interp, self.type, '__post_init__');
      if (post) interp.rt.heap.decref(callAny(interp, attr(interp, self, '__post_init__'), initVars));
    } finally {
      for (const o of owned) interp.rt.heap.decref(o);
    }
    return interp.none();
  };
}

function setAttrOf(interp: Interp, o: PyObject, name: string, v: PyObject): void {
  // `self.name = value`: the class's own __setattr__ if it has one.
  const f = o.type instanceof PyHeapTypeObject ? typeLookup(interp, o.type, '__setattr__') : null;
  if (f && f.type !== interp.rt.types.builtinFunction && !(f instanceof PyNativeDescrObject)) {
    const key = newStr(interp.rt, name);
    try {
      interp.rt.heap.decref(callAny(interp, f, [o, key, v]));
    } finally {
      interp.rt.heap.decref(key);
    }
    return;
  }
  genericSetAttr(interp, o, name, v);
}

const reprRunning = new Set<PyObject>();

/** The generated `__repr__` (recursion-safe as `reprlib.recursive_repr`). */
export function reprMethod(info: DataclassInfo): NativeImpl {
  return (interp, args) => {
    const self = args[0];
    if (reprRunning.has(self)) return newStr(interp.rt, '...');
    reprRunning.add(self);
    try {
      const parts = info.fields.filter((f) => kind(f) === '_FIELD' && fieldFlags(f)?.repr).map((f) => {
        const v = attr(interp, self, fieldName(f));
        try {
          return `${fieldName(f)}=${reprOf(interp, v)}`;
        } finally {
          interp.rt.heap.decref(v);
        }
      });
      const t = self.type;
      return newStr(interp.rt, `${t instanceof PyHeapTypeObject ? t.qualname : t.name}(${parts.join(', ')})`);
    } finally {
      reprRunning.delete(self);
    }
  };
}

/** The values of the fields `pick` keeps, in order (new references). */
function fieldValues(interp: Interp, info: DataclassInfo, o: PyObject, pick: (f: PyNativeObject) => boolean): PyObject[] {
  return info.fields.filter((f) => kind(f) === '_FIELD' && pick(f)).map((f) => attr(interp, o, fieldName(f)));
}

function compared(f: PyNativeObject): boolean {
  return fieldFlags(f)?.compare ?? true;
}

function notImplemented(interp: Interp): PyObject {
  const n = interp.builtins.get('NotImplemented') as PyObject;
  interp.rt.heap.incref(n);
  return n;
}

/**
 * `__eq__` (op 2) or an ordering (`__lt__` 0, `__le__` 1, `__gt__` 4, `__ge__` 5): the compared
 * fields as tuples, `other.__class__ is self.__class__` or NotImplemented.
 */
export function compareMethod(info: DataclassInfo, op: number): NativeImpl {
  return (interp, args) => {
    const [self, other] = args;
    if (other.type !== self.type) return notImplemented(interp);
    const a = fieldValues(interp, info, self, compared);
    const b = fieldValues(interp, info, other, compared);
    try {
      // Tuple comparison: the first pair that differs (identity or ==) decides.
      for (let i = 0; i < a.length; i++) {
        if (a[i] === b[i] || equals(interp, a[i], b[i])) continue;
        if (op === 2) return interp.bool(false);
        return interp.bool(compare(interp, op, a[i], b[i]));
      }
      return interp.bool(op === 2 || op === 1 || op === 5);
    } finally {
      for (const v of [...a, ...b]) interp.rt.heap.decref(v);
    }
  };
}

/** The generated `__hash__`: `hash((self.a, self.b, ...))` over the hashed fields. */
export function hashMethod(info: DataclassInfo): NativeImpl {
  return (interp, args) => {
    const hashed = (f: PyNativeObject) => {
      const h = f.refs[FieldRef.hash];
      return h === null || h === interp.rt.None ? compared(f) : h === interp.rt.True;
    };
    const values = fieldValues(interp, info, args[0], hashed);
    try {
      return newIntHash(interp, hashTuple(values.map((v) => hashOf(interp, v))));
    } finally {
      for (const v of values) interp.rt.heap.decref(v);
    }
  };
}

function newIntHash(interp: Interp, h: number | bigint): PyObject {
  return newInt(interp.rt, h);
}

/** The frozen class's `__setattr__` / `__delattr__`: FrozenInstanceError for its fields (or any name on the class itself). */
export function frozenMethod(info: DataclassInfo, cls: PyHeapTypeObject, error: PyObject, deleting: boolean): NativeImpl {
  return (interp, args) => {
    const [self, nameObj] = args;
    const name = nameObj instanceof PyUnicodeObject ? nameObj.value : '';
    const isField = info.fields.some((f) => fieldName(f) === name);
    if (self.type === cls || isField) {
      const msg = newStr(interp.rt, `cannot ${deleting ? 'delete' : 'assign to'} field '${name}'`);
      const e = newException(interp.rt, error as PyHeapTypeObject, newTuple(interp.rt, [msg]));
      interp.rt.heap.incref(error);
      throw new PyError(e);
    }
    genericSetAttr(interp, self, name, deleting ? null : args[2]);
    return interp.none();
  };
}
