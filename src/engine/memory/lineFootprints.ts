/**
 * Per-line allocation footprints, as tracemalloc would count them: bytes *requested* (GC header
 * included), allocations and frees while each line ran, and bytes still alive that each line
 * allocated. A free-list reuse re-attributes the block to the reusing line, as CPython's
 * `_PyTraceMalloc_NewReference` does.
 *
 * Lines are keyed by file as well: the heap's current "line" is a location, the script's own line
 * number below `OTHER_FILE_BASE`, or a number handed out by `locate` to a line of another file
 * (a module the script imported from beside it). Traces store locations (pyMemory.ts keeps them
 * below 2^20), so a block allocated by helper.py's line 3 is charged back to it when freed.
 */
import type { LineFootprint } from '../../protocol/heapModel';
import { FileLineKeys } from './fileLineKeys';

/** Locations at and past this are lines of other files than the script. */
export const OTHER_FILE_BASE = 1 << 19;

/** A location's slot in its counters (the script's or the other files'). */
const slotOf = (loc: number): number => (loc < OTHER_FILE_BASE ? loc : loc - OTHER_FILE_BASE);

/** Growable counters in typed arrays, one slot per location. */
class Counters {
  allocations = new Float64Array(64);
  allocatedBytes = new Float64Array(64);
  frees = new Float64Array(64);
  freedBytes = new Float64Array(64);
  retainedBytes = new Float64Array(64);
  retainedBlocks = new Float64Array(64);

  ensure(i: number): void {
    if (i < this.allocations.length) return;
    let n = this.allocations.length;
    while (n <= i) n *= 2;
    const grow = (a: Float64Array) => { const b = new Float64Array(n); b.set(a); return b; };
    this.allocations = grow(this.allocations);
    this.allocatedBytes = grow(this.allocatedBytes);
    this.frees = grow(this.frees);
    this.freedBytes = grow(this.freedBytes);
    this.retainedBytes = grow(this.retainedBytes);
    this.retainedBlocks = grow(this.retainedBlocks);
  }

  /** The footprint at slot `i`, or null when nothing happened there. */
  entry(i: number, line: number): LineFootprint | null {
    if (this.allocations[i] === 0 && this.frees[i] === 0 && this.retainedBlocks[i] === 0) return null;
    return {
      line,
      allocations: this.allocations[i],
      allocatedBytes: this.allocatedBytes[i],
      frees: this.frees[i],
      freedBytes: this.freedBytes[i],
      retainedBytes: this.retainedBytes[i],
      retainedBlocks: this.retainedBlocks[i],
    };
  }
}

/** Per-location counters: the script's lines, then other files' lines. */
export class LineFootprints {
  private readonly main = new Counters();
  private readonly other = new Counters();
  /** Other files' locations, and back. */
  private readonly places = new FileLineKeys(OTHER_FILE_BASE);

  /** The location of `line` of `file` (not the script's file). */
  locate(file: string, line: number): number {
    return this.places.key(file, line);
  }

  /** The file (undefined: the script's) and line of a location. */
  place(loc: number): { file?: string; line: number } {
    return loc < OTHER_FILE_BASE ? { line: loc } : this.places.place(loc) ?? { line: 0 };
  }

  /** A block of `size` bytes was allocated while `line` ran. */
  allocated(line: number, size: number): void {
    const c = this.slot(line);
    const i = slotOf(line);
    c.allocations[i]++;
    c.allocatedBytes[i] += size;
    c.retainedBlocks[i]++;
    c.retainedBytes[i] += size;
  }

  /** A block of `size` bytes allocated by `ownerLine` was freed while `line` ran. */
  freed(line: number, ownerLine: number, size: number): void {
    const c = this.slot(line);
    const i = slotOf(line);
    c.frees[i]++;
    c.freedBytes[i] += size;
    const o = this.slot(ownerLine);
    const j = slotOf(ownerLine);
    o.retainedBlocks[j]--;
    o.retainedBytes[j] -= size;
  }

  /** A live block moves from `fromLine` to `toLine` (free-list reuse, realloc) and changes size. */
  moved(fromLine: number, fromSize: number, toLine: number, toSize: number): void {
    const f = this.slot(fromLine);
    const i = slotOf(fromLine);
    f.retainedBlocks[i]--;
    f.retainedBytes[i] -= fromSize;
    const t = this.slot(toLine);
    const j = slotOf(toLine);
    t.retainedBlocks[j]++;
    t.retainedBytes[j] += toSize;
  }

  /**
   * Every line with any activity: the script's in line order (line 0, what ran outside any file
   * the script owns, is left out), then other files' lines with their `file`, in file then line order.
   */
  toArray(): LineFootprint[] {
    const out: LineFootprint[] = [];
    for (let line = 1; line < this.main.allocations.length; line++) {
      const e = this.main.entry(line, line);
      if (e) out.push(e);
    }
    const others: LineFootprint[] = [];
    this.places.all.forEach((p, i) => {
      const e = i < this.other.allocations.length ? this.other.entry(i, p.line) : null;
      if (e) others.push({ file: p.file, ...e });
    });
    others.sort((a, b) => (a.file === b.file ? a.line - b.line : (a.file ?? '') < (b.file ?? '') ? -1 : 1));
    return out.concat(others);
  }

  /** The counters holding `loc`, grown to hold it. */
  private slot(loc: number): Counters {
    const c = loc < OTHER_FILE_BASE ? this.main : this.other;
    c.ensure(slotOf(loc));
    return c;
  }
}
