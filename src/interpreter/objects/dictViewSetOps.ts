/**
 * Dict views as sets (Objects/dictobject.c `dictviews_or/and/sub/xor`, `dictviews_isdisjoint`,
 * `dictview_richcompare`): `d.keys()` and `d.items()` combine with any iterable into a new set.
 *
 *   view | other   set(left) updated with right        view - other   set(left) minus right
 *   view ^ other   set(left) symmetric-updated          view & other   see `intersect`
 *   ==, <, <=...   against a set or another keys/items view: sizes, then containment
 *
 * The left operand is whichever came first (`{1} | d.keys()` starts from the set), as CPython's
 * slot functions receive both operands in order. `values()` views are not sets.
 */
import { PyDictViewObject } from '../../engine/objects/dictViewObject';
import type { PyObject } from '../../engine/objects/object';
import { PySetObject, setAdd } from '../../engine/objects/setObject';
import type { Interp } from '../runtime/interp';
import { contains, getIter, iterNext, length } from './abstract';
import { makeNewSet, setBinaryOp, setInPlaceOp } from './setMethods';
import { hashedKey } from './hashKey';
import { noKeywords } from '../builtins/args';

/** Whether `o` is a keys or items view (`PyDictViewSet_Check`). */
export function isViewSet(o: PyObject): o is PyDictViewObject {
  return o instanceof PyDictViewObject && o.kind !== 'values';
}

/** `| & - ^` with a keys or items view on either side; undefined when neither is one. */
export function dictViewBinaryOp(interp: Interp, op: string, a: PyObject, b: PyObject): PyObject | undefined {
  if (!(isViewSet(a) || isViewSet(b)) || !['|', '&', '-', '^'].includes(op)) return undefined;
  if (op === '&') return intersect(interp, a, b);
  const rt = interp.rt;
  const result = makeNewSet(interp, rt.types.set, a);
  try {
    // The in-place set operators over an iterable right operand: set(b) first when it is not a set.
    const other = b instanceof PySetObject ? b : makeNewSet(interp, rt.types.set, b);
    try {
      const r = setInPlaceOp(interp, op, result, other) as PyObject;
      rt.heap.decref(r);
    } finally {
      if (other !== b) rt.heap.decref(other);
    }
  } catch (e) {
    rt.heap.decref(result);
    throw e;
  }
  return result;
}

/**
 * `_PyDictView_Intersect`: the view goes left; a set at least as large answers with its own
 * `intersection`; otherwise the smaller side is iterated and each item kept that the view holds.
 */
function intersect(interp: Interp, a: PyObject, b: PyObject): PyObject {
  let self = a;
  let other = b;
  if (!isViewSet(self)) [self, other] = [other, self];
  const lenSelf = length(interp, self);
  if (other instanceof PySetObject && other.type === interp.rt.types.set && lenSelf <= other.used) {
    const asSet = makeNewSet(interp, interp.rt.types.set, self);
    try {
      return setBinaryOp(interp, '&', other, asSet) as PyObject;
    } finally {
      interp.rt.heap.decref(asSet);
    }
  }
  if (isViewSet(other) && length(interp, other) > lenSelf) [self, other] = [other, self];
  const result = makeNewSet(interp, interp.rt.types.set, null);
  const it = getIter(interp, other);
  try {
    for (let x = iterNext(interp, it); x; x = iterNext(interp, it)) {
      if (contains(interp, self, x)) setAdd(interp.rt, result, hashedKey(interp, x));
      else interp.rt.heap.decref(x);
    }
  } finally {
    interp.rt.heap.decref(it);
  }
  return result;
}

/** `dictviews_isdisjoint`: no item of `other` is in the view. */
export function viewIsDisjoint(interp: Interp, view: PyDictViewObject, other: PyObject): boolean {
  const it = getIter(interp, other);
  try {
    for (let x = iterNext(interp, it); x; x = iterNext(interp, it)) {
      const found = contains(interp, view, x);
      interp.rt.heap.decref(x);
      if (found) return false;
    }
    return true;
  } finally {
    interp.rt.heap.decref(it);
  }
}

/** `dictview_richcompare` (op 0..5); undefined unless a view meets a set or another view. */
export function dictViewCompare(interp: Interp, op: number, a: PyObject, b: PyObject): boolean | undefined {
  const setLike = (o: PyObject) => o instanceof PySetObject || isViewSet(o);
  if (!(isViewSet(a) || isViewSet(b)) || !setLike(a) || !setLike(b)) return undefined;
  const la = length(interp, a);
  const lb = length(interp, b);
  const within = (x: PyObject, y: PyObject) => allContainedIn(interp, x, y);
  switch (op) {
    case 2: return la === lb && within(a, b);
    case 3: return !(la === lb && within(a, b));
    case 0: return la < lb && within(a, b);
    case 1: return la <= lb && within(a, b);
    case 4: return la > lb && within(b, a);
    default: return la >= lb && within(b, a);
  }
}

/** `all_contained_in`: every item of `a` is in `b`. */
function allContainedIn(interp: Interp, a: PyObject, b: PyObject): boolean {
  const it = getIter(interp, a);
  try {
    for (let x = iterNext(interp, it); x; x = iterNext(interp, it)) {
      const found = contains(interp, b, x);
      interp.rt.heap.decref(x);
      if (!found) return false;
    }
    return true;
  } finally {
    interp.rt.heap.decref(it);
  }
}

/** Registers `isdisjoint` on keys and items views. */
export function installDictViewSetOps(interp: Interp): void {
  const views = interp.rt.types.dictViews.views;
  for (const t of [views.keys, views.items]) {
    interp.methods.define(t, 'isdisjoint', (i, args, kwnames) => {
      noKeywords(i, 'isdisjoint', kwnames);
      if (args.length !== 2) i.typeError(`${t.name}.isdisjoint() takes exactly one argument (${args.length - 1} given)`);
      return i.bool(viewIsDisjoint(i, args[0] as PyDictViewObject, args[1]));
    });
  }
}
