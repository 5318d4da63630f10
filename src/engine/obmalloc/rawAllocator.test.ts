import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AddressSpace, HEAP_BASE, MMAP_BASE } from './addressSpace';
import { CHUNK_HEADER, RawAllocator, chunkSizeFor } from './rawAllocator';

function raw(limit?: number): RawAllocator {
  return new RawAllocator(new AddressSpace(limit));
}

test("glibc's request2size: max(32, align16(n + 8))", () => {
  assert.deepEqual([1, 24, 25, 601, 1032].map(chunkSizeFor), [32, 32, 48, 624, 1040]);
});

test('heap chunks are contiguous from the brk base with 16-byte headers', () => {
  const r = raw();
  const a = r.malloc(601);
  const b = r.malloc(601);
  assert.equal(a, HEAP_BASE + CHUNK_HEADER);
  assert.equal(b - a, 624);
  assert.equal(r.blocks, 2);
  assert.equal(r.requestedBytes, 1202);
  assert.equal(r.chunkBytes, 1248);
});

test('freed small chunks are reused LIFO (tcache); large ones coalesce and are reused best-fit', () => {
  const r = raw();
  const ps = [1, 2, 3].map(() => r.malloc(600));
  const guard = r.malloc(16);
  r.free(ps[0]);
  r.free(ps[2]);
  assert.equal(r.malloc(600), ps[2]);
  assert.equal(r.malloc(600), ps[0]);
  const big = [1, 2, 3].map(() => r.malloc(5000));
  r.malloc(16);
  r.free(big[0]);
  r.free(big[1]); // coalesces with big[0]
  assert.equal(r.malloc(9000), big[0]);
  assert.ok(guard !== 0);
});

test('requests of 128 KiB and more get their own top-down mmap; freeing raises the threshold', () => {
  const r = raw();
  const p = r.malloc(200_000);
  assert.equal(r.isMmapped(p), true);
  assert.ok(p > HEAP_BASE + 2 ** 40 && p < MMAP_BASE);
  assert.equal((p - CHUNK_HEADER) % 4096, 0);
  r.free(p);
  assert.equal(r.mmapThreshold, 200_704);
  const q = r.malloc(150_000);
  assert.equal(r.isMmapped(q), false); // glibc's dynamic threshold
});

test('realloc grows in place at the top, moves otherwise; mmapped chunks are mremap-ed', () => {
  const r = raw();
  const a = r.malloc(1000);
  assert.equal(r.realloc(a, 3000), a);
  const b = r.malloc(16);
  const c = r.realloc(a, 6000);
  assert.notEqual(c, a);
  const m = r.malloc(300_000);
  const m2 = r.realloc(m, 200_000);
  assert.equal(m2, m);
  assert.equal(r.blocks, 3);
  assert.ok(b !== 0);
});

test('failures return 0: past PY_SSIZE_T_MAX, past the memory limit', () => {
  const r = raw(1 << 24);
  assert.equal(r.malloc(2 ** 64), 0);
  assert.equal(r.malloc(1 << 25), 0);
  assert.equal(r.calloc(2 ** 40, 2 ** 40), 0);
  const p = r.malloc(100);
  assert.equal(r.realloc(p, 1 << 25), 0);
  assert.equal(r.requestedSize(p), 100);
  assert.equal(r.blocks, 1);
});
