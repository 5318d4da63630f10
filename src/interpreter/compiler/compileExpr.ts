// Expressions (compile.c compiler_visit_expr1), stores (assignment targets) and conditional
// jumps (compiler_jump_if). Calls and collection displays are in compileCollections.ts.
import type { BoolOp, CmpOpKind, Compare, Expr } from '../parser/astExpr';
import { COMPARE_ARG, INTRINSIC_1, NB_OPS } from './binaryOps';
import { checkSubscript } from './commaWarnings';
import { STACK_USE_GUIDELINE, compileCall, compileDict, starUnpack } from './compileCollections';
import { compileComprehension } from './compileComprehension';
import { compileLambda } from './compileScope';
import type { Compiler } from './compiler';
import { truthy } from './constArith';

/** Compiles an expression for its value (or, with Store/Del context, its store/delete). */
export function compileExpr(c: Compiler, e: Expr): void {
  c.at(e);
  switch (e._type) {
    case 'Constant': c.loadConst(e.value as never); return;
    case 'Name': c.nameOp(e.id, e.ctx); return;
    case 'BoolOp': return compileBoolOp(c, e);
    case 'NamedExpr':
      compileExpr(c, e.value);
      c.emit('COPY', 1);
      compileStore(c, e.target);
      return;
    case 'BinOp':
      compileExpr(c, e.left);
      compileExpr(c, e.right);
      c.at(e);
      c.emit('BINARY_OP', NB_OPS[e.op]);
      return;
    case 'UnaryOp':
      compileExpr(c, e.operand);
      c.at(e);
      if (e.op === 'UAdd') c.emit('CALL_INTRINSIC_1', INTRINSIC_1.UNARY_POSITIVE);
      else c.emit(e.op === 'Not' ? 'UNARY_NOT' : e.op === 'USub' ? 'UNARY_NEGATIVE' : 'UNARY_INVERT');
      return;
    case 'Lambda': return compileLambda(c, e);
    case 'IfExp': {
      const end = c.unit.newLabel();
      const orelse = c.unit.newLabel();
      jumpIf(c, e.test, orelse, false);
      compileExpr(c, e.body);
      c.emit('JUMP_FORWARD', end);
      c.unit.bind(orelse);
      compileExpr(c, e.orelse);
      c.unit.bind(end);
      return;
    }
    case 'Dict': return compileDict(c, e);
    case 'Set': return starUnpack(c, e.elts, 0, 'set', e);
    case 'List':
      if (e.ctx === 'Load') return starUnpack(c, e.elts, 0, 'list', e);
      return e.ctx === 'Store' ? compileStore(c, e) : compileDelete(c, e);
    case 'Tuple':
      if (e.ctx === 'Load') return starUnpack(c, e.elts, 0, 'tuple', e);
      return e.ctx === 'Store' ? compileStore(c, e) : compileDelete(c, e);
    case 'ListComp': case 'SetComp': case 'DictComp': case 'GeneratorExp':
      return compileComprehension(c, e);
    case 'Await':
      checkAwait(c, e);
      compileExpr(c, e.value);
      c.at(e);
      c.emit('GET_AWAITABLE', 0);
      c.loadConst(null);
      yieldFrom(c, true);
      return;
    case 'Yield':
      if (e.value) compileExpr(c, e.value);
      else c.loadConst(null);
      c.at(e);
      if (c.unit.ste.coroutine) c.emit('CALL_INTRINSIC_1', INTRINSIC_1.ASYNC_GEN_WRAP);
      c.emit('YIELD_VALUE');
      c.emit('RESUME', 1);
      return;
    case 'YieldFrom':
      if (c.unit.ste.coroutine) throw c.error("'yield from' inside async function", e);
      compileExpr(c, e.value);
      c.at(e);
      c.emit('GET_YIELD_FROM_ITER');
      c.loadConst(null);
      yieldFrom(c, false);
      return;
    case 'Compare': return compileCompare(c, e);
    case 'Call': return compileCall(c, e);
    case 'FormattedValue': {
      compileExpr(c, e.value);
      let flags = e.conversion === 115 ? 1 : e.conversion === 114 ? 2 : e.conversion === 97 ? 3 : 0;
      if (e.format_spec) {
        compileExpr(c, e.format_spec);
        flags |= 4;
      }
      c.at(c.fstring ?? e);
      c.emit('FORMAT_VALUE', flags);
      return;
    }
    case 'JoinedStr': return compileJoinedStr(c, e);
    case 'Attribute':
      if (e.ctx !== 'Load') return e.ctx === 'Store' ? compileStore(c, e) : compileDelete(c, e);
      if (loadSuperAttr(c, e, false)) return;
      compileExpr(c, e.value);
      c.at(e);
      c.emit('LOAD_ATTR', c.unit.nameIdx(c.mangled(e.attr)) << 1);
      return;
    case 'Subscript':
      if (e.ctx !== 'Load') return e.ctx === 'Store' ? compileStore(c, e) : compileDelete(c, e);
      checkSubscript(c, e.value, e.slice);
      compileExpr(c, e.value);
      if (twoPartSlice(c, e.slice)) {
        c.at(e);
        c.emit('BINARY_SLICE');
        return;
      }
      compileExpr(c, e.slice);
      c.at(e);
      c.emit('BINARY_SUBSCR');
      return;
    case 'Starred':
      throw c.error(e.ctx === 'Store' ? 'starred assignment target must be in a list or tuple' : "can't use starred expression here", e);
    case 'Slice':
      for (const part of [e.lower, e.upper]) {
        if (part) compileExpr(c, part);
        else c.loadConst(null);
      }
      if (e.step) compileExpr(c, e.step);
      c.at(e);
      c.emit('BUILD_SLICE', e.step ? 3 : 2);
      return;
  }
}

/** compiler_joined_str: BUILD_STRING n, or `''.join([...])` past STACK_USE_GUIDELINE parts. */
function compileJoinedStr(c: Compiler, e: Extract<Expr, { _type: 'JoinedStr' }>): void {
  const outer = c.fstring;
  if (c.version === '3.11' && outer === null) c.fstring = e;
  try {
    joinParts(c, e);
  } finally {
    c.fstring = outer;
  }
}

function joinParts(c: Compiler, e: Extract<Expr, { _type: 'JoinedStr' }>): void {
  const n = e.values.length;
  if (n > STACK_USE_GUIDELINE) {
    c.loadConst('');
    c.emit('LOAD_ATTR', (c.unit.nameIdx('join') << 1) | 1);
    c.emit('BUILD_LIST', 0);
    for (const v of e.values) {
      compileExpr(c, v);
      c.emit('LIST_APPEND', 1);
    }
    c.at(e);
    c.emit('CALL', 1);
    return;
  }
  for (const v of e.values) compileExpr(c, v);
  c.at(e);
  if (n === 0) c.loadConst('');
  else if (n !== 1) c.emit('BUILD_STRING', n);
}

function checkAwait(c: Compiler, e: Expr): void {
  const ste = c.unit.ste;
  if (ste.type !== 'function') throw c.error("'await' outside function", e);
  if (!ste.coroutine && ste.comprehension === null && !c.unit.inlined.length) throw c.error("'await' outside async function", e);
}

/** compiler_add_yield_from: the SEND / YIELD_VALUE loop of `yield from` and `await`. */
export function yieldFrom(c: Compiler, isAwait: boolean): void {
  const u = c.unit;
  const send = u.newLabel();
  const fail = u.newLabel();
  const exit = u.newLabel();
  u.bind(send);
  c.emit('SEND', exit);
  u.setup('SETUP_FINALLY', fail);
  c.emit('YIELD_VALUE');
  u.popBlock();
  c.emit('RESUME', isAwait ? 3 : 2);
  c.emit('JUMP_BACKWARD', send);
  u.bind(fail);
  c.emit('CLEANUP_THROW');
  u.bind(exit);
  c.emit('END_SEND');
}

/** 3.12's BINARY_SLICE/STORE_SLICE form: pushes lower and upper if `slice` is `a:b`. */
export function twoPartSlice(c: Compiler, slice: Expr): boolean {
  if (c.version === '3.11' || slice._type !== 'Slice' || slice.step) return false;
  for (const part of [slice.lower, slice.upper]) {
    if (part) compileExpr(c, part);
    else c.loadConst(null);
  }
  return true;
}

/**
 * 3.12+ `super().attr`, `super().m(...)` and `super(C, obj).attr` as LOAD_SUPER_ATTR, which
 * allocates no super object (compile.c can_optimize_super_call / load_args_for_super).
 */
export function loadSuperAttr(c: Compiler, e: Extract<Expr, { _type: 'Attribute' }>, method: boolean): boolean {
  if (c.version === '3.11') return false;
  const call = e.value;
  if (call._type !== 'Call' || call.func._type !== 'Name' || call.func.id !== 'super' || call.keywords.length) return false;
  if (call.args.length !== 0 && call.args.length !== 2) return false;
  if (call.args.some((a) => a._type === 'Starred')) return false;
  const ste = c.unit.ste;
  const scope = (name: string) => ste.scopes.get(name);
  if (scope('super') !== 'globalImplicit' || c.unit.inlined.length) return false;
  const zeroArg = call.args.length === 0;
  if (zeroArg && (ste.type !== 'function' || ste.params.length === 0 || scope('__class__') !== 'free')) return false;
  c.at(call.func);
  c.nameOp('super', 'Load');
  if (zeroArg) {
    c.unit.emitDeref('LOAD_DEREF', '__class__');
    c.nameOp(ste.params[0], 'Load');
  } else {
    compileExpr(c, call.args[0]);
    compileExpr(c, call.args[1]);
  }
  c.at(e);
  c.emit('LOAD_SUPER_ATTR', (c.unit.nameIdx(c.mangled(e.attr)) << 2) | (zeroArg ? 0 : 2) | (method ? 1 : 0));
  return true;
}

function compileBoolOp(c: Compiler, e: BoolOp): void {
  const end = c.unit.newLabel();
  const jump = e.op === 'And' ? 'POP_JUMP_IF_FALSE' : 'POP_JUMP_IF_TRUE';
  e.values.forEach((v, i) => {
    compileExpr(c, v);
    if (i < e.values.length - 1) {
      c.at(e);
      c.emit('COPY', 1);
      c.emit(jump, end);
      c.emit('POP_TOP');
    }
  });
  c.unit.bind(end);
}

function emitCompare(c: Compiler, op: CmpOpKind): void {
  switch (op) {
    case 'Is': c.emit('IS_OP', 0); break;
    case 'IsNot': c.emit('IS_OP', 1); break;
    case 'In': c.emit('CONTAINS_OP', 0); break;
    case 'NotIn': c.emit('CONTAINS_OP', 1); break;
    default: c.emit('COMPARE_OP', COMPARE_ARG[op]!);
  }
}

/** The type name of a literal `is` should not meet: a constant other than None, True, False, `...`. */
function literalTypeName(e: Expr): string | null {
  if (e._type !== 'Constant') return null;
  const v = e.value;
  if (v === null || typeof v === 'boolean') return null;
  if (typeof v === 'string') return 'str';
  if (typeof v === 'bigint') return 'int';
  return v.type === 'ellipsis' ? null : v.type;
}

/**
 * check_compare: `x is 1` (after constant folding, so `x is -1` and `x is (1, 2)` too) warns
 * once per comparison chain, naming the literal's type from 3.12 on.
 */
function warnIsLiteral(c: Compiler, e: Compare): void {
  let left = e.left;
  for (let i = 0; i < e.ops.length; i++) {
    const op = e.ops[i];
    const right = e.comparators[i];
    const literal = op === 'Is' || op === 'IsNot' ? literalTypeName(left) ?? literalTypeName(right) : null;
    if (literal) {
      const [name, eq] = op === 'Is' ? ['"is"', '"=="'] : ['"is not"', '"!="'];
      c.warn(e, `${name} with ${c.version === '3.11' ? 'a' : `'${literal}'`} literal. Did you mean ${eq}?`);
      return;
    }
    left = right;
  }
}

/** compiler_compare: `a < b < c` keeps b with COPY/SWAP and short-circuits. */
function compileCompare(c: Compiler, e: Compare): void {
  warnIsLiteral(c, e);
  compileExpr(c, e.left);
  const n = e.ops.length;
  if (n === 1) {
    compileExpr(c, e.comparators[0]);
    c.at(e);
    emitCompare(c, e.ops[0]);
    return;
  }
  const cleanup = c.unit.newLabel();
  const end = c.unit.newLabel();
  for (let i = 0; i < n - 1; i++) {
    compileExpr(c, e.comparators[i]);
    c.at(e);
    c.emit('SWAP', 2);
    c.emit('COPY', 2);
    emitCompare(c, e.ops[i]);
    c.emit('COPY', 1);
    c.emit('POP_JUMP_IF_FALSE', cleanup);
    c.emit('POP_TOP');
  }
  compileExpr(c, e.comparators[n - 1]);
  c.at(e);
  emitCompare(c, e.ops[n - 1]);
  c.emit('JUMP_FORWARD', end);
  c.unit.bind(cleanup);
  c.emit('SWAP', 2);
  c.emit('POP_TOP');
  c.unit.bind(end);
}

/** compiler_jump_if: jumps to `label` when `e` is truthy (`cond`) or falsy (`!cond`). */
export function jumpIf(c: Compiler, e: Expr, label: number, cond: boolean): void {
  if (e._type === 'UnaryOp' && e.op === 'Not') return jumpIf(c, e.operand, label, !cond);
  if (e._type === 'BoolOp') {
    const orOp = e.op === 'Or';
    const next = orOp !== cond ? c.unit.newLabel() : label;
    for (let i = 0; i < e.values.length - 1; i++) jumpIf(c, e.values[i], next, orOp);
    jumpIf(c, e.values[e.values.length - 1], label, cond);
    if (next !== label) c.unit.bind(next);
    return;
  }
  if (e._type === 'Constant') {
    // CPython loads the constant and its optimizer folds the jump away; the constant keeps
    // its co_consts position if it is used elsewhere.
    c.unit.addConst(e.value as never);
    if (truthy(e.value as never) === cond) {
      c.at(e);
      c.emit('JUMP_FORWARD', label);
    }
    return;
  }
  if (e._type === 'Compare' && e.ops.length === 1 && (e.ops[0] === 'Is' || e.ops[0] === 'IsNot')
    && e.comparators[0]._type === 'Constant' && e.comparators[0].value === null && c.version !== '3.11') {
    compileExpr(c, e.left);
    c.at(e);
    // CPython loads None here and its optimizer later rewrites the jump; the constant keeps its
    // place in co_consts if anything else uses it.
    c.unit.addConst(null);
    c.emit((e.ops[0] === 'Is') === cond ? 'POP_JUMP_IF_NONE' : 'POP_JUMP_IF_NOT_NONE', label);
    return;
  }
  // 3.11 jumps at the location current before the test was compiled (the statement, or the last
  // comparison a `not`/`and`/`or` jumped on), so a failing `__bool__` in `if C():` has no carets.
  const before = c.unit.loc;
  compileExpr(c, e);
  if (c.version === '3.11' && e._type !== 'Compare') c.at(before);
  else c.at(e);
  c.emit(cond ? 'POP_JUMP_IF_TRUE' : 'POP_JUMP_IF_FALSE', label);
}

/** Stores the value on top of the stack into an assignment target. */
export function compileStore(c: Compiler, t: Expr): void {
  c.at(t);
  switch (t._type) {
    case 'Name': c.nameOp(t.id, 'Store'); return;
    case 'Attribute':
      compileExpr(c, t.value);
      c.at(t);
      c.emit('STORE_ATTR', c.unit.nameIdx(c.mangled(t.attr)));
      return;
    case 'Subscript':
      compileExpr(c, t.value);
      if (twoPartSlice(c, t.slice)) {
        c.at(t);
        c.emit('STORE_SLICE');
        return;
      }
      compileExpr(c, t.slice);
      c.at(t);
      c.emit('STORE_SUBSCR');
      return;
    case 'Tuple': case 'List': {
      const star = t.elts.findIndex((x) => x._type === 'Starred');
      if (star >= 0) {
        if (t.elts.slice(star + 1).some((x) => x._type === 'Starred')) throw c.error('multiple starred expressions in assignment', t);
        c.emit('UNPACK_EX', star | ((t.elts.length - star - 1) << 8));
      } else c.emit('UNPACK_SEQUENCE', t.elts.length);
      for (const x of t.elts) compileStore(c, x._type === 'Starred' ? x.value : x);
      return;
    }
    case 'Starred': throw c.error('starred assignment target must be in a list or tuple', t);
    default: throw c.error(`cannot assign to ${describe(t)}`, t);
  }
}

function compileDelete(c: Compiler, t: Expr): void {
  switch (t._type) {
    case 'Attribute':
      compileExpr(c, t.value);
      c.at(t);
      c.emit('DELETE_ATTR', c.unit.nameIdx(c.mangled(t.attr)));
      return;
    case 'Subscript':
      compileExpr(c, t.value);
      compileExpr(c, t.slice);
      c.at(t);
      c.emit('DELETE_SUBSCR');
      return;
    case 'Tuple': case 'List':
      for (const x of t.elts) compileExpr(c, x);
      return;
    default: throw c.error(`cannot delete ${describe(t)}`, t);
  }
}

function describe(e: Expr): string {
  switch (e._type) {
    case 'Call': return 'function call';
    case 'Constant': return 'literal';
    case 'Compare': return 'comparison';
    case 'Lambda': return 'lambda';
    default: return 'expression';
  }
}
