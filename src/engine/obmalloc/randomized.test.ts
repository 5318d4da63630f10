// Random malloc/calloc/realloc/free sequences checked against a shadow model, the invariant walk
// and the stats self-check. OBMALLOC_SEED=<n> replays a run; the seed is printed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Obmalloc } from './obmalloc';
import { checkObmallocInvariants } from './invariants';

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const baseSeed = Number(process.env.OBMALLOC_SEED ?? Date.now() % 1_000_000);

for (let run = 0; run < 4; run++) {
  const seed = baseSeed + run;
  test(`random malloc/free/realloc sequence (seed ${seed})`, () => {
    console.log(`obmalloc randomized seed ${seed} (replay with OBMALLOC_SEED=${seed})`);
    const rnd = mulberry32(seed);
    const ob = new Obmalloc({ memoryLimit: 48 * 1024 * 1024 });
    const shadow = new Map<number, number>(); // address -> requested
    const size = (): number => {
      const r = rnd();
      if (r < 0.02) return 0;
      if (r < 0.08) return 513 + Math.floor(rnd() * 300_000);
      return 1 + Math.floor(rnd() * (rnd() < 0.7 ? 128 : 512));
    };
    const addrs: number[] = [];
    const phaseLen = 3000 + Math.floor(rnd() * 3000);
    for (let step = 0; step < 40_000; step++) {
      const growing = Math.floor(step / phaseLen) % 2 === 0;
      const op = rnd();
      if (addrs.length === 0 || (growing ? op < 0.55 : op < 0.3)) {
        const n = size();
        const p = rnd() < 0.1 ? ob.calloc(1 + Math.floor(rnd() * 8), Math.floor(n / 4)) : ob.malloc(n);
        if (p === 0) continue;
        assert.equal(shadow.has(p), false, `address 0x${p.toString(16)} handed out twice`);
        shadow.set(p, ob.requestedSize(p));
        addrs.push(p);
      } else {
        const i = Math.floor(rnd() * addrs.length);
        const p = addrs[i];
        if (rnd() < 0.25) {
          const n = size();
          const q = ob.realloc(p, n);
          if (q === 0) continue;
          shadow.delete(p);
          assert.equal(shadow.has(q), false);
          shadow.set(q, ob.requestedSize(q));
          addrs[i] = q;
        } else {
          ob.free(p);
          shadow.delete(p);
          addrs[i] = addrs[addrs.length - 1];
          addrs.pop();
        }
      }
      if (step % 2500 === 0) checkObmallocInvariants(ob);
    }
    checkObmallocInvariants(ob);
    // no two live pymalloc blocks overlap, and each lies in its pool's carved area
    const blocks = [...shadow.keys()].map((p) => ({ p, loc: ob.locate(p) }));
    for (const { loc } of blocks) assert.ok(loc !== null);
    const sorted = blocks.filter((b) => b.loc?.allocator === 'pymalloc').sort((x, y) => x.p - y.p);
    for (let i = 1; i < sorted.length; i++) {
      assert.ok(sorted[i - 1].p + (sorted[i - 1].loc?.blockSize ?? 0) <= sorted[i].p, 'blocks overlap');
    }
    assert.equal(ob.getAllocatedBlocks(), shadow.size);
    for (const p of addrs) ob.free(p);
    checkObmallocInvariants(ob);
    assert.equal(ob.getAllocatedBlocks(), 0);
    assert.ok(ob.arenas.narenasCurrentlyAllocated <= 1);
  });
}
