/**
 * The raw allocator: `PyMem_RawMalloc/Calloc/Realloc/Free` (`_PyMem_RawMalloc` and friends in
 * Objects/obmalloc.c) on top of a deterministic model of glibc's ptmalloc.
 *
 * CPython's part is exact: `malloc(0)` becomes `malloc(1)`, `calloc(0, x)` becomes `calloc(1, 1)`,
 * `realloc(p, 0)` becomes `realloc(p, 1)`, and requests over `PY_SSIZE_T_MAX` fail.
 *
 * glibc's part is a model, documented rather than measured (CPython's own reference leaves glibc
 * out, section 9): chunks carry glibc's 16-byte header (`prev_size`, `size`: the pointer returned
 * is chunk + 16, and a chunk is `max(32, align16(n + 8))` bytes since the next chunk's `prev_size`
 * overlaps the tail); freed chunks of up to 1040 bytes go to a per-size LIFO cache of 7 (the
 * tcache) without coalescing; other freed chunks coalesce with free neighbours and the top chunk
 * and are reused best-fit (standing in for the unsorted/small/large bins); the heap grows by sbrk
 * with a 128 KiB pad and is trimmed when the top passes the trim threshold; chunks of
 * `mmapThreshold` (128 KiB) and more get their own mmap (header 16, page-rounded), realloc'ed by
 * mremap; freeing an mmapped chunk raises the threshold to its size (glibc's dynamic threshold,
 * up to 32 MiB). Memory is never allocated in JS for a request: a chunk is two numbers.
 */
import { type AddressSpace, pageRoundUp } from './addressSpace';

/** glibc's `2 * SIZE_SZ`: the user pointer is this far past the chunk start. */
export const CHUNK_HEADER = 16;
/** glibc's `MINSIZE`: the smallest chunk. */
export const MIN_CHUNK = 32;
/** glibc's `DEFAULT_MMAP_THRESHOLD_MIN`: chunks this big get their own mmap. */
export const DEFAULT_MMAP_THRESHOLD = 128 * 1024;
/** glibc's `DEFAULT_MMAP_THRESHOLD_MAX` on 64-bit: the dynamic threshold stops rising here. */
export const MAX_MMAP_THRESHOLD = 32 * 1024 * 1024;
/** glibc's `DEFAULT_TOP_PAD`: extra bytes asked of sbrk, and kept when trimming. */
export const TOP_PAD = 128 * 1024;
/** Largest chunk the tcache holds (requests up to 1032 bytes). */
export const TCACHE_MAX_CHUNK = 1040;
/** Entries per tcache bin. */
export const TCACHE_COUNT = 7;
/** `PY_SSIZE_T_MAX`: PyMem_Raw* fail above it. */
export const PY_SSIZE_T_MAX = 2 ** 63 - 1;

/** glibc's `request2size`: the chunk size serving an n-byte request. */
export function chunkSizeFor(n: number): number {
  return Math.max(MIN_CHUNK, Math.ceil((n + 8) / 16) * 16);
}

/** A deterministic glibc-like malloc over an AddressSpace, with its own counters. */
export class RawAllocator {
  /** Live blocks (malloc'ed and not freed). */
  blocks = 0;
  /** Bytes requested by the live blocks. */
  requestedBytes = 0;
  /** Bytes of the live chunks (heap chunk sizes plus mmapped lengths). */
  chunkBytes = 0;
  /** glibc's `mp_.mmap_threshold` (dynamic). */
  mmapThreshold = DEFAULT_MMAP_THRESHOLD;
  /** glibc's `mp_.trim_threshold` (dynamic). */
  trimThreshold = 2 * DEFAULT_MMAP_THRESHOLD;

  /** user pointer -> requested bytes, for every live block. */
  private readonly requested = new Map<number, number>();
  /** heap chunk start -> size, for in-use heap chunks (tcache'd chunks count as in use). */
  private readonly inUse = new Map<number, number>();
  /** user pointer -> mapping length, for mmapped chunks. */
  private readonly mmapped = new Map<number, number>();
  /** chunk size -> LIFO of chunk starts (the tcache). */
  private readonly tcache = new Map<number, number[]>();
  /** free chunk start -> size (coalesced free chunks, not the top). */
  private readonly freeStart = new Map<number, number>();
  /** free chunk end -> start. */
  private readonly freeEnd = new Map<number, number>();
  /** Free chunks by size, oldest first (the bins), and the sizes that have any, ascending. */
  private readonly bins = new Map<number, Set<number>>();
  private readonly binSizes: number[] = [];
  /** Start of the top chunk; it runs to the program break. */
  private top: number;

  constructor(readonly space: AddressSpace) {
    this.top = space.programBreak;
  }

  /** `PyMem_RawMalloc(n)`: a user pointer, or 0 when the request cannot be met. */
  malloc(n: number): number {
    if (!(n <= PY_SSIZE_T_MAX)) return 0;
    const req = n === 0 ? 1 : n;
    const p = this.allocChunk(chunkSizeFor(req), req);
    if (p !== 0) this.track(p, req);
    return p;
  }

  /** `PyMem_RawCalloc(nelem, elsize)` (memory is not modelled, so zeroing is free). */
  calloc(nelem: number, elsize: number): number {
    if (nelem === 0 || elsize === 0) return this.malloc(1);
    if (elsize !== 0 && nelem > PY_SSIZE_T_MAX / elsize) return 0;
    return this.malloc(nelem * elsize);
  }

  /** `PyMem_RawRealloc(p, n)`: the (possibly moved) pointer, or 0 leaving p intact. */
  realloc(p: number, n: number): number {
    if (p === 0) return this.malloc(n);
    if (!(n <= PY_SSIZE_T_MAX)) return 0;
    const req = n === 0 ? 1 : n;
    const old = this.requiredRequest(p);
    const nb = chunkSizeFor(req);
    const mapLen = this.mmapped.get(p);
    let q: number;
    if (mapLen !== undefined) {
      const newLen = pageRoundUp(nb + 8);
      const chunk = this.space.mremap(p - CHUNK_HEADER, mapLen, newLen);
      if (chunk === 0) return 0;
      q = chunk + CHUNK_HEADER;
      this.mmapped.delete(p);
      this.mmapped.set(q, newLen);
      this.chunkBytes += newLen - mapLen;
    } else {
      q = this.reallocHeap(p, nb, req);
      if (q === 0) return 0;
    }
    this.untrack(p, old);
    this.track(q, req);
    return q;
  }

  /** `PyMem_RawFree(p)`; freeing 0 does nothing. */
  free(p: number): void {
    if (p === 0) return;
    this.untrack(p, this.requiredRequest(p));
    this.releaseChunk(p);
  }

  /** Whether p is a live raw block. */
  owns(p: number): boolean {
    return this.requested.has(p);
  }

  /** Bytes requested for the live block p (0 if p is not live). */
  requestedSize(p: number): number {
    return this.requested.get(p) ?? 0;
  }

  /** Whether the live block p has its own mmap. */
  isMmapped(p: number): boolean {
    return this.mmapped.has(p);
  }

  private track(p: number, req: number): void {
    this.requested.set(p, req);
    this.blocks++;
    this.requestedBytes += req;
  }

  private untrack(p: number, req: number): void {
    this.requested.delete(p);
    this.blocks--;
    this.requestedBytes -= req;
  }

  private requiredRequest(p: number): number {
    const req = this.requested.get(p);
    if (req === undefined) throw new Error(`raw free/realloc of a pointer it does not own: 0x${p.toString(16)}`);
    return req;
  }

  /** Serve a chunk of nb bytes: tcache, then free chunks (best fit), then mmap or the top. */
  private allocChunk(nb: number, req: number): number {
    const cached = nb <= TCACHE_MAX_CHUNK ? this.tcache.get(nb) : undefined;
    if (cached !== undefined && cached.length > 0) {
      const chunk = cached.pop() as number;
      this.chunkBytes += nb;
      return chunk + CHUNK_HEADER;
    }
    const fit = this.bestFit(nb);
    if (fit !== 0) {
      const size = this.freeStart.get(fit) as number;
      this.unlinkFree(fit);
      return this.useHeap(fit, this.split(fit, size, nb));
    }
    if (nb >= this.mmapThreshold) return this.mmapChunk(nb);
    const topSize = this.space.programBreak - this.top;
    if (topSize < nb + MIN_CHUNK) {
      if (this.space.sbrk(pageRoundUp(nb + MIN_CHUNK - topSize + TOP_PAD)) === 0) {
        return req > 0 ? this.mmapChunk(nb) : 0;
      }
    }
    const chunk = this.top;
    this.top += nb;
    return this.useHeap(chunk, nb);
  }

  private useHeap(chunk: number, nb: number): number {
    this.inUse.set(chunk, nb);
    this.chunkBytes += nb;
    return chunk + CHUNK_HEADER;
  }

  private mmapChunk(nb: number): number {
    const len = pageRoundUp(nb + 8);
    const chunk = this.space.mmap(len);
    if (chunk === 0) return 0;
    const p = chunk + CHUNK_HEADER;
    this.mmapped.set(p, len);
    this.chunkBytes += len;
    return p;
  }

  private releaseChunk(p: number): void {
    const mapLen = this.mmapped.get(p);
    if (mapLen !== undefined) {
      this.mmapped.delete(p);
      this.chunkBytes -= mapLen;
      this.space.munmap(p - CHUNK_HEADER, mapLen);
      if (mapLen > this.mmapThreshold && mapLen <= MAX_MMAP_THRESHOLD) {
        this.mmapThreshold = mapLen;
        this.trimThreshold = 2 * mapLen;
      }
      return;
    }
    const chunk = p - CHUNK_HEADER;
    const size = this.inUse.get(chunk) as number;
    this.chunkBytes -= size;
    if (size <= TCACHE_MAX_CHUNK) {
      let bin = this.tcache.get(size);
      if (bin === undefined) this.tcache.set(size, (bin = []));
      if (bin.length < TCACHE_COUNT) {
        bin.push(chunk);
        return;
      }
    }
    this.inUse.delete(chunk);
    this.freeChunk(chunk, size);
  }

  /** Coalesce a freed chunk with its free neighbours and the top, then maybe trim. */
  private freeChunk(chunk: number, size: number): void {
    const before = this.freeEnd.get(chunk);
    if (before !== undefined) {
      size += this.freeStart.get(before) as number;
      this.unlinkFree(before);
      chunk = before;
    }
    const afterSize = this.freeStart.get(chunk + size);
    if (afterSize !== undefined) {
      this.unlinkFree(chunk + size);
      size += afterSize;
    }
    if (chunk + size === this.top) {
      this.top = chunk;
      const topSize = this.space.programBreak - this.top;
      if (topSize >= this.trimThreshold) {
        const release = Math.floor((topSize - TOP_PAD - MIN_CHUNK) / 4096) * 4096;
        if (release > 0) this.space.sbrk(-release);
      }
      return;
    }
    this.freeStart.set(chunk, size);
    this.freeEnd.set(chunk + size, chunk);
    let bin = this.bins.get(size);
    if (bin === undefined) {
      this.bins.set(size, (bin = new Set()));
      this.binSizes.splice(this.firstSizeAtLeast(size), 0, size);
    }
    bin.add(chunk);
  }

  private unlinkFree(chunk: number): void {
    const size = this.freeStart.get(chunk) as number;
    this.freeStart.delete(chunk);
    this.freeEnd.delete(chunk + size);
    const bin = this.bins.get(size) as Set<number>;
    bin.delete(chunk);
    if (bin.size === 0) {
      this.bins.delete(size);
      this.binSizes.splice(this.firstSizeAtLeast(size), 1);
    }
  }

  /** Index in binSizes of the first size >= nb. */
  private firstSizeAtLeast(nb: number): number {
    let lo = 0;
    let hi = this.binSizes.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.binSizes[mid] < nb) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }

  /** Return the tail of a chunk beyond nb to the free chunks when it can stand alone. */
  private split(chunk: number, size: number, nb: number): number {
    if (size - nb >= MIN_CHUNK) {
      this.freeChunk(chunk + nb, size - nb);
      return nb;
    }
    return size;
  }

  /** Best fit: the oldest free chunk of the smallest size >= nb, or 0. */
  private bestFit(nb: number): number {
    const i = this.firstSizeAtLeast(nb);
    if (i === this.binSizes.length) return 0;
    const bin = this.bins.get(this.binSizes[i]) as Set<number>;
    return bin.values().next().value as number;
  }

  private reallocHeap(p: number, nb: number, req: number): number {
    const chunk = p - CHUNK_HEADER;
    const size = this.inUse.get(chunk) as number;
    if (size >= nb) {
      if (size - nb >= MIN_CHUNK) {
        this.inUse.set(chunk, nb);
        this.chunkBytes -= size - nb;
        this.freeChunk(chunk + nb, size - nb);
      }
      return p;
    }
    const next = chunk + size;
    const nextFree = this.freeStart.get(next);
    if (next === this.top && this.space.programBreak - this.top + size >= nb + MIN_CHUNK) {
      this.top = chunk + nb;
    } else if (nextFree !== undefined && size + nextFree >= nb) {
      this.unlinkFree(next);
      if (size + nextFree - nb >= MIN_CHUNK) this.freeChunk(chunk + nb, size + nextFree - nb);
      else nb = size + nextFree;
    } else {
      const q = this.allocChunk(nb, req);
      if (q === 0) return 0;
      this.releaseChunk(p);
      return q;
    }
    this.inUse.set(chunk, nb);
    this.chunkBytes += nb - size;
    return p;
  }
}
