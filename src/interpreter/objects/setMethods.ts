/**
 * `set` and `frozenset` in the interpreter (Objects/setobject.c, 3.11–3.13): the constructors,
 * the methods, the operators `| & - ^` (and their in-place forms on sets), and the subset
 * comparisons. Allocation follows CPython's algorithms, since they decide table sizes and
 * iteration order: `a | b` copies a then merges b; `a & b` walks the smaller operand into a new
 * set; `a - b` copies and removes when a is over four times larger, else adds the survivors;
 * `a ^ b` copies b, then removes or adds each key of a.
 */
import { dictContains, PyDictObject } from '../../engine/objects/dictObject';
import type { PyObject } from '../../engine/objects/object';
import {
  newSet, PySetObject, setAdd, setClear, setContains, setCopy, setDiscard, setEntries, setMerge, setPop, setUpdateFromDict,
  type SetEntry,
} from '../../engine/objects/setObject';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { argRange, noKeywords } from '../builtins/args';
import type { Interp, TypeCall } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { getIter, iterNext } from './abstract';
import type { PyStep } from '../vm/resumableNative';
import { chainsItems, nextItem } from '../builtins/iterItemSteps';
import { raiseKeyError } from './containerOps';
import { hashedKey } from './hashKey';

/** `PyAnySet_Check`. */
function isAnySet(o: PyObject): o is PySetObject {
  return o instanceof PySetObject;
}

/** `set_add_key`: adds `key` (borrowed: the set takes its own reference). */
function addKey(interp: Interp, s: PySetObject, key: PyObject): void {
  const k = hashedKey(interp, key);
  interp.rt.heap.incref(key);
  setAdd(interp.rt, s, k);
}

/** `set_update_internal(so, other)`: merge a set, add a dict's keys, else iterate. */
export function setUpdateInternal(interp: Interp, s: PySetObject, other: PyObject): void {
  const rt = interp.rt;
  if (isAnySet(other)) return setMerge(rt, s, other);
  if (other instanceof PyDictObject && other.type === rt.types.dict) return setUpdateFromDict(rt, s, other);
  const it = getIter(interp, other);
  try {
    for (let v = iterNext(interp, it); v !== null; v = iterNext(interp, it)) addItem(interp, s, v);
  } finally {
    rt.heap.decref(it);
  }
}

/** Adds `v` (stolen) to `s`; an unhashable item is released. */
function addItem(interp: Interp, s: PySetObject, v: PyObject): void {
  try {
    setAdd(interp.rt, s, hashedKey(interp, v));
  } catch (e) {
    interp.rt.heap.decref(v);
    throw e;
  }
}

/** `set(iterable)`'s update as a resumable native's steps (builtins/threadConsumers.ts): `set(gen())` in a thread. */
export function* setUpdateSteps(interp: Interp, s: PySetObject, other: PyObject): Generator<PyStep, void, PyObject> {
  if (isAnySet(other) || (other instanceof PyDictObject && other.type === interp.rt.types.dict)) return setUpdateInternal(interp, s, other);
  const it = getIter(interp, other);
  const chain = chainsItems(interp, it);
  try {
    for (let v = chain ? yield* nextItem(interp, it) : iterNext(interp, it); v !== null; v = chain ? yield* nextItem(interp, it) : iterNext(interp, it)) addItem(interp, s, v);
  } finally {
    interp.rt.heap.decref(it);
  }
}

/** `make_new_set(type, iterable)`. */
export function makeNewSet(interp: Interp, type: PyTypeObject, iterable: PyObject | null): PySetObject {
  const s = newSet(interp.rt, type);
  if (iterable) {
    try {
      setUpdateInternal(interp, s, iterable);
    } catch (e) {
      interp.rt.heap.decref(s);
      throw e;
    }
  }
  return s;
}

/** `make_new_set_basetype`: a set for a set's result, a frozenset for a frozenset's. */
function baseType(interp: Interp, s: PySetObject): PyTypeObject {
  return s.type === interp.rt.types.frozenset ? interp.rt.types.frozenset : interp.rt.types.set;
}

/** Whether `other` contains entry `e` (a set by hash, a dict by key). */
function entryIn(other: PySetObject | PyDictObject, e: SetEntry): boolean {
  return other instanceof PySetObject ? setContains(other, e) : dictContains(other, e);
}

/** `set_intersection(so, other)`. */
function intersection(interp: Interp, so: PySetObject, other: PyObject): PySetObject {
  const rt = interp.rt;
  if (so === other) return setCopy(rt, so, baseType(interp, so));
  const result = newSet(rt, baseType(interp, so));
  if (isAnySet(other)) {
    let [small, large] = [other, so];
    if (other.used > so.used) [small, large] = [so, other];
    for (const e of setEntries(small)) {
      if (setContains(large, e)) {
        rt.heap.incref(e.key);
        setAdd(rt, result, e);
      }
    }
    return result;
  }
  const it = getIter(interp, other);
  try {
    for (let v = iterNext(interp, it); v !== null; v = iterNext(interp, it)) {
      const k = hashedKey(interp, v);
      if (setContains(so, k)) setAdd(rt, result, k);
      else rt.heap.decref(v);
    }
  } catch (e) {
    rt.heap.decref(result);
    throw e;
  } finally {
    rt.heap.decref(it);
  }
  return result;
}

/** `set_difference_update_internal(so, other)`. */
function differenceUpdate(interp: Interp, so: PySetObject, other: PyObject): void {
  const rt = interp.rt;
  if (so === other) return setClear(rt, so);
  if (isAnySet(other)) {
    for (const e of setEntries(other)) setDiscard(rt, so, e);
    return;
  }
  const it = getIter(interp, other);
  try {
    for (let v = iterNext(interp, it); v !== null; v = iterNext(interp, it)) {
      try {
        setDiscard(rt, so, hashedKey(interp, v));
      } finally {
        rt.heap.decref(v);
      }
    }
  } finally {
    rt.heap.decref(it);
  }
}

/** `set_difference(so, other)`. */
function difference(interp: Interp, so: PySetObject, other: PyObject): PySetObject {
  const rt = interp.rt;
  const otherSize = isAnySet(other) ? other.used : other instanceof PyDictObject && other.type === rt.types.dict ? other.used : -1;
  if (otherSize < 0 || (so.used >> 2) > otherSize) {
    const result = setCopy(rt, so, baseType(interp, so));
    try {
      differenceUpdate(interp, result, other);
    } catch (e) {
      rt.heap.decref(result);
      throw e;
    }
    return result;
  }
  const result = newSet(rt, baseType(interp, so));
  const o = other as PySetObject | PyDictObject;
  for (const e of setEntries(so)) {
    if (!entryIn(o, e)) {
      rt.heap.incref(e.key);
      setAdd(rt, result, e);
    }
  }
  return result;
}

/** `set_symmetric_difference_update(so, other)`. */
function symmetricDifferenceUpdate(interp: Interp, so: PySetObject, other: PyObject): void {
  const rt = interp.rt;
  if (so === other) return setClear(rt, so);
  const src = isAnySet(other) ? other : makeNewSet(interp, rt.types.set, other);
  try {
    for (const e of setEntries(src)) {
      if (!setDiscard(rt, so, e)) {
        rt.heap.incref(e.key);
        setAdd(rt, so, e);
      }
    }
  } finally {
    if (src !== other) rt.heap.decref(src);
  }
}

/** `set_symmetric_difference(so, other)`: a set of other, updated by so. */
function symmetricDifference(interp: Interp, so: PySetObject, other: PyObject): PySetObject {
  const result = makeNewSet(interp, baseType(interp, so), other);
  try {
    symmetricDifferenceUpdate(interp, result, so);
  } catch (e) {
    interp.rt.heap.decref(result);
    throw e;
  }
  return result;
}

/** `set_copy` then `set_update_internal`: `a | b`, `a.union(b)`. */
function union(interp: Interp, so: PySetObject, others: PyObject[]): PySetObject {
  const result = setCopy(interp.rt, so, baseType(interp, so));
  try {
    for (const o of others) if (o !== so) setUpdateInternal(interp, result, o);
  } catch (e) {
    interp.rt.heap.decref(result);
    throw e;
  }
  return result;
}

/** `set_issubset(so, other)`. */
function isSubset(_interp: Interp, so: PySetObject, other: PySetObject): boolean {
  if (so.used > other.used) return false;
  return setEntries(so).every((e) => setContains(other, e));
}

/** A set of `other` when it is not one already (borrowed or new: check `!== other`). */
function asSet(interp: Interp, other: PyObject): PySetObject {
  return isAnySet(other) ? other : makeNewSet(interp, interp.rt.types.set, other);
}

/** The operators `| & - ^` and in-place forms, for two sets or frozensets; undefined otherwise. */
export function setBinaryOp(interp: Interp, op: string, a: PyObject, b: PyObject): PyObject | undefined {
  if (!isAnySet(a) || !isAnySet(b) || !['|', '&', '-', '^'].includes(op)) return undefined;
  return binary(interp, op, a, b);
}

function binary(interp: Interp, op: string, a: PySetObject, b: PySetObject): PyObject {
  switch (op) {
    case '|': return union(interp, a, [b]);
    case '&': return intersection(interp, a, b);
    case '-': return difference(interp, a, b);
    default: return symmetricDifference(interp, a, b);
  }
}

/**
 * `set_ior`, `set_iand`, `set_isub`, `set_ixor` (BINARY_OP's in-place forms on a set): the set
 * is updated and returned; a frozenset falls back to the binary operator. Undefined when not ours.
 */
export function setInPlaceOp(interp: Interp, op: string, a: PyObject, b: PyObject): PyObject | undefined {
  if (!isAnySet(a) || !isAnySet(b) || !['|', '&', '-', '^'].includes(op)) return undefined;
  if (a.type === interp.rt.types.frozenset) return binary(interp, op, a, b);
  const rt = interp.rt;
  switch (op) {
    case '|': setUpdateInternal(interp, a, b); break;
    case '-': differenceUpdate(interp, a, b); break;
    case '^': symmetricDifferenceUpdate(interp, a, b); break;
    default: intersectionUpdate(interp, a, b);
  }
  rt.heap.incref(a);
  return a;
}

/** `set_intersection_update`: the intersection, then swapped into `so` (`set_swap_bodies`). */
function intersectionUpdate(interp: Interp, so: PySetObject, other: PyObject): void {
  const tmp = intersection(interp, so, other);
  swapBodies(so, tmp);
  interp.rt.heap.decref(tmp);
}

/** `set_swap_bodies`: exchange the tables (and their memory) of two sets. */
function swapBodies(a: PySetObject, b: PySetObject): void {
  const fields = ['fill', 'used', 'mask', 'table', 'tableAddress', 'finger'] as const;
  for (const f of fields) {
    const t = a[f];
    (a as unknown as Record<string, unknown>)[f] = b[f];
    (b as unknown as Record<string, unknown>)[f] = t;
  }
}

/** `set_richcompare` for `<`, `<=`, `>`, `>=` (op 0, 1, 4, 5); undefined when not two sets. */
export function setCompare(interp: Interp, op: number, a: PyObject, b: PyObject): boolean | undefined {
  if (!isAnySet(a) || !isAnySet(b) || op === 2 || op === 3) return undefined;
  switch (op) {
    case 0: return a.used < b.used && isSubset(interp, a, b);
    case 1: return isSubset(interp, a, b);
    case 4: return a.used > b.used && isSubset(interp, b, a);
    default: return isSubset(interp, b, a);
  }
}

function self(interp: Interp, args: PyObject[], name: string, mutable = false): PySetObject {
  const s = args[0];
  const t = interp.rt.types;
  if (!(s instanceof PySetObject) || (mutable && s.type === t.frozenset)) {
    return interp.typeError(`descriptor '${name}' for '${mutable ? 'set' : 'frozenset'}' objects doesn't apply to a '${s.type.name}' object`);
  }
  return s;
}

function oneArg(interp: Interp, args: PyObject[], name: string): PyObject {
  if (args.length !== 2) interp.typeError(`set.${name}() takes exactly one argument (${args.length - 1} given)`);
  return args[1];
}

const add: NativeImpl = (interp, args) => {
  addKey(interp, self(interp, args, 'add', true), oneArg(interp, args, 'add'));
  return interp.none();
};

const discard: NativeImpl = (interp, args) => {
  const s = self(interp, args, 'discard', true);
  setDiscard(interp.rt, s, hashedKey(interp, oneArg(interp, args, 'discard')));
  return interp.none();
};

const remove: NativeImpl = (interp, args) => {
  const s = self(interp, args, 'remove', true);
  const key = oneArg(interp, args, 'remove');
  if (!setDiscard(interp.rt, s, hashedKey(interp, key))) raiseKeyError(interp, key);
  return interp.none();
};

const pop: NativeImpl = (interp, args) => {
  const v = setPop(self(interp, args, 'pop', true));
  return v ?? interp.raise('KeyError', 'pop from an empty set');
};

const clear: NativeImpl = (interp, args) => {
  setClear(interp.rt, self(interp, args, 'clear', true));
  return interp.none();
};

const update: NativeImpl = (interp, args) => {
  const s = self(interp, args, 'update', true);
  for (const o of args.slice(1)) setUpdateInternal(interp, s, o);
  return interp.none();
};

const copy: NativeImpl = (interp, args) => {
  const s = self(interp, args, 'copy');
  if (s.type === interp.rt.types.frozenset) {
    interp.rt.heap.incref(s);
    return s;
  }
  return setCopy(interp.rt, s, interp.rt.types.set);
};

const unionMethod: NativeImpl = (interp, args) => union(interp, self(interp, args, 'union'), args.slice(1));

const intersectionMethod: NativeImpl = (interp, args) => {
  const s = self(interp, args, 'intersection');
  if (args.length === 1) return setCopy(interp.rt, s, baseType(interp, s));
  let result: PySetObject = s;
  interp.rt.heap.incref(s);
  for (const o of args.slice(1)) {
    const next = intersection(interp, result, o);
    interp.rt.heap.decref(result);
    result = next;
  }
  return result;
};

const differenceMethod: NativeImpl = (interp, args) => {
  const s = self(interp, args, 'difference');
  if (args.length === 1) return setCopy(interp.rt, s, baseType(interp, s));
  const result = difference(interp, s, args[1]);
  for (const o of args.slice(2)) differenceUpdate(interp, result, o);
  return result;
};

const symmetricDifferenceMethod: NativeImpl = (interp, args) =>
  symmetricDifference(interp, self(interp, args, 'symmetric_difference'), oneArg(interp, args, 'symmetric_difference'));

const inPlaceMethod = (name: string, f: (interp: Interp, s: PySetObject, o: PyObject) => void): NativeImpl => (interp, args) => {
  const s = self(interp, args, name, true);
  for (const o of args.slice(1)) f(interp, s, o);
  return interp.none();
};

const subsetTest = (name: string, test: (interp: Interp, s: PySetObject, o: PySetObject) => boolean): NativeImpl => (interp, args) => {
  const s = self(interp, args, name);
  const o = asSet(interp, oneArg(interp, args, name));
  try {
    return interp.bool(test(interp, s, o));
  } finally {
    if (o !== args[1]) interp.rt.heap.decref(o);
  }
};

/** The constructors: `set(iterable)` and `frozenset(iterable)` (an exact frozenset argument is returned). */
const setCall: TypeCall = (interp, type, args, kwnames) => {
  noKeywords(interp, type.name, kwnames);
  argRange(interp, type.name, args, 0, 1);
  if (type === interp.rt.types.frozenset && args[0] instanceof PySetObject && args[0].type === type) {
    interp.rt.heap.incref(args[0]);
    return args[0];
  }
  return makeNewSet(interp, type, args[0] ?? null);
};

/** Registers the set and frozenset methods and constructors. */
export function installSetMethods(interp: Interp): void {
  const { set, frozenset } = interp.rt.types;
  const common: Record<string, NativeImpl> = {
    copy, union: unionMethod, intersection: intersectionMethod, difference: differenceMethod,
    symmetric_difference: symmetricDifferenceMethod,
    issubset: subsetTest('issubset', isSubset),
    issuperset: subsetTest('issuperset', (i, s, o) => isSubset(i, o, s)),
    isdisjoint: subsetTest('isdisjoint', (_i, s, o) => !setEntries(s).some((e) => setContains(o, e))),
  };
  const mutating: Record<string, NativeImpl> = {
    add, discard, remove, pop, clear, update,
    difference_update: inPlaceMethod('difference_update', differenceUpdate),
    intersection_update: inPlaceMethod('intersection_update', intersectionUpdate),
    symmetric_difference_update: inPlaceMethod('symmetric_difference_update', symmetricDifferenceUpdate),
  };
  for (const [name, impl] of Object.entries(common)) {
    interp.methods.define(set, name, impl);
    interp.methods.define(frozenset, name, impl);
  }
  for (const [name, impl] of Object.entries(mutating)) interp.methods.define(set, name, impl);
  for (const t of [set, frozenset]) {
    interp.typeCalls.set(t, setCall);
    interp.builtins.set(t.name, t);
  }
}
