/**
 * The methods `@dataclass` adds to a class, made as CPython makes them (Lib/dataclasses.py's
 * `_create_fn` in 3.11/3.12, `_FuncBuilder` in 3.13): the source text of each method is built
 * from the fields, wrapped in a `def __create_fn__(<locals>):` whose parameters carry the objects
 * the method needs (field types, defaults, `MISSING`, `object`...), exec'd in the class's module
 * globals and called. So `Point.__init__` is a real Python function of file `<string>`:
 * `__annotations__` `{'x': int, 'y': int, 'return': None}`, `__defaults__`, `__code__`,
 * `inspect.signature` and help() all read what CPython's does, and the code, function, annotation
 * dict and default tuple are allocated on the `@dataclass` line.
 *
 *   __init__(self, x:T_x, y:T_y=D_y, *, z:T_z=HAS_DEFAULT_FACTORY) -> None
 *       self.x=x  |  __dataclass_builtins_object__.__setattr__(self,'x',x)   (frozen)
 *       self.z=D_z() if z is HAS_DEFAULT_FACTORY else z                      (default_factory)
 *       self.__post_init__(initvars...)
 *   __repr__  recursion-guarded wrapper (dataclasses._recursive_repr) around
 *       return self.__class__.__qualname__ + f"(x={self.x!r}, y={self.y!r})"
 *   __eq__ / __lt__ ...  (self.x,self.y,)==(other.x,other.y,) when other.__class__ is self.__class__
 *   __hash__  hash((self.x,self.y,));  frozen __setattr__/__delattr__ raise FrozenInstanceError
 *
 * Obscurity: 3.11 names the locals `_type_x`, `_dflt_x`, `_HAS_DEFAULT_FACTORY`, `_return_type`;
 * 3.12+ `__dataclass_type_x__`, `__dataclass_dflt_x__`... (they are the methods' free variables).
 */
import { dictItems, newDict, type PyDictObject } from '../../engine/objects/dictObject';
import { setAttr } from '../objects/typeSlots';
import type { PyObject } from '../../engine/objects/object';
import type { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { newStr } from '../../engine/objects/unicodeObject';
import { moduleDict } from '../builtins/moduleDict';
import type { Interp } from '../runtime/interp';
import { callAny } from '../vm/callDispatch';
import { FieldRef, fieldFlags, fieldName, sentinels } from './dataclassField';
import type { PyNativeObject } from './nativeObject';

/** A dataclass as its generated methods see it. */
export interface DataclassInfo {
  /** `__qualname__` of the decorated class. */
  qualname: string;
  /** Fields and InitVars in definition order (borrowed: `__dataclass_fields__` owns them). */
  fields: PyNativeObject[];
  frozen: boolean;
  kwOnly: boolean;
}

/** Whether field `f` is keyword-only in `info`'s `__init__`. */
export function isKwOnly(info: DataclassInfo, f: PyNativeObject): boolean {
  return fieldFlags(f)?.kwOnly ?? info.kwOnly;
}

/** One method to make: its source (the inner `def`, indented one space) and the locals it reads. */
export interface MethodSource {
  name: string;
  text: string;
  locals: Map<string, PyObject>;
}

/** The per-version names of `__create_fn__`'s locals. */
function localNames(interp: Interp) {
  const old = interp.rt.profile.version === '3.11';
  return {
    type: (n: string) => (old ? `_type_${n}` : `__dataclass_type_${n}__`),
    dflt: (n: string) => (old ? `_dflt_${n}` : `__dataclass_dflt_${n}__`),
    hasFactory: old ? '_HAS_DEFAULT_FACTORY' : '__dataclass_HAS_DEFAULT_FACTORY__',
    returnType: old ? '_return_type' : '__dataclass_return_type__',
  };
}

function kind(f: PyNativeObject): string {
  return fieldFlags(f)?.kind ?? '_FIELD';
}

/** `_tuple_str`: `(obj.a,obj.b,)`, or `()`. */
function tupleText(obj: string, fields: PyNativeObject[]): string {
  return fields.length ? `(${fields.map((f) => `${obj}.${fieldName(f)}`).join(',')},)` : '()';
}

function method(name: string, params: string, body: string[], locals: Map<string, PyObject>, returns: string | null = null): MethodSource {
  const head = ` def ${name}(${params})${returns ? `->${returns}` : ''}:`;
  return { name, text: [head, ...body.map((b) => `  ${b}`)].join('\n'), locals };
}

/** `_init_fn`: the `__init__` source. */
export function initSource(interp: Interp, info: DataclassInfo, hasPostInit: boolean, objectType: PyObject): MethodSource {
  const n = localNames(interp);
  const { missing, hasDefaultFactory } = sentinels(interp);
  const fields = info.fields;
  const self = fields.some((f) => fieldName(f) === 'self') ? '__dataclass_self__' : 'self';
  const locals = new Map<string, PyObject>();
  for (const f of fields) locals.set(n.type(fieldName(f)), f.refs[FieldRef.type] as PyObject);
  locals.set(n.hasFactory, hasDefaultFactory);
  locals.set('__dataclass_builtins_object__', objectType);
  const body: string[] = [];
  for (const f of fields) {
    const name = fieldName(f);
    const init = fieldFlags(f)?.init ?? true;
    let value: string | null = null;
    if (f.refs[FieldRef.defaultFactory] !== missing) {
      locals.set(n.dflt(name), f.refs[FieldRef.defaultFactory] as PyObject);
      value = init ? `${n.dflt(name)}() if ${name} is ${n.hasFactory} else ${name}` : `${n.dflt(name)}()`;
    } else if (init) {
      if (f.refs[FieldRef.default] !== missing) locals.set(n.dflt(name), f.refs[FieldRef.default] as PyObject);
      value = name;
    }
    if (value === null || kind(f) === '_FIELD_INITVAR') continue;
    body.push(info.frozen ? `__dataclass_builtins_object__.__setattr__(${self},${JSON.stringify(name).replace(/"/g, "'")},${value})` : `${self}.${name}=${value}`);
  }
  if (hasPostInit) body.push(`${self}.__post_init__(${fields.filter((f) => kind(f) === '_FIELD_INITVAR').map(fieldName).join(',')})`);
  if (!body.length) body.push('pass');
  const param = (f: PyNativeObject): string => {
    const name = fieldName(f);
    const dflt = f.refs[FieldRef.defaultFactory] !== missing ? `=${n.hasFactory}` : f.refs[FieldRef.default] !== missing ? `=${n.dflt(name)}` : '';
    return `${name}:${n.type(name)}${dflt}`;
  };
  const inits = fields.filter((f) => fieldFlags(f)?.init ?? true);
  const std = inits.filter((f) => !isKwOnly(info, f)).map(param);
  const kw = inits.filter((f) => isKwOnly(info, f)).map(param);
  const params = [self, ...std, ...(kw.length ? ['*', ...kw] : [])].join(',');
  locals.set(n.returnType, interp.rt.None);
  return method('__init__', params, body, locals, n.returnType);
}

/** `_repr_fn`: the inner `__repr__` (the module's `_recursive_repr` wraps it). */
export function reprSource(info: DataclassInfo): MethodSource {
  const shown = info.fields.filter((f) => kind(f) === '_FIELD' && (fieldFlags(f)?.repr ?? true));
  const parts = shown.map((f) => `${fieldName(f)}={self.${fieldName(f)}!r}`).join(', ');
  return method('__repr__', 'self', [`return self.__class__.__qualname__ + f"(${parts})"`], new Map());
}

/** `_cmp_fn`: `__eq__` or an ordering over the compared fields. */
export function compareSource(interp: Interp, info: DataclassInfo, name: string, op: string): MethodSource {
  const compared = info.fields.filter((f) => kind(f) === '_FIELD' && (fieldFlags(f)?.compare ?? true));
  const body = [
    'if other.__class__ is self.__class__:',
    ` return ${tupleText('self', compared)}${op}${tupleText('other', compared)}`,
    'return NotImplemented',
  ];
  // 3.13's __eq__ answers True for the same object before comparing fields.
  if (name === '__eq__' && interp.rt.profile.version === '3.13') body.unshift('if self is other:', ' return True');
  return method(name, 'self,other', body, new Map());
}

/** `_hash_fn`: `hash((self.a,self.b,))` over the hashed fields. */
export function hashSource(interp: Interp, info: DataclassInfo): MethodSource {
  const hashed = info.fields.filter((f) => {
    if (kind(f) !== '_FIELD') return false;
    const h = f.refs[FieldRef.hash];
    return h === null || h === interp.rt.None ? fieldFlags(f)?.compare ?? true : h === interp.rt.True;
  });
  return method('__hash__', 'self', [`return hash(${tupleText('self', hashed)})`], new Map());
}

/** `_frozen_get_del_attr`: the frozen class's `__setattr__` or `__delattr__`. */
export function frozenSource(info: DataclassInfo, cls: PyObject, error: PyObject, deleting: boolean): MethodSource {
  const names = info.fields.filter((f) => kind(f) === '_FIELD').map((f) => `'${fieldName(f)}'`);
  const tuple = names.length ? `(${names.join(',')},)` : '()';
  const [name, params, verb, call] = deleting
    ? ['__delattr__', 'self,name', 'delete', '__delattr__(name)']
    : ['__setattr__', 'self,name,value', 'assign to', '__setattr__(name, value)'];
  const body = [
    `if type(self) is cls or name in ${tuple}:`,
    ` raise FrozenInstanceError(f"cannot ${verb} field {name!r}")`,
    `super(cls, self).${call}`,
  ];
  return method(name, params, body, new Map([['cls', cls], ['FrozenInstanceError', error]]));
}

/**
 * Execs `m` as `_create_fn` does (`def __create_fn__(locals): <m>; return <name>` in the class's
 * module globals) and calls `__create_fn__` with the locals; returns the new function.
 */
export function createMethod(interp: Interp, cls: PyHeapTypeObject, m: MethodSource): PyObject {
  const rt = interp.rt;
  const text = `def __create_fn__(${[...m.locals.keys()].join(', ')}):\n${m.text}\n return ${m.name}`;
  const module = interp.modules.get(cls.module);
  const globals: PyDictObject = module ? moduleDict(interp, module) : newDict(rt);
  const ns = newDict(rt);
  const exec = interp.builtins.get('exec') as PyObject;
  const src = newStr(rt, text);
  try {
    rt.heap.decref(callAny(interp, exec, [src, globals, ns]));
    const create = dictItems(ns).find((e) => e.hashKey === '__create_fn__')?.value as PyObject;
    return callAny(interp, create, [...m.locals.values()]);
  } finally {
    rt.heap.decref(src);
    rt.heap.decref(ns);
    rt.heap.decref(globals);
  }
}

/** `_set_qualname`: `fn.__qualname__ = 'Class.<name>'`; returns `fn` (stolen and given back). */
export function nameMethod(interp: Interp, cls: PyHeapTypeObject, name: string, fn: PyObject): PyObject {
  const qualname = newStr(interp.rt, `${cls.qualname}.${name}`);
  try {
    setAttr(interp, fn, '__qualname__', qualname);
  } finally {
    interp.rt.heap.decref(qualname);
  }
  return fn;
}
