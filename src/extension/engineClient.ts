/**
 * The extension host's side of the engine worker: starts the worker thread, sends typed requests,
 * and cancels a run. A run that ignores cancellation (it never should) is ended by terminating the
 * worker, so the extension host is never held hostage by a script.
 */
import { Worker } from 'node:worker_threads';
import * as vscode from 'vscode';
import { RequestTracker } from '../protocol/requestReply';
import { ENGINE_WORKER_LIMITS, type HostToWorker, type SessionState, type WorkerRequest, type WorkerToHost } from '../protocol/workerProtocol';

/** How long a cancelled run may take to stop before the worker is terminated. */
const cancelGraceMs = 2000;
/** One engine worker and the requests in flight to it. */
export class EngineClient implements vscode.Disposable {
  private worker: Worker | undefined;
  private tracker: RequestTracker<WorkerRequest, SessionState> | undefined;
  private cancelFlag: Int32Array | undefined;
  private readonly onDidProgressEmitter = new vscode.EventEmitter<{ step: number; line: number | null }>();

  /** Fires as a long run makes progress. */
  readonly onDidProgress = this.onDidProgressEmitter.event;

  /** @param workerPath absolute path of the bundled out/engineWorker.js */
  constructor(private readonly workerPath: string) {}

  /** Sends a request and resolves with the session state the worker answers. */
  request(body: WorkerRequest): Promise<SessionState> {
    return this.ensureWorker().request(body);
  }

  /** Asks the current run to stop; terminates the worker if it does not within the grace period. */
  async cancel(): Promise<void> {
    if (!this.worker || !this.cancelFlag || !this.tracker) return;
    Atomics.store(this.cancelFlag, 0, 1);
    const tracker = this.tracker;
    const deadline = Date.now() + cancelGraceMs;
    while (tracker.inFlight > 0 && Date.now() < deadline) await new Promise((r) => setTimeout(r, 25));
    if (tracker.inFlight > 0) this.restart('the run did not stop when cancelled; the engine was restarted');
  }

  /** Ends the worker, failing whatever is in flight with `reason`. */
  restart(reason: string): void {
    this.tracker?.rejectAll(reason);
    void this.worker?.terminate();
    this.worker = undefined;
    this.tracker = undefined;
  }

  dispose(): void {
    this.restart('the extension was deactivated');
    this.onDidProgressEmitter.dispose();
  }

  private ensureWorker(): RequestTracker<WorkerRequest, SessionState> {
    if (this.tracker) return this.tracker;
    const cancelBuffer = new SharedArrayBuffer(4);
    this.cancelFlag = new Int32Array(cancelBuffer);
    const worker = new Worker(this.workerPath, { workerData: { cancelBuffer }, resourceLimits: ENGINE_WORKER_LIMITS });
    const tracker = new RequestTracker<WorkerRequest, SessionState>((envelope) => {
      const message: HostToWorker = envelope;
      worker.postMessage(message);
    });
    worker.on('message', (message: WorkerToHost) => {
      if (message.kind === 'reply') tracker.settle(message);
      else if (message.kind === 'notify') this.onDidProgressEmitter.fire(message.body);
    });
    worker.on('error', (e: Error & { code?: string }) => this.restart(e.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? `the engine ran out of its own memory (${ENGINE_WORKER_LIMITS.maxOldGenerationSizeMb} MiB); lower pythonHeap.memoryLimitMb. The next run starts a fresh engine.`
      : `the engine stopped: ${e.message}. The next run starts a fresh engine.`));
    worker.on('exit', (code) => {
      if (this.worker === worker) this.restart(`the engine exited (code ${code})`);
    });
    this.worker = worker;
    this.tracker = tracker;
    return tracker;
  }
}
