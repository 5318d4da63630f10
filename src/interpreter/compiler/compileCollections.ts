// Displays and calls, where CPython's choice of instructions decides what gets allocated
// (compile.c starunpack_helper, compiler_dict/compiler_subdict, compiler_call_helper,
// maybe_optimize_method_call, 3.12):
//   [a, b]        BUILD_LIST 2
//   [1, 2, 3]     BUILD_LIST 0 + LOAD_CONST (1, 2, 3) + LIST_EXTEND 1   (3+ constants)
//   {1, 2, 3}     BUILD_SET 0 + LOAD_CONST frozenset + SET_UPDATE 1
//   {'a': x, 'b': y}  values + LOAD_CONST ('a', 'b') + BUILD_CONST_KEY_MAP 2
//   [*a, b]       BUILD_LIST 0 / LIST_EXTEND / LIST_APPEND; a tuple ends in LIST_TO_TUPLE
//   o.m(x)        LOAD_ATTR with the method bit (no bound method allocated) + CALL
//   f(*a, **k)    CALL_FUNCTION_EX with a tuple and a dict
import type { Call, Dict, Expr, Keyword } from '../parser/astExpr';
import type { PyConstant } from '../parser/pyConstant';
import { INTRINSIC_1 } from './binaryOps';
import { checkCaller } from './commaWarnings';
import { compileExpr, loadSuperAttr } from './compileExpr';
import type { Compiler } from './compiler';

/** compile.c: keep at most this many items on the stack for one BUILD_*. */
export const STACK_USE_GUIDELINE = 30;

type Kind = 'list' | 'set' | 'tuple';
const BUILD = { list: 'BUILD_LIST', set: 'BUILD_SET', tuple: 'BUILD_LIST' } as const;
const ADD = { list: 'LIST_APPEND', set: 'SET_ADD', tuple: 'LIST_APPEND' } as const;
const EXTEND = { list: 'LIST_EXTEND', set: 'SET_UPDATE', tuple: 'LIST_EXTEND' } as const;

function constants(elts: Expr[]): PyConstant[] | null {
  const out: PyConstant[] = [];
  for (const e of elts) {
    if (e._type !== 'Constant') return null;
    out.push(e.value as PyConstant);
  }
  return out;
}

/**
 * starunpack_helper: builds a list, set or tuple from `elts` with `pushed` items already on the
 * stack. A display's `*x` extends at the display's location (`owner`), where the traceback's
 * carets of "Value after * must be an iterable" point.
 */
export function starUnpack(c: Compiler, elts: Expr[], pushed: number, kind: Kind, owner?: Expr): void {
  const n = elts.length;
  const consts = n > 2 ? constants(elts) : null;
  if (consts) {
    c.emit(BUILD[kind], pushed);
    c.loadConst(kind === 'set' ? { type: 'frozenset', items: consts } : { type: 'tuple', items: consts });
    c.emit(EXTEND[kind], 1);
    if (kind === 'tuple') c.emit('CALL_INTRINSIC_1', INTRINSIC_1.LIST_TO_TUPLE);
    return;
  }
  const big = n + pushed > STACK_USE_GUIDELINE;
  const starred = elts.some((e) => e._type === 'Starred');
  if (!starred && !big) {
    for (const e of elts) compileExpr(c, e);
    if (owner) c.at(owner);
    c.emit(kind === 'tuple' ? 'BUILD_TUPLE' : BUILD[kind], n + pushed);
    return;
  }
  let built = false;
  if (big) {
    c.emit(BUILD[kind], pushed);
    built = true;
  }
  elts.forEach((e, i) => {
    if (e._type === 'Starred') {
      if (!built) {
        c.emit(BUILD[kind], i + pushed);
        built = true;
      }
      compileExpr(c, e.value);
      if (owner) c.at(owner);
      c.emit(EXTEND[kind], 1);
    } else {
      compileExpr(c, e);
      if (built) c.emit(ADD[kind], 1);
    }
  });
  if (kind === 'tuple') c.emit('CALL_INTRINSIC_1', INTRINSIC_1.LIST_TO_TUPLE);
}

/** compiler_dict: runs of `k: v` pairs as sub-dicts, merged with DICT_UPDATE; `**m` via DICT_UPDATE. */
export function compileDict(c: Compiler, e: Dict): void {
  let haveDict = false;
  let elements = 0;
  const n = e.values.length;
  for (let i = 0; i < n; i++) {
    if (e.keys[i] === null) {
      if (elements) {
        subDict(c, e, i - elements, i);
        if (haveDict) c.emit('DICT_UPDATE', 1);
        haveDict = true;
        elements = 0;
      }
      if (!haveDict) {
        c.emit('BUILD_MAP', 0);
        haveDict = true;
      }
      compileExpr(c, e.values[i]);
      c.at(e);
      c.emit('DICT_UPDATE', 1);
    } else if (elements * 2 > STACK_USE_GUIDELINE) {
      subDict(c, e, i - elements, i + 1);
      if (haveDict) c.emit('DICT_UPDATE', 1);
      haveDict = true;
      elements = 0;
    } else elements++;
  }
  if (elements) {
    subDict(c, e, n - elements, n);
    if (haveDict) c.emit('DICT_UPDATE', 1);
    haveDict = true;
  }
  if (!haveDict) c.emit('BUILD_MAP', 0);
}

/** compiler_subdict: one run of plain pairs. */
function subDict(c: Compiler, e: Dict, begin: number, end: number): void {
  const n = end - begin;
  const big = n * 2 > STACK_USE_GUIDELINE;
  const keys = constants(e.keys.slice(begin, end) as Expr[]);
  if (n > 1 && !big && keys) {
    for (let i = begin; i < end; i++) compileExpr(c, e.values[i]);
    c.at(e);
    c.loadConst({ type: 'tuple', items: keys });
    c.emit('BUILD_CONST_KEY_MAP', n);
    return;
  }
  if (big) c.emit('BUILD_MAP', 0);
  for (let i = begin; i < end; i++) {
    compileExpr(c, e.keys[i]!);
    compileExpr(c, e.values[i]);
    if (big) c.emit('MAP_ADD', 1);
  }
  c.at(e);
  if (!big) c.emit('BUILD_MAP', n);
}

/** compiler_call: method calls keep (method, self) on the stack; others push NULL first. */
export function compileCall(c: Compiler, e: Call): void {
  checkKeywords(c, e.keywords);
  const f = e.func;
  const simple = !e.args.some((a) => a._type === 'Starred') && !e.keywords.some((k) => k.arg === null)
    && e.args.length + e.keywords.length < STACK_USE_GUIDELINE;
  if (f._type === 'Attribute' && f.ctx === 'Load' && simple) {
    if (!loadSuperAttr(c, f, true)) {
      compileExpr(c, f.value);
      c.at(f);
      c.emit('LOAD_ATTR', (c.unit.nameIdx(c.mangled(f.attr)) << 1) | 1);
    }
    for (const a of e.args) compileExpr(c, a);
    for (const k of e.keywords) compileExpr(c, k.value);
    c.at(e);
    callWithKeywords(c, e.args.length, e.keywords);
    return;
  }
  checkCaller(c, f);
  c.at(f);
  c.emit('PUSH_NULL');
  compileExpr(c, f);
  callHelper(c, e.args, e.keywords, e);
}

/** compiler_call_helper: CALL n (with KW_NAMES) or CALL_FUNCTION_EX. Also class definitions. */
export function callHelper(c: Compiler, args: Expr[], keywords: Keyword[], at: Expr | { lineno: number; col_offset: number; end_lineno: number; end_col_offset: number }, pushed = 0): void {
  const ex = args.some((a) => a._type === 'Starred') || keywords.some((k) => k.arg === null)
    || args.length + pushed + keywords.length * 2 > STACK_USE_GUIDELINE;
  if (!ex) {
    for (const a of args) compileExpr(c, a);
    for (const k of keywords) compileExpr(c, k.value);
    c.at(at);
    callWithKeywords(c, args.length + pushed, keywords);
    return;
  }
  if (pushed === 0 && args.length === 1 && args[0]._type === 'Starred') compileExpr(c, args[0].value);
  else starUnpack(c, args, pushed, 'tuple');
  let haveDict = false;
  let seen = 0;
  keywords.forEach((k, i) => {
    if (k.arg === null) {
      if (seen) {
        subKwargs(c, keywords.slice(i - seen, i));
        c.at(at);
        if (haveDict) c.emit('DICT_MERGE', 1);
        haveDict = true;
        seen = 0;
      }
      if (!haveDict) {
        c.emit('BUILD_MAP', 0);
        haveDict = true;
      }
      compileExpr(c, k.value);
      c.at(at);
      c.emit('DICT_MERGE', 1);
    } else seen++;
  });
  if (seen) {
    subKwargs(c, keywords.slice(keywords.length - seen));
    c.at(at);
    if (haveDict) c.emit('DICT_MERGE', 1);
    haveDict = true;
  }
  c.at(at);
  c.emit('CALL_FUNCTION_EX', haveDict ? 1 : 0);
}

function callWithKeywords(c: Compiler, nargs: number, keywords: Keyword[]): void {
  if (keywords.length) c.emit('KW_NAMES', c.unit.addConst({ type: 'tuple', items: keywords.map((k) => k.arg!) }));
  c.emit('CALL', nargs + keywords.length);
}

/** compiler_subkwargs: a dict of named keyword arguments for CALL_FUNCTION_EX. */
function subKwargs(c: Compiler, kws: Keyword[]): void {
  const big = kws.length * 2 > STACK_USE_GUIDELINE;
  if (kws.length > 1 && !big) {
    for (const k of kws) compileExpr(c, k.value);
    c.loadConst({ type: 'tuple', items: kws.map((k) => k.arg!) });
    c.emit('BUILD_CONST_KEY_MAP', kws.length);
    return;
  }
  if (big) c.emit('BUILD_MAP', 0);
  for (const k of kws) {
    c.loadConst(k.arg!);
    compileExpr(c, k.value);
    if (big) c.emit('MAP_ADD', 1);
  }
  if (!big) c.emit('BUILD_MAP', kws.length);
}

function checkKeywords(c: Compiler, kws: Keyword[]): void {
  const seen = new Set<string>();
  for (const k of kws) {
    if (k.arg === null) continue;
    if (seen.has(k.arg)) throw c.error(`keyword argument repeated: ${k.arg}`, k);
    seen.add(k.arg);
  }
}
