// A structural check of compiled code, for tests and for a debug switch in the eval loop:
// jump targets and table entries in range, every reachable instruction reached with one stack
// depth (CPython asserts the same in stackdepth()), never below zero, never above co_stacksize.
import type { CodeObject } from './codeObject';
import { JUMP_OPCODES, OPCODES } from './opcodes';
import type { OpcodeInfo } from './opcodes';

/** Problems found in `code` and its nested code objects (empty when well-formed). */
export function verifyCode(code: CodeObject): string[] {
  const problems: string[] = [];
  const where = (i: number): string => `${code.qualname}@${i} ${code.instructions[i]?.op ?? ''}`;
  const n = code.instructions.length;
  const depth = new Int32Array(n).fill(-1);
  const work: [number, number][] = [[0, 0]];
  const reach = (i: number, d: number, from: number): void => {
    if (i < 0 || i >= n) return void problems.push(`${where(from)}: target ${i} out of range`);
    if (d < 0) return void problems.push(`${where(from)}: stack underflow`);
    if (d > code.stacksize) problems.push(`${where(from)}: depth ${d} exceeds co_stacksize ${code.stacksize}`);
    if (depth[i] < 0) {
      depth[i] = d;
      work.push([i, d]);
    } else if (depth[i] !== d) problems.push(`${where(i)}: reached with depths ${depth[i]} and ${d}`);
  };
  depth[0] = 0;
  while (work.length && problems.length < 20) {
    const [i, d] = work.pop()!;
    const ins = code.instructions[i];
    const info = OPCODES[ins.op] as OpcodeInfo;
    if (JUMP_OPCODES.has(ins.op)) reach(ins.arg, d + (info.jumpEffect ?? info.effect)(ins.arg), i);
    for (const e of code.exceptionTable) {
      if (i >= e.start && i < e.end) reach(e.target, e.depth + (e.lasti ? 1 : 0) + 1, i);
    }
    if (!info.terminates && i + 1 < n) reach(i + 1, d + info.effect(ins.arg), i);
    else if (!info.terminates) problems.push(`${where(i)}: falls off the end`);
  }
  for (const e of code.exceptionTable) {
    if (e.start < 0 || e.end > n || e.start >= e.end || e.target >= n) problems.push(`${code.qualname}: bad exception entry ${JSON.stringify(e)}`);
  }
  for (const c of code.consts) {
    if (c !== null && typeof c === 'object' && c.type === 'code') problems.push(...verifyCode(c.code as CodeObject));
  }
  return problems;
}
