/**
 * Metaclasses (Objects/typeobject.c, Python/bltinmodule.c, CPython 3.11–3.13): the most derived
 * metaclass (`_PyType_CalculateMetaclass`), `type.__new__(mcs, name, bases, ns, **kw)` with what
 * `type_new` does after the type exists (`__classcell__`, `__set_name__`, `__init_subclass__`),
 * `type.__call__`/`__init__`/`__prepare__`, `object.__new__`, `object.__init_subclass__`, and the
 * user-level hooks a metaclass may override (`__instancecheck__`, `__subclasscheck__`).
 *
 *   class C(B, metaclass=M, **kw): body
 *     __build_class__: meta = most derived of M and type(B); ns = meta.__prepare__(name, bases, **kw)
 *                      run body in ns; cls = meta(name, bases, ns, **kw)
 *     type_call(M):    cls = M.__new__(M, ...) → type.__new__: createClass, set_name, init_subclass
 *                      M.__init__(cls, ...) when cls is an instance of M
 */
import { PyCellObject } from '../../engine/objects/cellObject';
import { PyDescrObject } from '../../engine/objects/descrObject';
import { dictCopy, dictItems, newDict, PyDictObject } from '../../engine/objects/dictObject';
import { newList } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import { liveSubclasses, PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { splitKeywords } from '../builtins/args';
import { mroOf, staticBases } from '../objects/typeLookup';
import { setClassAttr } from '../objects/classAttrs';
import { createClass } from '../objects/typeCreate';
import type { Interp } from '../runtime/interp';
import { PyError } from '../runtime/pyError';
import { reprOf } from '../objects/repr';
import { callAny, runNested } from './callDispatch';
import { newObjectOf, typeCallFrame } from './typeCall';
import { withArgsTuples } from './tpCallTemps';

/** `_PyType_CalculateMetaclass`: the metaclass every base's metaclass is a (non-strict) superclass of. */
export function calculateMetaclass(interp: Interp, meta: PyTypeObject, bases: readonly PyObject[]): PyTypeObject {
  let winner = meta;
  for (const b of bases) {
    const t = b.type;
    if (winner.isSubtypeOf(t)) continue;
    if (t.isSubtypeOf(winner)) { winner = t; continue; }
    return interp.typeError('metaclass conflict: the metaclass of a derived class must be a (non-strict) subclass of the metaclasses of all its bases');
  }
  return winner;
}

/**
 * The attribute `name` a class statement defined somewhere along `t`'s MRO (borrowed), or null: a
 * built-in type's own slot (`type.__call__`, `object.__new__`) is not an override.
 */
export function userLookup(t: PyTypeObject, name: string): PyObject | null {
  for (const c of mroOf(t)) {
    if (!(c instanceof PyHeapTypeObject)) return null;
    const v = c.ns.get(name);
    if (v) return v;
  }
  return null;
}

/** The function a staticmethod or classmethod wraps, or `f` itself (borrowed). */
export function unwrapDescriptor(f: PyObject): PyObject {
  return f instanceof PyDescrObject && f.refs.length === 1 && f.refs[0] ? f.refs[0] : f;
}

/** Calls the hook `name` of `cls`'s metaclass when a class statement defined it; null otherwise. */
export function callMetaHook(interp: Interp, cls: PyObject, name: string, args: PyObject[]): PyObject | null {
  if (!(cls instanceof PyTypeObject) || !(cls.type instanceof PyHeapTypeObject)) return null;
  const f = userLookup(cls.type, name);
  return f ? callAny(interp, f, [cls, ...args]) : null;
}

/**
 * What `type_new` does once the type exists: fill `__classcell__`, call `__set_name__` on each
 * attribute that has one (`type_new_set_names`), then `super(cls, cls).__init_subclass__(**kw)`.
 */
export function finishClass(interp: Interp, cls: PyHeapTypeObject, cell: PyObject | undefined, kw: Map<string, PyObject>): void {
  const rt = interp.rt;
  if (cell instanceof PyCellObject) {
    rt.heap.incref(cls);
    const old = cell.contents;
    cell.contents = cls;
    rt.heap.xdecref(old);
  }
  // type_new_set_names walks a PyDict_Copy of tp_dict (a hook may change the class).
  const copy = cls.ns.dict ? dictCopy(rt, cls.ns.dict) : null;
  try {
    for (const e of copy ? dictItems(copy) : []) {
      const v = e.value;
      const setName = v.type instanceof PyHeapTypeObject ? userLookup(v.type, '__set_name__') : null;
      if (!setName) continue;
      try {
        rt.heap.decref(callAny(interp, setName, [v, cls, e.key]));
      } catch (err) {
        if (!(err instanceof PyError) || rt.profile.version !== '3.11') throw err;
        // 3.11 wraps the hook's error (_PyErr_FormatFromCause); 3.12 let it through unchanged.
        const wrapped = interp.newError('RuntimeError', `Error calling __set_name__ on '${v.type.name}' instance ${reprOf(interp, e.key)} in '${cls.name}'`);
        wrapped.cause = err.exc;
        wrapped.context = err.exc;
        rt.heap.incref(err.exc);
        wrapped.suppressContext = true;
        throw new PyError(wrapped);
      }
    }
  } finally {
    rt.heap.xdecref(copy);
  }
  const parentHook = (cls.mro ?? []).slice(1).map((c) => (c instanceof PyHeapTypeObject ? c.ns.get('__init_subclass__') : undefined)).find((x) => x);
  if (!parentHook) {
    if (kw.size > 0) interp.typeError(`${cls.qualname}.__init_subclass__() takes no keyword arguments`);
    return;
  }
  const names = [...kw.keys()];
  rt.heap.decref(callAny(interp, unwrapDescriptor(parentHook), [cls, ...kw.values()], names.length ? names : null));
}

/** `type.__new__(mcs, name, bases, ns, **kw)`: a new class (new reference) whose type is `mcs`. */
export function typeNew(interp: Interp, mcs: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
  const rt = interp.rt;
  const { positional, keywords } = splitKeywords(args, kwnames);
  if (positional.length !== 3) return interp.typeError('type.__new__() takes exactly 3 arguments');
  const [nameObj, basesObj, nsObj] = positional;
  if (!(nameObj instanceof PyUnicodeObject)) return interp.typeError(`type.__new__() argument 1 must be str, not ${nameObj.type.name}`);
  if (!(basesObj instanceof PyTupleObject)) return interp.typeError(`type.__new__() argument 2 must be tuple, not ${basesObj.type.name}`);
  if (!(nsObj instanceof PyDictObject)) return interp.typeError(`type.__new__() argument 3 must be dict, not ${nsObj.type.name}`);
  for (const b of basesObj.items) if (!(b instanceof PyTypeObject)) interp.typeError('bases must be types');
  const bases = basesObj.items as PyTypeObject[];
  const entries = dictItems(nsObj).map((e): [string, PyObject] => {
    if (typeof e.hashKey !== 'string') interp.typeError('type.__new__(): namespace keys must be str');
    return [e.hashKey as string, e.value];
  });
  // type(name, bases, ns) called directly: CPython takes __module__ from the caller's globals.
  const module = entries.some(([k]) => k === '__module__') ? null : newStr(rt, '__main__');
  if (module) entries.push(['__module__', module]);
  try {
    return typeNewFromEntries(interp, nameObj.value, bases, entries, keywords, calculateMetaclass(interp, mcs, bases), nsObj);
  } finally {
    rt.heap.xdecref(module);
  }
}

/**
 * `type_new` from a namespace's (name, value) pairs (borrowed; `source` the dict they come from,
 * which tp_dict is a copy of): type_new copies them into tp_dict
 * without `__classcell__`, creates the class, then runs finishClass's hooks. A new reference.
 */
export function typeNewFromEntries(
  interp: Interp, name: string, bases: PyTypeObject[], entries: Iterable<[string, PyObject]>, kw: Map<string, PyObject>, metatype: PyTypeObject,
  source: PyDictObject | null = null,
): PyHeapTypeObject {
  const rt = interp.rt;
  const copy = new Map<string, PyObject>();
  let cell: PyObject | undefined;
  let dictCell: PyObject | undefined;
  for (const [k, v] of entries) {
    if (k === '__classcell__') { cell = v; continue; }
    if (k === '__classdictcell__') { dictCell = v; continue; }
    rt.heap.incref(v);
    copy.set(k, v);
  }
  const cls = createClass(interp, name, bases, copy, metatype, source);
  // type_new_set_classdictcell (3.12): annotation scopes of the body now read the class's dict.
  if (dictCell instanceof PyCellObject && cls.ns.dict) {
    rt.heap.incref(cls.ns.dict);
    const old = dictCell.contents;
    dictCell.contents = cls.ns.dict;
    rt.heap.xdecref(old);
  }
  try {
    finishClass(interp, cls, cell, kw);
  } catch (e) {
    rt.heap.decref(cls);
    throw e;
  }
  return cls;
}

/**
 * `type_call(mcs, args)` run to completion, for `super().__call__(...)` in a metaclass: `__new__`
 * (a class statement's, or the built-in one) and then `__init__` when the result is an instance.
 */
function typeCallNative(interp: Interp, args: PyObject[], kwnames: string[] | null): PyObject {
  const cls = args[0];
  if (!(cls instanceof PyTypeObject)) return interp.typeError(`descriptor '__call__' requires a 'type' object but received a '${cls.type.name}'`);
  const rest = args.slice(1);
  if (cls instanceof PyHeapTypeObject) {
    const prepared = typeCallFrame(interp, cls, rest, kwnames, null, true);
    return prepared.frame ? runNested(interp, prepared.frame) : prepared.result;
  }
  return callAny(interp, cls, rest, kwnames);
}

/** `object.__new__(cls, *args)`: a bare instance of `cls`. */
function objectNew(interp: Interp, args: PyObject[], kwnames: string[] | null): PyObject {
  const cls = args[0];
  if (!(cls instanceof PyTypeObject)) return interp.typeError(`object.__new__(X): X is not a type object (${cls?.type.name ?? 'NoneType'})`);
  const excess = args.length > 1 || (kwnames !== null && kwnames.length > 0);
  if (cls instanceof PyHeapTypeObject) {
    if (excess && userLookup(cls, '__new__')) interp.typeError('object.__new__() takes exactly one argument (the type to instantiate)');
    if (cls.isSubtypeOf(interp.rt.types.type)) return interp.typeError('object.__new__(X): X is not a type object');
    // tp_new_wrapper is METH_VARARGS: the (cls, *args) tuple, then the slice without cls.
    return withArgsTuples(interp, [args, args.slice(1)], () => newObjectOf(interp, cls as PyHeapTypeObject, []));
  }
  return interp.callType(cls, [], null);
}

/** Registers `type`'s and `object`'s metaclass-facing methods. */
export function installMetaclassMethods(interp: Interp): void {
  const rt = interp.rt;
  const { type, object } = rt.types;
  interp.methods.define(type, '__new__', (i, args, kw) => {
    const mcs = args[0];
    if (!(mcs instanceof PyTypeObject) || !mcs.isSubtypeOf(type)) {
      return i.typeError(`type.__new__(X): X is not a type object (${mcs?.type.name ?? 'NoneType'})`);
    }
    return typeNew(i, mcs, args.slice(1), kw);
  });
  interp.methods.define(type, '__init__', (i, args, kw) => {
    const n = args.length - 1 - (kw ? kw.length : 0);
    if (n !== 1 && n !== 3) i.typeError('type.__init__() takes 1 or 3 arguments');
    return i.none();
  });
  interp.methods.define(type, '__call__', (i, args, kw) => typeCallNative(i, args, kw));
  // type.__setattr__/__delattr__, what a metaclass's own hook reaches through super().
  const classAttr = (i: Interp, args: PyObject[], value: PyObject | null): PyObject => {
    const [cls, name] = args;
    if (!(cls instanceof PyHeapTypeObject)) return i.typeError(`cannot set '${String(name)}' attribute of immutable type`);
    if (!(name instanceof PyUnicodeObject)) return i.typeError(`attribute name must be string, not '${name.type.name}'`);
    setClassAttr(i, cls, name.value, value);
    return i.none();
  };
  interp.methods.define(type, '__setattr__', (i, args) => classAttr(i, args, args[2]));
  interp.methods.define(type, '__delattr__', (i, args) => classAttr(i, args, null));
  interp.methods.define(type, 'mro', (i, args) => {
    const t = args[0] as PyTypeObject;
    const items = [...mroOf(t)];
    for (const x of items) i.rt.heap.incref(x);
    return newList(i.rt, items);
  });
  interp.methods.define(type, '__subclasses__', (i, args) => {
    const t = args[0] as PyTypeObject;
    // The built-in exception classes deriving from t come first, as CPython registers them at startup.
    const statics = t instanceof PyHeapTypeObject ? [] : [...i.rt.exceptions.values()].filter((c) => c !== t && staticBases(c).includes(t));
    const subs = [...statics, ...liveSubclasses(t)];
    for (const c of subs) i.rt.heap.incref(c);
    return newList(i.rt, subs);
  });
  interp.methods.define(type, '__instancecheck__', (i, args) => i.bool(args[1].type.isSubtypeOf(args[0] as PyTypeObject)));
  interp.methods.define(type, '__subclasscheck__', (i, args) => {
    const c = args[1];
    if (!(c instanceof PyTypeObject)) return i.typeError('issubclass() arg 1 must be a class');
    return i.bool(c.isSubtypeOf(args[0] as PyTypeObject));
  });
  interp.methods.defineClassMethod(type, '__prepare__', (i) => newDict(i.rt));
  interp.methods.define(object, '__new__', (i, args, kw) => objectNew(i, args, kw));
  interp.methods.defineClassMethod(object, '__init_subclass__', (i, args, kw) => {
    if (kw && kw.length > 0) i.typeError(`${(args[0] as PyTypeObject).name}.__init_subclass__() takes no keyword arguments`);
    return i.none();
  });
}
