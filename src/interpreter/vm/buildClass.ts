/**
 * `builtins.__build_class__` (Python/bltinmodule.c): LOAD_BUILD_CLASS pushes it, and the class
 * statement calls it with the body function, the name and the bases. It runs the body with a
 * fresh namespace as its locals (`__prepare__`'s dict) and then calls the metaclass
 * (typeCreate.ts). Here the body runs as a frame of the caller's loop, so its lines are pause
 * points like any other; the frame's completion creates the class and fills `__classcell__`.
 */
import { classTypes } from '../../engine/objects/classTypes';
import { newDict, PyDictObject } from '../../engine/objects/dictObject';
import { PyFunctionObject } from '../../engine/objects/funcObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { getAttrUser } from '../objects/instanceAttrs';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { splitKeywords } from '../builtins/args';
import type { Interp } from '../runtime/interp';
import { callAny } from './callDispatch';
import { calculateMetaclass, typeNewFromEntries, unwrapDescriptor, userLookup } from './metaclass';
import type { FunctionCode } from './callables';
import { Frame } from './frame';
import { Namespace, storeHookOf } from './namespace';

/** The native behind the name (only ever called through the eval loop's CALL). */
export function buildClassNative(interp: Interp): PyObject {
  return interp.typeError('__build_class__: not enough arguments');
}

/** Whether `f` is `builtins.__build_class__`. */
export function isBuildClass(interp: Interp, f: PyObject): boolean {
  return interp.builtins.get('__build_class__') === f;
}

/**
 * `__build_class__`'s choice of metaclass: the `metaclass=` keyword or the first base's type, then
 * the most derived of it and the bases' metaclasses (a function given as metaclass is called as is).
 */
function chooseMetaclass(interp: Interp, explicit: PyObject | undefined, bases: PyObject[]): PyObject {
  const meta = explicit ?? (bases.length > 0 ? bases[0].type : interp.rt.types.type);
  return meta instanceof PyTypeObject ? calculateMetaclass(interp, meta, bases) : meta;
}

/** `meta.__prepare__(name, bases, **kw)`: the namespace the body runs in (a new reference). */
function prepareNamespace(interp: Interp, meta: PyObject, nameObj: PyObject, bases: PyObject[], kw: Map<string, PyObject>): PyDictObject {
  const rt = interp.rt;
  // type.__prepare__ is PyDict_New(): the namespace is a real dict, from the dict free list.
  const prepare = meta instanceof PyHeapTypeObject ? userLookup(meta, '__prepare__') : null;
  if (!prepare) return newDict(rt);
  const basesTuple = tupleOf(rt, bases);
  const names = [...kw.keys()];
  let ns: PyObject;
  try {
    // A class statement's __prepare__ is a classmethod (or a staticmethod, or a plain function).
    const lead = prepare.type === classTypes(rt).classmethod ? [meta] : [];
    ns = callAny(interp, unwrapDescriptor(prepare), [...lead, nameObj, basesTuple, ...kw.values()], names.length ? names : null);
  } finally {
    rt.heap.decref(basesTuple);
  }
  if (!(ns instanceof PyDictObject)) {
    const tname = ns.type.name;
    rt.heap.decref(ns);
    return interp.typeError(`${meta instanceof PyTypeObject ? meta.name : '<metaclass>'}.__prepare__() must return a mapping, not ${tname}`);
  }
  return ns;
}

function tupleOf(rt: Interp['rt'], items: PyObject[]): PyObject {
  for (const b of items) rt.heap.incref(b);
  return newTuple(rt, [...items]);
}

/**
 * `update_bases`: a base that is no class but has `__mro_entries__` (`Generic[T]`, `NamedTuple`)
 * is replaced by the tuple it returns; the tuples are kept in `entries` (owned) until the bases
 * are held.
 */
function updateBases(interp: Interp, bases: PyObject[], entries: PyObject[]): PyObject[] {
  if (bases.every((b) => b instanceof PyTypeObject)) return bases;
  const out: PyObject[] = [];
  for (const b of bases) {
    const found = b instanceof PyTypeObject ? null : getAttrUser(interp, b, '__mro_entries__', false);
    if (!found) { out.push(b); continue; }
    const basesTuple = tupleOf(interp.rt, bases);
    try {
      const r = callAny(interp, found.value, [basesTuple]);
      entries.push(r);
      if (!(r instanceof PyTupleObject)) interp.typeError('__mro_entries__ must return a tuple');
      out.push(...r.items);
    } finally {
      interp.rt.heap.decref(basesTuple);
      interp.rt.heap.decref(found.value);
    }
  }
  return out;
}

/** The class body's frame for `__build_class__(func, name, *bases, metaclass=M, **kw)`. */
export function buildClassFrame(interp: Interp, args: PyObject[], kwnames: string[] | null, previous: Frame | null): Frame {
  const rt = interp.rt;
  const { positional, keywords } = splitKeywords(args, kwnames);
  if (positional.length < 2) interp.typeError('__build_class__: not enough arguments');
  const [func, nameObj, ...origBases] = positional;
  const entries: PyObject[] = [];
  const bases = updateBases(interp, origBases, entries);
  if (!(func instanceof PyFunctionObject)) return interp.typeError('__build_class__: func must be a function');
  if (!(nameObj instanceof PyUnicodeObject)) return interp.typeError('__build_class__: name is not a string');
  const explicitMeta = keywords.get('metaclass');
  keywords.delete('metaclass');
  const meta = chooseMetaclass(interp, explicitMeta, bases);
  if (meta === rt.types.type) for (const b of bases) if (!(b instanceof PyTypeObject)) interp.typeError('bases must be types');
  const fc = func.code as FunctionCode;
  const ns = new Namespace(rt, prepareNamespace(interp, meta, nameObj, bases, keywords));
  ns.storeHook = storeHookOf(ns.dict);
  // builtin___build_class__ stores `__orig_bases__` after the body ran (last in the namespace).
  let origTuple: PyObject | null = entries.length ? tupleOf(rt, origBases) : null;
  const frame = new Frame(fc.loaded, fc.globals, ns, func, previous);
  rt.heap.incref(func);
  const held = [...bases, meta, ...keywords.values()];
  for (const o of held) rt.heap.incref(o);
  for (const t of entries) rt.heap.decref(t);
  const release = () => { for (const o of held) rt.heap.decref(o); };
  frame.completion = {
    onReturn: (value) => {
      // The metaclass call runs in the caller's frame again: tracemalloc charges the class line.
      if (previous && previous.line > 0) rt.heap.line = previous.line;
      if (origTuple) ns.set('__orig_bases__', origTuple);
      origTuple = null;
      try {
        // type_new copies the namespace into tp_dict; the dict itself dies when __build_class__ drops it.
        if (meta === rt.types.type) {
          // type has no vectorcall for three arguments (_PyObject_MakeTpCall): the (name, bases,
          // ns) tuple lives through type_new. Its middle item stands for __build_class__'s bases
          // tuple, which typeCreate.ts allocates as the class's __bases__.
          const callArgs = tupleOf(rt, [nameObj, rt.emptyTuple, ns.dict]);
          try {
            return typeNewFromEntries(interp, nameObj.value, bases as PyTypeObject[], ns, keywords, rt.types.type, ns.dict);
          } finally {
            rt.heap.decref(callArgs);
          }
        }
        const basesTuple = tupleOf(rt, bases);
        const names = [...keywords.keys()];
        try {
          return callAny(interp, meta, [nameObj, basesTuple, ns.dict, ...keywords.values()], names.length ? names : null);
        } finally {
          rt.heap.decref(basesTuple);
        }
      } finally {
        rt.heap.decref(ns.dict);
        rt.heap.decref(value);
        release();
      }
    },
    onError: () => {
      rt.heap.xdecref(origTuple);
      rt.heap.decref(ns.dict);
      release();
    },
  };
  return frame;
}
