// PEP 695 (3.12+): the annotation scopes of generic functions, classes and `type` aliases
// (compile.c compiler_type_params, compiler_type_param_bound_or_default, compiler_typealias, and
// the generic halves of compiler_function / compiler_class, 3.12–3.13).
//
//   def f[T](x=1): ...         PUSH_NULL, defaults, MAKE_FUNCTION <generic parameters of f>,
//                              SWAP 2, CALL 1; that scope makes f (LOAD_FAST .defaults) and
//                              CALL_INTRINSIC_2 SET_FUNCTION_TYPE_PARAMS gives it the tuple.
//   inside the generic scope:  LOAD_CONST 'T', [MAKE_FUNCTION <code T> (the lazy bound),
//                              CALL_INTRINSIC_2 TYPEVAR_WITH_BOUND | CALL_INTRINSIC_1 TYPEVAR],
//                              COPY 1, STORE_FAST T ... BUILD_TUPLE n (the type params).
//   type A[T] = v              (LOAD_CONST 'A', params | None, MAKE_FUNCTION <code A>)
//                              BUILD_TUPLE 3, CALL_INTRINSIC_1 TYPEALIAS.
import type { TypeAlias, TypeParam } from '../parser/ast';
import type { Expr } from '../parser/astExpr';
import { INTRINSIC_1, INTRINSIC_2 } from './binaryOps';
import { compileExpr } from './compileExpr';
import { makeClosure } from './compileScope';
import type { Compiler } from './compiler';

/** Opens `<generic parameters of NAME>` (keyed by the type_params list) taking `argcount` args. */
export function enterTypeParamsScope(c: Compiler, params: TypeParam[], name: string, lineno: number, argcount = 0): void {
  const u = c.enterScope(c.entry(params), `<generic parameters of ${name}>`, lineno);
  u.argcount = argcount;
}

/** compiler_type_params: creates each parameter, binds its name, leaves the tuple of them. */
export function compileTypeParams(c: Compiler, params: TypeParam[]): void {
  for (const p of params) {
    c.at(p);
    c.loadConst(p.name);
    if (p._type === 'TypeVar' && p.bound) {
      lazyFunction(c, p, p.name, p.bound);
      c.emit('CALL_INTRINSIC_2', p.bound._type === 'Tuple' ? INTRINSIC_2.TYPEVAR_WITH_CONSTRAINTS : INTRINSIC_2.TYPEVAR_WITH_BOUND);
    } else {
      c.emit('CALL_INTRINSIC_1', p._type === 'TypeVar' ? INTRINSIC_1.TYPEVAR : p._type === 'ParamSpec' ? INTRINSIC_1.PARAMSPEC : INTRINSIC_1.TYPEVARTUPLE);
    }
    if (p.default_value) {
      lazyFunction(c, p.default_value, p.name, p.default_value);
      c.emit('CALL_INTRINSIC_2', INTRINSIC_2.SET_TYPEPARAM_DEFAULT);
    }
    c.emit('COPY', 1);
    c.nameOp(p.name, 'Store');
  }
  c.at(params[0]);
  c.emit('BUILD_TUPLE', params.length);
}

/** compiler_type_param_bound_or_default: a function of no arguments returning `value`. */
function lazyFunction(c: Compiler, key: object, name: string, value: Expr, noneFirst = false): void {
  const u = c.enterScope(c.entry(key), name, value.lineno);
  // compiler_typealias makes None co_consts[0] (no docstring); a bound's function has no None.
  if (noneFirst) u.addConst(null);
  compileExpr(c, value);
  c.emit('RETURN_VALUE');
  const code = c.exitScope();
  makeClosure(c, code, 0);
}

/**
 * Ends the generic scope (its result is on the stack), makes its function and calls it with the
 * `nargs` values pushed before it (the defaults of a generic def) after the PUSH_NULL emitted
 * before them, as 3.12.1's compiler_function does (`PUSH_NULL, defaults, fn, SWAP, CALL n`).
 */
export function callGenericScope(c: Compiler, at: { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }, nargs: number): void {
  c.emit('RETURN_VALUE');
  const code = c.exitScope();
  c.at(at);
  makeClosure(c, code, 0);
  if (nargs > 0) c.emit('SWAP', nargs + 1);
  c.emit('CALL', nargs);
}

/** `type Name[params] = value` (compiler_typealias). */
export function compileTypeAlias(c: Compiler, s: TypeAlias): void {
  const name = s.name.id;
  const generic = s.type_params.length > 0;
  c.at(s);
  if (generic) {
    c.emit('PUSH_NULL');
    enterTypeParamsScope(c, s.type_params, name, s.lineno);
    c.at(s);
    c.loadConst(name);
    compileTypeParams(c, s.type_params);
  } else {
    c.loadConst(name);
    c.loadConst(null);
  }
  lazyFunction(c, s, name, s.value, true);
  c.at(s);
  c.emit('BUILD_TUPLE', 3);
  c.emit('CALL_INTRINSIC_1', INTRINSIC_1.TYPEALIAS);
  if (generic) callGenericScope(c, s, 0);
  c.nameOp(name, 'Store');
}
