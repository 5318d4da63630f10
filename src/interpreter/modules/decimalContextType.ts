/**
 * `decimal.Context` as Python sees it: the constructor and attribute setters with
 * `context_set*`'s range checks, its methods, the `flags`/`traps` signal-dict views, and the
 * manager localcontext() returns. The state itself and the signals are decimalContext.ts's.
 */
import { classTypes } from '../../engine/objects/classTypes';
import { newDescr } from '../../engine/objects/descrObject';
import { newInstance } from '../../engine/objects/instanceObject';
import { PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { bindArgs } from './pyArgs';
import * as N from './decimalNumber';
import type { Dec } from './decimalNumber';
import { contextRepr, type CtxState, defaultState, signalBits, signalClasses, SIGNALS } from './decimalContext';
import { fromValue } from './decimalConvert';
import { compute, contexts, currentContext, decArg, int, managers, newContext, none, roundingArg, setCurrent, signalDicts, stateOf, str, types } from './decimalObjects';

/** `Context(prec=None, rounding=None, Emin=None, Emax=None, capitals=None, clamp=None, flags=None, traps=None)`. */
const contextInit: NativeImpl = (interp, args, kwnames) => {
  const names = ['prec', 'rounding', 'Emin', 'Emax', 'capitals', 'clamp', 'flags', 'traps'];
  const bound = bindArgs(interp, { qualname: 'Context', params: names, required: 0 }, args.slice(1), kwnames);
  const s = defaultState();
  contexts.set(args[0], s);
  names.forEach((n, k) => { if (!none(interp, bound[k])) setContextAttr(interp, s, n, bound[k] as PyObject); });
  return interp.none();
};

function smallInt(interp: Interp, v: PyObject): number {
  if (!(v instanceof PyLongObject)) return interp.typeError(`'${v.type.name}' object cannot be interpreted as an integer`);
  return Number(v.value);
}

/** Sets a context attribute with `context_set*`'s checks. */
export function setContextAttr(interp: Interp, s: CtxState, name: string, v: PyObject): void {
  const MAX = 1e18 - 1; // MAX_PREC, MAX_EMAX (999999999999999999; bounds as doubles are enough here)
  switch (name) {
    case 'prec': { const n = smallInt(interp, v); if (n < 1 || n > MAX) interp.raise('ValueError', 'valid range for prec is [1, MAX_PREC]'); s.prec = n; return; }
    case 'rounding': s.rounding = roundingArg(interp, v, s); return;
    case 'Emin': { const n = smallInt(interp, v); if (n > 0 || n < -MAX) interp.raise('ValueError', 'valid range for Emin is [MIN_EMIN, 0]'); s.emin = n; return; }
    case 'Emax': { const n = smallInt(interp, v); if (n < 0 || n > MAX) interp.raise('ValueError', 'valid range for Emax is [0, MAX_EMAX]'); s.emax = n; return; }
    case 'capitals': { const n = smallInt(interp, v); if (n !== 0 && n !== 1) interp.raise('ValueError', 'valid values for capitals are 0 or 1'); s.capitals = n; return; }
    case 'clamp': { const n = smallInt(interp, v); if (n !== 0 && n !== 1) interp.raise('ValueError', 'valid values for clamp are 0 or 1'); s.clamp = n; return; }
    default: {
      const which = name as 'flags' | 'traps';
      const items = (v as unknown as { items?: PyObject[] }).items;
      const view = signalDicts.get(v);
      if (view) { s[which] = view.ctx[view.which]; return; }
      if (!items) return interp.typeError(`argument must be a signal dict`);
      let bits = 0;
      for (const x of items) bits |= signalBits(interp, x) ?? interp.typeError('argument must be a signal dict');
      s[which] = bits;
    }
  }
}

/** Context's namespace: the attributes as properties, copy, Etiny/Etop and the arithmetic methods. */
export function contextMethods(interp: Interp): Map<string, PyObject> {
  const rt = interp.rt;
  const ct = classTypes(rt);
  const ns = new Map<string, PyObject>();
  const attrs: [string, keyof CtxState][] = [['prec', 'prec'], ['rounding', 'rounding'], ['Emin', 'emin'], ['Emax', 'emax'], ['capitals', 'capitals'], ['clamp', 'clamp']];
  for (const [name, key] of attrs) {
    const get = interp.nativeFunction(name, (i, [self]) => { const v = stateOf(i, self)[key]; return typeof v === 'string' ? str(i, v) : int(i, v); });
    const set = interp.nativeFunction(name, (i, [self, v]) => { setContextAttr(i, stateOf(i, self), name, v); return i.none(); });
    ns.set(name, newDescr(rt, ct.property, [get, set, null, null]));
  }
  for (const which of ['flags', 'traps'] as const) {
    const get = interp.nativeFunction(which, (i, [self]) => {
      const o = newInstance(i.rt, types(i).signalDict);
      signalDicts.set(o, { ctx: stateOf(i, self), which });
      return o;
    });
    const set = interp.nativeFunction(which, (i, [self, v]) => { setContextAttr(i, stateOf(i, self), which, v); return i.none(); });
    ns.set(which, newDescr(rt, ct.property, [get, set, null, null]));
  }
  const fn = (name: string, impl: NativeImpl): void => void ns.set(name, interp.nativeFunction(name, impl));
  fn('__init__', contextInit);
  fn('__repr__', (i, [self]) => str(i, contextRepr(stateOf(i, self))));
  fn('copy', (i, [self]) => newContext(i, { ...stateOf(i, self) }));
  fn('__copy__', (i, [self]) => newContext(i, { ...stateOf(i, self) }));
  fn('clear_flags', (i, [self]) => { stateOf(i, self).flags = 0; return i.none(); });
  fn('clear_traps', (i, [self]) => { stateOf(i, self).traps = 0; return i.none(); });
  fn('Etiny', (i, [self]) => { const s = stateOf(i, self); return int(i, s.emin - s.prec + 1); });
  fn('Etop', (i, [self]) => { const s = stateOf(i, self); return int(i, s.emax - s.prec + 1); });
  fn('create_decimal', (i, [self, v]) => {
    const s = stateOf(i, self);
    const d = fromValue(i, s, v);
    return compute(i, s, (c) => N.finish(d, c));
  });
  const op = (name: string, f: (a: Dec, b: Dec, c: N.Ctx) => Dec): void => fn(name, (i, [self, a, b]) => {
    const s = stateOf(i, self);
    const x = decArg(i, a);
    const y = decArg(i, b);
    return compute(i, s, (c) => f(x, y, c));
  });
  op('add', (a, b, c) => N.add(a, b, c));
  op('subtract', (a, b, c) => N.add(a, b, c, true));
  op('multiply', (a, b, c) => N.mul(a, b, c));
  op('divide', (a, b, c) => N.div(a, b, c));
  op('divide_int', (a, b, c) => N.divRem(a, b, c, 'q')[0]);
  op('remainder', (a, b, c) => N.divRem(a, b, c, 'r')[1]);
  op('quantize', (a, b, c) => N.quantize(a, b, c, c.rounding));
  fn('sqrt', (i, [self, a]) => { const s = stateOf(i, self); const x = decArg(i, a); return compute(i, s, (c) => N.sqrt(x, c)); });
  fn('plus', (i, [self, a]) => { const s = stateOf(i, self); const x = decArg(i, a); return compute(i, s, (c) => N.finish(x, c)); });
  fn('abs', (i, [self, a]) => { const s = stateOf(i, self); const x = decArg(i, a); return compute(i, s, (c) => N.finish({ ...x, sign: 0 }, c)); });
  return ns;
}

/** The namespace of the `flags`/`traps` views: item get/set by signal class, repr, len, keys. */
export function signalDictMethods(interp: Interp): Map<string, PyObject> {
  const ns = new Map<string, PyObject>();
  const fn = (name: string, impl: NativeImpl): void => void ns.set(name, interp.nativeFunction(name, impl));
  const view = (i: Interp, o: PyObject) => signalDicts.get(o) ?? i.typeError('not a signal dict');
  const bitsOf = (i: Interp, k: PyObject): number => signalBits(i, k) ?? i.raise('KeyError', 'invalid error flag');
  fn('__getitem__', (i, [self, k]) => { const v = view(i, self); return i.bool((v.ctx[v.which] & bitsOf(i, k)) !== 0); });
  fn('__setitem__', (i, [self, k, x]) => {
    const v = view(i, self);
    const bits = bitsOf(i, k);
    v.ctx[v.which] = x === i.rt.True || (x instanceof PyLongObject && x.value !== 0) ? v.ctx[v.which] | bits : v.ctx[v.which] & ~bits;
    return i.none();
  });
  fn('__repr__', (i, [self]) => {
    const v = view(i, self);
    const parts = SIGNALS.map(([name, bits]) => `<class 'decimal.${name}'>:${(v.ctx[v.which] & bits) !== 0 ? 'True' : 'False'}`);
    return str(i, `{${parts.join(', ')}}`);
  });
  fn('__len__', (i) => int(i, SIGNALS.length));
  fn('keys', (i) => {
    const items = SIGNALS.map(([name]) => { const t = signalClasses.get(i.rt)?.get(name) as PyObject; i.rt.heap.incref(t); return t; });
    return newTuple(i.rt, items);
  });
  return ns;
}

/** The namespace of localcontext()'s manager: enter sets the context, exit restores the saved one. */
export function managerMethods(interp: Interp): Map<string, PyObject> {
  const ns = new Map<string, PyObject>();
  ns.set('__enter__', interp.nativeFunction('__enter__', (i, [self]) => {
    const m = managers.get(self) as { ctx: PyObject; saved: PyObject | null };
    m.saved = currentContext(i);
    i.rt.heap.incref(m.saved);
    setCurrent(i, m.ctx);
    i.rt.heap.incref(m.ctx);
    return m.ctx;
  }));
  ns.set('__exit__', interp.nativeFunction('__exit__', (i, [self]) => {
    const m = managers.get(self) as { ctx: PyObject; saved: PyObject | null };
    if (m.saved) { setCurrent(i, m.saved); i.rt.heap.decref(m.saved); m.saved = null; }
    return i.none();
  }));
  return ns;
}
