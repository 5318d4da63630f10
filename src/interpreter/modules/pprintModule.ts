/**
 * `pprint` (Lib/pprint.py, 3.11–3.13): `pprint`, `pformat`, `pp`, `saferepr`, `isreadable`,
 * `isrecursive` and `PrettyPrinter` with `indent`, `width`, `depth`, `stream`, `compact` and
 * `sort_dicts`; the layout is prettyFormat.ts.
 *
 * Obscurity: CPython's pprint is Python code that builds its text from many temporary strings,
 * lists and a StringIO; here the text is built outside the simulated heap and only the result is
 * allocated. A PrettyPrinter is one native object (CPython: an instance with a `__dict__`).
 */
import { PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newStr } from '../../engine/objects/unicodeObject';
import { isTrue } from '../objects/abstract';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import type { NativeImpl } from '../vm/callables';
import { nativeType, newNativeObject } from './nativeObject';
import { PrettyFormatter, type PrettyOptions } from './prettyFormat';
import { bindArgs } from './pyArgs';
import { currentStream, writeText } from './sysStreams';

const PARAMS = ['indent', 'width', 'depth', 'stream'] as const;
const KW_ONLY = ['compact', 'sort_dicts', 'underscore_numbers'];

/** A PrettyPrinter's settings and stream (owned by the object's refs). */
const printers = new WeakMap<PyObject, PrettyOptions>();

/** Reads indent/width/depth/compact/sort_dicts from bound arguments (CPython's checks and messages). */
function options(interp: Interp, v: Record<string, PyObject | undefined>, sortDefault: boolean): PrettyOptions {
  const int = (x: PyObject | undefined, dflt: number | null, name: string): number | null => {
    if (x === undefined || x === interp.rt.None) return x === undefined ? dflt : null;
    if (!(x instanceof PyLongObject)) return interp.typeError(`'${x.type.name}' object cannot be interpreted as an integer (${name})`);
    return Number(x.value);
  };
  const indent = int(v.indent, 1, 'indent') as number;
  const width = int(v.width, 80, 'width') as number;
  const depth = int(v.depth, null, 'depth');
  if (indent < 0) interp.raise('ValueError', 'indent must be >= 0');
  if (depth !== null && depth <= 0) interp.raise('ValueError', 'depth must be > 0');
  if (!width) interp.raise('ValueError', 'width must be != 0');
  const flag = (x: PyObject | undefined, dflt: boolean) => (x === undefined ? dflt : isTrue(interp, x));
  return { indent, width, depth, compact: flag(v.compact, false), sortDicts: flag(v.sort_dicts, sortDefault) };
}

function bound(interp: Interp, qualname: string, params: readonly string[], args: readonly PyObject[], kwnames: readonly string[] | null, required = 0): Record<string, PyObject | undefined> {
  const values = bindArgs(interp, { qualname, params, required, kwOnly: KW_ONLY }, args, kwnames);
  const names = [...params, ...KW_ONLY];
  return Object.fromEntries(names.map((n, i) => [n, values[i]]));
}

function print(interp: Interp, text: string, stream: PyObject | undefined): PyObject {
  const rt = interp.rt;
  const target = stream === undefined || stream === rt.None ? currentStream(interp, 'stdout') : stream;
  const s = newStr(rt, text + '\n');
  try {
    writeText(interp, target, s);
  } finally {
    rt.heap.decref(s);
  }
  return interp.none();
}

/** Creates the module (on first import). */
export function createPprint(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  const printerType = nativeType(interp, 'pprint.PrettyPrinter', rt.profile.version === '3.11' ? 56 : 48);
  const format = (o: PrettyOptions, x: PyObject) => new PrettyFormatter(interp, o).format(x);
  const saferepr = (x: PyObject): PrettyFormatter => {
    const f = new PrettyFormatter(interp, { indent: 1, width: 80, depth: null, compact: false, sortDicts: true });
    f.safeRepr(x, new Set(), 0);
    return f;
  };
  const self = (i: Interp, o: PyObject | undefined, method: string): PrettyOptions =>
    (o && printers.get(o)) ?? i.typeError(`descriptor '${method}' requires a 'PrettyPrinter' object`);
  const methods: Record<string, NativeImpl> = {
    pformat: (i, args) => newStr(rt, format(self(i, args[0], 'pformat'), args[1])),
    pprint: (i, args) => {
      const o = self(i, args[0], 'pprint');
      const stream = (args[0] as ReturnType<typeof newNativeObject>).refs[0];
      return print(i, format(o, args[1]), stream ?? undefined);
    },
    isreadable: (i, args) => { self(i, args[0], 'isreadable'); return i.bool(saferepr(args[1]).readable); },
    isrecursive: (i, args) => { self(i, args[0], 'isrecursive'); return i.bool(saferepr(args[1]).recursive); },
  };
  for (const [m, impl] of Object.entries(methods)) interp.methods.define(printerType, m, impl);
  interp.typeCalls.set(printerType, (i, _t, args, kwnames) => {
    const v = bound(i, 'PrettyPrinter', PARAMS, args, kwnames);
    const o = options(i, v, true);
    const stream = v.stream ?? rt.None;
    rt.heap.incref(stream);
    const p = newNativeObject(i, printerType, [stream]);
    printers.set(p, o);
    return p;
  });
  const functions: Record<string, NativeImpl> = {
    pformat: (i, args, kwnames) => {
      const v = bound(i, 'pformat', ['object', 'indent', 'width', 'depth'], args, kwnames, 1);
      return newStr(rt, format(options(i, v, true), v.object as PyObject));
    },
    pprint: (i, args, kwnames) => {
      const v = bound(i, 'pprint', ['object', 'stream', 'indent', 'width', 'depth'], args, kwnames, 1);
      return print(i, format(options(i, v, true), v.object as PyObject), v.stream);
    },
    pp: (i, args, kwnames) => {
      const v = bound(i, 'pp', ['object', 'stream', 'indent', 'width', 'depth'], args, kwnames, 1);
      return print(i, format(options(i, v, false), v.object as PyObject), v.stream);
    },
    saferepr: (i, args) => {
      const f = new PrettyFormatter(i, { indent: 1, width: 80, depth: null, compact: false, sortDicts: true });
      return newStr(rt, f.safeRepr(args[0], new Set(), 0));
    },
    isreadable: (i, args) => i.bool(saferepr(args[0]).readable),
    isrecursive: (i, args) => i.bool(saferepr(args[0]).recursive),
  };
  return interp.defineModule('pprint', functions, { PrettyPrinter: printerType });
}
