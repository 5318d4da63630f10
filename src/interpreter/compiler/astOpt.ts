// The AST optimizer: constant folding before compilation, mirroring Python/ast_opt.c (3.12):
// fold_unaryop, fold_binop (with the safe_* size guards in constArith.ts), fold_tuple (a tuple
// of constants becomes one tuple constant) and fold_iter (`x in [1, 2]` and `for x in [1, 2]`
// iterate a tuple, `x in {1, 2}` a frozenset), and optimize_format (`'%s' % (x,)` becomes an
// f-string, optimizeFormat.ts) and fold_subscr (`'abc'[0]`, `b'z'[0]`).
//
// Obscurity: it rewrites the tree in place, as CPython does on its private copy; parse again if
// you need the unfolded tree.
import type { Module } from '../parser/ast';
import type { Constant, Expr, Located } from '../parser/astExpr';
import type { PyConstant, PyTupleConst } from '../parser/pyConstant';
import { foldBinary, foldSubscript, foldUnary } from './constArith';
import { optimizeFormat } from './optimizeFormat';

type AnyNode = { _type: string; [k: string]: unknown };

/** Folds constants throughout `mod` in place (CPython's _PyAST_Optimize). */
export function optimizeAst(mod: Module, optimize = 0): void {
  visit(mod as unknown as AnyNode, optimize);
}

function visit(node: AnyNode, optimize: number): AnyNode {
  for (const key in node) {
    if (key === '_type') continue;
    const v = node[key];
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) if (isNode(v[i])) v[i] = visit(v[i] as AnyNode, optimize);
    } else if (isNode(v)) node[key] = visit(v, optimize);
  }
  switch (node._type) {
    case 'UnaryOp': {
      const operand = node.operand as Expr;
      if (operand._type !== 'Constant') return node;
      const r = foldUnary(node.op as never, constValue(operand));
      return r === undefined ? node : asNode(makeConst(node, r));
    }
    case 'BinOp': {
      const l = node.left as Expr;
      const r = node.right as Expr;
      if (node.op === 'Mod' && l._type === 'Constant' && typeof l.value === 'string'
        && r._type === 'Tuple' && !r.elts.some((x) => x._type === 'Starred')) {
        const js = optimizeFormat(node as unknown as Located, l.value, r.elts);
        return js ? asNode(js) : node;
      }
      if (l._type !== 'Constant' || r._type !== 'Constant') return node;
      const v = foldBinary(node.op as never, constValue(l), constValue(r));
      return v === undefined ? node : asNode(makeConst(node, v));
    }
    case 'Subscript': {
      const v = node.value as Expr;
      const i = node.slice as Expr;
      if (node.ctx !== 'Load' || v._type !== 'Constant' || i._type !== 'Constant') return node;
      const r = foldSubscript(constValue(v), constValue(i));
      return r === undefined ? node : asNode(makeConst(node, r));
    }
    case 'Tuple': {
      const t = constTuple(node.elts as Expr[]);
      return node.ctx === 'Load' && t ? asNode(makeConst(node, t)) : node;
    }
    case 'Compare': {
      const ops = node.ops as string[];
      const last = ops[ops.length - 1];
      if (last === 'In' || last === 'NotIn') {
        const cs = node.comparators as Expr[];
        cs[cs.length - 1] = foldIter(cs[cs.length - 1]);
      }
      return node;
    }
    case 'For':
    case 'AsyncFor':
    case 'comprehension':
      node.iter = foldIter(node.iter as Expr);
      return node;
    case 'Name':
      if (node.id === '__debug__' && node.ctx === 'Load') return asNode(makeConst(node, optimize === 0));
      return node;
    default:
      return node;
  }
}

/** fold_iter: a list to iterate becomes a tuple (constant if it can), a set of constants a frozenset. */
function foldIter(e: Expr): Expr {
  if (e._type === 'List') {
    if (e.elts.some((x) => x._type === 'Starred')) return e;
    const t = constTuple(e.elts);
    if (t) return makeConst(e as unknown as AnyNode, t);
    return { ...e, _type: 'Tuple' };
  }
  if (e._type === 'Set') {
    const t = constTuple(e.elts);
    if (t) return makeConst(e as unknown as AnyNode, { type: 'frozenset', items: t.items });
  }
  return e;
}

function constTuple(elts: Expr[]): PyTupleConst | null {
  const items: PyConstant[] = [];
  for (const x of elts) {
    if (x._type !== 'Constant') return null;
    items.push(constValue(x));
  }
  return { type: 'tuple', items };
}

/** The value of a Constant node (which folding may have made a tuple or frozenset). */
export function constValue(c: Constant): PyConstant {
  return c.value as PyConstant;
}

function makeConst(at: AnyNode | Located, value: PyConstant): Expr {
  const l = at as Located;
  return {
    _type: 'Constant', value: value as Constant['value'], kind: null,
    lineno: l.lineno, col_offset: l.col_offset, end_lineno: l.end_lineno, end_col_offset: l.end_col_offset,
  };
}

function asNode(e: Expr): AnyNode {
  return e as unknown as AnyNode;
}

function isNode(v: unknown): v is AnyNode {
  return typeof v === 'object' && v !== null && typeof (v as AnyNode)._type === 'string';
}
