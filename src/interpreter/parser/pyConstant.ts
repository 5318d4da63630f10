// The values a `Constant` node and a code object's `co_consts` can hold, as plain data.
//
// Python's `int` and `float` are both JavaScript numbers in py-ast; here they are told apart:
// an `int` is always a bigint (exact beyond 2^53), a `float` is always a JS number wrapped in a
// tagged record. `str` is a JS string (code points; lone surrogates survive as in CPython).
// `None`, `True`, `False` are null/true/false. Tuples, frozensets and code objects appear only in
// compiled constants (`co_consts`), never in the AST.

/** Python's `...`: one shared sentinel, compared by identity. */
export const ELLIPSIS: PyEllipsis = Object.freeze({ type: 'ellipsis' });

/** The `Ellipsis` singleton's tag. */
export interface PyEllipsis {
  readonly type: 'ellipsis';
}
/** An exact Python `int` (bool is not an int here: it is `true`/`false`). */
export interface PyInt {
  readonly type: 'int';
  readonly value: bigint;
}
/** A Python `float` (IEEE double, so `-0.0`, `inf` and `nan` are representable). */
export interface PyFloat {
  readonly type: 'float';
  readonly value: number;
}
/** A Python `complex` (the parser only makes pure-imaginary ones; folding can make others). */
export interface PyComplex {
  readonly type: 'complex';
  readonly real: number;
  readonly imag: number;
}
/** A Python `bytes` value: one number 0..255 per byte. */
export interface PyBytes {
  readonly type: 'bytes';
  readonly value: Uint8Array;
}
/** A tuple constant, made by the compiler's folding (`co_consts` only). */
export interface PyTupleConst {
  readonly type: 'tuple';
  readonly items: readonly PyConstant[];
}
/** A frozenset constant (`x in {1, 2}`, `{1, 2, 3}` → SET_UPDATE), `co_consts` only. */
export interface PyFrozensetConst {
  readonly type: 'frozenset';
  readonly items: readonly PyConstant[];
}
/** A nested code object as a constant (functions, classes, lambdas, comprehensions). */
export interface PyCodeConst<Code = unknown> {
  readonly type: 'code';
  readonly code: Code;
}

/** What an AST `Constant` node can hold. */
export type AstConstantValue =
  | null
  | boolean
  | string
  | PyInt
  | PyFloat
  | PyComplex
  | PyBytes
  | PyEllipsis;

/** What a code object's `co_consts` can hold. */
export type PyConstant = AstConstantValue | PyTupleConst | PyFrozensetConst | PyCodeConst;

/** A Python int constant. */
export function pyInt(value: bigint | number): PyInt {
  return { type: 'int', value: typeof value === 'bigint' ? value : BigInt(value) };
}

/** A Python float constant. */
export function pyFloat(value: number): PyFloat {
  return { type: 'float', value };
}

/** A Python bytes constant from Latin-1 code units (each char code 0..255 is one byte). */
export function pyBytesFromLatin1(text: string): PyBytes {
  const out = new Uint8Array(text.length);
  for (let i = 0; i < text.length; i++) out[i] = text.charCodeAt(i) & 0xff;
  return { type: 'bytes', value: out };
}

/** CPython's `type(x).__name__` for a constant. */
export function constantTypeName(c: PyConstant): string {
  if (c === null) return 'NoneType';
  if (typeof c === 'boolean') return 'bool';
  if (typeof c === 'string') return 'str';
  return c.type === 'ellipsis' ? 'ellipsis' : c.type;
}
