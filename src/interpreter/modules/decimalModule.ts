/**
 * `decimal` (CPython's `_decimal` over libmpdec, 3.11–3.13). `Decimal` is a class of the module
 * whose instances map to the values of decimalNumber.ts (immutable, set once when made); its
 * methods are natives that compute with the current context (decimalContext.ts) and record the
 * operation's conditions there, raising what the traps select.
 *
 * Sizes (test/oracle/decimalProbe.py): a Decimal is 104 bytes with up to four 64-bit words of
 * coefficient inline (76 digits), untracked on 3.11/3.12; on 3.13 `_decimal`'s types are heap GC
 * types, so 120 with the head and tracked. A longer coefficient adds its words (19 digits each):
 * 77 digits measure 144.
 *
 * Mixed arithmetic: ints convert exactly; a float is a TypeError for arithmetic and compares
 * exactly (CPython sets the FloatOperation flag). Obscurity: CPython's messages name the type
 * `decimal.Decimal`, its tp_name; the operators raise those themselves for built-in operands.
 */
import { markNonGC, newInstance } from '../../engine/objects/instanceObject';
import { normalizeInt } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import type { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import { createClass } from '../objects/typeCreate';
import { setClassAttr } from '../objects/classAttrs';
import { checkedDescrImpl } from '../objects/builtinSlots';
import { staticNativeDescr } from '../../engine/objects/nativeDescrObject';
import { customHashKeys } from '../objects/hashKey';
import { structSeqType } from '../objects/structSeq';
import * as N from './decimalNumber';
import { ROUNDINGS } from './decimalNumber';
import { defaultState, SIGNAL_BASES, signalClasses, SIGNALS } from './decimalContext';
import { contextMethods, managerMethods, setContextAttr, signalDictMethods } from './decimalContextType';
import { hashOf } from './decimalConvert';
import { decimalMethods } from './decimalMethods';
import { coefficientWords, currentContext, decOf, int, managers, newContext, none, setCurrent, stateOf, str, types, typesByRuntime, values } from './decimalObjects';

/** The dunders `_decimal` fills as type slots (slot wrappers); its other dunders are methods (`__round__`). */
const SLOT_WRAPPERS = /^__(r?(add|sub|mul|truediv|floordiv|mod|divmod|pow)|abs|neg|pos|bool|int|float|eq|ne|lt|le|gt|ge|hash|repr|str)__$/;

function makeClass(interp: Interp, name: string, ns: Map<string, PyObject>, basicsize: number): PyHeapTypeObject {
  const rt = interp.rt;
  ns.set('__module__', str(interp, 'decimal'));
  ns.set('__slots__', newTuple(rt, []));
  const t = createClass(interp, name, [rt.types.object], ns);
  if (rt.profile.version === '3.13') {
    (t as { basicsize: number }).basicsize = basicsize; // the type is being readied
    t.layout = { ...t.layout, basicSize: basicsize };
    t.sizeof = () => basicsize;
  } else {
    markNonGC(t, basicsize);
  }
  return t;
}

/** Creates the module (on first import). */
export function createDecimal(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  const dns = new Map<string, PyObject>();
  for (const [k, impl] of Object.entries(decimalMethods())) dns.set(k, interp.nativeFunction(k, impl));
  const decimal = makeClass(interp, 'Decimal', dns, 104);
  // `_decimal`'s methods are method descriptors of its C type: `<method 'sqrt' of 'decimal.Decimal' objects>`.
  for (const [k, impl] of Object.entries(decimalMethods())) {
    const kind = SLOT_WRAPPERS.test(k) ? 'wrapper_descriptor' : 'method_descriptor';
    setClassAttr(interp, decimal, k, staticNativeDescr(rt, kind, decimal, k, checkedDescrImpl(kind, decimal, k, impl)));
  }
  decimal.sizeof = (o) => { const d = values.get(o); const w = d ? coefficientWords(d) : 0; return 104 + (w > 4 ? w * 8 : 0); };
  const context = makeClass(interp, 'Context', contextMethods(interp), 96);
  const signalDict = makeClass(interp, 'SignalDictMixin', signalDictMethods(interp), 48);
  const manager = makeClass(interp, 'ContextManager', managerMethods(interp), 48);
  const tuple = structSeqType(interp, 'DecimalTuple', ['sign', 'digits', 'exponent']);
  typesByRuntime.set(rt, { decimal, context, signalDict, manager, tuple });
  customHashKeys.set(decimal, (i, o) => {
    const d = decOf(i, o);
    if (d.special === 'F') {
      const [n, den] = N.ratio(d);
      if (den === 1n) return { key: o, hashKey: normalizeInt(n) };
    }
    const hash = normalizeInt(hashOf(i, d, o));
    return { key: o, hashKey: hash, hash, eq: (a, b) => a === b || (values.has(b) && N.compare(decOf(i, a), decOf(i, b)) === 0) };
  });

  const classes = new Map<string, PyHeapTypeObject>();
  const exports: Record<string, PyObject> = { Decimal: decimal, Context: context, DecimalTuple: tuple as PyObject };
  for (const [name, bases] of SIGNAL_BASES) {
    const ns = new Map<string, PyObject>([['__module__', str(interp, 'decimal')]]);
    const t = createClass(interp, name, bases.map((b) => classes.get(b) ?? interp.excType(b)), ns);
    classes.set(name, t);
    exports[name] = t;
  }
  signalClasses.set(rt, classes);
  for (const r of ROUNDINGS) exports[r] = str(interp, r);
  exports.MAX_PREC = int(interp, 999999999999999999n);
  exports.MAX_EMAX = int(interp, 999999999999999999n);
  exports.MIN_EMIN = int(interp, -999999999999999999n);
  exports.MIN_ETINY = int(interp, -1999999999999999997n);
  exports.HAVE_THREADS = interp.bool(true);
  exports.HAVE_CONTEXTVAR = interp.bool(true);
  exports.DefaultContext = newContext(interp, defaultState());
  exports.BasicContext = newContext(interp, { ...defaultState(), prec: 9, rounding: 'ROUND_HALF_UP', traps: SIGNALS.filter(([n]) => !['Inexact', 'Rounded', 'Subnormal', 'FloatOperation'].includes(n)).reduce((a, [, b]) => a | b, 0) });
  exports.ExtendedContext = newContext(interp, { ...defaultState(), prec: 9, traps: 0 });
  for (const v of [decimal, context, tuple as PyObject, ...classes.values()]) rt.heap.incref(v);

  return interp.defineModule('decimal', {
    getcontext: (i) => { const c = currentContext(i); i.rt.heap.incref(c); return c; },
    setcontext: (i, [c]) => { stateOf(i, c); setCurrent(i, c); return i.none(); },
    localcontext: (i, args, kwnames) => {
      const nkw = kwnames?.length ?? 0;
      const pos = args.slice(0, args.length - nkw);
      const base = none(i, pos[0]) ? currentContext(i) : (pos[0] as PyObject);
      const ctx = newContext(i, { ...stateOf(i, base) });
      const s = stateOf(i, ctx);
      (kwnames ?? []).forEach((k, n) => {
        if (!['prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'].includes(k)) i.typeError(`'${k}' is an invalid keyword argument for this function`);
        setContextAttr(i, s, k, args[pos.length + n]);
      });
      const m = newInstance(i.rt, types(i).manager);
      managers.set(m, { ctx, saved: null });
      return m;
    },
  }, exports);
}
