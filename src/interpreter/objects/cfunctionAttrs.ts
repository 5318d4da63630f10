/**
 * Attributes of built-in functions (`meth_get__name__`, `__qualname__`, `__self__`,
 * `__objclass__`) and the extra ones a module hangs on a function that stands for a class method
 * here (`chain.from_iterable`).
 */
import type { PyCFunctionObject } from '../../engine/objects/nativeObject';
import type { PyObject } from '../../engine/objects/object';
import { newStr } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import { PyMethodWrapperObject, PyNativeDescrObject } from '../../engine/objects/nativeDescrObject';
import { type FoundAttr } from './typeLookup';
import type { PyModuleObject } from '../runtime/moduleObject';

const cfunctionAttrs = new WeakMap<PyCFunctionObject, Map<string, PyObject>>();

/** The module each module-level built-in function was defined in (`m_module`, `m_self`). */
const functionModules = new WeakMap<PyCFunctionObject, PyModuleObject>();

/**
 * Functions whose `__module__` is not their module's name: CPython defines them in a C accelerator
 * module (`_functools`, `_heapq`, `_bisect`, `_operator`, ...) and re-exports them, or they are bound
 * methods of a C object (`random.random`: None). Measured by test/oracle/functionModulesProbe.py.
 */
const ACCELERATED: Record<string, Record<string, string | null>> = {
  abc: { get_cache_token: '_abc' },
  bisect: { '*': '_bisect' },
  functools: { reduce: '_functools', cmp_to_key: '_functools', get_cache_token: '_abc' },
  heapq: { heapify: '_heapq', heappop: '_heapq', heappush: '_heapq', heappushpop: '_heapq', heapreplace: '_heapq' },
  operator: { '*': '_operator' },
  random: { random: null, getrandbits: null },
  timeit: { default_timer: 'time' },
  tracemalloc: { '*': '_tracemalloc', take_snapshot: 'tracemalloc', get_object_traceback: 'tracemalloc' },
  typing: { abstractmethod: 'abc' },
  warnings: { warn: '_warnings', warn_explicit: '_warnings' },
  weakref: { getweakrefcount: '_weakref', getweakrefs: '_weakref', proxy: '_weakref' },
};

/** Modules that are C modules in CPython: their functions' `__self__` is the module. */
const C_MODULES = new Set(['builtins', 'math', 'cmath', 'sys', 'gc', 'time', 'itertools', 'atexit', 'unicodedata']);

/** Records the module a module-level built-in function belongs to (Interp.defineModule). */
export function setFunctionModule(f: PyCFunctionObject, m: PyModuleObject): void {
  functionModules.set(f, m);
}

/** Whether a function already has its module. */
export function hasFunctionModule(f: PyCFunctionObject): boolean {
  return functionModules.has(f);
}

/** `__module__` of a module-level function as CPython names it (undefined: not one). */
function functionModuleName(interp: Interp, f: PyCFunctionObject): string | null | undefined {
  const m = functionModules.get(f);
  if (!m) return undefined;
  if (m.name === 'builtins' && f.name === 'open') return interp.rt.profile.version === '3.11' ? 'io' : '_io';
  const homes = ACCELERATED[m.name];
  if (homes && f.name in homes) return homes[f.name];
  return homes && '*' in homes ? homes['*'] : m.name;
}

/**
 * Gives a built-in function an attribute (owned by the function, which is static): how a module
 * hangs a class method such as `chain.from_iterable` on what is here a function.
 */
export function setCFunctionAttr(f: PyCFunctionObject, name: string, value: PyObject): void {
  let attrs = cfunctionAttrs.get(f);
  if (!attrs) cfunctionAttrs.set(f, (attrs = new Map()));
  attrs.set(name, value);
}

/** `meth_get__name__` and the attributes given with setCFunctionAttr; null for the rest. */
export function cfunctionGetAttr(interp: Interp, f: PyCFunctionObject, name: string): FoundAttr | null {
  if (name === '__name__') return { value: newStr(interp.rt, f.name), method: false };
  const owner = f instanceof PyNativeDescrObject ? f.owner : f instanceof PyMethodWrapperObject ? f.descr.owner : null;
  if (name === '__qualname__' && (owner || f.self)) return { value: newStr(interp.rt, `${owner ? owner.name : (f.self as PyObject).type.name}.${f.name}`), method: false };
  // meth_get__qualname__: a function whose self is absent or a module is known by its name.
  if (name === '__qualname__' && functionModules.has(f) && !f.self) return { value: newStr(interp.rt, f.name), method: false };
  const ref = name === '__objclass__' && owner ? owner : name === '__self__' && f.self ? f.self : null;
  if (ref) { interp.rt.heap.incref(ref); return { value: ref, method: false }; }
  const v = cfunctionAttrs.get(f)?.get(name);
  if (!v && !f.self && (name === '__module__' || name === '__self__')) return moduleAttr(interp, f, name);
  if (!v) return null;
  interp.rt.heap.incref(v);
  return { value: v, method: false };
}

/** `__module__` and `__self__` of a module-level function (`m_module`, `m_self`). */
function moduleAttr(interp: Interp, f: PyCFunctionObject, name: string): FoundAttr | null {
  const home = functionModuleName(interp, f);
  if (home === undefined) return null;
  if (name === '__module__') return { value: home === null ? interp.none() : newStr(interp.rt, home), method: false };
  const m = functionModules.get(f) as PyModuleObject;
  if (!C_MODULES.has(m.name) || home !== m.name) return null;
  interp.rt.heap.incref(m);
  return { value: m, method: false };
}
