/**
 * `tp_basicsize` / `tp_itemsize` / GC flag of the fixed-layout built-in types, from their C
 * structs (CPython 3.11–3.13 Objects/*.c, Include/cpython/*.h; 64-bit). Struct sizes that differ
 * between versions come from the profile. `getsizeof` of these is pre-header + basicsize unless
 * a helper below says otherwise.
 */
import type { VersionProfile } from '../../profile/versionProfile';
import { POINTER_SIZE, PY_OBJECT_SIZE, gcLayout, plainLayout, preHeaderSize, type TypeLayout } from './objectHeader';
import { dictKeysSize } from './dictLayout';
import { SHARED_KEYS_LOG2_SIZE } from './instanceLayout';

/** Header plus n pointer-sized fields: the shape of most small built-in structs. */
function fields(n: number): number {
  return PY_OBJECT_SIZE + POINTER_SIZE * n;
}

/** The fixed-layout built-in types this module describes. */
export type MiscTypeName =
  | 'NoneType' | 'ellipsis' | 'NotImplementedType' | 'object' | 'bool' | 'float' | 'complex'
  | 'range' | 'slice' | 'cell' | 'method' | 'builtin_function_or_method' | 'function'
  | 'module' | 'property' | 'staticmethod' | 'classmethod' | 'weakref'
  | 'list_iterator' | 'list_reverseiterator' | 'tuple_iterator' | 'range_iterator' | 'longrange_iterator'
  | 'dict_keyiterator' | 'dict_valueiterator' | 'dict_itemiterator' | 'set_iterator'
  | 'str_ascii_iterator' | 'bytes_iterator' | 'callable_iterator' | 'reversed'
  | 'enumerate' | 'zip' | 'map' | 'filter' | 'BaseException' | 'SimpleNamespace'
  | 'generator' | 'coroutine' | 'code' | 'frame' | 'type' | 'memoryview';

/** The layout of a fixed-layout built-in type. */
export function miscTypeLayout(profile: VersionProfile, name: MiscTypeName): TypeLayout {
  switch (name) {
    case 'NoneType': case 'ellipsis': case 'NotImplementedType': case 'object':
      return plainLayout(PY_OBJECT_SIZE);
    // PyLongObject with one digit; its basicsize differs (3.11 rounds the digit array up).
    case 'bool': return { ...plainLayout(profile.boolBasicSize), itemSize: 4 };
    case 'float': return plainLayout(fields(1)); // ob_fval
    case 'complex': return plainLayout(fields(2)); // cval.real, cval.imag
    case 'range': return plainLayout(fields(4)); // start, stop, step, length
    case 'slice': return gcLayout(fields(3)); // start, stop, step
    case 'cell': return gcLayout(fields(1)); // ob_ref
    case 'method': return gcLayout(fields(4)); // im_func, im_self, im_weakreflist, vectorcall
    // PyCFunctionObject: m_ml, m_self, m_module, m_weakreflist, vectorcall
    case 'builtin_function_or_method': return gcLayout(fields(5));
    case 'function': return gcLayout(profile.functionBasicSize);
    case 'module': return gcLayout(fields(5)); // md_dict, md_def, md_state, md_weaklist, md_name
    // prop_get, prop_set, prop_del, prop_doc, prop_name, getter_doc (int, padded)
    case 'property': return gcLayout(fields(6));
    case 'staticmethod': case 'classmethod': return gcLayout(fields(2)); // callable, dict
    // hash, wr_object, wr_callback, wr_prev, wr_next, vectorcall
    case 'weakref': return gcLayout(fields(6));
    case 'list_iterator': case 'list_reverseiterator': case 'tuple_iterator': case 'str_ascii_iterator':
    case 'bytes_iterator': case 'reversed': case 'filter': case 'map':
      return gcLayout(fields(2)); // index + sequence, or two object pointers
    case 'callable_iterator': return gcLayout(fields(2)); // it_callable, it_sentinel
    case 'range_iterator': case 'longrange_iterator': return plainLayout(profile.rangeIteratorBasicSize);
    // di_dict, di_used, di_pos, di_result, len
    case 'dict_keyiterator': case 'dict_valueiterator': case 'dict_itemiterator': return gcLayout(fields(5));
    case 'set_iterator': return gcLayout(fields(4)); // si_set, si_used, si_pos, len
    case 'enumerate': return gcLayout(fields(5)); // en_index, en_sit, en_result, en_longindex, one
    case 'zip': return gcLayout(fields(4)); // tuplesize, ittuple, result, strict
    // dict, args, notes, traceback, context, cause, suppress_context
    case 'BaseException': return gcLayout(fields(7));
    case 'SimpleNamespace': return gcLayout(fields(1)); // ns_dict
    // the frame's fixed part; localsplus follows (itemsize 8)
    case 'generator': case 'coroutine': return { ...gcLayout(profile.generatorBasicSize), itemSize: POINTER_SIZE };
    case 'code': return { ...plainLayout(profile.codeBasicSize), itemSize: 2 };
    case 'frame': return { ...gcLayout(profile.frameBasicSize), itemSize: POINTER_SIZE };
    // PyHeapTypeObject; itemsize is sizeof(PyMemberDef) for __slots__ descriptors
    case 'type': return { ...gcLayout(profile.typeBasicSize), itemSize: 40 };
    case 'memoryview': return { ...gcLayout(144), itemSize: POINTER_SIZE };
  }
}

/** `sys.getsizeof` of an object of a fixed-layout built-in type (its `__sizeof__` is the basicsize). */
export function miscGetsizeof(profile: VersionProfile, name: MiscTypeName): number {
  const layout = miscTypeLayout(profile, name);
  return preHeaderSize(layout) + layout.basicSize;
}

/** `sys.getsizeof` of a generator or coroutine: its frame holds `nlocalsplus + stacksize` slots. */
export function generatorGetsizeof(profile: VersionProfile, nlocalsplus: number, stacksize: number): number {
  const layout = miscTypeLayout(profile, 'generator');
  return preHeaderSize(layout) + layout.basicSize + POINTER_SIZE * (nlocalsplus + stacksize);
}

/** `sys.getsizeof` of a heap type (`type___sizeof__`): the heap type plus its shared keys, if any. */
export function heapTypeGetsizeof(profile: VersionProfile, hasCachedKeys: boolean): number {
  const layout = miscTypeLayout(profile, 'type');
  return preHeaderSize(layout) + layout.basicSize + (hasCachedKeys ? dictKeysSize(SHARED_KEYS_LOG2_SIZE, 'unicode') : 0);
}

/** `sys.getsizeof` of a memoryview (`memory_sizeof`: shape, strides, suboffsets per dimension). */
export function memoryviewGetsizeof(profile: VersionProfile, ndim: number): number {
  const layout = miscTypeLayout(profile, 'memoryview');
  return preHeaderSize(layout) + layout.basicSize + layout.itemSize * 3 * ndim;
}

/** `sys.getsizeof` of a code object of `codeUnits` 16-bit code units (`_PyObject_VAR_SIZE`). */
export function codeGetsizeof(profile: VersionProfile, codeUnits: number): number {
  const layout = miscTypeLayout(profile, 'code');
  return Math.ceil((layout.basicSize + layout.itemSize * codeUnits) / POINTER_SIZE) * POINTER_SIZE;
}
