/**
 * The builtins of classes (Python/bltinmodule.c, Objects/descrobject.c, Objects/funcobject.c):
 * `__build_class__` (run by the eval loop, buildClass.ts), `super` (zero-arg super() compiles to
 * LOAD_SUPER_ATTR), `issubclass`, `hasattr`/`getattr`/`setattr`/`delattr`, `object()`, and the
 * descriptor makers `staticmethod`, `classmethod` and `property` with its `setter`/`getter`/
 * `deleter` copies.
 */
import { lookupAttrQuietly } from '../objects/quietAttrMiss';
import { newSuper } from '../objects/superObject';
import { classTypes } from '../../engine/objects/classTypes';
import { newDescr, PyDescrObject } from '../../engine/objects/descrObject';
import { callAny } from '../vm/callDispatch';
import { installDescrSubclassMethods } from './descrSubclass';
import { newBoundCMethod } from '../../engine/objects/nativeObject';
import { PyObject } from '../../engine/objects/object';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import { PyError } from '../runtime/pyError';
import { genericSetAttr, setAttr } from '../objects/typeSlots';
import type { NativeImpl } from '../vm/callables';
import { buildClassNative } from '../vm/buildClass';
import { globalsNative } from './globalsBuiltin';
import { metaCheck } from './builtinFunctions';
import { argRange, clinicArgs, noKeywords } from './args';
import type { FoundAttr } from '../objects/typeLookup';
import { dictSetItem, newDict, type PyDictObject } from '../../engine/objects/dictObject';
import { dirNative, varsNative } from './dirBuiltin';
import { helpNative } from './helpBuiltin';
import { compileNative, evalNative, execNative, importNative, localsNative } from './evalBuiltins';

function attrName(interp: Interp, fn: string, o: PyObject): string {
  if (!(o instanceof PyUnicodeObject)) return interp.typeError(`attribute name must be string, not '${o.type.name}'`);
  void fn;
  return o.value;
}

/** `getattr(o, name)` with AttributeError turned into null. */
export function getAttrOrNull(interp: Interp, o: PyObject, name: string): PyObject | null {
  try {
    return lookupAttrQuietly(interp, o, name, () => interp.getAttr(o, name, false).value);
  } catch (e) {
    if (e instanceof PyError && e.exc.type.isSubtypeOf(interp.excType('AttributeError'))) {
      interp.rt.heap.decref(e.exc);
      return null;
    }
    throw e;
  }
}

const getattr: NativeImpl = (interp, args, kwnames) => {
  noKeywords(interp, 'getattr', kwnames);
  argRange(interp, 'getattr', args, 2, 3);
  const name = attrName(interp, 'getattr', args[1]);
  if (args.length === 2) return interp.getAttr(args[0], name, false).value;
  const v = getAttrOrNull(interp, args[0], name);
  if (v) return v;
  interp.rt.heap.incref(args[2]);
  return args[2];
};

const hasattr: NativeImpl = (interp, args, kwnames) => {
  noKeywords(interp, 'hasattr', kwnames);
  if (args.length !== 2) interp.typeError(`hasattr expected 2 arguments, got ${args.length}`);
  const v = getAttrOrNull(interp, args[0], attrName(interp, 'hasattr', args[1]));
  interp.rt.heap.xdecref(v);
  return interp.bool(v !== null);
};

const setattr: NativeImpl = (interp, args, kwnames) => {
  noKeywords(interp, 'setattr', kwnames);
  if (args.length !== 3) interp.typeError(`setattr expected 3 arguments, got ${args.length}`);
  setAttr(interp, args[0], attrName(interp, 'setattr', args[1]), args[2]);
  return interp.none();
};

const delattr: NativeImpl = (interp, args, kwnames) => {
  noKeywords(interp, 'delattr', kwnames);
  if (args.length !== 2) interp.typeError(`delattr expected 2 arguments, got ${args.length}`);
  setAttr(interp, args[0], attrName(interp, 'delattr', args[1]), null);
  return interp.none();
};

const issubclass: NativeImpl = (interp, args, kwnames) => {
  noKeywords(interp, 'issubclass', kwnames);
  if (args.length !== 2) interp.typeError(`issubclass expected 2 arguments, got ${args.length}`);
  const [c, cls] = args;
  if (!(c instanceof PyTypeObject)) interp.typeError('issubclass() arg 1 must be a class');
  const check = (t: PyObject): boolean => {
    if (t instanceof PyTypeObject) return metaCheck(interp, t, '__subclasscheck__', c) ?? (c as PyTypeObject).isSubtypeOf(t);
    if (t instanceof PyTupleObject) return t.items.some(check);
    return interp.typeError('issubclass() arg 2 must be a class, a tuple of classes, or a union');
  };
  return interp.bool(check(cls));
};

/** `super(C, obj)` called by a native (`map(super, ...)`); the eval loop's calls pass the caller (callDispatch.ts). */
const superNative: NativeImpl = (interp, args, kwnames) => {
  noKeywords(interp, 'super', kwnames);
  return newSuper(interp, args, null);
};

function wrapper(kind: 'staticmethod' | 'classmethod'): NativeImpl {
  return (interp, args, kwnames) => {
    noKeywords(interp, kind, kwnames);
    argRange(interp, kind, args, 1, 1);
    interp.rt.heap.incref(args[0]);
    const d = newDescr(interp.rt, classTypes(interp.rt)[kind], [args[0]]);
    d.dict = wrapsDict(interp, args[0]);
    return d;
  };
}

/** The attributes `cm_init` / `sm_init` copy from the wrapped callable into the wrapper's `__dict__` (3.10+). */
const WRAPPED_ATTRS = ['__module__', '__name__', '__qualname__', '__doc__', '__annotations__'];

/**
 * `functools_wraps` (Objects/funcobject.c): each attribute the callable has is set on the wrapper,
 * the first store creating its dict (`PyDict_New`); reading a function's `__annotations__` creates
 * its empty annotations dict. Null when the callable has none of them.
 */
export function wrapsDict(interp: Interp, wrapped: PyObject): PyDictObject | null {
  const heap = interp.rt.heap;
  let dict: PyDictObject | null = null;
  for (const name of WRAPPED_ATTRS) {
    const value = getAttrOrNull(interp, wrapped, name);
    if (!value) continue;
    dict ??= newDict(interp.rt);
    // The names are `_Py_ID` statics: interned, no heap block.
    const key = interp.rt.interned.get(name) ?? interp.rt.staticString(name);
    interp.rt.interned.set(name, key);
    heap.incref(key);
    dictSetItem(interp.rt, dict, { key, hashKey: name }, value);
  }
  return dict;
}

/** A new property (`property_init` with borrowed fget, fset, fdel, doc). */
function newProperty(interp: Interp, refs: (PyObject | null)[], name: string): PyDescrObject {
  const p = newDescr(interp.rt, classTypes(interp.rt).property, [null, null, null, null]);
  try {
    propertyInit(interp, p, refs, name);
  } catch (e) {
    interp.rt.heap.decref(p);
    throw e;
  }
  return p;
}

/**
 * property_init on `p` with borrowed fget, fset, fdel, doc: without a doc (or doc=None) the
 * getter's `__doc__` is the property's (`getter_doc`). A subclass's instance keeps its doc in its
 * `__dict__` instead, where the class's own `__doc__` cannot shadow it: 3.11 only a doc taken from
 * the getter (a given one stays in `prop_doc`, shadowed), 3.12+ whatever doc it ends up with.
 */
export function propertyInit(interp: Interp, p: PyDescrObject, refs: (PyObject | null)[], name: string): void {
  const heap = interp.rt.heap;
  const none = interp.rt.None;
  const [fget, , , doc] = refs;
  const noDoc = doc === null || doc === undefined || doc === none;
  const getterDoc = noDoc && fget !== null && fget !== undefined && fget !== none ? getAttrOrNull(interp, fget, '__doc__') : null;
  const own = [0, 1, 2, 3].map((k) => refs[k] ?? null);
  if (p.type === classTypes(interp.rt).property) {
    if (getterDoc) own[3] = getterDoc;
  } else {
    const v311 = interp.rt.profile.version === '3.11';
    const instanceDoc = getterDoc ?? (v311 ? null : own[3] ?? none);
    if (!v311) own[3] = null;
    if (instanceDoc) setAttr(interp, p, '__doc__', instanceDoc);
  }
  for (const r of own) if (r) heap.incref(r);
  if (getterDoc) heap.decref(getterDoc);
  const old = p.refs;
  p.refs = own;
  for (const r of old) heap.xdecref(r);
  p.slotName = name;
  p.getterDoc = getterDoc !== null;
}

function functionName(o: PyObject | null): string {
  const q = (o as { refs?: { name: PyObject | null } } | null)?.refs?.name;
  return q instanceof PyUnicodeObject ? q.value : '';
}

/**
 * `prop_name`, which the "has no getter/setter" errors quote: `__set_name__` gives it when the
 * property is assigned in a class body; 3.13's property_init also takes the getter's `__name__`.
 */
export function initialPropertyName(interp: Interp, fget: PyObject | null): string {
  return interp.rt.profile.version === '3.13' ? functionName(fget) : '';
}

const property: NativeImpl = (interp, args, kwnames) => {
  const bound = clinicArgs(interp, 'property', ['fget', 'fset', 'fdel', 'doc'], 0, args, kwnames) as (PyObject | undefined)[];
  const refs = [0, 1, 2, 3].map((i) => bound[i] ?? null);
  return newProperty(interp, refs, initialPropertyName(interp, refs[0]));
};

/** `property.setter` / `getter` / `deleter`, and `fget`/`fset`/`fdel`/`__doc__` (new references). */
export function propertyAttr(interp: Interp, p: PyDescrObject, name: string): FoundAttr | null {
  const slot = { getter: 0, setter: 1, deleter: 2 }[name];
  if (slot !== undefined) {
    const impl: NativeImpl = (i, args) => {
      const old = args[0] as PyDescrObject;
      const refs = [...old.refs];
      refs[slot] = args[1];
      // property_copy: a doc taken from the old getter is taken again from the new one.
      if (old.getterDoc && refs[0] !== null && refs[0] !== i.rt.None) refs[3] = null;
      if (old.type !== classTypes(i.rt).property) return propertySubclassCopy(i, old, refs);
      // property_copy keeps the old prop_name.
      return newProperty(i, refs, (args[0] as PyDescrObject).slotName || (slot === 0 ? initialPropertyName(i, args[1]) : ''));
    };
    return { value: newBoundCMethod(interp.rt, name, impl, p), method: false };
  }
  const field = { fget: 0, fset: 1, fdel: 2, __doc__: 3 }[name];
  if (field === undefined) return null;
  const v = p.refs[field] ?? interp.rt.None;
  interp.rt.heap.incref(v);
  return { value: v, method: false };
}

/**
 * property_copy for a subclass's instance: `type(self)(fget, fset, fdel, doc)`, so the copy is of
 * the subclass and its `__init__` runs; it keeps the old `prop_name`.
 */
function propertySubclassCopy(interp: Interp, old: PyDescrObject, refs: (PyObject | null)[]): PyObject {
  const none = interp.rt.None;
  const copy = callAny(interp, old.type, refs.map((r) => r ?? none));
  if (copy instanceof PyDescrObject && copy.type.isSubtypeOf(classTypes(interp.rt).property) && old.slotName) copy.slotName = old.slotName;
  return copy;
}

/** Registers the class builtins. */
export function installClassBuiltins(interp: Interp): void {
  const rt = interp.rt;
  const natives: Record<string, NativeImpl> = {
    __build_class__: (i) => buildClassNative(i), globals: globalsNative, issubclass, getattr, hasattr, setattr, delattr, vars: varsNative, dir: dirNative, help: helpNative,
    eval: evalNative, exec: execNative, compile: compileNative, locals: localsNative, __import__: importNative,
  };
  for (const [name, impl] of Object.entries(natives)) interp.builtins.set(name, interp.nativeFunction(name, impl));
  // staticmethod, classmethod, property and super are classes (`isinstance(d, property)`, `<class 'property'>`);
  // calling one runs its constructor (a subclass is built by typeCall.ts, descrSubclass.ts).
  const ct = classTypes(rt);
  const descrTypes: [string, PyTypeObject, NativeImpl][] = [
    ['staticmethod', ct.staticmethod, wrapper('staticmethod')], ['classmethod', ct.classmethod, wrapper('classmethod')], ['property', ct.property, property],
    ['super', ct.super, superNative],
  ];
  for (const [name, t, impl] of descrTypes) {
    interp.typeCalls.set(t, (i, sub, args, kw) => (sub === t ? impl(i, args, kw) : i.raise('TypeError', `subclasses of ${name} are not supported by the simulation`)));
    rt.heap.incref(t);
    interp.builtins.set(name, t);
  }
  installDescrSubclassMethods(interp);
  // object.__setattr__ / __delattr__ (PyObject_GenericSetAttr): what an overriding __setattr__ calls.
  interp.methods.define(rt.types.object, '__setattr__', (i, args, kw) => {
    noKeywords(i, '__setattr__', kw);
    if (args.length !== 3) i.typeError(`expected 2 arguments, got ${args.length - 1}`);
    genericSetAttr(i, args[0], attrName(i, '__setattr__', args[1]), args[2]);
    return i.none();
  });
  interp.methods.define(rt.types.object, '__delattr__', (i, args, kw) => {
    noKeywords(i, '__delattr__', kw);
    if (args.length !== 2) i.typeError(`expected 1 argument, got ${args.length - 1}`);
    genericSetAttr(i, args[0], attrName(i, '__delattr__', args[1]), null);
    return i.none();
  });
  interp.typeCalls.set(rt.types.object, (i, t, args, kw) => {
    if (args.length > 0 || (kw && kw.length > 0)) i.typeError('object() takes no arguments');
    return i.rt.heap.newObject((a) => new PyObject(t, a), 16, 'object');
  });
  // `none_new`, `ellipsis_new`, `notimplemented_new`: calling the type returns the singleton.
  const singletons: [PyObject, string][] = [
    [rt.None, 'NoneType'],
    [interp.builtins.get('Ellipsis') as PyObject, 'EllipsisType'],
    [interp.builtins.get('NotImplemented') as PyObject, 'NotImplementedType'],
  ];
  for (const [single, name] of singletons) {
    interp.typeCalls.set(single.type, (i, _t, args, kw) => {
      if (args.length > 0 || (kw && kw.length > 0)) i.typeError(`${name} takes no arguments`);
      i.rt.heap.incref(single);
      return single;
    });
  }
}
