// The compiler's public face: `compile(module, { version })` → CodeObject, plus `dis` for
// listings. The instruction set is documented in opcodes.ts, the code object in codeObject.ts.
export { compile } from './compiler';
export { dis } from './dis';
export { OPCODES, JUMP_OPCODES } from './opcodes';
export type { Opcode, OpcodeInfo } from './opcodes';
export * from './codeObject';
export * from './binaryOps';
export { constantKey, isInternedStringConstant } from './constantKey';
export { verifyCode } from './verifyCode';
export { codeFacts } from './codeFacts';
export type { CodeFacts } from './codeFacts';
