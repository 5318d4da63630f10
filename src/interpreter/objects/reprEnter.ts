/**
 * `Py_ReprEnter` / `Py_ReprLeave` (Objects/object.c): the recursion guard of container reprs, and
 * its memory. CPython keeps the containers being repr'd in a list stored under `'Py_Repr'` in the
 * thread state's dict (`PyThreadState_GetDict`):
 *
 *   enter   the first use creates the dict (`PyDict_New`), the list (`PyList_New(0)`) and the
 *           dict's keys; then the container is appended (`PyList_Append`: an item array);
 *   leave   the container is removed (`PyList_SetSlice`): the array is freed when the list
 *           empties (`_list_clear`), otherwise shrunk by `list_resize`.
 *
 * So a program's first repr of a list, tuple, dict or set keeps a dict and a list alive, charged
 * to that line by tracemalloc, in 3.11 as in 3.12/3.13 (measured by test/oracle/reprEnterFirst.py:
 * the first repr counts two more GC objects and keeps a 64-byte dict more than the second).
 * `seen` is the same guard for the JS-string repr.
 */
import { dictSetItem, newDict } from '../../engine/objects/dictObject';
import { listAppend, listResize, newList, releaseItems, type PyListObject } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import type { Interp } from '../runtime/interp';

const reprLists = new WeakMap<Interp, PyListObject>();

/** The `'Py_Repr'` list of `interp`, created on first use. */
function reprList(interp: Interp): PyListObject {
  const rt = interp.rt;
  let list = reprLists.get(interp);
  if (!list) {
    const dict = newDict(rt); // the thread state dict, never freed
    list = newList(rt, []);
    const key = rt.staticString('Py_Repr');
    dictSetItem(rt, dict, { key, hashKey: key.value }, list);
    reprLists.set(interp, list);
  }
  return list;
}

/** `Py_ReprEnter`: false when `o` is already being repr'd (the caller prints `[...]`). */
export function reprEnter(interp: Interp, o: PyObject, seen: Set<PyObject>): boolean {
  if (seen.has(o)) return false;
  seen.add(o);
  const list = reprList(interp);
  interp.rt.heap.incref(o);
  listAppend(interp.rt, list, o);
  return true;
}

/** `Py_ReprLeave`: forgets `o`. */
export function reprLeave(interp: Interp, o: PyObject, seen: Set<PyObject>): void {
  seen.delete(o);
  const list = reprLists.get(interp);
  if (!list) return;
  const i = list.items.lastIndexOf(o);
  if (i < 0) return;
  const rt = interp.rt;
  if (list.items.length === 1) {
    releaseItems(rt, list);
    return;
  }
  listResize(rt, list, list.items.length - 1);
  list.items.splice(i, 1);
  rt.heap.decref(o);
}
