/**
 * `repr()` of dicts, sets, frozensets and dict views (`dict_repr`, `set_repr`, `dictview_repr`):
 * `{}` and `{'a': 1}`, `set()` and `{1, 2}`, `frozenset()` and `frozenset({1})`,
 * `dict_keys(['a'])`; a container met again inside itself prints as `{...}` (`Py_ReprEnter`).
 */
import { dictItems, PyDictObject } from '../../engine/objects/dictObject';
import { PyDictViewObject } from '../../engine/objects/dictViewObject';
import type { PyObject } from '../../engine/objects/object';
import { PySetObject, setEntries } from '../../engine/objects/setObject';
import type { Interp } from '../runtime/interp';
import { reprEnter, reprLeave } from './reprEnter';

type Repr = (interp: Interp, o: PyObject, seen: Set<PyObject>) => string;

/** The repr of a dict, set or view, or undefined for other objects. */
export function containerRepr(interp: Interp, o: PyObject, seen: Set<PyObject>, repr: Repr): string | undefined {
  if (o instanceof PyDictObject) {
    // dict_repr enters before it looks at the size
    if (!reprEnter(interp, o, seen)) return '{...}';
    try {
      if (o.used === 0) return '{}';
      return `{${dictItems(o).map((e) => `${repr(interp, e.key, seen)}: ${repr(interp, e.value, seen)}`).join(', ')}}`;
    } finally {
      reprLeave(interp, o, seen);
    }
  }
  if (o instanceof PySetObject) {
    const name = o.type.name;
    if (!reprEnter(interp, o, seen)) return `${name}(...)`;
    try {
      if (o.used === 0) return `${name}()`;
      const body = `{${setEntries(o).map((e) => repr(interp, e.key, seen)).join(', ')}}`;
      return o.type === interp.rt.types.set ? body : `${name}(${body})`;
    } finally {
      reprLeave(interp, o, seen);
    }
  }
  if (o instanceof PyDictViewObject) {
    if (!reprEnter(interp, o, seen)) return '...';
    try {
      const items = o.dict ? dictItems(o.dict) : [];
      const parts = items.map((e) => o.kind === 'keys' ? repr(interp, e.key, seen)
        : o.kind === 'values' ? repr(interp, e.value, seen) : `(${repr(interp, e.key, seen)}, ${repr(interp, e.value, seen)})`);
      return `${o.type.name}([${parts.join(', ')}])`;
    } finally {
      reprLeave(interp, o, seen);
    }
  }
  return undefined;
}
