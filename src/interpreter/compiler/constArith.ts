// Python arithmetic on constants, for the constant folder (astOpt.ts): the subset of
// PyNumber_* / sequence operations ast_opt.c can fold, with its size guards (safe_multiply,
// safe_power, safe_lshift, safe_mod, Python/ast_opt.c 3.12). `undefined` means "do not fold"
// (the operation would raise, is unsupported here, or would make too big a constant).
import type { OperatorKind, UnaryOpKind } from '../parser/astExpr';
import type { PyConstant } from '../parser/pyConstant';
import { cPow, cQuot } from '../objects/complexMath';

/** ast_opt.c: largest int result, in bits. */
const MAX_INT_SIZE = 128;
/** ast_opt.c: largest tuple/frozenset result, in items. */
const MAX_COLLECTION_SIZE = 256;
/** ast_opt.c: largest str/bytes result, in characters/bytes. */
const MAX_STR_SIZE = 4096;
/** ast_opt.c: most items including nested collections. */
const MAX_TOTAL_ITEMS = 1024;

type Num = { kind: 'int'; v: bigint } | { kind: 'float'; v: number } | { kind: 'complex'; re: number; im: number };

function num(c: PyConstant): Num | undefined {
  if (typeof c === 'boolean') return { kind: 'int', v: c ? 1n : 0n };
  if (c === null || typeof c === 'string') return undefined;
  if (c.type === 'int') return { kind: 'int', v: c.value };
  if (c.type === 'float') return { kind: 'float', v: c.value };
  if (c.type === 'complex') return { kind: 'complex', re: c.real, im: c.imag };
  return undefined;
}

function out(n: Num): PyConstant {
  if (n.kind === 'int') return { type: 'int', value: n.v };
  if (n.kind === 'float') return { type: 'float', value: n.v };
  return { type: 'complex', real: n.re, imag: n.im };
}

function bits(v: bigint): number {
  return (v < 0n ? -v : v).toString(2).length - (v === 0n ? 1 : 0);
}

/** Folds `op operand` (fold_unaryop). */
export function foldUnary(op: UnaryOpKind, c: PyConstant): PyConstant | undefined {
  if (op === 'Not') return !truthy(c);
  const n = num(c);
  if (!n) return undefined;
  if (op === 'Invert') return n.kind === 'int' ? { type: 'int', value: -n.v - 1n } : undefined;
  if (op === 'UAdd') return out(n);
  if (n.kind === 'int') return { type: 'int', value: -n.v };
  if (n.kind === 'float') return { type: 'float', value: -n.v };
  return { type: 'complex', real: -n.re, imag: -n.im };
}

/** Python truthiness of a constant. */
export function truthy(c: PyConstant): boolean {
  if (c === null) return false;
  if (typeof c === 'boolean') return c;
  if (typeof c === 'string') return c.length > 0;
  switch (c.type) {
    case 'int': return c.value !== 0n;
    case 'float': return c.value !== 0;
    case 'complex': return c.real !== 0 || c.imag !== 0;
    case 'bytes': return c.value.length > 0;
    case 'tuple': case 'frozenset': return c.items.length > 0;
    default: return true;
  }
}

/** Folds `l op r` (fold_binop with its safe_* guards), or undefined. */
export function foldBinary(op: OperatorKind, l: PyConstant, r: PyConstant): PyConstant | undefined {
  const seq = sequenceOp(op, l, r);
  if (seq !== null) return seq;
  const a = num(l);
  const b = num(r);
  if (!a || !b) return undefined;
  if (a.kind === 'int' && b.kind === 'int') return intOp(op, a.v, b.v);
  if (a.kind === 'complex' || b.kind === 'complex') return complexOp(op, a, b);
  return floatOp(op, toFloat(a), toFloat(b));
}

function toFloat(n: Num): number {
  return n.kind === 'int' ? Number(n.v) : n.kind === 'float' ? n.v : NaN;
}

function intOp(op: OperatorKind, a: bigint, b: bigint): PyConstant | undefined {
  const I = (v: bigint): PyConstant => ({ type: 'int', value: v });
  switch (op) {
    case 'Add': return I(a + b);
    case 'Sub': return I(a - b);
    case 'Mult':
      if (a !== 0n && b !== 0n && bits(a) + bits(b) > MAX_INT_SIZE) return undefined;
      return I(a * b);
    case 'FloorDiv': return b === 0n ? undefined : I(floorDiv(a, b));
    case 'Mod': return b === 0n ? undefined : I(a - b * floorDiv(a, b));
    case 'Div': return b === 0n ? undefined : { type: 'float', value: Number(a) / Number(b) };
    case 'Pow':
      if (b < 0n) return a === 0n ? undefined : { type: 'float', value: Number(a) ** Number(b) };
      if (a !== 0n && b > 0n && bits(a) > MAX_INT_SIZE / Number(b)) return undefined;
      return I(a ** b);
    case 'LShift':
      if (b < 0n) return undefined;
      if (a !== 0n && (b > BigInt(MAX_INT_SIZE) || bits(a) > MAX_INT_SIZE - Number(b))) return undefined;
      return I(a << b);
    case 'RShift': return b < 0n ? undefined : I(a >> b);
    case 'BitAnd': return I(a & b);
    case 'BitOr': return I(a | b);
    case 'BitXor': return I(a ^ b);
    case 'MatMult': return undefined;
  }
}

function floorDiv(a: bigint, b: bigint): bigint {
  const q = a / b;
  return (a % b !== 0n) && ((a < 0n) !== (b < 0n)) ? q - 1n : q;
}

function floatOp(op: OperatorKind, a: number, b: number): PyConstant | undefined {
  const F = (v: number): PyConstant | undefined => (Number.isFinite(v) || !Number.isFinite(a) || !Number.isFinite(b) ? { type: 'float', value: v } : undefined);
  switch (op) {
    case 'Add': return F(a + b);
    case 'Sub': return F(a - b);
    case 'Mult': return F(a * b);
    case 'Div': return b === 0 ? undefined : F(a / b);
    case 'FloorDiv': return b === 0 ? undefined : F(Math.floor(a / b));
    case 'Mod': {
      if (b === 0) return undefined;
      const m = a % b;
      return F(m !== 0 && (m < 0) !== (b < 0) ? m + b : m === 0 ? (b < 0 ? -0 : 0) : m);
    }
    case 'Pow': return a < 0 && !Number.isInteger(b) ? undefined : a === 0 && b < 0 ? undefined : F(a ** b);
    default: return undefined;
  }
}

function complexOp(op: OperatorKind, a: Num, b: Num): PyConstant | undefined {
  const [ar, ai] = a.kind === 'complex' ? [a.re, a.im] : [toFloat(a), 0];
  const [br, bi] = b.kind === 'complex' ? [b.re, b.im] : [toFloat(b), 0];
  switch (op) {
    case 'Add': return { type: 'complex', real: ar + br, imag: ai + bi };
    case 'Sub': return { type: 'complex', real: ar - br, imag: ai - bi };
    case 'Mult': return { type: 'complex', real: ar * br - ai * bi, imag: ar * bi + ai * br };
    case 'Div': case 'Pow': {
      // complex_div / complex_pow; a ZeroDivisionError or OverflowError is left to run time.
      try {
        const r = op === 'Div' ? cQuot({ re: ar, im: ai }, { re: br, im: bi }) : cPow({ re: ar, im: ai }, { re: br, im: bi });
        return { type: 'complex', real: r.re, imag: r.im };
      } catch {
        return undefined;
      }
    }
    default: return undefined;
  }
}

/** str/bytes/tuple concatenation and repetition; null when not a sequence operation. */
function sequenceOp(op: OperatorKind, l: PyConstant, r: PyConstant): PyConstant | undefined | null {
  const len = seqLength(l);
  const rlen = seqLength(r);
  if (op === 'Mod' && (typeof l === 'string' || (l !== null && typeof l === 'object' && l.type === 'bytes'))) return undefined;
  if (op === 'Add' && len !== null && rlen !== null) {
    if (typeof l === 'string' && typeof r === 'string') return l + r;
    if (typeof l === 'object' && typeof r === 'object' && l !== null && r !== null) {
      if (l.type === 'bytes' && r.type === 'bytes') {
        const v = new Uint8Array(l.value.length + r.value.length);
        v.set(l.value);
        v.set(r.value, l.value.length);
        return { type: 'bytes', value: v };
      }
      if (l.type === 'tuple' && r.type === 'tuple') return { type: 'tuple', items: [...l.items, ...r.items] };
    }
    return undefined;
  }
  if (op !== 'Mult') return len !== null || rlen !== null ? undefined : null;
  const [s, n] = len !== null ? [l, num(r)] : rlen !== null ? [r, num(l)] : [null, undefined];
  if (s === null) return null;
  if (!n || n.kind !== 'int') return undefined;
  const size = seqLength(s)!;
  const count = Number(n.v < 0n ? 0n : n.v);
  if (typeof s === 'object' && s !== null && s.type === 'tuple') {
    if (size && (count > MAX_COLLECTION_SIZE / size || totalItems(s) * count > MAX_TOTAL_ITEMS)) return undefined;
    const items: PyConstant[] = [];
    for (let i = 0; i < count; i++) items.push(...s.items);
    return { type: 'tuple', items };
  }
  if (size && count > MAX_STR_SIZE / size) return undefined;
  if (typeof s === 'string') return s.repeat(count);
  if (typeof s === 'object' && s !== null && s.type === 'bytes') {
    const v = new Uint8Array(size * count);
    for (let i = 0; i < count; i++) v.set(s.value, i * size);
    return { type: 'bytes', value: v };
  }
  return undefined;
}

function seqLength(c: PyConstant): number | null {
  if (typeof c === 'string') return [...c].length;
  if (c === null || typeof c !== 'object') return null;
  if (c.type === 'bytes') return c.value.length;
  if (c.type === 'tuple') return c.items.length;
  return null;
}

function totalItems(c: PyConstant): number {
  if (c === null || typeof c !== 'object' || (c.type !== 'tuple' && c.type !== 'frozenset')) return 0;
  return c.items.reduce((n, x) => n + 1 + totalItems(x), 0);
}

/** fold_subscr: `const[int]` on str, bytes or tuple (PyObject_GetItem; errors mean no fold). */
export function foldSubscript(v: PyConstant, index: PyConstant): PyConstant | undefined {
  const n = num(index);
  if (!n || n.kind !== 'int' || v === null || typeof v === 'boolean') return undefined;
  const at = (len: number): number | undefined => {
    const i = Number(n.v < 0n ? n.v + BigInt(len) : n.v);
    return i >= 0 && i < len ? i : undefined;
  };
  if (typeof v === 'string') {
    const chars = [...v];
    const i = at(chars.length);
    return i === undefined ? undefined : chars[i];
  }
  if (v.type === 'bytes') {
    const i = at(v.value.length);
    return i === undefined ? undefined : { type: 'int', value: BigInt(v.value[i]) };
  }
  if (v.type === 'tuple') {
    const i = at(v.items.length);
    return i === undefined ? undefined : v.items[i];
  }
  return undefined;
}
