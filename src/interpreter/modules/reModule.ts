/**
 * The `re` module (Lib/re/__init__.py over Modules/_sre): compile and the module-level functions,
 * Pattern's methods and attributes, the flags, escape, purge, and `re.error`.
 *
 * The compile cache is CPython's, made of engine dicts so its memory shows: `re._cache` maps
 * `(type(pattern), pattern, flags)` to the Pattern; 3.11 drops the oldest of 512 entries; 3.12+
 * first asks `re._cache2` (256 most recent, oldest dropped), then pops the key from `_cache` and
 * re-inserts it at the end (least-recently-used eviction at 512).
 */
import { dictGetItem, dictItems, dictPop, dictSetItem, dictDelItem, dictClear, newDict, type PyDictObject } from '../../engine/objects/dictObject';
import { newBytes } from '../../engine/objects/bytesObject';
import { bufferArg, bytesLiteral, latin1Bytes, latin1Text } from '../objects/bytesOps';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { hashedKey } from '../objects/hashKey';
import { strRepr } from '../objects/repr';
import type { CPythonVersion } from '../../protocol/heapModel';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import type { NativeImpl } from '../vm/callables';
import { createGlobalFlag } from './enumModule';
import { enumInfo } from './enumMembers';
import { newNativeObject, nativeType } from './nativeObject';
import { bindArgs, type PySignature } from './pyArgs';
import { defineMatchMethods } from './regex/matchMethods';
import { FLAG, parseRegex, RegexSyntaxError } from './regex/regexParse';
import { CompiledRegex } from './regex/regexMatch';
import { newPattern, PyPatternObject, raiseRegexError, reTypes } from './regex/reObjects';
import { patternExec, patternFindall, patternScanner, patternSplit, patternSub } from './regex/reOps';

const MAXCACHE = 512;
const MAXCACHE2 = 256;

/** RegexFlag's members in definition order; TEMPLATE (`T`) went in 3.13. */
function regexFlagMembers(interp: Interp): [string, number][] {
  const m: [string, number][] = [['NOFLAG', 0], ['ASCII', FLAG.A], ['A', FLAG.A], ['IGNORECASE', FLAG.I], ['I', FLAG.I], ['LOCALE', FLAG.L],
    ['L', FLAG.L], ['UNICODE', FLAG.U], ['U', FLAG.U], ['MULTILINE', FLAG.M], ['M', FLAG.M], ['DOTALL', FLAG.S], ['S', FLAG.S],
    ['VERBOSE', FLAG.X], ['X', FLAG.X]];
  if (interp.rt.profile.version !== '3.13') m.push(['TEMPLATE', 1], ['T', 1]);
  m.push(['DEBUG', FLAG.DEBUG]);
  return m;
}

/** Flag names in `pattern_repr`'s order. */
const FLAG_NAMES: [string, number][] = [
  ['re.TEMPLATE', 1], ['re.IGNORECASE', FLAG.I], ['re.LOCALE', FLAG.L], ['re.MULTILINE', FLAG.M], ['re.DOTALL', FLAG.S],
  ['re.UNICODE', FLAG.U], ['re.VERBOSE', FLAG.X], ['re.DEBUG', FLAG.DEBUG], ['re.ASCII', FLAG.A],
];

interface ReState { cache: PyDictObject; cache2: PyDictObject | null }
const states = new WeakMap<object, ReState>();

function flagsOf(interp: Interp, o: PyObject | undefined): number {
  if (!o) return 0;
  if (!(o instanceof PyLongObject)) return interp.typeError(`unsupported operand type(s) for &: '${o.type.name}' and 'int'`);
  return Number(o.value);
}

/** `_parser.fix_flags`: the str/bytes flag rules, as ValueError. */
function checkFlags(interp: Interp, flags: number, isBytes: boolean): void {
  if (isBytes) {
    if (flags & FLAG.U) interp.raise('ValueError', 'cannot use UNICODE flag with a bytes pattern');
    if (flags & FLAG.L && flags & FLAG.A) interp.raise('ValueError', 'ASCII and LOCALE flags are incompatible');
    return;
  }
  if (flags & FLAG.L) interp.raise('ValueError', 'cannot use LOCALE flag with a str pattern');
  if (flags & FLAG.A && flags & FLAG.U) interp.raise('ValueError', 'ASCII and UNICODE flags are incompatible');
}

/**
 * `sre_compile.compile`: a new Pattern, or `re.error`. A bytes pattern is parsed as latin-1 text
 * (one char per byte) and matches subjects' byte values, ASCII-only for `\\w \\d \\s \\b` and case.
 */
function compileNew(interp: Interp, source: PyObject, text: string, isBytes: boolean, flags: number): PyPatternObject {
  let parsed;
  try {
    parsed = parseRegex(text, flags, isBytes);
  } catch (e) {
    if (e instanceof RegexSyntaxError) raiseRegexError(interp, e.msg, source, text, e.pos);
    throw e;
  }
  checkFlags(interp, parsed.flags, isBytes);
  interp.rt.heap.incref(source);
  const compiled = new CompiledRegex(parsed);
  compiled.poll = () => interp.poll();
  const p = newPattern(interp, source, compiled, parsed.flags, text);
  p.isBytes = isBytes;
  p.repr = (i) => patternRepr(p, i.rt.profile.version);
  p.getAttr = (i, name) => {
    const v = patternAttr(i, p, name);
    return v ? { value: v, method: false } : null;
  };
  return p;
}

function patternRepr(p: PyPatternObject, version: CPythonVersion): string {
  let flags = p.flags;
  if ((flags & (FLAG.L | FLAG.U | FLAG.A)) === FLAG.U) flags &= ~FLAG.U;
  const names = FLAG_NAMES.filter(([, bit]) => flags & bit).map(([n]) => n);
  const rest = flags & ~FLAG_NAMES.reduce((a, [, b]) => a | b, 0);
  if (rest) names.push(`0x${rest.toString(16)}`);
  const src = p.isBytes ? bytesLiteral(latin1Bytes(p.source.slice(0, 200))) : strRepr(Array.from(p.source).slice(0, 200).join(''), version);
  return names.length ? `re.compile(${src}, ${names.join('|')})` : `re.compile(${src})`;
}

function patternAttr(interp: Interp, p: PyPatternObject, name: string): PyObject | null {
  const rt = interp.rt;
  switch (name) {
    case 'pattern': rt.heap.incref(p.refs[0] as PyObject); return p.refs[0] as PyObject;
    case 'flags': return newInt(rt, p.flags);
    case 'groups': return newInt(rt, p.regex.groups);
    case 'groupindex': {
      const d = newDict(rt);
      for (const [n, g] of p.regex.parsed.groupIndex) dictSetItem(rt, d, hashedKey(interp, newStr(rt, n)), newInt(rt, g));
      return d;
    }
    default: return null;
  }
}

/** `re._compile`: a Pattern (new reference) through the cache. */
function cachedCompile(interp: Interp, st: ReState, pattern: PyObject, flags: number): PyPatternObject {
  const rt = interp.rt;
  const heap = rt.heap;
  const key = (): PyObject => {
    heap.incref(pattern.type);
    heap.incref(pattern);
    return newTuple(rt, [pattern.type, pattern, newInt(rt, flags)]);
  };
  const lookup = (d: PyDictObject): PyPatternObject | null => {
    const k = key();
    try {
      return dictGetItem(d, hashedKey(interp, k)) as PyPatternObject | null;
    } finally {
      heap.decref(k);
    }
  };
  const evictOldest = (d: PyDictObject): void => {
    const first = dictItems(d)[0];
    if (first) dictDelItem(rt, d, first);
  };
  const found = lookup(st.cache2 ?? st.cache);
  if (found) {
    heap.incref(found);
    return found;
  }
  const k = key();
  let p: PyPatternObject | null = null;
  if (st.cache2) p = dictPop(rt, st.cache, hashedKey(interp, k)) as PyPatternObject | null;
  if (!p) {
    if (pattern instanceof PyPatternObject) {
      heap.decref(k);
      if (flags) interp.raise('ValueError', 'cannot process flags argument with a compiled pattern');
      heap.incref(pattern);
      return pattern;
    }
    const buf = pattern instanceof PyUnicodeObject ? null : bufferArg(pattern);
    if (!(pattern instanceof PyUnicodeObject) && !buf) {
      heap.decref(k);
      return interp.typeError('first argument must be string or compiled pattern');
    }
    try {
      p = buf ? compileNew(interp, pattern, latin1Text(buf), true, flags) : compileNew(interp, pattern, (pattern as PyUnicodeObject).value, false, flags);
    } catch (e) {
      heap.decref(k);
      throw e;
    }
    if (flags & FLAG.DEBUG) {
      heap.decref(k);
      return p;
    }
    if (st.cache.used >= MAXCACHE) evictOldest(st.cache);
  }
  heap.incref(p);
  if (st.cache2) heap.incref(k);
  dictSetItem(rt, st.cache, hashedKey(interp, k), p);
  if (st.cache2) {
    if (st.cache2.used >= MAXCACHE2) evictOldest(st.cache2);
    heap.incref(p);
    dictSetItem(rt, st.cache2, hashedKey(interp, k), p);
  }
  return p;
}

function selfPattern(interp: Interp, o: PyObject, name: string): PyPatternObject {
  if (!(o instanceof PyPatternObject)) return interp.typeError(`descriptor '${name}' for 're.Pattern' objects doesn't apply to a '${o.type.name}' object`);
  return o;
}

/** A finditer result: CPython's `callable_iterator` over `scanner.search`. */
function iterMatches(interp: Interp, next: () => PyObject | null, p: PyPatternObject, str: PyObject): PyObject {
  const heap = interp.rt.heap;
  heap.incref(p);
  heap.incref(str);
  const it = newNativeObject(interp, nativeType(interp, 'callable_iterator', 48), [p, str]);
  let done = false;
  it.next = () => {
    if (done) return null;
    const m = next();
    if (!m) done = true;
    return m;
  };
  return it;
}

/** The Pattern methods (search, match, ... as `pattern_*`). */
function definePatternMethods(interp: Interp): void {
  const t = reTypes(interp).pattern;
  const sig = (name: string, params: string[], required: number): PySignature => ({ qualname: `Pattern.${name}`, params, required });
  const range = ['string', 'pos', 'endpos'];
  const exec = (mode: 'search' | 'match' | 'fullmatch'): NativeImpl => (i, args, kw) => {
    const p = selfPattern(i, args[0], mode);
    const [s, pos, end] = bindArgs(i, sig(mode, range, 1), args.slice(1), kw);
    return patternExec(i, p, s as PyObject, pos, end, mode);
  };
  const methods: Record<string, NativeImpl> = {
    search: exec('search'),
    match: exec('match'),
    fullmatch: exec('fullmatch'),
    findall: (i, args, kw) => {
      const [s, pos, end] = bindArgs(i, sig('findall', range, 1), args.slice(1), kw);
      return patternFindall(i, selfPattern(i, args[0], 'findall'), s as PyObject, pos, end);
    },
    finditer: (i, args, kw) => {
      const p = selfPattern(i, args[0], 'finditer');
      const [s, pos, end] = bindArgs(i, sig('finditer', range, 1), args.slice(1), kw);
      return iterMatches(i, patternScanner(i, p, s as PyObject, pos, end), p, s as PyObject);
    },
    sub: (i, args, kw) => {
      const [repl, s, count] = bindArgs(i, sig('sub', ['repl', 'string', 'count'], 2), args.slice(1), kw);
      return patternSub(i, selfPattern(i, args[0], 'sub'), repl as PyObject, s as PyObject, count, false);
    },
    subn: (i, args, kw) => {
      const [repl, s, count] = bindArgs(i, sig('subn', ['repl', 'string', 'count'], 2), args.slice(1), kw);
      return patternSub(i, selfPattern(i, args[0], 'subn'), repl as PyObject, s as PyObject, count, true);
    },
    split: (i, args, kw) => {
      const [s, maxsplit] = bindArgs(i, sig('split', ['string', 'maxsplit'], 1), args.slice(1), kw);
      return patternSplit(i, selfPattern(i, args[0], 'split'), s as PyObject, maxsplit);
    },
  };
  for (const [name, impl] of Object.entries(methods)) interp.methods.define(t, name, impl);
}

/** `re.escape`: a backslash before every special character. */
function escape(text: string): string {
  let out = '';
  for (const c of text) out += '()[]{}?*+-|^$\\.&~# \t\n\r\v\f'.includes(c) ? '\\' + c : c;
  return out;
}

/** Creates the module (on first import). */
export function createRe(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  const types = reTypes(interp);
  definePatternMethods(interp);
  defineMatchMethods(interp);
  const st: ReState = { cache: newDict(rt), cache2: rt.profile.version === '3.11' ? null : newDict(rt) };
  states.set(rt, st);
  const compileArg = (i: Interp, p: PyObject, f: PyObject | undefined): PyPatternObject => cachedCompile(i, st, p, flagsOf(i, f));
  const withPattern = (name: string, params: string[], required: number, body: (i: Interp, p: PyPatternObject, a: (PyObject | undefined)[]) => PyObject): NativeImpl =>
    (i, args, kw) => {
      const a = bindArgs(i, { qualname: name, params, required }, args, kw);
      const p = compileArg(i, a[0] as PyObject, a[params.length - 1]);
      try {
        return body(i, p, a);
      } finally {
        rt.heap.decref(p);
      }
    };
  const exec = (mode: 'search' | 'match' | 'fullmatch'): NativeImpl =>
    withPattern(mode, ['pattern', 'string', 'flags'], 2, (i, p, a) => patternExec(i, p, a[1] as PyObject, undefined, undefined, mode));
  const functions: Record<string, NativeImpl> = {
    compile: (i, args, kw) => {
      const [p, f] = bindArgs(i, { qualname: 'compile', params: ['pattern', 'flags'], required: 1 }, args, kw);
      return compileArg(i, p as PyObject, f);
    },
    search: exec('search'),
    match: exec('match'),
    fullmatch: exec('fullmatch'),
    findall: withPattern('findall', ['pattern', 'string', 'flags'], 2, (i, p, a) => patternFindall(i, p, a[1] as PyObject)),
    finditer: withPattern('finditer', ['pattern', 'string', 'flags'], 2, (i, p, a) =>
      iterMatches(i, patternScanner(i, p, a[1] as PyObject), p, a[1] as PyObject)),
    sub: withPattern('sub', ['pattern', 'repl', 'string', 'count', 'flags'], 3, (i, p, a) => patternSub(i, p, a[1] as PyObject, a[2] as PyObject, a[3], false)),
    subn: withPattern('subn', ['pattern', 'repl', 'string', 'count', 'flags'], 3, (i, p, a) => patternSub(i, p, a[1] as PyObject, a[2] as PyObject, a[3], true)),
    split: withPattern('split', ['pattern', 'string', 'maxsplit', 'flags'], 2, (i, p, a) => patternSplit(i, p, a[1] as PyObject, a[2])),
    escape: (i, args, kw) => {
      const [p] = bindArgs(i, { qualname: 'escape', params: ['pattern'], required: 1 }, args, kw);
      if (p instanceof PyUnicodeObject) return newStr(rt, escape(p.value));
      // A bytes pattern: `str(pattern, 'latin1')` escaped, then encoded back.
      const buf = bufferArg(p as PyObject);
      if (!buf) return i.typeError(`decoding to str: need a bytes-like object, ${(p as PyObject).type.name} found`);
      return newBytes(rt, latin1Bytes(escape(latin1Text(buf))));
    },
    purge: (i) => {
      dictClear(rt, st.cache);
      if (st.cache2) dictClear(rt, st.cache2);
      return i.none();
    },
  };
  const values: Record<string, PyObject> = { _cache: st.cache };
  if (st.cache2) values._cache2 = st.cache2;
  // `@global_enum class RegexFlag(IntFlag)`: the module holds every member by name and alias.
  const regexFlag = createGlobalFlag(interp, 're', 'RegexFlag', regexFlagMembers(interp));
  values.RegexFlag = regexFlag;
  for (const [n, m] of enumInfo(regexFlag)?.byName ?? []) {
    rt.heap.incref(m);
    values[n] = m;
  }
  rt.heap.incref(types.error);
  values.error = types.error;
  if (types.error.name === 'PatternError') {
    rt.heap.incref(types.error);
    values.PatternError = types.error;
  }
  rt.heap.incref(types.pattern);
  values.Pattern = types.pattern;
  rt.heap.incref(types.match);
  values.Match = types.match;
  return interp.defineModule('re', functions, values);
}
