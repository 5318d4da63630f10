/**
 * Per-line allocation footprints, as tracemalloc would count them: bytes *requested* (GC header
 * included), allocations and frees while each line ran, and bytes still alive that each line
 * allocated. A free-list reuse re-attributes the block to the reusing line, as CPython's
 * `_PyTraceMalloc_NewReference` does.
 */
import type { LineFootprint } from '../../protocol/heapModel';

/** Growable per-line counters in typed arrays (one slot per source line). */
export class LineFootprints {
  private allocations = new Float64Array(64);
  private allocatedBytes = new Float64Array(64);
  private frees = new Float64Array(64);
  private freedBytes = new Float64Array(64);
  private retainedBytes = new Float64Array(64);
  private retainedBlocks = new Float64Array(64);

  /** A block of `size` bytes was allocated while `line` ran. */
  allocated(line: number, size: number): void {
    this.ensure(line);
    this.allocations[line]++;
    this.allocatedBytes[line] += size;
    this.retainedBlocks[line]++;
    this.retainedBytes[line] += size;
  }

  /** A block of `size` bytes allocated by `ownerLine` was freed while `line` ran. */
  freed(line: number, ownerLine: number, size: number): void {
    this.ensure(Math.max(line, ownerLine));
    this.frees[line]++;
    this.freedBytes[line] += size;
    this.retainedBlocks[ownerLine]--;
    this.retainedBytes[ownerLine] -= size;
  }

  /** A live block moves from `fromLine` to `toLine` (free-list reuse, realloc) and changes size. */
  moved(fromLine: number, fromSize: number, toLine: number, toSize: number): void {
    this.ensure(Math.max(fromLine, toLine));
    this.retainedBlocks[fromLine]--;
    this.retainedBytes[fromLine] -= fromSize;
    this.retainedBlocks[toLine]++;
    this.retainedBytes[toLine] += toSize;
  }

  /** Every line with any activity, in line order. Line 0 collects what ran outside the script. */
  toArray(): LineFootprint[] {
    const out: LineFootprint[] = [];
    for (let line = 1; line < this.allocations.length; line++) {
      if (this.allocations[line] === 0 && this.frees[line] === 0 && this.retainedBlocks[line] === 0) continue;
      out.push({
        line,
        allocations: this.allocations[line],
        allocatedBytes: this.allocatedBytes[line],
        frees: this.frees[line],
        freedBytes: this.freedBytes[line],
        retainedBytes: this.retainedBytes[line],
        retainedBlocks: this.retainedBlocks[line],
      });
    }
    return out;
  }

  private ensure(line: number): void {
    if (line < this.allocations.length) return;
    let n = this.allocations.length;
    while (n <= line) n *= 2;
    const grow = (a: Float64Array) => { const b = new Float64Array(n); b.set(a); return b; };
    this.allocations = grow(this.allocations);
    this.allocatedBytes = grow(this.allocatedBytes);
    this.frees = grow(this.frees);
    this.freedBytes = grow(this.freedBytes);
    this.retainedBytes = grow(this.retainedBytes);
    this.retainedBlocks = grow(this.retainedBlocks);
  }
}
