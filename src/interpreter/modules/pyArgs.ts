/**
 * Binding a native's arguments the way a Python `def` binds them, for modules whose CPython
 * version is written in Python (random.py, collections/__init__.py): positional-or-keyword
 * parameters, keyword-only ones after `*`, and CPython's messages naming `qualname()`.
 */
import type { PyObject } from '../../engine/objects/object';
import type { Interp } from '../runtime/interp';
import { missingArguments } from '../builtins/args';

/** A signature: parameter names in order, how many are required, and the keyword-only ones. */
export interface PySignature {
  /** `Random.randint`: how messages name the function. */
  qualname: string;
  params: readonly string[];
  required: number;
  kwOnly?: readonly string[];
}

/**
 * Binds `args` (the last `kwnames.length` are keywords) to `sig`: one entry per parameter, then
 * the keyword-only ones, `undefined` where nothing was passed (the caller applies the default).
 */
export function bindArgs(interp: Interp, sig: PySignature, args: readonly PyObject[], kwnames: readonly string[] | null): (PyObject | undefined)[] {
  const nkw = kwnames ? kwnames.length : 0;
  const npos = args.length - nkw;
  const kwOnly = sig.kwOnly ?? [];
  const out: (PyObject | undefined)[] = new Array(sig.params.length + kwOnly.length).fill(undefined);
  if (npos > sig.params.length) {
    const takes = sig.required === sig.params.length ? `${sig.params.length + 1}` : `from ${sig.required + 1} to ${sig.params.length + 1}`;
    interp.typeError(`${sig.qualname}() takes ${takes} positional arguments but ${npos + 1} were given`);
  }
  for (let i = 0; i < npos; i++) out[i] = args[i];
  for (let k = 0; k < nkw; k++) {
    const name = (kwnames as string[])[k];
    let at = sig.params.indexOf(name);
    if (at < 0) {
      const ko = kwOnly.indexOf(name);
      if (ko < 0) interp.typeError(`${sig.qualname}() got an unexpected keyword argument '${name}'`);
      at = sig.params.length + ko;
    }
    if (out[at] !== undefined) interp.typeError(`${sig.qualname}() got multiple values for argument '${name}'`);
    out[at] = args[npos + k];
  }
  const missing = sig.params.slice(0, sig.required).filter((_, i) => out[i] === undefined);
  if (missing.length > 0) missingArguments(interp, sig.qualname, 'positional', missing);
  return out;
}
