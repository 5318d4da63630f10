/**
 * Type expressions as objects: `types.GenericAlias` (`list[int]`, Objects/genericaliasobject.c),
 * `types.UnionType` (`int | None`, Objects/unionobject.c) and typing's aliases (`typing.List[int]`,
 * `typing.Optional[int]`, `~T`, Lib/typing.py), each a native object that knows what it stands for
 * (`origin`, `args`) and prints as CPython 3.11–3.13 print it (the same on all three).
 *
 * Obscurity: CPython's typing aliases are Python objects with a `__dict__`; here they are small
 * native objects, so their sizes and allocations differ (test/fidelity/KNOWN-DIFFERENCES.md).
 */
import type { PyObject } from '../../engine/objects/object';
import { PyListObject } from '../../engine/objects/listObject';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { nativeType, newNativeObject, type PyNativeObject } from '../modules/nativeObject';
import type { Interp } from '../runtime/interp';
import { callAny } from '../vm/callDispatch';
import { reprOf } from './repr';

/** What an alias object is. */
export interface Alias {
  /** `types` list[int]; `typesUnion` int | None; `generic` typing.List[int]; `union` typing.Union[...]; `special` an unsubscripted typing name; `typevar` ~T. */
  kind: 'types' | 'typesUnion' | 'generic' | 'union' | 'special' | 'typevar';
  /** The typing name (`List`, `Optional`, `T`) or the qualified class name of a user generic. */
  name: string;
  /** `__origin__` (borrowed: kept alive by `refs`), or null. */
  origin: PyObject | null;
  /** `__args__` (borrowed: kept alive by `refs`). */
  args: PyObject[];
  /** How subscripting it goes (special forms and classes' `__class_getitem__`), or null. */
  subscript: ((interp: Interp, self: PyObject, key: PyObject) => PyObject) | null;
  /** A PEP 695 type parameter's own attributes (typeParams.ts), when this `typevar` is one. */
  param?: { typeName: string; size: number; attr: (interp: Interp, name: string) => PyObject | null };
}

const aliases = new WeakMap<PyObject, Alias>();

/** The alias `o` is, or null. */
export function aliasOf(o: PyObject): Alias | null {
  return aliases.get(o) ?? null;
}

/** The qualified name CPython's `_type_repr` / `ga_repr` print for one argument. */
export function typeRepr(interp: Interp, o: PyObject, noneText = 'NoneType'): string {
  const rt = interp.rt;
  if (o === rt.None) return noneText;
  if (o.type.name === 'ellipsis') return '...';
  if (o instanceof PyTypeObject) {
    if (o === rt.None.type) return 'NoneType';
    if (!(o instanceof PyHeapTypeObject)) return o.name;
    const module = o.ns.get('__module__');
    const m = module instanceof PyUnicodeObject ? module.value : 'builtins';
    return m === 'builtins' ? o.qualname : `${m}.${o.qualname}`;
  }
  if (o instanceof PyListObject) return `[${o.items.map((x) => typeRepr(interp, x, noneText)).join(', ')}]`;
  const a = aliasOf(o);
  if (a) return aliasRepr(interp, a);
  if (o.type.name === 'function') return reprOf(interp, o).replace(/^<function (\S+) at .*$/, '$1');
  return reprOf(interp, o);
}

/** The repr of an alias. */
function aliasRepr(interp: Interp, a: Alias): string {
  switch (a.kind) {
    case 'typevar': return a.name;
    case 'special': return `typing.${a.name}`;
    // union_repr writes NoneType as None.
    case 'typesUnion': return a.args.map((x) => (x === interp.rt.None.type ? 'None' : typeRepr(interp, x, 'None'))).join(' | ');
    case 'types': {
      const args = a.args.length ? a.args.map((x) => typeRepr(interp, x, 'None')).join(', ') : '()';
      return `${typeRepr(interp, a.origin as PyObject)}[${args}]`;
    }
    case 'union': {
      const none = interp.rt.None.type;
      if (a.args.length === 2 && a.args.includes(none)) return `typing.Optional[${typeRepr(interp, a.args.find((x) => x !== none) as PyObject)}]`;
      return `typing.Union[${a.args.map((x) => typeRepr(interp, x)).join(', ')}]`;
    }
    case 'generic': {
      const head = a.name.includes('.') ? a.name : `typing.${a.name}`;
      const args = a.name === 'Literal' ? a.args.map((x) => reprOf(interp, x)) : a.args.map((x) => typeRepr(interp, x));
      if (a.name === 'Callable' && a.args.length && a.args[0].type.name !== 'ellipsis') {
        return `${head}[[${args.slice(0, -1).join(', ')}], ${args[args.length - 1]}]`;
      }
      if (a.name === 'Annotated') return `${head}[${typeRepr(interp, a.args[0])}, ${a.args.slice(1).map((x) => reprOf(interp, x)).join(', ')}]`;
      return `${head}[${args.length ? args.join(', ') : '()'}]`;
    }
  }
}

/** The argument tuple a subscription was given (`X[a, b]` passes a tuple). */
export function subscriptArgs(key: PyObject): PyObject[] {
  return key instanceof PyTupleObject ? [...key.items] : [key];
}

/**
 * A new alias object (refs to `origin` and `args` taken). The objects compare equal when they
 * are the same kind, name, origin and arguments (`Optional[int] == Union[int, None]`), or are
 * unions of the same members.
 */
export function newAlias(interp: Interp, alias: Alias): PyNativeObject {
  const rt = interp.rt;
  const typeName = alias.kind === 'types' ? 'types.GenericAlias' : alias.kind === 'typesUnion' ? 'types.UnionType'
    : alias.kind === 'typevar' ? alias.param?.typeName ?? 'typing.TypeVar' : alias.kind === 'special' ? 'typing._SpecialForm' : 'typing._GenericAlias';
  const refs = [alias.origin, ...alias.args];
  for (const r of refs) if (r) rt.heap.incref(r);
  const o = newNativeObject(interp, nativeType(interp, typeName, alias.param?.size ?? 48), refs);
  aliases.set(o, alias);
  o.repr = (i) => aliasRepr(i, alias);
  if (alias.subscript) o.subscript = (i, key) => (alias.subscript as NonNullable<Alias['subscript']>)(i, o, key);
  o.compare = (_i, op, other) => {
    if (op !== 2 && op !== 3) return undefined;
    const b = aliasOf(other);
    // Unions compare as sets of members, `int | None` and `typing.Optional[int]` alike.
    const isUnion = (k: Alias['kind']) => k === 'union' || k === 'typesUnion';
    const same = !!b && (isUnion(b.kind) && isUnion(alias.kind)
      ? b.args.length === alias.args.length && b.args.every((x) => alias.args.includes(x))
      : b.kind === alias.kind && b.name === alias.name && b.origin === alias.origin
        && b.args.length === alias.args.length && b.args.every((x, k) => x === alias.args[k]));
    return op === 2 ? same : !same;
  };
  o.getAttr = (i, name) => aliasAttr(i, alias, name);
  if (alias.origin instanceof PyTypeObject && (alias.kind === 'types' || alias.kind === 'generic')) {
    const origin = alias.origin;
    o.call = (i, args, kwnames) => ({ result: callAny(i, origin, args, kwnames) });
  }
  return o;
}

function aliasAttr(interp: Interp, a: Alias, name: string): { value: PyObject; method: boolean } | null {
  const rt = interp.rt;
  const own = (o: PyObject) => { rt.heap.incref(o); return { value: o, method: false }; };
  if (a.param) {
    const v = a.param.attr(interp, name);
    if (v) return { value: v, method: false };
  }
  if (name === '__origin__' && a.origin) return own(a.origin);
  if (name === '__args__') return { value: newTuple(rt, a.args.map((x) => { rt.heap.incref(x); return x; })), method: false };
  if (name === '__name__' && a.kind === 'typevar') return { value: newStr(rt, a.name.slice(1)), method: false };
  if (name === '__mro_entries__' && (a.kind === 'types' || a.kind === 'generic') && a.origin) {
    const origin = a.origin;
    return { value: interp.nativeFunction('__mro_entries__', (i) => { i.rt.heap.incref(origin); return newTuple(i.rt, [origin]); }), method: false };
  }
  return null;
}

/** Built-in classes whose subscription makes a `types.GenericAlias` (`__class_getitem__ = GenericAlias`). */
const GENERIC_BUILTINS = new Set(['list', 'dict', 'tuple', 'set', 'frozenset', 'enumerate', 'type', 'deque', 'defaultdict', 'OrderedDict', 'Counter', 'ChainMap']);

/** `list[int]`: a GenericAlias, or null when `t` is no generic built-in. */
export function builtinClassGetItem(interp: Interp, t: PyTypeObject, key: PyObject): PyObject | null {
  if (!GENERIC_BUILTINS.has(t.name)) return null;
  return newAlias(interp, { kind: 'types', name: t.name, origin: t, args: subscriptArgs(key), subscript: null });
}

/** Whether `o` may stand in `X | Y` (`_Py_union_type_or`): a class, None, or an alias. */
function unionable(interp: Interp, o: PyObject): boolean {
  return o instanceof PyTypeObject || o === interp.rt.None || aliasOf(o) !== null;
}

/**
 * `a | b` of type expressions: `int | None` is a `types.UnionType`; with a typing alias on either
 * side, typing's `Union[a, b]` (made by `typingUnion`, set by the typing module). Null otherwise.
 */
export function typeOr(interp: Interp, a: PyObject, b: PyObject): PyObject | null {
  if (!unionable(interp, a) || !unionable(interp, b)) return null;
  // None is a member of a union but has no nb_or of its own: `None | None` is a TypeError.
  if (a === interp.rt.None && b === interp.rt.None) return null;
  const typing = [a, b].some((x) => { const k = aliasOf(x)?.kind; return k === 'generic' || k === 'union' || k === 'special' || k === 'typevar'; });
  // A TypeVar's `|` imports typing for its Union (typevar_or → typing._make_union), as CPython does.
  if (typing && !typingUnion && [a, b].some((x) => aliasOf(x)?.kind === 'typevar')) interp.rt.heap.decref(interp.importModule('typing'));
  if (typing && typingUnion) return typingUnion(interp, [a, b]);
  const args: PyObject[] = [];
  for (const x of [a, b]) {
    const al = aliasOf(x);
    // `_Py_union_type_or` stores None as type(None): `(int | None).__args__` is `(int, NoneType)`.
    for (const y of al?.kind === 'typesUnion' ? al.args : [x === interp.rt.None ? x.type : x]) if (!args.includes(y)) args.push(y);
  }
  if (args.length === 1) { interp.rt.heap.incref(args[0]); return args[0]; }
  return newAlias(interp, { kind: 'typesUnion', name: 'UnionType', origin: null, args, subscript: null });
}

/** typing's `Union[...]` constructor (registered by the typing module on import). */
let typingUnion: ((interp: Interp, args: PyObject[]) => PyObject) | null = null;

/** Registers typing's Union constructor for `|` on typing aliases. */
export function setTypingUnion(f: (interp: Interp, args: PyObject[]) => PyObject): void {
  typingUnion = f;
}
