/**
 * `datetime`'s text: the field values `strftime`/`format()` see, `isoformat` time parts, repr
 * pieces, tz names and the deterministic hash key, shared by the module's method tables
 * (datetimeModule.ts) and its alternate constructors (datetimeConstructors.ts).
 */
import { newInt } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { reprOf, strOf } from '../objects/repr';
import { callMethod } from './callMethod';
import { bindArgs } from './pyArgs';
import { isoTime, offsetText, strftime, type Fields } from './datetimeCalc';
import { ParseError } from './datetimeParse';
import { utcOffset } from './datetimeOps';
import { dateOf, type DateTimeValue, type TimeValue, tzOf, valueOf } from './datetimeValues';

/** A new str (a new reference). */
export function str(interp: Interp, s: string): PyObject {
  return newStr(interp.rt, s);
}

/** A new int, a bigint only past 2**53 (a new reference). */
export function int(interp: Interp, n: number | bigint): PyObject {
  return newInt(interp.rt, typeof n === 'bigint' && n >= -(2n ** 53n) && n <= 2n ** 53n ? Number(n) : n);
}

/** A str argument's text, or CPython's TypeError naming `what`. */
export function textArg(interp: Interp, o: PyObject | undefined, what: string): string {
  if (!(o instanceof PyUnicodeObject)) return interp.typeError(`${what} must be str, not ${o ? o.type.name : 'None'}`);
  return o.value;
}

/** Runs a parser, turning its ParseError into CPython's ValueError. */
export function parsing<T>(interp: Interp, f: () => T): T {
  try {
    return f();
  } catch (e) {
    if (e instanceof ParseError) return interp.raise('ValueError', e.message);
    throw e;
  }
}

/** The offset text of a tzinfo for `dt` (`sep` ':' for isoformat, '' for %z), '' when naive. */
function offsetSuffix(interp: Interp, o: PyObject, sep: string): string {
  const off = utcOffset(interp, tzOf(interp, o), o);
  return off === null ? '' : offsetText(off, sep);
}

/** `tzinfo.tzname(dt)` of a time or datetime, or null when naive. */
export function tzName(interp: Interp, o: PyObject): string | null {
  const tz = tzOf(interp, o);
  if (!tz) return null;
  const zone = valueOf(tz, 'timezone');
  if (zone) return zoneName(zone.offset, zone.name);
  const r = callMethod(interp, tz, 'tzname', [o]);
  const s = r instanceof PyUnicodeObject ? r.value : null;
  interp.rt.heap.decref(r);
  return s;
}

/** `timezone.tzname()`: its name, `UTC` for a zero offset, else `UTC±HH:MM`. */
export function zoneName(offset: bigint, name: string | null): string {
  if (name !== null) return name;
  return offset === 0n ? 'UTC' : `UTC${offsetText(offset, ':')}`;
}

/** The strftime fields of a date, time or datetime (1900-01-01 00:00 for the missing ones). */
export function fieldsOf(interp: Interp, o: PyObject): Fields {
  const d = dateOf(o);
  const t = valueOf(o, 'time') ?? valueOf(o, 'datetime');
  const aware = t ? tzOf(interp, o) : null;
  return {
    year: d ? d.y : 1900, month: d ? d.m : 1, day: d ? d.d : 1,
    hour: t ? t.h : 0, minute: t ? t.mi : 0, second: t ? t.s : 0, microsecond: t ? t.us : 0,
    z: aware ? offsetSuffix(interp, o, '') : '', zname: aware ? tzName(interp, o) ?? '' : '',
  };
}

/** `strftime(format)` of date, time and datetime. */
export const strftimeMethod: NativeImpl = (interp, args, kw) => {
  const [fmt] = bindArgs(interp, { qualname: 'strftime', params: ['format'], required: 1 }, args.slice(1), kw);
  return str(interp, strftime(fieldsOf(interp, args[0]), textArg(interp, fmt, 'strftime() argument 1')));
};

/** `format(o, spec)`: `str(o)` for an empty spec, else strftime. */
export const formatMethod: NativeImpl = (interp, [self, spec]) => {
  const s = textArg(interp, spec, 'format() argument 1');
  return s === '' ? str(interp, strOf(interp, self)) : str(interp, strftime(fieldsOf(interp, self), s));
};

/** `time` and `datetime` parts: `HH:MM:SS[.ffffff][+HH:MM]`. */
export function timeText(interp: Interp, o: PyObject, t: TimeValue | DateTimeValue, timespec: string): string {
  const text = isoTime(t.h, t.mi, t.s, t.us, timespec);
  if (text === null) interp.raise('ValueError', 'Unknown timespec value');
  return text + offsetSuffix(interp, o, ':');
}

/** `, tzinfo=...` in the repr of an aware time or datetime. */
export function tzReprSuffix(interp: Interp, o: PyObject): string {
  const tz = tzOf(interp, o);
  return tz ? `, tzinfo=${reprOf(interp, tz)}` : '';
}

/** The repr's `h, m[, s[, us]]` arguments. */
export function hmsRepr(t: TimeValue | DateTimeValue): string {
  return `${t.h}, ${t.mi}${t.s || t.us ? `, ${t.s}` : ''}${t.us ? `, ${t.us}` : ''}`;
}

/** A deterministic `hash()` for the module's objects (CPython's is salted, so no output shows it). */
export function stringHash(key: string): number {
  let h = 0x811c9dc5;
  for (let k = 0; k < key.length; k++) h = Math.imul(h ^ key.charCodeAt(k), 0x01000193);
  return h | 0;
}
