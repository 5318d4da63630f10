// One code object under construction (CPython's `struct compiler_unit`): the instruction
// stream with labels, the tables (consts, names, varnames, cells), the exception-handler
// nesting and the frame blocks used to unwind on break/continue/return.
import type { Located } from '../parser/astExpr';
import type { PyConstant } from '../parser/pyConstant';
import { constantKey } from './constantKey';
import type { Opcode } from './opcodes';
import { JUMP_OPCODES, OPCODES } from './opcodes';
import type { SymbolTableEntry } from './symtable';

/** An exception handler region opened by a SETUP_* pseudo-instruction. */
export interface Handler {
  /** Label of the handler code. */
  label: number;
  /** Index of the SETUP_* instruction (its stack depth becomes the handler's depth). */
  setupIndex: number;
  /** Push lasti before the exception. */
  lasti: boolean;
  /** The unwinding depth is one less than at the SETUP (SETUP_WITH drops the __enter__ result). */
  dropOne: boolean;
}

/** Immutable stack of active handlers (cheap to snapshot at jumps). */
export type HandlerStack = { readonly top: Handler; readonly rest: HandlerStack } | null;

/** An instruction being built: jumps hold label numbers until assembly. */
export interface RawInstruction {
  op: Opcode;
  arg: number;
  loc: Located;
  handler: Handler | null;
  /** For deref-family ops: the name, resolved to a localsplus index at assembly. */
  derefName?: string;
  /** For SETUP_* pseudo-instructions: the region they open. */
  setup?: Handler;
}

/** A frame block (compile.c fblockinfo): what to undo when jumping out of it. */
export interface FrameBlock {
  kind: 'WHILE_LOOP' | 'FOR_LOOP' | 'TRY_EXCEPT' | 'FINALLY_TRY' | 'FINALLY_END' | 'WITH' | 'ASYNC_WITH'
    | 'HANDLER_CLEANUP' | 'POP_VALUE' | 'EXCEPTION_HANDLER' | 'EXCEPTION_GROUP_HANDLER' | 'ASYNC_COMPREHENSION_GENERATOR';
  /** Loop start (continue target) or block start. */
  block: number;
  /** Loop exit (break target). */
  exit: number;
  /** FINALLY_TRY: the finally body to inline; HANDLER_CLEANUP: the bound name or null. */
  datum?: unknown;
}

/** A code unit under construction. */
export class CodeUnit {
  readonly instrs: RawInstruction[] = [];
  readonly labels: number[] = [];
  readonly consts: PyConstant[] = [];
  private readonly constIndex = new Map<string, number>();
  readonly names: string[] = [];
  private readonly nameIndex = new Map<string, number>();
  readonly varnames: string[] = [];
  private readonly varIndex = new Map<string, number>();
  readonly fblocks: FrameBlock[] = [];
  /** Inlined comprehensions being compiled inside this unit, innermost last. */
  readonly inlined: SymbolTableEntry[] = [];
  handlers: HandlerStack = null;
  private readonly labelHandlers = new Map<number, HandlerStack>();
  loc: Located;
  argcount = 0;
  posonlyargcount = 0;
  kwonlyargcount = 0;
  /** Private name for mangling (the enclosing class name). */
  privateName: string | null = null;

  constructor(
    readonly ste: SymbolTableEntry,
    readonly name: string,
    readonly qualname: string,
    readonly firstlineno: number,
  ) {
    for (const p of ste.params) this.varnameIndex(p);
    this.loc = { lineno: firstlineno, col_offset: 0, end_lineno: firstlineno, end_col_offset: 0 };
  }

  /** Appends an instruction at the current location. */
  emit(op: Opcode, arg = 0): void {
    this.instrs.push({ op, arg, loc: this.loc, handler: this.handlers?.top ?? null });
    if (JUMP_OPCODES.has(op)) this.noteJump(arg);
  }

  /** Appends a deref-family instruction naming a cell or free variable. */
  emitDeref(op: Opcode, name: string): void {
    this.instrs.push({ op, arg: 0, loc: this.loc, handler: this.handlers?.top ?? null, derefName: name });
  }

  /** A new unbound label. */
  newLabel(): number {
    this.labels.push(-1);
    return this.labels.length - 1;
  }

  /** Binds `label` to the next instruction, taking the handler nesting recorded by jumps to it. */
  bind(label: number): void {
    this.labels[label] = this.instrs.length;
    if (this.labelHandlers.has(label)) this.handlers = this.labelHandlers.get(label)!;
  }

  private noteJump(label: number): void {
    if (!this.labelHandlers.has(label)) this.labelHandlers.set(label, this.handlers);
  }

  /** Opens a handler region: SETUP_FINALLY / SETUP_CLEANUP / SETUP_WITH to `label`. */
  setup(op: 'SETUP_FINALLY' | 'SETUP_CLEANUP' | 'SETUP_WITH', label: number): void {
    this.emit(op, label);
    const h: Handler = { label, setupIndex: this.instrs.length - 1, lasti: op !== 'SETUP_FINALLY', dropOne: op === 'SETUP_WITH' };
    this.instrs[this.instrs.length - 1].setup = h;
    this.handlers = { top: h, rest: this.handlers };
  }

  /** Closes the innermost handler region (POP_BLOCK). */
  popBlock(): void {
    this.emit('POP_BLOCK');
    this.handlers = this.handlers?.rest ?? null;
  }

  /**
   * For code CPython emits with NO_LOCATION (the implicit `return None`): the location of the
   * instruction before it, so no spurious line event fires.
   */
  inheritLocation(): void {
    const last = this.instrs[this.instrs.length - 1];
    if (last) this.loc = last.loc;
  }

  /** Can control reach the end of what was emitted so far (by falling off or by a jump)? */
  endReachable(): boolean {
    const n = this.instrs.length;
    const seen = new Uint8Array(n + 1);
    const work = [0];
    while (work.length) {
      let i = work.pop()!;
      while (i <= n && !seen[i]) {
        seen[i] = 1;
        if (i === n) break;
        const ins = this.instrs[i];
        if (JUMP_OPCODES.has(ins.op)) work.push(this.labels[ins.arg]);
        if ((OPCODES[ins.op] as { terminates?: boolean }).terminates) break;
        i++;
      }
    }
    return seen[n] === 1;
  }

  /** The co_consts index of `c`, adding it if new (compiler_add_const). */
  addConst(c: PyConstant): number {
    const key = constantKey(c);
    let i = this.constIndex.get(key);
    if (i === undefined) {
      i = this.consts.length;
      this.consts.push(c);
      this.constIndex.set(key, i);
    }
    return i;
  }

  /** The co_names index of `name`, adding it if new. */
  nameIdx(name: string): number {
    let i = this.nameIndex.get(name);
    if (i === undefined) {
      i = this.names.length;
      this.names.push(name);
      this.nameIndex.set(name, i);
    }
    return i;
  }

  /** The co_varnames index of `name`, adding it if new. */
  varnameIndex(name: string): number {
    let i = this.varIndex.get(name);
    if (i === undefined) {
      i = this.varnames.length;
      this.varnames.push(name);
      this.varIndex.set(name, i);
    }
    return i;
  }
}
