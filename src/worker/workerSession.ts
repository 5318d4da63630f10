/**
 * One script's run inside the engine worker: turns the host's requests into calls on a
 * `RunSession` and answers with its state. Going back to an earlier step re-runs the script from
 * the start (the simulation is deterministic, so the state there is the same).
 */
import type { SessionState, StartSessionRequest, WorkerRequest } from '../protocol/workerProtocol';
import { RunSession } from '../interpreter/session/runSession';

/** Characters of standard output sent to the panel. */
const maxStdout = 100_000;

/** Serves one host; a new `session/start` replaces the previous run. */
export class WorkerSession {
  private run: RunSession | null = null;
  private start: StartSessionRequest | null = null;
  private lastStep = 0;

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
      this.run = this.newRun(request);
      return this.state();
    }
    const run = this.run;
    if (!run) throw new Error('no script is running: start one first');
    switch (request.type) {
      case 'session/continue':
        run.continue(request.untilLine);
        break;
      case 'session/step':
        run.stepLine();
        break;
      case 'session/goToStep':
        if (request.step < run.step) this.run = this.newRun(this.start as StartSessionRequest);
        (this.run as RunSession).runToStep(Math.max(0, request.step));
        break;
      case 'session/collect':
        run.collect(request.generation);
        break;
      case 'session/describe':
        break;
    }
    return this.state();
  }

  private state(): SessionState {
    const run = this.run as RunSession;
    this.lastStep = Math.max(this.lastStep, run.step);
    const state = run.state();
    // The panel shows the tail of a long output; the CLI prints all of it.
    if (state.stdout.length > maxStdout) state.stdout = `… (earlier output not shown)\n${state.stdout.slice(-maxStdout)}`;
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
      isCancelled: () => Atomics.load(this.cancelFlag, 0) !== 0,
      onProgress: (step, line) => this.onProgress(step, line),
    });
  }
}
