// `try: ... except* E as e: ...` (compile.c compiler_try_star_except, 3.12). The exception
// group is split handler by handler with CHECK_EG_MATCH; what each handler raises (or leaves
// unhandled) is collected in a list and recombined by CALL_INTRINSIC_2 PREP_RERAISE_STAR.
//
//   stack in the handlers: [orig, raised_list, rest] ... CHECK_EG_MATCH → [orig, list, rest, match]
import type { TryStar } from '../parser/ast';
import { INTRINSIC_2 } from './binaryOps';
import { clearName, handlerPrologue, popExceptAndReraise, protectedBody } from './compileBlocks';
import { compileExpr } from './compileExpr';
import { compileStmts } from './compileStmt';
import type { Compiler } from './compiler';

/** Compiles the except* part of a try statement (a finally, if any, wraps it). */
export function compileTryStar(c: Compiler, s: TryStar): void {
  const u = c.unit;
  const except = u.newLabel();
  const orelse = u.newLabel();
  const end = u.newLabel();
  const cleanup = u.newLabel();
  const reraiseStar = u.newLabel();
  protectedBody(c, s.body, except);
  c.emit('JUMP_FORWARD', orelse);
  handlerPrologue(c, except, cleanup);
  u.fblocks.push({ kind: 'EXCEPTION_GROUP_HANDLER', block: -1, exit: -1 });
  s.handlers.forEach((h, i) => {
    c.at(h);
    const nextExcept = u.newLabel();
    const noMatch = u.newLabel();
    const exceptWithError = u.newLabel();
    const cleanupEnd = u.newLabel();
    if (i === 0) {
      c.emit('BUILD_LIST', 0);
      c.emit('COPY', 2);
    }
    // The grammar's invalid_except_stmt: `except*:` names no type (a parse error in CPython, the
    // caret on the colon); py-ast accepts it.
    if (!h.type) throw c.error('expected one or more exception types', { ...h, col_offset: h.col_offset + 7, end_lineno: h.lineno, end_col_offset: h.col_offset + 8 });
    compileExpr(c, h.type);
    c.at(h);
    c.emit('CHECK_EG_MATCH');
    c.emit('COPY', 1);
    c.emit('POP_JUMP_IF_NONE', noMatch);
    if (h.name) c.nameOp(h.name, 'Store');
    else c.emit('POP_TOP');
    u.setup('SETUP_CLEANUP', cleanupEnd);
    u.fblocks.push({ kind: 'HANDLER_CLEANUP', block: -1, exit: -1, datum: h.name });
    compileStmts(c, h.body);
    u.fblocks.pop();
    u.popBlock();
    if (h.name) clearName(c, h.name);
    c.emit('JUMP_FORWARD', nextExcept);
    u.bind(cleanupEnd);
    if (h.name) clearName(c, h.name);
    c.emit('LIST_APPEND', 3);
    c.emit('POP_TOP');
    c.emit('JUMP_FORWARD', exceptWithError);
    u.bind(nextExcept);
    c.emit('NOP');
    c.emit('JUMP_FORWARD', exceptWithError);
    u.bind(noMatch);
    c.emit('POP_TOP');
    u.bind(exceptWithError);
    if (i === s.handlers.length - 1) {
      c.emit('LIST_APPEND', 1);
      c.emit('JUMP_FORWARD', reraiseStar);
    }
  });
  u.fblocks.pop();
  const reraise = u.newLabel();
  u.bind(reraiseStar);
  c.emit('CALL_INTRINSIC_2', INTRINSIC_2.PREP_RERAISE_STAR);
  c.emit('COPY', 1);
  c.emit('POP_JUMP_IF_NOT_NONE', reraise);
  c.emit('POP_TOP');
  u.popBlock();
  c.emit('POP_EXCEPT');
  c.emit('JUMP_FORWARD', end);
  u.bind(reraise);
  u.popBlock();
  c.emit('SWAP', 2);
  c.emit('POP_EXCEPT');
  c.emit('RERAISE', 0);
  u.bind(cleanup);
  popExceptAndReraise(c);
  u.bind(orelse);
  compileStmts(c, s.orelse);
  u.bind(end);
}
