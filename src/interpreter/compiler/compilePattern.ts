// `match` statements (compile.c compiler_match / compiler_pattern, 3.12). A pattern consumes the
// subject on top of the stack; captured values are rotated to the bottom of the pattern's stack
// area and stored only once the whole case matched. On failure, `failPop[n]` pops the n items
// the pattern left and falls to the next case.
import type { Match } from '../parser/ast';
import type { Pattern } from '../parser/astExpr';
import type { PyConstant } from '../parser/pyConstant';
import { COMPARE_ARG } from './binaryOps';
import { compileExpr, jumpIf } from './compileExpr';
import { compileStmts } from './compileStmt';
import type { Compiler } from './compiler';

interface PatternContext {
  /** Captured names; stores[0] is on top of the captured values. */
  stores: string[];
  /** Items above the captured values the pattern still needs. */
  onTop: number;
  /** failPop[n]: pops n items then goes to the next case. */
  failPop: number[];
}

/** Compiles a match statement. */
export function compileMatch(c: Compiler, s: Match): void {
  const u = c.unit;
  compileExpr(c, s.subject);
  const end = u.newLabel();
  const last = s.cases[s.cases.length - 1];
  const hasDefault = isWildcard(last.pattern) && s.cases.length > 1 && last.guard === null;
  const n = s.cases.length - (hasDefault ? 1 : 0);
  for (let i = 0; i < n; i++) {
    const m = s.cases[i];
    c.at(m.pattern);
    if (i !== n - 1) c.emit('COPY', 1);
    const pc: PatternContext = { stores: [], onTop: 0, failPop: [] };
    pattern(c, m.pattern, pc);
    for (const name of pc.stores) c.nameOp(name, 'Store');
    if (m.guard) {
      ensureFailPop(c, pc, 0);
      jumpIf(c, m.guard, pc.failPop[0], false);
    }
    if (i !== n - 1) {
      c.at(m.pattern);
      c.emit('POP_TOP');
    }
    compileStmts(c, m.body);
    c.emit('JUMP_FORWARD', end);
    emitFailPops(c, pc);
  }
  if (hasDefault) {
    c.at(last.pattern);
    c.emit('NOP');
    compileStmts(c, last.body);
  }
  u.bind(end);
}

function isWildcard(p: Pattern): boolean {
  return p._type === 'MatchAs' && p.pattern === null && p.name === null;
}

function ensureFailPop(c: Compiler, pc: PatternContext, n: number): void {
  while (pc.failPop.length <= n) pc.failPop.push(c.unit.newLabel());
}

function jumpToFailPop(c: Compiler, pc: PatternContext, op: 'POP_JUMP_IF_FALSE' | 'POP_JUMP_IF_NONE' | 'JUMP_FORWARD'): void {
  const pops = pc.onTop + pc.stores.length;
  ensureFailPop(c, pc, pops);
  c.emit(op, pc.failPop[pops]);
}

/** emit_and_reset_fail_pop: failPop[n] pops once and falls into failPop[n-1]. */
function emitFailPops(c: Compiler, pc: PatternContext): void {
  for (let n = pc.failPop.length - 1; n >= 0; n--) {
    c.unit.bind(pc.failPop[n]);
    if (n > 0) c.emit('POP_TOP');
  }
  pc.failPop = [];
}

/** pattern_helper_rotate: moves TOS down to depth `count`. */
function rotate(c: Compiler, count: number): void {
  while (count > 1) c.emit('SWAP', count--);
}

/** pattern_helper_store_name: the capture on TOS goes under everything the pattern still needs. */
function storeName(c: Compiler, name: string | null, pc: PatternContext, at: Pattern): void {
  if (name === null) {
    c.emit('POP_TOP');
    return;
  }
  if (pc.stores.includes(name)) throw c.error(`multiple assignments to name '${name}' in pattern`, at);
  rotate(c, pc.onTop + pc.stores.length + 1);
  pc.stores.push(name);
}

function pattern(c: Compiler, p: Pattern, pc: PatternContext): void {
  c.at(p);
  switch (p._type) {
    case 'MatchValue':
      compileExpr(c, p.value);
      c.at(p);
      c.emit('COMPARE_OP', COMPARE_ARG.Eq!);
      jumpToFailPop(c, pc, 'POP_JUMP_IF_FALSE');
      return;
    case 'MatchSingleton':
      c.loadConst(p.value);
      c.emit('IS_OP', 0);
      jumpToFailPop(c, pc, 'POP_JUMP_IF_FALSE');
      return;
    case 'MatchAs':
      if (p.pattern === null) return storeName(c, p.name, pc, p);
      pc.onTop++;
      c.emit('COPY', 1);
      pattern(c, p.pattern, pc);
      pc.onTop--;
      return storeName(c, p.name, pc, p);
    case 'MatchStar':
      return storeName(c, p.name, pc, p);
    case 'MatchSequence': return sequencePattern(c, p, pc);
    case 'MatchMapping': return mappingPattern(c, p, pc);
    case 'MatchClass': {
      const nargs = p.patterns.length;
      const nattrs = p.kwd_attrs.length;
      compileExpr(c, p.cls);
      c.at(p);
      c.loadConst({ type: 'tuple', items: p.kwd_attrs });
      c.emit('MATCH_CLASS', nargs);
      c.emit('COPY', 1);
      c.loadConst(null);
      c.emit('IS_OP', 1);
      pc.onTop++;
      jumpToFailPop(c, pc, 'POP_JUMP_IF_FALSE');
      c.emit('UNPACK_SEQUENCE', nargs + nattrs);
      pc.onTop += nargs + nattrs - 1;
      for (const sub of [...p.patterns, ...p.kwd_patterns]) {
        pc.onTop--;
        subpattern(c, sub, pc);
      }
      return;
    }
    case 'MatchOr': return orPattern(c, p, pc);
  }
}

function subpattern(c: Compiler, p: Pattern, pc: PatternContext): void {
  if (isWildcard(p)) c.emit('POP_TOP');
  else pattern(c, p, pc);
}

function sequencePattern(c: Compiler, p: Extract<Pattern, { _type: 'MatchSequence' }>, pc: PatternContext): void {
  const size = p.patterns.length;
  const star = p.patterns.findIndex((x) => x._type === 'MatchStar');
  pc.onTop++;
  c.emit('MATCH_SEQUENCE');
  jumpToFailPop(c, pc, 'POP_JUMP_IF_FALSE');
  if (star < 0 || size > 1) {
    c.emit('GET_LEN');
    c.loadConst({ type: 'int', value: BigInt(star < 0 ? size : size - 1) });
    c.emit('COMPARE_OP', star < 0 ? COMPARE_ARG.Eq! : COMPARE_ARG.GtE!);
    jumpToFailPop(c, pc, 'POP_JUMP_IF_FALSE');
  }
  pc.onTop--;
  if (star < 0) c.emit('UNPACK_SEQUENCE', size);
  else c.emit('UNPACK_EX', star | ((size - 1 - star) << 8));
  pc.onTop += size;
  for (const sub of p.patterns) {
    pc.onTop--;
    subpattern(c, sub, pc);
  }
}

function mappingPattern(c: Compiler, p: Extract<Pattern, { _type: 'MatchMapping' }>, pc: PatternContext): void {
  const size = p.keys.length;
  pc.onTop++;
  c.emit('MATCH_MAPPING');
  jumpToFailPop(c, pc, 'POP_JUMP_IF_FALSE');
  if (!size && !p.rest) {
    pc.onTop--;
    c.emit('POP_TOP');
    return;
  }
  if (size) {
    c.emit('GET_LEN');
    c.loadConst({ type: 'int', value: BigInt(size) });
    c.emit('COMPARE_OP', COMPARE_ARG.GtE!);
    jumpToFailPop(c, pc, 'POP_JUMP_IF_FALSE');
  }
  const keys: PyConstant[] = [];
  for (const k of p.keys) {
    if (k._type !== 'Constant' && k._type !== 'Attribute') throw c.error('mapping pattern keys may only match literals and attribute lookups', k);
    compileExpr(c, k);
    if (k._type === 'Constant') keys.push(k.value as PyConstant);
  }
  c.at(p);
  c.emit('BUILD_TUPLE', size);
  c.emit('MATCH_KEYS');
  pc.onTop += 2;
  c.emit('COPY', 1);
  c.loadConst(null);
  c.emit('IS_OP', 1);
  jumpToFailPop(c, pc, 'POP_JUMP_IF_FALSE');
  c.emit('UNPACK_SEQUENCE', size);
  pc.onTop += size - 1;
  for (const sub of p.patterns) {
    pc.onTop--;
    subpattern(c, sub, pc);
  }
  // [subject, keys] remain.
  pc.onTop -= 2;
  if (p.rest) {
    c.emit('BUILD_MAP', 0);
    c.emit('SWAP', 3);
    c.emit('DICT_UPDATE', 2);
    c.emit('UNPACK_SEQUENCE', size);
    for (let n = size; n > 0; n--) {
      c.emit('COPY', 1 + n);
      c.emit('SWAP', 2);
      c.emit('DELETE_SUBSCR');
    }
    storeName(c, p.rest, pc, p);
  } else {
    c.emit('POP_TOP');
    c.emit('POP_TOP');
  }
}

/** `p1 | p2 | ...`: each alternative must bind the same names; the first one's order wins. */
function orPattern(c: Compiler, p: Extract<Pattern, { _type: 'MatchOr' }>, pc: PatternContext): void {
  const u = c.unit;
  const end = u.newLabel();
  let control: string[] | null = null;
  for (const alt of p.patterns) {
    c.at(alt);
    c.emit('COPY', 1);
    const sub: PatternContext = { stores: [], onTop: 0, failPop: [] };
    pattern(c, alt, sub);
    if (control === null) control = sub.stores;
    else {
      if (control.length !== sub.stores.length || !control.every((n) => sub.stores.includes(n))) {
        throw c.error('alternative patterns bind different names', alt);
      }
      reorder(c, sub.stores, control);
    }
    c.emit('JUMP_FORWARD', end);
    emitFailPops(c, sub);
  }
  // No alternative matched: drop the subject and fail.
  c.emit('POP_TOP');
  jumpToFailPop(c, pc, 'JUMP_FORWARD');
  u.bind(end);
  // [subject, captures...]: rotate each capture under everything the pattern keeps (the
  // subject, items on top, earlier captures), then drop the subject copy.
  const n = control!.length;
  const rotations = n + 1 + pc.onTop + pc.stores.length;
  for (let i = 0; i < n; i++) {
    rotate(c, rotations);
    if (pc.stores.includes(control![i])) throw c.error(`multiple assignments to name '${control![i]}' in pattern`, p);
    pc.stores.push(control![i]);
  }
  c.emit('POP_TOP');
}

/** Permutes the top `have.length` items from the `have` order into the `want` order (stores order: [0] on top). */
function reorder(c: Compiler, have: string[], want: string[]): void {
  const cur = [...have];
  const depth = (i: number): number => i + 1;
  for (let i = 0; i < want.length; i++) {
    const j = cur.indexOf(want[i]);
    if (j === i) continue;
    const swapTop = (x: number): void => {
      if (x !== 0) c.emit('SWAP', depth(x));
    };
    swapTop(i);
    swapTop(j);
    swapTop(i);
    [cur[i], cur[j]] = [cur[j], cur[i]];
  }
}
