// Constant identity for deduplication, mirroring _PyCode_ConstantKey (Objects/codeobject.c):
// equal values of the same type share one co_consts slot, but 1, 1.0 and True stay distinct,
// as do 0.0 and -0.0, and (1,) and (1.0,). CPython also merges equal constants across all code
// objects of one compilation (compile.c merge_consts_recursive); the eval loop can use the same
// key to share one object per key when it materialises co_consts.
import type { PyConstant } from '../parser/pyConstant';

let codeIds = new WeakMap<object, number>();
let nextCodeId = 0;

/** A string that is equal for two constants exactly when CPython's constant keys are equal. */
export function constantKey(c: PyConstant): string {
  if (c === null) return 'N';
  if (c === true) return 'T';
  if (c === false) return 'F';
  if (typeof c === 'string') return 's' + c;
  switch (c.type) {
    case 'int': return 'i' + c.value.toString();
    case 'float': return 'f' + floatKey(c.value);
    case 'complex': return `c${floatKey(c.real)},${floatKey(c.imag)}`;
    case 'bytes': return 'b' + Array.from(c.value, (x) => x.toString(16).padStart(2, '0')).join('');
    case 'ellipsis': return 'E';
    case 'tuple': return `t(${c.items.map(constantKey).join('\u0000')})`;
    case 'frozenset': return `z(${c.items.map(constantKey).sort().join('\u0000')})`;
    case 'code': {
      let id = codeIds.get(c.code as object);
      if (id === undefined) {
        id = nextCodeId++;
        codeIds.set(c.code as object, id);
      }
      return 'C' + id;
    }
  }
}

function floatKey(v: number): string {
  return Object.is(v, -0) ? '-0' : String(v);
}

/** Forgets code-object identities (tests only). */
export function resetConstantKeys(): void {
  codeIds = new WeakMap();
  nextCodeId = 0;
}

/**
 * Does CPython intern this string constant when it builds the code object? Mirrors
 * intern_string_constants / all_name_chars (Objects/codeobject.c): ASCII letters, digits and
 * `_` only (the empty string too), also inside constant tuples and frozensets. Names in
 * co_names, co_varnames, co_cellvars and co_freevars are always interned.
 */
export function isInternedStringConstant(s: string): boolean {
  return /^[A-Za-z0-9_]*$/.test(s);
}
