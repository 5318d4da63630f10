/**
 * One interpreter: the engine's object space plus what the eval loop needs around it — the
 * builtins, the modules, the built-in types' methods, standard output and input, recursion depth,
 * and the helpers that raise Python exceptions from TypeScript (`PyErr_SetString` and friends).
 */
import { newException, PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import type { PyObject } from '../../engine/objects/object';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { newBoundCMethod } from '../../engine/objects/nativeObject';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { newStr } from '../../engine/objects/unicodeObject';
import type { Runtime } from '../../engine/runtime';
import type { NativeImpl } from '../vm/callables';
import type { GcRecord } from '../../protocol/report';
import { makeInterpTypes, MethodTables, type InterpTypes } from './interpTypes';
import { PyModuleObject } from './moduleObject';
import { simulatedModuleDunder } from './moduleDunders';
import { ModuleTable } from './moduleTable';
import { PyError, UnsupportedError } from './pyError';
import type { FindModuleSource } from './moduleSource';
import { getAttrUser } from '../objects/instanceAttrs';
import { hasFunctionModule, setFunctionModule } from '../objects/cfunctionAttrs';
import { PyCFunctionObject } from '../../engine/objects/nativeObject';
import { mroOf } from '../objects/typeLookup';
import { callGetattributeHook, userGetattribute } from '../objects/getattributeHook';
import { bindBuiltin, builtinClassAttr, builtinMroAttr } from '../objects/builtinSlots';
import { moduleDict } from '../builtins/moduleDict';
import { newBuiltinException } from '../objects/exceptionFields';
import { raiseAttributeError } from '../session/suggestions';
import { tpName } from '../objects/typeModules';


/** 3.12.1's `C_RECURSION_LIMIT` (Include/cpython/pystate.h): C recursion guards' own budget. */
const C_RECURSION_LIMIT_312 = 1500;

/** V8's longest string (`String::kMaxLength` on 64-bit): past it a JS string cannot be built. */
export const JS_MAX_STRING_LENGTH = 2 ** 29 - 24;
/** V8's longest typed array on 64-bit (`kMaxLength`, 2^32 since Node 20's V8). */
const JS_MAX_TYPED_ARRAY_LENGTH = 2 ** 32;

/** How a type is called (`tp_new` + `tp_init`), for the built-in types. */
export type TypeCall = (interp: Interp, type: PyTypeObject, args: PyObject[], kwnames: string[] | null) => PyObject;

/**
 * The deepest Python recursion the simulation runs. CPython 3.11+ runs Python-to-Python calls
 * without C stack, so `sys.setrecursionlimit(10**6)` lets a runaway recursion go a million frames
 * deep before RecursionError; each simulated frame costs the engine about 1.3 KB of its own heap,
 * so past this depth RecursionError comes early. The traceback prints the same (CPython shows the
 * last 1000 entries: "[Previous line repeated 997 more times]"); only a program counting its
 * depth sees the difference (KNOWN-DIFFERENCES.md).
 */
export const MAX_SIMULATED_DEPTH = 100_000;

/** An interpreter over one object space. */
export class Interp {
  /** `builtins.__dict__` (a plain map until dict objects back it). */
  readonly builtins = new Map<string, PyObject>();
  /** Modules by name: the `sys.modules` dict (moduleTable.ts). */
  readonly modules: ModuleTable;
  /** Modules created on their first import (`math`, `itertools`…), by name. */
  readonly moduleLoaders = new Map<string, (interp: Interp) => PyModuleObject>();
  /** The host's finder of the script's own modules (helper.py beside it); null: none (moduleSource.ts). */
  findModuleSource: FindModuleSource | null = null;
  /** The built-in types' methods. */
  readonly methods: MethodTables;
  /** Constructors of the built-in types. */
  readonly typeCalls = new Map<PyTypeObject, TypeCall>();
  /** The interpreter's static types. */
  readonly types: InterpTypes;
  /** What the script printed. */
  readonly stdout: string[] = [];
  /** What the interpreter wrote to stderr (unraisable exceptions, `sys._debugmallocstats()`). */
  readonly stderr: string[] = [];
  /** For each stderr chunk, how many stdout chunks were written before it (the terminal's interleaving). */
  readonly stderrMarks: number[] = [];
  /** What runs when the script ends, in order (atexit: `weakref.finalize`'s exit function). */
  readonly atExit: (() => void)[] = [];
  /** Standard input for `input()`, consumed from the front. */
  stdin = '';
  /** `sys.warnoptions`, the `-W` options (`['ignore']` for `python -W ignore`); the warnings module's first filters. */
  warnOptions: string[] = [];
  /**
   * The eval loops now running, innermost last (a native's nested call runs its own loop): the
   * innermost loop's frame is the Python frame a native's warning is attributed to
   * (modules/nativeWarn.ts), as PyErr_WarnEx reads the thread state's current frame.
   */
  readonly runningLoops: { frame: { previous: unknown } | null }[] = [];
  /**
   * The script's file name (`co_filename` of its frames) and source lines, for tracebacks
   * tracemalloc formats, and `sys.argv[0]` (the path as given on the command line).
   */
  script = { filename: '', lines: [] as string[], argv0: '' };
  /**
   * Python frames on the stack (for RecursionError), the module's frame included as CPython counts
   * it: with the default limit of 1000 a script's recursion stops at 999 nested calls.
   */
  depth = 1;
  /**
   * Obscurity: CPython 3.11's C-level recursion guards (`Py_EnterRecursiveCall`, e.g. in
   * `PyObject_RichCompare`) share the Python frames' counter, so a comparison in the deepest frame
   * raises "maximum recursion depth exceeded in comparison". The guards now entered; 3.12+ keeps
   * them apart (a C stack limit we do not model), so this stays 0 there.
   */
  cRecursion = 0;
  /** Whether C-level recursion guards count against `recursionLimit` (3.11). */
  readonly cGuardsShareLimit: boolean;
  /** Whether `Py_EnterRecursiveCall` guards count at all (3.11 and 3.12; 3.13 checks the C stack). */
  readonly cGuards: boolean;
  /**
   * 3.12's C recursion budget in use (`C_RECURSION_LIMIT - c_recursion_remaining`): each guard
   * entered counts 1 and each entry into the eval loop from C counts `PY_EVAL_C_STACK_UNITS` (2),
   * the module's included. Python-to-Python calls run inside one eval loop and count nothing here.
   */
  cUnits = 2;
  /**
   * The depth at which RecursionError is raised: `sys.getrecursionlimit()`, capped at
   * `MAX_SIMULATED_DEPTH` (see there).
   */
  recursionLimit: number;
  /** `sys.getrecursionlimit()`: what the script set, even above the simulated cap. */
  requestedRecursionLimit: number;
  /** Line the current source line is (for messages about unsupported constructs). */
  line = 0;
  /** Line steps so far (set by the session), for the GC history. */
  step = 0;
  /** `sys.get_int_max_str_digits()` (0: no limit). */
  intMaxStrDigits = 4300;
  /** Every collection the GC ran. */
  readonly gcHistory: GcRecord[] = [];
  /** Set by the session: checks the time budget and the cancel flag, throwing `RunStopped` to stop. */
  onPoll: (() => void) | null = null;
  private pollCount = 0;

  constructor(readonly rt: Runtime) {
    this.recursionLimit = rt.profile.recursionLimit;
    this.requestedRecursionLimit = rt.profile.recursionLimit;
    this.cGuardsShareLimit = rt.profile.version === '3.11';
    this.cGuards = rt.profile.version !== '3.13';
    rt.heap.memory.onOutOfMemory = () => this.noMemory();
    this.methods = new MethodTables(rt);
    this.types = makeInterpTypes(rt);
    this.modules = new ModuleTable(rt);
  }

  /** The type of code objects. */
  get codeType(): PyTypeObject {
    return this.types.code;
  }

  /** The built-in exception type named `name`. */
  excType(name: string): PyTypeObject {
    const t = this.rt.exceptions.get(name);
    if (!t) throw new Error(`no exception type ${name}`);
    return t;
  }

  /** A new exception instance `type(message)` (message str and args tuple allocated as CPython does). */
  newError(name: string, message?: string): PyBaseExceptionObject {
    const args = message === undefined ? [] : [newStr(this.rt, message)];
    return newException(this.rt, this.excType(name), newTuple(this.rt, args));
  }

  /** `PyErr_SetString`: throws `name(message)`. */
  raise(name: string, message?: string): never {
    throw new PyError(this.newError(name, message));
  }

  /**
   * `PyErr_NoMemory`: raises a bare `MemoryError`. CPython keeps MemoryError instances aside so
   * raising one never needs memory; here the limit is lifted for the instance's few blocks.
   */
  noMemory(): never {
    const space = this.rt.obmalloc?.space;
    const limit = space?.memoryLimit ?? 0;
    if (space) space.memoryLimit = Infinity;
    try {
      return this.raise('MemoryError');
    } finally {
      if (space) space.memoryLimit = limit;
    }
  }

  /**
   * Raises `MemoryError` now when `nbytes` could not be allocated, before any JS storage for them
   * is built: a request past the memory ceiling allocates nothing at all.
   */
  reserve(nbytes: number): void {
    this.rt.heap.memory.reserve(nbytes);
  }

  /** `reserve` for a new bytes-like buffer of `length` bytes, also refused past V8's longest typed array. */
  reserveBytes(length: number): void {
    this.reserve(length);
    if (length > JS_MAX_TYPED_ARRAY_LENGTH) this.noMemory();
  }

  /** `reserve` for a new str of `length` characters, also refused past V8's longest string. */
  reserveStr(length: number): void {
    this.reserve(length);
    if (length > JS_MAX_STRING_LENGTH) this.noMemory();
  }

  /**
   * Called once per item by long native loops (iteration, `list(range(n))`, `sum`, `str.join`…):
   * every 16,384 calls the session checks its time budget and cancel flag, so a run stuck in one
   * native call can still be stopped.
   */
  poll(): void {
    if ((++this.pollCount & 0x3fff) === 0) this.onPoll?.();
  }

  /** `sys.setrecursionlimit(n)`: the depth limit becomes `n`, at most `MAX_SIMULATED_DEPTH`. */
  setRecursionLimit(n: number): void {
    this.requestedRecursionLimit = n;
    this.recursionLimit = Math.min(n, MAX_SIMULATED_DEPTH);
  }

  /** `PyErr_Format(PyExc_TypeError, …)`. */
  typeError(message: string): never {
    return this.raise('TypeError', message);
  }

  /**
   * 3.11's `Py_EnterRecursiveCall(where)`: raises RecursionError once the frames and the guards
   * already entered reach the limit (3.12: once the C budget is spent); pair with
   * `leaveRecursiveCall`. Only call when `cGuards`.
   */
  enterRecursiveCall(where: string): void {
    if (!this.cGuardsShareLimit) {
      // 3.12: against the C budget alone.
      if (this.cUnits >= C_RECURSION_LIMIT_312) this.raise('RecursionError', `maximum recursion depth exceeded${where}`);
      this.cUnits++;
      return;
    }
    if (this.depth + this.cRecursion >= this.recursionLimit) this.raise('RecursionError', `maximum recursion depth exceeded${where}`);
    this.cRecursion++;
  }

  /** `Py_LeaveRecursiveCall`. */
  leaveRecursiveCall(): void {
    if (this.cGuardsShareLimit) this.cRecursion--;
    else this.cUnits--;
  }

  /**
   * 3.12's check on entering the eval loop from C (`_PyEval_EvalFrameDefault` takes
   * PY_EVAL_C_STACK_UNITS of the C budget, then enters a guard with no `where`). No-op on 3.11
   * and 3.13.
   */
  checkEvalFromC(): void {
    if (this.cGuards && !this.cGuardsShareLimit && this.cUnits + 1 >= C_RECURSION_LIMIT_312) this.raise('RecursionError', 'maximum recursion depth exceeded');
  }

  /** Counts an entry into the eval loop from C against 3.12's C budget; pair with `leaveEvalFromC`. */
  enterEvalFromC(): void {
    if (this.cGuards && !this.cGuardsShareLimit) this.cUnits += 2;
  }

  /** Undoes `enterEvalFromC`. */
  leaveEvalFromC(): void {
    if (this.cGuards && !this.cGuardsShareLimit) this.cUnits -= 2;
  }

  /** `Py_NewRef(None)`. */
  none(): PyObject {
    this.rt.heap.incref(this.rt.None);
    return this.rt.None;
  }

  /** `PyBool_FromLong`. */
  bool(v: boolean): PyObject {
    const b = v ? this.rt.True : this.rt.False;
    this.rt.heap.incref(b);
    return b;
  }

  /** Appends to standard output. */
  write(text: string): void {
    this.stdout.push(text);
  }

  /** Appends to standard error, remembering where it falls among the stdout writes. */
  writeStderr(text: string): void {
    this.stderrMarks.push(this.stdout.length);
    this.stderr.push(text);
  }

  /** A static module named `name` with the given native functions and values (owned). */
  defineModule(name: string, functions: Record<string, NativeImpl>, values: Record<string, PyObject> = {}): PyModuleObject {
    const m = this.rt.staticObject(new PyModuleObject(this.types.module, this.rt.heap.staticAddress(72)));
    m.name = name;
    for (const [k, impl] of Object.entries(functions)) {
      const f = this.methods.staticFunction(k, impl);
      setFunctionModule(f, m);
      m.dict.set(k, f);
    }
    for (const [k, v] of Object.entries(values)) {
      // Functions made elsewhere (the builtins) belong to the first module that defines them.
      if (v instanceof PyCFunctionObject && !v.self && !hasFunctionModule(v)) setFunctionModule(v, m);
      m.dict.set(k, v);
    }
    this.modules.set(name, m);
    return m;
  }

  /** A static built-in function. */
  nativeFunction(name: string, impl: NativeImpl): PyObject {
    return this.methods.staticFunction(name, impl);
  }

  /** `import name`: a new reference to the module. */
  importModule(name: string): PyObject {
    let m = this.modules.lookup(name);
    const load = m ? undefined : this.moduleLoaders.get(name);
    if (load) m = load(this);
    if (!m) throw new UnsupportedError(`import ${name} (the module is not available in the simulation yet)`, this.line);
    this.rt.heap.incref(m);
    return m;
  }

  /**
   * `IMPORT_NAME` of a dotted name (`collections.abc`): every package on the way is imported; the
   * top package is the value of `import a.b` (`wantsTop`), the last module that of `from a.b import x`.
   */
  importDotted(name: string, wantsTop: boolean): PyObject {
    const dot = name.indexOf('.');
    if (dot < 0) return this.importModule(name);
    // The whole name first: a missing submodule is reported by its full name (`import xml.dom`).
    const last = this.importModule(name);
    const top = this.importModule(name.slice(0, dot));
    if (wantsTop) {
      this.rt.heap.decref(last);
      return top;
    }
    this.rt.heap.decref(top);
    return last;
  }

  /**
   * `PyObject_GetAttr`, or the method form of LOAD_ATTR when `forMethod`: a method of a built-in
   * type comes back as its static descriptor with `method: true` (the caller binds it or calls it
   * with the object first). The value is a new reference.
   */
  getAttr(owner: PyObject, name: string, forMethod: boolean): { value: PyObject; method: boolean } {
    const hook = userGetattribute(owner);
    if (hook) return { value: callGetattributeHook(this, hook, owner, name), method: false };
    return this.genericGetAttr(owner, name, forMethod, true);
  }

  /**
   * `PyObject_GenericGetAttr` (what `object.__getattribute__` does): getAttr without a class's own
   * `__getattribute__`; `getattrFallback` false leaves out `__getattr__` as the generic lookup does.
   */
  genericGetAttr(owner: PyObject, name: string, _forMethod: boolean, getattrFallback: boolean): { value: PyObject; method: boolean } {
    const heap = this.rt.heap;
    const user = getAttrUser(this, owner, name, _forMethod, getattrFallback);
    if (user) return user;
    if (owner instanceof PyModuleObject) {
      if (name === '__dict__') return { value: moduleDict(this, owner), method: false };
      const v = owner.dict.get(name) ?? (owner.fillLazy?.(name) ? owner.dict.get(name) : undefined);
      // module_init_dict: every module has `__name__`, the simulated ones too.
      if (!v && name === '__name__') return { value: newStr(this.rt, owner.name), method: false };
      const dunder = v ? undefined : simulatedModuleDunder(this, owner, name);
      if (dunder) return { value: dunder, method: false };
      if (!v) raiseAttributeError(this, owner, name, `module '${owner.name}' has no attribute '${name}'`);
      heap.incref(v);
      return { value: v, method: false };
    }
    // A class method (`dict.fromkeys`) is bound to the class on every lookup (`classmethod_get`).
    const cls = owner instanceof PyTypeObject ? owner : owner.type;
    const classMethod = this.methods.lookupClassMethod(cls, name);
    if (classMethod) return { value: newBoundCMethod(this.rt, name, classMethod, cls), method: false };
    // `object.__setattr__`, `str.upper`: a built-in type's method descriptor, unbound.
    if (owner instanceof PyTypeObject && name === '__class__') {
      heap.incref(owner.type);
      return { value: owner.type, method: false };
    }
    const unbound = owner instanceof PyTypeObject ? this.methods.lookup(owner, name) ?? builtinMroAttr(this, mroOf(owner), name) : undefined;
    if (unbound) return { value: builtinClassAttr(this, unbound, owner as PyTypeObject), method: false };
    const m = this.methods.lookup(owner.type, name) ?? builtinMroAttr(this, mroOf(owner.type), name);
    if (m) return bindBuiltin(this, m, owner, _forMethod);
    if (owner instanceof PyBaseExceptionObject && name === 'args' && owner.args) {
      heap.incref(owner.args);
      return { value: owner.args, method: false };
    }
    if (owner instanceof PyTypeObject && name === '__name__') return { value: newStr(this.rt, owner.name), method: false };
    return raiseAttributeError(this, owner, name, owner instanceof PyTypeObject
      ? `type object '${owner.name}' has no attribute '${name}'`
      : `'${tpName(owner.type)}' object has no attribute '${name}'`);
  }

  /** Calls a type: its constructor, or an exception type's `BaseException_new`. */
  callType(type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyObject {
    const call = this.typeCalls.get(type);
    if (call) return call(this, type, args, kwnames);
    if (type.isSubtypeOf(this.excType('BaseException'))) {
      return newBuiltinException(this, type, args, kwnames);
    }
    return this.typeError(`cannot create '${type.name}' instances`);
  }

  /** What `raise v` raises: an exception instance (new reference), instantiating a class. */
  toException(v: PyObject): PyBaseExceptionObject {
    if (v instanceof PyBaseExceptionObject) return v;
    if (v instanceof PyTypeObject && v.isSubtypeOf(this.excType('BaseException'))) {
      const e = this.callType(v, [], null) as PyBaseExceptionObject;
      this.rt.heap.decref(v);
      return e;
    }
    this.rt.heap.decref(v);
    return this.typeError('exceptions must derive from BaseException');
  }

  /** Whether `o` is a tuple (for isinstance's class-or-tuple argument). */
  isTuple(o: PyObject): o is PyTupleObject {
    return o instanceof PyTupleObject;
  }
}
