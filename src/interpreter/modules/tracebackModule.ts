/**
 * `traceback` (Lib/traceback.py, 3.11–3.13), the part scripts use: `format_exc`/`print_exc`,
 * `format_exception`/`print_exception` (the 3.10+ single-exception form and the three-argument
 * one), `format_exception_only`, `extract_tb`/`extract_stack` (a `StackSummary`, a list subclass,
 * of `FrameSummary` objects), `format_tb`, `format_stack`, `format_list`, `print_tb`,
 * `print_stack`, `print_list`, `walk_tb`, `walk_stack`. The text is the one formatter of
 * session/traceback.ts, the same the interpreter prints an uncaught exception with.
 *
 * Obscurity: entries from a traceback carry the failing instruction's columns (carets), entries
 * from a live stack only a line (`walk_stack` yields `(frame, f_lineno)`), so `format_stack`
 * never draws carets.
 */
import { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import { PyFrameObject, PyTracebackObject } from '../../engine/objects/frameObject';
import { listAppend, newList, type PyListObject } from '../../engine/objects/listObject';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { getIter, iterNext, length, getItem } from '../objects/abstract';
import { strOf } from '../objects/repr';
import { createClass } from '../objects/typeCreate';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import { formatEntry, formatException, formatExceptionOnly, formatNotes, limitEntries, sourceLine } from '../session/traceback';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import type { TracebackEntry } from '../vm/unwind';
import type { Frame } from '../vm/frame';
import { frameNative } from '../vm/frameNatives';
import { frameObjectOf, handledException, tracebackEntries } from '../vm/tracebackHere';
import { asSize } from './moduleArgs';
import { nativeType, newNativeObject, type PyNativeObject } from './nativeObject';
import { bindArgs } from './pyArgs';
import { sysStreams, writeText } from './sysStreams';

/** What a FrameSummary holds: the entry and its source line (`format_list` of tuples gives one). */
interface Summary {
  entry: TracebackEntry;
  text: string | undefined;
}

const summaries = new WeakMap<PyObject, Summary>();

/** getsizeof of a FrameSummary (a `__slots__` class: 8 slots, 9 in 3.13). */
const FRAME_SUMMARY_SIZE: Record<number, number> = { 11: 96, 12: 96, 13: 104 };

function frameSummary(interp: Interp, entry: TracebackEntry, text = sourceLine(interp, entry.filename, entry.line)): PyNativeObject {
  const rt = interp.rt;
  const fs = newNativeObject(interp, nativeType(interp, 'traceback.FrameSummary', FRAME_SUMMARY_SIZE[rt.profile.versionInfo[1]]), []);
  summaries.set(fs, { entry, text });
  const line = () => newStr(rt, (text ?? '').trim());
  const fields = [() => newStr(rt, entry.filename), () => newInt(rt, entry.line), () => newStr(rt, entry.name), line];
  fs.repr = () => `<FrameSummary file ${entry.filename}, line ${entry.line} in ${entry.name}>`;
  fs.sequence = { length: () => 4, item: (_i, k) => fields[k]() };
  fs.getAttr = (i, name) => {
    const r = entry.range;
    const opt = (v: number | undefined) => (v === undefined ? i.none() : newInt(rt, v));
    switch (name) {
      case 'filename': return { value: fields[0](), method: false };
      case 'lineno': return { value: fields[1](), method: false };
      case 'name': return { value: fields[2](), method: false };
      case 'line': return { value: line(), method: false };
      case 'end_lineno': return { value: opt(r?.endLine), method: false };
      case 'colno': return { value: opt(r?.col), method: false };
      case 'end_colno': return { value: opt(r?.endCol), method: false };
      case 'locals': return { value: i.none(), method: false };
      default: return null;
    }
  };
  // FrameSummary.__eq__: another FrameSummary field by field, or a tuple as (filename, lineno, name, line).
  fs.compare = (_i, op, other) => {
    if (op !== 2 && op !== 3) return undefined;
    let eq: boolean;
    const o = summaries.get(other);
    if (o) eq = o.entry.filename === entry.filename && o.entry.line === entry.line && o.entry.name === entry.name && (o.text ?? '').trim() === (text ?? '').trim();
    else if (other instanceof PyTupleObject) eq = other.items.length === 4 && tupleMatches(other, entry.filename, entry.line, entry.name, (text ?? '').trim());
    else return undefined;
    return op === 2 ? eq : !eq;
  };
  return fs;
}

function tupleMatches(t: PyTupleObject, filename: string, lineno: number, name: string, line: string): boolean {
  const [f, l, n, s] = t.items;
  return f instanceof PyUnicodeObject && f.value === filename && l instanceof PyLongObject && Number(l.value) === lineno
    && n instanceof PyUnicodeObject && n.value === name && s instanceof PyUnicodeObject && s.value === line;
}

const stackSummaryTypes = new WeakMap<object, PyObject>();

/** A new StackSummary (the list subclass, `traceback.StackSummary`) of the entries. */
function stackSummary(interp: Interp, entries: TracebackEntry[]): PyListObject {
  const rt = interp.rt;
  let t = stackSummaryTypes.get(rt);
  if (!t) {
    const ns = new Map<string, PyObject>();
    ns.set('__module__', newStr(rt, 'traceback'));
    ns.set('format', interp.nativeFunction('format', (i, args) => linesList(i, summariesOf(i, args[0]).map((s) => formatEntry(i, s.entry, s.text)))));
    t = createClass(interp, 'StackSummary', [rt.types.list], ns);
    stackSummaryTypes.set(rt, t);
  }
  const l = callAny(interp, t, []) as PyListObject;
  for (const e of entries) {
    listAppend(rt, l, frameSummary(interp, e));
  }
  return l;
}

/** The summaries of an iterable of FrameSummary objects or 4-tuples (`StackSummary.from_list`). */
function summariesOf(interp: Interp, o: PyObject): Summary[] {
  const out: Summary[] = [];
  const it = getIter(interp, o);
  try {
    for (let x = iterNext(interp, it); x; x = iterNext(interp, it)) {
      try {
        const known = summaries.get(x);
        if (known) {
          out.push(known);
          continue;
        }
        if (length(interp, x) !== 4) interp.raise('ValueError', `too many values to unpack (expected 4)`);
        const part = (k: number) => {
          const key = newInt(interp.rt, k);
          const v = getItem(interp, x as PyObject, key);
          interp.rt.heap.decref(key);
          const s = v instanceof PyLongObject ? Number(v.value) : strOf(interp, v);
          interp.rt.heap.decref(v);
          return s;
        };
        const [filename, lineno, name, line] = [part(0), part(1), part(2), part(3)];
        out.push({ entry: { filename: String(filename), line: Number(lineno), name: String(name) }, text: String(line) });
      } finally {
        interp.rt.heap.decref(x);
      }
    }
  } finally {
    interp.rt.heap.decref(it);
  }
  return out;
}

/** A new list of strs. */
function linesList(interp: Interp, lines: string[]): PyListObject {
  const l = newList(interp.rt, []);
  for (const s of lines) listAppend(interp.rt, l, newStr(interp.rt, s));
  return l;
}

function limitOf(interp: Interp, o: PyObject | undefined): number | null {
  return o === undefined || o === interp.rt.None ? null : asSize(interp, o);
}

function tracebackOf(interp: Interp, o: PyObject): PyTracebackObject | null {
  if (o === interp.rt.None) return null;
  if (!(o instanceof PyTracebackObject)) return interp.raise('AttributeError', `'${o.type.name}' object has no attribute 'tb_frame'`);
  return o;
}

/** The entries of the stack from `frame` outwards, outermost first (`walk_stack` + `extract`). */
function stackEntries(frame: Frame | null, limit: number | null): TracebackEntry[] {
  const inner: TracebackEntry[] = [];
  for (let f = frame; f; f = f.previous) {
    const code = f.code.code;
    inner.push({ filename: code.filename, line: f.code.sourceLines[Math.max(0, f.pc - 1)], name: code.name });
  }
  return limitEntries(inner, limit).reverse();
}

/** The frame a `f=` argument names, or the caller's when it is absent or None. */
function startFrame(interp: Interp, f: PyObject | undefined, caller: Frame | null): Frame | null {
  if (f === undefined || f === interp.rt.None) return caller;
  if (!(f instanceof PyFrameObject)) return interp.raise('AttributeError', `'${f.type.name}' object has no attribute 'f_back'`);
  return f.frame as Frame | null;
}

/**
 * `_parse_value_tb` and the exception `format_exception`/`print_exception` format: the single
 * argument form (`exc` itself), or `(type, value, tb)` where value's traceback is `tb`.
 */
function exceptionArgs(interp: Interp, exc: PyObject, value: PyObject | undefined): PyBaseExceptionObject | null {
  const v = value === undefined ? exc : value;
  if (v === interp.rt.None) return null;
  if (!(v instanceof PyBaseExceptionObject)) {
    return interp.typeError(`Exception expected for value, ${v.type.name} found`);
  }
  return v;
}

/** The lines `format_exception` gives for `exc` (None: `NoneType: None`). */
function exceptionLines(interp: Interp, exc: PyBaseExceptionObject | null, limit: number | null, chain: boolean): string[] {
  if (!exc) return ['NoneType: None\n'];
  return formatException(interp, exc, chain, limit);
}

/** Writes `lines` to `file` (None or absent: sys.stderr), as `print(line, file=file, end='')`. */
function writeLines(interp: Interp, file: PyObject | undefined, lines: string[]): PyObject {
  const target = file === undefined || file === interp.rt.None ? sysStreams(interp).stderr : file;
  for (const line of lines) {
    const s = newStr(interp.rt, line);
    try {
      writeText(interp, target, s);
    } finally {
      interp.rt.heap.decref(s);
    }
  }
  return interp.none();
}

const isTrueArg = (interp: Interp, o: PyObject | undefined) => o === undefined || (o !== interp.rt.None && o !== interp.rt.False && !(o instanceof PyLongObject && o.value === 0));

/** Creates the module (on first import). */
export function createTraceback(interp: Interp): PyModuleObject {
  const excSig = (name: string) => ({ qualname: name, params: ['exc', 'value', 'tb', 'limit'], required: 1, kwOnly: name === 'print_exception' ? ['file', 'chain'] : ['chain'] });
  // tb= is accepted for the three-argument form; the exception's own traceback is what is used
  // when tb is its __traceback__ (the common case).
  const format_exception: NativeImpl = (i, args, kw) => {
    const [exc, value, , limit, chain] = bindArgs(i, excSig('format_exception'), args, kw);
    return linesList(i, exceptionLines(i, exceptionArgs(i, exc as PyObject, value), limitOf(i, limit), isTrueArg(i, chain)));
  };
  const print_exception: NativeImpl = (i, args, kw) => {
    const [exc, value, , limit, file, chain] = bindArgs(i, excSig('print_exception'), args, kw);
    return writeLines(i, file, exceptionLines(i, exceptionArgs(i, exc as PyObject, value), limitOf(i, limit), isTrueArg(i, chain)));
  };
  const format_exc = frameNative((i, args, kw, caller) => {
    const [limit, chain] = bindArgs(i, { qualname: 'format_exc', params: ['limit', 'chain'], required: 0 }, args, kw);
    return newStr(i.rt, exceptionLines(i, handledException(caller), limitOf(i, limit), isTrueArg(i, chain)).join(''));
  });
  const print_exc = frameNative((i, args, kw, caller) => {
    const [limit, file, chain] = bindArgs(i, { qualname: 'print_exc', params: ['limit', 'file', 'chain'], required: 0 }, args, kw);
    return writeLines(i, file, exceptionLines(i, handledException(caller), limitOf(i, limit), isTrueArg(i, chain)));
  });
  const format_exception_only: NativeImpl = (i, args, kw) => {
    const [exc, value] = bindArgs(i, { qualname: 'format_exception_only', params: ['exc', 'value'], required: 1 }, args, kw);
    const e = exceptionArgs(i, exc as PyObject, value);
    return linesList(i, e ? [formatExceptionOnly(i, e), ...formatNotes(i, e)] : ['NoneType: None\n']);
  };
  const tbSig = (name: string, file = false) => ({ qualname: name, params: file ? ['tb', 'limit', 'file'] : ['tb', 'limit'], required: 1 });
  const extract_tb: NativeImpl = (i, args, kw) => {
    const [tb, limit] = bindArgs(i, tbSig('extract_tb'), args, kw);
    return stackSummary(i, limitEntries(tracebackEntries(tracebackOf(i, tb as PyObject)), limitOf(i, limit)));
  };
  const tbLines = (i: Interp, tb: PyObject, limit: PyObject | undefined) =>
    limitEntries(tracebackEntries(tracebackOf(i, tb)), limitOf(i, limit)).map((e) => formatEntry(i, e));
  const format_tb: NativeImpl = (i, args, kw) => {
    const [tb, limit] = bindArgs(i, tbSig('format_tb'), args, kw);
    return linesList(i, tbLines(i, tb as PyObject, limit));
  };
  const print_tb: NativeImpl = (i, args, kw) => {
    const [tb, limit, file] = bindArgs(i, tbSig('print_tb', true), args, kw);
    return writeLines(i, file, tbLines(i, tb as PyObject, limit));
  };
  const stackSig = (name: string, file = false) => ({ qualname: name, params: file ? ['f', 'limit', 'file'] : ['f', 'limit'], required: 0 });
  const extract_stack = frameNative((i, args, kw, caller) => {
    const [f, limit] = bindArgs(i, stackSig('extract_stack'), args, kw);
    return stackSummary(i, stackEntries(startFrame(i, f, caller), limitOf(i, limit)));
  });
  const format_stack = frameNative((i, args, kw, caller) => {
    const [f, limit] = bindArgs(i, stackSig('format_stack'), args, kw);
    return linesList(i, stackEntries(startFrame(i, f, caller), limitOf(i, limit)).map((e) => formatEntry(i, e)));
  });
  const print_stack = frameNative((i, args, kw, caller) => {
    const [f, limit, file] = bindArgs(i, stackSig('print_stack', true), args, kw);
    return writeLines(i, file, stackEntries(startFrame(i, f, caller), limitOf(i, limit)).map((e) => formatEntry(i, e)));
  });
  const format_list: NativeImpl = (i, args, kw) => {
    const [l] = bindArgs(i, { qualname: 'format_list', params: ['extracted_list'], required: 1 }, args, kw);
    return linesList(i, summariesOf(i, l as PyObject).map((s) => formatEntry(i, s.entry, s.text)));
  };
  const print_list: NativeImpl = (i, args, kw) => {
    const [l, file] = bindArgs(i, { qualname: 'print_list', params: ['extracted_list', 'file'], required: 1 }, args, kw);
    return writeLines(i, file, summariesOf(i, l as PyObject).map((s) => formatEntry(i, s.entry, s.text)));
  };
  // walk_tb / walk_stack: CPython's are generators; an iterator over a list of (frame, lineno).
  const pairs = (i: Interp, items: [PyObject, number][]) => {
    const l = newList(i.rt, []);
    for (const [frame, line] of items) {
      i.rt.heap.incref(frame);
      listAppend(i.rt, l, newTuple(i.rt, [frame, newInt(i.rt, line)]));
    }
    const it = getIter(i, l);
    i.rt.heap.decref(l);
    return it;
  };
  const walk_tb: NativeImpl = (i, args, kw) => {
    const [tb] = bindArgs(i, { qualname: 'walk_tb', params: ['tb'], required: 1 }, args, kw);
    const items: [PyObject, number][] = [];
    for (let t = tracebackOf(i, tb as PyObject); t; t = t.next) if (t.frame) items.push([t.frame, t.lineno]);
    return pairs(i, items);
  };
  const walk_stack = frameNative((i, args, kw, caller) => {
    const [f] = bindArgs(i, { qualname: 'walk_stack', params: ['f'], required: 1 }, args, kw);
    const items: [PyObject, number][] = [];
    for (let fr = startFrame(i, f, caller); fr; fr = fr.previous) items.push([frameObjectOf(i, fr), fr.code.sourceLines[Math.max(0, fr.pc - 1)]]);
    return pairs(i, items);
  });
  return interp.defineModule('traceback', {
    format_exc, print_exc, format_exception, print_exception, format_exception_only, extract_tb, extract_stack,
    format_tb, print_tb, format_stack, print_stack, format_list, print_list, walk_tb, walk_stack,
  });
}
