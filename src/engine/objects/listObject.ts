/**
 * `list` (Objects/listobject.c): a 40-byte GC object (56 with the GC head) pointing at a separate
 * item array of `allocated` slots from `PyMem_Malloc`. The object itself is recycled through a free
 * list of 80; the item array is always freed. Growth over-allocates as `list_resize` does.
 *
 * Ownership: functions here *steal* the references they are given (like `_PyList_AppendTakeRef`),
 * so the interpreter increfs before storing a borrowed object.
 */
import type { Runtime } from '../runtime';
import { FreeList } from './freeList';
import { packAddress, PyGCObject, unpackAddress, UNBOXED_SEED, type PyObject } from './object';
import { TPFLAGS, type PyTypeObject } from './typeObject';

/** `PyListObject`. */
export class PyListObject extends PyGCObject {
  /** `ob_item[0:ob_size]`. */
  items: PyObject[] = [];
  /** `allocated`: slots in the item array. */
  allocated = 0;
  /** The item array's address, packed (see `packAddress`). */
  private packedItems: number;

  constructor(type: PyTypeObject, address: number) {
    super(type, address);
    this.packedItems = UNBOXED_SEED;
    this.packedItems = 0;
  }

  /** Address of the item array; 0 when `ob_item` is NULL. */
  get itemsAddress(): number {
    return unpackAddress(this.packedItems);
  }

  set itemsAddress(address: number) {
    this.packedItems = packAddress(address);
  }
}

/** `sizeof(PyListObject)`. */
export const LIST_SIZE = 40;
/** `PyList_MAXFREELIST`. */
export const LIST_MAXFREELIST = 80;

/**
 * `list_resize`'s new allocation for `newsize` items when the array must change: over-allocate by
 * ~1/8 plus 6, rounded down to a multiple of 4; if that is still too small for the requested
 * growth, round `newsize` up to a multiple of 4; 0 for an empty list. (CPython 3.9+.)
 */
export function listOverallocate(size: number, newsize: number): number {
  if (newsize === 0) return 0;
  let allocated = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - size > allocated - newsize) allocated = (newsize + 3) & ~3;
  return allocated;
}

/** The list type and its free list. */
export function makeListType(rt: Runtime): { type: PyTypeObject; freeList: FreeList<PyListObject> } {
  const freeList = new FreeList<PyListObject>('list', LIST_MAXFREELIST, LIST_SIZE);
  const type = rt.staticType({
    name: 'list', basicsize: LIST_SIZE, flags: TPFLAGS.HAVE_GC | TPFLAGS.BASETYPE,
    dealloc: (heap, o) => {
      const l = o as PyListObject;
      heap.gc.untrack(l);
      releaseItems(rt, l);
      if (l.type === type && freeList.push(heap, l)) return;
      heap.gcDel(l);
    },
    // `list_traverse` / `tupletraverse` visit the items last to first.
    traverse: (o, visit) => { const items = (o as PyListObject).items; for (let i = items.length - 1; i >= 0; i--) visit(items[i]); },
    clear: (_heap, o) => releaseItems(rt, o as PyListObject),
    sizeof: (o) => LIST_SIZE + 8 * (o as PyListObject).allocated,
  });
  return { type, freeList };
}

/**
 * `_list_clear`: empty the list, decref items last to first, free the array. A list without an
 * item array is left as it is (list.sort's `allocated == -1` marker survives a `clear()`).
 */
export function releaseItems(rt: Runtime, l: PyListObject): void {
  const items = l.items;
  const address = l.itemsAddress;
  if (address === 0 && items.length === 0) return;
  l.items = [];
  l.allocated = 0;
  l.itemsAddress = 0;
  for (let i = items.length - 1; i >= 0; i--) rt.heap.decref(items[i]);
  if (address !== 0) rt.heap.memory.free(address, 'list items', 'mem');
}

/**
 * `PyList_New(capacity)` then fill with `items` (stolen): the object from the free list or a new
 * GC block, the item array from `PyMem_Calloc(capacity, 8)` (none when capacity is 0). With
 * `genericAlloc`, the object is always a new GC block: `list(...)` allocates through
 * `PyType_GenericAlloc` (`list_vectorcall`), never from the free list.
 */
export function newList(rt: Runtime, items: PyObject[], capacity = items.length, genericAlloc = false): PyListObject {
  const heap = rt.heap;
  let l = genericAlloc ? undefined : rt.listFreeList.pop(heap);
  if (!l) l = heap.gcBorn(new PyListObject(rt.types.list, heap.objectBlock(16 + LIST_SIZE, 'list')));
  if (capacity > 0) {
    l.itemsAddress = heap.memory.memMalloc(8 * capacity, 'list items');
    l.allocated = capacity;
  }
  l.items = items;
  heap.gc.track(l);
  return l;
}

/**
 * `list_resize`: make room for `newsize` items. Nothing moves while the array is big enough and
 * at least half used; otherwise the array is reallocated (`PyMem_Realloc`) to the over-allocated
 * size. The caller then adjusts `items`.
 */
export function listResize(rt: Runtime, l: PyListObject, newsize: number): void {
  const allocated = l.allocated;
  if (allocated >= newsize && newsize >= allocated >> 1) return;
  const next = listOverallocate(l.items.length, newsize);
  l.itemsAddress = rt.heap.memory.realloc(l.itemsAddress, 8 * next, 'list items', 'mem');
  l.allocated = next;
}

/** `list.append` / `LIST_APPEND` (steals `item`). */
export function listAppend(rt: Runtime, l: PyListObject, item: PyObject): void {
  const n = l.items.length;
  if (n < l.allocated) {
    l.items.push(item);
    return;
  }
  listResize(rt, l, n + 1);
  l.items.push(item);
}
