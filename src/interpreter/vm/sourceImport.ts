/**
 * IMPORT_NAME (`import_name` in Python/ceval.c, then importlib's `_find_and_load`): finds each
 * package on a dotted name's way in `sys.modules`, else loads it. The order of the finders is
 * CPython's: built-in and frozen modules and those startup already imported cannot be shadowed;
 * then `sys.path[0]`, the script's folder (the host's `findModuleSource`), so a sibling
 * `random.py` wins over the standard library; then the simulated standard library.
 *
 * A sibling module runs as CPython runs it: its module object is in the interpreter's module table
 * (`sys.modules`, moduleTable.ts) before its body runs (a circular import sees the partial module), `__name__` is its name, and the body is a
 * frame of the same eval loop whose completion drops the body's value and makes the importing
 * IMPORT_NAME run again. Its code, compiled under its own path, reports line events in file-keyed
 * locations (loadedCode.ts maps its lines through LineFootprints.locate) so tracemalloc-style footprints go to its own lines. What CPython's
 * importlib allocates (the module object, its dict, the unmarshalled code) tracemalloc charges to
 * `<frozen importlib._bootstrap>`, and so does the simulation: the importing line only gets the name's store.
 */
import { newDict } from '../../engine/objects/dictObject';
import { newList } from '../../engine/objects/listObject';
import { PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import { intern, newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { compile } from '../compiler/compiler';
import { parse } from '../parser/pyAstAdapter';
import { PySyntaxError } from '../parser/syntaxError';
import { CompileLimitError } from '../parser/nestingLimits';
import type { Interp } from '../runtime/interp';
import { isPackageInit, type ModuleSource } from '../runtime/moduleSource';
import { PyModuleObject } from '../runtime/moduleObject';
import { PyError } from '../runtime/pyError';
import { STDLIB_MODULE_NAMES_312, STDLIB_ONLY_313 } from '../session/stdlibModuleNames';
import { registerScriptSource } from '../session/traceback';
import { callAny, runNested } from './callDispatch';
import { Frame } from './frame';
import { LoadedCode } from './loadedCode';
import { Namespace } from './namespace';
import { LiveModuleNamespace, registerSourceFile } from './sourceModules';
import { raiseSyntaxError } from '../builtins/evalBuiltins';

/**
 * Names a file beside the script cannot shadow: built-in modules, frozen ones and those
 * `python3 script.py`'s startup has imported, all in `sys.modules` or found before `sys.path`
 * (3.12.1 and 3.13.0; 3.11.7's list here is longer only because of its site-packages' .pth files).
 */
const UNSHADOWABLE: ReadonlySet<string> = new Set([
  'abc', 'atexit', 'builtins', 'codecs', 'encodings', 'errno', 'faulthandler', 'gc', 'genericpath', 'io',
  'itertools', 'marshal', 'ntpath', 'os', 'posix', 'posixpath', 'pwd', 'runpy', 'site', 'stat', 'sys', 'time',
  'zipimport', '_abc', '_codecs', '_collections_abc', '_frozen_importlib', '_frozen_importlib_external', '_imp',
  '_io', '_signal', '_sitebuiltins', '_stat', '_thread', '_warnings', '_weakref', '__main__',
]);

/**
 * The simulated modules that are packages in CPython (they have `__path__`, measured on 3.11.7,
 * 3.12.1, 3.13.0): a submodule of one the simulation lacks is "not available yet"; below any other
 * simulated module (`math`, `sys`) there is none, and CPython says "'math' is not a package".
 */
const SIMULATED_PACKAGES: ReadonlySet<string> = new Set(['collections', 'concurrent', 'concurrent.futures', 'importlib', 'json', 're', 'unittest']);

/**
 * The line of importlib's `_bootstrap` tracemalloc charges a source import's own objects to (the
 * module, its dict, the unmarshalled code: `_call_with_frames_removed`, measured with
 * `statistics('lineno')` on 3.11.7, 3.12.1, 3.13.0).
 */
const IMPORTLIB_LINE = { '3.11': 241, '3.12': 488, '3.13': 488 } as const;

/** What the session knows of a module it ran from a source file. */
interface SourceInfo {
  path: string;
  isPackage: boolean;
  /** Its body is still running (a circular import sees it partially initialized). */
  initializing: boolean;
}

const sourceInfos = new WeakMap<PyModuleObject, SourceInfo>();

/** The source file a module was run from, if it was (for ImportError's location). */
export function sourceInfoOf(m: PyObject): SourceInfo | undefined {
  return m instanceof PyModuleObject ? sourceInfos.get(m) : undefined;
}

/**
 * IMPORT_NAME with `fromlist` and `level` (borrowed, still on the stack): the module to push (a
 * new reference), or the frame of a module body that must run first.
 */
export function importName(interp: Interp, frame: Frame, name: string, fromlist: PyObject, level: PyObject): PyObject | Frame {
  const levelValue = level instanceof PyLongObject ? Number(level.value) : 0;
  const absolute = levelValue > 0 ? resolveRelative(interp, frame, name, levelValue) : name;
  return importAbsolute(interp, frame, absolute, fromlist);
}

/**
 * `importlib.import_module(name)` from native code: `sys.modules[name]` (a new reference) once
 * every package on the way is imported, a sibling module's body run in a nested loop.
 */
export function importModuleNow(interp: Interp, absolute: string): PyObject {
  for (;;) {
    const r = importAbsolute(interp, null, absolute, interp.rt.emptyTuple);
    if (!(r instanceof Frame)) return r;
    interp.rt.heap.decref(runNested(interp, r));
  }
}

/** IMPORT_NAME of an absolute name; `previous` is the importing frame (null: native code). */
function importAbsolute(interp: Interp, previous: Frame | null, absolute: string, fromlist: PyObject): PyObject | Frame {
  const frame = previous;
  const parts = absolute.split('.');
  for (let i = 1; i <= parts.length; i++) {
    const prefix = parts.slice(0, i).join('.');
    const found = interp.modules.lookup(prefix);
    if (found === interp.rt.None) raiseNotFound(interp, `import of ${prefix} halted; None in sys.modules`, prefix);
    if (found) continue;
    const body = startImport(interp, prefix, absolute, frame);
    if (body) return body;
  }
  const target = interp.modules.lookup(absolute) as PyObject;
  const wantsTop = fromlist === interp.rt.None;
  // `_handle_fromlist`: `from pkg import mod` imports the submodule a package does not define.
  if (!wantsTop && target instanceof PyModuleObject && sourceInfos.get(target)?.isPackage && fromlist instanceof PyTupleObject) {
    for (const item of fromlist.items) {
      const sub = item instanceof PyUnicodeObject ? item.value : '*';
      if (sub === '*' || target.dict.has(sub) || interp.modules.has(`${absolute}.${sub}`)) continue;
      const found = interp.findModuleSource?.(`${absolute}.${sub}`);
      if (found) return moduleFrame(interp, `${absolute}.${sub}`, found, frame);
    }
  }
  const result = wantsTop ? interp.modules.lookup(parts[0]) as PyObject : target;
  interp.rt.heap.incref(result);
  return result;
}

/** `resolve_name`: the absolute name of a relative import from the frame's package. */
function resolveRelative(interp: Interp, frame: Frame, name: string, level: number): string {
  const pkg = frame.globals.get('__package__');
  if (!(pkg instanceof PyUnicodeObject) || pkg.value === '') return interp.raise('ImportError', 'attempted relative import with no known parent package');
  const bits = pkg.value.split('.');
  if (level - 1 >= bits.length) return interp.raise('ImportError', 'attempted relative import beyond top-level package');
  const base = bits.slice(0, bits.length - (level - 1)).join('.');
  return name ? `${base}.${name}` : base;
}

/**
 * Loads `name` (not in `sys.modules`, its parent is) on the way to `full`: a body frame to run, or
 * null when a simulated module was created.
 */
function startImport(interp: Interp, name: string, full: string, frame: Frame | null): Frame | null {
  const dot = name.lastIndexOf('.');
  if (dot >= 0) {
    const parentName = name.slice(0, dot);
    const parent = interp.modules.get(parentName) as PyModuleObject;
    const info = sourceInfos.get(parent);
    if (!info && !SIMULATED_PACKAGES.has(parentName)) raiseNotFound(interp, `No module named '${name}'; '${parentName}' is not a package`, name);
    if (!info) return loadSimulated(interp, name);
    if (!info.isPackage) raiseNotFound(interp, `No module named '${name}'; '${parentName}' is not a package`, name);
    const found = interp.findModuleSource?.(name);
    if (!found) raiseNotFound(interp, `No module named '${name}'`, name);
    return moduleFrame(interp, name, found, frame);
  }
  const found = UNSHADOWABLE.has(name) ? undefined : interp.findModuleSource?.(name);
  if (found) return moduleFrame(interp, name, found, frame);
  if (interp.moduleLoaders.has(name) || STDLIB_MODULE_NAMES_312.has(name) || STDLIB_ONLY_313.has(name)) {
    // The whole name first: a missing submodule is reported by its full name (`import xml.dom`).
    if (full !== name && !interp.moduleLoaders.has(name)) loadSimulated(interp, full);
    return loadSimulated(interp, name);
  }
  return raiseNotFound(interp, `No module named '${name}'`, name);
}

/** A simulated standard-library module, or the simulation's "not available yet". */
function loadSimulated(interp: Interp, name: string): null {
  interp.rt.heap.decref(interp.importModule(name));
  return null;
}

/** `ModuleNotFoundError(msg, name=name)`. */
function raiseNotFound(interp: Interp, msg: string, name: string): never {
  return raiseImportError(interp, msg, name, 'ModuleNotFoundError');
}

/** `ImportError(msg, name=name)` (or the subclass named). */
export function raiseImportError(interp: Interp, msg: string, name: string, type = 'ImportError'): never {
  const rt = interp.rt;
  const args = [newStr(rt, msg), newStr(rt, name)];
  try {
    throw new PyError(interp.toException(callAny(interp, interp.excType(type), args, ['name'])));
  } finally {
    for (const a of args) rt.heap.decref(a);
  }
}

/**
 * Compiles a sibling module, creates its module object (in `sys.modules` from now on) and returns
 * the frame running its body, whose completion binds it in its parent package.
 */
function moduleFrame(interp: Interp, name: string, found: ModuleSource, previous: Frame | null): Frame {
  const rt = interp.rt;
  const heap = rt.heap;
  const saved = heap.line;
  heap.line = importlibLine(interp);
  let loaded: LoadedCode;
  let m: PyModuleObject;
  let ns: Namespace;
  const isPackage = isPackageInit(found.path);
  try {
    loaded = compileSource(interp, found);
    m = heap.gcNew((a) => new SourceModuleObject(interp.types.module, a), 16 + 56, 'module');
    m.name = name;
    const dict = newDict(rt);
    ns = new Namespace(rt, dict);
    const str = (s: string) => newStr(rt, s);
    const dot = name.lastIndexOf('.');
    ns.set('__name__', intern(rt, str(name)));
    ns.set('__doc__', interp.none());
    ns.set('__package__', str(isPackage ? name : dot < 0 ? '' : name.slice(0, dot)));
    ns.set('__loader__', interp.none());
    ns.set('__spec__', interp.none());
    if (isPackage) ns.set('__path__', newList(rt, [str(found.path.replace(/[\\/]__init__\.py$/, ''))]));
    ns.set('__file__', str(found.path));
    ns.set('__cached__', str(cachedPath(found.path, name, rt.profile.versionInfo[1])));
    const builtins = interp.modules.get('builtins');
    if (builtins) {
      heap.incref(builtins);
      ns.set('__builtins__', builtins);
    }
    m.dict.attach(rt, dict);
  } finally {
    heap.line = saved;
  }
  const info: SourceInfo = { path: found.path, isPackage, initializing: true };
  sourceInfos.set(m, info);
  interp.modules.set(name, m);
  const body = new Frame(loaded, ns, ns, null, previous);
  body.completion = {
    rerunsCaller: true,
    onReturn: (value) => {
      info.initializing = false;
      const dot = name.lastIndexOf('.');
      const parent = dot < 0 ? undefined : interp.modules.get(name.slice(0, dot));
      if (parent && interp.modules.get(name) === m) {
        heap.incref(m);
        const old = parent.dict.get(name.slice(dot + 1));
        parent.dict.set(name.slice(dot + 1), m);
        heap.xdecref(old);
      }
      return value;
    },
    onError: () => {
      // `_load_unlocked` removes a module whose body raised from sys.modules (the object stays
      // reachable from what its body created, so the simulation keeps it: module objects are not freed).
      info.initializing = false;
      if (interp.modules.get(name) === m) interp.modules.delete(name);
    },
  };
  return body;
}

/** The footprint location tracemalloc charges importlib's own allocations to. */
function importlibLine(interp: Interp): number {
  const version = `3.${interp.rt.profile.versionInfo[1]}` as '3.11' | '3.12' | '3.13';
  return interp.rt.heap.memory.footprints.locate('<frozen importlib._bootstrap>', IMPORTLIB_LINE[version]);
}

/** `get_code`: a sibling file compiled under its own path (its lines known to tracebacks). */
function compileSource(interp: Interp, found: ModuleSource): LoadedCode {
  const version = `3.${interp.rt.profile.versionInfo[1]}` as '3.11' | '3.12' | '3.13';
  const lines = found.source.split(/\r?\n/);
  registerScriptSource(interp, found.path, lines);
  registerSourceFile(interp, found.path);
  try {
    return new LoadedCode(interp, compile(parse(found.source, found.path, version), { version, filename: found.path }));
  } catch (e) {
    if (e instanceof PySyntaxError) raiseSyntaxError(interp, e, found.path, e.text ?? lines[e.lineno - 1] ?? null);
    if (e instanceof CompileLimitError) interp.raise(e.pyType, e.message || undefined);
    if (e instanceof RangeError) interp.raise('RecursionError', 'maximum recursion depth exceeded during compilation');
    throw e;
  }
}

/**
 * `importlib.reload(m)` of a module run from a source file: its file read and compiled again and
 * the body run in the same module object's dict (names it no longer defines stay). False for the
 * simulated built-in and standard-library modules, which `reload` gives back unchanged.
 */
export function reloadSourceModule(interp: Interp, m: PyModuleObject): boolean {
  const info = sourceInfos.get(m);
  const dict = m.dict.dict;
  if (!info || !dict) return false;
  const found = interp.findModuleSource?.(m.name);
  if (!found) return raiseNotFound(interp, `spec not found for the module '${m.name}'`, m.name);
  const heap = interp.rt.heap;
  const saved = heap.line;
  heap.line = importlibLine(interp);
  let loaded: LoadedCode;
  try {
    loaded = compileSource(interp, found);
  } finally {
    heap.line = saved;
  }
  const ns = new Namespace(interp.rt, dict);
  heap.decref(runNested(interp, new Frame(loaded, ns, ns, null, null)));
  return true;
}

/** `__cached__`: `importlib.util.cache_from_source`'s `__pycache__/NAME.cpython-3XY.pyc`. */
function cachedPath(path: string, name: string, minor: number): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  const dir = path.slice(0, cut + 1);
  const stem = isPackageInit(path) ? '__init__' : name.slice(name.lastIndexOf('.') + 1);
  return `${dir}__pycache__/${stem}.cpython-3${minor}.pyc`;
}

/** A module run from a source file: its attributes are read from its dict, which its code writes. */
class SourceModuleObject extends PyModuleObject {
  override readonly dict = new LiveModuleNamespace();
}
