// Fidelity against the real interpreters: the facts measured by test/oracle/obmalloc/pymallocFacts.py
// on 3.11.7, 3.12.1 and 3.13.0 (expected/<version>.json), reproduced on the simulator.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { Obmalloc } from './obmalloc';
import { POOL_SIZE, numBlocks } from './constants';
import { checkObmallocInvariants } from './invariants';
import { collectMallocStats } from './mallocStats';

interface Facts {
  version: string;
  strideInPool336: number;
  wholePoolOffsetsAre48Plus336k: boolean;
  lifoReuseOrder: (number | string)[];
  fullPoolFreedBlockReusedFirst: boolean;
  arenasAddedBy3ArenasOf336: number;
  arenasReclaimedAfterFreeingThem: number;
  blocksPerPool: Record<string, number>;
  blocksPerPoolExact: boolean;
  sixTermsAddUpToArenaBytes: boolean;
  allocatedBytesIsSumInUseTimesSize: boolean;
  availableBytesIsSumAvailTimesSize: boolean;
  poolHeadersIsPoolsTimes48: boolean;
  quantizationIsPoolsTimesRemainder: boolean;
  alignmentIsMultipleOfPool: boolean;
  arenaMapBytes: number[];
  arenaMapNodes: number[];
  mostArenasUnalignedWhenMany: boolean;
  allocatedBlocksDelta10Bytearray600: number;
}

function repoRoot(): string {
  let dir = __dirname;
  while (!existsSync(join(dir, 'package.json'))) {
    const up = dirname(dir);
    if (up === dir) throw new Error('repository root not found');
    dir = up;
  }
  return dir;
}

const versions = ['3.11.7', '3.12.1', '3.13.0'];
const oracle: Facts[] = versions.map((v) =>
  JSON.parse(readFileSync(join(repoRoot(), 'test/oracle/obmalloc/expected', `${v}.json`), 'utf8')) as Facts);

/** bytes(n) requests 33 + n bytes; 303 -> 336, class 20. */
const BYTES_303 = 336;

for (const facts of oracle) {
  test(`${facts.version}: blocks per pool match NUMBLOCKS for every class`, () => {
    assert.equal(facts.blocksPerPoolExact, true);
    assert.equal(Object.keys(facts.blocksPerPool).length, 32);
    for (const [idx, n] of Object.entries(facts.blocksPerPool)) assert.equal(numBlocks(Number(idx)), n, `class ${idx}`);
  });

  test(`${facts.version}: contiguous blocks, stride ${facts.strideInPool336}, whole pools start at +48`, () => {
    const ob = new Obmalloc();
    const ids = Array.from({ length: 200 }, () => ob.malloc(BYTES_303));
    const strides = new Map<number, number>();
    for (let i = 0; i + 1 < ids.length; i++) {
      if (Math.floor(ids[i] / POOL_SIZE) === Math.floor(ids[i + 1] / POOL_SIZE)) {
        const d = ids[i + 1] - ids[i];
        strides.set(d, (strides.get(d) ?? 0) + 1);
      }
    }
    const mode = [...strides].sort((a, b) => b[1] - a[1])[0][0];
    assert.equal(mode, facts.strideInPool336);
    const byPool = new Map<number, number[]>();
    for (const a of ids) byPool.set(Math.floor(a / POOL_SIZE), [...(byPool.get(Math.floor(a / POOL_SIZE)) ?? []), a % POOL_SIZE]);
    const whole = [...byPool.values()].filter((v) => v.length === 48);
    assert.ok(whole.length >= 3);
    const expected = Array.from({ length: 48 }, (_, k) => 48 + 336 * k);
    for (const v of whole) assert.deepEqual(v.sort((a, b) => a - b), expected);
    assert.equal(facts.wholePoolOffsetsAre48Plus336k, true);
    checkObmallocInvariants(ob);
  });

  test(`${facts.version}: freeing #30, #20, #10 then allocating three gives ${JSON.stringify(facts.lifoReuseOrder)}`, () => {
    const ob = new Obmalloc();
    const ids = Array.from({ length: 200 }, () => ob.malloc(BYTES_303));
    for (const k of [30, 20, 10]) ob.free(ids[k]);
    const again = [0, 1, 2].map(() => ob.malloc(BYTES_303));
    assert.deepEqual(again.map((a) => ids.indexOf(a)), facts.lifoReuseOrder);
    checkObmallocInvariants(ob);
  });

  test(`${facts.version}: a full pool goes to the front of usedpools`, () => {
    const ob = new Obmalloc();
    const ids = Array.from({ length: 48 * 4 }, () => ob.malloc(BYTES_303));
    // pools 0-2 are full, pool 3 is the head of usedpools[20] with free blocks
    const victim = ids[5];
    ob.free(victim);
    assert.equal(ob.malloc(BYTES_303) === victim, facts.fullPoolFreedBlockReusedFirst);
    checkObmallocInvariants(ob);
  });

  test(`${facts.version}: freeing ~3 arenas of blocks reclaims all but one of the arenas added`, () => {
    // The real interpreter starts with partly used arenas (its startup heap); model that with a
    // few pools of other classes, then run probes/arenas.py's loop and its list's reverse dealloc.
    const ob = new Obmalloc();
    const startup = Array.from({ length: 5000 }, (_, i) => ob.malloc(16 + (i % 200)));
    const before = collectMallocStats(ob);
    const big = Array.from({ length: 3 * 48 * 64 }, () => ob.malloc(BYTES_303));
    const mid = collectMallocStats(ob);
    for (let i = big.length - 1; i >= 0; i--) ob.free(big[i]);
    const after = collectMallocStats(ob);
    const added = mid.arenasAllocatedTotal - before.arenasAllocatedTotal;
    const reclaimed = (after.arenasAllocatedTotal - after.arenasCurrent) - (mid.arenasAllocatedTotal - mid.arenasCurrent);
    assert.equal(facts.arenasAddedBy3ArenasOf336 - 1, facts.arenasReclaimedAfterFreeingThem);
    assert.equal(reclaimed, added - 1, `added ${added}, reclaimed ${reclaimed}`);
    // 9216 blocks / (63 pools * 48) = 3.05 arenas; the startup arena's free pools take the rest,
    // so 3 are added, as on 3.12.1 and 3.13.0 (3.11.7's startup heap had more free pools: 2).
    assert.equal(added, 3);
    checkObmallocInvariants(ob);
    for (const p of startup) ob.free(p);
    checkObmallocInvariants(ob);
  });

  test(`${facts.version}: stats derivations hold and the arena map costs ${facts.arenaMapBytes.join('/')}`, () => {
    for (const k of ['sixTermsAddUpToArenaBytes', 'allocatedBytesIsSumInUseTimesSize', 'availableBytesIsSumAvailTimesSize',
      'poolHeadersIsPoolsTimes48', 'quantizationIsPoolsTimesRemainder', 'alignmentIsMultipleOfPool'] as const) {
      assert.equal(facts[k], true, k);
    }
    const ob = new Obmalloc();
    const keep = [];
    for (let n = 48; n <= 512; n += 16) for (let j = 0; j < 3; j++) keep.push(ob.malloc(n));
    const s = collectMallocStats(ob);
    assert.deepEqual([s.arenaMapMidNodes, s.arenaMapBotNodes], facts.arenaMapNodes);
    assert.deepEqual([262144, s.arenaMapMidBytes, s.arenaMapBotBytes], facts.arenaMapBytes);
    checkObmallocInvariants(ob);
  });

  test(`${facts.version}: most arenas are not 16 KiB-aligned (63 pools)`, () => {
    const ob = new Obmalloc();
    for (let i = 0; i < 20 * 48 * 64; i++) ob.malloc(BYTES_303);
    const s = collectMallocStats(ob);
    assert.equal(s.arenaAlignmentBytes / POOL_SIZE * 2 > s.arenasCurrent, facts.mostArenasUnalignedWhenMany);
  });

  test(`${facts.version}: getallocatedblocks counts raw fallbacks (10 x bytearray(600): +${facts.allocatedBlocksDelta10Bytearray600})`, () => {
    const ob = new Obmalloc();
    const n0 = ob.getAllocatedBlocks();
    // [bytearray(600) for _ in range(10)]: the list (GC header + 40 = 56... 72 with the 3.x
    // pre-header rounding: one pymalloc block), its item array grown by realloc (one block),
    // and per element a 56-byte bytearray object plus its 601-byte raw buffer.
    const list = ob.malloc(72);
    let items = 0;
    for (let i = 0; i < 10; i++) {
      ob.malloc(56);
      ob.malloc(601);
      const cap = [4, 4, 4, 4, 8, 8, 8, 8, 16, 16][i];
      items = ob.realloc(items, cap * 8);
    }
    assert.ok(list !== 0);
    assert.equal(ob.getAllocatedBlocks() - n0, facts.allocatedBlocksDelta10Bytearray600);
    assert.equal(ob.rawAllocatedBlocks, 10);
  });
}
