/**
 * The simulated 64-bit virtual address space of the process: a brk heap growing up from
 * `HEAP_BASE` (where glibc's main arena lives) and an mmap region growing *down* from `MMAP_BASE`,
 * as the Linux kernel lays out a process (`mm->mmap_base`, top-down `unmapped_area_topdown`).
 *
 * Why top-down first fit: the kernel places each new mapping in the highest gap below
 * `mmap_base` that fits, so consecutive 1 MiB arenas sit back to back, each 1 MiB below the
 * previous one, and an arena that is munmapped leaves a hole the next arena fills. The real base
 * is randomised (ASLR) and only page-aligned, which is why most real arenas are not 16 KiB-aligned
 * and hold 63 pools (measured: 20-23 of 23 arenas on 3.12.1, see test/oracle/obmalloc). Here the
 * base is fixed, page-aligned but not 16 KiB-aligned (it ends in 0x3000), so the first arenas
 * hold 63 pools; any other mapping of a size that is not a multiple of 16 KiB (glibc's mmapped
 * chunks, the radix tree nodes) shifts the arenas after it, so a few land 16 KiB-aligned and hold
 * 64 pools, deterministically. All addresses stay below 2^47 < 2^53.
 */
import { SYSTEM_PAGE_SIZE } from './constants';

/** Start of the brk heap (glibc main arena), 16-byte aligned. */
export const HEAP_BASE = 0x55c3_9a3f_4000;
/** Where the top-down mmap region starts (exclusive upper end); page- but not 16 KiB-aligned. */
export const MMAP_BASE = 0x7f3c_8a41_3000;
/** The lowest address the mmap region may reach; the brk heap may not grow past it either. */
export const MMAP_FLOOR = 0x6000_0000_0000;
/** Default cap on mapped bytes (brk heap + mmaps): 64 GiB. Past it mmap and sbrk fail. */
export const DEFAULT_MEMORY_LIMIT = 64 * 1024 ** 3;

/** Round a byte count up to whole pages. */
export function pageRoundUp(n: number): number {
  return Math.ceil(n / SYSTEM_PAGE_SIZE) * SYSTEM_PAGE_SIZE;
}

/** The mappings and the brk of one simulated process. */
export class AddressSpace {
  /** Start addresses of the mappings, ascending. */
  private readonly starts: number[] = [];
  /** End addresses (exclusive) of the mappings, parallel to `starts`. */
  private readonly ends: number[] = [];
  /** Current program break: the heap is [HEAP_BASE, brk). */
  private brk = HEAP_BASE;
  /** Bytes mapped now (mmap region plus brk heap). */
  mappedBytes = 0;

  /**
   * @param memoryLimit most bytes the process may map; requests past it fail like ENOMEM. A run
   * lowers it to its memory ceiling after startup (RunOptions.memoryLimitBytes).
   */
  constructor(public memoryLimit: number = DEFAULT_MEMORY_LIMIT) {}

  /** Current program break. */
  get programBreak(): number {
    return this.brk;
  }

  /** Bytes mapped by mmap (not the heap). */
  get mmapBytes(): number {
    return this.mappedBytes - (this.brk - HEAP_BASE);
  }

  /** `mmap(NULL, length, ...)`: the highest free gap below MMAP_BASE, or 0 on failure. */
  mmap(length: number): number {
    const len = pageRoundUp(length);
    if (!(len > 0) || this.mappedBytes + len > this.memoryLimit) return 0;
    let end = MMAP_BASE;
    let i = this.starts.length - 1;
    for (; i >= 0; i--) {
      if (end - this.ends[i] >= len) break;
      end = this.starts[i];
    }
    const start = end - len;
    if (start < MMAP_FLOOR) return 0;
    this.starts.splice(i + 1, 0, start);
    this.ends.splice(i + 1, 0, end);
    this.mappedBytes += len;
    return start;
  }

  /** `munmap(address, length)` of a whole mapping made by mmap (or left by mremap). */
  munmap(address: number, length: number): void {
    const i = this.indexOf(address);
    const len = pageRoundUp(length);
    if (i < 0 || this.ends[i] - this.starts[i] !== len) {
      throw new Error(`munmap of an unknown mapping 0x${address.toString(16)}+${len}`);
    }
    this.starts.splice(i, 1);
    this.ends.splice(i, 1);
    this.mappedBytes -= len;
  }

  /**
   * `mremap(address, oldLength, newLength, MREMAP_MAYMOVE)`: shrink in place, grow in place when
   * the pages above are free, else move to a fresh mapping. Returns the address or 0 on failure.
   */
  mremap(address: number, oldLength: number, newLength: number): number {
    const i = this.indexOf(address);
    const oldLen = pageRoundUp(oldLength);
    const newLen = pageRoundUp(newLength);
    if (i < 0 || this.ends[i] - this.starts[i] !== oldLen) {
      throw new Error(`mremap of an unknown mapping 0x${address.toString(16)}`);
    }
    const grow = newLen - oldLen;
    if (this.mappedBytes + grow > this.memoryLimit) return 0;
    const limit = i + 1 < this.starts.length ? this.starts[i + 1] : MMAP_BASE;
    if (address + newLen <= limit) {
      this.ends[i] = address + newLen;
      this.mappedBytes += grow;
      return address;
    }
    const moved = this.mmap(newLen);
    if (moved === 0) return 0;
    this.munmap(address, oldLen);
    return moved;
  }

  /** `sbrk(increment)`: grow (or shrink) the heap; returns the old break, or 0 on failure. */
  sbrk(increment: number): number {
    const old = this.brk;
    const next = old + increment;
    if (next < HEAP_BASE) return 0;
    if (increment > 0 && (next > MMAP_FLOOR || this.mappedBytes + increment > this.memoryLimit)) return 0;
    this.brk = next;
    this.mappedBytes += increment;
    return old;
  }

  /** Index of the mapping that starts at `address`, or -1. */
  private indexOf(address: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.starts[mid];
      if (s === address) return mid;
      if (s < address) lo = mid + 1;
      else hi = mid - 1;
    }
    return -1;
  }
}
