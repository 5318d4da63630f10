/**
 * MT19937, the generator behind `random` (Modules/_randommodule.c, identical in CPython 3.11–3.13):
 * 624 words of state, `init_by_array` seeding from an int's 32-bit words, the tempering of
 * `genrand_uint32`, the 53-bit `random()` and `getrandbits` filling an int from its least
 * significant word up. Pure arithmetic on 32-bit words: `Math.imul` for the C `uint32_t`
 * products, `>>> 0` for the wrap-around of the sums.
 */

/** `N`: words of state. */
const N = 624;
/** `M`: the twist offset. */
const M = 397;
/** `MATRIX_A`: the twist matrix's constant vector. */
const MATRIX_A = 0x9908b0df;
/** `UPPER_MASK`: the most significant bit. */
const UPPER_MASK = 0x80000000;
/** `LOWER_MASK`: the 31 least significant bits. */
const LOWER_MASK = 0x7fffffff;

/** One generator's state (`RandomObject.state` and `.index`). */
export class MersenneTwister {
  readonly state = new Uint32Array(N);
  /** `index`: next word of `state` to temper; N means the state must be twisted first. */
  index = N + 1;

  /** `init_genrand(s)`. */
  initGenrand(s: number): void {
    const mt = this.state;
    mt[0] = s >>> 0;
    for (let i = 1; i < N; i++) {
      const prev = mt[i - 1];
      mt[i] = (Math.imul(1812433253, prev ^ (prev >>> 30)) + i) >>> 0;
    }
    this.index = N;
  }

  /** `init_by_array(key)`: `key` holds 32-bit words, least significant first. */
  initByArray(key: readonly number[]): void {
    const mt = this.state;
    this.initGenrand(19650218);
    let i = 1;
    let j = 0;
    for (let k = Math.max(N, key.length); k > 0; k--) {
      const prev = mt[i - 1];
      mt[i] = ((mt[i] ^ Math.imul(prev ^ (prev >>> 30), 1664525)) + key[j] + j) >>> 0;
      i++;
      j++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
      if (j >= key.length) j = 0;
    }
    for (let k = N - 1; k > 0; k--) {
      const prev = mt[i - 1];
      mt[i] = ((mt[i] ^ Math.imul(prev ^ (prev >>> 30), 1566083941)) - i) >>> 0;
      i++;
      if (i >= N) { mt[0] = mt[N - 1]; i = 1; }
    }
    mt[0] = 0x80000000;
  }

  /**
   * `random_seed` for an int: the absolute value's 32-bit words, least significant first (one
   * zero word for 0), through `init_by_array`.
   */
  seedInt(n: bigint): void {
    let v = n < 0n ? -n : n;
    const key: number[] = [];
    while (v > 0n) {
      key.push(Number(v & 0xffffffffn));
      v >>= 32n;
    }
    if (key.length === 0) key.push(0);
    this.initByArray(key);
  }

  /** `genrand_uint32`: the next tempered word, twisting all 624 words when they are used up. */
  next32(): number {
    const mt = this.state;
    if (this.index >= N) {
      let kk = 0;
      for (; kk < N - M; kk++) {
        const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + M] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      for (; kk < N - 1; kk++) {
        const y = (mt[kk] & UPPER_MASK) | (mt[kk + 1] & LOWER_MASK);
        mt[kk] = mt[kk + (M - N)] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      }
      const y = (mt[N - 1] & UPPER_MASK) | (mt[0] & LOWER_MASK);
      mt[N - 1] = mt[M - 1] ^ (y >>> 1) ^ (y & 1 ? MATRIX_A : 0);
      this.index = 0;
    }
    let y = mt[this.index++];
    y ^= y >>> 11;
    y ^= (y << 7) & 0x9d2c5680;
    y ^= (y << 15) & 0xefc60000;
    y ^= y >>> 18;
    return y >>> 0;
  }

  /** `random_random`: 27 + 26 bits make a double in [0, 1) with 53 bits of precision. */
  random(): number {
    const a = this.next32() >>> 5;
    const b = this.next32() >>> 6;
    return (a * 67108864.0 + b) * (1.0 / 9007199254740992.0);
  }

  /**
   * `_random_Random_getrandbits_impl` for k >= 0: one word shifted down for k <= 32, else words
   * from the least significant up, the last one shifted down to the bits still wanted.
   */
  getrandbits(k: number): bigint {
    if (k === 0) return 0n;
    if (k <= 32) return BigInt(this.next32() >>> (32 - k));
    let result = 0n;
    let shift = 0n;
    for (let left = k; left > 0; left -= 32) {
      let r = this.next32();
      if (left < 32) r >>>= 32 - left;
      result |= BigInt(r) << shift;
      shift += 32n;
    }
    return result;
  }

  /** `getrandbits(k)` as a number, for k <= 53 (the common case of `_randbelow`). */
  getrandbitsSmall(k: number): number {
    if (k === 0) return 0;
    if (k <= 32) return this.next32() >>> (32 - k);
    const low = this.next32();
    const high = this.next32() >>> (64 - k);
    return high * 4294967296 + low;
  }

  /** `_randbelow_with_getrandbits(n)` (Lib/random.py), n > 0: rejection sampling over n.bit_length() bits. */
  randbelow(n: bigint): bigint {
    const k = n.toString(2).length;
    if (k <= 53) return BigInt(this.randbelowSmall(Number(n)));
    let r = this.getrandbits(k);
    while (r >= n) r = this.getrandbits(k);
    return r;
  }

  /** `randbelow` for 0 < n < 2^53. */
  randbelowSmall(n: number): number {
    const k = bitLength(n);
    let r = this.getrandbitsSmall(k);
    while (r >= n) r = this.getrandbitsSmall(k);
    return r;
  }
}

/** `int.bit_length()` of a non-negative safe integer. */
export function bitLength(n: number): number {
  return n < 4294967296 ? 32 - Math.clz32(n) : 32 + bitLength(Math.floor(n / 4294967296));
}
