/**
 * `dir()` and `vars()` (Python/bltinmodule.c, Objects/object.c `_dir_locals` / `_dir_object`):
 * without an argument the calling frame's local names; with one, the object's `__dir__` —
 * `module.__dir__` (its dict's keys), `type.__dir__` (the class's and its bases' `__dict__`
 * keys, not the metaclass's), `object.__dir__` (the instance dict's keys plus the class's) — as a
 * new sorted list.
 */
import { PyCellObject } from '../../engine/objects/cellObject';
import { dictItems } from '../../engine/objects/dictObject';
import { newList } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { reprOf } from '../objects/repr';
import { UnsupportedError } from '../runtime/pyError';
import { ownSlotNames } from '../objects/builtinSlots';
import { instanceDict } from '../objects/instanceDict';
import { mroOf, typeLookup } from '../objects/typeLookup';
import type { Interp } from '../runtime/interp';
import { PyModuleObject } from '../runtime/moduleObject';
import { callAny } from '../vm/callDispatch';
import type { Frame } from '../vm/frame';
import { frameNative } from '../vm/frameNatives';
import { moduleDict } from './moduleDict';
import { noKeywords } from './args';
import { collect } from './builtinFunctions';
import { getAttrOrNull } from './classBuiltins';

/** The names bound in `frame`: its namespace's (module, class body), or its bound fast locals and cells. */
export function frameLocalNames(frame: Frame): string[] {
  if (frame.locals) return frame.locals.keys();
  const code = frame.code.code;
  const names = [...code.varnames, ...code.cellvars.filter((c) => !code.varnames.includes(c)), ...code.freevars];
  const cells = new Set([...code.cellvars, ...code.freevars]);
  return names.filter((n, i) => {
    const v = frame.localsplus[i];
    return v !== null && !(cells.has(n) && v instanceof PyCellObject && v.contents === null);
  });
}

/** `type.__dir__`: the names in the `__dict__` of `t` and of every class along its MRO. */
export function typeDirNames(interp: Interp, t: PyTypeObject, into: Set<string> = new Set()): Set<string> {
  for (const c of mroOf(t)) {
    if (c instanceof PyHeapTypeObject) for (const k of c.ns.keys()) into.add(k);
    else {
      for (const k of ownSlotNames(interp.rt, c)?.keys() ?? []) into.add(k);
      for (const k of interp.methods.ownNames(c)) into.add(k);
    }
  }
  return into;
}

/** The names `dir(o)` lists, unsorted, for an object without its own `__dir__`. */
export function objectDirNames(interp: Interp, o: PyObject): Iterable<string> {
  if (o instanceof PyModuleObject) {
    o.fillLazy?.(null);
    return o.dict.keys();
  }
  if (o instanceof PyTypeObject) return typeDirNames(interp, o);
  const names = new Set<string>();
  const d = instanceDict(interp, o);
  if (d) {
    for (const e of dictItems(d)) if (typeof e.hashKey === 'string') names.add(e.hashKey);
    interp.rt.heap.decref(d);
  }
  return typeDirNames(interp, o.type, names);
}

function sortedList(interp: Interp, names: Iterable<string>): PyObject {
  return newList(interp.rt, [...names].sort().map((n) => newStr(interp.rt, n)));
}

/** `dir([object])`. */
export const dirNative = frameNative((interp, args, kwnames, caller) => {
  noKeywords(interp, 'dir', kwnames);
  if (args.length > 1) return interp.typeError(`dir expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) return sortedList(interp, caller ? frameLocalNames(caller) : []);
  const o = args[0];
  const own = o instanceof PyTypeObject ? metaclassDir(o) : o.type instanceof PyHeapTypeObject ? typeLookup(interp, o.type, '__dir__') : null;
  if (own && (o instanceof PyTypeObject || (own.type !== interp.rt.types.builtinFunction && own.type.name !== 'method_descriptor'))) {
    const r = callAny(interp, own, [o]);
    try {
      return sortedList(interp, collect(interp, r).map((s) => {
        const text = s instanceof PyUnicodeObject ? s.value : reprOf(interp, s);
        interp.rt.heap.decref(s);
        return text;
      }));
    } finally {
      interp.rt.heap.decref(r);
    }
  }
  return sortedList(interp, objectDirNames(interp, o));
});

/** A class's metaclass's own `__dir__` (EnumType's, a Python metaclass's), or null for `type.__dir__`. */
function metaclassDir(cls: PyTypeObject): PyObject | null {
  for (const c of mroOf(cls.type)) if (c instanceof PyHeapTypeObject && c.ns.has('__dir__')) return c.ns.get('__dir__') ?? null;
  return null;
}

/** `vars([object])`: the calling frame's locals, or `object.__dict__` (a module's real dict). */
export const varsNative = frameNative((interp, args, kwnames, caller) => {
  noKeywords(interp, 'vars', kwnames);
  if (args.length > 1) return interp.typeError(`vars expected at most 1 argument, got ${args.length}`);
  if (args.length === 0) {
    const ns = caller?.locals;
    if (!ns) throw new UnsupportedError('vars() without an argument inside a function', interp.line);
    interp.rt.heap.incref(ns.dict);
    return ns.dict;
  }
  const o = args[0];
  if (o instanceof PyModuleObject) return moduleDict(interp, o);
  return getAttrOrNull(interp, o, '__dict__') ?? interp.typeError('vars() argument must have __dict__ attribute');
});
