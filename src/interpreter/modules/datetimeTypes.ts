/**
 * The classes of `datetime` and how their instances are made: each is a class of the module
 * (`createClass`, like fractions.Fraction) whose methods are natives over the records of
 * datetimeValues.ts. Constructors validate with CPython's messages (`month must be in 1..12`,
 * `day is out of range for month`, `year 0 is out of range`...).
 */
import { PyFloatObject } from '../../engine/objects/floatObject';
import type { PyInstanceObject } from '../../engine/objects/instanceObject';
import { newInstance } from '../../engine/objects/instanceObject';
import { PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import type { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import type { Interp } from '../runtime/interp';
import { asIndex } from './moduleArgs';
import { daysInMonth, MAX_DELTA_DAYS, MAXYEAR, MINYEAR, US_PER_DAY } from './datetimeCalc';
import { type DtValue, setValue } from './datetimeValues';
import * as Q from './rational';

/** The module's classes for one runtime. */
export interface DtTypes {
  timedelta: PyHeapTypeObject; date: PyHeapTypeObject; tzinfo: PyHeapTypeObject; time: PyHeapTypeObject;
  datetime: PyHeapTypeObject; timezone: PyHeapTypeObject;
}

const typesByRuntime = new WeakMap<object, DtTypes>();

/** The classes, once created. */
export function dtTypes(interp: Interp): DtTypes {
  const t = typesByRuntime.get(interp.rt);
  if (!t) throw new Error('datetime types not created');
  return t;
}

/** Records the classes (createDatetime). */
export function setDtTypes(interp: Interp, t: DtTypes): void {
  typesByRuntime.set(interp.rt, t);
}

/**
 * `time_alloc` / `datetime_alloc`: the exact types' instances without a tzinfo are
 * `_PyDateTime_BaseTime` (32 bytes) / `_PyDateTime_BaseDateTime` (40), 8 less than the
 * `tp_basicsize` sys.getsizeof reports; subclasses allocate the whole size
 * (test/oracle/datetimeAllocSizes.py).
 */
function naiveRequest(interp: Interp, type: PyHeapTypeObject, tz: PyObject | null | undefined): number | undefined {
  const t = typesByRuntime.get(interp.rt);
  const exact = t !== undefined && (type === t.time || type === t.datetime);
  return exact && (tz === undefined || tz === null || tz === interp.rt.None) ? type.basicsize - 8 : undefined;
}

/** A new instance of `type` holding `v` (and `tz`, a borrowed tzinfo, for time/datetime). */
export function newDt(interp: Interp, type: PyHeapTypeObject, v: DtValue, tz?: PyObject | null): PyInstanceObject {
  const o = newInstance(interp.rt, type, naiveRequest(interp, type, tz));
  setValue(o, v);
  if (tz !== undefined && o.slots.length > 0) {
    const z = tz ?? interp.rt.None;
    interp.rt.heap.incref(z);
    o.slots[0] = z;
  }
  return o;
}

/** How a repr names the class: `datetime.date`, or a subclass's own name. */
export function reprName(interp: Interp, o: PyObject): string {
  const t = typesByRuntime.get(interp.rt);
  const base = t && Object.values(t).includes(o.type as PyHeapTypeObject);
  return base ? `datetime.${o.type.name}` : o.type.name;
}

/** An integer argument (`PyLong` only: a float is a TypeError). */
export function intArg(interp: Interp, o: PyObject | undefined, dflt = 0): number {
  if (o === undefined) return dflt;
  const v = asIndex(interp, o);
  return typeof v === 'bigint' ? Number(v) : v;
}

/** `check_date_args`. */
export function checkDate(interp: Interp, y: number, m: number, d: number): void {
  if (y < MINYEAR || y > MAXYEAR) interp.raise('ValueError', `year ${y} is out of range`);
  if (m < 1 || m > 12) interp.raise('ValueError', 'month must be in 1..12');
  if (d < 1 || d > daysInMonth(y, m)) interp.raise('ValueError', 'day is out of range for month');
}

/** `check_time_args`. */
export function checkTime(interp: Interp, h: number, mi: number, s: number, us: number, fold: number): void {
  if (h < 0 || h > 23) interp.raise('ValueError', 'hour must be in 0..23');
  if (mi < 0 || mi > 59) interp.raise('ValueError', 'minute must be in 0..59');
  if (s < 0 || s > 59) interp.raise('ValueError', 'second must be in 0..59');
  if (us < 0 || us > 999999) interp.raise('ValueError', 'microsecond must be in 0..999999');
  if (fold !== 0 && fold !== 1) interp.raise('ValueError', 'fold must be either 0 or 1');
}

/** `tzinfo` must be None or a tzinfo instance. */
export function checkTzinfo(interp: Interp, tz: PyObject | undefined): PyObject | null {
  if (tz === undefined || tz === interp.rt.None) return null;
  if (!tz.type.isSubtypeOf(dtTypes(interp).tzinfo)) {
    interp.typeError(`tzinfo argument must be None or of a tzinfo subclass, not type '${tz.type.name}'`);
  }
  return tz;
}

/** A timedelta's microseconds, with `days=...; must have magnitude <= 999999999` past the range. */
export function checkDelta(interp: Interp, us: bigint): bigint {
  const days = (us >= 0n ? us : us - US_PER_DAY + 1n) / US_PER_DAY;
  if (days > BigInt(MAX_DELTA_DAYS) || days < -BigInt(MAX_DELTA_DAYS)) {
    interp.raise('OverflowError', `days=${days}; must have magnitude <= ${MAX_DELTA_DAYS}`);
  }
  return us;
}

/** The exact rational value of an int or float argument of `timedelta()`. */
function exactArg(interp: Interp, o: PyObject): Q.Rational {
  if (o instanceof PyLongObject) return [BigInt(o.value), 1n];
  if (o instanceof PyFloatObject) {
    if (!Number.isFinite(o.value)) interp.raise(Number.isNaN(o.value) ? 'ValueError' : 'OverflowError', Number.isNaN(o.value) ? 'cannot convert float NaN to integer' : 'cannot convert float infinity to integer');
    return Q.floatRatio(o.value);
  }
  return interp.typeError(`unsupported type for timedelta ${'component'} component: ${o.type.name}`);
}

/** Microseconds per unit of `timedelta(days, seconds, microseconds, milliseconds, minutes, hours, weeks)`. */
const DELTA_UNITS: [string, bigint][] = [
  ['days', US_PER_DAY], ['seconds', 1_000_000n], ['microseconds', 1n], ['milliseconds', 1000n],
  ['minutes', 60_000_000n], ['hours', 3_600_000_000n], ['weeks', 7n * US_PER_DAY],
];

/** The names of timedelta()'s parameters, in order. */
export const DELTA_PARAMS = DELTA_UNITS.map(([n]) => n);

/** `delta_new`: the sum of the components, rounded half-even to a microsecond. */
export function deltaFromArgs(interp: Interp, bound: (PyObject | undefined)[]): bigint {
  let sum: Q.Rational = [0n, 1n];
  bound.forEach((o, k) => {
    if (o === undefined) return;
    const [name, unit] = DELTA_UNITS[k];
    if (!(o instanceof PyLongObject || o instanceof PyFloatObject)) {
      interp.typeError(`unsupported type for timedelta ${name} component: ${o.type.name}`);
    }
    sum = Q.add(sum, Q.mul(exactArg(interp, o), [unit, 1n]));
  });
  return checkDelta(interp, Q.roundHalfEven(sum));
}

/** `round-half-even(us * r)` for a timedelta scaled by an int or float. */
export function scaleDelta(interp: Interp, us: bigint, r: Q.Rational): bigint {
  return checkDelta(interp, Q.roundHalfEven(Q.mul([us, 1n], r)));
}

/** The exact value of an int or finite float (for `td * x`, `td / x`), or null. */
export function numberRatio(interp: Interp, o: PyObject): Q.Rational | null {
  if (o instanceof PyLongObject) return [BigInt(o.value), 1n];
  if (o instanceof PyFloatObject) return exactArg(interp, o);
  return null;
}
