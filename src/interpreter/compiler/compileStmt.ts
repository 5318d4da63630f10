// Statements (compile.c compiler_visit_stmt and friends). Loops, try and with live in
// compileBlocks.ts; function and class definitions in compileScope.ts.
import type { Stmt } from '../parser/ast';
import type { Expr } from '../parser/astExpr';
import { INPLACE_OFFSET, INTRINSIC_1, NB_OPS } from './binaryOps';
import { compileFor, compileTry, compileWhile, compileWith, unwindFrameBlock, unwindFrameBlocks } from './compileBlocks';
import { compileExpr, compileStore, jumpIf } from './compileExpr';
import { compileMatch } from './compilePattern';
import { compileAnnotation, compileClassDef, compileFunctionDef } from './compileScope';
import { compileTypeAlias } from './compileTypeParams';
import type { Compiler } from './compiler';
import type { PythonVersion } from './codeObject';

/** Compiles a module or class body, handling its docstring and __annotations__ setup. */
export function compileBody(c: Compiler, body: Stmt[], isModule: boolean): void {
  let start = 0;
  const doc = docstring(body, c.version);
  if (findAnnotations(body)) {
    // compiler_body's loc: a module's first statement; a class body keeps its prologue's line
    // (set by the caller: the first decorator's, else the `class` line).
    if (isModule) c.at(body[0]);
    c.emit('SETUP_ANNOTATIONS');
  }
  if (doc !== null && c.optimize < 2) {
    c.at(body[0]);
    c.loadConst(doc);
    c.nameOp('__doc__', 'Store');
    start = 1;
  } else if (doc !== null) start = 1;
  for (let i = start; i < body.length; i++) compileStmt(c, body[i]);
  if (isModule) {
    c.unit.inheritLocation();
    c.returnConst(null);
  }
}

/** The docstring of a body (its first statement, if a str constant), or null; 3.13 dedents it. */
export function docstring(body: Stmt[], version: PythonVersion = '3.12'): string | null {
  const s = body[0];
  if (s?._type === 'Expr' && s.value._type === 'Constant' && typeof s.value.value === 'string') {
    return version === '3.13' ? cleanDoc(s.value.value) : s.value.value;
  }
  return null;
}

/**
 * 3.13's _PyCompile_CleanDoc (Python/compile.c): tabs expanded, the first line's leading spaces
 * dropped, and the common indentation of the other non-blank lines removed from each of them.
 */
export function cleanDoc(doc: string): string {
  const lines = expandTabs(doc).split('\n');
  let margin = Infinity;
  for (const line of lines.slice(1)) {
    const indent = /^ */.exec(line)![0].length;
    if (indent < line.length) margin = Math.min(margin, indent);
  }
  if (margin === Infinity) margin = 0;
  return lines.map((line, i) => (i === 0 ? line.replace(/^ +/, '') : line.slice(Math.min(margin, /^ */.exec(line)![0].length)))).join('\n');
}

function expandTabs(s: string): string {
  if (!s.includes('\t')) return s;
  let out = '';
  let col = 0;
  for (const ch of s) {
    if (ch === '\t') {
      const n = 8 - (col % 8);
      out += ' '.repeat(n);
      col += n;
    } else {
      out += ch;
      col = ch === '\n' || ch === '\r' ? 0 : col + 1;
    }
  }
  return out;
}

/** find_ann: does the block contain an annotated simple name outside nested scopes? */
export function findAnnotations(body: Stmt[]): boolean {
  for (const s of body) {
    switch (s._type) {
      case 'AnnAssign': return true;
      case 'For': case 'AsyncFor': case 'While': case 'If':
        if (findAnnotations(s.body) || findAnnotations(s.orelse)) return true;
        break;
      case 'With': case 'AsyncWith': if (findAnnotations(s.body)) return true; break;
      case 'Try': case 'TryStar':
        if (findAnnotations(s.body) || findAnnotations(s.orelse) || findAnnotations(s.finalbody)) return true;
        if (s.handlers.some((h) => findAnnotations(h.body))) return true;
        break;
      case 'Match': if (s.cases.some((m) => findAnnotations(m.body))) return true; break;
      default: break;
    }
  }
  return false;
}

/** Compiles a list of statements. */
export function compileStmts(c: Compiler, body: Stmt[]): void {
  for (const s of body) compileStmt(c, s);
}

/** Compiles one statement (compiler_visit_stmt). */
export function compileStmt(c: Compiler, s: Stmt): void {
  c.at(s);
  switch (s._type) {
    case 'FunctionDef': case 'AsyncFunctionDef': return compileFunctionDef(c, s);
    case 'ClassDef': return compileClassDef(c, s);
    case 'Return': return compileReturn(c, s.value, s);
    case 'Delete': for (const t of s.targets) compileExpr(c, t); return;
    case 'Assign':
      compileExpr(c, s.value);
      s.targets.forEach((t, i) => {
        if (i < s.targets.length - 1) c.emit('COPY', 1);
        compileStore(c, t);
      });
      return;
    case 'AugAssign': return compileAugAssign(c, s, s.target, s.op, s.value);
    case 'AnnAssign': return compileAnnAssign(c, s);
    case 'For': case 'AsyncFor': return compileFor(c, s);
    case 'While': return compileWhile(c, s);
    case 'If': {
      const end = c.unit.newLabel();
      const orelse = s.orelse.length ? c.unit.newLabel() : end;
      jumpIf(c, s.test, orelse, false);
      compileStmts(c, s.body);
      if (s.orelse.length) {
        c.emit('JUMP_FORWARD', end);
        c.unit.bind(orelse);
        compileStmts(c, s.orelse);
      }
      c.unit.bind(end);
      return;
    }
    case 'With': case 'AsyncWith': return compileWith(c, s, 0);
    case 'Match': return compileMatch(c, s);
    case 'Raise': {
      let n = 0;
      if (s.exc) {
        compileExpr(c, s.exc);
        n++;
        if (s.cause) {
          compileExpr(c, s.cause);
          n++;
        }
      }
      c.at(s);
      c.emit('RAISE_VARARGS', n);
      return;
    }
    case 'Try': case 'TryStar': return compileTry(c, s);
    case 'Assert': {
      if (c.optimize) return;
      const end = c.unit.newLabel();
      jumpIf(c, s.test, end, true);
      const tested = c.unit.loc;
      c.at(s);
      c.emit('LOAD_ASSERTION_ERROR');
      if (s.msg) {
        compileExpr(c, s.msg);
        c.emit('CALL', 0);
      }
      // The raise is located at the test on 3.13 (carets under `x == 1`), at the whole statement
      // on 3.12 (no carets), and on 3.11 where the jump was: the last comparison the test jumped
      // on, else the statement (`assert False` and `assert x` have no carets).
      c.at(c.version === '3.12' ? s : c.version === '3.11' ? tested : s.test);
      c.emit('RAISE_VARARGS', 1);
      c.unit.bind(end);
      return;
    }
    case 'Import':
      for (const a of s.names) {
        c.loadConst({ type: 'int', value: 0n });
        c.loadConst(null);
        c.emit('IMPORT_NAME', c.unit.nameIdx(a.name));
        if (a.asname) {
          const parts = a.name.split('.');
          for (let i = 1; i < parts.length; i++) {
            c.emit('IMPORT_FROM', c.unit.nameIdx(parts[i]));
            c.emit('SWAP', 2);
            c.emit('POP_TOP');
          }
          c.nameOp(a.asname, 'Store');
        } else c.nameOp(a.name.split('.')[0], 'Store');
      }
      return;
    case 'ImportFrom': {
      c.loadConst({ type: 'int', value: BigInt(s.level) });
      c.loadConst({ type: 'tuple', items: s.names.map((a) => a.name) });
      c.emit('IMPORT_NAME', c.unit.nameIdx(s.module ?? ''));
      if (s.names[0]?.name === '*') {
        c.emit('CALL_INTRINSIC_1', INTRINSIC_1.IMPORT_STAR);
        c.emit('POP_TOP');
        return;
      }
      for (const a of s.names) {
        c.emit('IMPORT_FROM', c.unit.nameIdx(a.name));
        c.nameOp(a.asname ?? a.name, 'Store');
      }
      c.emit('POP_TOP');
      return;
    }
    case 'Global': case 'Nonlocal': return;
    case 'Expr':
      if (c.interactive && c.unit.ste.type === 'module') {
        compileExpr(c, s.value);
        c.at(s);
        c.emit('CALL_INTRINSIC_1', INTRINSIC_1.PRINT);
        c.emit('POP_TOP');
        return;
      }
      if (s.value._type === 'Constant') {
        c.emit('NOP');
        return;
      }
      compileExpr(c, s.value);
      c.at(s);
      c.emit('POP_TOP');
      return;
    case 'Pass': c.emit('NOP'); return;
    case 'Break': case 'Continue': {
      const saved = c.unit.handlers;
      const loop = unwindFrameBlocks(c, false, true, s);
      if (!loop) throw c.error(s._type === 'Break' ? "'break' outside loop" : "'continue' not properly in loop", s);
      c.at(s);
      if (s._type === 'Break') {
        unwindFrameBlock(c, loop, false);
        c.emit('JUMP_FORWARD', loop.exit);
      } else c.emit('JUMP_BACKWARD', loop.block);
      c.unit.handlers = saved;
      return;
    }
    case 'TypeAlias':
      compileTypeAlias(c, s);
      return;
  }
}

/** compiler_return: unwinds try/with/loops, preserving the value. */
function compileReturn(c: Compiler, value: Expr | null, s: Stmt): void {
  const ste = c.unit.ste;
  if (ste.type !== 'function') throw c.error("'return' outside function", s);
  if (value && ste.coroutine && ste.generator) throw c.error("'return' with value in async generator", s);
  const preserve = value !== null && value._type !== 'Constant';
  if (preserve) compileExpr(c, value);
  const saved = c.unit.handlers;
  unwindFrameBlocks(c, preserve, false, value ?? s);
  c.at(s);
  if (preserve) c.emit('RETURN_VALUE');
  else c.returnConst(value && value._type === 'Constant' ? (value.value as never) : null);
  c.unit.handlers = saved;
}

/**
 * compiler_augassign: the target's load and store carry the target's location, the in-place
 * operator the statement's (so `d["k"] += 1` failing on the load marks `d["k"]`, and `x += None`
 * marks the whole statement).
 */
function compileAugAssign(c: Compiler, s: Stmt, target: Expr, op: keyof typeof NB_OPS, value: Expr): void {
  const binop = NB_OPS[op] + INPLACE_OFFSET;
  switch (target._type) {
    case 'Name':
      c.at(target);
      c.nameOp(target.id, 'Load');
      compileExpr(c, value);
      c.at(s);
      c.emit('BINARY_OP', binop);
      c.at(target);
      c.nameOp(target.id, 'Store');
      return;
    case 'Attribute': {
      compileExpr(c, target.value);
      c.at(target);
      c.emit('COPY', 1);
      const i = c.unit.nameIdx(c.mangled(target.attr));
      c.emit('LOAD_ATTR', i << 1);
      compileExpr(c, value);
      c.at(s);
      c.emit('BINARY_OP', binop);
      c.at(target);
      c.emit('SWAP', 2);
      c.emit('STORE_ATTR', i);
      return;
    }
    case 'Subscript':
      compileExpr(c, target.value);
      compileExpr(c, target.slice);
      c.at(target);
      c.emit('COPY', 2);
      c.emit('COPY', 2);
      c.emit('BINARY_SUBSCR');
      compileExpr(c, value);
      c.at(s);
      c.emit('BINARY_OP', binop);
      c.at(target);
      c.emit('SWAP', 3);
      c.emit('SWAP', 2);
      c.emit('STORE_SUBSCR');
      return;
    default:
      throw c.error("'" + target._type.toLowerCase() + "' is an illegal expression for augmented assignment", target);
  }
}

function compileAnnAssign(c: Compiler, s: Extract<Stmt, { _type: 'AnnAssign' }>): void {
  if (s.value) {
    compileExpr(c, s.value);
    compileStore(c, s.target);
  }
  const moduleOrClass = c.unit.ste.type !== 'function';
  if (s.target._type === 'Name' && s.simple) {
    if (moduleOrClass) {
      compileAnnotation(c, s.annotation);
      c.nameOp('__annotations__', 'Load');
      c.loadConst(c.mangled(s.target.id));
      c.emit('STORE_SUBSCR');
    }
  } else {
    if (!s.value && s.target._type === 'Attribute') {
      compileExpr(c, s.target.value);
      c.emit('POP_TOP');
    }
    if (moduleOrClass && !c.futureAnnotations) {
      compileExpr(c, s.annotation);
      c.emit('POP_TOP');
    }
  }
}
