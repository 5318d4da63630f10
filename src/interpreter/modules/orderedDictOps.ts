/**
 * `collections.OrderedDict`, the C implementation (Objects/odictobject.c, 3.11–3.13): a dict
 * subclass whose object adds eight pointers (`od_first`, `od_last`, `od_fast_nodes`,
 * `od_fast_nodes_size`, `od_resize_sentinel`, `od_state`, `od_inst_dict`, `od_weakreflist`), so an
 * empty one measures 48 + 64 + 16 = 128 bytes on all three versions, a subclass adds nothing, and
 * each key costs a 32-byte `_ODictNode` (`PyMem_Malloc`, holding a reference to the key) plus the
 * `od_fast_nodes` array of one pointer per slot of the dict's keys table, reallocated whenever the
 * table changes (`_odict_resize`, run by the next node lookup). `__sizeof__` counts all of it:
 * `dict part + 8 × fast nodes size + 32 × len` (measured: 128, 384 for one int key, 1336 for 12).
 *
 * Obscurity: the node list's order is kept as the dict's own entry order (`move_to_end` permutes
 * the live entries in place, engine `keysPermute`), so iteration, views and `popitem` follow it
 * without a second structure; sizes and the dict's table are untouched, as in CPython.
 */
import { subclassFromKeys } from '../objects/dictMethods';
import { dictContains, dictGetItem, dictPop, dictSizeof, dictClear, PyDictObject } from '../../engine/objects/dictObject';
import { keysLookup, keysPermute, EMPTY_KEYS } from '../../engine/objects/dictKeys';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import type { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { newInt } from '../../engine/objects/longObject';
import { newStr } from '../../engine/objects/unicodeObject';
import { classTypes } from '../../engine/objects/classTypes';
import { newDescr } from '../../engine/objects/descrObject';
import { getIter, getItem, isTrue, iterNext } from '../objects/abstract';
import { compare } from '../objects/richCompare';
import { dictStore, raiseKeyError } from '../objects/containerOps';
import { hashedKey } from '../objects/hashKey';
import { reprOf } from '../objects/repr';
import { createClass } from '../objects/typeCreate';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import { bindArgs } from './pyArgs';

/** `sizeof(_ODictNode)`: key, hash, next, prev. */
const NODE_SIZE = 32;
const EQ = 2;

/** The nodes and fast-nodes array of one OrderedDict. */
interface OdState {
  /** Node block address by the key object the node holds (the dict's stored key). */
  nodes: Map<PyObject, number>;
  /** `od_fast_nodes` (0: none) and `od_fast_nodes_size`. */
  fast: number;
  fastSize: number;
  /** `od_resize_sentinel`: the keys object the fast nodes were sized for. */
  sentinel: unknown;
}

const states = new WeakMap<PyObject, OdState>();
const odTypes = new WeakMap<object, PyHeapTypeObject>();

function stateOf(o: PyObject): OdState {
  let s = states.get(o);
  if (!s) states.set(o, (s = { nodes: new Map(), fast: 0, fastSize: 0, sentinel: null }));
  return s;
}

function selfOd(interp: Interp, o: PyObject, name: string): PyDictObject {
  if (!(o instanceof PyDictObject)) return interp.typeError(`descriptor '${name}' for 'collections.OrderedDict' objects doesn't apply to a '${o.type.name}' object`);
  return o;
}

/** `_odict_get_index`'s `_odict_resize`: a new fast-nodes array when the keys table changed. */
function syncFast(interp: Interp, d: PyDictObject): void {
  const s = stateOf(d);
  if (d.keys === EMPTY_KEYS) return;
  const size = 1 << d.keys.log2Size;
  if (s.sentinel === d.keys && s.fastSize === size) return;
  const memory = interp.rt.heap.memory;
  const fresh = memory.memMalloc(8 * size, 'odict fast nodes');
  if (s.fast) memory.free(s.fast, 'odict fast nodes', 'mem');
  s.fast = fresh;
  s.fastSize = size;
  s.sentinel = d.keys;
}

/** The stored key equal to `key`, or null. */
function storedKey(interp: Interp, d: PyDictObject, key: PyObject): PyObject | null {
  const ix = keysLookup(d.keys, hashedKey(interp, key));
  return ix < 0 ? null : d.keys.entries[ix].key;
}

/** `_odict_clear_node`: unlink and free the node of `key` (`_odictnode_DEALLOC`). */
function dropNode(interp: Interp, d: PyDictObject, key: PyObject): void {
  syncFast(interp, d);
  const s = stateOf(d);
  const stored = storedKey(interp, d, key);
  const address = stored ? s.nodes.get(stored) : undefined;
  if (!stored || address === undefined) return;
  s.nodes.delete(stored);
  interp.rt.heap.decref(stored);
  interp.rt.heap.memory.free(address, 'odict node', 'mem');
}

/** `PyODict_SetItem`: the dict's store, then a node for a new key (borrowed arguments). */
export function odSetItem(interp: Interp, d: PyDictObject, key: PyObject, value: PyObject): void {
  const isNew = !dictContains(d, hashedKey(interp, key));
  dictStore(interp, d, key, value);
  syncFast(interp, d);
  if (!isNew) return;
  interp.rt.heap.incref(key);
  stateOf(d).nodes.set(key, interp.rt.heap.memory.memMalloc(NODE_SIZE, 'odict node'));
}

/** `PyODict_DelItem`: the node first, then the dict's entry. */
function odDelItem(interp: Interp, d: PyDictObject, key: PyObject): void {
  if (!dictContains(d, hashedKey(interp, key))) raiseKeyError(interp, key);
  dropNode(interp, d, key);
  const v = dictPop(interp.rt, d, hashedKey(interp, key));
  if (v) interp.rt.heap.decref(v);
}

/** `_odict_clear_nodes`: the fast nodes, then every node in order. */
function clearNodes(interp: Interp, o: PyObject): void {
  const s = states.get(o);
  if (!s) return;
  const heap = interp.rt.heap;
  if (s.fast) heap.memory.free(s.fast, 'odict fast nodes', 'mem');
  s.fast = 0;
  s.fastSize = 0;
  s.sentinel = null;
  const nodes = [...s.nodes];
  s.nodes.clear();
  for (const [k, address] of nodes) {
    heap.decref(k);
    heap.memory.free(address, 'odict node', 'mem');
  }
}

/** The live keys in order (borrowed). */
function orderedKeys(d: PyDictObject): PyObject[] {
  const out: PyObject[] = [];
  for (const e of d.keys.entries) if (e.value !== null && e.key) out.push(e.key);
  return out;
}

/** `mutablemapping_update`: a mapping's keys (exact dicts through their items), else pairs, then keywords. */
function update(interp: Interp, d: PyDictObject, name: string, args: PyObject[], kwnames: string[] | null): void {
  const heap = interp.rt.heap;
  const nkw = kwnames ? kwnames.length : 0;
  const pos = args.slice(1, args.length - nkw);
  if (pos.length > 1) interp.typeError(`${name} expected at most 1 argument, got ${pos.length}`);
  const src = pos[0];
  if (src instanceof PyDictObject) {
    for (const e of [...src.keys.entries]) {
      if (e.value === null || !e.key) continue;
      const v = src.type === interp.rt.types.dict ? e.value : getItem(interp, src, e.key);
      if (v !== e.value) heap.decref(v);
      odSetItem(interp, d, e.key, v);
    }
  } else if (src) {
    const it = getIter(interp, src);
    try {
      for (let pair = iterNext(interp, it); pair; pair = iterNext(interp, it)) {
        try {
          const items: PyObject[] = [];
          const pit = getIter(interp, pair);
          try {
            for (let x = iterNext(interp, pit); x; x = iterNext(interp, pit)) items.push(x);
          } finally {
            heap.decref(pit);
          }
          try {
            if (items.length !== 2) interp.raise('ValueError', `need more than ${items.length} value${items.length === 1 ? '' : 's'} to unpack`);
            odSetItem(interp, d, items[0], items[1]);
          } finally {
            for (const x of items) heap.decref(x);
          }
        } finally {
          heap.decref(pair);
        }
      }
    } finally {
      heap.decref(it);
    }
  }
  for (let i = 0; i < nkw; i++) {
    const k = newStr(interp.rt, (kwnames as string[])[i]);
    try {
      odSetItem(interp, d, k, args[args.length - nkw + i]);
    } finally {
      heap.decref(k);
    }
  }
}

/** Removes `key` and returns its value (a new reference), or null when missing. */
function popKey(interp: Interp, d: PyDictObject, key: PyObject): PyObject | null {
  if (!dictContains(d, hashedKey(interp, key))) return null;
  dropNode(interp, d, key);
  return dictPop(interp.rt, d, hashedKey(interp, key));
}

function isOd(interp: Interp, o: PyObject): boolean {
  const t = odTypes.get(interp.rt);
  return !!t && o.type.isSubtypeOf(t);
}

/** `dict.__eq__` then, for two OrderedDicts, the same key order. */
function odEquals(interp: Interp, a: PyDictObject, b: PyObject): boolean {
  if (!(b instanceof PyDictObject) || a.used !== b.used) return false;
  for (const k of orderedKeys(a)) {
    const w = dictGetItem(b, hashedKey(interp, k));
    if (w === null || !compare(interp, EQ, dictGetItem(a, hashedKey(interp, k)) as PyObject, w)) return false;
  }
  if (!isOd(interp, b)) return true;
  const kb = orderedKeys(b);
  return orderedKeys(a).every((k, i) => k === kb[i] || compare(interp, EQ, k, kb[i]));
}

const methods: Record<string, NativeImpl> = {
  __init__: (interp, args, kwnames) => {
    update(interp, selfOd(interp, args[0], '__init__'), 'OrderedDict', args, kwnames);
    return interp.none();
  },
  update: (interp, args, kwnames) => {
    update(interp, selfOd(interp, args[0], 'update'), 'update', args, kwnames);
    return interp.none();
  },
  __setitem__: (interp, args) => {
    odSetItem(interp, selfOd(interp, args[0], '__setitem__'), args[1], args[2]);
    return interp.none();
  },
  __delitem__: (interp, args) => {
    odDelItem(interp, selfOd(interp, args[0], '__delitem__'), args[1]);
    return interp.none();
  },
  move_to_end: (interp, args, kwnames) => {
    const d = selfOd(interp, args[0], 'move_to_end');
    const [key, lastObj] = bindArgs(interp, { qualname: 'move_to_end', params: ['key', 'last'], required: 1 }, args.slice(1), kwnames);
    const last = lastObj === undefined || isTrue(interp, lastObj);
    syncFast(interp, d);
    const ix = keysLookup(d.keys, hashedKey(interp, key as PyObject));
    if (ix < 0) raiseKeyError(interp, key as PyObject);
    const live: number[] = [];
    d.keys.entries.forEach((e, i) => { if (e.value !== null && i !== ix) live.push(i); });
    keysPermute(d.keys, last ? [...live, ix] : [ix, ...live]);
    return interp.none();
  },
  popitem: (interp, args, kwnames) => {
    const d = selfOd(interp, args[0], 'popitem');
    const [lastObj] = bindArgs(interp, { qualname: 'popitem', params: ['last'], required: 0 }, args.slice(1), kwnames);
    const last = lastObj === undefined || isTrue(interp, lastObj);
    if (d.used === 0) interp.raise('KeyError', 'dictionary is empty');
    const keys = orderedKeys(d);
    const key = keys[last ? keys.length - 1 : 0];
    interp.rt.heap.incref(key);
    const value = popKey(interp, d, key) as PyObject;
    return newTuple(interp.rt, [key, value]);
  },
  pop: (interp, args, kwnames) => {
    const d = selfOd(interp, args[0], 'pop');
    const [key, dflt] = bindArgs(interp, { qualname: 'pop', params: ['key', 'default'], required: 1 }, args.slice(1), kwnames);
    const v = popKey(interp, d, key as PyObject);
    if (v) return v;
    if (dflt === undefined) raiseKeyError(interp, key as PyObject);
    interp.rt.heap.incref(dflt);
    return dflt;
  },
  setdefault: (interp, args, kwnames) => {
    const d = selfOd(interp, args[0], 'setdefault');
    const [key, dfltArg] = bindArgs(interp, { qualname: 'setdefault', params: ['key', 'default'], required: 1 }, args.slice(1), kwnames);
    const v = dictGetItem(d, hashedKey(interp, key as PyObject));
    const out = v ?? dfltArg ?? interp.rt.None;
    if (!v) odSetItem(interp, d, key as PyObject, out);
    interp.rt.heap.incref(out);
    return out;
  },
  clear: (interp, args) => {
    const d = selfOd(interp, args[0], 'clear');
    dictClear(interp.rt, d);
    clearNodes(interp, d);
    return interp.none();
  },
  copy: (interp, args) => {
    const d = selfOd(interp, args[0], 'copy');
    const c = callAny(interp, d.type, []) as PyDictObject;
    try {
      for (const k of orderedKeys(d)) odSetItem(interp, c, k, dictGetItem(d, hashedKey(interp, k)) as PyObject);
    } catch (e) {
      interp.rt.heap.decref(c);
      throw e;
    }
    return c;
  },
  __sizeof__: (interp, args) => {
    const d = selfOd(interp, args[0], '__sizeof__');
    return newInt(interp.rt, d.type.sizeof(d));
  },
  __repr__: (interp, args) => {
    const d = selfOd(interp, args[0], '__repr__');
    const name = d.type.name;
    if (d.used === 0) return newStr(interp.rt, `${name}()`);
    const parts = orderedKeys(d).map((k) => [reprOf(interp, k), reprOf(interp, dictGetItem(d, hashedKey(interp, k)) as PyObject)]);
    const body = interp.rt.profile.version === '3.11'
      ? `[${parts.map(([k, v]) => `(${k}, ${v})`).join(', ')}]`
      : `{${parts.map(([k, v]) => `${k}: ${v}`).join(', ')}}`;
    return newStr(interp.rt, `${name}(${body})`);
  },
  __eq__: (interp, args) => interp.bool(odEquals(interp, selfOd(interp, args[0], '__eq__'), args[1])),
  __ne__: (interp, args) => interp.bool(!odEquals(interp, selfOd(interp, args[0], '__ne__'), args[1])),
};

/** `OrderedDict.fromkeys(iterable, value=None)`: `cls()` filled key by key. */
const fromkeys: NativeImpl = (interp, args, kwnames) => {
  const cls = args[0] as PyTypeObject;
  const [iterable, valueArg] = bindArgs(interp, { qualname: 'fromkeys', params: ['iterable', 'value'], required: 1 }, args.slice(1), kwnames);
  const value = valueArg ?? interp.rt.None;
  return subclassFromKeys(interp, cls, iterable as PyObject, value, (d, k, v) => odSetItem(interp, d as PyDictObject, k, v));
};

/** Creates the `collections.OrderedDict` class of this runtime. */
export function orderedDictType(interp: Interp): PyHeapTypeObject {
  const rt = interp.rt;
  const existing = odTypes.get(rt);
  if (existing) return existing;
  const fields = ['od_first', 'od_last', 'od_fast_nodes', 'od_fast_nodes_size', 'od_resize_sentinel', 'od_state', 'od_inst_dict', 'od_weakreflist'];
  const ns = new Map<string, PyObject>();
  ns.set('__module__', newStr(rt, 'collections'));
  ns.set('__slots__', newTuple(rt, fields.map((f) => newStr(rt, f))));
  for (const [name, impl] of Object.entries(methods)) ns.set(name, interp.nativeFunction(name, impl));
  ns.set('fromkeys', newDescr(rt, classTypes(rt).classmethod, [interp.nativeFunction('fromkeys', fromkeys)]));
  const t = createClass(interp, 'OrderedDict', [rt.types.dict], ns);
  // The struct's fields are not attributes; od_inst_dict and od_weakreflist make a subclass add nothing.
  for (const f of fields) {
    const descr = t.ns.get(f);
    t.ns.delete(f);
    rt.heap.xdecref(descr ?? null);
  }
  t.dictMember = true;
  t.weakrefMember = true;
  t.nativeSlots = true;
  const baseDealloc = t.dealloc;
  const baseTraverse = t.traverse;
  const baseClear = t.clear;
  t.dealloc = (heap, o) => {
    clearNodes(interp, o);
    baseDealloc(heap, o);
  };
  t.traverse = (o, visit) => {
    for (const k of states.get(o)?.nodes.keys() ?? []) visit(k);
    baseTraverse(o, visit);
  };
  t.clear = (heap, o) => {
    baseClear?.(heap, o);
    clearNodes(interp, o);
  };
  t.sizeof = (o) => {
    const s = states.get(o);
    return dictSizeof(o as PyDictObject) + 8 * (s?.fastSize ?? 0) + NODE_SIZE * (s?.nodes.size ?? 0);
  };
  odTypes.set(rt, t);
  return t;
}
