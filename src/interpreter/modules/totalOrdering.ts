/**
 * `functools.total_ordering` (Lib/functools.py): given a class defining one of `<`, `<=`, `>`,
 * `>=` (and `==`), fills in the other three from it. The chosen root is the first of `__lt__`,
 * `__le__`, `__gt__`, `__ge__` the class (or a Python base) defines; each derived method calls
 * `type(self).<root>(self, other)`, passes NotImplemented through, and otherwise combines the
 * result with `==`/`!=` exactly as the library's `_gt_from_lt` family does.
 */
import type { PyObject } from '../../engine/objects/object';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { isTrue } from '../objects/abstract';
import { compare } from '../objects/richCompare';
import { mroOf, typeLookup } from '../objects/typeLookup';
import { setClassAttr } from '../objects/classAttrs';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';

/** How a derived operator reads the root's result: negated or not, then `and !=` / `or ==` / nothing. */
type Derivation = [name: string, negate: boolean, combine: 'andNe' | 'orEq' | null];

const ROOTS = ['__lt__', '__le__', '__gt__', '__ge__'] as const;

const DERIVED: Record<(typeof ROOTS)[number], Derivation[]> = {
  __lt__: [['__gt__', true, 'andNe'], ['__le__', false, 'orEq'], ['__ge__', true, null]],
  __le__: [['__ge__', true, 'orEq'], ['__lt__', false, 'andNe'], ['__gt__', true, null]],
  __gt__: [['__lt__', true, 'andNe'], ['__ge__', false, 'orEq'], ['__le__', true, null]],
  __ge__: [['__le__', true, 'orEq'], ['__gt__', false, 'andNe'], ['__lt__', true, null]],
};

/** Compare op numbers of abstract.compare. */
const EQ = 2;
const NE = 3;

function derived(root: string, [, negate, combine]: Derivation): NativeImpl {
  return (interp, args) => {
    const [self, other] = args;
    const fn = typeLookup(interp, self.type, root);
    if (!fn) return interp.raise('AttributeError', `'${self.type.name}' object has no attribute '${root}'`);
    const r = callAny(interp, fn, [self, other]);
    if (r.type.name === 'NotImplementedType') return r;
    const truth = isTrue(interp, r);
    const value = negate ? !truth : truth;
    // `x and y` / `x or y` hand back x itself when it decides: the root's own result when not negated.
    const decided = (v: boolean): PyObject => {
      if (negate) {
        interp.rt.heap.decref(r);
        return interp.bool(v);
      }
      return r;
    };
    if (combine === 'andNe') {
      if (!value) return decided(false);
      interp.rt.heap.decref(r);
      return interp.bool(compare(interp, NE, self, other));
    }
    if (combine === 'orEq') {
      if (value) return decided(true);
      interp.rt.heap.decref(r);
      return interp.bool(compare(interp, EQ, self, other));
    }
    interp.rt.heap.decref(r);
    return interp.bool(value);
  };
}

/** `total_ordering(cls)`: the class, completed. */
export const totalOrdering: NativeImpl = (interp, args) => {
  const cls = args[0];
  if (!(cls instanceof PyHeapTypeObject)) return interp.raise('ValueError', 'must define at least one ordering operation: < > <= >=');
  const defined = (name: string): boolean => mroOf(cls).some((c) => c instanceof PyHeapTypeObject && c.ns.has(name));
  const roots = ROOTS.filter(defined);
  if (roots.length === 0) return interp.raise('ValueError', 'must define at least one ordering operation: < > <= >=');
  const root = roots[0];
  for (const d of DERIVED[root]) {
    if (roots.includes(d[0] as (typeof ROOTS)[number])) continue;
    const f = interp.nativeFunction(d[0], derived(root, d));
    setClassAttr(interp, cls, d[0], f);
    interp.rt.heap.decref(f);
  }
  interp.rt.heap.incref(cls);
  return cls;
};
