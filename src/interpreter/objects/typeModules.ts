/**
 * The module of a static (C) type, CPython's `tp_name` prefix: `_thread.lock` has `__name__`
 * 'lock', `__module__` '_thread' and shows as `<class '_thread.lock'>`; a tp_name without a dot
 * (`list_iterator`) is in 'builtins'. Our static types carry only `__name__`: the module comes
 * from `nativeType`'s qualified name or, for types made elsewhere (the engine's deque, the
 * itertools iterators), from the table below. Checked by test/oracle/nativeTypeNames.py.
 */
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';

/** Static types of the runtime not made by `nativeType`, by `__name__`: their module. */
const MODULE_OF_NAME: Readonly<Record<string, string>> = {
  ...Object.fromEntries(['count', 'cycle', 'repeat', 'chain', 'islice', 'accumulate', 'product', 'permutations', 'combinations',
    'combinations_with_replacement', 'groupby', '_grouper', 'starmap', 'takewhile', 'dropwhile', 'filterfalse', 'zip_longest',
    'compress', 'pairwise', 'batched', '_tee'].map((n) => [n, 'itertools'])),
  deque: 'collections', defaultdict: 'collections', OrderedDict: 'collections', Counter: 'collections', ChainMap: 'collections',
  _deque_iterator: '_collections', _deque_reverse_iterator: '_collections',
  partial: 'functools', _lru_cache_wrapper: 'functools', itemgetter: 'operator', attrgetter: 'operator', methodcaller: 'operator',
  Pattern: 're', Match: 're', SRE_Scanner: '_sre', Random: 'random',
  ReferenceType: 'weakref', ProxyType: 'weakref', CallableProxyType: 'weakref', KeyedRef: 'weakref',
  version_info: 'sys', flags: 'sys', float_info: 'sys', int_info: 'sys', hash_info: 'sys', thread_info: 'sys', struct_time: 'time',
  WeakValueDictionary: 'weakref', WeakKeyDictionary: 'weakref', WeakSet: '_weakrefset', finalize: 'weakref',
};

const registered = new WeakMap<PyTypeObject, string>();

/**
 * Classes the simulation builds as heap types whose CPython counterparts are C types: their
 * methods are built-in methods and their `tp_name` is dotted (`collections.OrderedDict`).
 */
const C_TYPES_AS_CLASSES = new Set([
  'collections.OrderedDict', 'collections.defaultdict', 'decimal.Decimal', 'decimal.Context',
  'datetime.date', 'datetime.time', 'datetime.datetime', 'datetime.timedelta', 'datetime.tzinfo', 'datetime.timezone',
]);

/** Whether heap type `t` stands for one of CPython's C types (C_TYPES_AS_CLASSES). */
export function isCTypeClass(t: PyTypeObject): boolean {
  return t instanceof PyHeapTypeObject && C_TYPES_AS_CLASSES.has(`${t.module}.${t.name}`);
}

/** Records `module` as the module of the static type `t` (`nativeType('_io.StringIO')`). */
export function setTypeModule(t: PyTypeObject, module: string): void {
  registered.set(t, module);
}

/** `type.__module__` of any type (a heap type's own, a static type's tp_name prefix or 'builtins'). */
export function typeModule(t: PyTypeObject): string {
  if (t instanceof PyHeapTypeObject) return t.module;
  const dot = t.name.lastIndexOf('.');
  return registered.get(t) ?? (dot >= 0 ? t.name.slice(0, dot) : MODULE_OF_NAME[t.name] ?? 'builtins');
}

/** `type.__name__` (and a static type's `__qualname__`): tp_name after its last dot. */
export function typeShortName(t: PyTypeObject): string {
  return t.name.slice(t.name.lastIndexOf('.') + 1);
}

/** The name `repr(type)` and `object.__repr__` show: `module.qualname`, without 'builtins.'. */
export function typeDisplayName(t: PyTypeObject): string {
  const module = typeModule(t);
  const qualname = t instanceof PyHeapTypeObject ? t.qualname : typeShortName(t);
  return module === 'builtins' ? qualname : `${module}.${qualname}`;
}

/**
 * `tp_name`: a C type's dotted name (`itertools.count`, `collections.OrderedDict`), a class's
 * `__name__`. CPython's error messages name types this way ("unhashable type:
 * 'collections.OrderedDict'").
 */
export function tpName(t: PyTypeObject): string {
  if (isCTypeClass(t)) return `${(t as PyHeapTypeObject).module}.${t.name}`;
  return t instanceof PyHeapTypeObject ? t.name : typeDisplayName(t);
}
