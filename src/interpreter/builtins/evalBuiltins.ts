/**
 * `eval`, `exec`, `compile` and `locals` (Python/bltinmodule.c `builtin_eval_impl`,
 * `builtin_exec_impl`, `builtin_compile_impl`, `builtin_locals_impl`), over our own parser and
 * compiler.
 *
 *   eval(src, g, l)     compiles src in 'eval' mode (leading spaces and tabs stripped) and runs it
 *   exec(src, g, l)     compiles src in 'exec' mode and runs it; returns None
 *   compile(src, f, m)  a code object eval/exec accept
 *   locals()            a module or class body: its namespace's dict; a function: a new snapshot
 *
 * globals default to the caller's, locals to the caller's locals (its namespace, or a snapshot of
 * a function's fast locals: exec cannot rebind them, as in CPython) and, when only globals are
 * given, to globals. A globals dict without `__builtins__` gets it first, as CPython inserts it.
 *
 * The code runs as a frame pushed on the calling frame (prepareCall), so a traceback shows
 * `File "<string>", line 1, in <module>` under the caller's line; its instructions raise no line
 * events (loadedCode.ts `sourceLines`), so what it allocates is charged to the calling line.
 *
 * Obscurity: every name lookup of the compiled code still reaches the real builtins
 * (`{'__builtins__': {}}` does not restrict it), and locals() inside a function is a fresh
 * snapshot on every call in all versions (3.11/3.12 keep one dict per frame, which exec's new
 * names stay in).
 */
import { dictSetItem, newDict, PyDictObject } from '../../engine/objects/dictObject';
import { PyBytesObject } from '../../engine/objects/bytesObject';
import { PyCellObject } from '../../engine/objects/cellObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple } from '../../engine/objects/tupleObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import { isTrue } from '../objects/abstract';
import { compile } from '../compiler/compiler';
import { parse } from '../parser/pyAstAdapter';
import { PySyntaxError } from '../parser/syntaxError';
import { CompileLimitError } from '../parser/nestingLimits';
import type { Interp } from '../runtime/interp';
import { PyError, UnsupportedError } from '../runtime/pyError';
import type { PreparedCall } from '../vm/callDispatch';
import { callAny, runNested } from '../vm/callDispatch';
import { codeObjectOf } from '../objects/frameAttrs';
import { Frame } from '../vm/frame';
import { frameNative, framePushNative } from '../vm/frameNatives';
import { LoadedCode, PyCodeObject } from '../vm/loadedCode';
import { Namespace, nameKey } from '../vm/namespace';
import { internedKey } from '../../engine/objects/typeDict';
import { frameLocalNames } from './dirBuiltin';
import { getAttrOrNull } from './classBuiltins';
import { latin1Text } from '../objects/bytesOps';
import { decodeBytes } from '../objects/codecs';
import { invalidKeyword } from './args';

type Mode = 'exec' | 'eval' | 'single';

/** The source text of eval/exec/compile's first argument, or null for a code object. */
function sourceText(interp: Interp, fn: string, o: PyObject, what: string): string {
  if (o instanceof PyUnicodeObject) return o.value;
  if (o instanceof PyBytesObject) return decodeBytes(interp, o.value, 'utf-8', 'strict');
  return interp.typeError(`${fn}() arg 1 must be ${what}`);
}

/** Compiles `source` to a loaded code object; a syntax error becomes CPython's SyntaxError. */
function compileSource(interp: Interp, source: string, filename: string, mode: Mode): LoadedCode {
  const version = `${interp.rt.profile.versionInfo[0]}.${interp.rt.profile.versionInfo[1]}` as '3.11' | '3.12' | '3.13';
  try {
    return new LoadedCode(interp, compile(parse(source, filename, version), { version, filename, mode }));
  } catch (e) {
    if (e instanceof PySyntaxError) raiseSyntaxError(interp, e, filename, mode === 'eval' && e.text === null ? source.split('\n')[e.lineno - 1] ?? null : e.text);
    if (e instanceof CompileLimitError) interp.raise(e.pyType, e.message || undefined);
    if (e instanceof RangeError) interp.raise('RecursionError', 'maximum recursion depth exceeded during compilation');
    throw e;
  }
}

/** Raises `SyntaxError(msg, (filename, lineno, offset, text, end_lineno, end_offset))`. */
export function raiseSyntaxError(interp: Interp, e: PySyntaxError, filename: string, line: string | null): never {
  const rt = interp.rt;
  const int = (n: number | undefined) => (n === undefined ? interp.none() : newInt(rt, n));
  const text = line === null ? interp.none() : newStr(rt, line.endsWith('\n') ? line : `${line}\n`);
  // No position (lineno 0): CPython raises SyntaxError(msg) alone, its lineno None.
  const details = e.lineno === 0 ? null : newTuple(rt, [newStr(rt, filename), int(e.lineno), int(e.offset), text, int(e.endLineno), int(e.endOffset)]);
  if (details === null) rt.heap.decref(text);
  const msg = newStr(rt, e.msg);
  try {
    const exc = callAny(interp, interp.excType(e.type), details === null ? [msg] : [msg, details]);
    throw new PyError(interp.toException(exc));
  } finally {
    rt.heap.decref(msg);
    if (details !== null) rt.heap.decref(details);
  }
}

/** A function frame's locals as a new dict (`PyFrame_GetLocals` / 3.13's snapshot). */
function localsSnapshot(interp: Interp, frame: Frame): PyDictObject {
  const rt = interp.rt;
  const d = newDict(rt);
  const code = frame.code.code;
  const all = [...code.varnames, ...code.cellvars.filter((c) => !code.varnames.includes(c)), ...code.freevars];
  for (const name of frameLocalNames(frame)) {
    let v = frame.localsplus[all.indexOf(name)] as PyObject;
    if (v instanceof PyCellObject && (code.cellvars.includes(name) || code.freevars.includes(name))) v = v.contents as PyObject;
    const k = internedKey(rt, name);
    rt.heap.incref(k.key);
    rt.heap.incref(v);
    dictSetItem(rt, d, k, v);
  }
  return d;
}

/** The caller's locals mapping (a new reference). */
function callerLocals(interp: Interp, caller: Frame): PyDictObject {
  if (caller.locals) {
    interp.rt.heap.incref(caller.locals.dict);
    return caller.locals.dict;
  }
  return localsSnapshot(interp, caller);
}

/** `locals()`. */
export const localsNative = frameNative((interp, args, kwnames, caller) => {
  if (kwnames && kwnames.length) return interp.typeError('locals() takes no keyword arguments');
  if (args.length) return interp.typeError(`locals() takes no arguments (${args.length} given)`);
  if (!caller) return newDict(interp.rt);
  return callerLocals(interp, caller);
});

/** The frame running eval/exec's code: globals and locals dicts borrowed, the frame owns them. */
function prepareRun(interp: Interp, fn: 'eval' | 'exec', args: PyObject[], kwnames: string[] | null, caller: Frame | null): Frame {
  const rt = interp.rt;
  const given = [...args];
  if (kwnames && kwnames.length) {
    // 3.11 and 3.12: eval takes no keywords, exec only its keyword-only closure; 3.13 adds
    // globals and locals by name to both.
    if (fn === 'eval' && rt.profile.versionInfo[1] < 13) interp.typeError('eval() takes no keyword arguments');
    const kw = args.slice(args.length - kwnames.length);
    given.length = args.length - kwnames.length;
    kwnames.forEach((name, i) => {
      if (fn === 'exec' && name === 'closure' && kw[i] === rt.None) return;
      const at = rt.profile.versionInfo[1] < 13 ? -1 : name === 'globals' ? 1 : name === 'locals' ? 2 : -1;
      if (at < 0 || given[at]) invalidKeyword(interp, fn, name);
      given[at] = kw[i];
    });
  }
  // exec parses with Argument Clinic (its keyword-only closure makes the count 'positional'), as
  // 3.13's eval does; 3.11 and 3.12's eval unpack a tuple.
  const clinic = fn === 'exec' || rt.profile.version === '3.13';
  if (given.length < 1) interp.typeError(clinic ? `${fn}() takes at least 1 positional argument (0 given)` : `${fn} expected at least 1 argument, got 0`);
  if (fn === 'exec' && args.length > 4) interp.typeError(`exec() takes at most 4 arguments (${args.length} given)`);
  if (given.length > 3) interp.typeError(clinic ? `${fn}() takes at most 3 ${fn === 'exec' ? 'positional ' : ''}arguments (${given.length} given)` : `${fn} expected at most 3 arguments, got ${given.length}`);
  const none = rt.None;
  let g = given[1] === undefined || given[1] === none ? null : given[1];
  let l = given[2] === undefined || given[2] === none ? null : given[2];
  const isMapping = (o: PyObject): boolean => {
    const f = o instanceof PyDictObject ? null : getAttrOrNull(interp, o.type, '__getitem__');
    if (f) rt.heap.decref(f);
    return o instanceof PyDictObject || f !== null;
  };
  if (g && !(g instanceof PyDictObject)) {
    if (fn === 'exec') interp.typeError(`exec() globals must be a dict, not ${g.type.name}`);
    interp.typeError(isMapping(g) ? 'globals must be a real dict; try eval(expr, {}, mapping)' : 'globals must be a dict');
  }
  if (l && !(l instanceof PyDictObject)) {
    if (!isMapping(l)) interp.typeError(fn === 'eval' ? 'locals must be a mapping' : `locals must be a mapping or None, not ${l.type.name}`);
    throw new UnsupportedError(`${fn}() with a locals mapping that is not a dict`, interp.line);
  }
  const src = given[0];
  let loaded: LoadedCode;
  if (src instanceof PyCodeObject) loaded = src.loaded;
  else {
    let text = sourceText(interp, fn, src, fn === 'eval' ? 'a string, bytes or code object' : 'a string, bytes or code object');
    if (fn === 'eval') text = text.replace(/^[ \t]+/, '');
    loaded = compileSource(interp, text, '<string>', fn);
  }
  if (loaded.code.freevars.length) interp.typeError(`code object passed to ${fn}() may not contain free variables`);
  // Both mappings are owned by the frame from here on (released when it finishes).
  if (g) rt.heap.incref(g);
  else if (caller) {
    g = caller.globals.dict;
    rt.heap.incref(g);
  } else g = newDict(rt);
  if (l) rt.heap.incref(l);
  else if (given[1] === undefined || given[1] === none) l = caller ? callerLocals(interp, caller) : (rt.heap.incref(g), g);
  else {
    l = g;
    rt.heap.incref(l);
  }
  const globals = new Namespace(rt, g as PyDictObject);
  if (!globals.has('__builtins__')) {
    const b = interp.modules.get('builtins');
    if (b) {
      rt.heap.incref(b);
      globals.setKey(nameKey(rt, '__builtins__'), b);
    }
  }
  const frame = new Frame(loaded, globals, new Namespace(rt, l as PyDictObject), null, caller);
  // Code compiled here dies with the call (its constants with it), as CPython's does.
  const compiled = !(src instanceof PyCodeObject);
  const release = (): void => {
    rt.heap.decref(g as PyObject);
    rt.heap.decref(l as PyObject);
    if (compiled) for (const c of loaded.consts.splice(0)) rt.heap.decref(c);
  };
  frame.completion = {
    onReturn: (value) => {
      release();
      if (fn === 'eval') return value;
      rt.heap.decref(value);
      return interp.none();
    },
    onError: release,
  };
  return frame;
}

function evalOrExec(fn: 'eval' | 'exec') {
  return framePushNative((interp, args, kwnames, caller): PreparedCall => ({ frame: prepareRun(interp, fn, args, kwnames, caller) }), (interp, frame) => runNested(interp, frame));
}

/** `eval(source, globals=None, locals=None)`. */
export const evalNative = evalOrExec('eval');

/** `exec(source, globals=None, locals=None)`. */
export const execNative = evalOrExec('exec');

/** `compile(source, filename, mode, flags=0, dont_inherit=False, optimize=-1)`. */
export function compileNative(interp: Interp, args: PyObject[], kwnames: string[] | null): PyObject {
  const names = ['source', 'filename', 'mode', 'flags', 'dont_inherit', 'optimize'];
  const given: (PyObject | undefined)[] = args.slice(0, args.length - (kwnames?.length ?? 0));
  kwnames?.forEach((name, i) => {
    const at = names.indexOf(name);
    if (at < 0) interp.typeError(`compile() got an unexpected keyword argument '${name}'`);
    given[at] = args[args.length - kwnames.length + i];
  });
  for (let i = 0; i < 3; i++) {
    if (!given[i]) interp.typeError(`compile() missing required argument '${names[i]}' (pos ${i + 1})`);
  }
  const [src, fileObj, modeObj] = given as PyObject[];
  if (!(modeObj instanceof PyUnicodeObject)) return interp.typeError(`compile() argument 'mode' must be str, not ${modeObj.type.name}`);
  const mode = modeObj.value;
  if (mode !== 'exec' && mode !== 'eval' && mode !== 'single') return interp.raise('ValueError', "compile() mode must be 'exec', 'eval' or 'single'");
  if (src instanceof PyCodeObject) {
    interp.rt.heap.incref(src);
    return src;
  }
  const filename = fileObj instanceof PyUnicodeObject ? fileObj.value : fileObj instanceof PyBytesObject ? latin1Text(fileObj.value) : interp.typeError(`compile() argument 'filename' must be str, bytes or os.PathLike, not ${fileObj.type.name}`);
  const text = sourceText(interp, 'compile', src, 'a string, bytes or AST object');
  const code = codeObjectOf(interp, compileSource(interp, text, filename, mode));
  interp.rt.heap.incref(code);
  return code;
}

/**
 * `__import__(name, globals=None, locals=None, fromlist=(), level=0)`: the module `import name`
 * binds, the top-level package for a dotted name unless `fromlist` names something.
 */
export function importNative(interp: Interp, args: PyObject[], kwnames: string[] | null): PyObject {
  const names = ['name', 'globals', 'locals', 'fromlist', 'level'];
  const given: (PyObject | undefined)[] = args.slice(0, args.length - (kwnames?.length ?? 0));
  kwnames?.forEach((name, i) => {
    const at = names.indexOf(name);
    if (at < 0) interp.typeError(`__import__() got an unexpected keyword argument '${name}'`);
    given[at] = args[args.length - kwnames.length + i];
  });
  const nameObj = given[0];
  if (!nameObj) return interp.typeError("__import__() missing required argument 'name' (pos 1)");
  if (!(nameObj instanceof PyUnicodeObject)) return interp.typeError(`__import__() argument 1 must be str, not ${nameObj.type.name}`);
  const level = given[4];
  if (level && level !== interp.rt.None && !(level instanceof PyLongObject && Number(level.value) === 0)) throw new UnsupportedError('a relative __import__', interp.line);
  const name = nameObj.value;
  if (name === '') interp.raise('ValueError', 'Empty module name');
  const module = interp.importModule(name);
  const fromlist = given[3];
  const wantsLeaf = fromlist !== undefined && fromlist !== interp.rt.None && isTrue(interp, fromlist);
  if (wantsLeaf || !name.includes('.')) return module;
  interp.rt.heap.decref(module);
  return interp.importModule(name.slice(0, name.indexOf('.')));
}
