/**
 * The values behind `datetime`'s objects. CPython keeps them in the C struct (`PyDateTime_Date`:
 * the packed bytes of year, month, day); here each instance of the module's classes maps to a
 * plain record, set once by its constructor (the objects are immutable). The tzinfo of a `time` or
 * `datetime` is an owned reference in the instance's one slot, so it is released with it.
 */
import type { PyObject } from '../../engine/objects/object';
import { PyInstanceObject } from '../../engine/objects/instanceObject';
import type { Interp } from '../runtime/interp';
import { fromOrdinal, MAX_ORDINAL, toOrdinal, US_PER_DAY } from './datetimeCalc';

/** A `date` (or the date part of a `datetime`): its proleptic Gregorian ordinal. */
export interface DateValue { kind: 'date'; ord: number; y: number; m: number; d: number }
/** A `timedelta`, in microseconds. */
export interface DeltaValue { kind: 'timedelta'; us: bigint }
/** A `time`: its fields (the tzinfo is slot 0 of the instance). */
export interface TimeValue { kind: 'time'; h: number; mi: number; s: number; us: number; fold: number }
/** A `datetime`. */
export interface DateTimeValue { kind: 'datetime'; ord: number; y: number; m: number; d: number; h: number; mi: number; s: number; us: number; fold: number }
/** A `timezone`: its fixed offset and explicit name (null: `UTC±HH:MM`). */
export interface ZoneValue { kind: 'timezone'; offset: bigint; name: string | null }

export type DtValue = DateValue | DeltaValue | TimeValue | DateTimeValue | ZoneValue;

const values = new WeakMap<PyObject, DtValue>();

/** Records `o`'s value (its constructor did). */
export function setValue(o: PyObject, v: DtValue): void {
  values.set(o, v);
}

/** `o`'s value, whatever its kind. */
export function anyValue(o: PyObject): DtValue | undefined {
  return values.get(o);
}

/** `o`'s value when it is of `kind`, else undefined. */
export function valueOf<K extends DtValue['kind']>(o: PyObject, kind: K): Extract<DtValue, { kind: K }> | undefined {
  const v = values.get(o);
  return v && v.kind === kind ? (v as Extract<DtValue, { kind: K }>) : undefined;
}

/** The date part of a date or datetime. */
export function dateOf(o: PyObject): DateValue | DateTimeValue | undefined {
  const v = values.get(o);
  return v && (v.kind === 'date' || v.kind === 'datetime') ? v : undefined;
}

/** A date value from its ordinal, or an OverflowError `date value out of range`. */
export function dateFromOrdinal(interp: Interp, ord: number): DateValue {
  if (ord < 1 || ord > MAX_ORDINAL) interp.raise('OverflowError', 'date value out of range');
  const [y, m, d] = fromOrdinal(ord);
  return { kind: 'date', ord, y, m, d };
}

/** A datetime value from microseconds since 0001-01-01 00:00 minus one day (ordinal 1 = day 1). */
export function dateTimeFromUs(interp: Interp, total: bigint, fold = 0): DateTimeValue {
  let ord = total / US_PER_DAY;
  let rest = total % US_PER_DAY;
  if (rest < 0n) { rest += US_PER_DAY; ord -= 1n; }
  if (ord < 1n || ord > BigInt(MAX_ORDINAL)) interp.raise('OverflowError', 'date value out of range');
  const [y, m, d] = fromOrdinal(Number(ord));
  const secs = Number(rest / 1_000_000n);
  return { kind: 'datetime', ord: Number(ord), y, m, d, h: Math.floor(secs / 3600), mi: Math.floor(secs / 60) % 60, s: secs % 60, us: Number(rest % 1_000_000n), fold };
}

/** A datetime value's microseconds on the `dateTimeFromUs` scale. */
export function dateTimeUs(v: DateTimeValue): bigint {
  return BigInt(v.ord) * US_PER_DAY + BigInt(((v.h * 60 + v.mi) * 60 + v.s) * 1_000_000 + v.us);
}

/** A datetime value from its fields (already validated). */
export function dateTimeValue(y: number, m: number, d: number, h: number, mi: number, s: number, us: number, fold: number): DateTimeValue {
  return { kind: 'datetime', ord: toOrdinal(y, m, d), y, m, d, h, mi, s, us, fold };
}

/** The tzinfo of a time or datetime instance (borrowed), or null when naive. */
export function tzOf(interp: Interp, o: PyObject): PyObject | null {
  if (!(o instanceof PyInstanceObject)) return null;
  const tz = o.slots[0] ?? null;
  return tz === interp.rt.None ? null : tz;
}
