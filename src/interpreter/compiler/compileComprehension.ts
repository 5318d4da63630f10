// Comprehensions and generator expressions (compile.c compiler_comprehension, 3.12).
//
// Generator expressions (and every comprehension in 3.11) get their own code object, called
// with the outermost iterator: MAKE_FUNCTION, <iter>, GET_ITER, CALL 0 — a function object,
// a frame and (for genexps) a generator are allocated. In 3.12+ list/set/dict comprehensions
// are inlined (PEP 709): the loop runs in the enclosing frame, its variables saved around it:
//
//   <iter> GET_ITER  LOAD_FAST_AND_CLEAR x  SWAP 2  SETUP_FINALLY cleanup
//   BUILD_LIST 0  SWAP 2  loop: FOR_ITER end  STORE_FAST x  <elt>  LIST_APPEND 2  JUMP_BACKWARD loop
//   end: POP_BLOCK  SWAP 2  STORE_FAST x          (cleanup: SWAP 2 POP_TOP SWAP 2 STORE_FAST x RERAISE 0)
import type { Comprehension, DictComp, Expr, GeneratorExp, ListComp, SetComp } from '../parser/astExpr';
import { compileExpr, compileStore, jumpIf, yieldFrom } from './compileExpr';
import { makeClosure } from './compileScope';
import type { Compiler } from './compiler';
import type { SymbolTableEntry } from './symtable';
import { DEF } from './symtable';

type Comp = ListComp | SetComp | DictComp | GeneratorExp;

/** Compiles any comprehension or generator expression to its value. */
export function compileComprehension(c: Compiler, e: Comp): void {
  const ste = c.entry(e);
  if (ste.inlined) return compileInlined(c, e, ste);
  const name = ste.name;
  c.enterScope(ste, name, e.lineno);
  c.unit.argcount = 1;
  c.at(e);
  emitBuild(c, e);
  c.unit.varnameIndex('.0');
  c.emit('LOAD_FAST', 0);
  generators(c, e, 0);
  c.at(e);
  if (e._type === 'GeneratorExp') c.returnConst(null);
  else c.emit('RETURN_VALUE');
  const code = c.exitScope();
  c.at(e);
  makeClosure(c, code, 0);
  compileExpr(c, e.generators[0].iter);
  c.at(e);
  c.emit(e.generators[0].is_async ? 'GET_AITER' : 'GET_ITER');
  c.emit('CALL', 0);
  if (ste.coroutine && e._type !== 'GeneratorExp') {
    // An async list/set/dict comprehension is a coroutine: await it.
    c.emit('GET_AWAITABLE', 0);
    c.loadConst(null);
    yieldFrom(c, true);
  }
}

function emitBuild(c: Compiler, e: Comp): void {
  if (e._type === 'ListComp') c.emit('BUILD_LIST', 0);
  else if (e._type === 'SetComp') c.emit('BUILD_SET', 0);
  else if (e._type === 'DictComp') c.emit('BUILD_MAP', 0);
}

/** PEP 709: runs the loop in the current frame (push/pop_inlined_comprehension_state). */
function compileInlined(c: Compiler, e: Comp, ste: SymbolTableEntry): void {
  const u = c.unit;
  compileExpr(c, e.generators[0].iter);
  c.at(e);
  c.emit(e.generators[0].is_async ? 'GET_AITER' : 'GET_ITER');
  const pushed: string[] = [];
  const inClass = u.ste.type === 'class';
  // push_inlined_comprehension_state: save what the loop binds; in a class body every name the
  // comprehension mentions, even `.0` and globals (a 3.12 quirk that shows in co_varnames).
  for (const [name, flags] of ste.symbols) {
    if (name === '.0' && !inClass) continue;
    if ((flags & DEF.LOCAL && !(flags & DEF.NONLOCAL)) || inClass) {
      pushed.push(name);
      c.emit('LOAD_FAST_AND_CLEAR', u.varnameIndex(name));
      if (ste.scopes.get(name) === 'cell') u.emitDeref('MAKE_CELL', name);
    }
  }
  const cleanup = u.newLabel();
  const end = u.newLabel();
  if (pushed.length) {
    c.emit('SWAP', pushed.length + 1);
    u.setup('SETUP_FINALLY', cleanup);
  }
  u.inlined.push(ste);
  emitBuild(c, e);
  if (e._type !== 'GeneratorExp') c.emit('SWAP', 2);
  generators(c, e, 0);
  u.inlined.pop();
  if (pushed.length) {
    u.popBlock();
    c.emit('JUMP_FORWARD', end);
    u.bind(cleanup);
    c.emit('SWAP', 2);
    c.emit('POP_TOP');
    restore(c, pushed);
    c.emit('RERAISE', 0);
    u.bind(end);
    restore(c, pushed);
  }
}

function restore(c: Compiler, pushed: string[]): void {
  c.emit('SWAP', pushed.length + 1);
  for (let i = pushed.length - 1; i >= 0; i--) c.emit('STORE_FAST', c.unit.varnameIndex(pushed[i]));
}

/** compiler_sync_comprehension_generator, one `for ... if ...` level per call. */
function generators(c: Compiler, e: Comp, depth: number): void {
  const g: Comprehension = e.generators[depth];
  const u = c.unit;
  const start = u.newLabel();
  const ifCleanup = u.newLabel();
  const anchor = u.newLabel();
  if (depth > 0) {
    compileExpr(c, g.iter);
    c.at(g.iter);
    c.emit(g.is_async ? 'GET_AITER' : 'GET_ITER');
  }
  u.bind(start);
  c.at(g.iter);
  if (g.is_async) {
    // compiler_async_comprehension_generator: __anext__ awaited under a handler that turns
    // StopAsyncIteration into the loop exit (END_ASYNC_FOR).
    u.setup('SETUP_FINALLY', anchor);
    c.emit('GET_ANEXT');
    c.loadConst(null);
    yieldFrom(c, true);
    u.popBlock();
  } else c.emit('FOR_ITER', anchor);
  compileStore(c, g.target);
  for (const cond of g.ifs) jumpIf(c, cond, ifCleanup, false);
  if (depth + 1 < e.generators.length) generators(c, e, depth + 1);
  else element(c, e, e.generators.length + 1);
  u.bind(ifCleanup);
  c.at(g.iter);
  c.emit('JUMP_BACKWARD', start);
  u.bind(anchor);
  if (g.is_async) c.emit('END_ASYNC_FOR');
}

function element(c: Compiler, e: Comp, depth: number): void {
  switch (e._type) {
    case 'GeneratorExp':
      compileExpr(c, e.elt);
      c.at(e.elt);
      c.emit('YIELD_VALUE');
      c.emit('RESUME', 1);
      c.emit('POP_TOP');
      return;
    case 'ListComp': appendTo(c, e.elt, 'LIST_APPEND', depth); return;
    case 'SetComp': appendTo(c, e.elt, 'SET_ADD', depth); return;
    case 'DictComp':
      compileExpr(c, e.key);
      compileExpr(c, e.value);
      c.at(e);
      c.emit('MAP_ADD', depth);
      return;
  }
}

function appendTo(c: Compiler, elt: Expr, op: 'LIST_APPEND' | 'SET_ADD', depth: number): void {
  compileExpr(c, elt);
  c.at(elt);
  c.emit(op, depth);
}
