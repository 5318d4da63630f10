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

/** `missing_arguments` (Python/ceval.c): `'a'`, `'a' and 'b'`, `'a', 'b', and 'c'`. */
export function missingArguments(interp: Interp, name: string, kind: string, missing: string[]): never {
  const names = missing.map((m) => `'${m}'`);
  const last = names.pop() as string;
  const list = names.length === 0 ? last : names.length === 1 ? `${names[0]} and ${last}` : `${names.join(', ')}, and ${last}`;
  return interp.typeError(`${name}() missing ${missing.length} required ${kind} argument${missing.length === 1 ? '' : 's'}: ${list}`);
}

/**
 * `_PyArg_UnpackKeywords` for an Argument Clinic builtin with positional-or-keyword parameters:
 * the arguments in parameter order (trailing unpassed optional ones left off), with its messages
 * in its order: too many, a missing required one, one given twice, then an unknown keyword.
 */
export function clinicArgs(interp: Interp, name: string, params: string[], required: number, args: PyObject[], kwnames: string[] | null): PyObject[] {
  const kws = kwnames ?? [];
  const npos = args.length - kws.length;
  if (args.length > params.length) interp.typeError(`${name}() takes at most ${params.length} argument${params.length === 1 ? '' : 's'} (${args.length} given)`);
  const out: (PyObject | undefined)[] = args.slice(0, npos);
  for (let i = npos; i < params.length; i++) {
    const k = kws.indexOf(params[i]);
    if (k >= 0) out[i] = args[npos + k];
    else if (i < required) interp.typeError(`${name}() missing required argument '${params[i]}' (pos ${i + 1})`);
  }
  for (const kw of kws) {
    const at = params.indexOf(kw);
    if (at >= 0 && at < npos) interp.typeError(`argument for ${name}() given by name ('${kw}') and position (${at + 1})`);
  }
  for (const kw of kws) {
    if (params.includes(kw)) continue;
    invalidKeyword(interp, name, kw);
  }
  while (out.length && out[out.length - 1] === undefined) out.pop();
  return out as PyObject[];
}

/**
 * `error_unexpected_keyword_arg` (Python/getargs.c): a keyword the parser does not know, worded as
 * 3.13 words it for every function; 3.11 and 3.12 say "is an invalid keyword argument".
 */
export function invalidKeyword(interp: Interp, name: string, kw: string): never {
  return interp.typeError(interp.rt.profile.version === '3.13' ? `${name}() got an unexpected keyword argument '${kw}'` : `'${kw}' is an invalid keyword argument for ${name}()`);
}
