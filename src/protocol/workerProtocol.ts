/**
 * The protocol between the extension host and the engine worker (a worker thread of the host).
 * The host starts a session with the script's source; the worker runs it on the simulated heap and
 * answers every request with the session's state. Long runs report progress with notifications and
 * stop when the host posts `session/cancel` (the worker checks for it between slices of work).
 */
import type { Envelope } from './requestReply';
import type { CPythonVersion, HeapView, LineFootprint } from './heapModel';
import type { RunStatus } from './panelProtocol';
import type { GcRecord } from './report';
import type { OutputChunk } from './outputChunks';
import type { PausedEvent, PauseKind, RunPosition } from './pausedEvent';

/**
 * The engine's thread limits, shared by the extension's worker and the CLI's: Node's default
 * worker stack (4 MiB, where a Python recursion reaches CPython's RecursionError before the JS
 * stack runs out) and the worker's own V8 heap limit: a JS out-of-memory in the engine ends only
 * the worker (ERR_WORKER_OUT_OF_MEMORY), not the extension host or the CLI's main thread; the
 * simulated memory ceiling (default 512 MiB at up to ~5 JS bytes per simulated byte) keeps runs
 * well below it.
 */
export const ENGINE_WORKER_LIMITS = { maxOldGenerationSizeMb: 4096, stackSizeMb: 4 } as const;

/** Start a fresh session: parse the script and stop before its first line. */
export interface StartSessionRequest {
  type: 'session/start';
  source: string;
  /**
   * Display name used in tracebacks (`File "…"`). An absolute path (a saved document's) also lets
   * the script import the modules beside it from disk; any other name (an untitled document) has
   * no folder, so a sibling import raises ModuleNotFoundError.
   */
  filename: string;
  version: CPythonVersion;
  /** Standard input the script's `input()` reads. */
  stdin: string;
  maxSteps: number;
  timeoutMs: number;
  /** The simulated memory ceiling in MiB (a request past it raises MemoryError); default 512. */
  memoryLimitMb?: number;
  /** The startup to reproduce: a plain `python3 script.py` (default) or the Compare view's tracemalloc runner. */
  calibration?: 'plain' | 'tracemallocRunner';
}
/** Run until the script ends, a budget runs out, or `untilLine` is reached. */
export interface ContinueRequest { type: 'session/continue'; untilLine: number | null }
/** Run one line. */
export interface StepRequest { type: 'session/step' }
/** Go to a recorded step (earlier or later). */
export interface GoToStepRequest { type: 'session/goToStep'; step: number }
/** Run to the next allocation or GC phase (from a pause at one, the next after it). */
export interface StepEventRequest { type: 'session/stepEvent'; kind: PauseKind }
/** Go to a position, at a line boundary or at an event inside a line (earlier or later). */
export interface GoToRequest { type: 'session/goTo'; position: RunPosition }
/** `gc.collect()` now, as if the script had called it. */
export interface CollectRequest { type: 'session/collect'; generation: 0 | 1 | 2 }
/** The current state without running anything. */
export interface DescribeRequest { type: 'session/describe' }

/** Every request the host sends. */
export type WorkerRequest =
  | StartSessionRequest | ContinueRequest | StepRequest | GoToStepRequest | StepEventRequest | GoToRequest
  | CollectRequest | DescribeRequest;

/** The session's state, the answer to every request. */
export interface SessionState {
  status: RunStatus;
  line: number | null;
  step: number;
  lastStep: number;
  error: string | null;
  /**
   * Stdout and stderr (the error text included) in the order they were written; the only copy of
   * the output, so a long-printing script's text crosses the worker boundary once per state.
   */
  output: OutputChunk[];
  heap: HeapView;
  footprints: LineFootprint[];
  /** Every collection so far. */
  gcHistory: GcRecord[];
  /** The allocation or GC phase the run is paused at, when paused inside a line. */
  pause: PausedEvent | null;
  /** What the user should know about this state (a finished run's heap is the script's end). */
  notice: string | null;
}

/** Progress of a long run. */
export interface ProgressNotification { type: 'session/progress'; step: number; line: number | null }
/** The host asks the worker to stop the current run at the next check. */
export interface CancelNotification { type: 'session/cancel' }

/** What travels from the host to the worker. */
export type HostToWorker = Envelope<WorkerRequest, never, CancelNotification>;
/** What travels from the worker to the host. */
export type WorkerToHost = Envelope<never, SessionState, ProgressNotification>;
