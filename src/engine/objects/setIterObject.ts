/**
 * `set_iterator` (Objects/setobject.c, 3.11–3.13): 48 bytes (64 with the GC head): the set,
 * `si_used`, `si_pos`, `len`. It walks the table in slot order and lets go of the set once
 * exhausted; a change in the set's size is an error (`'changed'`, the caller raises
 * `RuntimeError: Set changed size during iteration`).
 */
import type { Runtime } from '../runtime';
import { PyGCObject, type PyObject } from './object';
import { newTrackedObject, refFieldsType } from './refFieldsType';
import { DUMMY, type PySetObject } from './setObject';
import type { PyTypeObject } from './typeObject';

/** `setiterobject`. */
export class PySetIterObject extends PyGCObject {
  set: PySetObject | null = null;
  used = 0;
  pos = 0;
  len = 0;
}

/** The set_iterator type. */
export function makeSetIterType(rt: Runtime): PyTypeObject {
  return refFieldsType<PySetIterObject>(rt, 'set_iterator', 48, ['set']);
}

/** `set_iter`: a tracked iterator over `s` (a new reference to it is taken). */
export function newSetIter(rt: Runtime, s: PySetObject): PySetIterObject {
  const it = newTrackedObject(rt, rt.types.setIterator, (t, a) => new PySetIterObject(t, a));
  rt.heap.incref(s);
  it.set = s;
  it.used = s.used;
  it.len = s.used;
  return it;
}

/** `setiter_iternext`: the next key (a new reference), null when exhausted, or `'changed'`. */
export function setIterNext(rt: Runtime, it: PySetIterObject): PyObject | null | 'changed' {
  const s = it.set;
  if (s === null) return null;
  if (it.used !== s.used) {
    it.used = -1;
    return 'changed';
  }
  const table = s.table;
  let i = it.pos;
  while (i <= s.mask && (table[i] === null || table[i] === DUMMY)) i++;
  it.pos = i + 1;
  if (i > s.mask) {
    it.set = null;
    rt.heap.decref(s);
    return null;
  }
  it.len--;
  const e = table[i];
  const key = (e as Exclude<typeof e, null | typeof DUMMY>).key;
  rt.heap.incref(key);
  return key;
}
