/**
 * The parts every object's allocation is made of (Include/object.h, Include/internal/pycore_gc.h,
 * pycore_object.h; 64-bit default builds of 3.11–3.13):
 *
 * ```
 *   block ──► [ managed pre-header 16 ]  dict/values + weakref pointers (managed types only)
 *             [ PyGC_Head 16          ]  _gc_next, _gc_prev (GC types only)
 *   id(o) ──► [ PyObject 16           ]  ob_refcnt, ob_type
 *             [ ... tp_basicsize ...  ]  (PyVarObject adds ob_size: 24)
 *             [ items × tp_itemsize   ]  var-sized types
 *             [ inline values         ]  3.13 Py_TPFLAGS_INLINE_VALUES only
 * ```
 *
 * `sys.getsizeof(o)` is `o.__sizeof__()` + `_PyType_PreHeaderSize(type(o))`; the request is
 * pre-header + `_PyObject_VAR_SIZE(tp, n)`.
 */

/** `sizeof(PyObject *)` on the 64-bit builds modelled. */
export const POINTER_SIZE = 8;
/** `sizeof(PyObject)`: ob_refcnt and ob_type. */
export const PY_OBJECT_SIZE = 16;
/** `sizeof(PyVarObject)`: PyObject plus ob_size. */
export const PY_VAR_OBJECT_SIZE = 24;
/** `sizeof(PyGC_Head)`: placed before every object of a GC type. */
export const GC_HEAD_SIZE = 16;
/** The dict/values and weakref words before the GC head of managed-dict/-weakref types. */
export const MANAGED_PRE_HEADER_SIZE = 2 * POINTER_SIZE;

/** What a type object says about the layout of its instances. */
export interface TypeLayout {
  /** `tp_basicsize`. */
  readonly basicSize: number;
  /** `tp_itemsize`: bytes per item of a var-sized object, 0 otherwise. */
  readonly itemSize: number;
  /** `Py_TPFLAGS_HAVE_GC`: a GC head precedes every instance. */
  readonly gc: boolean;
  /** Whether the type has the managed dict/weakref pre-header (`Py_TPFLAGS_PREHEADER`). */
  readonly managedPreHeader: boolean;
}

/** `_Py_SIZE_ROUND_UP(n, a)`, a a power of two. */
export function roundUp(n: number, a: number): number {
  return Math.ceil(n / a) * a;
}

/** `_PyType_PreHeaderSize(tp)`: the GC head plus the managed pre-header, what precedes `id(o)`. */
export function preHeaderSize(layout: TypeLayout): number {
  return (layout.gc ? GC_HEAD_SIZE : 0) + (layout.managedPreHeader ? MANAGED_PRE_HEADER_SIZE : 0);
}

/** `_PyObject_VAR_SIZE(tp, n)`: basic size plus n items, rounded up to a pointer. */
export function varSize(layout: TypeLayout, nitems: number): number {
  return roundUp(layout.basicSize + layout.itemSize * nitems, POINTER_SIZE);
}

/** Bytes `PyType_GenericAlloc(tp, n)` requests: pre-header plus `_PyObject_VAR_SIZE`. */
export function genericAllocRequest(layout: TypeLayout, nitems = 0): number {
  return preHeaderSize(layout) + varSize(layout, nitems);
}

/** `sys.getsizeof(o)` from the object's `__sizeof__()`: adds the pre-header. */
export function getsizeofFromSizeof(layout: TypeLayout, sizeof: number): number {
  return sizeof + preHeaderSize(layout);
}

/** A fixed-size, non-GC layout. */
export function plainLayout(basicSize: number): TypeLayout {
  return { basicSize, itemSize: 0, gc: false, managedPreHeader: false };
}

/** A fixed-size GC layout. */
export function gcLayout(basicSize: number): TypeLayout {
  return { basicSize, itemSize: 0, gc: true, managedPreHeader: false };
}
