/**
 * `collections.defaultdict` (Modules/_collectionsmodule.c, 3.11–3.13): a subclass of dict whose
 * object adds one pointer, `default_factory`, so an empty one measures 64 + 8 = 72 bytes on all
 * three versions (measured). Built as a class over dict with one slot for the layout; the factory
 * itself lives beside the object (the slot descriptor is replaced by a native property) and is
 * released by the type's dealloc and visited by its traverse, as `defdict_dealloc` /
 * `defdict_traverse` do.
 */
import { classTypes } from '../../engine/objects/classTypes';
import { newDescr } from '../../engine/objects/descrObject';
import { PyDictObject } from '../../engine/objects/dictObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import { PyTypeObject } from '../../engine/objects/typeObject';
import type { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { newStr } from '../../engine/objects/unicodeObject';
import { builtinContainerInit } from '../objects/builtinBase';
import { containerRepr } from '../objects/containerRepr';
import { dictStore, raiseKeyError } from '../objects/containerOps';
import { reprOf } from '../objects/repr';
import { createClass } from '../objects/typeCreate';
import { typeLookup } from '../objects/typeLookup';
import { PyNativeObject } from './nativeObject';
import type { Interp } from '../runtime/interp';
import { callAny } from '../vm/callDispatch';

import { isCallable, type NativeImpl } from '../vm/callables';

/** `default_factory` per defaultdict (owned; absent: None). */
const factories = new WeakMap<PyObject, PyObject>();

function selfDict(interp: Interp, o: PyObject): PyDictObject {
  if (!(o instanceof PyDictObject)) return interp.typeError(`descriptor requires a 'collections.defaultdict' object but received a '${o.type.name}'`);
  return o;
}

function setFactory(interp: Interp, d: PyObject, f: PyObject | null): void {
  const old = factories.get(d);
  if (f && f !== interp.rt.None) {
    interp.rt.heap.incref(f);
    factories.set(d, f);
  } else {
    factories.delete(d);
  }
  interp.rt.heap.xdecref(old ?? null);
}

/** `PyCallable_Check` over the kinds of callables the simulation has. */
function callableLike(interp: Interp, o: PyObject): boolean {
  return isCallable(o) || o instanceof PyTypeObject || o.type === classTypes(interp.rt).method
    || (o instanceof PyNativeObject && o.call !== null) || typeLookup(interp, o.type, '__call__') !== null;
}

/** `defdict_init`: the factory (callable or None), the rest to `dict.__init__`. */
const init: NativeImpl = (interp, args, kwnames) => {
  const d = selfDict(interp, args[0]);
  const nkw = kwnames ? kwnames.length : 0;
  const positional = args.slice(1, args.length - nkw);
  const factory = positional.length ? positional[0] : null;
  if (factory && factory !== interp.rt.None && !callableLike(interp, factory)) interp.typeError('first argument must be callable or None');
  setFactory(interp, d, factory);
  builtinContainerInit(interp, d, positional.slice(1));
  for (let i = 0; i < nkw; i++) {
    const k = newStr(interp.rt, (kwnames as string[])[i]);
    try {
      dictStore(interp, d, k, args[args.length - nkw + i]);
    } finally {
      interp.rt.heap.decref(k);
    }
  }
  return interp.none();
};

/** `defdict_missing`: KeyError without a factory, else `self[key] = factory()`. */
const missing: NativeImpl = (interp, args) => {
  const d = selfDict(interp, args[0]);
  const f = factories.get(d);
  if (!f) raiseKeyError(interp, args[1]);
  const v = callAny(interp, f, []);
  try {
    dictStore(interp, d, args[1], v);
  } catch (e) {
    interp.rt.heap.decref(v);
    throw e;
  }
  return v;
};

/** `defdict_repr`: `defaultdict(<factory repr>, {...})`. */
const repr: NativeImpl = (interp, args) => {
  const d = selfDict(interp, args[0]);
  const f = factories.get(d);
  const inner = containerRepr(interp, d, new Set(), reprOf) ?? '{}';
  return newStr(interp.rt, `${d.type.name}(${f ? reprOf(interp, f) : 'None'}, ${inner})`);
};

const getFactory: NativeImpl = (interp, args) => {
  const f = factories.get(args[0]) ?? interp.rt.None;
  interp.rt.heap.incref(f);
  return f;
};

const putFactory: NativeImpl = (interp, args) => {
  setFactory(interp, selfDict(interp, args[0]), args[1]);
  return interp.none();
};

/** Creates the `collections.defaultdict` class. */
export function defaultdictType(interp: Interp): PyHeapTypeObject {
  const rt = interp.rt;
  const ns = new Map<string, PyObject>();
  const fn = (name: string, impl: NativeImpl): PyObject => interp.nativeFunction(name, impl);
  ns.set('__module__', newStr(rt, 'collections'));
  ns.set('__slots__', newTuple(rt, [newStr(rt, 'default_factory')]));
  ns.set('__init__', fn('__init__', init));
  ns.set('__missing__', fn('__missing__', missing));
  ns.set('__repr__', fn('__repr__', repr));
  const t = createClass(interp, 'defaultdict', [rt.types.dict], ns);
  const prop = newDescr(rt, classTypes(rt).property, [fn('default_factory', getFactory), fn('default_factory', putFactory), null, null]);
  prop.slotName = 'default_factory';
  const old = t.ns.get('default_factory');
  t.ns.set('default_factory', prop);
  rt.heap.xdecref(old ?? null);
  const baseDealloc = t.dealloc;
  const baseTraverse = t.traverse;
  t.dealloc = (heap, o) => {
    const f = factories.get(o);
    factories.delete(o);
    if (f) heap.decref(f);
    baseDealloc(heap, o);
  };
  t.traverse = (o, visit) => {
    const f = factories.get(o);
    if (f) visit(f);
    baseTraverse(o, visit);
  };
  // A subclass's instances release and visit their factory too.
  t.nativeSlots = true;
  return t;
}
