/**
 * `collections.deque` for the interpreter (Modules/_collectionsmodule.c, 3.11–3.13) over the
 * engine's block chain (engine/objects/dequeObject.ts): the constructor (`deque_new` +
 * `deque_init`, which extends), the methods, and the protocol hooks the abstract layer calls
 * (`len`, truth, `in`, `==`, `d[i]`, `iter`, `repr`, `maxlen`). The iterator is a 72-byte
 * `_collections._deque_iterator` (measured on all three versions) that raises CPython's
 * "deque mutated during iteration" when the deque's `state` moved.
 */
import {
  dequeAppend, dequeAppendLeft, dequeClear, dequeExtendStart, dequeItems, dequePop, dequePopLeft, dequeRotate, makeDequeType,
  newDeque, PyDequeObject, BLOCKLEN,
} from '../../engine/objects/dequeObject';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { equals, getIter, iterNext } from '../objects/abstract';
import { reprOf } from '../objects/repr';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { newNativeObject, nativeType } from './nativeObject';
import { bindArgs } from './pyArgs';
import { asSize, positional } from './moduleArgs';
import type { FoundAttr } from '../objects/instanceAttrs';

const dequeTypes = new WeakMap<object, PyTypeObject>();

/** The item at logical index `k` (borrowed). */
function dequeAt(d: PyDequeObject, k: number): PyObject {
  const abs = d.leftindex + k;
  return d.blocks[Math.floor(abs / BLOCKLEN)].data[abs % BLOCKLEN] as PyObject;
}

/** Releases what an append trimmed off a bounded deque. */
function release(interp: Interp, trimmed: PyObject | null): void {
  if (trimmed) interp.rt.heap.decref(trimmed);
}

/** `deque_extend` / `deque_extendleft` (borrowed iterable). */
function extend(interp: Interp, d: PyDequeObject, iterable: PyObject, left: boolean): void {
  const heap = interp.rt.heap;
  if (iterable === d) {
    const items = dequeItems(d);
    for (const x of items) heap.incref(x);
    for (const x of items) release(interp, left ? dequeAppendLeft(interp.rt, d, x) : dequeAppend(interp.rt, d, x));
    return;
  }
  const it = getIter(interp, iterable);
  try {
    if (d.maxlen === 0) {
      for (let x = iterNext(interp, it); x; x = iterNext(interp, it)) heap.decref(x);
      return;
    }
    dequeExtendStart(d, left);
    for (let x = iterNext(interp, it); x; x = iterNext(interp, it)) {
      release(interp, left ? dequeAppendLeft(interp.rt, d, x) : dequeAppend(interp.rt, d, x));
    }
  } finally {
    heap.decref(it);
  }
}

function self(interp: Interp, o: PyObject, name: string): PyDequeObject {
  if (!(o instanceof PyDequeObject)) return interp.typeError(`descriptor '${name}' requires a 'collections.deque' object but received a '${o.type.name}'`);
  return o;
}

/** `deque.index(x)`'s position or -1, comparing from `start` to `stop`; raises if the deque mutates. */
function find(interp: Interp, d: PyDequeObject, x: PyObject, start: number, stop: number): number {
  const state = d.state;
  for (let k = start; k < stop && k < d.size; k++) {
    const item = dequeAt(d, k);
    interp.rt.heap.incref(item);
    let eq: boolean;
    try {
      eq = equals(interp, item, x);
    } finally {
      interp.rt.heap.decref(item);
    }
    if (d.state !== state) interp.raise('RuntimeError', 'deque mutated during iteration');
    if (eq) return k;
  }
  return -1;
}

/** The deque type of this interpreter's runtime, its constructor and methods defined once. */
export function dequeType(interp: Interp): PyTypeObject {
  const rt = interp.rt;
  const existing = dequeTypes.get(rt);
  if (existing) return existing;
  const type = makeDequeType(rt);
  dequeTypes.set(rt, type);
  interp.typeCalls.set(type, (i, t, args, kwnames) => {
    const [iterable, maxlenObj] = bindArgs(i, { qualname: 'deque', params: ['iterable', 'maxlen'], required: 0 }, args, kwnames);
    let maxlen = -1;
    if (maxlenObj && maxlenObj !== rt.None) {
      maxlen = asSize(i, maxlenObj);
      if (maxlen < 0) i.raise('ValueError', 'maxlen must be non-negative');
    }
    const d = newDeque(rt, t, maxlen);
    try {
      if (iterable) extend(i, d, iterable, false);
    } catch (e) {
      rt.heap.decref(d);
      throw e;
    }
    return d;
  });
  const methods: Record<string, NativeImpl> = {
    append: (i, args, kw) => { positional(i, 'append', args, kw, 2); rt.heap.incref(args[1]); release(i, dequeAppend(rt, self(i, args[0], 'append'), args[1])); return i.none(); },
    appendleft: (i, args, kw) => { positional(i, 'appendleft', args, kw, 2); rt.heap.incref(args[1]); release(i, dequeAppendLeft(rt, self(i, args[0], 'appendleft'), args[1])); return i.none(); },
    pop: (i, args, kw) => {
      positional(i, 'pop', args, kw, 1);
      const d = self(i, args[0], 'pop');
      if (d.size === 0) i.raise('IndexError', 'pop from an empty deque');
      return dequePop(rt, d);
    },
    popleft: (i, args, kw) => {
      positional(i, 'popleft', args, kw, 1);
      const d = self(i, args[0], 'popleft');
      if (d.size === 0) i.raise('IndexError', 'pop from an empty deque');
      return dequePopLeft(rt, d);
    },
    extend: (i, args, kw) => { positional(i, 'extend', args, kw, 2); extend(i, self(i, args[0], 'extend'), args[1], false); return i.none(); },
    extendleft: (i, args, kw) => { positional(i, 'extendleft', args, kw, 2); extend(i, self(i, args[0], 'extendleft'), args[1], true); return i.none(); },
    rotate: (i, args, kw) => {
      positional(i, 'rotate', args, kw, 1, 2);
      dequeRotate(rt, self(i, args[0], 'rotate'), args.length > 1 ? asSize(i, args[1]) : 1);
      return i.none();
    },
    clear: (i, args, kw) => { positional(i, 'clear', args, kw, 1); dequeClear(rt, self(i, args[0], 'clear')); return i.none(); },
    count: (i, args, kw) => {
      positional(i, 'count', args, kw, 2);
      const d = self(i, args[0], 'count');
      let n = 0;
      for (let at = find(i, d, args[1], 0, d.size); at >= 0; at = find(i, d, args[1], at + 1, d.size)) n++;
      return newInt(rt, n);
    },
    index: (i, args, kw) => {
      positional(i, 'index', args, kw, 2, 4);
      const d = self(i, args[0], 'index');
      const norm = (o: PyObject | undefined, dflt: number): number => {
        if (!o) return dflt;
        let v = asSize(i, o);
        if (v < 0) v = Math.max(0, v + d.size);
        return Math.min(v, d.size);
      };
      const at = find(i, d, args[1], norm(args[2], 0), norm(args[3], d.size));
      if (at < 0) i.raise('ValueError', `${reprOf(i, args[1])} is not in deque`);
      return newInt(rt, at);
    },
    remove: (i, args, kw) => {
      positional(i, 'remove', args, kw, 2);
      const d = self(i, args[0], 'remove');
      const at = find(i, d, args[1], 0, d.size);
      if (at < 0) i.raise('ValueError', `${reprOf(i, args[1])} is not in deque`);
      // deque_remove: rotate the item to the left end, popleft it, rotate back.
      dequeRotate(rt, d, -at);
      const item = dequePopLeft(rt, d);
      dequeRotate(rt, d, at);
      rt.heap.decref(item);
      return i.none();
    },
  };
  for (const [name, impl] of Object.entries(methods)) interp.methods.define(type, name, impl);
  return type;
}

/** `len(d)` of a deque; undefined for other objects. */
export function dequeLength(o: PyObject): number | undefined {
  return o instanceof PyDequeObject ? o.size : undefined;
}

/** `x in d`; undefined when `o` is not a deque. */
export function dequeContains(interp: Interp, o: PyObject, x: PyObject): boolean | undefined {
  if (!(o instanceof PyDequeObject)) return undefined;
  return find(interp, o, x, 0, o.size) >= 0;
}

/** `deque_richcompare`'s `==`: two deques, item by item; undefined unless both are deques. */
export function dequeEquals(interp: Interp, a: PyObject, b: PyObject): boolean | undefined {
  if (!(a instanceof PyDequeObject) || !(b instanceof PyDequeObject)) return a instanceof PyDequeObject || b instanceof PyDequeObject ? false : undefined;
  if (a.size !== b.size) return false;
  for (let k = 0; k < a.size; k++) if (!equals(interp, dequeAt(a, k), dequeAt(b, k))) return false;
  return true;
}

/** `d[i]` (`deque_item`); undefined when `o` is not a deque. */
export function dequeSubscript(interp: Interp, o: PyObject, key: PyObject): PyObject | undefined {
  if (!(o instanceof PyDequeObject)) return undefined;
  if (!(key instanceof PyLongObject)) return interp.typeError(`sequence index must be integer, not '${key.type.name}'`);
  let k = Number(key.value);
  if (k < 0) k += o.size;
  if (k < 0 || k >= o.size) interp.raise('IndexError', 'deque index out of range');
  const v = dequeAt(o, k);
  interp.rt.heap.incref(v);
  return v;
}

/** `iter(d)`: a `_deque_iterator`; undefined when `o` is not a deque. */
export function dequeIter(interp: Interp, o: PyObject): PyObject | undefined {
  if (!(o instanceof PyDequeObject)) return undefined;
  interp.rt.heap.incref(o);
  const it = newNativeObject(interp, nativeType(interp, '_collections._deque_iterator', 72), [o]);
  const state = o.state;
  let k = 0;
  it.next = (i) => {
    const d = it.refs[0] as PyDequeObject | null;
    if (!d) return null;
    if (d.state !== state) i.raise('RuntimeError', 'deque mutated during iteration');
    if (k >= d.size) return null;
    const v = dequeAt(d, k++);
    i.rt.heap.incref(v);
    return v;
  };
  return it;
}

/** `repr(d)`: `deque([1, 2])`, `deque([...], maxlen=3)`; null when `o` is not a deque. */
export function dequeRepr(interp: Interp, o: PyObject, seen: Set<PyObject>): string | null {
  if (!(o instanceof PyDequeObject)) return null;
  if (seen.has(o)) return '[...]';
  seen.add(o);
  const body = dequeItems(o).map((x) => reprOf(interp, x, seen)).join(', ');
  seen.delete(o);
  return o.maxlen >= 0 ? `${o.type.name}([${body}], maxlen=${o.maxlen})` : `${o.type.name}([${body}])`;
}

/** `d.maxlen` (None when unbounded); null for other attributes or objects. */
export function dequeGetAttr(interp: Interp, o: PyObject, name: string): FoundAttr | null {
  if (!(o instanceof PyDequeObject) || name !== 'maxlen') return null;
  return { value: o.maxlen < 0 ? interp.none() : newInt(interp.rt, o.maxlen), method: false };
}
