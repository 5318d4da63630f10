/**
 * One script's run inside the engine worker: dispatches the host's requests to the interpreter and
 * turns its state into the protocol's `SessionState`.
 */
import type { SessionState, WorkerRequest } from '../protocol/workerProtocol';

/**
 * Raised for a request the engine cannot serve yet. The message names what is missing, so the user
 * sees why nothing ran instead of a silent no-op.
 */
export class NotYetSupportedError extends Error {}

/** Serves one host at a time; a new `session/start` replaces the previous run. */
export class WorkerSession {
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
    switch (request.type) {
      case 'session/start':
      case 'session/continue':
      case 'session/step':
      case 'session/goToStep':
      case 'session/collect':
      case 'session/describe':
        throw new NotYetSupportedError(
          'Running scripts needs the Python interpreter on the simulated heap, which is not built yet ' +
            '(tracked in issue #4). The inspector, commands and protocol are in place.',
        );
    }
  }

  /** Whether the host asked the current run to stop. */
  get cancelled(): boolean {
    return Atomics.load(this.cancelFlag, 0) !== 0;
  }

  /** For the interpreter's progress callback. */
  reportProgress(step: number, line: number | null): void {
    this.onProgress(step, line);
  }
}
