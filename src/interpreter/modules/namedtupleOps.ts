/**
 * `collections.namedtuple` (Lib/collections/__init__.py, 3.11–3.13): a factory of tuple
 * subclasses with `__slots__ = ()`, so an instance is a tuple object of the class and measures
 * exactly what a tuple of as many items does (`P(1, 2)`: 56 bytes on all three versions, tracked
 * like any tuple subclass). The class namespace holds what the documented API promises: `_fields`,
 * `_field_defaults`, `__match_args__`, a `__new__` binding the fields (defaults from the right),
 * the `_make` classmethod, `_replace`, `_asdict`, `__getnewargs__`, `__repr__` `Point(x=1, y=2)`,
 * and one read-only accessor per field.
 *
 * Obscurity: CPython's accessors are `_collections._tuplegetter` objects; here they are
 * properties over a native getter, so `type(Point.x)` names `property`.
 */
import { classTypes } from '../../engine/objects/classTypes';
import { newDescr } from '../../engine/objects/descrObject';
import { newDict } from '../../engine/objects/dictObject';
import { allocTupleOf } from '../../engine/objects/builtinSubclass';
import type { PyObject } from '../../engine/objects/object';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { intern, newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { getIter, iterNext } from '../objects/abstract';
import { dictStore } from '../objects/containerOps';
import { reprOf, strOf } from '../objects/repr';
import { createClass } from '../objects/typeCreate';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { bindArgs } from './pyArgs';

/** Python's keywords (`keyword.kwlist`, 3.11–3.13). */
export const KEYWORDS = new Set([
  'False', 'None', 'True', 'and', 'as', 'assert', 'async', 'await', 'break', 'class', 'continue', 'def', 'del', 'elif',
  'else', 'except', 'finally', 'for', 'from', 'global', 'if', 'import', 'in', 'is', 'lambda', 'nonlocal', 'not', 'or',
  'pass', 'raise', 'return', 'try', 'while', 'with', 'yield',
]);

/** `str.isidentifier()`, approximated by Unicode letter/number classes. */
export function isIdentifier(s: string): boolean {
  return /^[\p{L}\p{Nl}_][\p{L}\p{Nl}\p{Mn}\p{Mc}\p{Nd}\p{Pc}]*$/u.test(s);
}

/** What the factory knows about one namedtuple class. */
interface TupleSpec {
  fields: string[];
  defaults: PyObject[];
}

const specs = new WeakMap<PyTypeObject, TupleSpec>();

/** The spec of the namedtuple class `t` descends from. */
function specOf(t: PyTypeObject): TupleSpec | undefined {
  for (const c of t.mro ?? [t]) {
    const s = specs.get(c);
    if (s) return s;
  }
  return undefined;
}

/** The namedtuple class's `__new__` (as `tp_new`): bind the fields, then `tuple.__new__(cls, values)`. */
function tupleNew(interp: Interp, cls: PyTypeObject, spec: TupleSpec, args: PyObject[], kwnames: string[] | null): PyObject {
  const qualname = `${cls.name}.__new__`;
  const required = spec.fields.length - spec.defaults.length;
  const bound = bindArgs(interp, { qualname, params: spec.fields, required }, args, kwnames);
  const values = bound.map((v, i) => v ?? spec.defaults[i - required]);
  for (const v of values) interp.rt.heap.incref(v);
  return allocTupleOf(interp.rt, cls, values);
}

function selfTuple(interp: Interp, o: PyObject, name: string): PyTupleObject {
  if (!(o instanceof PyTupleObject)) return interp.typeError(`${name}() requires a tuple`);
  return o;
}

/** `cls._make(iterable)`: the tuple of the class, exactly as many items as fields. */
function make(interp: Interp, cls: PyTypeObject, iterable: PyObject): PyObject {
  const spec = specOf(cls) as TupleSpec;
  const items: PyObject[] = [];
  const it = getIter(interp, iterable);
  try {
    for (let x = iterNext(interp, it); x; x = iterNext(interp, it)) items.push(x);
  } catch (e) {
    for (const x of items) interp.rt.heap.decref(x);
    throw e;
  } finally {
    interp.rt.heap.decref(it);
  }
  const t = allocTupleOf(interp.rt, cls, items);
  if (items.length !== spec.fields.length) {
    interp.rt.heap.decref(t);
    interp.typeError(`Expected ${spec.fields.length} arguments, got ${items.length}`);
  }
  return t;
}

const methods: Record<string, NativeImpl> = {
  __repr__: (interp, args) => {
    const t = selfTuple(interp, args[0], '__repr__');
    const spec = specOf(t.type) as TupleSpec;
    const body = spec.fields.map((f, i) => `${f}=${reprOf(interp, t.items[i])}`).join(', ');
    return newStr(interp.rt, `${t.type.name}(${body})`);
  },
  _asdict: (interp, args) => {
    const t = selfTuple(interp, args[0], '_asdict');
    const spec = specOf(t.type) as TupleSpec;
    const d = newDict(interp.rt);
    spec.fields.forEach((f, i) => {
      if (i >= t.items.length) return;
      const k = newStr(interp.rt, f);
      dictStore(interp, d, k, t.items[i]);
      interp.rt.heap.decref(k);
    });
    return d;
  },
  _replace: (interp, args, kwnames) => {
    const t = selfTuple(interp, args[0], '_replace');
    const spec = specOf(t.type) as TupleSpec;
    const nkw = kwnames ? kwnames.length : 0;
    if (args.length - nkw > 1) interp.typeError(`${t.type.name}._replace() takes 1 positional argument but ${args.length - nkw} were given`);
    const given = new Map<string, PyObject>();
    (kwnames ?? []).forEach((k, i) => given.set(k, args[args.length - nkw + i]));
    const values = spec.fields.map((f, i) => {
      const v = given.get(f) ?? t.items[i];
      given.delete(f);
      return v;
    });
    // 3.13 made it a TypeError.
    if (given.size) interp.raise(interp.rt.profile.version === '3.13' ? 'TypeError' : 'ValueError', `Got unexpected field names: [${[...given.keys()].map((k) => `'${k}'`).join(', ')}]`);
    for (const v of values) interp.rt.heap.incref(v);
    return allocTupleOf(interp.rt, t.type, values);
  },
  __getnewargs__: (interp, args) => {
    const t = selfTuple(interp, args[0], '__getnewargs__');
    for (const x of t.items) interp.rt.heap.incref(x);
    return newTuple(interp.rt, [...t.items]);
  },
};

/** The accessor of field `index`: a property whose getter returns `self[index]`. */
function fieldProperty(interp: Interp, name: string, index: number): PyObject {
  const rt = interp.rt;
  const get = interp.nativeFunction(name, (i, args) => {
    const t = args[0];
    if (!(t instanceof PyTupleObject)) return i.typeError(`descriptor for index '${index}' for tuple subclasses doesn't apply to '${t.type.name}' object`);
    if (index >= t.items.length) return i.raise('IndexError', 'tuple index out of range');
    rt.heap.incref(t.items[index]);
    return t.items[index];
  });
  // _tuplegetter's tp_descr_set refuses with this message on every version.
  const refuse = interp.nativeFunction(name, (i) => i.raise('AttributeError', "can't set attribute"));
  rt.heap.incref(refuse);
  const p = newDescr(rt, classTypes(rt).property, [get, refuse, refuse, newStr(rt, `Alias for field number ${index}`)]);
  p.slotName = name;
  return p;
}

/** `namedtuple(typename, field_names, *, rename=False, defaults=None, module=None)`. */
export const namedtuple: NativeImpl = (interp, args, kwnames) => {
  const rt = interp.rt;
  const [typenameObj, namesObj, renameObj, defaultsObj, moduleObj] = bindArgs(interp,
    { qualname: 'namedtuple', params: ['typename', 'field_names'], required: 2, kwOnly: ['rename', 'defaults', 'module'] },
    args, kwnames);
  let fields: string[];
  if (namesObj instanceof PyUnicodeObject) {
    fields = namesObj.value.replace(/,/g, ' ').split(/\s+/).filter((s) => s.length > 0);
  } else {
    fields = [];
    const it = getIter(interp, namesObj as PyObject);
    try {
      for (let x = iterNext(interp, it); x; x = iterNext(interp, it)) {
        fields.push(strOf(interp, x));
        rt.heap.decref(x);
      }
    } finally {
      rt.heap.decref(it);
    }
  }
  const typename = strOf(interp, typenameObj as PyObject);
  const rename = renameObj !== undefined && renameObj !== rt.False && renameObj !== rt.None;
  if (rename) {
    const seen = new Set<string>();
    fields = fields.map((f, i) => {
      const bad = !isIdentifier(f) || KEYWORDS.has(f) || f.startsWith('_') || seen.has(f);
      seen.add(f);
      return bad ? `_${i}` : f;
    });
  }
  for (const name of [typename, ...fields]) {
    if (!isIdentifier(name)) interp.raise('ValueError', `Type names and field names must be valid identifiers: '${name}'`);
    if (KEYWORDS.has(name)) interp.raise('ValueError', `Type names and field names cannot be a keyword: '${name}'`);
  }
  const seen = new Set<string>();
  for (const name of fields) {
    if (name.startsWith('_') && !rename) interp.raise('ValueError', `Field names cannot start with an underscore: '${name}'`);
    if (seen.has(name)) interp.raise('ValueError', `Encountered duplicate field name: '${name}'`);
    seen.add(name);
  }
  const defaults: PyObject[] = [];
  if (defaultsObj !== undefined && defaultsObj !== rt.None) {
    const it = getIter(interp, defaultsObj);
    try {
      for (let x = iterNext(interp, it); x; x = iterNext(interp, it)) defaults.push(x);
    } finally {
      rt.heap.decref(it);
    }
    if (defaults.length > fields.length) {
      for (const d of defaults) rt.heap.decref(d);
      interp.typeError('Got more default values than field names');
    }
  }

  const ns = new Map<string, PyObject>();
  const str = (s: string): PyObject => intern(rt, newStr(rt, s));
  const fieldTuple = (): PyObject => newTuple(rt, fields.map(str));
  ns.set('__doc__', newStr(rt, `${typename}(${fields.join(', ')})`));
  ns.set('__slots__', newTuple(rt, []));
  ns.set('_fields', fieldTuple());
  const fieldDefaults = newDict(rt);
  defaults.forEach((v, i) => {
    const k = str(fields[fields.length - defaults.length + i]);
    dictStore(interp, fieldDefaults, k, v);
    rt.heap.decref(k);
  });
  ns.set('_field_defaults', fieldDefaults);
  ns.set('__match_args__', fieldTuple());
  for (const [name, impl] of Object.entries(methods)) ns.set(name, interp.nativeFunction(name, impl));
  const makeFn = interp.nativeFunction('_make', (i, a) => make(i, a[0] as PyTypeObject, a[1]));
  ns.set('_make', newDescr(rt, classTypes(rt).classmethod, [makeFn]));
  fields.forEach((f, i) => ns.set(f, fieldProperty(interp, f, i)));
  ns.set('__module__', moduleObj !== undefined && moduleObj !== rt.None ? (rt.heap.incref(moduleObj), moduleObj) : newStr(rt, '__main__'));
  const spec: TupleSpec = { fields, defaults };
  // A staticmethod in the class dict, as type_new makes of the generated `def __new__(_cls, ...)`,
  // so a subclass's `super().__new__(cls, *values)` binds the fields too.
  const newFn = interp.nativeFunction('__new__', (i, a, kw) => tupleNew(i, tupleSubtype(i, a[0]), spec, a.slice(1), kw));
  ns.set('__new__', newDescr(rt, classTypes(rt).staticmethod, [newFn]));
  const cls = createClass(interp, typename, [rt.types.tuple], ns);
  specs.set(cls, spec);
  return cls;
};

/** `_cls` of a namedtuple's `__new__`: tuple's `tp_new` accepts only a subtype of tuple. */
function tupleSubtype(interp: Interp, cls: PyObject | undefined): PyTypeObject {
  if (cls === undefined) return interp.typeError('tuple.__new__(): not enough arguments');
  if (!(cls instanceof PyTypeObject)) return interp.typeError(`tuple.__new__(X): X is not a type object (${cls.type.name})`);
  if (!cls.isSubtypeOf(interp.rt.types.tuple)) return interp.typeError(`tuple.__new__(${cls.name}): ${cls.name} is not a subtype of tuple`);
  return cls;
}
