// The compiler's "perhaps you missed a comma?" SyntaxWarnings (check_caller, check_subscripter,
// check_index in CPython's Python/compile.c, 3.8 to 3.13): a call, subscript or index whose
// operand is a display or a literal that can never support it, after constant folding, so
// `[1, 2] [0]` style typos in a list of lists are flagged before the program runs.
import type { Expr } from '../parser/astExpr';
import type { Compiler } from './compiler';

/** infer_type: the type a display or constant always evaluates to, or null when it cannot be known. */
function inferType(e: Expr): string | null {
  switch (e._type) {
    case 'Tuple': return 'tuple';
    case 'List': case 'ListComp': return 'list';
    case 'Dict': case 'DictComp': return 'dict';
    case 'Set': case 'SetComp': return 'set';
    case 'GeneratorExp': return 'generator';
    case 'Lambda': return 'function';
    case 'JoinedStr': case 'FormattedValue': return 'str';
    case 'Constant': {
      const v = e.value as unknown;
      if (v === null) return 'NoneType';
      if (typeof v === 'boolean') return 'bool';
      if (typeof v === 'string') return 'str';
      if (typeof v === 'bigint') return 'int';
      return (v as { type: string }).type;
    }
    default: return null;
  }
}

/** check_caller: `1()`, `(1, 2)()`, `[x]()`... warn that the object is not callable. */
export function checkCaller(c: Compiler, func: Expr): void {
  switch (func._type) {
    case 'Constant': case 'Tuple': case 'List': case 'ListComp': case 'Dict': case 'DictComp':
    case 'Set': case 'SetComp': case 'GeneratorExp': case 'JoinedStr': case 'FormattedValue':
      c.warn(func, `'${inferType(func)}' object is not callable; perhaps you missed a comma?`);
  }
}

/** Constant types that can never be subscripted (None, ..., numbers, frozenset). */
const UNSUBSCRIPTABLE = new Set(['NoneType', 'ellipsis', 'int', 'bool', 'float', 'complex', 'frozenset']);

/** check_subscripter then check_index, for a subscript in a Load context. */
export function checkSubscript(c: Compiler, value: Expr, index: Expr): void {
  const kind = value._type;
  const type = inferType(value);
  if ((kind === 'Constant' && UNSUBSCRIPTABLE.has(type!)) || kind === 'Set' || kind === 'SetComp' || kind === 'GeneratorExp' || kind === 'Lambda') {
    c.warn(value, `'${type}' object is not subscriptable; perhaps you missed a comma?`);
    return;
  }
  const indexType = inferType(index);
  if (indexType === null || indexType === 'int' || indexType === 'bool') return;
  const sequence = kind === 'Constant' ? ['str', 'bytes', 'tuple'].includes(type!)
    : ['Tuple', 'List', 'ListComp', 'JoinedStr', 'FormattedValue'].includes(kind);
  if (sequence) c.warn(value, `${type} indices must be integers or slices, not ${indexType}; perhaps you missed a comma?`);
}
