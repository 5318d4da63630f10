/**
 * CPython's `hash()` of the values a hash key can hold (Python/pyhash.c, Objects/longobject.c,
 * Objects/unicodeobject.c, 3.11–3.13 on 64-bit): ints and floats modulo the Mersenne prime
 * 2^61 − 1, strings by SipHash-1-3 over their PEP 393 data, other objects by their address.
 * Sets place keys by these hashes, so a set of ints iterates in CPython's order, and a set of
 * strs in the order CPython shows under `PYTHONHASHSEED=0` (the all-zero SipHash key).
 */
import type { PyObject } from './object';
import { measureString } from './unicodeObject';
import { decomposeDouble } from './doubleBits';

/** A `Py_hash_t`: a number while it is a safe integer, else a bigint (signed 64-bit). */
export type PyHash = number | bigint;

/** `_PyHASH_MODULUS`: 2^61 − 1. */
const MODULUS = (1n << 61n) - 1n;
/** `_PyHASH_INF`. */
const HASH_INF = 314159;
const MASK64 = (1n << 64n) - 1n;

/** Normalizes a signed 64-bit bigint to a number when safe; maps -1 to -2 as every `tp_hash` does. */
function finish(x: bigint): PyHash {
  let h = BigInt.asIntN(64, x);
  if (h === -1n) h = -2n;
  return h >= BigInt(Number.MIN_SAFE_INTEGER) && h <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(h) : h;
}

/** `long_hash`: sign × (|v| mod 2^61 − 1). */
export function hashInt(v: number | bigint): PyHash {
  if (typeof v === 'number' && Math.abs(v) < 2 ** 53) return v === -1 ? -2 : v;
  const b = BigInt(v);
  const m = (b < 0n ? -b : b) % MODULUS;
  return finish(b < 0n ? -m : m);
}

/**
 * `_Py_HashDouble`: a finite float m·2^e hashes as the rational it is, m·2^(e mod 61) mod 2^61 − 1
 * (so `hash(2.0) == hash(2)`); ±inf are ±314159. NaN hashes by identity: pass the object.
 */
export function hashFloat(v: number): PyHash {
  if (!Number.isFinite(v)) return v > 0 ? HASH_INF : -HASH_INF;
  if (Number.isInteger(v)) return hashInt(BigInt(v));
  const { mant, exp } = decomposeDouble(v);
  const e = ((exp % 61) + 61) % 61;
  const x = (mant % MODULUS) * (1n << BigInt(e)) % MODULUS;
  return finish(v < 0 ? -x : x);
}

function rotl(x: bigint, b: bigint): bigint {
  return ((x << b) | (x >> (64n - b))) & MASK64;
}

/** `siphash13(k0, k1, src)` of Python/pyhash.c. */
export function siphash13(k0: bigint, k1: bigint, data: Uint8Array): bigint {
  let v0 = k0 ^ 0x736f6d6570736575n;
  let v1 = k1 ^ 0x646f72616e646f6dn;
  let v2 = k0 ^ 0x6c7967656e657261n;
  let v3 = k1 ^ 0x7465646279746573n;
  const round = (): void => {
    // HALF_ROUND(v0,v1,v2,v3,13,16); HALF_ROUND(v2,v1,v0,v3,17,21)
    v0 = (v0 + v1) & MASK64; v2 = (v2 + v3) & MASK64;
    v1 = rotl(v1, 13n) ^ v0; v3 = rotl(v3, 16n) ^ v2; v0 = rotl(v0, 32n);
    v2 = (v2 + v1) & MASK64; v0 = (v0 + v3) & MASK64;
    v1 = rotl(v1, 17n) ^ v2; v3 = rotl(v3, 21n) ^ v0; v2 = rotl(v2, 32n);
  };
  const n = data.length;
  let i = 0;
  for (; i + 8 <= n; i += 8) {
    let m = 0n;
    for (let j = 7; j >= 0; j--) m = (m << 8n) | BigInt(data[i + j]);
    v3 ^= m;
    round();
    v0 ^= m;
  }
  let b = BigInt(n & 0xff) << 56n;
  for (let j = n - 1; j >= i; j--) b |= BigInt(data[j]) << BigInt(8 * (j - i));
  v3 ^= b;
  round();
  v0 ^= b;
  v2 ^= 0xffn;
  round();
  round();
  round();
  return v0 ^ v1 ^ v2 ^ v3;
}

/**
 * `unicode_hash` with the hash secret of `PYTHONHASHSEED=0`: SipHash-1-3 with a zero key over the
 * string's data in its PEP 393 kind (1, 2 or 4 bytes a character, little-endian); `''` is 0.
 */
export function hashStr(s: string): PyHash {
  if (s.length === 0) return 0;
  const { length, kind } = measureString(s);
  const data = new Uint8Array(length * kind);
  let k = 0;
  for (const ch of s) {
    const c = ch.codePointAt(0) as number;
    for (let j = 0; j < kind; j++) data[k++] = (c >>> (8 * j)) & 0xff;
  }
  return finish(siphash13(0n, 0n, data));
}

/** `_Py_HashPointer(id)`: the address rotated right by 4 bits (object's default `__hash__`). */
export function hashPointer(id: number): PyHash {
  const y = BigInt(id);
  return finish(((y >> 4n) | (y << 60n)) & MASK64);
}

/**
 * The hash of a hash key when the caller gives none: ints, floats and strs as CPython hashes them,
 * booleans as 0/1, an object by its address.
 */
export function defaultHash(hashKey: string | number | bigint | boolean | object): PyHash {
  switch (typeof hashKey) {
    case 'number': return Number.isInteger(hashKey) ? hashInt(hashKey) : hashFloat(hashKey);
    case 'bigint': return hashInt(hashKey);
    case 'string': return hashStr(hashKey);
    case 'boolean': return hashKey ? 1 : 0;
    default: return hashPointer((hashKey as PyObject).id ?? 0);
  }
}

/** `_PyHASH_XXPRIME_1`, `_2`, `_5` of Objects/tupleobject.c (xxHash's primes). */
const XXPRIME_1 = 11400714785074694791n;
const XXPRIME_2 = 14029467366897019727n;
const XXPRIME_5 = 2870177450012600261n;

/** The xxHash lanes shared by `tuplehash` and `slice_hash`: `acc += lane * PRIME_2; acc = rotl(acc, 31); acc *= PRIME_1`. */
function xxLanes(hashes: readonly PyHash[]): bigint {
  let acc = XXPRIME_5;
  for (const h of hashes) {
    const lane = BigInt.asUintN(64, BigInt(h));
    acc = (acc + lane * XXPRIME_2) & MASK64;
    acc = rotl(acc, 31n);
    acc = (acc * XXPRIME_1) & MASK64;
  }
  return acc;
}

/** `tuplehash` (CPython 3.8+, xxHash-based): the items' hashes mixed lane by lane, then the length. */
export function hashTuple(itemHashes: readonly PyHash[]): PyHash {
  const acc = (xxLanes(itemHashes) + (BigInt(itemHashes.length) ^ (XXPRIME_5 ^ 3527539n))) & MASK64;
  if (acc === MASK64) return 1546275796;
  return finish(acc);
}

/** `slice_hash` (3.12+): start, stop and step mixed as a tuple's lanes, without the length step. */
export function hashSlice(partHashes: readonly PyHash[]): PyHash {
  const acc = xxLanes(partHashes);
  if (acc === MASK64) return 1546275796;
  return finish(acc);
}

/** `none_hash` (3.12+): a constant, `0xFCA86420` (3.11 hashes None by its address). */
export const NONE_HASH = 0xfca86420;

/** `_shuffle_bits` of Objects/setobject.c. */
function shuffleBits(h: bigint): bigint {
  return (((h ^ 89869747n) ^ ((h << 16n) & MASK64)) * 3644798167n) & MASK64;
}

/**
 * `frozenset_hash`: the entries' shuffled hashes xor-ed (so order does not matter), mixed with
 * the size, then scrambled (`hash * 69069 + 907133923`).
 */
export function hashFrozenset(entryHashes: readonly PyHash[]): PyHash {
  let hash = 0n;
  for (const h of entryHashes) hash ^= shuffleBits(BigInt.asUintN(64, BigInt(h)));
  hash ^= ((BigInt(entryHashes.length) + 1n) * 1927868237n) & MASK64;
  hash ^= (hash >> 11n) ^ (hash >> 25n);
  hash = (hash * 69069n + 907133923n) & MASK64;
  if (hash === MASK64) return 590923713;
  return finish(hash);
}

/**
 * `bytes_hash` (`_Py_HashBytes`) with the hash secret of `PYTHONHASHSEED=0`: SipHash-1-3 over the
 * bytes, `b''` is 0. The same function as a latin-1 str's hash, so `hash(b'abc') == hash('abc')`.
 */
export function hashBytes(data: Uint8Array): PyHash {
  return data.length === 0 ? 0 : finish(siphash13(0n, 0n, data));
}

/**
 * `complex_hash`: hash(real) + 1000003 · hash(imag) in unsigned 64-bit arithmetic, so a complex
 * with no imaginary part hashes as its real part. A NaN part hashes by the complex's address.
 */
export function hashComplex(real: number, imag: number, id: number): PyHash {
  const part = (v: number) => BigInt(Number.isNaN(v) ? hashPointer(id) : hashFloat(v));
  return finish(part(real) + 1000003n * part(imag));
}
