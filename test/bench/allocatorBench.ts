/**
 * Throughput of the simulated allocator (src/engine/obmalloc) in plain Node. The requirement is at
 * least 5 million allocate/free pairs per second on both workloads.
 *
 *   steady-state mixed sizes: 50,000 live blocks of random sizes (1-512, weighted to small, 1 in
 *     64 a raw request of 513-4096); each pair frees a random live block and allocates a new one.
 *   LIFO churn: allocate a stack of 64 blocks of cycling sizes, free it in reverse, repeat.
 */
import { Obmalloc } from '../../src/engine/obmalloc/obmalloc';

/** One measured number. */
export interface BenchResult {
  name: string;
  value: number;
  unit: string;
}

/** A request size from a random int32: mostly 1-128, a quarter 1-512, 1 in 64 raw (513-4096). */
function size(r: number): number {
  if ((r & 63) === 0) return 513 + ((r >>> 6) % 3584);
  return 1 + ((r >>> 8) % ((r & 192) === 0 ? 512 : 128));
}

function steadyState(pairs: number): number {
  const ob = new Obmalloc();
  const live = new Float64Array(50_000);
  let x = 12345; // xorshift32 state, kept local so the loop stays in int32
  for (let i = 0; i < live.length; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    live[i] = ob.malloc(size(x));
  }
  const t0 = performance.now();
  for (let i = 0; i < pairs; i++) {
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    const slot = (x >>> 1) % live.length;
    ob.free(live[slot]);
    x ^= x << 13; x ^= x >>> 17; x ^= x << 5;
    live[slot] = ob.malloc(size(x));
  }
  return pairs / ((performance.now() - t0) / 1000);
}

function lifoChurn(pairs: number): number {
  const ob = new Obmalloc();
  const stack = new Float64Array(64);
  const rounds = Math.ceil(pairs / stack.length);
  const t0 = performance.now();
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < stack.length; i++) stack[i] = ob.malloc(16 + ((i * 40 + r) % 480));
    for (let i = stack.length - 1; i >= 0; i--) ob.free(stack[i]);
  }
  return (rounds * stack.length) / ((performance.now() - t0) / 1000);
}

/** Run both workloads (best of three runs each, after a warm-up) and report pairs per second. */
export function runAllocatorBench(pairs = 2_000_000): BenchResult[] {
  steadyState(pairs / 10);
  lifoChurn(pairs / 10);
  const best = (f: (n: number) => number): number => Math.max(f(pairs), f(pairs), f(pairs));
  return [
    { name: 'obmalloc steady-state mixed-size malloc/free', value: Math.round(best(steadyState)), unit: 'pairs/s' },
    { name: 'obmalloc LIFO churn malloc/free', value: Math.round(best(lifoChurn)), unit: 'pairs/s' },
  ];
}
