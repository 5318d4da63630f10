/**
 * The arithmetic slot wrappers of `int` and `float` (`int.__add__`, `float.__rmul__`…), what a
 * subclass reaches with `int.__add__(self, other)` or `super().__add__(other)`: the built-in
 * operation on the values, or NotImplemented when the other operand is not one the type handles
 * (an int's operand must be an int; a float's, a float or an int).
 */
import { PyFloatObject } from '../../engine/objects/floatObject';
import { PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import type { Interp } from '../runtime/interp';
import { builtinBinaryOp } from './abstract';

/** NB_* numbers of the binary operators, as BINARY_OP numbers them. */
const INT_OPS: Record<string, number> = {
  add: 0, and: 1, floordiv: 2, lshift: 3, mul: 5, mod: 6, or: 7, pow: 8, rshift: 9, sub: 10, truediv: 11, xor: 12,
};
const FLOAT_OPS = ['add', 'floordiv', 'mul', 'mod', 'pow', 'sub', 'truediv'];

/** Registers `__op__` and `__rop__` on int and float. */
export function installNumberDunders(interp: Interp): void {
  const { int, float } = interp.rt.types;
  const notImplemented = (i: Interp): PyObject => {
    const n = i.builtins.get('NotImplemented') as PyObject;
    i.rt.heap.incref(n);
    return n;
  };
  const accepts = (isFloat: boolean, o: PyObject) => o instanceof PyLongObject || (isFloat && o instanceof PyFloatObject);
  for (const [type, names] of [[int, Object.keys(INT_OPS)], [float, FLOAT_OPS]] as const) {
    const isFloat = type === float;
    for (const name of names) {
      const nb = INT_OPS[name];
      interp.methods.define(type, `__${name}__`, (i, args) => (accepts(isFloat, args[1]) ? builtinBinaryOp(i, nb, args[0], args[1]) : notImplemented(i)));
      interp.methods.define(type, `__r${name}__`, (i, args) => (accepts(isFloat, args[1]) ? builtinBinaryOp(i, nb, args[1], args[0]) : notImplemented(i)));
    }
  }
}
