import { test, afterEach } from 'node:test';
import assert from 'node:assert/strict';
import { Obmalloc } from './obmalloc';
import { ARENA_SIZE, POOL_SIZE, numBlocks, sizeClassIndex } from './constants';
import { checkObmallocInvariants } from './invariants';
import { printAllocatorStats, printOne, renderDebugMallocStats } from './mallocStats';
import { snapshotArenas, summarizeAllocator } from './snapshot';
import type { ArenaEvent, PoolEvent } from './allocatorEvents';

let live: Obmalloc[] = [];
function fresh(memoryLimit?: number): Obmalloc {
  const ob = new Obmalloc(memoryLimit === undefined ? {} : { memoryLimit });
  live.push(ob);
  return ob;
}
// The stats self-check and the invariant walk run after every test.
afterEach(() => {
  for (const ob of live) checkObmallocInvariants(ob);
  live = [];
});

test('size classes: (n-1)>>4, NUMBLOCKS = 16336 / size', () => {
  assert.deepEqual([1, 16, 17, 512].map(sizeClassIndex), [0, 0, 1, 31]);
  assert.deepEqual([0, 1, 20, 31].map(numBlocks), [1021, 510, 48, 31]);
});

test('0-byte and >512-byte requests go to the raw allocator and count in getallocatedblocks', () => {
  const ob = fresh();
  const a = ob.malloc(0);
  const b = ob.malloc(513);
  const c = ob.malloc(512);
  assert.equal(ob.isPymallocAddress(a), false);
  assert.equal(ob.isPymallocAddress(b), false);
  assert.equal(ob.isPymallocAddress(c), true);
  assert.equal(ob.rawAllocatedBlocks, 2);
  assert.equal(ob.getAllocatedBlocks(), 3);
  assert.equal(ob.requestedSize(a), 1); // malloc(0) is malloc(1)
  ob.free(a);
  ob.free(b);
  assert.equal(ob.getAllocatedBlocks(), 1);
  assert.notEqual(ob.calloc(0, 8), 0); // calloc(0, x) falls to PyMem_RawCalloc -> calloc(1, 1)
  assert.equal(ob.getAllocatedBlocks(), 2);
  assert.equal(ob.isPymallocAddress(ob.calloc(4, 8)), true);
});

test('first block of a fresh pool is at pool + 48 and the arena is not 16 KiB-aligned (63 pools)', () => {
  const ob = fresh();
  const p = ob.malloc(16);
  const loc = ob.locate(p);
  assert.ok(loc !== null && loc.allocator === 'pymalloc');
  assert.equal(p - loc.poolAddress, 48);
  assert.equal(loc.poolAddress % POOL_SIZE, 0);
  const arena = snapshotArenas(ob)[0];
  assert.notEqual(arena.address % POOL_SIZE, 0);
  assert.equal(arena.totalPools, 63);
  assert.equal(arena.freePools, 62);
});

test('realloc: same block when n <= size and 4n > 3size, else malloc-copy-free; raw stays raw', () => {
  const ob = fresh();
  const p = ob.malloc(100); // class 6, 112 bytes
  assert.equal(ob.realloc(p, 112), p);
  assert.equal(ob.realloc(p, 85), p); // 340 > 336
  const q = ob.realloc(p, 84); // 336 > 336 is false: shrinks by 25%, moves
  assert.notEqual(q, p);
  assert.equal(ob.sizeClassOf(q), sizeClassIndex(84));
  assert.equal(ob.sizeClassOf(p), -1);
  const r = ob.realloc(q, 0); // pymalloc realloc to 0 -> malloc(0) -> raw malloc(1)
  assert.equal(ob.isPymallocAddress(r), false);
  assert.equal(ob.rawAllocatedBlocks, 1);
  const s = ob.realloc(r, 16); // a raw block is realloc'ed by the raw allocator, even when small
  assert.equal(ob.isPymallocAddress(s), false);
  assert.equal(ob.rawAllocatedBlocks, 1);
  ob.free(s);
  assert.equal(ob.realloc(0, 24) !== 0, true);
});

test('a wholly free arena is released unless it is the last in usable_arenas (bpo-37257)', () => {
  const ob = fresh();
  for (let round = 0; round < 5; round++) {
    const ps = Array.from({ length: 1021 * 63 }, () => ob.malloc(8)); // exactly one arena
    for (const p of ps) ob.free(p);
  }
  assert.equal(ob.arenas.ntimesArenaAllocated, 1);
  assert.equal(ob.arenas.narenasCurrentlyAllocated, 1);
  const two = Array.from({ length: 1021 * 63 + 1 }, () => ob.malloc(8));
  assert.equal(ob.arenas.narenasCurrentlyAllocated, 2);
  for (const p of two) ob.free(p);
  assert.equal(ob.arenas.narenasCurrentlyAllocated, 1);
  assert.equal(ob.arenas.ntimesArenaAllocated, 2);
});

test('usable_arenas prefers the most-used arena; emptied pools are reused LIFO', () => {
  const ob = fresh();
  const ps = Array.from({ length: 510 * 63 * 3 }, () => ob.malloc(32)); // three full arenas
  // free one pool in arena 2, two in arena 0: arena 2 has fewer free pools and comes first
  const poolOf = (p: number): number => ob.locate(p)?.poolAddress ?? 0;
  const inPool = (addr: number): number[] => ps.filter((p) => poolOf(p) === addr);
  const a0 = snapshotArenas(ob)[0].pools;
  const a2 = snapshotArenas(ob)[2].pools;
  for (const pool of [a0[3].address, a0[7].address, a2[5].address]) for (const p of inPool(pool)) ob.free(p);
  assert.deepEqual([...walkUsable(ob)].map((ao) => ob.arenas.nFreePools[ao]), [1, 2]);
  const q = ob.malloc(100);
  assert.equal(ob.locate(q)?.poolAddress, a2[5].address);
  const r = ob.malloc(200);
  assert.equal(ob.locate(r)?.poolAddress, a0[7].address); // the pool emptied last
});

function* walkUsable(ob: Obmalloc): Generator<number> {
  for (let ao = ob.arenas.usableArenas; ao !== -1; ao = ob.arenas.nextArena[ao]) yield ao;
}

test('the arenas vector grows 16, 32, 64 and is PyMem_RawRealloc-ed', () => {
  const ob = fresh();
  assert.equal(ob.arenas.maxArenas, 0);
  ob.malloc(8);
  assert.equal(ob.arenas.maxArenas, 16);
  assert.equal(ob.raw.requestedSize(ob.arenas.vectorPointer), 16 * 48);
  for (let i = 0; i < 17 * 63 * 31; i++) ob.malloc(512);
  assert.equal(ob.arenas.maxArenas, 32);
  for (let i = 0; i < 16 * 63 * 31; i++) ob.malloc(512);
  assert.equal(ob.arenas.maxArenas, 64);
  assert.equal(ob.raw.requestedSize(ob.arenas.vectorPointer), 64 * 48);
});

test('an arena holds 64 pools exactly when its base is 16 KiB-aligned', () => {
  const ob = fresh();
  const keep: number[] = [];
  for (let i = 0; i < 12; i++) {
    for (let j = 0; j < 63 * 31; j++) keep.push(ob.malloc(512));
    keep.push(ob.malloc(200_000 + i * 4096)); // an mmapped raw chunk shifts the next arenas
  }
  const arenas = snapshotArenas(ob);
  for (const a of arenas) assert.equal(a.totalPools, a.address % POOL_SIZE === 0 ? 64 : 63);
  assert.ok(arenas.some((a) => a.totalPools === 64) && arenas.some((a) => a.totalPools === 63));
});

test('requests too large for the simulated machine fail with 0, never allocating JS memory', () => {
  const ob = fresh(8 * ARENA_SIZE);
  assert.equal(ob.malloc(2 ** 40), 0);
  assert.equal(ob.malloc(2 ** 70), 0);
  assert.equal(ob.calloc(2 ** 40, 2 ** 40), 0);
  const p = ob.malloc(600);
  assert.equal(ob.realloc(p, 2 ** 45), 0);
  assert.equal(ob.requestedSize(p), 600);
  let n = 0;
  while (ob.malloc(512) !== 0) n++;
  assert.ok(n > 31 * 63 * 4 && n < 31 * 64 * 8 + 20000, `${n}`);
  assert.equal(ob.getAllocatedBlocks(), n + 1);
});

test('double free and wild pointers throw', () => {
  const ob = fresh();
  const p = ob.malloc(40);
  ob.free(p);
  assert.throws(() => ob.free(p), /not an allocated block/);
  const q = ob.malloc(40);
  assert.throws(() => ob.free(q + 8), /not an allocated block/);
  assert.throws(() => ob.free(q + 48 * 10), /not an allocated block/);
  assert.throws(() => ob.free(12345), /does not own/);
});

test('events: arena/new, pool/carve, pool/empty, pool/reuse, arena/free', () => {
  const ob = fresh();
  const events: string[] = [];
  ob.listener = {
    onDidChangeArena: (e: ArenaEvent) => events.push(`${e.kind} ${e.arenaIndex} ${e.totalPools}`),
    onDidChangePool: (e: PoolEvent) => events.push(`${e.kind} ${e.arenaIndex} ${e.sizeClassIndex}`),
  };
  const a = ob.malloc(16);
  ob.free(a);
  ob.malloc(32);
  const big = Array.from({ length: 2 * 1021 * 63 }, () => ob.malloc(16));
  for (const p of big) ob.free(p);
  assert.deepEqual(events.slice(0, 4), ['arena/new 0 63', 'pool/carve 0 0', 'pool/empty 0 0', 'pool/reuse 0 1']);
  assert.ok(events.includes('arena/new 2 63'));
  const freed = events.filter((e) => e.startsWith('arena/free')).length;
  assert.equal(freed, ob.arenas.ntimesArenaAllocated - ob.arenas.narenasCurrentlyAllocated);
  assert.equal(freed, 1); // of the two wholly free arenas, the last in usable_arenas is kept
});

test('snapshot and summary describe pools and arenas', () => {
  const ob = fresh();
  const full = Array.from({ length: 48 }, () => ob.malloc(336));
  ob.malloc(336);
  const e = ob.malloc(16);
  ob.free(e);
  ob.malloc(700);
  const pools = snapshotArenas(ob)[0].pools;
  assert.deepEqual(pools.map((p) => [p.sizeClassIndex, p.blockSize, p.used, p.capacity, p.state]), [
    [20, 336, 48, 48, 'full'], [20, 336, 1, 48, 'used'], [0, 16, 0, 1021, 'empty']]);
  const s = summarizeAllocator(ob);
  assert.equal(s.pymallocBlocks, 49);
  assert.equal(s.pymallocBytes, 49 * 336);
  assert.equal(s.objectRawBlocks, 1);
  assert.equal(s.allocatedBlocks, 50);
  assert.equal(s.poolsInUse, 2);
  assert.equal(full.length, 48);
});

test('printone and _PyDebugAllocatorStats format like CPython', () => {
  assert.equal(printOne('# arenas allocated total', 2), '# arenas allocated total           =                    2\n');
  assert.equal(printOne('2 arenas * 1048576 bytes/arena', 2097152), '2 arenas * 1048576 bytes/arena     =            2,097,152\n');
  assert.equal(printAllocatorStats('free PyDictObject', 14, 48), '           14 free PyDictObjects * 48 bytes each =                  672\n');
  assert.equal(printAllocatorStats('free 1-sized PyTupleObject', 5, 32), '   5 free 1-sized PyTupleObjects * 32 bytes each =                  160\n');
});

test('the stats dump: golden text of a small heap', () => {
  const ob = fresh();
  for (let i = 0; i < 27; i++) ob.malloc(16);
  for (let i = 0; i < 14; i++) ob.malloc(512);
  const text = renderDebugMallocStats(ob, [printAllocatorStats('free PyFloatObject', 3, 24)]);
  const expected = [
    'Small block threshold = 512, in 32 size classes.',
    '',
    'class   size   num pools   blocks in use  avail blocks',
    '-----   ----   ---------   -------------  ------------',
    '    0     16           1              27           994',
    '   31    512           1              14            17',
    '',
    '# arenas allocated total           =                    1',
    '# arenas reclaimed                 =                    0',
    '# arenas highwater mark            =                    1',
    '# arenas allocated current         =                    1',
    '1 arenas * 1048576 bytes/arena     =            1,048,576',
    '',
    '# bytes in allocated blocks        =                7,600',
    '# bytes in available blocks        =               24,608',
    '61 unused pools * 16384 bytes      =              999,424',
    '# bytes lost to pool headers       =                   96',
    '# bytes lost to quantization       =                  464',
    '# bytes lost to arena alignment    =               16,384',
    'Total                              =            1,048,576',
    '',
    'arena map counts',
    '# arena map mid nodes              =                    1',
    '# arena map bot nodes              =                    1',
    '',
    '# bytes lost to arena map root     =              262,144',
    '# bytes lost to arena map mid      =              262,144',
    '# bytes lost to arena map bot      =              131,072',
    'Total                              =              655,360',
    '           3 free PyFloatObjects * 24 bytes each =                   72',
    '',
  ].join('\n');
  assert.equal(text, expected);
});
