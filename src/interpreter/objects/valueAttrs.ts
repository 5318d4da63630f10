/**
 * The data attributes (getsets and members) of built-in value types: `int.real`/`imag`/
 * `numerator`/`denominator`, `float.real`/`imag`, `range.start`/`stop`/`step` and
 * `slice.start`/`stop`/`step`, and a dict view's `mapping` (`dictview_mapping`: a new read-only
 * proxy of the view's dict). In CPython these are data descriptors on the type, so they win over
 * an instance `__dict__` of a subclass, which is why the lookup runs before the instance's own.
 */
import { newFloat, PyFloatObject } from '../../engine/objects/floatObject';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { PyRangeObject } from '../../engine/objects/rangeObject';
import { PySliceObject } from '../../engine/objects/sliceObject';
import type { Interp } from '../runtime/interp';
import type { FoundAttr } from './typeLookup';
import { exactFloat, exactInt } from './numberMethods';
import { PyDictViewObject } from '../../engine/objects/dictViewObject';
import { newMappingProxy } from './mappingProxy';

function owned(interp: Interp, o: PyObject | null): FoundAttr {
  const v = o ?? interp.rt.None;
  interp.rt.heap.incref(v);
  return { value: v, method: false };
}

/** The attribute `name` of a built-in value (new reference), or null when it has none such. */
export function valueGetAttr(interp: Interp, owner: PyObject, name: string): FoundAttr | null {
  const rt = interp.rt;
  if (owner instanceof PyLongObject) {
    if (name === 'real' || name === 'numerator') return { value: exactInt(interp, owner), method: false };
    if (name === 'imag') return { value: newInt(rt, 0), method: false };
    if (name === 'denominator') return { value: newInt(rt, 1), method: false };
    return null;
  }
  if (owner instanceof PyFloatObject) {
    if (name === 'real') return { value: exactFloat(interp, owner), method: false };
    if (name === 'imag') return { value: newFloat(rt, 0), method: false };
    return null;
  }
  if (owner instanceof PyRangeObject || owner instanceof PySliceObject) {
    if (name === 'start') return owned(interp, owner.start);
    if (name === 'stop') return owned(interp, owner.stop);
    if (name === 'step') return owned(interp, owner.step);
  }
  if (owner instanceof PyDictViewObject && name === 'mapping' && owner.dict) return { value: newMappingProxy(interp, owner.dict), method: false };
  return null;
}
