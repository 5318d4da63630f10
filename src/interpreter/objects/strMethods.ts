/** Common methods of `str` (Objects/unicodeobject.c); each result is a new str or list of strs. */
import { newList } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { collect } from '../builtins/builtinFunctions';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';

function str(interp: Interp, o: PyObject | undefined, what: string): string {
  if (o instanceof PyUnicodeObject) return o.value;
  return interp.typeError(`${what} must be str, not ${o ? o.type.name : 'nothing'}`);
}

const join: NativeImpl = (interp, args) => {
  const sep = str(interp, args[0], 'separator');
  const items = collect(interp, args[1]);
  try {
    const parts = items.map((x, i) => {
      if (x instanceof PyUnicodeObject) return x.value;
      return interp.typeError(`sequence item ${i}: expected str instance, ${x.type.name} found`);
    });
    return newStr(interp.rt, parts.join(sep));
  } finally {
    for (const x of items) interp.rt.heap.decref(x);
  }
};

const split: NativeImpl = (interp, args) => {
  const s = str(interp, args[0], 'self');
  const parts = args.length > 1 && args[1] !== interp.rt.None ? s.split(str(interp, args[1], 'separator')) : s.split(/\s+/).filter((p) => p !== '');
  return newList(interp.rt, parts.map((p) => newStr(interp.rt, p)));
};

const simple = (f: (s: string, args: string[]) => string): NativeImpl => (interp, args) =>
  newStr(interp.rt, f(str(interp, args[0], 'self'), args.slice(1).map((a) => str(interp, a, 'argument'))));

const predicate = (f: (s: string, arg: string) => boolean): NativeImpl => (interp, args) =>
  interp.bool(f(str(interp, args[0], 'self'), str(interp, args[1], 'argument')));

/** Registers the str methods. */
export function installStrMethods(interp: Interp): void {
  const t = interp.rt.types.str;
  const table: Record<string, NativeImpl> = {
    join, split,
    upper: simple((s) => s.toUpperCase()),
    lower: simple((s) => s.toLowerCase()),
    strip: simple((s, a) => (a.length ? s.replace(new RegExp(`^[${escape(a[0])}]+|[${escape(a[0])}]+$`, 'g'), '') : s.trim())),
    replace: simple((s, [a, b]) => s.split(a).join(b)),
    startswith: predicate((s, a) => s.startsWith(a)),
    endswith: predicate((s, a) => s.endsWith(a)),
  };
  for (const [name, impl] of Object.entries(table)) interp.methods.define(t, name, impl);
}

function escape(chars: string): string {
  return chars.replace(/[\\\]^-]/g, '\\$&');
}
