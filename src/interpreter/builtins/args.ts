/** Argument checks for native functions, with CPython's messages. */
import type { PyObject } from '../../engine/objects/object';
import type { Interp } from '../runtime/interp';

/** Rejects keyword arguments (`METH_VARARGS`/`METH_O` functions). */
export function noKeywords(interp: Interp, name: string, kwnames: string[] | null): void {
  if (kwnames && kwnames.length > 0) interp.typeError(`${name}() takes no keyword arguments`);
}

/** `name() takes exactly one argument (n given)` (METH_O). */
export function exactlyOne(interp: Interp, name: string, args: PyObject[], kwnames: string[] | null): PyObject {
  noKeywords(interp, name, kwnames);
  if (args.length !== 1) interp.typeError(`${name}() takes exactly one argument (${args.length} given)`);
  return args[0];
}

/** `name expected at least/most n arguments, got m` (PyArg_UnpackTuple). */
export function argRange(interp: Interp, name: string, args: PyObject[], min: number, max: number): void {
  if (args.length < min) interp.typeError(`${name} expected ${min === max ? '' : 'at least '}${min} argument${min === 1 ? '' : 's'}, got ${args.length}`);
  if (args.length > max) interp.typeError(`${name} expected ${min === max ? '' : 'at most '}${max} argument${max === 1 ? '' : 's'}, got ${args.length}`);
}

/** Splits positional arguments from keyword arguments. */
export function splitKeywords(args: PyObject[], kwnames: string[] | null): { positional: PyObject[]; keywords: Map<string, PyObject> } {
  const nkw = kwnames ? kwnames.length : 0;
  const positional = args.slice(0, args.length - nkw);
  const keywords = new Map<string, PyObject>();
  for (let i = 0; i < nkw; i++) keywords.set((kwnames as string[])[i], args[args.length - nkw + i]);
  return { positional, keywords };
}
