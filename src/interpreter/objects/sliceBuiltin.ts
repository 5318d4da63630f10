/**
 * The `slice` built-in (Objects/sliceobject.c `slice_new`, `slice_indices`): `slice(stop)`,
 * `slice(start, stop[, step])`, and `s.indices(length)`. The object is the same one `a[i:j]`
 * builds (the one-entry cache included).
 */
import { newInt } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newSlice, PySliceObject } from '../../engine/objects/sliceObject';
import { newTuple } from '../../engine/objects/tupleObject';
import { argRange, noKeywords } from '../builtins/args';
import type { Interp } from '../runtime/interp';
import { indexValue } from './numberIndex';
import { sliceIndices } from './slicing';

/** Registers `slice(...)` and `slice.indices`. */
export function installSliceBuiltin(interp: Interp): void {
  const rt = interp.rt;
  const own = (o: PyObject | undefined): PyObject => {
    const v = o ?? rt.None;
    rt.heap.incref(v);
    return v;
  };
  interp.typeCalls.set(rt.types.slice, (i, _t, args, kwnames) => {
    noKeywords(i, 'slice', kwnames);
    argRange(i, 'slice', args, 1, 3);
    if (args.length === 1) return newSlice(rt, own(undefined), own(args[0]), own(undefined));
    return newSlice(rt, own(args[0]), own(args[1]), own(args[2]));
  });
  interp.builtins.set('slice', rt.types.slice);
  interp.methods.define(rt.types.slice, 'indices', (i, args) => {
    const s = args[0];
    if (!(s instanceof PySliceObject)) return i.typeError(`descriptor 'indices' for 'slice' objects doesn't apply to a '${s.type.name}' object`);
    if (args.length !== 2) i.typeError(`slice.indices() takes exactly one argument (${args.length - 1} given)`);
    const n = indexValue(i, args[1]);
    if (n < 0) i.raise('ValueError', 'length should not be negative');
    const r = sliceIndices(i, s, Number(n));
    return newTuple(rt, [newInt(rt, r.start), newInt(rt, r.stop), newInt(rt, r.step)]);
  });
}
