/**
 * The lazy iterators of the builtins (Objects/enumobject.c, Python/bltinmodule.c,
 * Objects/listobject.c, Objects/unicodeobject.c; 3.11–3.13, sizes measured with the GC head):
 *
 *   enumerate             56 (72)  en_index, en_sit, en_result (a reusable 2-tuple), en_longindex
 *   zip                   48 (64)  ittuple, tuplesize, result (a reusable n-tuple), strict
 *   map                   32 (48)  iters (a tuple), func
 *   filter                32 (48)  func, it
 *   reversed              32 (48)  index, seq (sequences without __reversed__: tuple, str)
 *   list_reverseiterator  32 (48)  index, seq
 *   str_ascii_iterator    32 (48)  index, seq (str_iterator for non-ASCII strs)
 *   bytes_iterator        32 (48)  index, seq (bytearray_iterator alike)
 *
 * Only the objects live here; what `next()` does with them (calling the function, advancing the
 * inner iterators) is the interpreter's (builtins/iterTools.ts).
 */
import type { Runtime } from '../runtime';
import { PyGCObject, type PyObject } from './object';
import { newTrackedObject, refFieldsType } from './refFieldsType';
import type { PyTupleObject } from './tupleObject';
import type { PyTypeObject } from './typeObject';

/** What kind of lazy iterator an object is. */
export type LazyIterKind = 'enumerate' | 'zip' | 'map' | 'filter' | 'reversed' | 'list_reverseiterator' | 'str_ascii_iterator' | 'str_iterator'
  | 'bytes_iterator' | 'bytearray_iterator';

/** One object shape for all of them: `source` is en_sit / ittuple / iters / it / seq. */
export class PyLazyIterObject extends PyGCObject {
  /** The inner iterator, tuple of iterators, or sequence; null once a sequence iterator is exhausted. */
  source: PyObject | null = null;
  /** `func` of map and filter. */
  func: PyObject | null = null;
  /** The reusable result tuple of enumerate and zip. */
  result: PyTupleObject | null = null;
  /** en_index / the sequence index. */
  index = 0;
  /** zip(strict=True). */
  strict = false;

  constructor(type: PyTypeObject, address: number, readonly kind: LazyIterKind) {
    super(type, address);
  }
}

const BASIC_SIZES: Record<LazyIterKind, number> = {
  enumerate: 56, zip: 48, map: 32, filter: 32, reversed: 32, list_reverseiterator: 32, str_ascii_iterator: 32, str_iterator: 32,
  bytes_iterator: 32, bytearray_iterator: 32,
};

/** The lazy iterator types by kind. */
export type LazyIterTypes = Record<LazyIterKind, PyTypeObject>;

/** Creates the types (field release order as each `tp_dealloc`). */
export function makeLazyIterTypes(rt: Runtime): LazyIterTypes {
  const out = {} as LazyIterTypes;
  for (const kind of Object.keys(BASIC_SIZES) as LazyIterKind[]) {
    const fields: (keyof PyLazyIterObject & string)[] = kind === 'map' ? ['source', 'func'] : kind === 'filter' ? ['func', 'source'] : ['source', 'result'];
    out[kind] = refFieldsType<PyLazyIterObject>(rt, kind, BASIC_SIZES[kind], fields);
  }
  return out;
}

/** A tracked, empty lazy iterator of `kind` (the caller fills the fields with new references). */
export function newLazyIter(rt: Runtime, kind: LazyIterKind): PyLazyIterObject {
  return newTrackedObject(rt, rt.types.lazyIters[kind], (t, a) => new PyLazyIterObject(t, a, kind));
}
