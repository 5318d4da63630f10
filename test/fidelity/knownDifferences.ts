/**
 * Facts the simulator does not reproduce, one entry per fact (see KNOWN-DIFFERENCES.md for the
 * prose). The fidelity harness skips exactly these and counts them.
 */
import type { CPythonVersion } from '../../src/protocol/heapModel';

/** One fact left unmodelled, with its reason. */
export interface KnownDifference {
  readonly oracle: string;
  readonly fact: string;
  /** Only these versions (all when absent). */
  readonly versions?: readonly CPythonVersion[];
  readonly reason: string;
}

/** Every known difference. */
export const knownDifferences: readonly KnownDifference[] = [];
