/**
 * `calendar` (Lib/calendar.py, C locale): the leap-year and weekday helpers, `monthrange`,
 * `monthcalendar`, the month and day names, and `TextCalendar.formatmonth` / `month()` with its
 * text layout (`str.center` of each cell, trailing spaces stripped). `Calendar` and
 * `TextCalendar` are module classes whose first weekday sits beside the instance.
 *
 * Obscurity: 3.12 made MONDAY..SUNDAY members of the IntEnum `calendar.Day` (repr
 * `calendar.MONDAY`, `monthrange` returns one); they are plain ints here (printing one gives the
 * same text, its repr differs: KNOWN-DIFFERENCES.md).
 */
import { newException } from '../../engine/objects/exceptionObject';
import { newInt } from '../../engine/objects/longObject';
import { newList } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import type { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { newStr } from '../../engine/objects/unicodeObject';
import { classTypes } from '../../engine/objects/classTypes';
import { newDescr } from '../../engine/objects/descrObject';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import { PyError } from '../runtime/pyError';
import type { NativeImpl } from '../vm/callables';
import { getIter } from '../objects/abstract';
import { writeStdout } from '../builtins/printWrites';
import type { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { createClass } from '../objects/typeCreate';
import { bindArgs } from './pyArgs';
import { DAY_NAMES, daysInMonth, isLeap, MONTH_NAMES, toOrdinal, weekdayOfOrdinal } from './datetimeCalc';
import { dtTypes, intArg, newDt } from './datetimeTypes';
import { dateFromOrdinal } from './datetimeValues';

/** `str.center(width)` (CPython's `pad`: the odd space goes left when the width is odd). */
function center(s: string, width: number): string {
  const marg = width - s.length;
  if (marg <= 0) return s;
  const left = Math.floor(marg / 2) + (marg & width & 1);
  return ' '.repeat(left) + s + ' '.repeat(marg - left);
}

/** The month's weeks as day numbers (0 outside the month), weeks starting on `first`. */
function monthDays(y: number, m: number, first: number): number[][] {
  const start = (weekdayOfOrdinal(toOrdinal(y, m, 1)) - first + 7) % 7;
  const n = daysInMonth(y, m);
  const weeks: number[][] = [];
  for (let cell = 0; cell < start + n || cell % 7 !== 0; cell++) {
    if (cell % 7 === 0) weeks.push([]);
    const day = cell - start + 1;
    weeks[weeks.length - 1].push(day >= 1 && day <= n ? day : 0);
  }
  return weeks;
}

function weekHeader(first: number, width: number): string {
  const names = (d: number) => (width >= 9 ? DAY_NAMES[d] : DAY_NAMES[d].slice(0, 3));
  return Array.from({ length: 7 }, (_, k) => center(names((first + k) % 7).slice(0, width), width)).join(' ');
}

/** `TextCalendar.formatmonth(y, m, w, l)`. */
function formatMonth(y: number, m: number, first: number, w: number, l: number): string {
  w = Math.max(2, w);
  l = Math.max(1, l);
  const nl = '\n'.repeat(l);
  let s = center(`${MONTH_NAMES[m]} ${y}`, 7 * (w + 1) - 1).trimEnd() + nl;
  s += weekHeader(first, w).trimEnd() + nl;
  for (const week of monthDays(y, m, first)) {
    s += week.map((d) => center(d === 0 ? '' : String(d).padStart(2, ' '), w)).join(' ').trimEnd() + nl;
  }
  return s;
}

/**
 * `TextCalendar.formatyear(y, w, l, c, m)`: the year centred over `m` months a row, each row the
 * months' names, week headers and weeks side by side, columns `c` spaces apart.
 */
function formatYear(y: number, first: number, w: number, l: number, c: number, m: number): string {
  w = Math.max(2, w);
  l = Math.max(1, l);
  c = Math.max(2, c);
  const colwidth = (w + 1) * 7 - 1;
  const nl = '\n'.repeat(l);
  const row = (cols: string[]) => cols.map((s) => center(s, colwidth)).join(' '.repeat(c)).trimEnd() + nl;
  let out = center(String(y), colwidth * m + c * (m - 1)).trimEnd() + nl;
  const header = weekHeader(first, w);
  for (let start = 1; start <= 12; start += m) {
    const months = Array.from({ length: Math.min(m, 13 - start) }, (_, k) => start + k);
    const weeks = months.map((k) => monthDays(y, k, first));
    out += nl + row(months.map((k) => MONTH_NAMES[k])) + row(months.map(() => header));
    const height = Math.max(...weeks.map((x) => x.length));
    for (let j = 0; j < height; j++) {
      out += row(weeks.map((x) => (j < x.length ? x[j].map((d) => center(d === 0 ? '' : String(d).padStart(2, ' '), w)).join(' ') : '')));
    }
  }
  return out;
}

const calendarState = new WeakMap<PyObject, number>();

/** `print(text, end='')`. */
function write(interp: Interp, text: string): void {
  const s = newStr(interp.rt, text) as PyUnicodeObject;
  try { writeStdout(interp, s); } finally { interp.rt.heap.decref(s); }
}

/** Creates the module (on first import). */
export function createCalendar(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  interp.rt.heap.decref(interp.importModule('datetime'));
  const ct = classTypes(rt);
  const int = (n: number): PyObject => newInt(rt, n);
  const ints = (xs: number[]): PyObject => newList(rt, xs.map(int));
  const valueError = interp.excType('ValueError');
  const illegalMonth = createClass(interp, 'IllegalMonthError', [valueError], new Map<string, PyObject>([['__module__', newStr(rt, 'calendar')]]));
  const illegalWeekday = createClass(interp, 'IllegalWeekdayError', [valueError], new Map<string, PyObject>([['__module__', newStr(rt, 'calendar')]]));
  let firstWeekday = 0;
  const month = (i: Interp, o: PyObject | undefined): number => {
    const m = intArg(i, o);
    if (m < 1 || m > 12) throw new PyError(newException(rt, illegalMonth, newTuple(rt, [newStr(rt, `bad month number ${m}; must be 1-12`)])));
    return m;
  };
  const weekday = (i: Interp, o: PyObject | undefined): number => {
    const d = intArg(i, o);
    if (d < 0 || d > 6) throw new PyError(newException(rt, illegalWeekday, newTuple(rt, [newStr(rt, `bad weekday number ${d}; must be 0 (Monday) to 6 (Sunday)`)])));
    return d;
  };
  const sig = (qualname: string, params: string[], required: number) => ({ qualname, params, required });
  const ym = (i: Interp, args: PyObject[], kw: string[] | null, name: string): [number, number] => {
    const [y, m] = bindArgs(i, sig(name, ['year', 'month'], 2), args, kw);
    return [intArg(i, y), month(i, m)];
  };
  const functions: Record<string, NativeImpl> = {
    isleap: (i, args, kw) => i.bool(isLeap(intArg(i, bindArgs(i, sig('isleap', ['year'], 1), args, kw)[0]))),
    leapdays: (i, args, kw) => {
      const [a, b] = bindArgs(i, sig('leapdays', ['y1', 'y2'], 2), args, kw).map((o) => intArg(i, o) - 1);
      return int((Math.floor(b / 4) - Math.floor(a / 4)) - (Math.floor(b / 100) - Math.floor(a / 100)) + (Math.floor(b / 400) - Math.floor(a / 400)));
    },
    weekday: (i, args, kw) => {
      const [y, m, d] = bindArgs(i, sig('weekday', ['year', 'month', 'day'], 3), args, kw).map((o) => intArg(i, o));
      if (m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) i.raise('ValueError', m < 1 || m > 12 ? 'month must be in 1..12' : 'day is out of range for month');
      return int(weekdayOfOrdinal(toOrdinal(y < 1 ? 2000 + (y % 400) : y, m, d)));
    },
    monthrange: (i, args, kw) => {
      const [y, m] = ym(i, args, kw, 'monthrange');
      return newTuple(rt, [int(weekdayOfOrdinal(toOrdinal(y, m, 1))), int(daysInMonth(y, m))]);
    },
    monthcalendar: (i, args, kw) => {
      const [y, m] = ym(i, args, kw, 'monthcalendar');
      return newList(rt, monthDays(y, m, firstWeekday).map(ints));
    },
    month: (i, args, kw) => {
      const [y, m, w, l] = bindArgs(i, sig('formatmonth', ['theyear', 'themonth', 'w', 'l'], 2), args, kw);
      return newStr(rt, formatMonth(intArg(i, y), month(i, m), firstWeekday, intArg(i, w), intArg(i, l)));
    },
    prmonth: (i, args, kw) => {
      const [y, m, w, l] = bindArgs(i, sig('prmonth', ['theyear', 'themonth', 'w', 'l'], 2), args, kw);
      write(i, formatMonth(intArg(i, y), month(i, m), firstWeekday, intArg(i, w), intArg(i, l)));
      return i.none();
    },
    calendar: (i, args, kw) => {
      const [y, w, l, c, m] = bindArgs(i, sig('formatyear', ['theyear', 'w', 'l', 'c', 'm'], 1), args, kw);
      return newStr(rt, formatYear(intArg(i, y), firstWeekday, intArg(i, w, 2), intArg(i, l, 1), intArg(i, c, 6), intArg(i, m, 3)));
    },
    weekheader: (i, args, kw) => newStr(rt, weekHeader(firstWeekday, intArg(i, bindArgs(i, sig('weekheader', ['width'], 1), args, kw)[0]))),
    firstweekday: () => int(firstWeekday),
    setfirstweekday: (i, args, kw) => {
      firstWeekday = weekday(i, bindArgs(i, sig('setfirstweekday', ['firstweekday'], 1), args, kw)[0]);
      return i.none();
    },
    timegm: (i, [tuple]) => {
      const f = (k: number) => intArg(i, (tuple as unknown as { items: PyObject[] }).items[k]);
      return int((toOrdinal(f(0), f(1), 1) + f(2) - 1 - 719_163) * 86400 + f(3) * 3600 + f(4) * 60 + f(5));
    },
  };
  const fw = (o: PyObject) => calendarState.get(o) ?? 0;
  const dates = (i: Interp, y: number, m: number, first: number): PyObject[][] => {
    const start = toOrdinal(y, m, 1) - (weekdayOfOrdinal(toOrdinal(y, m, 1)) - first + 7) % 7;
    return monthDays(y, m, first).map((week, w) => week.map((_, k) => newDt(i, dtTypes(i).date, dateFromOrdinal(i, start + w * 7 + k))));
  };
  const iterOver = (i: Interp, items: PyObject[]): PyObject => {
    const l = newList(rt, items);
    try { return getIter(i, l); } finally { rt.heap.decref(l); }
  };
  const methods: Record<string, NativeImpl> = {
    __init__: (i, args, kw) => {
      const [f] = bindArgs(i, sig('Calendar', ['firstweekday'], 0), args.slice(1), kw);
      calendarState.set(args[0], intArg(i, f) % 7);
      return i.none();
    },
    getfirstweekday: (_i, [self]) => int(fw(self) % 7),
    setfirstweekday: (i, [self, f]) => { calendarState.set(self, intArg(i, f)); return i.none(); },
    iterweekdays: (i, [self]) => iterOver(i, Array.from({ length: 7 }, (_, k) => int((fw(self) + k) % 7))),
    itermonthdates: (i, args, kw) => { const [y, m] = ym(i, args.slice(1), kw, 'itermonthdates'); return iterOver(i, dates(i, y, m, fw(args[0])).flat()); },
    itermonthdays: (i, args, kw) => { const [y, m] = ym(i, args.slice(1), kw, 'itermonthdays'); return iterOver(i, monthDays(y, m, fw(args[0])).flat().map(int)); },
    monthdayscalendar: (i, args, kw) => { const [y, m] = ym(i, args.slice(1), kw, 'monthdayscalendar'); return newList(rt, monthDays(y, m, fw(args[0])).map(ints)); },
    monthdatescalendar: (i, args, kw) => { const [y, m] = ym(i, args.slice(1), kw, 'monthdatescalendar'); return newList(rt, dates(i, y, m, fw(args[0])).map((w) => newList(rt, w))); },
    formatmonth: (i, args, kw) => {
      const [y, m, w, l] = bindArgs(i, sig('formatmonth', ['theyear', 'themonth', 'w', 'l'], 2), args.slice(1), kw);
      return newStr(rt, formatMonth(intArg(i, y), month(i, m), fw(args[0]), intArg(i, w), intArg(i, l)));
    },
    prmonth: (i, args, kw) => {
      const [y, m, w, l] = bindArgs(i, sig('prmonth', ['theyear', 'themonth', 'w', 'l'], 2), args.slice(1), kw);
      write(i, formatMonth(intArg(i, y), month(i, m), fw(args[0]), intArg(i, w), intArg(i, l)));
      return i.none();
    },
    formatyear: (i, args, kw) => {
      const [y, w, l, c, m] = bindArgs(i, sig('formatyear', ['theyear', 'w', 'l', 'c', 'm'], 1), args.slice(1), kw);
      return newStr(rt, formatYear(intArg(i, y), fw(args[0]), intArg(i, w, 2), intArg(i, l, 1), intArg(i, c, 6), intArg(i, m, 3)));
    },
    formatweekheader: (i, [self, w]) => newStr(rt, weekHeader(fw(self), intArg(i, w))),
  };
  const ns = new Map<string, PyObject>([['__module__', newStr(rt, 'calendar')]]);
  for (const [k, impl] of Object.entries(methods)) ns.set(k, interp.nativeFunction(k, impl));
  ns.set('firstweekday', newDescr(rt, ct.property, [interp.nativeFunction('firstweekday', methods.getfirstweekday), null, null, null]));
  const calendar: PyHeapTypeObject = createClass(interp, 'Calendar', [rt.types.object], ns);
  const text = createClass(interp, 'TextCalendar', [calendar], new Map<string, PyObject>([['__module__', newStr(rt, 'calendar')]]));
  const names = (list: string[], n?: number): PyObject => newList(rt, list.map((s) => newStr(rt, n ? s.slice(0, n) : s)));
  const values: Record<string, PyObject> = {
    Calendar: calendar, TextCalendar: text, IllegalMonthError: illegalMonth, IllegalWeekdayError: illegalWeekday,
    month_name: names(MONTH_NAMES), month_abbr: names(MONTH_NAMES, 3), day_name: names(DAY_NAMES), day_abbr: names(DAY_NAMES, 3),
  };
  ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY', 'SATURDAY', 'SUNDAY'].forEach((d, k) => { values[d] = int(k); });
  return interp.defineModule('calendar', functions, values);
}
