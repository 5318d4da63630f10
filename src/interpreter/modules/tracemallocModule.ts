/**
 * `tracemalloc` (Lib/tracemalloc.py over Modules/_tracemalloc.c, 3.11–3.13), served by the
 * engine's own traces (src/engine/memory/tracemallocTraces.ts): `start`, `stop`, `is_tracing`,
 * `clear_traces`, `get_traced_memory`, `reset_peak`, `get_tracemalloc_memory`,
 * `get_traceback_limit`, `get_object_traceback`, `take_snapshot` and the classes `Snapshot`,
 * `Statistic`, `StatisticDiff`, `Traceback`, `Frame`, `Trace`, `Filter`, `DomainFilter`.
 *
 * What the C functions allocate (the tuple of `get_traced_memory`) belongs to the calling line,
 * as in CPython; what the Python half allocates (snapshots, statistics, tracebacks) belongs to a
 * line of tracemalloc.py (`tracemalloc.__file__`), so a later snapshot shows those objects under
 * that file as CPython's does, and `Filter(False, tracemalloc.__file__)` removes them.
 *
 * Obscurity: a trace keeps only the innermost frame (the simulated memory records one line per
 * block), so `start(nframe)` is accepted and reported by `get_traceback_limit()` but every
 * traceback has one frame. The sizes of tracemalloc's own objects and the tracemalloc.py lines
 * they are attributed to are approximate (test/fidelity/KNOWN-DIFFERENCES.md).
 */
import { newInt } from '../../engine/objects/longObject';
import { newList } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { TracemallocTraces } from '../../engine/memory/tracemallocTraces';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { getIter, isTrue, iterNext } from '../objects/abstract';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import type { NativeImpl } from '../vm/callables';
import { asSize, positional } from './moduleArgs';
import { newNativeObject, nativeType, type PyNativeObject } from './nativeObject';
import { bindArgs } from './pyArgs';
import {
  compare, filterTraces, frameText, statistics, statText, type KeyType, type TmFilter, type TmFrame, type TmStat, type TmTrace,
} from './tracemallocStats';

/** tracemalloc.py lines that allocate its objects (3.12's numbering). */
const LINE = { snapshot: 560, statistics: 531, compare: 515, filter: 490, traceback: 226, objectTraceback: 280, filterNew: 407 } as const;
/** `_tracemalloc`'s `MAX_NFRAME`. */
const MAX_NFRAME = 65535;

/** Creates the module (on first import). */
export function createTracemalloc(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  const heap = rt.heap;
  const memory = heap.memory;
  const file = `/usr/lib/python${rt.profile.version}/tracemalloc.py`;
  let nframe = 1;

  /** Runs `f` with its allocations attributed to tracemalloc.py's `line`. */
  const own = <T>(line: number, f: () => T): T => {
    const tm = memory.tracemalloc;
    if (!tm) return f();
    const saved = tm.frameOverride;
    tm.frameOverride = tm.foreignFrame(file, line);
    try {
      return f();
    } finally {
      tm.frameOverride = saved;
    }
  };
  const frameOfKey = (tm: TracemallocTraces, key: number): TmFrame => {
    const foreign = tm.frameOf(key);
    if (foreign) return foreign;
    // A line of an imported module's file is a footprint location (lineFootprints.ts).
    const place = interp.rt.heap.memory.footprints.place(key);
    return { filename: place.file ?? interp.script.filename, lineno: place.line };
  };
  const str = (s: string): PyObject => newStr(rt, s);
  const int = (n: number): PyObject => newInt(rt, n);
  const kind = (name: string, size: number): PyTypeObject => nativeType(interp, `tracemalloc.${name}`, size);

  const frameType = kind('Frame', 40);
  const tracebackType = kind('Traceback', 48);
  const traceType = kind('Trace', 40);
  const tracesType = kind('_Traces', 48);
  const statisticType = kind('Statistic', 56);
  const statisticDiffType = kind('StatisticDiff', 72);
  const snapshotType = kind('Snapshot', rt.profile.version === '3.11' ? 56 : 48);
  const filterType = kind('Filter', 48);
  const domainFilterType = kind('DomainFilter', 48);

  const frameRepr = (f: TmFrame) => `<Frame filename='${f.filename}' lineno=${f.lineno}>`;
  const tracebackRepr = (f: TmFrame) => `<Traceback (${frameRepr(f)},)>`;

  const newFrame = (f: TmFrame): PyNativeObject => {
    const o = newNativeObject(interp, frameType, []);
    o.getAttr = (_i, name) => (name === 'filename' ? { value: str(f.filename), method: false }
      : name === 'lineno' ? { value: int(f.lineno), method: false } : null);
    o.repr = () => frameRepr(f);
    o.str = () => frameText(f);
    return o;
  };
  const tracebacks = new WeakMap<PyObject, TmFrame>();
  const newTraceback = (f: TmFrame): PyNativeObject => {
    const o = newNativeObject(interp, tracebackType, [newFrame(f)]);
    tracebacks.set(o, f);
    o.sequence = { length: () => 1, item: () => { heap.incref(o.refs[0] as PyObject); return o.refs[0] as PyObject; } };
    o.getAttr = (i, name) => (name === 'total_nframe' ? { value: i.none(), method: false } : null);
    o.repr = () => tracebackRepr(f);
    o.str = () => frameText(f);
    return o;
  };
  interp.methods.define(tracebackType, 'format', (i, args, kwnames) => {
    const [self, limit] = bindArgs(i, { qualname: 'format', params: ['self', 'limit', 'most_recent_first'], required: 1 }, args, kwnames);
    const f = tracebacks.get(self as PyObject) as TmFrame;
    return own(LINE.traceback, () => {
      const lines: PyObject[] = [];
      const n = limit === undefined || limit === rt.None ? 1 : asSize(i, limit);
      if (n !== 0) {
        lines.push(str(`  File "${f.filename}", line ${f.lineno}`));
        const source = f.filename === i.script.filename ? (i.script.lines[f.lineno - 1] ?? '').trim() : '';
        if (source) lines.push(str(`    ${source}`));
      }
      return newList(rt, lines);
    });
  });

  /** A `Statistic` or `StatisticDiff` whose traceback is made on first access. */
  const newStat = (s: TmStat, diff: boolean): PyNativeObject => {
    const o = newNativeObject(interp, diff ? statisticDiffType : statisticType, [null]);
    const fields: Record<string, number> = diff
      ? { size: s.size, count: s.count, size_diff: s.sizeDiff, count_diff: s.countDiff } : { size: s.size, count: s.count };
    o.getAttr = (_i, name) => {
      if (name in fields) return { value: int(fields[name]), method: false };
      if (name !== 'traceback') return null;
      if (o.refs[0] === null) o.refs[0] = own(LINE.traceback, () => newTraceback(s.frame));
      heap.incref(o.refs[0]);
      return { value: o.refs[0], method: false };
    };
    o.repr = () => (diff
      ? `<StatisticDiff traceback=${tracebackRepr(s.frame)} size=${s.size} (${s.sizeDiff >= 0 ? '+' : ''}${s.sizeDiff}) count=${s.count} (${s.countDiff >= 0 ? '+' : ''}${s.countDiff})>`
      : `<Statistic traceback=${tracebackRepr(s.frame)} size=${s.size} count=${s.count}>`);
    o.str = () => statText(s, diff);
    return o;
  };

  const newTrace = (t: TmTrace): PyNativeObject => {
    const o = newNativeObject(interp, traceType, [null]);
    o.getAttr = (_i, name) => {
      if (name === 'size') return { value: int(t.size), method: false };
      if (name === 'domain') return { value: int(t.domain), method: false };
      if (name !== 'traceback') return null;
      if (o.refs[0] === null) o.refs[0] = own(LINE.traceback, () => newTraceback(t.frame));
      heap.incref(o.refs[0]);
      return { value: o.refs[0], method: false };
    };
    o.repr = () => `<Trace domain=${t.domain} size=${t.size} B, traceback=<Traceback (${frameRepr(t.frame)},) total_nframe=1>>`;
    o.str = () => `${frameText(t.frame)}: ${t.size} B`;
    return o;
  };

  // ---- Snapshot ----
  const snapshots = new WeakMap<PyObject, TmTrace[]>();
  const newSnapshot = (traces: TmTrace[]): PyNativeObject => {
    const list = newNativeObject(interp, tracesType, []);
    list.sequence = { length: () => traces.length, item: (_i, k) => own(LINE.snapshot, () => newTrace(traces[k])) };
    list.repr = () => `<Traces len=${traces.length}>`;
    const o = newNativeObject(interp, snapshotType, [list]);
    snapshots.set(o, traces);
    o.getAttr = (_i, name) => {
      if (name === 'traces') { heap.incref(list); return { value: list, method: false }; }
      if (name === 'traceback_limit') return { value: int(nframe), method: false };
      return null;
    };
    return o;
  };
  const tracesOf = (i: Interp, o: PyObject | undefined, what: string): TmTrace[] => {
    const t = o === undefined ? undefined : snapshots.get(o);
    return t ?? i.typeError(`${what} must be a Snapshot`);
  };
  const keyTypeOf = (i: Interp, o: PyObject | undefined): KeyType => {
    const k = o instanceof PyUnicodeObject ? o.value : '';
    if (k === 'lineno' || k === 'filename' || k === 'traceback') return k;
    return i.raise('ValueError', `unknown key_type: ${o instanceof PyUnicodeObject ? `'${k}'` : '?'}`);
  };
  const cumulativeOf = (i: Interp, o: PyObject | undefined, keyType: KeyType): void => {
    if (o !== undefined && isTrue(i, o) && keyType === 'traceback') i.raise('ValueError', 'cumulative mode cannot by used with key type traceback');
  };
  const statsList = (stats: TmStat[], diff: boolean): PyObject => newList(rt, stats.map((s) => newStat(s, diff)));

  interp.methods.define(snapshotType, 'statistics', (i, args, kwnames) => {
    const [self, keyType, cumulative] = bindArgs(i, { qualname: 'statistics', params: ['self', 'key_type', 'cumulative'], required: 2 }, args, kwnames);
    const traces = tracesOf(i, self, 'self');
    const key = keyTypeOf(i, keyType);
    cumulativeOf(i, cumulative, key);
    return own(LINE.statistics, () => statsList(statistics(traces, key), false));
  });
  interp.methods.define(snapshotType, 'compare_to', (i, args, kwnames) => {
    const [self, old, keyType, cumulative] = bindArgs(i, { qualname: 'compare_to', params: ['self', 'old_snapshot', 'key_type', 'cumulative'], required: 3 }, args, kwnames);
    const traces = tracesOf(i, self, 'self');
    const older = tracesOf(i, old, 'old_snapshot');
    const key = keyTypeOf(i, keyType);
    cumulativeOf(i, cumulative, key);
    return own(LINE.compare, () => statsList(compare(traces, older, key), true));
  });
  const filters = new WeakMap<PyObject, TmFilter>();
  interp.methods.define(snapshotType, 'filter_traces', (i, args, kwnames) => {
    const [self, seq] = bindArgs(i, { qualname: 'filter_traces', params: ['self', 'filters'], required: 2 }, args, kwnames);
    const traces = tracesOf(i, self, 'self');
    const chosen: TmFilter[] = [];
    const it = getIter(i, seq as PyObject);
    try {
      for (let x = iterNext(i, it); x; x = iterNext(i, it)) {
        const f = filters.get(x);
        heap.decref(x);
        if (!f) i.typeError(`filters must be a list of filters, not ${x.type.name}`);
        chosen.push(f as TmFilter);
      }
    } finally {
      heap.decref(it);
    }
    return own(LINE.filter, () => newSnapshot(filterTraces(traces, chosen)));
  });
  const noFiles: NativeImpl = (i) => i.raise('PermissionError', 'Snapshot.dump() and Snapshot.load() are not available: scripts in the simulation have no file, network or process access');
  interp.methods.define(snapshotType, 'dump', noFiles);

  // ---- Filter, DomainFilter ----
  const filterNew = (type: PyTypeObject, f: TmFilter): PyNativeObject => own(LINE.filterNew, () => {
    const o = newNativeObject(interp, type, []);
    filters.set(o, f);
    o.getAttr = (i, name) => {
      const v = name === 'inclusive' ? i.bool(f.inclusive)
        : name === 'domain' ? (f.domain === null ? i.none() : int(f.domain))
        : f.filenamePattern === null ? null
        : name === 'filename_pattern' ? str(f.filenamePattern)
        : name === 'lineno' ? (f.lineno === null ? i.none() : int(f.lineno))
        : name === 'all_frames' ? i.bool(f.allFrames) : null;
      return v === null ? null : { value: v, method: false };
    };
    o.repr = () => `<tracemalloc.${type.name} object at 0x${o.address.toString(16)}>`;
    return o;
  });
  const optionalInt = (i: Interp, o: PyObject | undefined): number | null => (o === undefined || o === rt.None ? null : asSize(i, o));
  interp.typeCalls.set(filterType, (i, _t, args, kwnames) => {
    const [inclusive, pattern, lineno, allFrames, domain] = bindArgs(i, { qualname: 'Filter', params: ['inclusive', 'filename_pattern', 'lineno', 'all_frames', 'domain'], required: 2 }, args, kwnames);
    if (!(pattern instanceof PyUnicodeObject)) return i.typeError('expected str filename_pattern');
    return filterNew(filterType, {
      inclusive: isTrue(i, inclusive as PyObject), filenamePattern: pattern.value, lineno: optionalInt(i, lineno),
      allFrames: allFrames !== undefined && isTrue(i, allFrames), domain: optionalInt(i, domain),
    });
  });
  interp.typeCalls.set(domainFilterType, (i, _t, args, kwnames) => {
    const [inclusive, domain] = bindArgs(i, { qualname: 'DomainFilter', params: ['inclusive', 'domain'], required: 2 }, args, kwnames);
    return filterNew(domainFilterType, { inclusive: isTrue(i, inclusive as PyObject), filenamePattern: null, lineno: null, allFrames: false, domain: asSize(i, domain as PyObject) });
  });

  // ---- module functions ----
  const functions: Record<string, NativeImpl> = {
    start: (i, args, kwnames) => {
      const [n] = bindArgs(i, { qualname: 'start', params: ['nframe'], required: 0 }, args, kwnames);
      const value = n === undefined ? 1 : asSize(i, n);
      if (value < 1 || value > MAX_NFRAME) i.raise('ValueError', `the number of frames must be in range [1; ${MAX_NFRAME}]`);
      nframe = value;
      if (!memory.tracemalloc) memory.tracemalloc = new TracemallocTraces(value);
      return i.none();
    },
    stop: (i, args, kwnames) => { positional(i, 'stop', args, kwnames, 0); memory.tracemalloc = null; return i.none(); },
    is_tracing: (i, args, kwnames) => { positional(i, 'is_tracing', args, kwnames, 0); return i.bool(memory.tracemalloc !== null); },
    clear_traces: (i, args, kwnames) => { positional(i, 'clear_traces', args, kwnames, 0); memory.tracemalloc?.clear(); return i.none(); },
    get_traced_memory: (i, args, kwnames) => {
      positional(i, 'get_traced_memory', args, kwnames, 0);
      const tm = memory.tracemalloc;
      // Both are read before the result's ints are allocated (and traced).
      const current = tm ? tm.current : 0;
      const peak = tm ? tm.peak : 0;
      return newTuple(rt, [int(current), int(peak)]);
    },
    reset_peak: (i, args, kwnames) => {
      positional(i, 'reset_peak', args, kwnames, 0);
      const tm = memory.tracemalloc;
      if (tm) tm.peak = tm.current;
      return i.none();
    },
    get_tracemalloc_memory: (i, args, kwnames) => {
      positional(i, 'get_tracemalloc_memory', args, kwnames, 0);
      // The C tables: a hash entry and a trace (domain, size, traceback pointer) per block.
      const tm = memory.tracemalloc;
      return int(tm ? 1024 + tm.count * 48 : 0);
    },
    get_traceback_limit: (i, args, kwnames) => { positional(i, 'get_traceback_limit', args, kwnames, 0); return int(nframe); },
    get_object_traceback: (i, args, kwnames) => {
      positional(i, 'get_object_traceback', args, kwnames, 1);
      const tm = memory.tracemalloc;
      const key = tm ? tm.frameAt(args[0].address) : null;
      if (!tm || key === null) return i.none();
      return own(LINE.objectTraceback, () => newTraceback(frameOfKey(tm, key)));
    },
    take_snapshot: (i, args, kwnames) => {
      positional(i, 'take_snapshot', args, kwnames, 0);
      const tm = memory.tracemalloc;
      if (!tm) return i.raise('RuntimeError', 'the tracemalloc module must be tracing memory allocations to take a snapshot');
      const traces = tm.records().map((r): TmTrace => ({ domain: 0, size: r.size, frame: frameOfKey(tm, r.frame) }));
      return own(LINE.snapshot, () => newSnapshot(traces));
    },
  };
  const values: Record<string, PyObject> = {
    __file__: str(file), Frame: frameType, Traceback: tracebackType, Trace: traceType, Statistic: statisticType,
    StatisticDiff: statisticDiffType, Snapshot: snapshotType, Filter: filterType, DomainFilter: domainFilterType,
  };
  for (const t of [frameType, tracebackType, traceType, statisticType, statisticDiffType, snapshotType, filterType, domainFilterType]) heap.incref(t);
  interp.methods.define(snapshotType, 'load', noFiles);
  return interp.defineModule('tracemalloc', functions, values);
}
