// The compiler's output: CPython's code object (Include/cpython/code.h) as plain data.
//
// Locals layout ("localsplus", as in 3.11+): slots 0..varnames.length-1 are co_varnames
// (arguments first), then the cellvars that are not arguments, then the freevars. LOAD_FAST and
// friends index varnames; LOAD_DEREF/STORE_DEREF/LOAD_CLOSURE/MAKE_CELL index localsplus, so an
// argument that is also a cell keeps its argument slot (MAKE_CELL wraps it in place).
import type { Opcode } from './opcodes';
import type { ScopeShape } from '../../engine/startupCalibration';
import type { PyConstant } from '../parser/pyConstant';

/** Which CPython the compiler imitates (constants, scoping and a few instruction choices). */
export type PythonVersion = '3.11' | '3.12' | '3.13';

/** Options of `compile`. */
/** A SyntaxWarning the compiler emitted (`_PyErr_EmitSyntaxWarning`): its line and message. */
export interface CompileWarning {
  lineno: number;
  message: string;
}

export interface CompileOptions {
  /** The CPython whose compiler is mirrored. */
  version: PythonVersion;
  /** Where the compiler's SyntaxWarnings go (`"is" with a literal`), in the order CPython emits them. */
  warnings?: CompileWarning[];
  /** The file name stored in every code object (default `<string>`). */
  filename?: string;
  /** CPython's -O level: 1 drops asserts, 2 also docstrings (default 0). */
  optimize?: number;
  /**
   * compile()'s mode: 'exec' (default) a module; 'eval' a single expression statement whose
   * value is returned; 'single' the interactive form, where expression statements are printed
   * (CALL_INTRINSIC_1 PRINT).
   */
  mode?: 'exec' | 'eval' | 'single';
  /** Told the shape of the source's scopes (what CPython's compile of it builds and frees). */
  onScopes?: (shape: ScopeShape) => void;
}

/** One instruction with its source position (lines 1-based, columns 0-based UTF-8 bytes). */
export interface Instruction {
  /** The opcode (opcodes.ts documents each). */
  op: Opcode;
  /** The operand (0 when unused); for jumps, the target instruction index. */
  arg: number;
  /** The source line this instruction belongs to; a line event fires when it changes. */
  lineno: number;
  /** End line of the node that produced it. */
  endLineno: number;
  /** Start column, 0-based UTF-8 bytes. */
  colOffset: number;
  /** End column, 0-based UTF-8 bytes. */
  endColOffset: number;
}

/** One exception-table row: an exception raised at an index in [start, end) goes to target. */
export interface ExceptionTableEntry {
  /** First protected instruction index. */
  start: number;
  /** One past the last protected instruction index. */
  end: number;
  /** Handler instruction index. */
  target: number;
  /** Pop the value stack down to this depth before pushing (lasti) and the exception. */
  depth: number;
  /** Push the index of the raising instruction before the exception (for RERAISE 1). */
  lasti: boolean;
}

/** co_flags bits (Include/cpython/code.h). */
export const CO_FLAGS = {
  OPTIMIZED: 0x1, NEWLOCALS: 0x2, VARARGS: 0x4, VARKEYWORDS: 0x8, NESTED: 0x10,
  GENERATOR: 0x20, NOFREE: 0x40, COROUTINE: 0x80, ITERABLE_COROUTINE: 0x100, ASYNC_GENERATOR: 0x200,
} as const;

/** A compiled code object. */
export interface CodeObject {
  /** co_name. */
  name: string;
  /** co_qualname. */
  qualname: string;
  /** co_filename. */
  filename: string;
  /** co_firstlineno (1-based). */
  firstlineno: number;
  /** co_argcount: positional parameters including positional-only. */
  argcount: number;
  /** co_posonlyargcount. */
  posonlyargcount: number;
  /** co_kwonlyargcount. */
  kwonlyargcount: number;
  /** co_flags (CO_FLAGS). */
  flags: number;
  /** co_consts: deduplicated by type and value (constantKey), nested code objects included. */
  consts: PyConstant[];
  /** co_names: globals, attributes, imported names. */
  names: string[];
  /** co_varnames: arguments then other fast locals. */
  varnames: string[];
  /** co_cellvars: locals captured by inner scopes. */
  cellvars: string[];
  /** co_freevars: names captured from enclosing scopes. */
  freevars: string[];
  /** The instructions, pseudo-instructions removed. */
  instructions: Instruction[];
  /** co_exceptiontable, decoded. */
  exceptionTable: ExceptionTableEntry[];
  /** co_stacksize: the maximum value-stack depth. */
  stacksize: number;
}
