/**
 * `collections.deque` for the interpreter (Modules/_collectionsmodule.c, 3.11–3.13) over the
 * engine's block chain (engine/objects/dequeObject.ts): the constructor (`deque_new` +
 * `deque_init`, which extends), the methods, and the protocol hooks the abstract layer calls
 * (`len`, truth, `in`, `==`, `d[i]`, `iter`, `repr`, `maxlen`). The iterator is a 72-byte
 * `_collections._deque_iterator` (measured on all three versions) that raises CPython's
 * "deque mutated during iteration" when the deque's `state` moved.
 */
import { reprEnter, reprLeave } from '../objects/reprEnter';
import {
  dequeAppend, dequeAppendLeft, dequeClear, dequeExtendStart, dequeItems, dequePop, dequePopLeft, dequeRotate, makeDequeType,
  newDeque, PyDequeObject, BLOCKLEN,
} from '../../engine/objects/dequeObject';
import { newIntFromSsize, PyLongObject } from '../../engine/objects/longObject';
import { newList } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { getIter, iterNext } from '../objects/abstract';
import { equals } from '../objects/richCompare';
import { reprOf } from '../objects/repr';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { newNativeObject, nativeType } from './nativeObject';
import { bindArgs } from './pyArgs';
import { asSize, positional } from './moduleArgs';
import type { FoundAttr } from '../objects/typeLookup';

const dequeTypes = new WeakMap<object, PyTypeObject>();

/** The item at logical index `k` (borrowed). */
function dequeAt(d: PyDequeObject, k: number): PyObject {
  const abs = d.leftindex + k;
  return d.blocks[Math.floor(abs / BLOCKLEN)].data[abs % BLOCKLEN] as PyObject;
}

/** Stores `v` at logical index `k` (the old item comes back, still owned by the caller). */
function dequeSetAt(d: PyDequeObject, k: number, v: PyObject): PyObject {
  const abs = d.leftindex + k;
  const block = d.blocks[Math.floor(abs / BLOCKLEN)];
  const old = block.data[abs % BLOCKLEN] as PyObject;
  block.data[abs % BLOCKLEN] = v;
  return old;
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
      return newIntFromSsize(rt, n);
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
      return newIntFromSsize(rt, at);
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
  const more: Record<string, NativeImpl> = {
    insert: (i, args, kw) => {
      positional(i, 'insert', args, kw, 3);
      const d = self(i, args[0], 'insert');
      dequeInsert(i, d, asSize(i, args[1]), args[2]);
      return i.none();
    },
    reverse: (i, args, kw) => {
      positional(i, 'reverse', args, kw, 1);
      const d = self(i, args[0], 'reverse');
      // deque_reverse swaps in place: no allocation, no state change.
      for (let a = 0, b = d.size - 1; a < b; a++, b--) dequeSetAt(d, b, dequeSetAt(d, a, dequeAt(d, b)));
      return i.none();
    },
    __reversed__: (i, args, kw) => { positional(i, '__reversed__', args, kw, 1); return dequeIterFrom(i, self(i, args[0], '__reversed__'), true); },
    copy: (i, args, kw) => { positional(i, 'copy', args, kw, 1); return dequeCopy(i, self(i, args[0], 'copy')); },
    __copy__: (i, args, kw) => { positional(i, '__copy__', args, kw, 1); return dequeCopy(i, self(i, args[0], '__copy__')); },
  };
  for (const [name, impl] of Object.entries({ ...methods, ...more })) interp.methods.define(type, name, impl);
  return type;
}

/** `deque_insert`: at either end an append, else rotate, append, rotate back. */
function dequeInsert(interp: Interp, d: PyDequeObject, index: number, value: PyObject): void {
  const rt = interp.rt;
  const n = d.size;
  if (d.maxlen === n) interp.raise('IndexError', 'deque already at its maximum size');
  rt.heap.incref(value);
  if (index >= n) { release(interp, dequeAppend(rt, d, value)); return; }
  if (index <= -n || index === 0) { release(interp, dequeAppendLeft(rt, d, value)); return; }
  dequeRotate(rt, d, -index);
  release(interp, index < 0 ? dequeAppend(rt, d, value) : dequeAppendLeft(rt, d, value));
  dequeRotate(rt, d, index);
}

/** `deque_copy` of an exact deque: a new one of the same maxlen extended from the old (one item: appended). */
function dequeCopy(interp: Interp, d: PyDequeObject): PyDequeObject {
  const rt = interp.rt;
  const c = newDeque(rt, d.type, d.maxlen);
  try {
    if (d.size === 1) {
      const x = dequeAt(d, 0);
      rt.heap.incref(x);
      release(interp, dequeAppend(rt, c, x));
    } else {
      extend(interp, c, d, false);
    }
  } catch (e) {
    rt.heap.decref(c);
    throw e;
  }
  return c;
}

/** `deque_inplace_repeat`: one item appended n-1 times (capped at maxlen), else extends by a list copy. */
function dequeRepeatInPlace(interp: Interp, d: PyDequeObject, n: number): void {
  const rt = interp.rt;
  const size = d.size;
  if (n === 1 || size === 0) return;
  if (n <= 0) { dequeClear(rt, d); return; }
  if (size === 1) {
    const item = dequeAt(d, 0);
    if (d.maxlen >= 0 && n > d.maxlen) n = d.maxlen;
    for (let k = 0; k < n - 1; k++) {
      rt.heap.incref(item);
      release(interp, dequeAppend(rt, d, item));
    }
    return;
  }
  const items = dequeItems(d);
  for (const x of items) rt.heap.incref(x);
  const seq = newList(rt, items);
  try {
    if (d.maxlen >= 0 && n * size > d.maxlen) n = Math.floor((d.maxlen + size - 1) / size);
    for (let k = 0; k < n - 1; k++) extend(interp, d, seq, false);
  } finally {
    rt.heap.decref(seq);
  }
}

/** `repeat count` of `d * n` / `n * d`: the int operand's value, or null when it is not an int. */
function repeatOperand(o: PyObject): number | null {
  return o instanceof PyLongObject ? Number(o.value) : null;
}

/**
 * The deque's number and sequence slots (`+`, `*`, `+=`, `*=`) for `binaryOp`; undefined when no
 * deque is involved or the other operand does not fit.
 */
export function dequeBinaryOp(interp: Interp, nb: number, a: PyObject, b: PyObject): PyObject | undefined {
  const inPlace = nb >= 13;
  const base = inPlace ? nb - 13 : nb;
  if (base === 0 && a instanceof PyDequeObject) {
    if (inPlace) {
      extend(interp, a, b, false);
      interp.rt.heap.incref(a);
      return a;
    }
    if (!(b instanceof PyDequeObject)) return interp.typeError(`can only concatenate deque (not "${b.type.name}") to deque`);
    const c = dequeCopy(interp, a);
    try {
      extend(interp, c, b, false);
    } catch (e) {
      interp.rt.heap.decref(c);
      throw e;
    }
    return c;
  }
  if (base === 5) {
    const [d, n] = a instanceof PyDequeObject ? [a, repeatOperand(b)] : b instanceof PyDequeObject && !inPlace ? [b, repeatOperand(a)] : [null, null];
    if (!d || n === null) return undefined;
    if (inPlace) {
      dequeRepeatInPlace(interp, d, n);
      interp.rt.heap.incref(d);
      return d;
    }
    const c = dequeCopy(interp, d);
    try {
      dequeRepeatInPlace(interp, c, n);
    } catch (e) {
      interp.rt.heap.decref(c);
      throw e;
    }
    return c;
  }
  return undefined;
}

/**
 * `deque_richcompare`'s ordering: both sides iterated (two `_deque_iterator`s) to the first
 * unequal pair, whose order decides, else the lengths; undefined unless both are deques.
 */
export function dequeOrder(interp: Interp, a: PyObject, b: PyObject, order: (x: PyObject, y: PyObject) => number): number | undefined {
  if (!(a instanceof PyDequeObject) || !(b instanceof PyDequeObject)) return undefined;
  const heap = interp.rt.heap;
  const it1 = dequeIter(interp, a) as PyObject;
  const it2 = dequeIter(interp, b) as PyObject;
  try {
    for (;;) {
      const x = iterNext(interp, it1);
      const y = iterNext(interp, it2);
      try {
        if (!x || !y) return a.size - b.size;
        if (!equals(interp, x, y)) return order(x, y);
      } finally {
        heap.xdecref(x);
        heap.xdecref(y);
      }
    }
  } finally {
    heap.decref(it1);
    heap.decref(it2);
  }
}

/** `d[i] = x` (`deque_ass_item`); false when `o` is not a deque. */
export function dequeSetItem(interp: Interp, o: PyObject, key: PyObject, value: PyObject): boolean {
  if (!(o instanceof PyDequeObject)) return false;
  const k = dequeIndex(interp, o, key);
  interp.rt.heap.incref(value);
  interp.rt.heap.decref(dequeSetAt(o, k, value));
  return true;
}

/** `del d[i]` (`deque_del_item`: rotate it to the left end, popleft, rotate back); false when not a deque. */
export function dequeDelItem(interp: Interp, o: PyObject, key: PyObject): boolean {
  if (!(o instanceof PyDequeObject)) return false;
  const k = dequeIndex(interp, o, key);
  dequeRotate(interp.rt, o, -k);
  const item = dequePopLeft(interp.rt, o);
  dequeRotate(interp.rt, o, k);
  interp.rt.heap.decref(item);
  return true;
}

function dequeIndex(interp: Interp, d: PyDequeObject, key: PyObject): number {
  if (!(key instanceof PyLongObject)) return interp.typeError(`sequence index must be integer, not '${key.type.name}'`);
  let k = Number(key.value);
  if (k < 0) k += d.size;
  if (k < 0 || k >= d.size) interp.raise('IndexError', 'deque index out of range');
  return k;
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
  return dequeIterFrom(interp, o, false);
}

/**
 * A `_deque_iterator`, or for `reversed(d)` a `_deque_reverse_iterator` (the same 72-byte
 * dequeiterobject walking from the right end).
 */
function dequeIterFrom(interp: Interp, o: PyDequeObject, reverse: boolean): PyObject {
  interp.rt.heap.incref(o);
  const name = reverse ? '_collections._deque_reverse_iterator' : '_collections._deque_iterator';
  const it = newNativeObject(interp, nativeType(interp, name, 72), [o]);
  const state = o.state;
  let k = 0;
  it.next = (i) => {
    const d = it.refs[0] as PyDequeObject | null;
    if (!d) return null;
    if (d.state !== state) i.raise('RuntimeError', 'deque mutated during iteration');
    if (k >= d.size) return null;
    const v = dequeAt(d, reverse ? d.size - 1 - k++ : k++);
    i.rt.heap.incref(v);
    return v;
  };
  return it;
}

/** `repr(d)`: `deque([1, 2])`, `deque([...], maxlen=3)`; null when `o` is not a deque. */
export function dequeRepr(interp: Interp, o: PyObject, seen: Set<PyObject>): string | null {
  if (!(o instanceof PyDequeObject)) return null;
  if (!reprEnter(interp, o, seen)) return '[...]';
  let body: string;
  try {
    body = dequeItems(o).map((x) => reprOf(interp, x, seen)).join(', ');
  } finally {
    reprLeave(interp, o, seen);
  }
  return o.maxlen >= 0 ? `${o.type.name}([${body}], maxlen=${o.maxlen})` : `${o.type.name}([${body}])`;
}

/** `d.maxlen` (None when unbounded); null for other attributes or objects. */
export function dequeGetAttr(interp: Interp, o: PyObject, name: string): FoundAttr | null {
  if (!(o instanceof PyDequeObject) || name !== 'maxlen') return null;
  return { value: o.maxlen < 0 ? interp.none() : newIntFromSsize(interp.rt, o.maxlen), method: false };
}
