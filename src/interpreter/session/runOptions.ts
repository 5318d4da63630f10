/**
 * What a run is given (RunOptions) and what it hands back besides its state: how it ended, the
 * states of an event pause, the end-of-script notice, the default memory ceiling. Shared by the
 * session (runSession.ts), the worker and the CLI.
 */
import { type StartupCalibrationName } from '../../engine/startupCalibration';
import type { CPythonVersion } from '../../protocol/heapModel';
import type { SessionState } from '../../protocol/workerProtocol';
import type { PauseKind } from '../../protocol/pausedEvent';
import type { FindModuleSource } from '../runtime/moduleSource';

/** What a run is given. */
export interface RunOptions {
  source: string;
  /** Shown in tracebacks. */
  filename: string;
  /** `sys.argv[0]`: the script's path as the user gave it (the CLI's argument); `filename` when absent. */
  argv0?: string;
  version: CPythonVersion;
  stdin?: string;
  /** The run stops with a clear message after this many line steps. */
  maxSteps?: number;
  /** ... or after this many milliseconds of running. */
  timeoutMs?: number;
  /** Polled every few thousand steps; true stops the run. */
  isCancelled?: () => boolean;
  /** Called every few thousand steps of a long run. */
  onProgress?: (step: number, line: number) => void;
  /** Put the heap into the measured startup state before line 1 (default true). */
  calibrate?: boolean;
  /** Which measured startup: a plain `python3 script.py` (default) or under tracemallocRunner.py (Compare). */
  calibration?: StartupCalibrationName;
  /** Most timeline points kept (older ones are thinned). */
  maxTimelinePoints?: number;
  /**
   * The simulated memory ceiling: bytes the simulated process may map (arenas, malloc heap,
   * mmaps). A request past it raises `MemoryError` as a failed malloc does in CPython. Default
   * `DEFAULT_RUN_MEMORY_LIMIT`.
   */
  memoryLimitBytes?: number;
  /** Stress mode: a full collection at every GC allocation (3.11) or at the eval-breaker check after it (3.12+). */
  gcStress?: boolean;
  /** `python -W ignore`: the compiler's SyntaxWarnings are not printed (default: printed, as `python3 script.py` does). */
  ignoreWarnings?: boolean;
  /**
   * `sys.warnoptions`: the `PYTHONWARNINGS` entries, then each `-W` option, in order (the CLI reads
   * the environment; the engine never does). The warnings module turns them into filters.
   */
  warnOptions?: string[];
  /**
   * A finished run's state shows the heap as the script left it, captured before the exit phase
   * (the inspector's choice: hovers and the object views then show the script's objects, which
   * the exit's teardown frees). Its output, stderr and collections still include the exit's.
   */
  heapAtScriptEnd?: boolean;
  /** Finds the script's own modules (`import helper` beside it); without it only simulated modules import. */
  findModuleSource?: FindModuleSource;
}

/** The notice a finished run's state carries when its heap is the one the script left. */
export const SCRIPT_END_NOTICE = 'The heap as the script left it, before the interpreter exited (the exit\'s output and collections are in Output and the GC history).';

/**
 * Default simulated memory ceiling: 512 MiB. Measured on Node 20, the worker's JS heap takes 1.5
 * (a long str) to ~5 (a list of small ints: 40 simulated bytes, ~170 JS bytes each) JS bytes per
 * simulated byte, so a run that fills the ceiling stays under ~2.5 GiB of JS heap, inside the
 * engine worker's heap limit.
 */
export const DEFAULT_RUN_MEMORY_LIMIT = 512 * 1024 * 1024;

/**
 * The states captured at an allocation or GC phase and at the next few of its kind in the same
 * line, and what else happened in that line after the last of them.
 */
export interface EventPause {
  states: SessionState[];
  laterInLine: ReadonlySet<PauseKind>;
}

/** How a finished run ended, for the CLI's exit code. */
export type RunOutcome = 'ok' | 'exception' | 'unsupported' | 'stopped' | 'syntax-error';
