/**
 * One script's run inside the engine worker: turns the host's requests into calls on a
 * `RunSession` and answers with its state. Going back to an earlier step re-runs the script from
 * the start (the simulation is deterministic, so the state there is the same).
 *
 * A pause at an allocation or GC phase is a state captured inside a line while the run went on to
 * the end of that line (see `RunSession.runToEvent`), with the next few of its kind in that line
 * captured ahead: the next event is one of those, or found by carrying on from the end of the line
 * when the rest of the line had none of the kind asked for, and otherwise by re-running to the
 * line's start and counting events to the one after the pause.
 */
import type { SessionState, StartSessionRequest, WorkerRequest } from '../protocol/workerProtocol';
import type { PauseKind, RunPosition } from '../protocol/pausedEvent';
import { isAbsolute } from 'node:path';
import { RunSession } from '../interpreter/session/runSession';
import type { EventPause } from '../interpreter/session/runOptions';
import { diskModuleFinder } from './diskModuleFinder';
import { outputTail } from '../protocol/outputChunks';

/** Characters of output (both streams) sent to the panel. */
const maxOutput = 100_000;

/**
 * Further pauses of the same kind captured in the rest of a line, so that stepping to them needs
 * no re-run: a capture costs one heap snapshot, a re-run the bootstrap and the replay to the line.
 * A collection has at most seven phases; a line may allocate without end, so a few.
 */
const lookAhead: Record<PauseKind, number> = { alloc: 3, gc: 6 };

/** Paused inside a line: the state shown first, then those captured ahead of it. */
interface Paused extends EventPause {
  kind: PauseKind | 'any';
}

/** Serves one host; a new `session/start` replaces the previous run. */
export class WorkerSession {
  private run: RunSession | null = null;
  private start: StartSessionRequest | null = null;
  private lastStep = 0;
  /** The captured states while paused inside a line. */
  private paused: Paused | null = null;

  /**
   * @param cancelFlag shared with the host: a non-zero value at index 0 asks the run to stop.
   * @param onProgress reports progress of a long run.
   */
  constructor(
    private readonly cancelFlag: Int32Array,
    private readonly onProgress: (step: number, line: number | null) => void,
  ) {}

  /** Handles one request and returns the session's state after it. */
  handle(request: WorkerRequest): SessionState {
    Atomics.store(this.cancelFlag, 0, 0);
    if (request.type === 'session/start') {
      this.start = request;
      this.lastStep = 0;
      this.paused = null;
      this.run = this.newRun(request);
      return this.state();
    }
    const run = this.run;
    if (!run) throw new Error('no script is running: start one first');
    if (request.type === 'session/stepEvent') return this.stepEvent(request.kind);
    if (request.type === 'session/goTo') return this.goTo(request.position);
    // Anything else acts on the live run, which stands at the end of a paused event's line:
    // Step Line from an event finishes that line.
    if (request.type !== 'session/describe') this.paused = null;
    switch (request.type) {
      case 'session/continue':
        run.continue(request.untilLine);
        break;
      case 'session/step':
        run.stepLine();
        break;
      case 'session/goToStep':
        this.rerunTo(Math.max(0, request.step));
        break;
      case 'session/collect':
        run.collect(request.generation);
        break;
      case 'session/describe':
        break;
    }
    return this.state();
  }

  /** The next allocation or GC phase after where the run stands. */
  private stepEvent(kind: PauseKind): SessionState {
    let run = this.run as RunSession;
    let after = 0;
    const p = this.paused;
    this.paused = null;
    if (p && p.kind === kind && p.states.length > 1) {
      p.states.shift();
      this.paused = p;
      return this.state();
    }
    const from = p?.states[0].pause?.position;
    if (p && from) {
      // The live run stands at the end of the line: carry on from there only when nothing of
      // this kind happened in the line after the pause shown.
      if (p.states.length > 1 || p.laterInLine.has(kind)) {
        run = this.rerunTo(from.step);
        after = from.event;
      } else if (run.status !== 'paused') {
        return this.state();
      }
    }
    const hit = run.runToEvent(kind, after, lookAhead[kind]);
    this.paused = hit && { ...hit, kind };
    return this.state();
  }

  /** A line boundary (`event` 0) or an event inside the line after `step`. */
  private goTo(position: RunPosition): SessionState {
    this.paused = null;
    const run = this.rerunTo(Math.max(0, position.step));
    const hit = position.event > 0 ? run.runToEvent('any', position.event - 1) : null;
    this.paused = hit && { ...hit, kind: 'any' };
    return this.state();
  }

  /** The live run at line boundary `step`: carried on when it is not past it, else a fresh run. */
  private rerunTo(step: number): RunSession {
    if ((this.run as RunSession).step > step) this.run = this.newRun(this.start as StartSessionRequest);
    const run = this.run as RunSession;
    run.runToStep(step);
    return run;
  }

  private state(): SessionState {
    const run = this.run as RunSession;
    this.lastStep = Math.max(this.lastStep, run.step);
    const state = { ...(this.paused?.states[0] ?? run.state()) };
    // The panel shows the tail of a long output; the CLI prints all of it.
    state.output = outputTail(state.output, maxOutput);
    return { ...state, lastStep: this.lastStep };
  }

  private newRun(request: StartSessionRequest): RunSession {
    return new RunSession({
      source: request.source,
      filename: request.filename,
      version: request.version,
      stdin: request.stdin,
      maxSteps: request.maxSteps,
      timeoutMs: request.timeoutMs,
      memoryLimitBytes: request.memoryLimitMb === undefined ? undefined : request.memoryLimitMb * 1024 * 1024,
      calibration: request.calibration,
      heapAtScriptEnd: true,
      // A saved script imports the modules beside it, read from disk as CPython's sys.path[0]
      // finds them. An untitled document (filename `Untitled-1`) has no folder: like a script
      // CPython reads from stdin with no directory of its own, `import helper` raises
      // ModuleNotFoundError (CPython would search the current directory; the editor has none).
      findModuleSource: isAbsolute(request.filename) ? diskModuleFinder(request.filename) : undefined,
      isCancelled: () => Atomics.load(this.cancelFlag, 0) !== 0,
      onProgress: (step, line) => this.onProgress(step, line),
    });
  }
}
