/**
 * `typing` (Lib/typing.py, 3.11–3.13): the names scripts annotate with, so annotations (evaluated
 * at def time) work and print as CPython prints them: `Any`, `Optional`, `Union`, `List`… (special
 * aliases subscripted into `typing.List[int]`), `Callable`, `Literal`, `Final`, `ClassVar`,
 * `Annotated`, `TypeVar`, `Generic` and `Protocol` (subclassable, `Stack[int]`), `NamedTuple` and
 * `TypedDict` (class syntax, typingClasses.ts), `cast`, `overload`, `no_type_check`, `final`,
 * `runtime_checkable`, `TYPE_CHECKING`, `get_type_hints`, `get_origin`, `get_args`.
 * The objects are genericAlias.ts's; every repr here was measured identical on 3.11.7, 3.12.1 and
 * 3.13.0 (test/oracle/typingProbe.py).
 */
import { dictItems, newDict, PyDictObject } from '../../engine/objects/dictObject';
import { PyFunctionObject } from '../../engine/objects/funcObject';
import { newList, PyListObject } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { dictStore } from '../objects/containerOps';
import { funcGetAttr, funcSetAttr } from '../objects/funcAttrs';
import { type Alias, aliasOf, newAlias, setTypingUnion, subscriptArgs } from '../objects/genericAlias';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import type { NativeImpl } from '../vm/callables';
import { registerForm } from './typingForms';
import { runtimeCheckable, typingClasses } from './typingClasses';

function own<T extends PyObject>(interp: Interp, o: T): T {
  interp.rt.heap.incref(o);
  return o;
}

/** `None` becomes `NoneType` in typing's arguments (`_type_convert`). */
function convert(interp: Interp, o: PyObject): PyObject {
  return o === interp.rt.None ? interp.rt.None.type : o;
}

/** `Union[...]`: flattened, None as NoneType, duplicates dropped; one argument is that argument. */
export function makeUnion(interp: Interp, given: PyObject[]): PyObject {
  const args: PyObject[] = [];
  for (const g of given) {
    const a = aliasOf(g);
    const items = a && (a.kind === 'union' || a.kind === 'typesUnion') ? a.args : [g];
    for (const x of items.map((y) => convert(interp, y))) if (!args.includes(x)) args.push(x);
  }
  if (args.length === 1) return own(interp, args[0]);
  return newAlias(interp, { kind: 'union', name: 'Union', origin: null, args, subscript: null });
}

/** A subscripted typing alias `typing.Name[args]` with `origin` (the form itself when null). */
function generic(interp: Interp, name: string, origin: PyObject | null, args: PyObject[]): PyObject {
  const o = newAlias(interp, { kind: 'generic', name, origin, args, subscript: null });
  if (name === 'ClassVar' || name === 'Final' || name === 'InitVar') registerForm(o, { form: name, args });
  return o;
}

/** A typing special name (`typing.List`), subscripted by `sub`. */
function special(interp: Interp, name: string, sub: Alias['subscript']): PyObject {
  const o = newAlias(interp, { kind: 'special', name, origin: null, args: [], subscript: sub });
  if (name === 'ClassVar' || name === 'Final') registerForm(o, { form: name, args: null });
  return o;
}

/** The special aliases over a built-in or collections.abc class: `List` → `list`. */
const CONTAINER_ALIASES: [string, string][] = [
  ['List', 'list'], ['Dict', 'dict'], ['Set', 'set'], ['FrozenSet', 'frozenset'], ['Tuple', 'tuple'], ['Type', 'type'],
  ['DefaultDict', 'collections.defaultdict'], ['Deque', 'collections.deque'], ['Counter', 'collections.Counter'],
  ['OrderedDict', 'collections.OrderedDict'], ['ChainMap', 'collections.ChainMap'],
];
const ABC_ALIASES = ['Iterable', 'Iterator', 'Generator', 'Sequence', 'MutableSequence', 'Mapping', 'MutableMapping',
  'Callable', 'Collection', 'Container', 'Hashable', 'Sized', 'Reversible', 'AbstractSet', 'MutableSet', 'Awaitable',
  'Coroutine', 'AsyncIterator', 'AsyncIterable', 'AsyncGenerator', 'KeysView', 'ValuesView', 'ItemsView'];

/** collections.abc's class behind a typing alias (`get_origin(Callable[..., int])`). */
function abcClass(interp: Interp, name: string): PyTypeObject {
  const m = interp.importModule('collections.abc') as PyModuleObject;
  interp.rt.heap.decref(m);
  return m.dict.get(name === 'AbstractSet' ? 'Set' : name) as PyTypeObject;
}

function builtinOrigin(interp: Interp, spec: string): PyObject {
  if (!spec.startsWith('collections.')) return interp.builtins.get(spec) as PyObject;
  const m = interp.importModule('collections');
  try {
    return (m as PyModuleObject).dict.get(spec.slice('collections.'.length)) as PyObject;
  } finally {
    interp.rt.heap.decref(m);
  }
}

/** `get_origin(tp)`. */
function getOrigin(interp: Interp, values: Map<string, PyObject>, tp: PyObject): PyObject {
  const a = aliasOf(tp);
  if (!a) return interp.none();
  if (a.kind === 'union') return own(interp, values.get('Union') as PyObject);
  if (a.kind === 'typesUnion') return own(interp, tp.type);
  if (a.kind === 'generic' && !a.origin) return own(interp, values.get(a.name) as PyObject);
  return a.origin && a.kind !== 'special' ? own(interp, a.origin) : interp.none();
}

/** `get_args(tp)`: Callable's as `([params], result)`. */
function getArgs(interp: Interp, tp: PyObject): PyObject {
  const rt = interp.rt;
  const a = aliasOf(tp);
  if (!a || a.kind === 'special' || a.kind === 'typevar') return newTuple(rt, []);
  if (a.kind === 'generic' && a.name === 'Callable' && a.args.length && a.args[0].type.name !== 'ellipsis') {
    const params = newList(rt, a.args.slice(0, -1).map((x) => own(interp, x)));
    return newTuple(rt, [params, own(interp, a.args[a.args.length - 1])]);
  }
  return newTuple(rt, a.args.map((x) => own(interp, x)));
}

/** `get_type_hints(obj)`: a function's `__annotations__`, or a class's merged over its MRO (bases first). */
function getTypeHints(interp: Interp, obj: PyObject): PyObject {
  const rt = interp.rt;
  const out = newDict(rt);
  const merge = (ann: PyObject | undefined | null) => {
    if (!(ann instanceof PyDictObject)) return;
    for (const e of dictItems(ann)) dictStore(interp, out, e.key, e.value === rt.None ? rt.None.type : e.value);
  };
  if (obj instanceof PyFunctionObject) {
    const found = funcGetAttr(interp, obj, '__annotations__');
    if (found) { merge(found.value); rt.heap.decref(found.value); }
  } else if (obj instanceof PyTypeObject) {
    for (const c of [...(obj.mro ?? [obj])].reverse()) if (c instanceof PyHeapTypeObject) merge(c.ns.get('__annotations__'));
  }
  return out;
}

/** `import typing`. */
export function createTyping(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  setTypingUnion(makeUnion);
  const values = new Map<string, PyObject>();
  const sub = (name: string, origin: () => PyObject | null, arity = -1): Alias['subscript'] => (i, _self, key) => {
    const args = subscriptArgs(key).map((x) => (name === 'Literal' || name === 'Annotated' ? x : convert(i, x)));
    if (arity > 0 && args.length !== arity) i.typeError(`Too ${args.length > arity ? 'many' : 'few'} arguments for typing.${name}; actual ${args.length}, expected ${arity}`);
    if (name === 'Callable' && args.length === 2 && args[0] instanceof PyListObject) {
      return generic(i, name, origin(), [...args[0].items.map((x) => convert(i, x)), args[1]]);
    }
    return generic(i, name, origin(), args);
  };
  for (const [name, spec] of CONTAINER_ALIASES) values.set(name, special(interp, name, sub(name, () => builtinOrigin(interp, spec))));
  for (const name of ABC_ALIASES) {
    let cls: PyTypeObject | null = null;
    const origin = () => (cls ??= abcClass(interp, name));
    values.set(name, special(interp, name, sub(name, origin)));
  }
  values.set('Union', special(interp, 'Union', (i, _s, key) => makeUnion(i, subscriptArgs(key))));
  values.set('Optional', special(interp, 'Optional', (i, _s, key) => makeUnion(i, [key, i.rt.None])));
  for (const name of ['Required', 'NotRequired', ...(rt.profile.version === '3.13' ? ['ReadOnly'] : [])]) values.set(name, special(interp, name, sub(name, () => null)));
  for (const name of ['Literal', 'Final', 'ClassVar', 'Annotated']) values.set(name, special(interp, name, sub(name, () => null, name === 'Final' || name === 'ClassVar' ? 1 : -1)));
  for (const name of ['Any', 'NoReturn', 'Never', 'Self', 'LiteralString', 'TypeAlias']) values.set(name, special(interp, name, null));
  // 3.13 (PEP 696): what a type parameter's __default__ is when it has none.
  if (rt.profile.version === '3.13') values.set('NoDefault', special(interp, 'NoDefault', null));
  values.set('TYPE_CHECKING', own(interp, rt.False));
  for (const [k, v] of Object.entries(typingClasses(interp))) values.set(k, v);
  const identity: NativeImpl = (i, args) => own(i, args[0]);
  const functions: Record<string, NativeImpl> = {
    TypeVar: (i, args, kwnames) => {
      const n = args.length - (kwnames ? kwnames.length : 0);
      const name = args[0];
      if (n < 1 || !(name instanceof PyUnicodeObject)) return i.typeError('TypeVar() missing required argument: \'name\'');
      const flag = (k: string) => { const at = kwnames?.indexOf(k) ?? -1; return at >= 0 && args[n + at] === i.rt.True; };
      const sign = flag('covariant') ? '+' : flag('contravariant') ? '-' : '~';
      return newAlias(i, { kind: 'typevar', name: `${sign}${name.value}`, origin: null, args: [], subscript: null });
    },
    ParamSpec: (i, args) => {
      const name = args[0];
      if (!(name instanceof PyUnicodeObject)) return i.typeError('ParamSpec() missing required argument: \'name\'');
      return newAlias(i, { kind: 'typevar', name: `~${name.value}`, origin: null, args: [], subscript: null });
    },
    cast: (i, args) => own(i, args[1]),
    overload: identity,
    final: identity,
    runtime_checkable: (i, args) => runtimeCheckable(i, args[0]),
    no_type_check: (i, args) => {
      if (args[0] instanceof PyFunctionObject) funcSetAttr(i, args[0], '__no_type_check__', i.rt.True);
      return own(i, args[0]);
    },
    get_origin: (i, args) => getOrigin(i, values, args[0]),
    get_args: (i, args) => getArgs(i, args[0]),
    get_type_hints: (i, args) => getTypeHints(i, args[0]),
  };
  return interp.defineModule('typing', functions, Object.fromEntries(values));
}
