// A code object's scoping and constant facts in the JSON shape test/parser/dumpCodeFacts.py
// prints for CPython, so tests can compare the two directly.
import type { PyCodeConst, PyConstant } from '../parser/pyConstant';
import { constantRepr } from '../parser/pyRepr';
import type { CodeObject } from './codeObject';

/** co_consts (as repr, code objects nested), co_names, co_varnames, co_cellvars, co_freevars. */
export interface CodeFacts {
  name: string;
  consts: (string | { code: CodeFacts })[];
  names: string[];
  varnames: string[];
  cellvars: string[];
  freevars: string[];
}

/** The facts of `code` and its nested code objects. */
export function codeFacts(code: CodeObject): CodeFacts {
  return {
    name: code.name,
    consts: code.consts.map((c) => (isCode(c) ? { code: codeFacts(c.code as CodeObject) } : factRepr(c))),
    names: [...code.names],
    varnames: [...code.varnames],
    cellvars: [...code.cellvars],
    freevars: [...code.freevars],
  };
}

function isCode(c: PyConstant): c is PyCodeConst {
  return c !== null && typeof c === 'object' && c.type === 'code';
}

/** repr(), with frozenset items sorted by repr as the Python dumper does. */
function factRepr(c: PyConstant): string {
  if (c !== null && typeof c === 'object' && c.type === 'frozenset') {
    return 'frozenset({' + c.items.map(constantRepr).sort().join(', ') + '})';
  }
  return constantRepr(c);
}
