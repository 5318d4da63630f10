/**
 * `operator` (Modules/_operator.c, 3.11–3.13): the function forms of the operators, which call the
 * same abstract operations as the eval loop (`PyNumber_Add`, `PyObject_RichCompare`…), and the
 * three callable C types `itemgetter`, `attrgetter` and `methodcaller`.
 *
 * Sizes are `sys.getsizeof` of fresh objects (GC head included): itemgetter 64, attrgetter 56,
 * methodcaller 56 (80 in 3.13, which keeps a vectorcall argument array). Obscurity: `attrgetter`
 * splits each dotted name into a tuple of interned parts when it is created, so `'a.b'` costs a
 * tuple; a plain name is stored as the interned str itself.
 */
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { dictItems, type PyDictObject } from '../../engine/objects/dictObject';
import { contains, delItem, getItem, isTrue, setItem } from '../objects/abstract';
import { binaryOp } from '../objects/numberProtocol';
import { compare } from '../objects/richCompare';
import { iterSearchCount } from '../objects/rangeMethods';
import { PyListObject } from '../../engine/objects/listObject';
import { newFloat, PyFloatObject } from '../../engine/objects/floatObject';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { typeLookup } from '../objects/typeLookup';
import { callDunder } from '../objects/typeSlots';
import { bufferOf } from '../objects/bytesOps';
import { lengthHint } from '../objects/sequenceOps';
import { callAny } from '../vm/callDispatch';
import { internName } from '../objects/typeLookup';
import { keywordsDict } from './keywordsDict';
import { reprOf } from '../objects/repr';
import type { Interp } from '../runtime/interp';
import { indexObject } from '../objects/numberIndex';
import type { PyModuleObject } from '../runtime/moduleObject';
import { splitKeywords, noKeywords } from '../builtins/args';
import type { NativeImpl } from '../vm/callables';
import { newNativeObject, nativeType, typesForConstructors } from './nativeObject';
import { callMethod } from './callMethod';
import { positional } from './moduleArgs';

/** BINARY_OP numbers (`NB_*`) of the binary functions. */
const BINARY: Record<string, number> = {
  add: 0, and_: 1, floordiv: 2, lshift: 3, matmul: 4, mul: 5, mod: 6, or_: 7, pow: 8, rshift: 9, sub: 10, truediv: 11, xor: 12,
};
/** Rich comparison operators by name (`Py_LT`..`Py_GE`). */
const COMPARE: Record<string, number> = { lt: 0, le: 1, eq: 2, ne: 3, gt: 4, ge: 5 };

/** Creates the module (on first import). */
export function createOperator(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  const heap = rt.heap;
  const functions: Record<string, NativeImpl> = {};

  for (const [name, nb] of Object.entries(BINARY)) {
    functions[name] = (i, args, kwnames) => {
      positional(i, name, args, kwnames, 2);
      return binaryOp(i, nb, args[0], args[1]);
    };
  }
  for (const [name, op] of Object.entries(COMPARE)) {
    functions[name] = (i, args, kwnames) => {
      positional(i, name, args, kwnames, 2);
      return i.bool(compare(i, op, args[0], args[1]));
    };
  }
  functions.neg = (i, args, kwnames) => {
    positional(i, 'neg', args, kwnames, 1);
    const zero = newInt(rt, 0);
    try {
      return binaryOp(i, 10, zero, args[0]);
    } finally {
      heap.decref(zero);
    }
  };
  functions.not_ = (i, args, kwnames) => {
    positional(i, 'not_', args, kwnames, 1);
    return i.bool(!isTrue(i, args[0]));
  };
  functions.truth = (i, args, kwnames) => {
    positional(i, 'truth', args, kwnames, 1);
    return i.bool(isTrue(i, args[0]));
  };
  functions.is_ = (i, args, kwnames) => {
    positional(i, 'is_', args, kwnames, 2);
    return i.bool(args[0] === args[1]);
  };
  functions.is_not = (i, args, kwnames) => {
    positional(i, 'is_not', args, kwnames, 2);
    return i.bool(args[0] !== args[1]);
  };
  functions.getitem = (i, args, kwnames) => {
    positional(i, 'getitem', args, kwnames, 2);
    return getItem(i, args[0], args[1]);
  };
  functions.contains = (i, args, kwnames) => {
    positional(i, 'contains', args, kwnames, 2);
    return i.bool(contains(i, args[0], args[1]));
  };
  functions.index = (i, args, kwnames) => {
    positional(i, 'index', args, kwnames, 1);
    return indexObject(i, args[0]);
  };

  for (const [name, nb] of Object.entries(BINARY)) {
    const iname = `i${name.replace(/_$/, '')}`;
    functions[iname] = (i, args, kwnames) => {
      positional(i, iname, args, kwnames, 2);
      return binaryOp(i, nb + 13, args[0], args[1]);
    };
  }
  addSequenceFunctions(functions);
  addUnaryFunctions(interp, functions);

  const itemgetterType = nativeType(interp, 'operator.itemgetter', 64);
  functions.itemgetter = (i, args, kwnames) => {
    noKeywords(i, 'itemgetter', kwnames);
    if (args.length === 0) i.typeError('itemgetter expected 1 argument, got 0');
    for (const a of args) heap.incref(a);
    const single = args.length === 1;
    const g = newNativeObject(i, itemgetterType, [single ? args[0] : newTuple(rt, [...args])]);
    const items = (): PyObject[] => (single ? [g.refs[0] as PyObject] : (g.refs[0] as PyTupleObject).items);
    g.call = (j, callArgs, callKw) => {
      positional(j, 'itemgetter', callArgs, callKw, 1);
      if (single) return { result: getItem(j, callArgs[0], items()[0]) };
      const out: PyObject[] = [];
      try {
        for (const k of items()) out.push(getItem(j, callArgs[0], k));
      } catch (e) {
        for (const x of out) heap.decref(x);
        throw e;
      }
      return { result: newTuple(rt, out) };
    };
    g.repr = (j) => `operator.itemgetter(${items().map((x) => reprOf(j, x)).join(', ')})`;
    return g;
  };

  const attrgetterType = nativeType(interp, 'operator.attrgetter', 56);
  functions.attrgetter = (i, args, kwnames) => {
    noKeywords(i, 'attrgetter', kwnames);
    if (args.length === 0) i.typeError('attrgetter expected 1 argument, got 0');
    const paths: string[][] = args.map((a) => {
      if (!(a instanceof PyUnicodeObject)) return i.typeError('attribute name must be a string');
      return a.value.split('.');
    });
    const refs: PyObject[] = paths.map((p) => {
      if (p.length === 1) { const s = internName(i, p[0]); heap.incref(s); return s; }
      return newTuple(rt, p.map((part) => { const s = internName(i, part); heap.incref(s); return s; }));
    });
    const g = newNativeObject(i, attrgetterType, [newTuple(rt, refs)]);
    const resolve = (j: Interp, o: PyObject, path: string[]): PyObject => {
      heap.incref(o);
      let cur = o;
      for (const part of path) {
        try {
          const next = j.getAttr(cur, part, false).value;
          heap.decref(cur);
          cur = next;
        } catch (e) {
          heap.decref(cur);
          throw e;
        }
      }
      return cur;
    };
    g.call = (j, callArgs, callKw) => {
      positional(j, 'attrgetter', callArgs, callKw, 1);
      if (paths.length === 1) return { result: resolve(j, callArgs[0], paths[0]) };
      const out: PyObject[] = [];
      try {
        for (const p of paths) out.push(resolve(j, callArgs[0], p));
      } catch (e) {
        for (const x of out) heap.decref(x);
        throw e;
      }
      return { result: newTuple(rt, out) };
    };
    g.repr = () => `operator.attrgetter(${paths.map((p) => `'${p.join('.')}'`).join(', ')})`;
    return g;
  };

  const methodcallerType = nativeType(interp, 'operator.methodcaller', rt.profile.version === '3.13' ? 80 : 56);
  functions.methodcaller = (i, args, kwnames) => {
    const { positional: pos, keywords } = splitKeywords(args, kwnames);
    if (pos.length === 0) i.typeError('methodcaller needs at least one argument, the method name');
    const name = pos[0];
    if (!(name instanceof PyUnicodeObject)) return i.typeError('method name must be a string');
    const nameObj = internName(i, name.value);
    heap.incref(nameObj);
    for (const a of pos.slice(1)) heap.incref(a);
    const kw = keywordsDict(i, keywords);
    const m = newNativeObject(i, methodcallerType, [nameObj, newTuple(rt, pos.slice(1)), kw]);
    m.call = (j, callArgs, callKw) => {
      positional(j, 'methodcaller', callArgs, callKw, 1);
      const extra = (m.refs[1] as PyTupleObject).items;
      const entries = dictItems(m.refs[2] as PyDictObject);
      const all = [...extra, ...entries.map((e) => e.value)];
      const names = entries.length ? entries.map((e) => (e.key as PyUnicodeObject).value) : null;
      return { result: callMethod(j, callArgs[0], name.value, all, names) };
    };
    m.repr = (j) => {
      const parts = [reprOf(j, m.refs[0] as PyObject), ...(m.refs[1] as PyTupleObject).items.map((x) => reprOf(j, x))];
      for (const e of dictItems(m.refs[2] as PyDictObject)) parts.push(`${(e.key as PyUnicodeObject).value}=${reprOf(j, e.value)}`);
      return `operator.methodcaller(${parts.join(', ')})`;
    };
    return m;
  };

  return interp.defineModule('operator', functions, typesForConstructors(interp, functions, {
    itemgetter: itemgetterType, attrgetter: attrgetterType, methodcaller: methodcallerType,
  }));
}

/** `PySequence_Check` as `concat` applies it: str, bytes, list, tuple, or a class with __getitem__. */
function isSequence(interp: Interp, o: PyObject): boolean {
  return o instanceof PyUnicodeObject || o instanceof PyListObject || o instanceof PyTupleObject || bufferOf(o) !== null
    || (o.type instanceof PyHeapTypeObject && typeLookup(interp, o.type, '__getitem__') !== null);
}

/**
 * `concat`/`iconcat`, `countOf`/`indexOf` (PySequence_Count/PySequence_Index: a walk comparing
 * by identity then ==), `setitem`/`delitem`, `length_hint` and `call`.
 */
function addSequenceFunctions(functions: Record<string, NativeImpl>): void {
  for (const [name, nb] of [['concat', 0], ['iconcat', 13]] as const) {
    functions[name] = (i, args, kwnames) => {
      positional(i, name, args, kwnames, 2);
      if (!isSequence(i, args[0])) i.typeError(`'${args[0].type.name}' object can't be concatenated`);
      return binaryOp(i, nb, args[0], args[1]);
    };
  }
  const walk = iterSearchCount;
  functions.countOf = (i, args, kwnames) => {
    positional(i, 'countOf', args, kwnames, 2);
    return newInt(i.rt, walk(i, args[0], args[1], true));
  };
  functions.indexOf = (i, args, kwnames) => {
    positional(i, 'indexOf', args, kwnames, 2);
    return newInt(i.rt, walk(i, args[0], args[1], false));
  };
  functions.setitem = (i, args, kwnames) => {
    positional(i, 'setitem', args, kwnames, 3);
    setItem(i, args[0], args[1], args[2]);
    return i.none();
  };
  functions.delitem = (i, args, kwnames) => {
    positional(i, 'delitem', args, kwnames, 2);
    delItem(i, args[0], args[1]);
    return i.none();
  };
  functions.length_hint = (i, args, kwnames) => {
    noKeywords(i, 'length_hint', kwnames);
    if (args.length < 1 || args.length > 2) i.typeError(`length_hint expected ${args.length < 1 ? 'at least 1' : 'at most 2'} argument${args.length < 1 ? '' : 's'}, got ${args.length}`);
    const dflt = args[1];
    if (dflt && !(dflt instanceof PyLongObject)) i.typeError(`'${dflt.type.name}' object cannot be interpreted as an integer`);
    return newInt(i.rt, lengthHint(i, args[0], dflt instanceof PyLongObject ? Number(dflt.value) : 0));
  };
  functions.call = (i, args, kwnames) => {
    if (args.length - (kwnames?.length ?? 0) < 1) i.typeError('call() missing required argument \'obj\' (pos 1)');
    return callAny(i, args[0], args.slice(1), kwnames);
  };
}

/** `abs`, `pos`, `inv`/`invert` (PyNumber_Absolute, PyNumber_Positive, PyNumber_Invert). */
function addUnaryFunctions(interp: Interp, functions: Record<string, NativeImpl>): void {
  const rt = interp.rt;
  functions.abs = (i, args, kwnames) => {
    positional(i, 'abs', args, kwnames, 1);
    return callAny(i, i.builtins.get('abs') as PyObject, [args[0]]);
  };
  functions.pos = (i, args, kwnames) => {
    positional(i, 'pos', args, kwnames, 1);
    const v = args[0];
    const own = callDunder(i, v, '__pos__');
    if (own) return own;
    if (v instanceof PyLongObject) return v.type === rt.types.int ? (rt.heap.incref(v), v) : newInt(rt, v.value);
    if (v instanceof PyFloatObject) return v.type === rt.types.float ? (rt.heap.incref(v), v) : newFloat(rt, v.value);
    return i.typeError(`bad operand type for unary +: '${v.type.name}'`);
  };
  for (const name of ['inv', 'invert']) {
    functions[name] = (i, args, kwnames) => {
      positional(i, name, args, kwnames, 1);
      const v = args[0];
      const own = callDunder(i, v, '__invert__');
      if (own) return own;
      if (v instanceof PyLongObject) return newInt(rt, typeof v.value === 'bigint' ? -v.value - 1n : -v.value - 1);
      return i.typeError(`bad operand type for unary ~: '${v.type.name}'`);
    };
  }
}
