/**
 * The capacity (`allocated`) of a list along every path that sizes its item array, mirroring
 * `list_resize`, `list_preallocate_exact`, `list_extend` and friends, CPython 3.11–3.13
 * Objects/listobject.c. States are values: each function returns the list's next state.
 *
 * Obscurity: `list_resize` both grows and shrinks. It keeps the array while
 * `allocated / 2 <= newsize <= allocated`; otherwise it reallocates to
 * `(newsize + newsize/8 + 6) & ~3`, or to `(newsize + 3) & ~3` when the request jumps by more than
 * the over-allocation would leave spare (so `extend` of a big batch is not over-allocated twice).
 */
import type { VersionProfile } from '../../profile/versionProfile';

/** A list's `ob_size`, `allocated`, and whether `ob_item` is NULL (fresh or cleared lists). */
export interface ListState {
  readonly size: number;
  readonly allocated: number;
  readonly itemsNull: boolean;
}

/** `PyList_New(0)`: no item array. */
export function emptyList(): ListState {
  return { size: 0, allocated: 0, itemsNull: true };
}

/** `PyList_New(n)` / `list_new_prealloc(n)`: exactly n slots (literals, `*`, `+`, slices, copy). */
export function listNew(n: number): ListState {
  return n === 0 ? emptyList() : { size: n, allocated: n, itemsNull: false };
}

/** `list_resize(self, newsize)`: the over-allocation policy. */
export function listResize(s: ListState, newsize: number): ListState {
  if (s.allocated >= newsize && newsize >= s.allocated >> 1) {
    return { ...s, size: newsize };
  }
  let allocated = (newsize + (newsize >> 3) + 6) & ~3;
  if (newsize - s.size > allocated - newsize) allocated = (newsize + 3) & ~3;
  if (newsize === 0) allocated = 0;
  return { size: newsize, allocated, itemsNull: false };
}

/** `list_preallocate_exact(self, n)`: n rounded up to even; the size stays. */
export function listPreallocateExact(s: ListState, n: number): ListState {
  return { size: s.size, allocated: (n + 1) & ~1, itemsNull: false };
}

/** `list.append` / `list.insert` / `LIST_APPEND` (comprehensions): room for one more. */
export function listAppend(s: ListState): ListState {
  return s.size < s.allocated ? { ...s, size: s.size + 1 } : listResize(s, s.size + 1);
}

/** `list_extend` with an exact list or tuple of n items (also `+=`, `LIST_EXTEND`, `list(list)`). */
export function listExtendSized(s: ListState, n: number): ListState {
  if (n === 0) return s;
  if (s.itemsNull) return { ...listPreallocateExact(s, n), size: n };
  return listResize(s, s.size + n);
}

/**
 * `list_extend` with any other iterable: make room for the length hint (`PyObject_LengthHint`,
 * default 8), append the `count` items it actually yields, then trim with `list_resize`.
 */
export function listExtendIterable(s: ListState, hint: number, count: number): ListState {
  let t = s;
  if (t.itemsNull) {
    if (hint > 0) t = listPreallocateExact(t, hint);
  } else {
    t = { ...listResize(t, t.size + hint), size: t.size };
  }
  for (let i = 0; i < count; i++) t = listAppend(t);
  return t.size < t.allocated ? listResize(t, t.size) : t;
}

/**
 * `list_extend` with an exact set or dict (or dict view) of n items: 3.13's `list_extend_set` /
 * `list_extend_dict` call `list_resize(m + n)`; before, the iterator path presized exactly.
 */
export function listExtendSetOrDict(profile: VersionProfile, s: ListState, n: number): ListState {
  if (profile.listExtendSetOrDict === 'preallocate-exact') return listExtendIterable(s, n, n);
  return s.size + n === 0 ? s : listResize(s, s.size + n);
}

/** `list.pop()`, `list.pop(i)`, `list.remove`, slice deletion of k items: `list_resize(size - k)`. */
export function listRemove(s: ListState, k = 1): ListState {
  return listResize(s, s.size - k);
}

/** `del lst[i]`: 3.13's `list_ass_item` only moves the tail; before, it went through `list_resize`. */
export function listDelItem(profile: VersionProfile, s: ListState): ListState {
  return profile.listDelItemShrinks ? listRemove(s) : { ...s, size: s.size - 1 };
}

/** `list.clear()`, `del lst[:]`: `_list_clear` frees the array. */
export function listClear(): ListState {
  return emptyList();
}

/** `lst *= n` (`list_inplace_repeat`): resizes to size * n; n < 1 clears; n = 1 or empty keeps. */
export function listInplaceRepeat(s: ListState, n: number): ListState {
  if (s.size === 0 || n === 1) return s;
  if (n < 1) return listClear();
  return listResize(s, s.size * n);
}
