/**
 * `datetime`'s number and comparison protocol (the `nb_*` and `tp_richcompare` of
 * `_datetimemodule.c`): timedelta arithmetic normalised to microseconds, `date ± timedelta`
 * (only the days count), `datetime ± timedelta`, differences, and the comparisons with CPython's
 * refusals: naive against aware, and a datetime ordered against a plain date.
 */
import { newFloat } from '../../engine/objects/floatObject';
import { newInt, normalizeInt } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import type { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { callMethod } from './callMethod';
import { US_PER_DAY } from './datetimeCalc';
import { checkDelta, dtTypes, newDt, numberRatio, reprName, scaleDelta } from './datetimeTypes';
import { dateFromOrdinal, dateOf, dateTimeFromUs, dateTimeUs, type DateTimeValue, tzOf, valueOf } from './datetimeValues';
import * as Q from './rational';

/** The `NotImplemented` singleton (a new reference). */
export function notImplemented(interp: Interp): PyObject {
  const ni = interp.builtins.get('NotImplemented') as PyObject;
  interp.rt.heap.incref(ni);
  return ni;
}

/** A new timedelta of `us` microseconds (range-checked). */
export function newDelta(interp: Interp, us: bigint): PyObject {
  return newDt(interp, dtTypes(interp).timedelta, { kind: 'timedelta', us: checkDelta(interp, us) });
}

/** The UTC offset of `tz` for `dt` in microseconds (`tzinfo.utcoffset(dt)`), or null. */
export function utcOffset(interp: Interp, tz: PyObject | null, dt: PyObject): bigint | null {
  if (!tz) return null;
  const zone = valueOf(tz, 'timezone');
  if (zone) return zone.offset;
  const r = callMethod(interp, tz, 'utcoffset', [dt]);
  try {
    if (r === interp.rt.None) return null;
    const d = valueOf(r, 'timedelta');
    if (!d) return interp.typeError(`tzinfo.utcoffset() must return None or timedelta, not '${r.type.name}'`);
    return d.us;
  } finally {
    interp.rt.heap.decref(r);
  }
}

/** A datetime's value and its offset (null when naive). */
function dtParts(interp: Interp, o: PyObject): { v: DateTimeValue; off: bigint | null } | null {
  const v = valueOf(o, 'datetime');
  return v ? { v, off: utcOffset(interp, tzOf(interp, o), o) } : null;
}

/** A new datetime of the same class and tzinfo as `like` (3.8+: a subclass's result is of the subclass). */
function dateTimeLike(interp: Interp, like: PyObject, us: bigint): PyObject {
  return newDt(interp, like.type as PyHeapTypeObject, dateTimeFromUs(interp, us), tzOf(interp, like));
}

const add: NativeImpl = (interp, [a, b]) => sum(interp, a, b, 1n) ?? sum(interp, b, a, 1n) ?? notImplemented(interp);

/** `a + sign*b` where `b` is a timedelta; null when the types do not fit. */
function sum(interp: Interp, a: PyObject, b: PyObject, sign: bigint): PyObject | null {
  const d = valueOf(b, 'timedelta');
  if (!d) return null;
  const delta = sign * d.us;
  const ta = valueOf(a, 'timedelta');
  if (ta) return newDelta(interp, ta.us + delta);
  const dt = valueOf(a, 'datetime');
  if (dt) return dateTimeLike(interp, a, dateTimeUs(dt) + delta);
  const date = valueOf(a, 'date');
  if (date) {
    const days = (d.us >= 0n ? d.us : d.us - US_PER_DAY + 1n) / US_PER_DAY;
    const target = BigInt(date.ord) + sign * days;
    return newDt(interp, a.type as PyHeapTypeObject, dateFromOrdinal(interp, Number(target < 0n ? 0n : target > 4_000_000n ? 4_000_000n : target)));
  }
  return null;
}

const sub: NativeImpl = (interp, [a, b]) => {
  const r = sum(interp, a, b, -1n);
  if (r) return r;
  const x = dtParts(interp, a);
  const y = dtParts(interp, b);
  if (x && y) {
    if ((x.off === null) !== (y.off === null)) return interp.typeError("can't subtract offset-naive and offset-aware datetimes");
    return newDelta(interp, dateTimeUs(x.v) - (x.off ?? 0n) - (dateTimeUs(y.v) - (y.off ?? 0n)));
  }
  const da = valueOf(a, 'date');
  const db = valueOf(b, 'date');
  if (da && db) return newDelta(interp, BigInt(da.ord - db.ord) * US_PER_DAY);
  return notImplemented(interp);
};

const rsub: NativeImpl = (interp, [a, b]) => sub(interp, [b, a], null);

const mul: NativeImpl = (interp, [a, b]) => {
  const d = valueOf(a, 'timedelta') ?? valueOf(b, 'timedelta');
  const r = numberRatio(interp, valueOf(a, 'timedelta') ? b : a);
  return d && r ? newDelta(interp, scaleDelta(interp, d.us, r)) : notImplemented(interp);
};

const zeroDivision = (interp: Interp): never => interp.raise('ZeroDivisionError', 'integer division or modulo by zero');

/** `/` and `//`: by a timedelta (`byDelta`) or by a number (`byNumber`, null: NotImplemented). */
function division(byDelta: (interp: Interp, a: bigint, b: bigint) => PyObject, byNumber: (interp: Interp, a: bigint, r: Q.Rational) => PyObject | null): NativeImpl {
  return (interp, [a, b]) => {
    const d = valueOf(a, 'timedelta');
    if (!d) return notImplemented(interp);
    const e = valueOf(b, 'timedelta');
    if (e) {
      if (e.us === 0n) zeroDivision(interp);
      return byDelta(interp, d.us, e.us);
    }
    const r = numberRatio(interp, b);
    if (r && r[0] === 0n) zeroDivision(interp);
    return (r && byNumber(interp, d.us, r)) ?? notImplemented(interp);
  };
}

const truediv = division(
  (interp, a, b) => newFloat(interp.rt, Q.ratioToFloat(a, b) as number),
  (interp, a, r) => newDelta(interp, scaleDelta(interp, a, [r[1], r[0]])),
);

const floordiv = division(
  (interp, a, b) => newInt(interp.rt, normalizeInt(Q.floorDiv(a, b))),
  (interp, a, r) => (r[1] === 1n ? newDelta(interp, Q.floorDiv(a, r[0])) : null),
);

const mod: NativeImpl = (interp, [a, b]) => {
  const d = valueOf(a, 'timedelta');
  const e = valueOf(b, 'timedelta');
  if (!d || !e) return notImplemented(interp);
  if (e.us === 0n) zeroDivision(interp);
  return newDelta(interp, d.us - Q.floorDiv(d.us, e.us) * e.us);
};

const divmod: NativeImpl = (interp, [a, b]) => {
  const d = valueOf(a, 'timedelta');
  const e = valueOf(b, 'timedelta');
  if (!d || !e) return notImplemented(interp);
  if (e.us === 0n) zeroDivision(interp);
  const q = Q.floorDiv(d.us, e.us);
  return newTuple(interp.rt, [newInt(interp.rt, normalizeInt(q)), newDelta(interp, d.us - q * e.us)]);
};

const unaryDelta = (f: (us: bigint) => bigint): NativeImpl => (interp, [a]) => newDelta(interp, f((valueOf(a, 'timedelta') as { us: bigint }).us));

/** The dunders of the number protocol, for the class namespaces. */
export const deltaNumberMethods: Record<string, NativeImpl> = {
  __add__: add, __radd__: add, __sub__: sub, __rsub__: rsub, __mul__: mul, __rmul__: mul,
  __truediv__: truediv, __floordiv__: floordiv, __mod__: mod, __divmod__: divmod,
  __neg__: unaryDelta((us) => -us), __pos__: unaryDelta((us) => us), __abs__: unaryDelta((us) => (us < 0n ? -us : us)),
  __bool__: (interp, [a]) => interp.bool((valueOf(a, 'timedelta') as { us: bigint }).us !== 0n),
};

/** `date`/`datetime` arithmetic: `+ timedelta` (either side) and `-`. */
export const dateNumberMethods: Record<string, NativeImpl> = { __add__: add, __radd__: add, __sub__: sub, __rsub__: rsub };

type Order = -1 | 0 | 1;
const sign = (x: bigint | number): Order => (x < 0 ? -1 : x > 0 ? 1 : 0);

/** Compares `a` and `b`: an order, 'ne' when only (in)equality is defined, null for NotImplemented. */
function order(interp: Interp, a: PyObject, b: PyObject, ordering: string | null): Order | 'ne' | null {
  const ta = valueOf(a, 'timedelta');
  if (ta) { const tb = valueOf(b, 'timedelta'); return tb ? sign(ta.us - tb.us) : null; }
  const x = dtParts(interp, a);
  if (x) {
    const y = dtParts(interp, b);
    if (!y) {
      if (!dateOf(b)) return null;
      if (ordering) mixedOrder(interp, a, b, ordering);
      return 'ne';
    }
    if ((x.off === null) !== (y.off === null)) {
      if (ordering) interp.typeError("can't compare offset-naive and offset-aware datetimes");
      return 'ne';
    }
    return sign(dateTimeUs(x.v) - (x.off ?? 0n) - (dateTimeUs(y.v) - (y.off ?? 0n)));
  }
  const da = valueOf(a, 'date');
  if (da) {
    const db = valueOf(b, 'date');
    if (db) return sign(da.ord - db.ord);
    if (!valueOf(b, 'datetime')) return null;
    if (ordering) mixedOrder(interp, a, b, ordering);
    return 'ne';
  }
  const t1 = valueOf(a, 'time');
  const t2 = valueOf(b, 'time');
  if (t1 && t2) {
    const o1 = utcOffset(interp, tzOf(interp, a), interp.rt.None);
    const o2 = utcOffset(interp, tzOf(interp, b), interp.rt.None);
    if ((o1 === null) !== (o2 === null)) {
      if (ordering) interp.typeError("can't compare offset-naive and offset-aware times");
      return 'ne';
    }
    const us = (t: typeof t1): bigint => BigInt(((t.h * 60 + t.mi) * 60 + t.s) * 1_000_000 + t.us);
    return sign(us(t1) - (o1 ?? 0n) - (us(t2) - (o2 ?? 0n)));
  }
  const z1 = valueOf(a, 'timezone');
  const z2 = valueOf(b, 'timezone');
  if (z1 && !ordering) return z2 ? (z1.offset === z2.offset ? 0 : 'ne') : null;
  return null;
}

/**
 * Ordering a datetime against a plain date: 3.11/3.12's `can't compare datetime.datetime to
 * datetime.date`; on 3.13 both sides return NotImplemented (the generic message).
 */
function mixedOrder(interp: Interp, a: PyObject, b: PyObject, op: string): never {
  if (interp.rt.profile.versionInfo[1] >= 13) {
    return interp.typeError(`'${op}' not supported between instances of '${reprName(interp, a)}' and '${reprName(interp, b)}'`);
  }
  return interp.typeError("can't compare datetime.datetime to datetime.date");
}

function comparison(test: (c: Order) => boolean, op: 'eq' | 'ne' | string): NativeImpl {
  return (interp, [a, b]) => {
    const c = order(interp, a, b, op === 'eq' || op === 'ne' ? null : op);
    if (c === null) return notImplemented(interp);
    if (c === 'ne') return interp.bool(op === 'ne');
    return interp.bool(test(c));
  };
}

/** `tp_richcompare` as the six dunders. */
export const compareMethods: Record<string, NativeImpl> = {
  __eq__: comparison((c) => c === 0, 'eq'), __ne__: comparison((c) => c !== 0, 'ne'),
  __lt__: comparison((c) => c < 0, '<'), __le__: comparison((c) => c <= 0, '<='),
  __gt__: comparison((c) => c > 0, '>'), __ge__: comparison((c) => c >= 0, '>='),
};

/** The key equal objects share (dicts and sets; `hash()` derives from it). */
export function equalityKey(interp: Interp, o: PyObject): string {
  const td = valueOf(o, 'timedelta');
  if (td) return `td${td.us}`;
  const x = dtParts(interp, o);
  if (x) return x.off === null ? `dt${dateTimeUs(x.v)}` : `dtz${dateTimeUs(x.v) - x.off}`;
  const d = valueOf(o, 'date');
  if (d) return `d${d.ord}`;
  const t = valueOf(o, 'time');
  if (t) {
    const off = utcOffset(interp, tzOf(interp, o), interp.rt.None);
    const us = BigInt(((t.h * 60 + t.mi) * 60 + t.s) * 1_000_000 + t.us);
    return off === null ? `t${us}` : `tz${us - off}`;
  }
  const z = valueOf(o, 'timezone');
  return z ? `z${z.offset}` : `?${o.id}`;
}
