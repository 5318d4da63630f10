/**
 * The run most unit tests make: a script named `script.py` run to its end on one version (at most
 * a million steps), then the heap's self-check (heapSelfCheck.ts), so every such test also checks
 * the allocator's totals and invariants.
 */
import { checkHeapSelf } from './heapSelfCheck';
import { RunSession } from './runSession';
import type { RunOptions } from './runOptions';

/** Runs `source` to its end on `version` and self-checks the heap; returns the finished session. */
export function runChecked(source: string, version: RunOptions['version'] = '3.13', extra: Partial<RunOptions> = {}): RunSession {
  const s = new RunSession({ source, filename: 'script.py', version, maxSteps: 1_000_000, ...extra });
  s.continue();
  checkHeapSelf(s);
  return s;
}

/** What a checked run printed: its stdout, then the traceback text if it ended in an exception. */
export function runOutput(source: string, version: RunOptions['version']): string {
  const s = runChecked(source, version);
  return s.stdout + (s.error ?? '');
}
