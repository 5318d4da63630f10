/** Common methods of `str` (Objects/unicodeobject.c); each result is a new str or list of strs. */
import type { PyObject } from '../../engine/objects/object';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { collectSteps } from '../builtins/builtinFunctions';
import { resumableNative } from '../vm/resumableNative';
import type { Interp } from '../runtime/interp';
import { PyError } from '../runtime/pyError';
import { getIter } from './abstract';
import type { NativeImpl } from '../vm/callables';

function str(interp: Interp, o: PyObject | undefined, what: string): string {
  if (o instanceof PyUnicodeObject) return o.value;
  return interp.typeError(`${what} must be str, not ${o ? o.type.name : 'nothing'}`);
}

/**
 * `PySequence_Fast(o, message)`'s first step: `iter(o)`, a TypeError it raises reported with the
 * caller's message instead (errors while iterating are left as they are).
 */
function iterOr(interp: Interp, o: PyObject, message: string): PyObject {
  try {
    return getIter(interp, o);
  } catch (e) {
    if (e instanceof PyError && e.exc.type.isSubtypeOf(interp.excType('TypeError'))) interp.typeError(message);
    throw e;
  }
}

/** `str.join`, resumable (vm/resumableNative.ts): `''.join(gen())` in a thread parks it while the generator waits. */
const join = resumableNative(function* joinSteps(interp, args) {
  if (args.length !== 2) interp.typeError(`str.join() takes exactly one argument (${args.length - 1} given)`);
  const sep = str(interp, args[0], 'separator');
  const it = iterOr(interp, args[1], 'can only join an iterable');
  let items: PyObject[];
  try {
    items = yield* collectSteps(interp, it);
  } finally {
    interp.rt.heap.decref(it);
  }
  try {
    const parts = items.map((x, i) => {
      if (x instanceof PyUnicodeObject) return x.value;
      return interp.typeError(`sequence item ${i}: expected str instance, ${x.type.name} found`);
    });
    return newStr(interp.rt, parts.join(sep));
  } finally {
    for (const x of items) interp.rt.heap.decref(x);
  }
});

const simple = (f: (s: string, args: string[]) => string): NativeImpl => (interp, args) =>
  newStr(interp.rt, f(str(interp, args[0], 'self'), args.slice(1).map((a) => str(interp, a, 'argument'))));

/** Registers the str methods. */
export function installStrMethods(interp: Interp): void {
  const t = interp.rt.types.str;
  const table: Record<string, NativeImpl> = {
    join,
    upper: simple((s) => s.toUpperCase()),
    lower: simple((s) => s.toLowerCase()),
    strip: simple((s, a) => (a.length ? s.replace(new RegExp(`^[${escape(a[0])}]+|[${escape(a[0])}]+$`, 'g'), '') : s.trim())),
  };
  for (const [name, impl] of Object.entries(table)) interp.methods.define(t, name, impl);
}

function escape(chars: string): string {
  return chars.replace(/[\\\]^-]/g, '\\$&');
}
