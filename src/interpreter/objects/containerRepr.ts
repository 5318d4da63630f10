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

type Repr = (interp: Interp, o: PyObject, seen: Set<PyObject>) => string;

/** The repr of a dict, set or view, or undefined for other objects. */
export function containerRepr(interp: Interp, o: PyObject, seen: Set<PyObject>, repr: Repr): string | undefined {
  if (o instanceof PyDictObject) {
    if (o.used === 0) return '{}';
    if (seen.has(o)) return '{...}';
    seen.add(o);
    try {
      return `{${dictItems(o).map((e) => `${repr(interp, e.key, seen)}: ${repr(interp, e.value, seen)}`).join(', ')}}`;
    } finally {
      seen.delete(o);
    }
  }
  if (o instanceof PySetObject) {
    const name = o.type.name;
    if (o.used === 0) return `${name}()`;
    if (seen.has(o)) return `${name}(...)`;
    seen.add(o);
    try {
      const body = `{${setEntries(o).map((e) => repr(interp, e.key, seen)).join(', ')}}`;
      return o.type === interp.rt.types.set ? body : `${name}(${body})`;
    } finally {
      seen.delete(o);
    }
  }
  if (o instanceof PyDictViewObject) {
    if (seen.has(o)) return '...';
    seen.add(o);
    try {
      const items = o.dict ? dictItems(o.dict) : [];
      const parts = items.map((e) => o.kind === 'keys' ? repr(interp, e.key, seen)
        : o.kind === 'values' ? repr(interp, e.value, seen) : `(${repr(interp, e.key, seen)}, ${repr(interp, e.value, seen)})`);
      return `${o.type.name}([${parts.join(', ')}])`;
    } finally {
      seen.delete(o);
    }
  }
  return undefined;
}
