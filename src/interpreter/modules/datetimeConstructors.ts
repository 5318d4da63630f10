/**
 * `datetime`'s alternate constructors (the classmethods `today`, `now`, `fromtimestamp`,
 * `fromordinal`, `fromisoformat`, `fromisocalendar`, `combine`, `strptime`) and the clock and
 * zone helpers they share with `datetime.astimezone`/`timestamp` in datetimeModule.ts.
 *
 * The local zone is UTC and the clock is the `time` module's simulated one, so a run prints the
 * same thing every time.
 */
import { warnFromNative } from './nativeWarn';
import type { PyObject } from '../../engine/objects/object';
import type { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { reprOf } from '../objects/repr';
import { asDouble } from './moduleArgs';
import { bindArgs } from './pyArgs';
import { simulatedTimeNs } from './timeModule';
import { MAX_ORDINAL, toOrdinal, US_PER_DAY } from './datetimeCalc';
import { parseIsoDate, parseIsoTime, strptime, type Parsed } from './datetimeParse';
import { checkDate, checkTime, checkTzinfo, dtTypes, intArg, newDt } from './datetimeTypes';
import { utcOffset } from './datetimeOps';
import { dateFromOrdinal, dateOf, dateTimeFromUs, dateTimeValue, type DateTimeValue, tzOf, valueOf } from './datetimeValues';
import { parsing, textArg } from './datetimeText';

/** 1970-01-01's ordinal. */
export const EPOCH_ORDINAL = 719_163;

/** A datetime of parsed fields (strptime, fromisoformat), range-checked. */
function newDateTimeOf(interp: Interp, type: PyHeapTypeObject, p: Parsed, tz: PyObject | null): PyObject {
  checkDate(interp, p.year, p.month, p.day);
  checkTime(interp, p.hour, p.minute, p.second, p.microsecond, 0);
  return newDt(interp, type, dateTimeValue(p.year, p.month, p.day, p.hour, p.minute, p.second, p.microsecond, 0), tz);
}

/** A new `timezone(timedelta(microseconds=offset))` (a new reference). */
export function newZone(interp: Interp, offset: bigint, name: string | null = null): PyObject {
  if (offset === 0n && name === null) {
    const utc = dtTypes(interp).timezone.ns.get('utc') as PyObject;
    interp.rt.heap.incref(utc);
    return utc;
  }
  return newDt(interp, dtTypes(interp).timezone, { kind: 'timezone', offset, name });
}

/** The simulated clock as microseconds since the epoch. */
function nowUs(interp: Interp): bigint {
  return simulatedTimeNs(interp) / 1000n;
}

/** `fromtimestamp` (local zone = UTC) as a datetime value; `offset` shifts it into `tz`. */
function fromUnixUs(interp: Interp, us: bigint, offset: bigint): DateTimeValue {
  return dateTimeFromUs(interp, us + offset + BigInt(EPOCH_ORDINAL) * US_PER_DAY);
}

/** A POSIX timestamp argument as whole microseconds. */
function timestampArg(interp: Interp, o: PyObject): bigint {
  const r = asDouble(interp, o);
  return BigInt(Math.round(r * 1e6));
}

/** `dt.astimezone(tz)` / `now(tz)`: the UTC instant shown in `tz`. */
export function inZone(interp: Interp, utcUs: bigint, tz: PyObject): PyObject {
  const probe = newDt(interp, dtTypes(interp).datetime, dateTimeFromUs(interp, utcUs), tz);
  try {
    const off = utcOffset(interp, tz, probe) ?? 0n;
    return newDt(interp, dtTypes(interp).datetime, dateTimeFromUs(interp, utcUs + off), tz);
  } finally {
    interp.rt.heap.decref(probe);
  }
}

/** `date`'s alternate constructors. */
export function dateClassMethods(): Record<string, NativeImpl> {
  return {
    today: (i, [cls]) => newDt(i, cls as PyHeapTypeObject, dateFromOrdinal(i, fromUnixUs(i, nowUs(i), 0n).ord)),
    fromordinal: (i, [cls, n]) => {
      const ord = intArg(i, n);
      if (ord < 1 || ord > MAX_ORDINAL) i.raise('ValueError', `ordinal must be >= 1`);
      return newDt(i, cls as PyHeapTypeObject, dateFromOrdinal(i, ord));
    },
    fromisoformat: (i, [cls, s]) => {
      const text = textArg(i, s, 'fromisoformat: argument');
      const ymd = parsing(i, () => parseIsoDate(text));
      if (!ymd) return i.raise('ValueError', `Invalid isoformat string: ${reprOf(i, s)}`);
      checkDate(i, ...ymd);
      return newDt(i, cls as PyHeapTypeObject, dateFromOrdinal(i, toOrdinal(...ymd)));
    },
    fromtimestamp: (i, [cls, ts]) => newDt(i, cls as PyHeapTypeObject, dateFromOrdinal(i, fromUnixUs(i, timestampArg(i, ts), 0n).ord)),
    fromisocalendar: (i, [cls, y, w, wd]) => {
      const text = `${String(intArg(i, y)).padStart(4, '0')}-W${String(intArg(i, w)).padStart(2, '0')}-${intArg(i, wd)}`;
      const ymd = parsing(i, () => parseIsoDate(text)) as [number, number, number];
      return newDt(i, cls as PyHeapTypeObject, dateFromOrdinal(i, toOrdinal(...ymd)));
    },
  };
}

/** 3.12+: `datetime.utcnow()` and `utcfromtimestamp()` warn before they run. */
function utcDeprecated(interp: Interp, what: string, instead: string): void {
  if (interp.rt.profile.version === '3.11') return;
  warnFromNative(interp, 'DeprecationWarning', `datetime.datetime.${what} is deprecated and scheduled for removal in a future version. Use timezone-aware objects to represent datetimes in UTC: ${instead}.`);
}

/** `datetime`'s alternate constructors. */
export function dateTimeClassMethods(): Record<string, NativeImpl> {
  const now = (i: Interp, cls: PyObject, tzArg: PyObject | undefined): PyObject => {
    const tz = checkTzinfo(i, tzArg);
    if (tz) return inZone(i, nowUs(i) + BigInt(EPOCH_ORDINAL) * US_PER_DAY, tz);
    return newDt(i, cls as PyHeapTypeObject, fromUnixUs(i, nowUs(i), 0n), null);
  };
  return {
    now: (i, args, kw) => now(i, args[0], bindArgs(i, { qualname: 'now', params: ['tz'], required: 0 }, args.slice(1), kw)[0]),
    today: (i, [cls]) => now(i, cls, undefined),
    utcnow: (i, [cls]) => {
      utcDeprecated(i, 'utcnow()', 'datetime.datetime.now(datetime.UTC)');
      return now(i, cls, undefined);
    },
    fromtimestamp: (i, args, kw) => {
      const [ts, tzArg] = bindArgs(i, { qualname: 'fromtimestamp', params: ['timestamp', 'tz'], required: 1 }, args.slice(1), kw);
      const tz = checkTzinfo(i, tzArg);
      const us = timestampArg(i, ts as PyObject);
      if (tz) return inZone(i, us + BigInt(EPOCH_ORDINAL) * US_PER_DAY, tz);
      return newDt(i, args[0] as PyHeapTypeObject, fromUnixUs(i, us, 0n), null);
    },
    utcfromtimestamp: (i, [cls, ts]) => {
      utcDeprecated(i, 'utcfromtimestamp()', 'datetime.datetime.fromtimestamp(timestamp, datetime.UTC)');
      return newDt(i, cls as PyHeapTypeObject, fromUnixUs(i, timestampArg(i, ts), 0n), null);
    },
    fromordinal: (i, [cls, n]) => {
      const ord = intArg(i, n);
      if (ord < 1 || ord > MAX_ORDINAL) i.raise('ValueError', `ordinal must be >= 1`);
      return newDt(i, cls as PyHeapTypeObject, dateTimeFromUs(i, BigInt(ord) * US_PER_DAY), null);
    },
    combine: (i, args, kw) => {
      const [d, t, tzArg] = bindArgs(i, { qualname: 'combine', params: ['date', 'time', 'tzinfo'], required: 2 }, args.slice(1), kw);
      const dv = dateOf(d as PyObject);
      const tv = valueOf(t as PyObject, 'time');
      if (!dv) return i.typeError(`combine() argument 1 must be datetime.date, not ${(d as PyObject).type.name}`);
      if (!tv) return i.typeError(`combine() argument 2 must be datetime.time, not ${(t as PyObject).type.name}`);
      const tz = tzArg === undefined ? tzOf(i, t as PyObject) : checkTzinfo(i, tzArg);
      return newDt(i, args[0] as PyHeapTypeObject, dateTimeValue(dv.y, dv.m, dv.d, tv.h, tv.mi, tv.s, tv.us, tv.fold), tz);
    },
    strptime: (i, [cls, s, f]) => {
      const p = parsing(i, () => strptime(textArg(i, s, 'strptime() argument 1'), textArg(i, f, 'strptime() argument 2')));
      const tz = p.offsetUs === null ? null : newZone(i, p.offsetUs);
      try { return newDateTimeOf(i, cls as PyHeapTypeObject, p, tz); } finally { if (tz) i.rt.heap.decref(tz); }
    },
    fromisoformat: (i, [cls, s]) => {
      const text = textArg(i, s, 'fromisoformat: argument');
      const bad = (): never => i.raise('ValueError', `Invalid isoformat string: ${reprOf(i, s)}`);
      const dateLen = /^\d{4}-/.test(text) ? (text[5] === 'W' ? (text[8] === '-' ? 10 : 8) : 10) : (text[4] === 'W' ? (/^\d{4}W\d{3}/.test(text) ? 8 : 7) : 8);
      const ymd = parsing(i, () => parseIsoDate(text.slice(0, dateLen))) ?? bad();
      const rest = text.slice(dateLen + 1);
      const tm = text.length > dateLen ? parsing(i, () => parseIsoTime(rest)) ?? bad() : [0, 0, 0, 0, null] as const;
      const [h, mi, sec, us, off] = tm;
      const tz = off === null ? null : newZone(i, off);
      const p: Parsed = { year: ymd[0], month: ymd[1], day: ymd[2], hour: h, minute: mi, second: sec, microsecond: us, offsetUs: off };
      try { return newDateTimeOf(i, cls as PyHeapTypeObject, p, tz); } finally { if (tz) i.rt.heap.decref(tz); }
    },
  };
}

/** `time.fromisoformat`. */
export const timeFromIso: NativeImpl = (i, [cls, s]) => {
  const text = textArg(i, s, 'fromisoformat: argument');
  const tm = parsing(i, () => parseIsoTime(text.startsWith('T') ? text.slice(1) : text));
  if (!tm) return i.raise('ValueError', `Invalid isoformat string: ${reprOf(i, s)}`);
  const [h, mi, sec, us, off] = tm;
  checkTime(i, h, mi, sec, us, 0);
  const tz = off === null ? null : newZone(i, off);
  try {
    return newDt(i, cls as PyHeapTypeObject, { kind: 'time', h, mi, s: sec, us, fold: 0 }, tz);
  } finally {
    if (tz) i.rt.heap.decref(tz);
  }
};
