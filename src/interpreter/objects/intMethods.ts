/**
 * int's own methods (Objects/longobject.c): `bit_length`, `bit_count`, `conjugate`, and
 * `is_integer` (3.12+). They read the value, so an instance of an int subclass answers as its
 * value does.
 */
import type { PyLongObject } from '../../engine/objects/longObject';
import { bitLength, newInt } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import type { Interp } from '../runtime/interp';

function bigOf(o: PyObject): bigint {
  return BigInt((o as PyLongObject).value);
}

/** Registers the methods on `int`. */
export function installIntMethods(interp: Interp): void {
  const rt = interp.rt;
  const int = rt.types.int;
  interp.methods.define(int, 'bit_length', (i, args) => newInt(i.rt, bitLength(bigOf(args[0]))));
  interp.methods.define(int, 'bit_count', (i, args) => {
    const v = bigOf(args[0]);
    return newInt(i.rt, [...(v < 0n ? -v : v).toString(2)].filter((c) => c === '1').length);
  });
  interp.methods.define(int, 'conjugate', (i, args) => newInt(i.rt, (args[0] as PyLongObject).value));
  if (rt.profile.version !== '3.11') interp.methods.define(int, 'is_integer', (i) => i.bool(true));
}
