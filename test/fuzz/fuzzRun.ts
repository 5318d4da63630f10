/**
 * Runs one fuzz mutant on a RunSession under small budgets and says how it ended. A JS exception
 * escaping the interpreter (RunSession's "Internal error in the simulation", a throw out of the
 * session, the JS stack overflowing in our own code) or an inconsistent heap afterwards is a bug;
 * every other ending (output, a Python traceback, a syntax error, a named unsupported construct,
 * a budget stop) is a clear answer.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RunSession } from '../../src/interpreter/session/runSession';
import { checkHeapSelf } from '../../src/interpreter/session/heapSelfCheck';
import type { CPythonVersion } from '../../src/protocol/heapModel';
import { mutate, Prng, type Mutant } from './mutator';

/** How a mutant's run ended. The last three are bugs. */
export type FuzzClass = 'ok' | 'exception' | 'syntax-error' | 'unsupported' | 'stopped' | 'internal' | 'js-stack' | 'heap';

/** The bug classes. */
export const BUG_CLASSES: ReadonlySet<FuzzClass> = new Set(['internal', 'js-stack', 'heap']);

/** One run's ending. */
export interface FuzzResult {
  cls: FuzzClass;
  /** The first line naming the bug, or the error's last line. */
  detail: string;
}

/** Budgets for a fuzz run: small, so a run of hundreds of mutants stays short. */
export interface FuzzBudgets {
  maxSteps: number;
  timeoutMs: number;
  memoryLimitBytes: number;
}

/** The budgets the unit test uses. */
export const SMALL_BUDGETS: FuzzBudgets = { maxSteps: 20_000, timeoutMs: 3_000, memoryLimitBytes: 32 * 1024 * 1024 };

/** Runs `source` to its end and classifies it. */
export function runMutant(source: string, version: CPythonVersion, budgets: FuzzBudgets = SMALL_BUDGETS): FuzzResult {
  let session: RunSession;
  try {
    session = new RunSession({ source, filename: 'mutant.py', version, stdin: 'a\nb\n', ...budgets });
    session.continue();
  } catch (e) {
    return { cls: 'internal', detail: `thrown out of RunSession: ${e instanceof Error ? e.stack ?? e.message : String(e)}` };
  }
  const error = session.error ?? '';
  if (error.startsWith('Internal error in the simulation')) return { cls: 'internal', detail: error.split('\n').slice(0, 4).join(' | ') };
  if (error.includes("(in the simulation's own code)")) return { cls: 'js-stack', detail: error.trim() };
  try {
    checkHeapSelf(session);
  } catch (e) {
    return { cls: 'heap', detail: `heap self-check: ${e instanceof Error ? e.message : String(e)}` };
  }
  const last = error.trimEnd().split('\n').pop() ?? '';
  return { cls: session.outcome === 'ok' ? 'ok' : session.outcome, detail: last };
}

/** The seed programs: the corpus and the examples. */
export function seedPrograms(root: string): { name: string; source: string }[] {
  return ['test/corpus/programs', 'examples'].flatMap((dir) =>
    readdirSync(join(root, dir)).filter((f) => f.endsWith('.py')).sort()
      .map((f) => ({ name: f, source: readFileSync(join(root, dir, f), 'utf8') })));
}

/** Mutant number `index` of the run seeded with `seed`: always the same program. */
export function nthMutant(seeds: readonly { name: string; source: string }[], seed: number, index: number): Mutant & { seedName: string; version: CPythonVersion } {
  const rng = new Prng((seed * 1_000_003 + index) >>> 0);
  const base = rng.pick(seeds);
  const version = rng.pick(['3.11', '3.12', '3.13'] as const);
  return { ...mutate(rng, base.source), seedName: base.name, version };
}
