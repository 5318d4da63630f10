// Expressions back to source text, as CPython's Python/ast_unparse.c writes them; used for
// `from __future__ import annotations` (PEP 563), where annotations become string constants.
// Precedence levels and parenthesisation follow ast_unparse.c's append_ast_expr.
import type { Arguments, Comprehension, Expr, Keyword } from '../parser/astExpr';
import type { PyConstant } from '../parser/pyConstant';
import { constantRepr, strRepr } from '../parser/pyRepr';

/** ast_unparse.c precedences, lowest first. */
const enum Pr { Tuple, Test, Or, And, Not, Cmp, Expr, BOr = Expr, BXor, BAnd, Shift, Arith, Term, Factor, Power, Await, Atom }

const BIN: Record<string, [string, Pr]> = {
  Add: ['+', Pr.Arith], Sub: ['-', Pr.Arith], Mult: ['*', Pr.Term], MatMult: ['@', Pr.Term],
  Div: ['/', Pr.Term], Mod: ['%', Pr.Term], FloorDiv: ['//', Pr.Term], Pow: ['**', Pr.Power],
  LShift: ['<<', Pr.Shift], RShift: ['>>', Pr.Shift], BitOr: ['|', Pr.BOr], BitXor: ['^', Pr.BXor], BitAnd: ['&', Pr.BAnd],
};
const CMP: Record<string, string> = { Eq: '==', NotEq: '!=', Lt: '<', LtE: '<=', Gt: '>', GtE: '>=', Is: 'is', IsNot: 'is not', In: 'in', NotIn: 'not in' };

/** `_PyAST_ExprAsUnicode`: the source text CPython stores for an annotation. */
export function unparse(e: Expr): string {
  return expr(e, Pr.Test);
}

function paren(s: string, wrap: boolean): string {
  return wrap ? `(${s})` : s;
}

function expr(e: Expr, level: Pr): string {
  switch (e._type) {
    case 'BoolOp': {
      const pr = e.op === 'And' ? Pr.And : Pr.Or;
      return paren(e.values.map((v) => expr(v, pr + 1)).join(e.op === 'And' ? ' and ' : ' or '), level > pr);
    }
    case 'BinOp': {
      const [op, pr] = BIN[e.op];
      const rightAssoc = e.op === 'Pow';
      return paren(`${expr(e.left, rightAssoc ? pr + 1 : pr)} ${op} ${expr(e.right, rightAssoc ? pr : pr + 1)}`, level > pr);
    }
    case 'UnaryOp': {
      if (e.op === 'Not') return paren(`not ${expr(e.operand, Pr.Not)}`, level > Pr.Not);
      const op = e.op === 'Invert' ? '~' : e.op === 'UAdd' ? '+' : '-';
      return paren(op + expr(e.operand, Pr.Factor), level > Pr.Factor);
    }
    case 'Lambda': {
      const a = args(e.args);
      return paren(`lambda${a ? ' ' + a : ''}: ${expr(e.body, Pr.Test)}`, level > Pr.Test);
    }
    case 'IfExp':
      return paren(`${expr(e.body, Pr.Test + 1)} if ${expr(e.test, Pr.Test + 1)} else ${expr(e.orelse, Pr.Test)}`, level > Pr.Test);
    case 'Dict':
      return '{' + e.keys.map((k, i) => (k ? `${expr(k, Pr.Test)}: ${expr(e.values[i], Pr.Test)}` : `**${expr(e.values[i], Pr.Expr)}`)).join(', ') + '}';
    case 'Set': return e.elts.length ? '{' + e.elts.map((x) => expr(x, Pr.Test)).join(', ') + '}' : '{*()}';
    case 'ListComp': return `[${expr(e.elt, Pr.Test)}${comps(e.generators)}]`;
    case 'SetComp': return `{${expr(e.elt, Pr.Test)}${comps(e.generators)}}`;
    case 'DictComp': return `{${expr(e.key, Pr.Test)}: ${expr(e.value, Pr.Test)}${comps(e.generators)}}`;
    case 'GeneratorExp': return `(${expr(e.elt, Pr.Test)}${comps(e.generators)})`;
    case 'Await': return paren(`await ${expr(e.value, Pr.Atom)}`, level > Pr.Await);
    case 'Yield': return paren(e.value ? `yield ${expr(e.value, Pr.Tuple)}` : 'yield', true);
    case 'YieldFrom': return paren(`yield from ${expr(e.value, Pr.Tuple)}`, true);
    case 'Compare':
      return paren(expr(e.left, Pr.Cmp + 1) + e.ops.map((op, i) => ` ${CMP[op]} ${expr(e.comparators[i], Pr.Cmp + 1)}`).join(''), level > Pr.Cmp);
    case 'Call': {
      const parts = [...e.args.map((a) => expr(a, Pr.Test)), ...e.keywords.map(keyword)];
      const only = e.args.length === 1 && e.keywords.length === 0 && e.args[0]._type === 'GeneratorExp';
      return `${expr(e.func, Pr.Atom)}(${only ? expr(e.args[0], Pr.Test).slice(1, -1) : parts.join(', ')})`;
    }
    case 'FormattedValue': case 'JoinedStr': return fstring(e);
    case 'Constant': return constant(e.value as PyConstant);
    case 'Attribute': {
      const v = expr(e.value, Pr.Atom);
      const dot = e.value._type === 'Constant' && typeof e.value.value === 'object' && e.value.value?.type === 'int' ? ' .' : '.';
      return v + dot + e.attr;
    }
    case 'Subscript': return `${expr(e.value, Pr.Atom)}[${subscript(e.slice)}]`;
    case 'Starred': return '*' + expr(e.value, Pr.Expr);
    case 'Name': return e.id;
    case 'List': return '[' + e.elts.map((x) => expr(x, Pr.Test)).join(', ') + ']';
    case 'Tuple':
      if (e.elts.length === 0) return '()';
      return paren(e.elts.map((x) => expr(x, Pr.Test)).join(', ') + (e.elts.length === 1 ? ',' : ''), level > Pr.Tuple);
    case 'Slice':
      return (e.lower ? expr(e.lower, Pr.Test) : '') + ':' + (e.upper ? expr(e.upper, Pr.Test) : '') + (e.step ? ':' + expr(e.step, Pr.Test) : '');
    case 'NamedExpr': return paren(`${e.target.id} := ${expr(e.value, Pr.Atom)}`, level > Pr.Tuple);
  }
}

/** A subscript's index: a non-empty tuple prints without parentheses. */
function subscript(s: Expr): string {
  if (s._type === 'Tuple' && s.elts.length > 0) {
    return s.elts.map((x) => expr(x, Pr.Test)).join(', ') + (s.elts.length === 1 ? ',' : '');
  }
  return expr(s, Pr.Tuple);
}

function constant(v: PyConstant): string {
  if (v !== null && typeof v === 'object') {
    if (v.type === 'ellipsis') return '...';
    if (v.type === 'float' && !Number.isFinite(v.value)) return Number.isNaN(v.value) ? '(1e309-1e309)' : v.value > 0 ? '1e309' : '-1e309';
    if (v.type === 'tuple') return v.items.length === 1 ? `(${constant(v.items[0])},)` : `(${v.items.map(constant).join(', ')})`;
  }
  return constantRepr(v);
}

function keyword(k: Keyword): string {
  return k.arg === null ? `**${expr(k.value, Pr.Expr)}` : `${k.arg}=${expr(k.value, Pr.Test)}`;
}

function comps(gens: Comprehension[]): string {
  return gens.map((g) => `${g.is_async ? ' async' : ''} for ${expr(g.target, Pr.Tuple)} in ${expr(g.iter, Pr.Test + 1)}${g.ifs.map((i) => ` if ${expr(i, Pr.Test + 1)}`).join('')}`).join('');
}

function args(a: Arguments): string {
  const out: string[] = [];
  const positional = [...a.posonlyargs, ...a.args];
  const firstDefault = positional.length - a.defaults.length;
  positional.forEach((p, i) => {
    out.push(i >= firstDefault ? `${p.arg}=${expr(a.defaults[i - firstDefault], Pr.Test)}` : p.arg);
    if (a.posonlyargs.length && i === a.posonlyargs.length - 1) out.push('/');
  });
  if (a.vararg) out.push('*' + a.vararg.arg);
  else if (a.kwonlyargs.length) out.push('*');
  a.kwonlyargs.forEach((p, i) => {
    const d = a.kw_defaults[i];
    out.push(d ? `${p.arg}=${expr(d, Pr.Test)}` : p.arg);
  });
  if (a.kwarg) out.push('**' + a.kwarg.arg);
  return out.join(', ');
}

/** f-strings: rebuilt with single quotes, the parts escaped as repr would. */
function fstring(e: Expr): string {
  const body = (parts: Expr[]): string => parts.map((p) => {
    if (p._type === 'Constant') return (p.value as string).replace(/\{/g, '{{').replace(/\}/g, '}}');
    if (p._type !== 'FormattedValue') return '';
    const inner = expr(p.value, Pr.Test + 1);
    const conv = p.conversion > 0 ? '!' + String.fromCharCode(p.conversion) : '';
    const spec = p.format_spec ? ':' + body(p.format_spec.values) : '';
    return `{${inner.startsWith('{') ? ' ' : ''}${inner}${conv}${spec}}`;
  }).join('');
  const text = body(e._type === 'JoinedStr' ? e.values : [e]);
  return 'f' + strRepr(text);
}
