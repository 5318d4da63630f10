/**
 * `npm run bench`: the engine's and (as it grows) the interpreter's performance, printed as a
 * table. Benchmarks measure; they assert nothing, because timings on shared machines are noise
 * for a test. Targets (issue #3): >= 5 million pymalloc allocate/free pairs per second, <= 150
 * JS heap bytes per live simulated object, and the cost of a snapshot of 100,000 objects.
 *
 * The interpreter is compared with the real CPython on the same scripts (ratio target: within 10x
 * on allocation-heavy scripts).
 *
 * Run with `node --expose-gc` (the npm script does) so heap measurements start from a clean heap.
 */
import { runAllocatorBench } from './allocatorBench';
import { runInterpreterBench } from './interpreterBench';
import { runLibmBench } from './libmBench';
import { runObjectBench } from './objectBench';
import { runSteppingBench } from './steppingBench';

interface Row { name: string; value: number; unit: string }

function print(title: string, rows: Row[]): void {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map((r) => r.name.length));
  for (const r of rows) console.log(`  ${r.name.padEnd(width)}  ${r.value.toLocaleString('en-US', { maximumFractionDigits: 1 })} ${r.unit}`);
}

print('pymalloc (src/engine/obmalloc)', runAllocatorBench(2_000_000));
print('objects (src/engine)', runObjectBench());
print('float math (src/interpreter/builtins/libm)', runLibmBench());
print('interpreter vs CPython (test/bench/scripts, CPython 3.13 model)', runInterpreterBench());
print('stepping by allocation and GC phase (examples/, CPython 3.12 model)', runSteppingBench());
