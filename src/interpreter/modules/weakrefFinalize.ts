/**
 * `weakref.finalize` (Lib/weakref.py): a callable object that calls `func(*args, **kwargs)` once,
 * when its referent dies or when called, or at interpreter exit (`atexit`, the default).
 *
 *   finalize(obj, func, *args, **kwargs)
 *       F ─────────► registry ──► _Info [ weakref(obj, callback=F), func, args, kwargs ]
 *
 * As in CPython the finalize object is its own weakref's callback, and the registry (a class-level
 * dict in weakref.py, a map here) keeps F and its _Info alive until F runs or is detached. So the
 * call happens where weakref callbacks happen: after `__del__` when the referent's count drops to
 * zero (subtype_dealloc), before any `__del__` of a garbage cycle (handle_weakrefs), newest
 * callback first. At exit the finalizers still alive with `atexit` set run, newest first.
 *
 * Measured (3.11.7, 3.12.1, 3.13.0): getsizeof(F) = 32 (a `__slots__ = ()` instance); each
 * finalize() leaves F, its _Info (80: six slots) and the weakref tracked by the GC.
 */
import { newDict, type PyDictObject, dictItems } from '../../engine/objects/dictObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import type { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { newWeakref, type PyWeakReference, supportsWeakrefs } from '../../engine/objects/weakrefObject';
import { isTrue } from '../objects/abstract';
import { dictStore } from '../objects/containerOps';
import { internName } from '../objects/typeLookup';
import type { Interp } from '../runtime/interp';
import { callUnraisable } from '../runtime/unraisable';
import { registerNativeExitFunc } from './atexitModule';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import { nativeType, newNativeObject, type PyNativeObject } from './nativeObject';

interface Entry {
  info: PyNativeObject;
  atexit: boolean;
  index: number;
}

interface Registry {
  entries: Map<PyNativeObject, Entry>;
  next: number;
}

const registries = new WeakMap<Interp, Registry>();

function registryOf(interp: Interp): Registry {
  let r = registries.get(interp);
  if (!r) {
    registries.set(interp, (r = { entries: new Map(), next: 0 }));
    registerNativeExitFunc(interp, () => runAtExit(interp));
  }
  return r;
}

const enum InfoRef { weakref, func, args, kwargs }

/** The _Info's referent (borrowed), or null once it is gone. */
function referentOf(entry: Entry): PyObject | null {
  return (entry.info.refs[InfoRef.weakref] as PyWeakReference).referent;
}

/** `finalize.__call__`: pops the entry and calls func(*args, **kwargs) (a new reference), else None. */
function fire(interp: Interp, f: PyNativeObject): PyObject {
  const reg = registryOf(interp);
  const entry = reg.entries.get(f);
  if (!entry) return interp.none();
  reg.entries.delete(f);
  const heap = interp.rt.heap;
  const [, func, args, kwargs] = entry.info.refs;
  const positional = args instanceof PyTupleObject ? [...args.items] : [];
  const items = kwargs ? dictItems(kwargs as PyDictObject) : [];
  try {
    return callAny(interp, func as PyObject, [...positional, ...items.map((e) => e.value)], items.length ? items.map((e) => (e.key as PyUnicodeObject).value) : null);
  } finally {
    heap.decref(entry.info);
    heap.decref(f);
  }
}

/** `finalize._exitfunc`: the alive finalizers with `atexit` set, newest first. */
function runAtExit(interp: Interp): void {
  const reg = registryOf(interp);
  const pending = [...reg.entries].filter(([, e]) => e.atexit).sort((a, b) => b[1].index - a[1].index);
  for (const [f] of pending) {
    if (!reg.entries.has(f)) continue;
    callUnraisable(interp, f, () => interp.rt.heap.decref(fire(interp, f)));
  }
}

/** The `weakref.finalize` type and its constructor. */
export function finalizeType(interp: Interp): { type: PyObject; construct: NativeImpl } {
  const rt = interp.rt;
  const t = nativeType(interp, 'weakref.finalize', 32);
  const infoType = nativeType(interp, 'weakref._Info', 80);
  const entryOf = (i: Interp, self: PyObject) => registryOf(i).entries.get(self as PyNativeObject);
  // detach()/peek(): (obj, func, args, kwargs) while alive, else None.
  const snapshot = (i: Interp, self: PyObject, detach: boolean): PyObject => {
    const e = entryOf(i, self);
    const obj = e ? referentOf(e) : null;
    if (!e || !obj) return i.none();
    const [, func, args, kwargs] = e.info.refs;
    // (obj, func, args, kwargs or {}): a fresh empty dict when there were no keywords.
    const parts = [obj, func as PyObject, args ?? rt.emptyTuple];
    for (const p of parts) rt.heap.incref(p);
    if (kwargs) rt.heap.incref(kwargs);
    const result = newTuple(rt, [...parts, kwargs ?? newDict(rt)]);
    if (detach) {
      registryOf(i).entries.delete(self as PyNativeObject);
      rt.heap.decref(e.info);
      rt.heap.decref(self);
    }
    return result;
  };
  interp.methods.define(t, 'detach', (i, args) => snapshot(i, args[0], true));
  interp.methods.define(t, 'peek', (i, args) => snapshot(i, args[0], false));
  const construct: NativeImpl = (i, args, kwnames) => {
    const nkw = kwnames ? kwnames.length : 0;
    const npos = args.length - nkw;
    if (npos < 2) i.typeError(`finalize.__init__() missing ${2 - npos} required positional argument${npos === 1 ? '' : 's'}: ${npos === 1 ? "'func'" : "'obj' and 'func'"}`);
    const [obj, func] = args;
    if (!supportsWeakrefs(obj)) i.typeError(`cannot create weak reference to '${obj.type.name}' object`);
    const f = newNativeObject(i, t, []);
    const extra = args.slice(2, npos);
    for (const a of extra) rt.heap.incref(a);
    const tuple = extra.length ? newTuple(rt, extra) : null;
    let kwargs: PyDictObject | null = null;
    if (nkw) {
      kwargs = newDict(rt);
      (kwnames as string[]).forEach((name, k) => {
        dictStore(i, kwargs as PyDictObject, internName(i, name), args[npos + k]);
      });
    }
    rt.heap.incref(func);
    const wr = newWeakref(rt, obj, f);
    const info = newNativeObject(i, infoType, [wr, func, tuple, kwargs]);
    const reg = registryOf(i);
    rt.heap.incref(f);
    reg.entries.set(f, { info, atexit: true, index: reg.next++ });
    f.call = (j, callArgs) => {
      if (callArgs.length > 1) j.typeError(`finalize.__call__() takes from 1 to 2 positional arguments but ${callArgs.length + 1} were given`);
      return { result: fire(j, f) };
    };
    f.getAttr = (j, name) => {
      const e = entryOf(j, f);
      if (name === 'alive') return { value: j.bool(e !== undefined), method: false };
      if (name === 'atexit') return { value: j.bool(e !== undefined && e.atexit), method: false };
      return null;
    };
    f.setAttr = (j, name, value) => {
      if (name !== 'atexit') return false;
      const e = entryOf(j, f);
      if (e) e.atexit = isTrue(j, value);
      return true;
    };
    f.repr = (j) => {
      const e = entryOf(j, f);
      const o = e ? referentOf(e) : null;
      const at = `0x${f.id.toString(16)}`;
      return o ? `<finalize object at ${at}; for '${o.type.name}' at 0x${o.id.toString(16)}>` : `<finalize object at ${at}; dead>`;
    };
    return f;
  };
  return { type: t, construct };
}
