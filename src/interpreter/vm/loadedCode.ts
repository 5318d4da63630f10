/**
 * A code object made ready to run: its constants materialized as heap objects (as unmarshalling or
 * compiling does before the script's first line: they are allocated at line 0 and belong to the
 * code object), its instructions in typed arrays for a fast dispatch, and its nested code objects
 * loaded in turn.
 */
import { isSourceFile, locateLine } from './sourceModules';
import { newFloat } from '../../engine/objects/floatObject';
import { newComplex } from '../../engine/objects/complexObject';
import { newBytes } from '../../engine/objects/bytesObject';
import { newInt } from '../../engine/objects/longObject';
import { PyObject } from '../../engine/objects/object';
import { maybeUntrackTuple, newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { newSet, setAdd } from '../../engine/objects/setObject';
import { hashedKey } from '../objects/hashKey';
import type { HashedKey } from '../../engine/objects/dictKeys';
import { nameKey } from './namespace';
import { constantKey } from '../compiler/constantKey';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { intern, newStr, type PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { CO_FLAGS, type CodeObject, type ExceptionTableEntry } from '../compiler/codeObject';
import type { Opcode } from '../compiler/opcodes';
import { Op } from './opcodeNumbers';
import type { PyConstant } from '../parser/pyConstant';
import { UnsupportedError } from '../runtime/pyError';
import type { Interp } from '../runtime/interp';

/** Numeric opcodes by name (the `Op` enum: every opcode the compiler emits must have a number). */
export const OPCODE_NUMBERS: Readonly<Record<Opcode, number>> = Op;

/** A code object on the heap (`PyCodeObject`), wrapping the loaded code. */
export class PyCodeObject extends PyObject {
  constructor(type: PyTypeObject, address: number, readonly loaded: LoadedCode) {
    super(type, address);
  }
}

/** A code object ready for the eval loop. */
export class LoadedCode {
  /** The code object scripts see (a constant of the enclosing code, `f.__code__`, `frame.f_code`), made once. */
  codeObject: PyCodeObject | null = null;
  /** co_consts as objects (owned by the code object). */
  readonly consts: PyObject[];
  /** co_names. */
  readonly names: string[];
  /** co_names' lookup keys (their interned strs, owned by the code object): no allocation per lookup. */
  readonly nameKeys: HashedKey[];
  /** Opcode numbers, operands and lines, one entry per instruction. */
  readonly ops: Uint8Array;
  readonly args: Int32Array;
  readonly lines: Int32Array;
  /**
   * The lines tracebacks and `f_lineno` report. They are `lines` except for code compiled by
   * eval/exec/compile() from a string (`<string>`): its `lines` are all 0, so its instructions
   * raise no line events (no pause points in a file the editor does not show) and tracemalloc's
   * line stays the calling line of the script.
   */
  readonly sourceLines: Int32Array;
  /** co_nlocalsplus. */
  readonly nlocalsplus: number;
  /**
   * Code standing for a C function of CPython (warnings.warn): its frames add no traceback entry,
   * so an exception it raises shows at the caller's line, as from C.
   */
  hiddenInTraceback = false;
  /** Exception table rows. */
  readonly exceptionTable: ExceptionTableEntry[];
  /**
   * co_argcount when the parameters are only positional ones (no keyword-only parameters, no
   * `*args`, no `**kwargs`), so that a call passing positional arguments alone binds them and the
   * missing ones' defaults straight into the frame (callOp.ts); -1 otherwise.
   */
  readonly plainArgcount: number;
  /**
   * A new frame's localsplus, all unbound, copied per call: a packed array (a copy is cheaper
   * than `new Array(n).fill(null)`, which also leaves the array holey).
   */
  readonly unboundLocals: null[] = [];
  /**
   * KW_NAMES' keyword names by constant index, made on first use. Every call shares the array, so
   * it is frozen: a native mutating its `kwnames` would throw (the bundles are strict mode).
   */
  private readonly kwnamesByConst: string[][] = [];

  /** `cache`: the compilation's constants so far, shared with the nested code objects. */
  constructor(interp: Interp, readonly code: CodeObject, cache: ConstCache = new Map()) {
    const n = code.instructions.length;
    this.ops = new Uint8Array(n);
    this.args = new Int32Array(n);
    this.lines = new Int32Array(n);
    code.instructions.forEach((ins, i) => {
      this.ops[i] = OPCODE_NUMBERS[ins.op];
      this.args[i] = ins.arg;
      this.lines[i] = ins.lineno;
    });
    this.names = code.names;
    this.nlocalsplus = code.varnames.length + code.cellvars.filter((c) => !code.varnames.includes(c)).length + code.freevars.length;
    this.exceptionTable = code.exceptionTable;
    for (let i = 0; i < this.nlocalsplus; i++) this.unboundLocals.push(null);
    const simple = code.kwonlyargcount === 0 && (code.flags & (CO_FLAGS.VARARGS | CO_FLAGS.VARKEYWORDS)) === 0;
    this.plainArgcount = simple ? code.argcount : -1;
    this.consts = code.consts.map((c) => materialize(interp, c, code.firstlineno, cache));
    internCodeNames(interp, code);
    this.nameKeys = code.names.map((name) => nameKey(interp.rt, name));
    blankPrologueLines(this);
    this.sourceLines = this.lines;
    if (interp.script && !isSourceFile(interp, code.filename)) this.lines = new Int32Array(n);
    else if (code.filename !== interp.script.filename) this.lines = this.lines.map((l) => (l > 0 ? locateLine(interp, code.filename, l) : l));
  }

  /** The keyword names of KW_NAMES's constant `index` (a tuple of strs). */
  kwnames(index: number): string[] {
    let names = this.kwnamesByConst[index];
    if (names === undefined) {
      names = (this.consts[index] as PyTupleObject).items.map((s) => (s as PyUnicodeObject).value);
      Object.freeze(names);
      this.kwnamesByConst[index] = names;
    }
    return names;
  }

  /** The handler for an exception raised at instruction `pc`, if any (the innermost row). */
  handlerFor(pc: number): ExceptionTableEntry | null {
    let best: ExceptionTableEntry | null = null;
    for (const e of this.exceptionTable) {
      if (pc >= e.start && pc < e.end && (!best || e.end - e.start < best.end - best.start)) best = e;
    }
    return best;
  }
}

/**
 * What a gen-0 collection does to a freshly compiled code object's constants (3.12's startup runs
 * one right after compiling the script): each tuple whose items cannot be tracked is untracked,
 * inner tuples and nested code objects first, as they are older in the young generation.
 */
export function untrackConstantTuples(interp: Interp, loaded: LoadedCode): void {
  const visit = (o: PyObject): void => {
    if (o instanceof PyCodeObject) untrackConstantTuples(interp, o.loaded);
    else if (o instanceof PyTupleObject && o.type === interp.rt.types.tuple) {
      o.items.forEach(visit);
      if (o.tracked) maybeUntrackTuple(interp.rt, o);
    }
  };
  loaded.consts.forEach(visit);
}

/**
 * co_name, co_qualname, co_names and the local names are interned strings the code object owns,
 * made with it (before the script's first line), so using them later allocates nothing.
 */
function internCodeNames(interp: Interp, code: CodeObject): void {
  const rt = interp.rt;
  for (const name of [code.name, code.qualname, ...code.names, ...code.varnames, ...code.cellvars, ...code.freevars]) {
    if (!rt.interned.has(name)) intern(rt, newStr(rt, name));
  }
}

/**
 * The instructions before RESUME (MAKE_CELL, COPY_FREE_VARS) run in a frame CPython calls
 * incomplete (`_PyFrame_IsIncomplete`, before `_co_firsttraceable`): tracemalloc skips it, so what
 * they allocate (cells) is charged to the caller's line. Line 0 keeps the caller's line.
 */
function blankPrologueLines(loaded: LoadedCode): void {
  const resume = OPCODE_NUMBERS.RESUME;
  const first = loaded.ops.indexOf(resume);
  for (let i = 0; i < first; i++) loaded.lines[i] = 0;
}

/** Identifier-like strings are interned by the compiler (`intern_string_constants`). */
const identifierLike = /^[A-Za-z0-9_]*$/;

/**
 * One compilation's constants by key (constantKey): equal constants of all its code objects are
 * one object, the first one made, as CPython's compiler merges them across the code objects of a
 * compilation (merge_consts_recursive), tuples' and frozensets' items included: `x = 1000` at
 * module level and `return 1000` in a function load the same int.
 */
export type ConstCache = Map<string, PyObject>;

function materialize(interp: Interp, c: PyConstant, line: number, cache: ConstCache): PyObject {
  if (c === null || typeof c === 'boolean' || (typeof c === 'object' && (c.type === 'ellipsis' || c.type === 'code'))) return materializeNew(interp, c, line, cache);
  const key = constantKey(c);
  const known = cache.get(key);
  if (known) {
    interp.rt.heap.incref(known);
    return known;
  }
  const o = materializeNew(interp, c, line, cache);
  cache.set(key, o);
  return o;
}

function materializeNew(interp: Interp, c: PyConstant, line: number, cache: ConstCache): PyObject {
  const rt = interp.rt;
  if (c === null) return interp.none();
  if (c === true || c === false) return interp.bool(c);
  if (typeof c === 'string') {
    const s = newStr(rt, c);
    return identifierLike.test(c) ? intern(rt, s) : s;
  }
  switch (c.type) {
    case 'int': return newInt(rt, c.value);
    case 'float': return newFloat(rt, c.value);
    case 'complex': return newComplex(rt, c.real, c.imag);
    case 'bytes': return newBytes(rt, Uint8Array.from(c.value));
    case 'tuple': return newTuple(rt, c.items.map((x) => materialize(interp, x, line, cache)));
    case 'frozenset': {
      // PyFrozenSet_New over the items in constant order (what unmarshalling a code object rebuilds).
      const s = newSet(rt, rt.types.frozenset);
      for (const x of c.items) setAdd(rt, s, hashedKey(interp, materialize(interp, x, line, cache)));
      return s;
    }
    case 'ellipsis': {
      const e = interp.builtins.get('Ellipsis') as PyObject;
      rt.heap.incref(e);
      return e;
    }
    case 'code': {
      const loaded = new LoadedCode(interp, c.code as CodeObject, cache);
      return (loaded.codeObject = rt.staticObject(new PyCodeObject(interp.codeType, rt.heap.staticAddress(rt.profile.codeBasicSize), loaded)));
    }
    default:
      throw new UnsupportedError(`a ${(c as { type: string }).type} constant`, line);
  }
}
