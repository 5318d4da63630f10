/**
 * `collections.Counter` (Lib/collections/__init__.py, 3.11–3.13): a dict subclass written in
 * Python in CPython, so an instance is a plain dict-subclass object with `__dict__` and
 * `__weakref__` (getsizeof of an empty one 88 on 3.11, 80 on 3.12/3.13, measured). Here the class is
 * made by `createClass` over dict like a class statement's, with its methods native functions in
 * its namespace. The semantics follow the documented behaviour: missing keys count 0,
 * `most_common` is a stable sort by count (ties keep insertion order), the binary operators keep
 * only positive counts, the in-place ones drop non-positive counts afterwards, comparisons
 * (3.10+) treat missing elements as 0, and `repr` lists `most_common()` order.
 *
 * Obscurity: `most_common(n)` returns `heapq.nlargest`'s list, whose shape differs by path (one
 * item or n at least the size: an exact list; otherwise a list grown by appends), so getsizeof
 * of the result matches CPython's.
 */
import { dictItems, PyDictObject } from '../../engine/objects/dictObject';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { listAppend, listOverallocate, newList } from '../../engine/objects/listObject';
import { newTuple } from '../../engine/objects/tupleObject';
import type { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { newStr } from '../../engine/objects/unicodeObject';
import { getItem, getIter, iterNext, setItem } from '../objects/abstract';
import { binaryOp } from '../objects/numberProtocol';
import { compare } from '../objects/richCompare';
import { dictStore } from '../objects/containerOps';
import { dictUpdateArg } from '../objects/dictMethods';
import { hashedKey } from '../objects/hashKey';
import { reprOf } from '../objects/repr';
import { createClass } from '../objects/typeCreate';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import { dictGetItem, dictContains, dictDelItem } from '../../engine/objects/dictObject';
import { newNativeObject, nativeType } from './nativeObject';
import { asSize } from './moduleArgs';

const ADD = 0;
const SUB = 10;
const LT = 0;
const LE = 1;
const EQ = 2;
const GT = 4;

const counterTypes = new WeakMap<object, PyHeapTypeObject>();

function selfCounter(interp: Interp, o: PyObject, name: string): PyDictObject {
  if (!(o instanceof PyDictObject)) return interp.typeError(`descriptor '${name}' for 'Counter' objects doesn't apply to a '${o.type.name}' object`);
  return o;
}

/** A snapshot of the (key, count) pairs, each borrowed but kept alive for the caller's loop. */
function pairs(d: PyDictObject): Array<[PyObject, PyObject]> {
  return dictItems(d).map((e) => [e.key, e.value]);
}

/** `self.get(elem, 0)` through the dict (a new reference). */
function countOf(interp: Interp, d: PyDictObject, elem: PyObject): PyObject {
  const v = dictGetItem(d, hashedKey(interp, elem));
  if (v) {
    interp.rt.heap.incref(v);
    return v;
  }
  return newInt(interp.rt, 0);
}

/** `self[elem] = op(self.get(elem, 0), by)` (by borrowed). */
function bump(interp: Interp, d: PyDictObject, elem: PyObject, nb: number, by: PyObject): void {
  const old = countOf(interp, d, elem);
  try {
    const v = binaryOp(interp, nb, old, by);
    try {
      setItem(interp, d, elem, v);
    } finally {
      interp.rt.heap.decref(v);
    }
  } finally {
    interp.rt.heap.decref(old);
  }
}

/** Whether `o` is a Counter (of this runtime). */
function isCounter(interp: Interp, o: PyObject): boolean {
  const t = counterTypes.get(interp.rt);
  return !!t && o.type.isSubtypeOf(t);
}

/** A mapping for `update`/`subtract`: a dict (or subclass) is; anything else counts its elements. */
function isMapping(o: PyObject): boolean {
  return o instanceof PyDictObject;
}

/** `update` (sign +1) or `subtract` (sign -1) with one optional iterable and keywords. */
function addFrom(interp: Interp, d: PyDictObject, name: string, args: PyObject[], kwnames: string[] | null, nb: number): void {
  const nkw = kwnames ? kwnames.length : 0;
  const pos = args.slice(1, args.length - nkw);
  if (pos.length > 1) interp.typeError(`${name}() takes from 1 to 2 positional arguments but ${pos.length + 1} were given`);
  const source = pos[0];
  const heap = interp.rt.heap;
  if (source && source !== interp.rt.None) {
    if (isMapping(source)) {
      // An empty Counter updated from a mapping takes dict.update's fast path (`super().update`).
      if (nb === ADD && d.used === 0 && !isCounter(interp, source)) dictUpdateArg(interp, d, source);
      else if (nb === ADD && d.used === 0) dictUpdateArg(interp, d, source);
      else for (const [k, v] of pairs(source as PyDictObject)) bump(interp, d, k, nb, v);
    } else {
      const one = newInt(interp.rt, 1);
      const it = getIter(interp, source);
      try {
        for (let x = iterNext(interp, it); x; x = iterNext(interp, it)) {
          try {
            bump(interp, d, x, nb, one);
          } finally {
            heap.decref(x);
          }
        }
      } finally {
        heap.decref(it);
        heap.decref(one);
      }
    }
  }
  for (let i = 0; i < nkw; i++) {
    const k = newStr(interp.rt, (kwnames as string[])[i]);
    try {
      bump(interp, d, k, nb, args[args.length - nkw + i]);
    } finally {
      heap.decref(k);
    }
  }
}

/** The items sorted by count, largest first, ties in insertion order (new references, as tuples). */
function sortedPairs(interp: Interp, d: PyDictObject): PyObject[] {
  const ps = pairs(d);
  const order = ps.map((_, i) => i);
  order.sort((a, b) => (compare(interp, LT, ps[b][1], ps[a][1]) ? -1 : compare(interp, LT, ps[a][1], ps[b][1]) ? 1 : 0));
  return order.map((i) => {
    interp.rt.heap.incref(ps[i][0]);
    interp.rt.heap.incref(ps[i][1]);
    return newTuple(interp.rt, [ps[i][0], ps[i][1]]);
  });
}

/** A new empty Counter. */
function newCounter(interp: Interp): PyDictObject {
  const t = counterTypes.get(interp.rt) as PyHeapTypeObject;
  return callAny(interp, t, []) as PyDictObject;
}

function otherCounter(interp: Interp, args: PyObject[], op: string): [PyDictObject, PyDictObject] {
  const a = selfCounter(interp, args[0], op);
  const b = args[1];
  if (!isCounter(interp, b)) return interp.typeError(`unsupported operand type(s) for ${op}: '${a.type.name}' and '${b.type.name}'`);
  return [a, b as PyDictObject];
}

function positive(interp: Interp, v: PyObject): boolean {
  const zero = newInt(interp.rt, 0);
  try {
    return compare(interp, GT, v, zero);
  } finally {
    interp.rt.heap.decref(zero);
  }
}

/** `other[elem]` through `__missing__` (a new reference). */
function lookup(interp: Interp, c: PyDictObject, elem: PyObject): PyObject {
  return getItem(interp, c, elem);
}

/** Builds a new Counter from `pick(elem, count)` over self's items then other's absent ones. */
function combine(
  interp: Interp, a: PyDictObject, b: PyDictObject,
  mine: (elem: PyObject, count: PyObject) => PyObject | null,
  theirs: ((count: PyObject) => PyObject | null) | null,
): PyObject {
  const heap = interp.rt.heap;
  const result = newCounter(interp);
  const put = (elem: PyObject, v: PyObject | null): void => {
    if (!v) return;
    try {
      if (positive(interp, v)) dictStore(interp, result, elem, v);
    } finally {
      heap.decref(v);
    }
  };
  for (const [k, v] of pairs(a)) put(k, mine(k, v));
  if (theirs) for (const [k, v] of pairs(b)) if (!dictContains(a, hashedKey(interp, k))) put(k, theirs(v));
  return result;
}

function negate(interp: Interp, v: PyObject): PyObject {
  const zero = newInt(interp.rt, 0);
  try {
    return binaryOp(interp, SUB, zero, v);
  } finally {
    interp.rt.heap.decref(zero);
  }
}

/** Removes the non-positive counts and returns self (`_keep_positive`). */
function keepPositive(interp: Interp, d: PyDictObject): PyObject {
  const doomed = pairs(d).filter(([, v]) => !positive(interp, v)).map(([k]) => k);
  for (const k of doomed) {
    interp.rt.heap.incref(k);
    dictDelItem(interp.rt, d, hashedKey(interp, k));
    interp.rt.heap.decref(k);
  }
  interp.rt.heap.incref(d);
  return d;
}

/** `all(cmp(self[e], other[e]) for c in (self, other) for e in c)`. */
function allCounts(interp: Interp, a: PyDictObject, b: PyDictObject, op: number): boolean {
  for (const c of [a, b]) {
    for (const [k] of pairs(c)) {
      const x = lookup(interp, a, k);
      const y = lookup(interp, b, k);
      try {
        if (!compare(interp, op, x, y)) return false;
      } finally {
        interp.rt.heap.decref(x);
        interp.rt.heap.decref(y);
      }
    }
  }
  return true;
}

function comparison(name: string, symbol: string, test: (interp: Interp, a: PyDictObject, b: PyDictObject) => boolean): NativeImpl {
  return (interp, args) => {
    const a = selfCounter(interp, args[0], name);
    const b = args[1];
    if (!isCounter(interp, b)) {
      if (symbol === '==' || symbol === '!=') {
        const same = b instanceof PyDictObject && sameItems(interp, a, b);
        return interp.bool(symbol === '==' ? same : !same);
      }
      return interp.typeError(`'${symbol}' not supported between instances of '${a.type.name}' and '${b.type.name}'`);
    }
    return interp.bool(test(interp, a, b as PyDictObject));
  };
}

/** `dict.__eq__`, which answers when the other side is a mapping but not a Counter. */
function sameItems(interp: Interp, a: PyDictObject, b: PyDictObject): boolean {
  if (a.used !== b.used) return false;
  return pairs(a).every(([k, v]) => {
    const w = dictGetItem(b, hashedKey(interp, k));
    return w !== null && compare(interp, EQ, v, w);
  });
}

const methods: Record<string, NativeImpl> = {
  __init__: (interp, args, kwnames) => {
    const d = selfCounter(interp, args[0], '__init__');
    addFrom(interp, d, '__init__', args, kwnames, ADD);
    return interp.none();
  },
  __missing__: (interp) => newInt(interp.rt, 0),
  update: (interp, args, kwnames) => {
    addFrom(interp, selfCounter(interp, args[0], 'update'), 'update', args, kwnames, ADD);
    return interp.none();
  },
  subtract: (interp, args, kwnames) => {
    addFrom(interp, selfCounter(interp, args[0], 'subtract'), 'subtract', args, kwnames, SUB);
    return interp.none();
  },
  total: (interp, args) => {
    const d = selfCounter(interp, args[0], 'total');
    let sum: PyObject = newInt(interp.rt, 0);
    for (const [, v] of pairs(d)) {
      const next = binaryOp(interp, ADD, sum, v);
      interp.rt.heap.decref(sum);
      sum = next;
    }
    return sum;
  },
  most_common: (interp, args, kwnames) => {
    const d = selfCounter(interp, args[0], 'most_common');
    const nObj = args[1] ?? (kwnames?.[0] === 'n' ? args[args.length - 1] : undefined);
    const all = sortedPairs(interp, d);
    // sorted(self.items()): list_preallocate_exact rounds the length up to even; 3.13's
    // list_extend of a dict view resizes with over-allocation instead.
    if (!nObj || nObj === interp.rt.None) {
      const capacity = interp.rt.profile.version === '3.13' ? listOverallocate(0, all.length) : (all.length + 1) & ~1;
      return newList(interp.rt, all, capacity);
    }
    const n = asSize(interp, nObj);
    const take = Math.max(0, Math.min(n, all.length));
    for (const x of all.slice(take)) interp.rt.heap.decref(x);
    const chosen = all.slice(0, take);
    // heapq.nlargest: max() for one, sorted()[:n] when n covers the input, else a grown list.
    if (n === 1 || n >= all.length || chosen.length === 0) return newList(interp.rt, chosen);
    const out = newList(interp.rt, []);
    for (const x of chosen) listAppend(interp.rt, out, x);
    return out;
  },
  elements: (interp, args) => {
    const d = selfCounter(interp, args[0], 'elements');
    interp.rt.heap.incref(d);
    const it = newNativeObject(interp, nativeType(interp, 'itertools.chain', 48), [d]);
    const ps = pairs(d);
    let at = 0;
    let left = -1;
    it.next = (i) => {
      while (at < ps.length) {
        if (left < 0) {
          const c = ps[at][1];
          left = c instanceof PyLongObject ? Math.max(0, Number(c.value)) : 0;
        }
        if (left > 0) {
          left--;
          i.rt.heap.incref(ps[at][0]);
          return ps[at][0];
        }
        at++;
        left = -1;
      }
      return null;
    };
    return it;
  },
  copy: (interp, args) => callAny(interp, selfCounter(interp, args[0], 'copy').type, [args[0]]),
  __delitem__: (interp, args) => {
    const d = selfCounter(interp, args[0], '__delitem__');
    dictDelItem(interp.rt, d, hashedKey(interp, args[1]));
    return interp.none();
  },
  __repr__: (interp, args) => {
    const d = selfCounter(interp, args[0], '__repr__');
    if (d.used === 0) return newStr(interp.rt, `${d.type.name}()`);
    const items = sortedPairs(interp, d);
    try {
      const body = items.map((t) => {
        const [k, v] = (t as unknown as { items: PyObject[] }).items;
        return `${reprOf(interp, k)}: ${reprOf(interp, v)}`;
      }).join(', ');
      return newStr(interp.rt, `${d.type.name}({${body}})`);
    } finally {
      for (const t of items) interp.rt.heap.decref(t);
    }
  },
  __add__: (interp, args) => {
    const [a, b] = otherCounter(interp, args, '+');
    return combine(interp, a, b, (k, v) => {
      const o = lookup(interp, b, k);
      try {
        return binaryOp(interp, ADD, v, o);
      } finally {
        interp.rt.heap.decref(o);
      }
    }, (v) => { interp.rt.heap.incref(v); return v; });
  },
  __sub__: (interp, args) => {
    const [a, b] = otherCounter(interp, args, '-');
    return combine(interp, a, b, (k, v) => {
      const o = lookup(interp, b, k);
      try {
        return binaryOp(interp, SUB, v, o);
      } finally {
        interp.rt.heap.decref(o);
      }
    }, (v) => negate(interp, v));
  },
  __or__: (interp, args) => {
    const [a, b] = otherCounter(interp, args, '|');
    return combine(interp, a, b, (k, v) => {
      const o = lookup(interp, b, k);
      const pick = compare(interp, LT, v, o) ? o : v;
      interp.rt.heap.incref(pick);
      interp.rt.heap.decref(o);
      return pick;
    }, (v) => { interp.rt.heap.incref(v); return v; });
  },
  __and__: (interp, args) => {
    const [a, b] = otherCounter(interp, args, '&');
    return combine(interp, a, b, (k, v) => {
      const o = lookup(interp, b, k);
      const pick = compare(interp, LT, v, o) ? v : o;
      interp.rt.heap.incref(pick);
      interp.rt.heap.decref(o);
      return pick;
    }, null);
  },
  __pos__: (interp, args) => {
    const a = selfCounter(interp, args[0], '__pos__');
    return combine(interp, a, a, (_k, v) => { interp.rt.heap.incref(v); return v; }, null);
  },
  __neg__: (interp, args) => {
    const a = selfCounter(interp, args[0], '__neg__');
    return combine(interp, a, a, (_k, v) => negate(interp, v), null);
  },
  __iadd__: (interp, args) => {
    const [a, b] = otherCounter(interp, args, '+=');
    for (const [k, v] of pairs(b)) bump(interp, a, k, ADD, v);
    return keepPositive(interp, a);
  },
  __isub__: (interp, args) => {
    const [a, b] = otherCounter(interp, args, '-=');
    for (const [k, v] of pairs(b)) bump(interp, a, k, SUB, v);
    return keepPositive(interp, a);
  },
  __ior__: (interp, args) => {
    const [a, b] = otherCounter(interp, args, '|=');
    for (const [k, v] of pairs(b)) {
      const mine = lookup(interp, a, k);
      try {
        if (compare(interp, GT, v, mine)) setItem(interp, a, k, v);
      } finally {
        interp.rt.heap.decref(mine);
      }
    }
    return keepPositive(interp, a);
  },
  __iand__: (interp, args) => {
    const [a, b] = otherCounter(interp, args, '&=');
    for (const [k, v] of pairs(a)) {
      const theirs = lookup(interp, b, k);
      try {
        if (compare(interp, LT, theirs, v)) setItem(interp, a, k, theirs);
      } finally {
        interp.rt.heap.decref(theirs);
      }
    }
    return keepPositive(interp, a);
  },
  __eq__: comparison('__eq__', '==', (i, a, b) => allCounts(i, a, b, EQ)),
  __ne__: comparison('__ne__', '!=', (i, a, b) => !allCounts(i, a, b, EQ)),
  __le__: comparison('__le__', '<=', (i, a, b) => allCounts(i, a, b, LE)),
  __lt__: comparison('__lt__', '<', (i, a, b) => allCounts(i, a, b, LE) && !allCounts(i, a, b, EQ)),
  __ge__: comparison('__ge__', '>=', (i, a, b) => allCounts(i, b, a, LE)),
  __gt__: comparison('__gt__', '>', (i, a, b) => allCounts(i, b, a, LE) && !allCounts(i, a, b, EQ)),
};

/** Creates the `collections.Counter` class of this runtime. */
export function counterType(interp: Interp): PyHeapTypeObject {
  const rt = interp.rt;
  const existing = counterTypes.get(rt);
  if (existing) return existing;
  const ns = new Map<string, PyObject>();
  ns.set('__module__', newStr(rt, 'collections'));
  for (const [name, impl] of Object.entries(methods)) ns.set(name, interp.nativeFunction(name, impl));
  const t = createClass(interp, 'Counter', [rt.types.dict], ns);
  counterTypes.set(rt, t);
  return t;
}
