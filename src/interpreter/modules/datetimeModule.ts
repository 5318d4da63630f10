/**
 * `datetime` (Modules/_datetimemodule.c, 3.11–3.13; every output probed by
 * test/oracle/datetimeProbe.py is the same on the three versions): `date`, `time`, `datetime`,
 * `timedelta`, `tzinfo` and the fixed-offset `timezone`, with CPython's reprs, `str`, `isoformat`,
 * `strftime`/`strptime` in the C locale and `fromisoformat`'s 3.11 forms. This file holds the
 * instance methods and builds the classes; the text helpers are in datetimeText.ts, the
 * alternate constructors (`now`, `fromisoformat`, `strptime`...) in datetimeConstructors.ts.
 *
 * `now()`, `today()` and `utcnow()` read the simulated clock of the `time` module (the local zone
 * is UTC), so a run prints the same thing every time.
 *
 * Obscurity: the classes are module classes here (CPython's are static types whose instances are
 * not tracked by the GC: `sys.getsizeof` is 32 for a date, 48 for a datetime, 40 for a timedelta
 * or time); see test/fidelity/KNOWN-DIFFERENCES.md.
 */
import { withArgsTuples } from '../vm/tpCallTemps';
import { newFloat } from '../../engine/objects/floatObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import type { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { classTypes } from '../../engine/objects/classTypes';
import { newDescr } from '../../engine/objects/descrObject';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import type { NativeImpl } from '../vm/callables';
import { createClass } from '../objects/typeCreate';
import { markNonGC } from '../../engine/objects/instanceObject';
import { customHashKeys } from '../objects/hashKey';
import { reprOf } from '../objects/repr';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { type AllocSize, setAllocSize } from '../objects/nativeAllocSize';
import { newStructSeq, structSeqType } from '../objects/structSeq';
import { bindArgs } from './pyArgs';
import {
  deltaReprArgs, deltaStr, isoCalendar, isoDate, MAX_DELTA_DAYS, MAX_ORDINAL, strftime, toOrdinal, US_PER_DAY, weekdayOfOrdinal,
} from './datetimeCalc';
import {
  checkDate, checkTime, checkTzinfo, DELTA_PARAMS, deltaFromArgs, dtTypes, type DtTypes, intArg, newDt, reprName, setDtTypes,
} from './datetimeTypes';
import { compareMethods, dateNumberMethods, deltaNumberMethods, equalityKey, newDelta, utcOffset } from './datetimeOps';
import {
  anyValue, dateFromOrdinal, dateOf, dateTimeUs, dateTimeValue, type DateTimeValue, setValue, type TimeValue, tzOf, valueOf,
} from './datetimeValues';
import {
  fieldsOf, formatMethod, hmsRepr, int, str, stringHash, strftimeMethod, textArg, timeText, tzName, tzReprSuffix, zoneName,
} from './datetimeText';
import { dateClassMethods, dateTimeClassMethods, EPOCH_ORDINAL, inZone, newZone, timeFromIso } from './datetimeConstructors';


/** The tzinfo a constructor got, its fields bound by name. */
const TIME_PARAMS = ['hour', 'minute', 'second', 'microsecond', 'tzinfo'];


function dateMethods(): Record<string, NativeImpl> {
  const d = (o: PyObject) => dateOf(o) as NonNullable<ReturnType<typeof dateOf>>;
  return {
    __init__: (i, args, kw) => {
      const [y, m, dd] = bindArgs(i, { qualname: 'date', params: ['year', 'month', 'day'], required: 3 }, args.slice(1), kw).map((o) => intArg(i, o));
      checkDate(i, y, m, dd);
      setValue(args[0], { kind: 'date', ord: toOrdinal(y, m, dd), y, m, d: dd });
      return i.none();
    },
    __repr__: (i, [o]) => str(i, `${reprName(i, o)}(${d(o).y}, ${d(o).m}, ${d(o).d})`),
    __str__: (i, [o]) => str(i, isoDate(d(o).y, d(o).m, d(o).d)),
    isoformat: (i, [o]) => str(i, isoDate(d(o).y, d(o).m, d(o).d)),
    weekday: (i, [o]) => int(i, weekdayOfOrdinal(d(o).ord)),
    isoweekday: (i, [o]) => int(i, weekdayOfOrdinal(d(o).ord) + 1),
    toordinal: (i, [o]) => int(i, d(o).ord),
    isocalendar: (i, [o]) => {
      const [y, w, wd] = isoCalendar(d(o).y, d(o).m, d(o).d);
      return newStructSeq(i, isoCalendarType(i), [int(i, y), int(i, w), int(i, wd)]);
    },
    ctime: (i, [o]) => str(i, strftime(fieldsOf(i, o), '%a %b %e %H:%M:%S %Y')),
    strftime: strftimeMethod,
    __format__: formatMethod,
    __hash__: (i, [o]) => int(i, stringHash(equalityKey(i, o))),
    replace: (i, args, kw) => {
      const v = d(args[0]);
      const [y, m, dd] = bindArgs(i, { qualname: 'replace', params: ['year', 'month', 'day'], required: 0 }, args.slice(1), kw);
      const ny = intArg(i, y, v.y); const nm = intArg(i, m, v.m); const nd = intArg(i, dd, v.d);
      checkDate(i, ny, nm, nd);
      return newDt(i, dtTypes(i).date, { kind: 'date', ord: toOrdinal(ny, nm, nd), y: ny, m: nm, d: nd });
    },
    ...dateNumberMethods,
    ...compareMethods,
  };
}


function timeMethods(): Record<string, NativeImpl> {
  const t = (o: PyObject) => valueOf(o, 'time') as TimeValue;
  return {
    __init__: (i, args, kw) => {
      const b = bindArgs(i, { qualname: 'time', params: TIME_PARAMS, required: 0, kwOnly: ['fold'] }, args.slice(1), kw);
      const [h, mi, s, us] = b.slice(0, 4).map((o) => intArg(i, o));
      const fold = intArg(i, b[5]);
      checkTime(i, h, mi, s, us, fold);
      const tz = checkTzinfo(i, b[4]);
      setValue(args[0], { kind: 'time', h, mi, s, us, fold });
      setTz(i, args[0], tz);
      return i.none();
    },
    __repr__: (i, [o]) => str(i, `${reprName(i, o)}(${hmsRepr(t(o))}${tzReprSuffix(i, o)})`),
    __str__: (i, [o]) => str(i, timeText(i, o, t(o), 'auto')),
    isoformat: (i, args, kw) => {
      const [spec] = bindArgs(i, { qualname: 'isoformat', params: ['timespec'], required: 0 }, args.slice(1), kw);
      return str(i, timeText(i, args[0], t(args[0]), spec ? textArg(i, spec, 'timespec') : 'auto'));
    },
    strftime: strftimeMethod,
    __format__: formatMethod,
    __hash__: (i, [o]) => int(i, stringHash(equalityKey(i, o))),
    __bool__: (i) => i.bool(true),
    utcoffset: (i, [o]) => optionalDelta(i, utcOffset(i, tzOf(i, o), i.rt.None)),
    tzname: (i, [o]) => { const n = tzName(i, o); return n === null ? i.none() : str(i, n); },
    replace: (i, args, kw) => {
      const v = t(args[0]);
      const b = bindArgs(i, { qualname: 'replace', params: TIME_PARAMS, required: 0, kwOnly: ['fold'] }, args.slice(1), kw);
      const [h, mi, s, us] = [v.h, v.mi, v.s, v.us].map((x, k) => intArg(i, b[k], x));
      const fold = intArg(i, b[5], v.fold);
      checkTime(i, h, mi, s, us, fold);
      const tz = b[4] === undefined ? tzOf(i, args[0]) : checkTzinfo(i, b[4]);
      return newDt(i, dtTypes(i).time, { kind: 'time', h, mi, s, us, fold }, tz);
    },
    ...compareMethods,
  };
}

function optionalDelta(interp: Interp, us: bigint | null): PyObject {
  return us === null ? interp.none() : newDelta(interp, us);
}

/** Stores a constructor's tzinfo in the instance's slot. */
function setTz(interp: Interp, o: PyObject, tz: PyObject | null): void {
  const slots = (o as unknown as { slots: (PyObject | null)[] }).slots;
  const z = tz ?? interp.rt.None;
  interp.rt.heap.incref(z);
  const old = slots[0];
  slots[0] = z;
  interp.rt.heap.xdecref(old ?? null);
}

const DATETIME_PARAMS = ['year', 'month', 'day', ...TIME_PARAMS];

function dateTimeMethods(): Record<string, NativeImpl> {
  const v = (o: PyObject) => valueOf(o, 'datetime') as DateTimeValue;
  return {
    __init__: (i, args, kw) => {
      const b = bindArgs(i, { qualname: 'datetime', params: DATETIME_PARAMS, required: 3, kwOnly: ['fold'] }, args.slice(1), kw);
      const [y, m, d, h, mi, s, us] = b.slice(0, 7).map((o) => intArg(i, o));
      const fold = intArg(i, b[8]);
      checkDate(i, y, m, d);
      checkTime(i, h, mi, s, us, fold);
      const tz = checkTzinfo(i, b[7]);
      setValue(args[0], dateTimeValue(y, m, d, h, mi, s, us, fold));
      setTz(i, args[0], tz);
      return i.none();
    },
    __repr__: (i, [o]) => str(i, `${reprName(i, o)}(${v(o).y}, ${v(o).m}, ${v(o).d}, ${hmsRepr(v(o))}${tzReprSuffix(i, o)})`),
    __str__: (i, [o]) => str(i, `${isoDate(v(o).y, v(o).m, v(o).d)} ${timeText(i, o, v(o), 'auto')}`),
    isoformat: (i, args, kw) => {
      const [sep, spec] = bindArgs(i, { qualname: 'isoformat', params: ['sep', 'timespec'], required: 0 }, args.slice(1), kw);
      const o = args[0];
      const s = sep ? textArg(i, sep, 'isoformat() argument 1') : 'T';
      return str(i, `${isoDate(v(o).y, v(o).m, v(o).d)}${s}${timeText(i, o, v(o), spec ? textArg(i, spec, 'timespec') : 'auto')}`);
    },
    __hash__: (i, [o]) => int(i, stringHash(equalityKey(i, o))),
    date: (i, [o]) => newDt(i, dtTypes(i).date, dateFromOrdinal(i, v(o).ord)),
    time: (i, [o]) => newDt(i, dtTypes(i).time, { kind: 'time', h: v(o).h, mi: v(o).mi, s: v(o).s, us: v(o).us, fold: v(o).fold }, null),
    timetz: (i, [o]) => newDt(i, dtTypes(i).time, { kind: 'time', h: v(o).h, mi: v(o).mi, s: v(o).s, us: v(o).us, fold: v(o).fold }, tzOf(i, o)),
    utcoffset: (i, [o]) => optionalDelta(i, utcOffset(i, tzOf(i, o), o)),
    tzname: (i, [o]) => { const n = tzName(i, o); return n === null ? i.none() : str(i, n); },
    dst: (i, [o]) => (tzOf(i, o) ? newDelta(i, 0n) : i.none()),
    timestamp: (i, [o]) => {
      const off = utcOffset(i, tzOf(i, o), o) ?? 0n;
      const us = dateTimeUs(v(o)) - off - BigInt(EPOCH_ORDINAL) * US_PER_DAY;
      return newFloat(i.rt, Number(us) / 1e6);
    },
    astimezone: (i, args) => {
      const o = args[0];
      const off = utcOffset(i, tzOf(i, o), o) ?? 0n;
      const tz = args[1] === undefined || args[1] === i.rt.None ? null : checkTzinfo(i, args[1]);
      const utcUs = dateTimeUs(v(o)) - off;
      if (tz) return inZone(i, utcUs, tz);
      const utc = newZone(i, 0n);
      try { return inZone(i, utcUs, utc); } finally { i.rt.heap.decref(utc); }
    },
    replace: (i, args, kw) => {
      const o = v(args[0]);
      const b = bindArgs(i, { qualname: 'replace', params: DATETIME_PARAMS, required: 0, kwOnly: ['fold'] }, args.slice(1), kw);
      const [y, m, d, h, mi, s, us] = [o.y, o.m, o.d, o.h, o.mi, o.s, o.us].map((x, k) => intArg(i, b[k], x));
      const fold = intArg(i, b[8], o.fold);
      checkDate(i, y, m, d);
      checkTime(i, h, mi, s, us, fold);
      const tz = b[7] === undefined ? tzOf(i, args[0]) : checkTzinfo(i, b[7]);
      return newDt(i, dtTypes(i).datetime, dateTimeValue(y, m, d, h, mi, s, us, fold), tz);
    },
    ...dateNumberMethods,
    ...compareMethods,
  };
}


function deltaMethods(): Record<string, NativeImpl> {
  const us = (o: PyObject) => (valueOf(o, 'timedelta') as { us: bigint }).us;
  const part = (o: PyObject) => {
    const total = us(o);
    let days = total / US_PER_DAY; let rest = total % US_PER_DAY;
    if (rest < 0n) { rest += US_PER_DAY; days -= 1n; }
    return { days, seconds: rest / 1_000_000n, microseconds: rest % 1_000_000n };
  };
  return {
    __init__: (i, args, kw) => {
      const b = bindArgs(i, { qualname: 'timedelta', params: DELTA_PARAMS, required: 0 }, args.slice(1), kw);
      const total = deltaFromArgs(i, b);
      // microseconds_to_delta_ex: divmod(us, 10**6), then divmod(seconds, 86400), each a
      // 2-tuple freed before the next: one tuple through the free list.
      withArgsTuples(i, [[i.rt.None, i.rt.None]], () => i.rt.None);
      setValue(args[0], { kind: 'timedelta', us: total });
      return i.none();
    },
    __repr__: (i, [o]) => str(i, `${reprName(i, o)}(${deltaReprArgs(us(o))})`),
    __str__: (i, [o]) => str(i, deltaStr(us(o))),
    __hash__: (i, [o]) => int(i, stringHash(equalityKey(i, o))),
    total_seconds: (i, [o]) => newFloat(i.rt, Number(us(o)) / 1e6),
    days: (i, [o]) => int(i, part(o).days),
    seconds: (i, [o]) => int(i, part(o).seconds),
    microseconds: (i, [o]) => int(i, part(o).microseconds),
    ...deltaNumberMethods,
    ...compareMethods,
  };
}

function zoneMethods(): Record<string, NativeImpl> {
  const z = (o: PyObject) => valueOf(o, 'timezone') as { offset: bigint; name: string | null };
  return {
    __init__: (i, args, kw) => {
      const [off, name] = bindArgs(i, { qualname: 'timezone', params: ['offset', 'name'], required: 1 }, args.slice(1), kw);
      const d = valueOf(off as PyObject, 'timedelta');
      if (!d) return i.typeError(`timezone() argument 1 must be datetime.timedelta, not ${(off as PyObject).type.name}`);
      if (d.us <= -US_PER_DAY || d.us >= US_PER_DAY) {
        i.raise('ValueError', `offset must be a timedelta strictly between -timedelta(hours=24) and timedelta(hours=24), not ${reprOf(i, off as PyObject)}.`);
      }
      setValue(args[0], { kind: 'timezone', offset: d.us, name: name === undefined ? null : textArg(i, name, 'timezone() argument 2') });
      return i.none();
    },
    __repr__: (i, [o]) => {
      const v = z(o);
      if (o === dtTypes(i).timezone.ns.get('utc')) return str(i, 'datetime.timezone.utc');
      return str(i, `${reprName(i, o)}(datetime.timedelta(${deltaReprArgs(v.offset)})${v.name === null ? '' : `, ${reprOf(i, str(i, v.name))}`})`);
    },
    __str__: (i, [o]) => str(i, zoneName(z(o).offset, z(o).name)),
    __hash__: (i, [o]) => int(i, stringHash(equalityKey(i, o))),
    utcoffset: (i, [o]) => newDelta(i, z(o).offset),
    tzname: (i, [o]) => str(i, zoneName(z(o).offset, z(o).name)),
    dst: (i) => i.none(),
    __eq__: compareMethods.__eq__,
    __ne__: compareMethods.__ne__,
  };
}

/**
 * `copy.copy` / `copy.deepcopy`: CPython reduces to `type(o)(*fields)`, a new equal object of the
 * same class (the tzinfo shared).
 */
const copyOf: NativeImpl = (interp, [o]) => {
  const v = anyValue(o);
  if (!v) return interp.typeError(`cannot copy an uninitialized '${o.type.name}' object`);
  const slots = (o as unknown as { slots: (PyObject | null)[] }).slots;
  return newDt(interp, o.type as PyHeapTypeObject, v, slots.length > 0 ? tzOf(interp, o) : undefined);
};


const isoCalendarTypes = new WeakMap<object, ReturnType<typeof structSeqType>>();

/** `datetime.IsoCalendarDate(year=..., week=..., weekday=...)`. */
function isoCalendarType(interp: Interp): ReturnType<typeof structSeqType> {
  let t = isoCalendarTypes.get(interp.rt);
  if (!t) isoCalendarTypes.set(interp.rt, (t = structSeqType(interp, 'datetime.IsoCalendarDate', ['year', 'week', 'weekday'])));
  return t;
}

const PROPERTIES: Record<string, string[]> = {
  date: ['year', 'month', 'day'],
  time: ['hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'],
  datetime: ['hour', 'minute', 'second', 'microsecond', 'tzinfo', 'fold'],
  timedelta: ['days', 'seconds', 'microseconds'],
};

/** A field's getter: `d.year`, `t.tzinfo`... */
function fieldGetter(name: string): NativeImpl {
  return (interp, [o]) => {
    if (name === 'tzinfo') { const tz = tzOf(interp, o) ?? interp.rt.None; interp.rt.heap.incref(tz); return tz; }
    const v = (valueOf(o, 'time') ?? valueOf(o, 'datetime') ?? dateOf(o)) as unknown as Record<string, number>;
    const key = { year: 'y', month: 'm', day: 'd', hour: 'h', minute: 'mi', second: 's', microsecond: 'us', fold: 'fold' }[name] as string;
    return int(interp, v[key]);
  };
}

function makeClass(interp: Interp, name: string, base: PyTypeObject | null, slots: string[], methods: Record<string, NativeImpl>, classMethods: Record<string, NativeImpl> = {}): PyHeapTypeObject {
  const rt = interp.rt;
  const ct = classTypes(rt);
  const ns = new Map<string, PyObject>();
  ns.set('__module__', str(interp, 'datetime'));
  ns.set('__slots__', newTuple(rt, slots.map((s) => str(interp, s))));
  const props = PROPERTIES[name] ?? [];
  for (const [k, impl] of Object.entries(methods)) {
    const f = interp.nativeFunction(k, impl);
    ns.set(k, props.includes(k) ? newDescr(rt, ct.property, [f, null, null, null]) : f);
  }
  for (const p of props) if (!ns.has(p)) ns.set(p, newDescr(rt, ct.property, [interp.nativeFunction(p, fieldGetter(p)), null, null, null]));
  if (name !== 'tzinfo') {
    ns.set('__copy__', interp.nativeFunction('__copy__', copyOf));
    ns.set('__deepcopy__', interp.nativeFunction('__deepcopy__', copyOf));
  }
  for (const [k, impl] of Object.entries(classMethods)) ns.set(k, newDescr(rt, ct.classmethod, [interp.nativeFunction(k, impl)]));
  const t = createClass(interp, name, [base ?? rt.types.object], ns);
  customHashKeys.set(t, (i, o) => ({ key: o, hashKey: equalityKey(i, o) }));
  return t;
}

/** Sets the class attributes `min`, `max`, `resolution` (and `timezone.utc`). */
function setClassValue(_interp: Interp, t: PyHeapTypeObject, name: string, v: PyObject): void {
  t.ns.set(name, v);
}

function defineLimits(interp: Interp, t: DtTypes): void {
  const dt = (v: DateTimeValue) => newDt(interp, t.datetime, v, null);
  setClassValue(interp, t.timedelta, 'min', newDelta(interp, -BigInt(MAX_DELTA_DAYS) * US_PER_DAY));
  setClassValue(interp, t.timedelta, 'max', newDelta(interp, BigInt(MAX_DELTA_DAYS + 1) * US_PER_DAY - 1n));
  setClassValue(interp, t.timedelta, 'resolution', newDelta(interp, 1n));
  setClassValue(interp, t.date, 'min', newDt(interp, t.date, dateFromOrdinal(interp, 1)));
  setClassValue(interp, t.date, 'max', newDt(interp, t.date, dateFromOrdinal(interp, MAX_ORDINAL)));
  setClassValue(interp, t.date, 'resolution', newDelta(interp, US_PER_DAY));
  setClassValue(interp, t.datetime, 'min', dt(dateTimeValue(1, 1, 1, 0, 0, 0, 0, 0)));
  setClassValue(interp, t.datetime, 'max', dt(dateTimeValue(9999, 12, 31, 23, 59, 59, 999999, 0)));
  setClassValue(interp, t.datetime, 'resolution', newDelta(interp, 1n));
  setClassValue(interp, t.time, 'min', newDt(interp, t.time, { kind: 'time', h: 0, mi: 0, s: 0, us: 0, fold: 0 }, null));
  setClassValue(interp, t.time, 'max', newDt(interp, t.time, { kind: 'time', h: 23, mi: 59, s: 59, us: 999999, fold: 0 }, null));
  setClassValue(interp, t.time, 'resolution', newDelta(interp, 1n));
  setClassValue(interp, t.timezone, 'utc', newDt(interp, t.timezone, { kind: 'timezone', offset: 0n, name: null }));
  const limit = US_PER_DAY - 60_000_000n;
  setClassValue(interp, t.timezone, 'min', newDt(interp, t.timezone, { kind: 'timezone', offset: -limit, name: null }));
  setClassValue(interp, t.timezone, 'max', newDt(interp, t.timezone, { kind: 'timezone', offset: limit, name: null }));
}

/** `tp_basicsize` of each type, the same on 3.11–3.13 (test/oracle/nonGcNativeTypes.py). */
const DT_BASICSIZE: Record<keyof DtTypes, number> = { timedelta: 40, date: 32, tzinfo: 16, time: 40, datetime: 48, timezone: 32 };

/**
 * `time_new` / `datetime_new`'s allocation: 8 bytes less (no tzinfo pointer) unless the `tzinfo`
 * argument (positional `index`, or by keyword) is given and not None.
 */
function tzinfoAllocSize(interp: Interp, index: number, basicsize: number): AllocSize {
  return (args, kwnames) => {
    const positional = args.length - (kwnames?.length ?? 0);
    const k = kwnames?.indexOf('tzinfo') ?? -1;
    const tz = k >= 0 ? args[positional + k] : index < positional ? args[index] : undefined;
    return tz === undefined || tz === interp.rt.None ? basicsize - 8 : undefined;
  };
}

/** Creates the module (on first import). */
export function createDatetime(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  const timedelta = makeClass(interp, 'timedelta', null, [], deltaMethods());
  const date = makeClass(interp, 'date', null, [], dateMethods(), dateClassMethods());
  const tzinfo = makeClass(interp, 'tzinfo', null, [], {});
  const time = makeClass(interp, 'time', null, ['_tzinfo'], timeMethods(), { fromisoformat: timeFromIso });
  const datetime = makeClass(interp, 'datetime', date, ['_tzinfo'], dateTimeMethods(), dateTimeClassMethods());
  const timezone = makeClass(interp, 'timezone', tzinfo, [], zoneMethods());
  const types: DtTypes = { timedelta, date, tzinfo, time, datetime, timezone };
  // _datetimemodule.c's types are static and not GC types: instances are plain PyObject_Malloc
  // blocks of tp_basicsize, never tracked (test/oracle/nonGcNativeTypes.py).
  for (const [name, size] of Object.entries(DT_BASICSIZE)) markNonGC(types[name as keyof DtTypes], size);
  setAllocSize(time, tzinfoAllocSize(interp, 4, DT_BASICSIZE.time));
  setAllocSize(datetime, tzinfoAllocSize(interp, 7, DT_BASICSIZE.datetime));
  setDtTypes(interp, types);
  defineLimits(interp, types);
  for (const t of Object.values(types)) rt.heap.incref(t);
  const utc = timezone.ns.get('utc') as PyObject;
  rt.heap.incref(utc);
  return interp.defineModule('datetime', {}, {
    ...types, MINYEAR: int(interp, 1), MAXYEAR: int(interp, 9999), UTC: utc,
  });
}
