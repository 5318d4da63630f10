/** The typed arrays the allocator's tables are made of. */
export type Table = Float64Array<ArrayBuffer> | Int32Array<ArrayBuffer> | Int16Array<ArrayBuffer> | Uint16Array<ArrayBuffer>;

/** A copy of `a` grown to `n` elements (new elements zero), like realloc of a C array. */
export function grown<T extends Table>(a: T, n: number): T {
  const b = new (a.constructor as new (n: number) => T)(n);
  b.set(a as never);
  return b;
}
