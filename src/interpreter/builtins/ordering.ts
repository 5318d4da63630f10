/**
 * Ordering with an optional key: `sorted`, `list.sort`, `min` and `max` (Objects/listobject.c,
 * Python/bltinmodule.c). Only `<` is used, as CPython's sort and `min_max` do; the sort is stable
 * (JavaScript's `Array.prototype.sort` is, like timsort).
 *
 *   sorted(it)    `PySequence_List(it)` (list_extend's growth) then `list.sort` on it
 *   l.sort(key=)  the keys are computed first, in order (`keys = PyMem_Malloc`), then released
 *   reverse=True  reverses, sorts stably, reverses again, so equal items keep their order
 *
 * sorted, list.sort, min and max are resumable natives (vm/resumableNative.ts): called from
 * Python, a Python key runs as a frame of the caller's loop, where a simulated thread can wait.
 */
import { newList, PyListObject } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import { isTrue } from '../objects/abstract';
import { compare } from '../objects/richCompare';
import { indexValue } from '../objects/numberIndex';
import { listExtendSteps } from '../objects/sequenceOps';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { resumableNative, runSteps, type PyCallStep } from '../vm/resumableNative';
import { collectSteps } from './builtinFunctions';
import { invalidKeyword, splitKeywords } from './args';
import { clinicKeywordCall } from './clinicKwtuple';

/** Sorts `items` in place by `key` (None for the items themselves), stably, only with `<`. */
export function sortItems(interp: Interp, items: PyObject[], key: PyObject | null, reverse: boolean): void {
  runSteps(interp, sortSteps(interp, items, key, reverse));
}

/**
 * sortItems as a resumable native's steps (vm/resumableNative.ts): each key call is yielded, so
 * a Python key runs as a frame of the caller's loop (a thread can wait in it). `key` is held by
 * the caller for the steps' lifetime.
 */
function* sortSteps(interp: Interp, items: PyObject[], key: PyObject | null, reverse: boolean): Generator<PyCallStep, void, PyObject> {
  const heap = interp.rt.heap;
  const keys = key === null ? items : items.map(() => interp.rt.None);
  let computed = 0;
  try {
    if (key !== null) for (; computed < items.length; computed++) keys[computed] = yield { callable: key, args: [items[computed]] };
    const order = items.map((_, i) => i);
    if (reverse) order.reverse();
    order.sort((a, b) => (compare(interp, 0, keys[a], keys[b]) ? -1 : compare(interp, 0, keys[b], keys[a]) ? 1 : 0));
    if (reverse) order.reverse();
    const sorted = order.map((i) => items[i]);
    for (let i = 0; i < items.length; i++) items[i] = sorted[i];
  } finally {
    if (key !== null) for (let i = 0; i < computed; i++) heap.decref(keys[i]);
  }
}

/** The `key=` and `reverse=` keywords of sort and sorted. */
function sortKeywords(interp: Interp, name: string, keywords: Map<string, PyObject>): { key: PyObject | null; reverse: boolean } {
  for (const k of keywords.keys()) if (k !== 'key' && k !== 'reverse') invalidKeyword(interp, name, k);
  const key = keywords.get('key');
  const reverse = keywords.get('reverse');
  return { key: key && key !== interp.rt.None ? key : null, reverse: reverse !== undefined && reverseFlag(interp, reverse) };
}

/**
 * `reverse=`: 3.12+ takes any object's truth (clinic's `bool` converter); 3.11 parses a C int
 * (`int`), so `reverse=None` is "'NoneType' object cannot be interpreted as an integer".
 */
function reverseFlag(interp: Interp, o: PyObject): boolean {
  if (interp.rt.profile.version !== '3.11') return isTrue(interp, o);
  const v = BigInt(indexValue(interp, o));
  if (v > 0x7fffffffn || v < -0x80000000n) interp.raise('OverflowError', 'Python int too large to convert to C int');
  return v !== 0n;
}

/** list.sort's clinic keywords (3.11's parser kwtuple). */
const SORT_KEYWORDS = ['key', 'reverse'];

const sorted = resumableNative(function* sortedSteps(interp, args, kwnames) {
  const { positional, keywords } = splitKeywords(args, kwnames);
  if (positional.length !== 1) interp.typeError(`sorted expected 1 argument, got ${positional.length}`);
  const { key, reverse } = sortKeywords(interp, 'sort', keywords);
  const heap = interp.rt.heap;
  const l = newList(interp.rt, []);
  if (key) heap.incref(key);
  let done = false;
  try {
    // PySequence_List: list_extend (an exact resize for a list or tuple, else appends).
    yield* listExtendSteps(interp, l, positional[0]);
    // builtin_sorted calls l.sort with its keywords: list.sort's parser (SORT_KEYWORDS) then parses them.
    clinicKeywordCall(interp, 'list.sort', SORT_KEYWORDS, kwnames);
    yield* sortSteps(interp, l.items, key, reverse);
    done = true;
  } finally {
    if (key) heap.decref(key);
    if (!done) heap.decref(l);
  }
  return l;
});

const sort = resumableNative(function* sortMethodSteps(interp, args, kwnames) {
  const l = args[0];
  if (l === undefined) return interp.typeError('unbound method list.sort() needs an argument');
  if (!(l instanceof PyListObject)) return interp.typeError(`descriptor 'sort' for 'list' objects doesn't apply to a '${l.type.name}' object`);
  const { positional, keywords } = splitKeywords(args.slice(1), kwnames);
  clinicKeywordCall(interp, 'list.sort', SORT_KEYWORDS, kwnames);
  if (positional.length > 0) interp.typeError('sort() takes no positional arguments');
  const { key, reverse } = sortKeywords(interp, 'sort', keywords);
  const heap = interp.rt.heap;
  heap.incref(l);
  if (key) heap.incref(key);
  // list_sort_impl: while it sorts, the list is empty (ob_item NULL, allocated -1), so a key sees
  // `[]`; anything that gives it an item array is a change, reported once the items are back.
  const saved = { items: l.items, allocated: l.allocated, address: l.itemsAddress };
  l.items = [];
  l.allocated = -1;
  l.itemsAddress = 0;
  let modified: boolean;
  try {
    yield* sortSteps(interp, saved.items, key, reverse);
  } finally {
    modified = l.allocated !== -1;
    const added = l.items;
    const addedAddress = l.itemsAddress;
    l.items = saved.items;
    l.allocated = saved.allocated;
    l.itemsAddress = saved.address;
    // What the key put in the list goes, last to first, then its array.
    for (let i = added.length - 1; i >= 0; i--) heap.decref(added[i]);
    if (addedAddress !== 0) heap.memory.free(addedAddress, 'list items', 'mem');
    if (key) heap.decref(key);
    heap.decref(l);
  }
  if (modified) interp.raise('ValueError', 'list modified during sort');
  return interp.none();
});

function minmax(name: 'min' | 'max'): NativeImpl {
  const op = name === 'min' ? 0 : 4;
  return resumableNative(function* minmaxSteps(interp, args, kwnames) {
    const heap = interp.rt.heap;
    const { positional, keywords } = splitKeywords(args, kwnames);
    for (const k of keywords.keys()) if (k !== 'key' && k !== 'default') invalidKeyword(interp, name, k);
    if (positional.length === 0) interp.typeError(`${name} expected at least 1 argument, got 0`);
    const dflt = keywords.get('default');
    if (dflt && positional.length > 1) interp.typeError(`Cannot specify a default for ${name}() with multiple positional arguments`);
    const keyArg = keywords.get('key');
    const key = keyArg && keyArg !== interp.rt.None ? keyArg : null;
    const items = positional.length === 1 ? yield* collectSteps(interp, positional[0]) : positional.map((x) => { heap.incref(x); return x; });
    // Held while a key frame runs (the caller's references go with its CALL).
    if (key) heap.incref(key);
    if (dflt) heap.incref(dflt);
    let bestKey: PyObject | null = null;
    let best: PyObject | null = null;
    let finished = false;
    try {
      for (const x of items) {
        const k = key ? yield { callable: key, args: [x] } : x;
        if (!key) heap.incref(k);
        if (best === null || compare(interp, op, k, bestKey as PyObject)) {
          heap.xdecref(bestKey);
          bestKey = k;
          best = x;
        } else heap.decref(k);
      }
      finished = true;
    } finally {
      heap.xdecref(bestKey);
      if (best && finished) heap.incref(best);
      for (const x of items) heap.decref(x);
      if (key) heap.decref(key);
      if (dflt && !finished) heap.decref(dflt);
    }
    if (best) {
      if (dflt) heap.decref(dflt);
      return best;
    }
    if (dflt) return dflt;
    // min_max's wording changed in 3.12 (bltinmodule.c).
    return interp.raise('ValueError', `${name}() ${interp.rt.profile.version === '3.11' ? 'arg is an empty sequence' : 'iterable argument is empty'}`);
  });
}

/** Registers sorted, min, max (replacing any earlier definitions) and list.sort. */
export function installOrdering(interp: Interp): void {
  const table: Record<string, NativeImpl> = { sorted, min: minmax('min'), max: minmax('max') };
  for (const [name, impl] of Object.entries(table)) interp.builtins.set(name, interp.nativeFunction(name, impl));
  interp.methods.define(interp.rt.types.list, 'sort', sort);
}
