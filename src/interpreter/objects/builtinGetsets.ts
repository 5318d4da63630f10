/**
 * The getsets and members of built-in types whose values the simulation reads (`int_get_real`,
 * `long_long`… Objects/longobject.c, `float_getreal`, the `start`/`stop`/`step` members of range and
 * slice): by owner type name, then attribute name. Each getter returns a new reference.
 */
import type { PyFloatObject } from '../../engine/objects/floatObject';
import { newFloat } from '../../engine/objects/floatObject';
import type { PyComplexObject } from '../../engine/objects/complexObject';
import type { PyLongObject } from '../../engine/objects/longObject';
import { newInt } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import type { PyGenObject } from '../../engine/objects/genObject';
import { crAwait, genCodeAttr, genFrameAttr } from '../vm/coroutines';
import { PyRangeObject } from '../../engine/objects/rangeObject';
import { PySliceObject } from '../../engine/objects/sliceObject';
import type { Interp } from '../runtime/interp';

/** Reads one attribute of `o` (a new reference). */
export type Getter = (interp: Interp, o: PyObject) => PyObject;

function own(interp: Interp, o: PyObject): PyObject {
  interp.rt.heap.incref(o);
  return o;
}

/** `long_long`: an exact int is itself, a bool or int subclass becomes a plain int. */
function asInt(interp: Interp, o: PyObject): PyObject {
  return o.type === interp.rt.types.int ? own(interp, o) : newInt(interp.rt, (o as PyLongObject).value);
}

function rangeOrSlice(field: 'start' | 'stop' | 'step'): Getter {
  return (interp, o) => {
    const v = o instanceof PyRangeObject || o instanceof PySliceObject ? o[field] : null;
    return own(interp, v ?? interp.rt.None);
  };
}

const INT: Record<string, Getter> = {
  real: asInt,
  imag: (i) => newInt(i.rt, 0),
  numerator: asInt,
  denominator: (i) => newInt(i.rt, 1),
};

/** The getters by type name and attribute name. */
export const BUILTIN_GETTERS: Record<string, Record<string, Getter>> = {
  int: INT,
  float: {
    real: (i, o) => (o.type === i.rt.types.float ? own(i, o) : newFloat(i.rt, (o as PyFloatObject).value)),
    imag: (i) => newFloat(i.rt, 0),
  },
  // complex's members (`real`, `imag`: T_DOUBLE members of cval) make a new float each read.
  complex: {
    real: (i, o) => newFloat(i.rt, (o as PyComplexObject).real),
    imag: (i, o) => newFloat(i.rt, (o as PyComplexObject).imag),
  },
  range: { start: rangeOrSlice('start'), stop: rangeOrSlice('stop'), step: rangeOrSlice('step') },
  slice: { start: rangeOrSlice('start'), stop: rangeOrSlice('stop'), step: rangeOrSlice('step') },
  // gen_get_name, gen_get_qualname, gen_getrunning, gen_getsuspended (Objects/genobject.c).
  generator: {
    __name__: (i, o) => own(i, (o as PyGenObject).name ?? i.rt.None),
    __qualname__: (i, o) => own(i, (o as PyGenObject).qualname ?? i.rt.None),
    gi_running: (i, o) => i.bool((o as PyGenObject).state === 'running'),
    gi_suspended: (i, o) => i.bool((o as PyGenObject).state === 'suspended'),
    gi_code: (i, o) => genCodeAttr(i, o as PyGenObject),
    gi_frame: (i, o) => genFrameAttr(i, o as PyGenObject),
  },
  // coro_get_cr_await, coro_get_running, coro_get_suspended, gen_getframe, gen_getcode.
  coroutine: {
    __name__: (i, o) => own(i, (o as PyGenObject).name ?? i.rt.None),
    __qualname__: (i, o) => own(i, (o as PyGenObject).qualname ?? i.rt.None),
    cr_await: (i, o) => crAwait(i, o as PyGenObject),
    cr_running: (i, o) => i.bool((o as PyGenObject).state === 'running'),
    cr_suspended: (i, o) => i.bool((o as PyGenObject).state === 'suspended'),
    cr_origin: (i) => own(i, i.rt.None),
    cr_code: (i, o) => genCodeAttr(i, o as PyGenObject),
    cr_frame: (i, o) => genFrameAttr(i, o as PyGenObject),
  },
};
