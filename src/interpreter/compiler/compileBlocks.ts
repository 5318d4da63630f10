// Loops, try/except/finally and with (compile.c compiler_for, compiler_while,
// compiler_try_except, compiler_try_finally, compiler_with, compiler_unwind_fblock, 3.12).
// Handlers are zero-cost: SETUP_* / POP_BLOCK pseudo-instructions mark protected regions and
// the assembler turns them into the exception table.
//
//   try: body                SETUP_FINALLY H; body; POP_BLOCK; orelse; JUMP end
//   except E as e: hbody  H: SETUP_CLEANUP C; PUSH_EXC_INFO; E; CHECK_EXC_MATCH;
//                            POP_JUMP_IF_FALSE next; STORE e; (SETUP_CLEANUP N; hbody; POP_BLOCK)
//                            POP_BLOCK; POP_EXCEPT; e = None; del e; JUMP end
//                      next: RERAISE 0
//                         C: COPY 3; POP_EXCEPT; RERAISE 1
import type { AsyncFor, AsyncWith, For, Stmt, Try, TryStar, While, With } from '../parser/ast';
import { compileExpr, compileStore, jumpIf, yieldFrom } from './compileExpr';
import { compileStmts } from './compileStmt';
import { compileTryStar } from './compileTryStar';
import type { Compiler } from './compiler';
import type { FrameBlock } from './codeUnit';
import type { Located } from '../parser/astExpr';

/** `for target in iter: body else: orelse` (and async for). */
export function compileFor(c: Compiler, s: For | AsyncFor): void {
  const u = c.unit;
  const start = u.newLabel();
  const cleanup = u.newLabel();
  const end = u.newLabel();
  compileExpr(c, s.iter);
  c.at(s);
  if (s._type === 'AsyncFor') return compileAsyncFor(c, s, start, cleanup, end);
  // 3.13 moved GET_ITER and FOR_ITER from the whole statement to the iterable (compiler_for), so
  // "'int' object is not iterable" and a generator's frame get carets under it.
  const loop = c.version === '3.13' ? s.iter : s;
  c.at(loop);
  c.emit('GET_ITER');
  u.bind(start);
  u.fblocks.push({ kind: 'FOR_LOOP', block: start, exit: end });
  c.at(loop);
  c.emit('FOR_ITER', cleanup);
  compileStore(c, s.target);
  compileStmts(c, s.body);
  c.at(s);
  c.emit('JUMP_BACKWARD', start);
  u.fblocks.pop();
  u.bind(cleanup);
  compileStmts(c, s.orelse);
  u.bind(end);
}

function compileAsyncFor(c: Compiler, s: AsyncFor, start: number, except: number, end: number): void {
  const u = c.unit;
  c.emit('GET_AITER');
  u.bind(start);
  u.fblocks.push({ kind: 'FOR_LOOP', block: start, exit: end });
  u.setup('SETUP_FINALLY', except);
  c.emit('GET_ANEXT');
  c.loadConst(null);
  yieldFrom(c, true);
  u.popBlock();
  compileStore(c, s.target);
  compileStmts(c, s.body);
  c.at(s);
  c.emit('JUMP_BACKWARD', start);
  u.fblocks.pop();
  u.bind(except);
  c.emit('END_ASYNC_FOR');
  compileStmts(c, s.orelse);
  u.bind(end);
}

/** `while test: body else: orelse`; a constant-true test emits no test at all. */
export function compileWhile(c: Compiler, s: While): void {
  const u = c.unit;
  const loop = u.newLabel();
  const anchor = u.newLabel();
  const end = u.newLabel();
  u.bind(loop);
  u.fblocks.push({ kind: 'WHILE_LOOP', block: loop, exit: end });
  jumpIf(c, s.test, anchor, false);
  compileStmts(c, s.body);
  c.at(s);
  c.emit('JUMP_BACKWARD', loop);
  u.fblocks.pop();
  u.bind(anchor);
  compileStmts(c, s.orelse);
  u.bind(end);
}

/** `try` statements: with a finally clause, the except part nests inside it (compiler_try). */
export function compileTry(c: Compiler, s: Try | TryStar): void {
  if (s.finalbody.length) compileTryFinally(c, s);
  else if (s._type === 'TryStar') compileTryStar(c, s);
  else compileTryExcept(c, s);
}

function compileTryFinally(c: Compiler, s: Try | TryStar): void {
  const u = c.unit;
  const body = u.newLabel();
  const end = u.newLabel();
  const exit = u.newLabel();
  const cleanup = u.newLabel();
  u.setup('SETUP_FINALLY', end);
  u.bind(body);
  u.fblocks.push({ kind: 'FINALLY_TRY', block: body, exit: end, datum: s.finalbody });
  if (s.handlers.length && s._type === 'TryStar') compileTryStar(c, s);
  else if (s.handlers.length) compileTryExcept(c, s as Try);
  else compileStmts(c, s.body);
  u.popBlock();
  u.fblocks.pop();
  compileStmts(c, s.finalbody);
  c.emit('JUMP_FORWARD', exit);
  handlerPrologue(c, end, cleanup);
  u.fblocks.push({ kind: 'FINALLY_END', block: end, exit: -1 });
  compileStmts(c, s.finalbody);
  u.fblocks.pop();
  c.emit('RERAISE', 0);
  u.popBlock();
  u.bind(cleanup);
  popExceptAndReraise(c);
  u.bind(exit);
}

/** `COPY 3; POP_EXCEPT; RERAISE 1`: the cleanup shared by handlers. */
export function popExceptAndReraise(c: Compiler): void {
  c.emit('COPY', 3);
  c.emit('POP_EXCEPT');
  c.emit('RERAISE', 1);
}

/** The protected `try` body: SETUP_FINALLY except; body; POP_BLOCK. */
export function protectedBody(c: Compiler, body: Stmt[], except: number): void {
  const u = c.unit;
  const start = u.newLabel();
  u.setup('SETUP_FINALLY', except);
  u.bind(start);
  u.fblocks.push({ kind: 'TRY_EXCEPT', block: start, exit: -1 });
  compileStmts(c, body);
  u.fblocks.pop();
  u.popBlock();
}

/** The start of the handlers: `except: SETUP_CLEANUP cleanup; PUSH_EXC_INFO`. */
export function handlerPrologue(c: Compiler, except: number, cleanup: number): void {
  c.unit.bind(except);
  c.unit.setup('SETUP_CLEANUP', cleanup);
  c.emit('PUSH_EXC_INFO');
}

function compileTryExcept(c: Compiler, s: Try): void {
  const u = c.unit;
  const except = u.newLabel();
  const end = u.newLabel();
  const cleanup = u.newLabel();
  protectedBody(c, s.body, except);
  compileStmts(c, s.orelse);
  c.emit('JUMP_FORWARD', end);
  handlerPrologue(c, except, cleanup);
  u.fblocks.push({ kind: 'EXCEPTION_HANDLER', block: -1, exit: -1 });
  s.handlers.forEach((h, i) => {
    c.at(h);
    if (!h.type && i < s.handlers.length - 1) throw c.error("default 'except:' must be last", h);
    const next = u.newLabel();
    if (h.type) {
      compileExpr(c, h.type);
      c.at(h);
      c.emit('CHECK_EXC_MATCH');
      c.emit('POP_JUMP_IF_FALSE', next);
    }
    if (h.name) {
      const cleanupBody = u.newLabel();
      c.nameOp(h.name, 'Store');
      u.setup('SETUP_CLEANUP', cleanupBody);
      u.fblocks.push({ kind: 'HANDLER_CLEANUP', block: -1, exit: -1, datum: h.name });
      compileStmts(c, h.body);
      u.fblocks.pop();
      u.popBlock();
      u.popBlock();
      c.emit('POP_EXCEPT');
      clearName(c, h.name);
      c.emit('JUMP_FORWARD', end);
      u.bind(cleanupBody);
      clearName(c, h.name);
      c.emit('RERAISE', 1);
    } else {
      c.emit('POP_TOP');
      u.fblocks.push({ kind: 'HANDLER_CLEANUP', block: -1, exit: -1, datum: null });
      compileStmts(c, h.body);
      u.fblocks.pop();
      u.popBlock();
      c.emit('POP_EXCEPT');
      c.emit('JUMP_FORWARD', end);
    }
    u.bind(next);
  });
  u.fblocks.pop();
  c.emit('RERAISE', 0);
  u.popBlock();
  u.bind(cleanup);
  popExceptAndReraise(c);
  u.bind(end);
}

/** `name = None; del name` after an `except ... as name` body. */
export function clearName(c: Compiler, name: string): void {
  c.loadConst(null);
  c.nameOp(name, 'Store');
  c.nameOp(name, 'Del');
}

/** `with a as x, b: body` (one item per level of recursion), and async with. */
export function compileWith(c: Compiler, s: With | AsyncWith, pos: number): void {
  const u = c.unit;
  const item = s.items[pos];
  const body = u.newLabel();
  const final = u.newLabel();
  const exit = u.newLabel();
  const cleanup = u.newLabel();
  const isAsync = s._type === 'AsyncWith';
  compileExpr(c, item.context_expr);
  c.at(s);
  if (isAsync) {
    c.emit('BEFORE_ASYNC_WITH');
    c.emit('GET_AWAITABLE', 1);
    c.loadConst(null);
    yieldFrom(c, true);
  } else c.emit('BEFORE_WITH');
  u.setup('SETUP_WITH', final);
  u.bind(body);
  u.fblocks.push({ kind: isAsync ? 'ASYNC_WITH' : 'WITH', block: body, exit: final });
  if (item.optional_vars) compileStore(c, item.optional_vars);
  else c.emit('POP_TOP');
  if (pos + 1 < s.items.length) compileWith(c, s, pos + 1);
  else compileStmts(c, s.body);
  u.fblocks.pop();
  // The normal exit's __exit__(None, None, None) is located at the with statement through 3.12
  // and at the item's context expression in 3.13 (a traceback raised by __exit__ draws carets
  // under `self.assertRaises(KeyError)` on 3.13 only).
  c.at(c.version === '3.13' ? item.context_expr : s);
  u.popBlock();
  callExitWithNones(c, isAsync);
  c.emit('JUMP_FORWARD', exit);
  u.bind(final);
  u.setup('SETUP_CLEANUP', cleanup);
  c.emit('PUSH_EXC_INFO');
  c.emit('WITH_EXCEPT_START');
  if (isAsync) {
    c.emit('GET_AWAITABLE', 2);
    c.loadConst(null);
    yieldFrom(c, true);
  }
  const suppress = u.newLabel();
  c.emit('POP_JUMP_IF_TRUE', suppress);
  c.emit('RERAISE', 2);
  u.bind(suppress);
  c.emit('POP_TOP');
  u.popBlock();
  c.emit('POP_EXCEPT');
  c.emit('POP_TOP');
  c.emit('POP_TOP');
  c.emit('JUMP_FORWARD', exit);
  u.bind(cleanup);
  popExceptAndReraise(c);
  u.bind(exit);
}

/** `__exit__(None, None, None)`: [exit] → CALL 2 with the first None as "self". */
function callExitWithNones(c: Compiler, isAsync: boolean): void {
  c.loadConst(null);
  c.loadConst(null);
  c.loadConst(null);
  c.emit('CALL', 2);
  if (isAsync) {
    c.emit('GET_AWAITABLE', 2);
    c.loadConst(null);
    yieldFrom(c, true);
  }
  c.emit('POP_TOP');
}

/**
 * compiler_unwind_fblock_stack: emits what leaving the frame blocks needs (popping iterators,
 * running finally bodies, calling __exit__, clearing handlers). With `loop`, stops at and
 * returns the innermost loop (for break/continue); `preserve` keeps a return value on top.
 * Leaving an except* block this way is a SyntaxError at `at`.
 */
export function unwindFrameBlocks(c: Compiler, preserve: boolean, loop: boolean, at: Located): FrameBlock | null {
  const u = c.unit;
  const saved = [...u.fblocks];
  try {
    while (u.fblocks.length) {
      const top = u.fblocks[u.fblocks.length - 1];
      if (top.kind === 'EXCEPTION_GROUP_HANDLER') throw c.error("'break', 'continue' and 'return' cannot appear in an except* block", at);
      if (loop && (top.kind === 'WHILE_LOOP' || top.kind === 'FOR_LOOP')) return top;
      u.fblocks.pop();
      unwindFrameBlock(c, top, preserve);
    }
    return null;
  } finally {
    u.fblocks.length = 0;
    u.fblocks.push(...saved);
  }
}

/** compiler_unwind_fblock: what leaving one frame block emits. */
export function unwindFrameBlock(c: Compiler, b: FrameBlock, preserve: boolean): void {
  const u = c.unit;
  switch (b.kind) {
    case 'WHILE_LOOP': case 'EXCEPTION_HANDLER': case 'EXCEPTION_GROUP_HANDLER': case 'ASYNC_COMPREHENSION_GENERATOR':
      return;
    case 'FOR_LOOP':
      if (preserve) c.emit('SWAP', 2);
      c.emit('POP_TOP');
      return;
    case 'TRY_EXCEPT':
      u.popBlock();
      return;
    case 'FINALLY_TRY':
      u.popBlock();
      if (preserve) u.fblocks.push({ kind: 'POP_VALUE', block: -1, exit: -1 });
      compileStmts(c, b.datum as Stmt[]);
      if (preserve) u.fblocks.pop();
      return;
    case 'FINALLY_END':
      if (preserve) c.emit('SWAP', 2);
      c.emit('POP_TOP');
      if (preserve) c.emit('SWAP', 2);
      u.popBlock();
      c.emit('POP_EXCEPT');
      return;
    case 'WITH': case 'ASYNC_WITH':
      u.popBlock();
      if (preserve) c.emit('SWAP', 2);
      callExitWithNones(c, b.kind === 'ASYNC_WITH');
      return;
    case 'HANDLER_CLEANUP':
      if (b.datum) u.popBlock();
      if (preserve) c.emit('SWAP', 2);
      u.popBlock();
      c.emit('POP_EXCEPT');
      if (b.datum) clearName(c, b.datum as string);
      return;
    case 'POP_VALUE':
      if (preserve) c.emit('SWAP', 2);
      c.emit('POP_TOP');
      return;
  }
}
