/**
 * typing's class-making names (Lib/typing.py, 3.11–3.13):
 *
 *   Generic, Protocol   classes with `__slots__ = ()`; `Generic[T]` is an alias whose
 *                       `__mro_entries__` gives `(Generic,)`, `Stack[int]` prints
 *                       `__main__.Stack[int]`; `__init_subclass__` sets `__parameters__`
 *   NamedTuple          `class P(NamedTuple): x: int` makes `collections.namedtuple('P', ['x'])`
 *                       (mro `(P, tuple, object)`) and adds the body's methods
 *   TypedDict           `class Movie(TypedDict)` is a dict subclass whose call makes a plain dict
 *
 *   Protocol's metaclass checks a `@runtime_checkable` protocol's members in `isinstance`
 */
import { classTypes } from '../../engine/objects/classTypes';
import { newDescr } from '../../engine/objects/descrObject';
import { dictItems, newDict, PyDictObject } from '../../engine/objects/dictObject';
import { newList } from '../../engine/objects/listObject';
import { newSet, PySetObject, setAdd, setEntries } from '../../engine/objects/setObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import type { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { newStr } from '../../engine/objects/unicodeObject';
import { dictStore } from '../objects/containerOps';
import { aliasOf, newAlias, subscriptArgs, typeRepr } from '../objects/genericAlias';
import { setClassAttr } from '../objects/classAttrs';
import { hashedKey } from '../objects/hashKey';
import { isTrue } from '../objects/abstract';
import { createClass } from '../objects/typeCreate';
import type { Interp } from '../runtime/interp';
import { PyError } from '../runtime/pyError';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import { typeNewFromEntries } from '../vm/metaclass';
import { namedtuple } from './namedtupleOps';
import { nativeType, newNativeObject } from './nativeObject';

function own<T extends PyObject>(interp: Interp, o: T): T {
  interp.rt.heap.incref(o);
  return o;
}

function classmethod(interp: Interp, name: string, impl: NativeImpl): PyObject {
  return newDescr(interp.rt, classTypes(interp.rt).classmethod, [interp.nativeFunction(name, impl)]);
}

function staticmethod(interp: Interp, name: string, impl: NativeImpl): PyObject {
  return newDescr(interp.rt, classTypes(interp.rt).staticmethod, [interp.nativeFunction(name, impl)]);
}

/** The type variables in `args` (nested aliases included), in order of first appearance. */
function typeVars(args: PyObject[], out: PyObject[] = []): PyObject[] {
  for (const a of args) {
    const al = aliasOf(a);
    if (al?.kind === 'typevar') { if (!out.includes(a)) out.push(a); } else if (al) typeVars(al.args, out);
  }
  return out;
}

/** What `_get_protocol_attrs` leaves out of a protocol's members. */
const NOT_MEMBERS = new Set(['__abstractmethods__', '__annotations__', '__dict__', '__doc__', '__init__', '__module__', '__new__',
  '__slots__', '__subclasshook__', '__weakref__', '__class_getitem__', '__match_args__', '__static_attributes__',
  '__firstlineno__', '__parameters__', '__orig_bases__', '__orig_class__', '_is_protocol', '_is_runtime_protocol',
  '__qualname__', '__init_subclass__', '__type_params__']);

/** The member names of protocol class `cls` (its own and its protocol bases'). */
function protocolAttrs(cls: PyTypeObject): string[] {
  const out: string[] = [];
  for (const c of cls.mro ?? []) {
    if (!(c instanceof PyHeapTypeObject) || c.name === 'Protocol' || c.name === 'Generic') continue;
    const ann = c.ns.get('__annotations__');
    const names = [...c.ns.keys(), ...(ann instanceof PyDictObject ? dictItems(ann).map((e) => String(e.hashKey)) : [])];
    for (const n of names) if (!n.startsWith('_abc_') && !NOT_MEMBERS.has(n) && !out.includes(n)) out.push(n);
  }
  return out;
}

/**
 * `_ProtocolMeta.__instancecheck__`: a subclass is an instance; a protocol class (Protocol among its
 * bases) must be `@runtime_checkable`, and then an object with every member is an instance.
 */
function protocolInstanceCheck(interp: Interp, cls: PyTypeObject, obj: PyObject): boolean {
  if (obj.type.isSubtypeOf(cls)) return true;
  const isProtocol = cls instanceof PyHeapTypeObject && cls.bases.some((b) => b.name === 'Protocol' && b.type.name === '_ProtocolMeta');
  if (!isProtocol) return false;
  if (!(cls as PyHeapTypeObject).ns.has('_is_runtime_protocol')) {
    interp.typeError('Instance and class checks can only be used with @runtime_checkable protocols');
  }
  return protocolAttrs(cls).every((name) => {
    try {
      interp.rt.heap.decref(interp.getAttr(obj, name, false).value);
      return true;
    } catch (e) {
      if (e instanceof PyError && e.exc.type.isSubtypeOf(interp.excType('AttributeError'))) {
        interp.rt.heap.decref(e.exc);
        return false;
      }
      throw e;
    }
  });
}

/** `runtime_checkable(cls)`: marks a protocol for isinstance checks. */
export function runtimeCheckable(interp: Interp, cls: PyObject): PyObject {
  if (cls instanceof PyHeapTypeObject) setClassAttr(interp, cls, '_is_runtime_protocol', interp.rt.True);
  return own(interp, cls);
}

/** `Generic` or `Protocol`: the class, subscriptable into aliases. */
function genericClass(interp: Interp, name: string, bases: PyTypeObject[], meta?: PyTypeObject): PyHeapTypeObject {
  const rt = interp.rt;
  const ns = new Map<string, PyObject>([['__module__', newStr(rt, 'typing')], ['__qualname__', newStr(rt, name)], ['__slots__', newTuple(rt, [])]]);
  ns.set('__class_getitem__', classmethod(interp, '__class_getitem__', (i, args) => {
    const cls = args[0] as PyTypeObject;
    const params = subscriptArgs(args[1]);
    const own = cls.name === 'Generic' || cls.name === 'Protocol' ? cls.name : typeRepr(i, cls);
    return newAlias(i, { kind: 'generic', name: own, origin: cls, args: params, subscript: null });
  }));
  ns.set('__init_subclass__', classmethod(interp, '__init_subclass__', (i, args) => {
    const cls = args[0];
    if (!(cls instanceof PyHeapTypeObject)) return i.none();
    const orig = cls.ns.get('__orig_bases__');
    const params = typeVars(orig instanceof PyTupleObject ? orig.items : []);
    setClassAttr(i, cls, '__parameters__', newTuple(i.rt, params.map((p) => own(i, p))));
    i.rt.heap.decref(cls.ns.get('__parameters__') as PyObject);
    return i.none();
  }));
  return createClass(interp, name, bases, ns, meta);
}

/** A function-like object whose `__mro_entries__` swaps it for `base` in a class statement. */
function mroEntryFunction(interp: Interp, name: string, base: PyTypeObject, call: NativeImpl): PyObject {
  const o = newNativeObject(interp, nativeType(interp, 'function', 160), []);
  o.repr = () => `<function ${name}>`;
  o.call = (i, args, kwnames) => ({ result: call(i, args, kwnames) });
  o.getAttr = (i, attr) => {
    if (attr === '__mro_entries__') return { value: i.nativeFunction('__mro_entries__', (j) => newTuple(j.rt, [own(j, base)])), method: false };
    if (attr === '__name__') return { value: newStr(i.rt, name), method: false };
    return null;
  };
  return o;
}

/** The fields of a class body's `__annotations__` (names in order). */
function annotated(ns: PyDictObject): { names: string[]; ann: PyDictObject | null } {
  const a = dictItems(ns).find((e) => e.hashKey === '__annotations__')?.value;
  if (!(a instanceof PyDictObject)) return { names: [], ann: null };
  return { names: dictItems(a).map((e) => String(e.hashKey)), ann: a };
}

/** `NamedTupleMeta.__new__`: collections.namedtuple of the annotated fields, then the body's other attributes. */
function namedTupleNew(interp: Interp, name: PyUnicodeObject, ns: PyDictObject): PyObject {
  const rt = interp.rt;
  const { names, ann } = annotated(ns);
  const body = new Map(dictItems(ns).map((e) => [String(e.hashKey), e.value]));
  const defaults = names.filter((n) => body.has(n)).map((n) => own(interp, body.get(n) as PyObject));
  const fields = newList(rt, names.map((n) => newStr(rt, n)));
  const dflt = newTuple(rt, defaults);
  let cls: PyObject;
  try {
    cls = namedtuple(interp, [name, fields, dflt], ['defaults']);
  } finally {
    rt.heap.decref(fields);
    rt.heap.decref(dflt);
  }
  if (cls instanceof PyHeapTypeObject) {
    for (const [k, v] of body) {
      if (names.includes(k) || k === '__qualname__' || k === '__classcell__' || k === '__orig_bases__') continue;
      setClassAttr(interp, cls, k, v);
    }
    if (ann) setClassAttr(interp, cls, '__annotations__', ann);
  }
  return cls;
}

/**
 * `_TypedDictMeta.__new__`: a dict subclass with the bases' annotations merged in, `__total__`,
 * and the key sets: a base's required and optional keys carry over, each own key is required
 * when the class is total, unless its annotation says `NotRequired[...]` (or `Required[...]`
 * in a `total=False` class); 3.13 adds `__readonly_keys__` (`ReadOnly[...]`) and `__mutable_keys__`.
 */
function typedDictNew(interp: Interp, meta: PyTypeObject, name: string, bases: PyObject[], ns: PyDictObject, total = true): PyObject {
  const rt = interp.rt;
  const merged = newDict(rt);
  const sets = { required: new Map<string, PyObject>(), optional: new Map<string, PyObject>(), readonly: new Map<string, PyObject>(), mutable: new Map<string, PyObject>() };
  const move = (key: PyObject, into: Map<string, PyObject>, from: Map<string, PyObject>) => {
    const k = (key as PyUnicodeObject).value;
    from.delete(k);
    into.set(k, key);
  };
  for (const b of bases) {
    if (!(b instanceof PyHeapTypeObject)) continue;
    const a = b.ns.get('__annotations__');
    if (a instanceof PyDictObject) for (const e of dictItems(a)) dictStore(interp, merged, e.key, e.value);
    for (const [attr, into, from] of [['__required_keys__', sets.required, sets.optional], ['__optional_keys__', sets.optional, sets.required],
      ['__readonly_keys__', sets.readonly, sets.mutable], ['__mutable_keys__', sets.mutable, sets.readonly]] as const) {
      const keys = b.ns.get(attr);
      if (keys instanceof PySetObject) for (const e of setEntries(keys)) move(e.key, into, from);
    }
  }
  const own = annotated(ns).ann;
  if (own) {
    for (const e of dictItems(own)) {
      dictStore(interp, merged, e.key, e.value);
      const quals = qualifiers(e.value);
      const required = quals.has('Required') ? true : quals.has('NotRequired') ? false : total;
      if (required) move(e.key, sets.required, sets.optional); else move(e.key, sets.optional, sets.required);
      if (quals.has('ReadOnly')) move(e.key, sets.readonly, sets.mutable); else move(e.key, sets.mutable, sets.readonly);
    }
  }
  const entries: [string, PyObject][] = dictItems(ns).filter((e) => e.hashKey !== '__annotations__' && e.hashKey !== '__orig_bases__')
    .map((e) => [String(e.hashKey), e.value]);
  entries.push(['__annotations__', merged]);
  const made: PyObject[] = [
    frozenSetOf(interp, [...sets.required.values()]), frozenSetOf(interp, [...sets.optional.values()]),
    ...(rt.profile.version === '3.13' ? [frozenSetOf(interp, [...sets.readonly.values()]), frozenSetOf(interp, [...sets.mutable.values()])] : []),
  ];
  entries.push(['__required_keys__', made[0]], ['__optional_keys__', made[1]]);
  if (made.length > 2) entries.push(['__readonly_keys__', made[2]], ['__mutable_keys__', made[3]]);
  entries.push(['__total__', interp.bool(total)]);
  made.push(entries[entries.length - 1][1]);
  try {
    return typeNewFromEntries(interp, name, [rt.types.dict], entries, new Map(), meta);
  } finally {
    rt.heap.decref(merged);
    for (const o of made) rt.heap.decref(o);
  }
}

/** The typing qualifiers wrapped around an annotation: `Required[ReadOnly[int]]` → Required, ReadOnly. */
function qualifiers(annotation: PyObject): Set<string> {
  const out = new Set<string>();
  for (let a = aliasOf(annotation); a && a.kind === 'generic'; a = a.args.length ? aliasOf(a.args[0]) : null) {
    if (a.name === 'Required' || a.name === 'NotRequired' || a.name === 'ReadOnly') out.add(a.name);
    else if (a.name !== 'Annotated') break;
  }
  return out;
}

/** A new frozenset of `keys` (borrowed). */
function frozenSetOf(interp: Interp, keys: PyObject[]): PyObject {
  const rt = interp.rt;
  const s = newSet(rt, rt.types.frozenset);
  for (const k of keys) {
    rt.heap.incref(k);
    setAdd(rt, s, hashedKey(interp, k));
  }
  return s;
}

/** The typing names that make classes. */
export function typingClasses(interp: Interp): Record<string, PyObject> {
  const rt = interp.rt;
  const Generic = genericClass(interp, 'Generic', []);
  const protoMetaNs = new Map<string, PyObject>([['__module__', newStr(rt, 'typing')], ['__qualname__', newStr(rt, '_ProtocolMeta')]]);
  protoMetaNs.set('__instancecheck__', interp.nativeFunction('__instancecheck__', (i, args) => i.bool(protocolInstanceCheck(i, args[0] as PyTypeObject, args[1]))));
  const protoMeta = createClass(interp, '_ProtocolMeta', [rt.types.type], protoMetaNs);
  const Protocol = genericClass(interp, 'Protocol', [Generic], protoMeta);
  const metaNs = (qualname: string, impl: NativeImpl, call?: NativeImpl) => {
    const ns = new Map<string, PyObject>([['__module__', newStr(rt, 'typing')], ['__qualname__', newStr(rt, qualname)]]);
    ns.set('__new__', staticmethod(interp, '__new__', impl));
    if (call) ns.set('__call__', interp.nativeFunction('__call__', call));
    return createClass(interp, qualname, [rt.types.type], ns);
  };
  const ntMeta = metaNs('NamedTupleMeta', (i, args) => namedTupleNew(i, args[1] as PyUnicodeObject, args[3] as PyDictObject));
  const tdMeta = metaNs('_TypedDictMeta', (i, args, kwnames) => {
    const bases = args[2] instanceof PyTupleObject ? args[2].items : [];
    const at = kwnames ? kwnames.indexOf('total') : -1;
    const total = at < 0 || isTrue(i, args[args.length - (kwnames as string[]).length + at]);
    return typedDictNew(i, args[0] as PyTypeObject, (args[1] as PyUnicodeObject).value, bases, args[3] as PyDictObject, total);
  }, (i, args, kwnames) => callAny(i, i.rt.types.dict, args.slice(1), kwnames));
  const base = (name: string, meta: PyTypeObject) => {
    const entries: [string, PyObject][] = [['__module__', newStr(rt, 'typing')], ['__qualname__', newStr(rt, name)]];
    const cls = typeNewFromEntries(interp, name, [], entries, new Map(), meta);
    for (const [, v] of entries) rt.heap.decref(v);
    return cls;
  };
  const ntBase = base('NamedTuple', ntMeta);
  const tdBase = base('TypedDict', tdMeta);
  const NamedTuple = mroEntryFunction(interp, 'NamedTuple', ntBase, (i, args) => {
    // NamedTuple('P', [('x', int), ('y', int)]).
    const pairs = args[1] && 'items' in args[1] ? (args[1] as PyTupleObject).items : [];
    const names = newList(i.rt, pairs.map((p) => own(i, p instanceof PyTupleObject ? p.items[0] : p)));
    try { return namedtuple(i, [args[0], names], null); } finally { i.rt.heap.decref(names); }
  });
  const TypedDict = mroEntryFunction(interp, 'TypedDict', tdBase, (i, args) => {
    const ns = newDict(i.rt);
    try {
      const key = newStr(i.rt, '__annotations__');
      dictStore(i, ns, key, args[1] ?? newDict(i.rt));
      i.rt.heap.decref(key);
      return typedDictNew(i, tdMeta, (args[0] as PyUnicodeObject).value, [], ns);
    } finally {
      i.rt.heap.decref(ns);
    }
  });
  // typing.py's `class IO(Generic[AnyStr])` and its two concrete subclasses, for annotations.
  const IO = genericClass(interp, 'IO', [Generic]);
  const BinaryIO = genericClass(interp, 'BinaryIO', [IO]);
  const TextIO = genericClass(interp, 'TextIO', [IO]);
  return { Generic, Protocol, NamedTuple, TypedDict, IO, BinaryIO, TextIO };
}
