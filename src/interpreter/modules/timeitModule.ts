/**
 * `timeit` (Lib/timeit.py, 3.11–3.13) for callables: `timeit(stmt, setup, timer, number, globals)`,
 * `repeat(..., repeat=5, number=1000000)` and `default_timer` (the simulated `time.perf_counter`,
 * so a timing is the steps the calls took and prints the same on every run). A statement given as
 * source text would need `compile()`, which the simulation does not offer: that is reported as
 * unsupported, except `'pass'` (the default), which runs nothing.
 */
import { newFloat, PyFloatObject } from '../../engine/objects/floatObject';
import { newList } from '../../engine/objects/listObject';
import { PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import { UnsupportedError } from '../runtime/pyError';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import { bindArgs } from './pyArgs';

/** A statement to time: a callable, or null for `'pass'`. */
function statement(interp: Interp, o: PyObject | undefined, what: string): PyObject | null {
  if (o === undefined) return null;
  if (o instanceof PyUnicodeObject) {
    if (o.value.trim() === 'pass' || o.value.trim() === '') return null;
    throw new UnsupportedError(`timeit of a ${what} given as source text (it needs compile())`, interp.line);
  }
  return o;
}

function count(interp: Interp, o: PyObject | undefined, fallback: number): number {
  if (o === undefined) return fallback;
  if (!(o instanceof PyLongObject)) return interp.typeError(`'${o.type.name}' object cannot be interpreted as an integer`);
  return Number(o.value);
}

/** Creates the module (on first import). */
export function createTimeit(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  const time = interp.importModule('time') as PyModuleObject;
  const defaultTimer = time.dict.get('perf_counter') as PyObject;
  rt.heap.decref(time);
  const now = (timer: PyObject): number => {
    const t = callAny(interp, timer, []);
    const v = t instanceof PyFloatObject ? t.value : t instanceof PyLongObject ? Number(t.value) : NaN;
    rt.heap.decref(t);
    return v;
  };
  /** One timing: setup once, then `number` calls of stmt between two timer reads. */
  const once = (stmt: PyObject | null, setup: PyObject | null, timer: PyObject, number: number): number => {
    if (setup) rt.heap.decref(callAny(interp, setup, []));
    const t0 = now(timer);
    for (let k = 0; k < number; k++) if (stmt) rt.heap.decref(callAny(interp, stmt, []));
    return now(timer) - t0;
  };
  const params = ['stmt', 'setup', 'timer', 'number', 'globals'];
  const functions: Record<string, NativeImpl> = {
    timeit: (i, args, kwnames) => {
      const [stmt, setup, timer, number] = bindArgs(i, { qualname: 'timeit', params, required: 0 }, args, kwnames);
      const elapsed = once(statement(i, stmt, 'statement'), statement(i, setup, 'setup'), timer ?? defaultTimer, count(i, number, 1000000));
      return newFloat(rt, elapsed);
    },
    repeat: (i, args, kwnames) => {
      const [stmt, setup, timer, repeat, number] = bindArgs(i, { qualname: 'repeat', params: ['stmt', 'setup', 'timer', 'repeat', 'number', 'globals'], required: 0 }, args, kwnames);
      const s = statement(i, stmt, 'statement');
      const su = statement(i, setup, 'setup');
      const times: PyObject[] = [];
      for (let k = count(i, repeat, 5); k > 0; k--) times.push(newFloat(rt, once(s, su, timer ?? defaultTimer, count(i, number, 1000000))));
      return newList(rt, times);
    },
  };
  rt.heap.incref(defaultTimer);
  return interp.defineModule('timeit', functions, { default_timer: defaultTimer });
}
