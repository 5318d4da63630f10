// The assembler: turns a CodeUnit into a CodeObject. Mirrors the tail of CPython 3.12's
// pipeline (Python/flowgraph.c, Python/assemble.c):
//   1. the prologue: MAKE_CELL per cell, COPY_FREE_VARS, RETURN_GENERATOR + POP_TOP, RESUME
//      (insert_prefix_instructions);
//   2. peepholes that change allocations: LOAD_CONST×n + BUILD_TUPLE n → one tuple constant
//      (fold_tuple_on_constants), PUSH_NULL + LOAD_GLOBAL → LOAD_GLOBAL with the NULL bit;
//   3. stack depth and reachability in one worklist pass (stackdepth); unreachable code goes;
//   4. pseudo-instructions go, jumps become absolute indices, the exception table is built from
//      each instruction's handler (label_exception_targets);
//   5. unused constants go, except index 0, which may be the docstring (remove_unused_consts).
import type { PyConstant } from '../parser/pyConstant';
import type { CodeObject, ExceptionTableEntry, Instruction, PythonVersion } from './codeObject';
import type { CodeUnit, RawInstruction } from './codeUnit';
import { JUMP_OPCODES, OPCODES, PSEUDO_OPCODES } from './opcodes';

/** What the compiler knows about a unit beyond its instructions. */
export interface AssembleInput {
  unit: CodeUnit;
  cellvars: string[];
  freevars: string[];
  flags: number;
  generatorLike: boolean;
  filename: string;
  version: PythonVersion;
}

/** Builds the final code object of a unit. */
export function assemble(inp: AssembleInput): CodeObject {
  const { unit, freevars } = inp;
  // co_cellvars follows localsplus order: cells that are also in co_varnames (arguments,
  // inlined comprehension variables) first, in varnames order, then the others sorted.
  const cellvars = [
    ...unit.varnames.filter((v) => inp.cellvars.includes(v)),
    ...inp.cellvars.filter((v) => !unit.varnames.includes(v)),
  ];
  const localsplus = [...unit.varnames];
  for (const c of cellvars) if (!unit.varnames.includes(c)) localsplus.push(c);
  localsplus.push(...freevars);
  const slot = (name: string): number => {
    const cell = cellvars.includes(name);
    const i = cell ? localsplus.indexOf(name) : localsplus.lastIndexOf(name);
    if (i < 0) throw new Error(`internal: no cell or free variable '${name}' in ${unit.qualname}`);
    return i;
  };

  const instrs = withPrologue(inp, cellvars, slot);
  const labels = unit.labels.map((l) => l + (instrs.length - unit.instrs.length));
  peephole(instrs, labels, unit);
  const { depths, maxDepth, handlerDepth } = stackDepth(instrs, labels, inp.version === '3.13' ? 1 : 0);

  // Keep reachable, real instructions; map every old index to the next kept one.
  const newIndex = new Int32Array(instrs.length + 1);
  const kept: RawInstruction[] = [];
  for (let i = 0; i < instrs.length; i++) {
    newIndex[i] = kept.length;
    const ins = instrs[i];
    if (depths[i] >= 0 && !PSEUDO_OPCODES.has(ins.op) && ins.op !== 'NOP') kept.push(ins);
  }
  newIndex[instrs.length] = kept.length;

  const out: Instruction[] = kept.map((ins) => {
    let arg = ins.arg;
    if (JUMP_OPCODES.has(ins.op)) arg = newIndex[labels[arg]];
    else if (ins.derefName !== undefined) arg = slot(ins.derefName);
    const l = ins.loc;
    return { op: ins.op, arg, lineno: l.lineno, endLineno: l.end_lineno, colOffset: l.col_offset, endColOffset: l.end_col_offset };
  });

  const table: ExceptionTableEntry[] = [];
  kept.forEach((ins, i) => {
    const h = ins.handler;
    if (!h) return;
    const target = newIndex[labels[h.label]];
    const depth = handlerDepth.get(h) ?? 0;
    const last = table[table.length - 1];
    if (last && last.end === i && last.target === target && last.depth === depth && last.lasti === h.lasti) last.end = i + 1;
    else table.push({ start: i, end: i + 1, target, depth, lasti: h.lasti });
  });

  // remove_unused_consts arrived in 3.12; 3.11 keeps every constant it added.
  const consts = inp.version === '3.11' ? unit.consts : removeUnusedConsts(unit.consts, out);
  return {
    name: unit.name, qualname: unit.qualname, filename: inp.filename, firstlineno: unit.firstlineno,
    argcount: unit.argcount, posonlyargcount: unit.posonlyargcount, kwonlyargcount: unit.kwonlyargcount,
    flags: inp.flags, consts, names: unit.names, varnames: unit.varnames, cellvars, freevars,
    instructions: out, exceptionTable: table, stacksize: generatorStackSize(inp, maxDepth),
  };
}

/**
 * Obscurity: 3.12+ wraps a generator's or coroutine's body in a handler (`CALL_INTRINSIC_1
 * INTRINSIC_STOPITERATION_ERROR; RERAISE`, entered at depth 0 with lasti and the exception pushed),
 * so co_stacksize is at least 2 (`def g(): yield 1` has 1 on 3.11.7, 2 on 3.12.1 and 3.13.0). Our
 * compiler does not emit the wrapper (the VM turns StopIteration into RuntimeError itself), so its
 * two slots are counted here.
 */
function generatorStackSize(inp: AssembleInput, maxDepth: number): number {
  // compiler_lambda does not wrap: `lambda: (yield)` keeps co_stacksize 1 on 3.12.1 and 3.13.0.
  const wrapped = inp.generatorLike && inp.version !== '3.11' && inp.unit.ste.name !== '<lambda>';
  return wrapped ? Math.max(maxDepth, 2) : maxDepth;
}

function withPrologue(inp: AssembleInput, cellvars: string[], slot: (name: string) => number): RawInstruction[] {
  const { unit } = inp;
  const loc = { lineno: unit.firstlineno, col_offset: 0, end_lineno: unit.firstlineno, end_col_offset: 0 };
  const pre: RawInstruction[] = [];
  for (const c of cellvars) pre.push({ op: 'MAKE_CELL', arg: slot(c), loc, handler: null });
  if (inp.freevars.length) pre.push({ op: 'COPY_FREE_VARS', arg: inp.freevars.length, loc, handler: null });
  if (inp.generatorLike) {
    pre.push({ op: 'RETURN_GENERATOR', arg: 0, loc, handler: null }, { op: 'POP_TOP', arg: 0, loc, handler: null });
  }
  pre.push({ op: 'RESUME', arg: 0, loc, handler: null });
  return [...pre, ...unit.instrs];
}

const LOAD_CONSTANT_OPS = new Set(['LOAD_CONST', 'RETURN_CONST', 'KW_NAMES']);

/** fold_tuple_on_constants and the LOAD_GLOBAL NULL bit, in place (replaced instructions become NOPs). */
function peephole(instrs: RawInstruction[], labels: number[], unit: CodeUnit): void {
  const targets = new Set(labels);
  for (let i = 0; i < instrs.length; i++) {
    const ins = instrs[i];
    if (ins.op === 'BUILD_TUPLE' && instrs[i + 1]?.op === 'UNPACK_SEQUENCE' && instrs[i + 1].arg === ins.arg && ins.arg <= 3 && !targets.has(i + 1)) {
      packUnpack(instrs, i, targets);
    } else if (ins.op === 'BUILD_TUPLE' && i >= ins.arg) {
      const n = ins.arg;
      let ok = true;
      for (let j = i - n; j < i; j++) {
        if (instrs[j].op !== 'LOAD_CONST' || (j > i - n && targets.has(j))) ok = false;
      }
      if (!ok || targets.has(i)) continue;
      const items = instrs.slice(i - n, i).map((x) => unit.consts[x.arg]);
      for (let j = i - n; j < i; j++) instrs[j] = { ...instrs[j], op: 'NOP', arg: 0 };
      instrs[i] = { ...ins, op: 'LOAD_CONST', arg: unit.addConst({ type: 'tuple', items }) };
    } else if (ins.op === 'PUSH_NULL' && instrs[i + 1]?.op === 'LOAD_GLOBAL' && !targets.has(i + 1)) {
      instrs[i] = { ...ins, op: 'NOP', arg: 0 };
      instrs[i + 1] = { ...instrs[i + 1], arg: instrs[i + 1].arg | 1 };
    }
  }
}

const SWAPPABLE = new Set(['STORE_FAST', 'POP_TOP']);

/**
 * `a, b = x, y`: BUILD_TUPLE n + UNPACK_SEQUENCE n builds no tuple (optimize_basic_block): for n = 1
 * both go, for 2 and 3 a SWAP n remains, which apply_static_swaps then removes by reversing the
 * stores that follow when they are n distinct STORE_FAST/POP_TOP on one line.
 */
function packUnpack(instrs: RawInstruction[], i: number, targets: Set<number>): void {
  const n = instrs[i].arg;
  instrs[i] = { ...instrs[i], op: 'NOP', arg: 0 };
  if (n === 1) {
    instrs[i + 1] = { ...instrs[i + 1], op: 'NOP', arg: 0 };
    return;
  }
  instrs[i + 1] = { ...instrs[i + 1], op: 'SWAP', arg: n };
  const stores = instrs.slice(i + 2, i + 2 + n);
  const fastNames = stores.filter((x) => x.op === 'STORE_FAST').map((x) => x.arg);
  const staticOk = stores.length === n && stores.every((x, k) => SWAPPABLE.has(x.op) && !targets.has(i + 2 + k) && x.loc.lineno === stores[0].loc.lineno)
    && new Set(fastNames).size === fastNames.length;
  if (!staticOk) return;
  instrs[i + 1] = { ...instrs[i + 1], op: 'NOP', arg: 0 };
  stores.reverse().forEach((x, k) => { instrs[i + 2 + k] = x; });
}

/**
 * Depth before each instruction (-1 = unreachable), the maximum, and each handler's depth.
 * Obscurity: 3.13 measures the depth while `return <const>` is still LOAD_CONST + RETURN_VALUE
 * (the fold into RETURN_CONST comes later), so there RETURN_CONST counts its constant's slot
 * (`def f(): return 1` has co_stacksize 0 on 3.12.1, 1 on 3.13.0): `returnConstPush` is that slot.
 */
function stackDepth(instrs: RawInstruction[], labels: number[], returnConstPush: number) {
  const depths = new Int32Array(instrs.length).fill(-1);
  const handlerDepth = new Map<object, number>();
  const work: number[] = [];
  let maxDepth = 0;
  const reach = (i: number, d: number): void => {
    if (i >= instrs.length) return;
    if (depths[i] < 0) {
      depths[i] = d;
      work.push(i);
    }
    if (d > maxDepth) maxDepth = d;
  };
  reach(0, 0);
  while (work.length) {
    let i = work.pop()!;
    for (;;) {
      const ins = instrs[i];
      const d = depths[i];
      const info = OPCODES[ins.op] as { effect: (a: number) => number; jumpEffect?: (a: number) => number; terminates?: boolean };
      if (JUMP_OPCODES.has(ins.op)) {
        const target = labels[ins.arg];
        if (ins.op.startsWith('SETUP_')) {
          const h = ins.setup;
          const hd = d - (ins.op === 'SETUP_WITH' ? 1 : 0);
          if (h) handlerDepth.set(h, hd);
          reach(target, hd + (ins.op === 'SETUP_FINALLY' ? 1 : 2));
        } else reach(target, d + info.jumpEffect!(ins.arg));
      }
      if (ins.op === 'RETURN_CONST' && d + returnConstPush > maxDepth) maxDepth = d + returnConstPush;
      if (info.terminates) break;
      const next = d + info.effect(ins.arg);
      if (next > maxDepth) maxDepth = next;
      if (i + 1 >= instrs.length || depths[i + 1] >= 0) break;
      depths[i + 1] = next;
      i++;
    }
  }
  return { depths, maxDepth, handlerDepth };
}

function removeUnusedConsts(consts: PyConstant[], instrs: Instruction[]): PyConstant[] {
  const used = new Uint8Array(consts.length);
  if (consts.length) used[0] = 1;
  for (const ins of instrs) if (LOAD_CONSTANT_OPS.has(ins.op)) used[ins.arg] = 1;
  const map = new Int32Array(consts.length);
  const out: PyConstant[] = [];
  consts.forEach((c, i) => {
    map[i] = out.length;
    if (used[i]) out.push(c);
  });
  for (const ins of instrs) if (LOAD_CONSTANT_OPS.has(ins.op)) ins.arg = map[ins.arg];
  return out;
}
