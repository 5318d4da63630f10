/**
 * The host's model of the current run: the panel state, the script it belongs to, and the engine
 * worker behind it. Commands, the panel, code lenses, hovers and the side view all read from here
 * and redraw on `onDidChangeState`.
 */
import * as vscode from 'vscode';
import type { CPythonVersion, LineFootprint } from '../protocol/heapModel';
import { footprintsOfFile } from '../protocol/fileLines';
import { initialPanelState, type PanelState, type RealCPythonRun } from '../protocol/panelProtocol';
import type { SessionState, WorkerRequest } from '../protocol/workerProtocol';
import type { PauseKind, RunPosition } from '../protocol/pausedEvent';
import type { EngineClient } from './engineClient';
import { readSettings } from './settings';

/** The current run and its state. */
export class HeapSession implements vscode.Disposable {
  private stateValue: PanelState;
  private documentUri: vscode.Uri | undefined;
  private readonly onDidChangeStateEmitter = new vscode.EventEmitter<PanelState>();

  /** Fires with the whole new state whenever anything changes. */
  readonly onDidChangeState = this.onDidChangeStateEmitter.event;

  constructor(private readonly engine: EngineClient) {
    this.stateValue = initialPanelState(readSettings().cpythonVersion);
    this.setContext();
  }

  /** The whole state now. */
  get state(): PanelState {
    return this.stateValue;
  }

  /** The document the current run belongs to, if any. */
  get document(): vscode.Uri | undefined {
    return this.documentUri;
  }

  /**
   * The footprints to draw in `document`'s editor: the script's own lines in the script's editor,
   * an imported module's lines in that module's editor (matched by absolute path), else none.
   */
  footprintsFor(document: vscode.Uri): LineFootprint[] {
    const script = this.documentUri;
    if (!script) return [];
    if (script.toString() === document.toString()) return this.stateValue.footprints.filter((f) => f.file === undefined);
    if (document.scheme !== 'file' || script.scheme !== 'file') return [];
    return footprintsOfFile(this.stateValue.footprints, script.fsPath, document.fsPath);
  }

  /** Whether `document` is the script or one of the modules it imported (its editor draws footprints). */
  draws(document: vscode.Uri): boolean {
    return this.documentUri?.toString() === document.toString() || this.footprintsFor(document).length > 0;
  }

  /** Starts a fresh run of `document` and pauses before its first line. */
  async start(document: vscode.TextDocument, calibration: 'plain' | 'tracemallocRunner' = 'plain'): Promise<void> {
    const settings = readSettings();
    this.documentUri = document.uri;
    this.update({
      ...initialPanelState(this.stateValue.version),
      script: vscode.workspace.asRelativePath(document.uri),
      status: 'running',
    });
    await this.send({
      type: 'session/start',
      source: document.getText(),
      filename: document.uri.fsPath,
      version: this.stateValue.version,
      stdin: '',
      maxSteps: settings.maxSteps,
      timeoutMs: settings.timeoutSeconds * 1000,
      memoryLimitMb: settings.memoryLimitMb,
      calibration,
    });
  }

  /**
   * Runs to the end (or to `untilLine`). A run that takes more than a moment shows a cancellable
   * notification; cancelling stops the script at its next check (the engine is restarted if it
   * does not stop).
   */
  continue(untilLine: number | null): Promise<void> {
    const run = this.send({ type: 'session/continue', untilLine });
    let settled = false;
    void run.finally(() => { settled = true; });
    setTimeout(() => {
      if (settled) return;
      void vscode.window.withProgress(
        { location: vscode.ProgressLocation.Notification, title: 'Python Heap: running the script on the simulated heap…', cancellable: true },
        (progress, token) => {
          token.onCancellationRequested(() => void this.engine.cancel());
          const listener = this.engine.onDidProgress((p) => progress.report({ message: `step ${p.step.toLocaleString('en-US')}, line ${p.line ?? '?'}` }));
          return run.finally(() => listener.dispose());
        },
      );
    }, 400);
    return run;
  }

  /** Runs one line. */
  step(): Promise<void> {
    return this.send({ type: 'session/step' });
  }

  /** Runs to the next allocation or GC phase (`kind`), pausing inside a line. */
  stepEvent(kind: PauseKind): Promise<void> {
    return this.send({ type: 'session/stepEvent', kind });
  }

  /** Goes to a position: a line boundary or an event inside the line after it. */
  goTo(position: RunPosition): Promise<void> {
    return this.send({ type: 'session/goTo', position });
  }

  /** Goes to a recorded step. */
  goToStep(step: number): Promise<void> {
    return this.send({ type: 'session/goToStep', step });
  }

  /** Runs a collection of `generation` now. */
  collect(generation: 0 | 1 | 2): Promise<void> {
    return this.send({ type: 'session/collect', generation });
  }

  /** Shows a real CPython measurement of `document` beside the simulation. */
  setComparison(document: vscode.TextDocument, run: RealCPythonRun): void {
    const sameScript = this.documentUri?.toString() === document.uri.toString();
    const base = sameScript ? this.stateValue : { ...initialPanelState(this.stateValue.version), script: vscode.workspace.asRelativePath(document.uri) };
    this.update({ ...base, comparison: run });
  }

  /** Forgets the run. */
  reset(): void {
    this.documentUri = undefined;
    this.update(initialPanelState(this.stateValue.version));
  }

  /** Switches the modelled CPython; the run (if any) starts over. */
  setVersion(version: CPythonVersion): void {
    this.documentUri = undefined;
    this.update(initialPanelState(version));
  }

  /** Whether a run exists that step/back/collect can act on. */
  get active(): boolean {
    return this.documentUri !== undefined;
  }

  dispose(): void {
    this.onDidChangeStateEmitter.dispose();
  }

  private async send(request: WorkerRequest): Promise<void> {
    try {
      this.apply(await this.engine.request(request));
    } catch (e) {
      const message = e instanceof Error ? e.message : String(e);
      this.update({ ...this.stateValue, status: 'idle', notice: message });
      void vscode.window.showWarningMessage(`Python Heap: ${message}`);
    }
  }

  private apply(session: SessionState): void {
    this.update({ ...this.stateValue, ...session, notice: session.notice });
  }

  private update(state: PanelState): void {
    this.stateValue = state;
    this.setContext();
    this.onDidChangeStateEmitter.fire(state);
  }

  private setContext(): void {
    void vscode.commands.executeCommand('setContext', 'pythonHeap.sessionActive', this.active);
  }
}
