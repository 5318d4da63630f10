/**
 * The native struct formats a memoryview unpacks and packs (`unpack_single` / `pack_single`,
 * Objects/memoryobject.c): one character, optionally prefixed with '@', native sizes and
 * little-endian byte order as on x86-64 Linux (`L`/`l` are 8 bytes there).
 */
import { bytesType, newBytes, PyBytesObject } from '../../engine/objects/bytesObject';
import { newFloat, PyFloatObject } from '../../engine/objects/floatObject';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import type { Interp } from '../runtime/interp';
import { isTrue } from './abstract';

/** A format character's size and integer range (null for floats, 'c' and '?'). */
interface NativeFormat {
  itemsize: number;
  /** Signed integer (two's complement), unsigned integer, float, char or bool. */
  kind: 'i' | 'u' | 'f' | 'c' | '?';
}

/** `get_native_fmtchar`'s table: the formats `cast()` accepts (3.12 adds 'e', not simulated). */
const FORMATS: Record<string, NativeFormat> = {
  B: { itemsize: 1, kind: 'u' }, b: { itemsize: 1, kind: 'i' }, c: { itemsize: 1, kind: 'c' },
  '?': { itemsize: 1, kind: '?' },
  H: { itemsize: 2, kind: 'u' }, h: { itemsize: 2, kind: 'i' },
  I: { itemsize: 4, kind: 'u' }, i: { itemsize: 4, kind: 'i' },
  L: { itemsize: 8, kind: 'u' }, l: { itemsize: 8, kind: 'i' },
  Q: { itemsize: 8, kind: 'u' }, q: { itemsize: 8, kind: 'i' },
  N: { itemsize: 8, kind: 'u' }, n: { itemsize: 8, kind: 'i' }, P: { itemsize: 8, kind: 'u' },
  f: { itemsize: 4, kind: 'f' }, d: { itemsize: 8, kind: 'f' },
};

/** The format character of a native format string ('H' or '@H'), or null. */
export function nativeFormatChar(fmt: string): string | null {
  const c = fmt.length === 2 && fmt[0] === '@' ? fmt[1] : fmt.length === 1 ? fmt : '';
  return Object.prototype.hasOwnProperty.call(FORMATS, c) ? c : null;
}

/** `sizeof` of one item of format character `c` (one of `nativeFormatChar`'s results). */
export function formatItemsize(c: string): number {
  return FORMATS[c].itemsize;
}

/** Whether `c` is one of the byte formats a cast may start from or go to (`IS_BYTE_FORMAT`). */
export function isByteFormat(c: string): boolean {
  return c === 'B' || c === 'b' || c === 'c';
}

/** A value as `==` between views compares it: ints as bigint, floats as number, chars as a string. */
export type ItemValue = bigint | number | string;

/** The item of format `c` at `offset` of `data`. */
export function readItem(c: string, data: Uint8Array, offset: number): ItemValue {
  const f = FORMATS[c];
  const dv = new DataView(data.buffer, data.byteOffset + offset, f.itemsize);
  switch (f.kind) {
    case 'c': return String.fromCharCode(data[offset]);
    case '?': return data[offset] === 0 ? 0n : 1n;
    case 'f': return f.itemsize === 4 ? dv.getFloat32(0, true) : dv.getFloat64(0, true);
    default: {
      const signed = f.kind === 'i';
      switch (f.itemsize) {
        case 1: return BigInt(signed ? dv.getInt8(0) : dv.getUint8(0));
        case 2: return BigInt(signed ? dv.getInt16(0, true) : dv.getUint16(0, true));
        case 4: return BigInt(signed ? dv.getInt32(0, true) : dv.getUint32(0, true));
        default: return signed ? dv.getBigInt64(0, true) : dv.getBigUint64(0, true);
      }
    }
  }
}

/** The Python object for an item of format `c` (a new reference). */
export function itemObject(interp: Interp, c: string, value: ItemValue): PyObject {
  const rt = interp.rt;
  if (c === '?') return interp.bool(value === 1n);
  if (typeof value === 'string') return newBytes(rt, Uint8Array.of(value.charCodeAt(0)));
  if (typeof value === 'number') return newFloat(rt, value);
  return newInt(rt, value);
}

/** Whether two unpacked items are equal as Python compares them (an int equals the same float). */
export function itemsEqual(a: ItemValue, b: ItemValue): boolean {
  if (typeof a === typeof b) return a === b;
  if (typeof a === 'string' || typeof b === 'string') return false;
  const n = typeof a === 'number' ? a : (b as number);
  const big = typeof a === 'bigint' ? a : (b as bigint);
  return Number.isInteger(n) && BigInt(n) === big;
}

/** `pack_single`: writes `value` as format `c` at `offset`, raising CPython's errors. */
export function writeItem(interp: Interp, c: string, data: Uint8Array, offset: number, value: PyObject): void {
  const f = FORMATS[c];
  const dv = new DataView(data.buffer, data.byteOffset + offset, f.itemsize);
  const invalidType = (): never => interp.typeError(`memoryview: invalid type for format '${c}'`);
  const invalidValue = (): never => interp.raise('ValueError', `memoryview: invalid value for format '${c}'`);
  switch (f.kind) {
    case 'c': {
      if (!(value instanceof PyBytesObject && value.type.isSubtypeOf(bytesType(interp.rt)))) return invalidType();
      if (value.value.length !== 1) return invalidValue();
      data[offset] = value.value[0];
      return;
    }
    case '?':
      data[offset] = isTrue(interp, value) ? 1 : 0;
      return;
    case 'f': {
      const x = value instanceof PyFloatObject ? value.value : value instanceof PyLongObject ? Number(value.value) : invalidType();
      if (f.itemsize === 4) {
        if (Number.isFinite(x) && !Number.isFinite(Math.fround(x))) interp.raise('OverflowError', 'float too large to pack with f format');
        dv.setFloat32(0, x, true);
      } else dv.setFloat64(0, x, true);
      return;
    }
    default: {
      if (!(value instanceof PyLongObject)) return invalidType();
      const bits = BigInt(f.itemsize * 8);
      const v = BigInt(value.value);
      const lo = f.kind === 'i' ? -(1n << (bits - 1n)) : 0n;
      const hi = f.kind === 'i' ? (1n << (bits - 1n)) - 1n : (1n << bits) - 1n;
      if (v < lo || v > hi) return invalidValue();
      const u = BigInt.asUintN(Number(bits), v);
      for (let k = 0; k < f.itemsize; k++) data[offset + k] = Number((u >> BigInt(8 * k)) & 0xffn);
      return;
    }
  }
}
