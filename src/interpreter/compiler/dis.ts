// A `dis`-like listing of code objects, for tests and debugging:
//
//     3      0 LOAD_CONST               1 (257)
//            1 STORE_NAME               0 (a)
//   >>       2 FOR_ITER                 7 (to 7)
//
// Lines: source line (1-based) when it changes; `>>` marks jump targets; the exception table
// follows each code object, nested code objects after their parent, as CPython's dis does.
import { constantRepr } from '../parser/pyRepr';
import { COMPARE_OPS, INTRINSIC_1_NAMES, NB_SYMBOLS } from './binaryOps';
import type { CodeObject, Instruction } from './codeObject';
import { JUMP_OPCODES } from './opcodes';

/** The disassembly of `code` and, recursively, the code objects in its constants. */
export function dis(code: CodeObject): string {
  const parts = [disassembleOne(code)];
  for (const c of code.consts) {
    if (c !== null && typeof c === 'object' && c.type === 'code') {
      const inner = c.code as CodeObject;
      parts.push(`Disassembly of <code object ${inner.name}, line ${inner.firstlineno}>:\n${dis(inner)}`);
    }
  }
  return parts.join('\n');
}

function disassembleOne(code: CodeObject): string {
  const targets = new Set<number>();
  for (const ins of code.instructions) if (JUMP_OPCODES.has(ins.op)) targets.add(ins.arg);
  for (const e of code.exceptionTable) targets.add(e.target);
  const localsplus = [...code.varnames, ...code.cellvars.filter((c) => !code.varnames.includes(c)), ...code.freevars];
  const lines: string[] = [];
  let lastLine = -1;
  code.instructions.forEach((ins, i) => {
    const line = ins.lineno !== lastLine ? String(ins.lineno).padStart(4) : '    ';
    lastLine = ins.lineno;
    const mark = targets.has(i) ? '>>' : '  ';
    const arg = hasArg(ins) ? String(ins.arg).padStart(4) : '    ';
    const note = argRepr(code, ins, localsplus);
    lines.push(`${line}  ${mark} ${String(i).padStart(4)} ${ins.op.padEnd(24)}${arg}${note ? ` (${note})` : ''}`.trimEnd());
  });
  if (code.exceptionTable.length) {
    lines.push('ExceptionTable:');
    for (const e of code.exceptionTable) {
      lines.push(`  ${e.start} to ${e.end - 1} -> ${e.target} [${e.depth}]${e.lasti ? ' lasti' : ''}`);
    }
  }
  return lines.join('\n') + '\n';
}

const NO_ARG = new Set(['NOP', 'POP_TOP', 'PUSH_NULL', 'RETURN_VALUE', 'GET_ITER', 'BINARY_SUBSCR', 'STORE_SUBSCR',
  'DELETE_SUBSCR', 'BINARY_SLICE', 'STORE_SLICE', 'UNARY_NEGATIVE', 'UNARY_NOT', 'UNARY_INVERT', 'LOAD_BUILD_CLASS',
  'LOAD_ASSERTION_ERROR', 'PUSH_EXC_INFO', 'POP_EXCEPT', 'CHECK_EXC_MATCH', 'CHECK_EG_MATCH', 'BEFORE_WITH',
  'BEFORE_ASYNC_WITH', 'WITH_EXCEPT_START', 'GET_LEN', 'MATCH_MAPPING', 'MATCH_SEQUENCE', 'MATCH_KEYS',
  'GET_YIELD_FROM_ITER', 'END_SEND', 'CLEANUP_THROW', 'GET_AITER', 'GET_ANEXT', 'END_ASYNC_FOR', 'SETUP_ANNOTATIONS',
  'LOAD_LOCALS', 'RETURN_GENERATOR']);

function hasArg(ins: Instruction): boolean {
  return !NO_ARG.has(ins.op);
}

function argRepr(code: CodeObject, ins: Instruction, localsplus: string[]): string {
  const a = ins.arg;
  switch (ins.op) {
    case 'LOAD_CONST': case 'RETURN_CONST': case 'KW_NAMES': return constantRepr(code.consts[a]);
    case 'LOAD_NAME': case 'STORE_NAME': case 'DELETE_NAME': case 'STORE_GLOBAL': case 'DELETE_GLOBAL':
    case 'STORE_ATTR': case 'DELETE_ATTR': case 'IMPORT_NAME': case 'IMPORT_FROM': case 'LOAD_FROM_DICT_OR_GLOBALS':
      return code.names[a];
    case 'LOAD_GLOBAL': return (a & 1 ? 'NULL + ' : '') + code.names[a >> 1];
    case 'LOAD_ATTR': return code.names[a >> 1] + (a & 1 ? ' + NULL|self' : '');
    case 'LOAD_SUPER_ATTR': return code.names[a >> 2] + (a & 1 ? ' + NULL|self' : '');
    case 'LOAD_FAST': case 'LOAD_FAST_CHECK': case 'LOAD_FAST_AND_CLEAR': case 'STORE_FAST': case 'DELETE_FAST':
      return code.varnames[a];
    case 'LOAD_DEREF': case 'STORE_DEREF': case 'DELETE_DEREF': case 'LOAD_CLOSURE': case 'MAKE_CELL':
    case 'LOAD_FROM_DICT_OR_DEREF':
      return localsplus[a];
    case 'BINARY_OP': return NB_SYMBOLS[a];
    case 'COMPARE_OP': return COMPARE_OPS[a];
    case 'CALL_INTRINSIC_1': return INTRINSIC_1_NAMES[a];
    case 'IS_OP': return a ? 'is not' : 'is';
    case 'CONTAINS_OP': return a ? 'not in' : 'in';
    default: return JUMP_OPCODES.has(ins.op) ? `to ${a}` : '';
  }
}
