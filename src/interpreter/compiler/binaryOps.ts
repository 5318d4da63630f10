// Operand tables shared by the compiler, the disassembler and the eval loop: BINARY_OP's NB_*
// numbers (Include/opcode.h, 3.12), COMPARE_OP's, and the CALL_INTRINSIC_* function numbers
// (Include/internal/pycore_intrinsics.h).
import type { CmpOpKind, OperatorKind } from '../parser/astExpr';

/** BINARY_OP operand for each operator: `a op b`; add INPLACE_OFFSET for `a op= b`. */
export const NB_OPS: Readonly<Record<OperatorKind, number>> = {
  Add: 0, BitAnd: 1, FloorDiv: 2, LShift: 3, MatMult: 4, Mult: 5, Mod: 6, BitOr: 7,
  Pow: 8, RShift: 9, Sub: 10, Div: 11, BitXor: 12,
};
/** NB_INPLACE_ADD - NB_ADD. */
export const INPLACE_OFFSET = 13;
/** The symbols of BINARY_OP's operands 0..25, for `dis`. */
export const NB_SYMBOLS = [
  '+', '&', '//', '<<', '@', '*', '%', '|', '**', '>>', '-', '/', '^',
  '+=', '&=', '//=', '<<=', '@=', '*=', '%=', '|=', '**=', '>>=', '-=', '/=', '^=',
];
/** COMPARE_OP's operands, index = arg. */
export const COMPARE_OPS = ['<', '<=', '==', '!=', '>', '>='] as const;
/** The COMPARE_OP arg of each rich comparison. */
export const COMPARE_ARG: Partial<Record<CmpOpKind, number>> = { Lt: 0, LtE: 1, Eq: 2, NotEq: 3, Gt: 4, GtE: 5 };

/** CALL_INTRINSIC_1 operands. */
export const INTRINSIC_1 = {
  PRINT: 1, IMPORT_STAR: 2, STOPITERATION_ERROR: 3, ASYNC_GEN_WRAP: 4, UNARY_POSITIVE: 5,
  LIST_TO_TUPLE: 6, TYPEVAR: 7, PARAMSPEC: 8, TYPEVARTUPLE: 9, SUBSCRIPT_GENERIC: 10, TYPEALIAS: 11,
} as const;
/** CALL_INTRINSIC_2 operands. */
export const INTRINSIC_2 = {
  PREP_RERAISE_STAR: 1, TYPEVAR_WITH_BOUND: 2, TYPEVAR_WITH_CONSTRAINTS: 3, SET_FUNCTION_TYPE_PARAMS: 4, SET_TYPEPARAM_DEFAULT: 5,
} as const;
/** Names for `dis`, index = operand. */
export const INTRINSIC_1_NAMES = ['INVALID', 'PRINT', 'IMPORT_STAR', 'STOPITERATION_ERROR', 'ASYNC_GEN_WRAP', 'UNARY_POSITIVE', 'LIST_TO_TUPLE', 'TYPEVAR', 'PARAMSPEC', 'TYPEVARTUPLE', 'SUBSCRIPT_GENERIC', 'TYPEALIAS'];
