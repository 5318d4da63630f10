// Function, lambda and class definitions (compile.c compiler_function, compiler_lambda,
// compiler_class, compiler_make_closure, compiler_default_arguments, 3.12).
//
//   def f(a, b=1, *, c=2): ...   LOAD_CONST 1 ... BUILD_TUPLE 1 (folded to (1,)),
//                                values + LOAD_CONST ('c',) + BUILD_CONST_KEY_MAP 1,
//                                [LOAD_CLOSURE cells + BUILD_TUPLE], LOAD_CONST <code f>,
//                                MAKE_FUNCTION flags, then one CALL 0 per decorator.
//   class C(B): ...              PUSH_NULL, LOAD_BUILD_CLASS, MAKE_FUNCTION <code C>,
//                                LOAD_CONST 'C', bases..., CALL n.
import type { ClassDef, FunctionDef, AsyncFunctionDef } from '../parser/ast';
import type { Arguments, Expr, Lambda } from '../parser/astExpr';
import type { CodeObject } from './codeObject';
import { callHelper } from './compileCollections';
import { compileExpr } from './compileExpr';
import { compileBody, compileStmts, docstring } from './compileStmt';
import type { Compiler } from './compiler';
import { mangle } from './symtable';
import { unparse } from './unparse';
import { INTRINSIC_1, INTRINSIC_2 } from './binaryOps';
import { callGenericScope, compileTypeParams, enterTypeParamsScope } from './compileTypeParams';

/** `def` / `async def`. */
export function compileFunctionDef(c: Compiler, s: FunctionDef | AsyncFunctionDef): void {
  for (const d of s.decorator_list) compileExpr(c, d);
  c.at(s);
  const generic = s.type_params.length > 0;
  if (generic) c.emit('PUSH_NULL');
  let flags = defaultArguments(c, s.args);
  const nargs = (flags & 1) + ((flags & 2) >> 1);
  if (generic) {
    enterTypeParamsScope(c, s.type_params, s.name, s.lineno, nargs);
    compileTypeParams(c, s.type_params);
    if (flags & 1) c.nameOp('.defaults', 'Load');
    if (flags & 2) c.nameOp('.kwdefaults', 'Load');
  }
  if (annotations(c, s.args, s.returns)) flags |= 4;
  const ste = c.entry(s);
  const u = c.enterScope(ste, s.name, s.decorator_list[0]?.lineno ?? s.lineno);
  setArgCounts(c, s.args);
  const doc = c.optimize < 2 ? docstring(s.body, c.version) : null;
  // compiler_function: co_consts[0] is the docstring, or None (3.11–3.13).
  u.addConst(doc);
  compileStmts(c, doc !== null ? s.body.slice(1) : s.body);
  finishFunction(c);
  const code = c.exitScope();
  c.at(s);
  makeClosure(c, code, flags);
  if (generic) {
    c.emit('SWAP', 2);
    c.emit('CALL_INTRINSIC_2', INTRINSIC_2.SET_FUNCTION_TYPE_PARAMS);
    callGenericScope(c, s, nargs);
  }
  applyDecorators(c, s);
  c.at(s);
  c.nameOp(s.name, 'Store');
}

/**
 * compiler_apply_decorators: one CALL 0 per decorator, innermost first, each at its decorator's
 * location (3.11+), so what a decorator allocates (a classmethod's wrapper and its `__dict__`) is
 * charged to the `@` line and a traceback from it points there.
 */
function applyDecorators(c: Compiler, s: FunctionDef | AsyncFunctionDef | ClassDef): void {
  for (let i = s.decorator_list.length - 1; i >= 0; i--) {
    c.at(s.decorator_list[i]);
    c.emit('CALL', 0);
  }
}

/** `lambda args: body`. */
export function compileLambda(c: Compiler, e: Lambda): void {
  const flags = defaultArguments(c, e.args);
  const ste = c.entry(e);
  const u = c.enterScope(ste, '<lambda>', e.lineno);
  setArgCounts(c, e.args);
  u.addConst(null); // a lambda has no docstring: None is co_consts[0]
  compileExpr(c, e.body);
  if (ste.generator) {
    c.emit('POP_TOP');
    c.returnConst(null);
  } else c.emit('RETURN_VALUE');
  const code = c.exitScope();
  c.at(e);
  makeClosure(c, code, flags);
}

/** The implicit `return None`, only if control can reach the end of the body (assemble, compile.c). */
function finishFunction(c: Compiler): void {
  if (!c.unit.endReachable()) return;
  c.unit.inheritLocation();
  c.returnConst(null);
}

function setArgCounts(c: Compiler, a: Arguments): void {
  c.unit.posonlyargcount = a.posonlyargs.length;
  c.unit.argcount = a.posonlyargs.length + a.args.length;
  c.unit.kwonlyargcount = a.kwonlyargs.length;
}

/** compiler_default_arguments: the defaults tuple (flag 1) and kw-only defaults dict (flag 2). */
function defaultArguments(c: Compiler, a: Arguments): number {
  let flags = 0;
  if (a.defaults.length) {
    for (const d of a.defaults) compileExpr(c, d);
    c.emit('BUILD_TUPLE', a.defaults.length);
    flags |= 1;
  }
  const names: string[] = [];
  a.kwonlyargs.forEach((arg, i) => {
    const d = a.kw_defaults[i];
    if (!d) return;
    names.push(mangle(c.unit.privateName, arg.arg));
    compileExpr(c, d);
  });
  if (names.length) {
    c.loadConst({ type: 'tuple', items: names });
    c.emit('BUILD_CONST_KEY_MAP', names.length);
    flags |= 2;
  }
  return flags;
}

/** compiler_visit_annotations (3.12): a flat tuple (name, annotation, ...); true if any. */
function annotations(c: Compiler, a: Arguments, returns: Expr | null): boolean {
  let n = 0;
  const one = (name: string, ann: Expr | null): void => {
    if (!ann) return;
    c.loadConst(mangle(c.unit.privateName, name));
    compileAnnotation(c, ann);
    n += 2;
  };
  for (const arg of [...a.posonlyargs, ...a.args]) one(arg.arg, arg.annotation);
  if (a.vararg) one(a.vararg.arg, a.vararg.annotation);
  for (const arg of a.kwonlyargs) one(arg.arg, arg.annotation);
  if (a.kwarg) one(a.kwarg.arg, a.kwarg.annotation);
  one('return', returns);
  if (n) c.emit('BUILD_TUPLE', n);
  return n > 0;
}

/** An annotation's value: evaluated, or its source text under `from __future__ import annotations`. */
export function compileAnnotation(c: Compiler, ann: Expr): void {
  if (c.futureAnnotations) c.loadConst(unparse(ann));
  else compileExpr(c, ann);
}

/** compiler_make_closure: the closure tuple (flag 8), the code constant and MAKE_FUNCTION. */
export function makeClosure(c: Compiler, code: CodeObject, flags: number): void {
  if (code.freevars.length) {
    for (const name of code.freevars) c.unit.emitDeref('LOAD_CLOSURE', name);
    c.emit('BUILD_TUPLE', code.freevars.length);
    flags |= 8;
  }
  c.loadConst({ type: 'code', code });
  c.emit('MAKE_FUNCTION', flags);
}

/** `class Name(bases, **keywords): body`. */
export function compileClassDef(c: Compiler, s: ClassDef): void {
  for (const d of s.decorator_list) compileExpr(c, d);
  const generic = s.type_params.length > 0;
  if (generic) {
    c.at(s);
    c.emit('PUSH_NULL');
    enterTypeParamsScope(c, s.type_params, s.name, s.lineno);
    compileTypeParams(c, s.type_params);
    c.nameOp('.type_params', 'Store');
  }
  const ste = c.entry(s);
  const firstlineno = s.decorator_list[0]?.lineno ?? s.lineno;
  const u = c.enterScope(ste, s.name, firstlineno);
  // compiler_class_body's loc is LOCATION(firstlineno, ...): the body's prologue and its
  // SETUP_ANNOTATIONS run at the first decorator's line, so a decorated class's __annotations__
  // dict is charged to the `@decorator` line, not the `class` line.
  c.at({ lineno: firstlineno, col_offset: 0, end_lineno: firstlineno, end_col_offset: 0 });
  c.nameOp('__name__', 'Load');
  c.nameOp('__module__', 'Store');
  c.loadConst(u.qualname);
  c.nameOp('__qualname__', 'Store');
  if (c.version === '3.13') {
    c.loadConst({ type: 'int', value: BigInt(firstlineno) });
    c.nameOp('__firstlineno__', 'Store');
  }
  if (ste.needsClassDict) {
    c.emit('LOAD_LOCALS');
    c.unit.emitDeref('STORE_DEREF', '__classdict__');
  }
  if (generic) {
    c.nameOp('.type_params', 'Load');
    c.nameOp('__type_params__', 'Store');
  }
  compileBody(c, s.body, false);
  if (c.version === '3.13') {
    c.loadConst({ type: 'tuple', items: staticAttributes(s) });
    c.nameOp('__static_attributes__', 'Store');
  }
  if (ste.needsClassDict) {
    c.unit.emitDeref('LOAD_CLOSURE', '__classdict__');
    c.nameOp('__classdictcell__', 'Store');
  }
  if (ste.needsClassClosure) {
    c.unit.emitDeref('LOAD_CLOSURE', '__class__');
    c.emit('COPY', 1);
    c.nameOp('__classcell__', 'Store');
    c.emit('RETURN_VALUE');
  } else c.returnConst(null);
  const code = c.exitScope();
  c.at(s);
  c.emit('PUSH_NULL');
  c.emit('LOAD_BUILD_CLASS');
  makeClosure(c, code, 0);
  c.loadConst(s.name);
  if (generic) {
    c.nameOp('.type_params', 'Load');
    c.emit('CALL_INTRINSIC_1', INTRINSIC_1.SUBSCRIPT_GENERIC);
    c.nameOp('.generic_base', 'Store');
    const base: Expr = { _type: 'Name', id: '.generic_base', ctx: 'Load', lineno: s.lineno, col_offset: s.col_offset, end_lineno: s.end_lineno, end_col_offset: s.end_col_offset };
    callHelper(c, [...s.bases, base], s.keywords, s, 2);
    c.at(s);
    callGenericScope(c, s, 0);
  } else callHelper(c, s.bases, s.keywords, s, 2);
  applyDecorators(c, s);
  c.at(s);
  c.nameOp(s.name, 'Store');
}

/**
 * 3.13's __static_attributes__: sorted names stored as `self.x = ...` (the name `self`, whatever
 * the first parameter is called) in functions of the class body; augmented assignments and
 * nested classes do not count (compile.c compiler_visit_expr, Attribute/Store).
 */
function staticAttributes(s: ClassDef): string[] {
  const names = new Set<string>();
  const visit = (node: unknown): void => {
    if (typeof node !== 'object' || node === null) return;
    const n = node as { _type?: string; ctx?: string; value?: { _type?: string; id?: string }; attr?: string; target?: { _type?: string; value?: unknown } };
    if (n._type === 'ClassDef') return;
    if (n._type === 'Attribute' && n.ctx === 'Store' && n.value?._type === 'Name' && n.value.id === 'self') names.add(n.attr!);
    if (n._type === 'AugAssign' && n.target?._type === 'Attribute') {
      visit(n.target.value);
      visit((node as { value: unknown }).value);
      return;
    }
    for (const v of Object.values(node)) {
      if (Array.isArray(v)) v.forEach(visit);
      else if (typeof v === 'object') visit(v);
    }
  };
  for (const st of s.body) {
    if (st._type === 'FunctionDef' || st._type === 'AsyncFunctionDef') st.body.forEach(visit);
  }
  return [...names].sort();
}
