/**
 * A script's run on the simulated heap, as the worker and the CLI drive it: compile, then execute
 * line by line under a step budget, a time budget and a cancellation check, pausing where asked
 * (before the next line, at a line, at the end). The simulation is deterministic, so going back to
 * an earlier step re-runs the script from the start to that step.
 */
import { importWarningsForOptions } from '../modules/warningsModule';
import { snapshotHeap } from '../../engine/heapSnapshot';
import { applyRunnerEpilogue, applyStartupCalibration, preloadedModules, type ScopeShape } from '../../engine/startupCalibration';
import type { PyObject } from '../../engine/objects/object';
import type { HeapView, TimelinePoint } from '../../protocol/heapModel';
import type { RunStatus } from '../../protocol/panelProtocol';
import type { SessionState } from '../../protocol/workerProtocol';
import { PySyntaxError } from '../parser/syntaxError';
import { bootstrap, type Bootstrapped } from '../runtime/bootstrap';
import { PyError, RunStopped, UnsupportedError } from '../runtime/pyError';
import { EvalLoop } from '../vm/evalLoop';
import { Frame } from '../vm/frame';
import type { Namespace } from '../vm/namespace';
import { registerMainModule } from '../vm/sourceModules';
import { newMainGlobals } from './mainGlobals';
import { releaseRunnerGlobals } from './runnerGlobals';
import { type ConstCache, LoadedCode, untrackConstantTuples } from '../vm/loadedCode';
import { releaseModuleCode, ScriptArena } from './scriptArena';
import { formatSyntaxError } from './syntaxErrorText';
import { registerScriptSource } from './traceback';
import { releaseLastException, reportUncaught } from '../modules/exceptHook';
import { systemExitOutcome } from './systemExit';
import type { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import type { PausedEvent, PauseKind } from '../../protocol/pausedEvent';
import { EventProbe } from './eventProbe';
import { describePause } from './describePause';
import { finalizeMainModule, runAtExit } from './exitPhase';
import { OTHER_FILE_BASE, type LineFootprints } from '../../engine/memory/lineFootprints';
import { initRunnerClinicParsers } from '../builtins/clinicKwtuple';
import { DEFAULT_RUN_MEMORY_LIMIT, type EventPause, type RunOptions, type RunOutcome, SCRIPT_END_NOTICE } from './runOptions';
import { CompileRecursion, compileScript } from './compileScript';
import { preloadModules } from './preloadModules';
import { interleaveOutput, type OutputChunk } from '../../protocol/outputChunks';

/** Most objects a state's heap view lists. */
const STATE_MAX_OBJECTS = 20_000;

/** One run. */
export class RunSession {
  private readonly boot: Bootstrapped;
  private readonly loop: EvalLoop | null = null;
  private readonly sourceLines: string[];
  private statusValue: RunStatus = 'paused';
  private errorText: string | null = null;
  private outcomeValue: RunOutcome = 'ok';
  /** SystemExit's status when one ended the run. */
  private exitStatus: number | null = null;
  private steps = 0;
  private allowed = 0;
  private untilLine: number | null = null;
  private pausedLine: number | null = null;
  private startedAt = 0;
  private timeline: TimelinePoint[] = [];
  private timelineStride = 1;
  private firstEventAfterResume = false;
  /** Watching for an allocation or GC phase to pause at (`runToEvent`). */
  private probe: EventProbe | null = null;
  /** The module's namespace, kept after the run ends for the final state's variables (null once the exit phase freed it). */
  private globals: Namespace | null = null;
  /** The script returned and the exit phase (`Py_FinalizeEx`, exitPhase.ts) is the next step. */
  private exitPending = false;
  /** The per-line footprints as the script left them, kept when the exit phase frees the globals. */
  private scriptFootprints: ReturnType<LineFootprints['toArray']> | null = null;
  /** The heap as the script left it, when `heapAtScriptEnd` asks for it (shown once finished). */
  private scriptEndHeap: HeapView | null = null;
  /** How much of the interpreter's stderr was written before the error text (the rest came during the teardown after it). */
  private stderrAtError: number | null = null;
  /** How many stdout chunks were written before the error text. */
  private stdoutAtError = 0;
  /** The script's AST, alive while the module body runs (null under the Compare runner). */
  private arena: ScriptArena | null = null;
  /** The module body's frame (its code's constants die after the body: releaseModuleCode). */
  private mainFrame: Frame | null = null;

  constructor(private readonly options: RunOptions) {
    this.sourceLines = options.source.split(/\r?\n/);
    this.boot = bootstrap(options.version);
    const interp = this.boot.interp;
    interp.stdin = options.stdin ?? '';
    interp.warnOptions = options.ignoreWarnings ? ['ignore'] : [...(options.warnOptions ?? [])];
    interp.script = { filename: options.filename, lines: this.sourceLines, argv0: options.argv0 ?? options.filename };
    interp.findModuleSource = options.findModuleSource ?? null;
    registerScriptSource(interp, options.filename, this.sourceLines);
    try {
      let shape: ScopeShape | undefined;
      const { code, arenaRefs } = compileScript(options, interp, (s) => { shape = s; });
      const consts: ConstCache = new Map();
      const loaded = new LoadedCode(interp, code, consts);
      // runpy (the Compare runner) compiles the script with compile(), whose AST is gone before it runs.
      if (options.calibration !== 'tracemallocRunner') this.arena = new ScriptArena(interp.rt, consts, arenaRefs);
      const globals = newMainGlobals(interp, options.filename, options.calibration);
      this.globals = globals;
      registerMainModule(interp, globals.dict);
      const loop = new EvalLoop(interp, (frame, line) => this.onLine(frame, line));
      if (options.version !== '3.11') loop.onEvalBreaker = () => this.boot.collector.runDue();
      this.mainFrame = new Frame(loaded, globals, globals, null, null);
      loop.start(this.mainFrame);
      this.loop = loop;
      if (options.calibrate !== false) {
        if (options.calibration === 'tracemallocRunner') {
          preloadModules(interp, preloadedModules(options.version, options.calibration));
          initRunnerClinicParsers(interp);
        }
        applyStartupCalibration(interp.rt, options.calibration, shape);
        if (interp.rt.profile.startupCollectsAfterCompile) untrackConstantTuples(interp, loaded);
      }
      importWarningsForOptions(interp);
      interp.rt.heap.gcStress = options.gcStress === true;
      const space = interp.rt.obmalloc?.space;
      if (space) space.memoryLimit = options.memoryLimitBytes ?? DEFAULT_RUN_MEMORY_LIMIT;
      interp.onPoll = () => this.checkStop();
    } catch (e) {
      this.fail(e);
      return;
    }
    // Stop before the first line, as a debugger does.
    this.resume(0, null);
  }

  /** Where the run stands. */
  get status(): RunStatus {
    return this.statusValue;
  }

  /** How it ended (for the CLI). */
  get outcome(): RunOutcome {
    return this.outcomeValue;
  }

  /**
   * The exit status CPython's process would end with: SystemExit's, else 0 or 1 for an uncaught
   * exception, -2 (killed by SIGINT, as subprocess reports it) for an uncaught KeyboardInterrupt
   * (2/3 for runs the simulation could not finish).
   */
  get exitCode(): number {
    if (this.exitStatus !== null) return this.exitStatus;
    switch (this.outcomeValue) {
      case 'ok': return 0;
      case 'exception': case 'syntax-error': return 1;
      case 'unsupported': return 2;
      case 'stopped': return 3;
    }
  }

  /** What the script printed. */
  get stdout(): string {
    return this.boot.interp.stdout.join('');
  }

  /** What the interpreter wrote to stderr (unraisable exceptions, `sys._debugmallocstats()`) before the error text. */
  get stderr(): string {
    return this.boot.interp.stderr.slice(0, this.stderrAtError ?? undefined).join('');
  }

  /** What it wrote to stderr after the error text: the teardown's unraisable exceptions (`__del__`, atexit). */
  get stderrAfterError(): string {
    return this.stderrAtError === null ? '' : this.boot.interp.stderr.slice(this.stderrAtError).join('');
  }

  /**
   * Both streams in the order they were written, as a terminal shows them: the error text goes
   * where the CLI writes it, after the stderr before it and before the teardown's output.
   */
  get output(): OutputChunk[] {
    const interp = this.boot.interp;
    const at = this.stderrAtError === null ? null : { stdout: this.stdoutAtError, stderr: this.stderrAtError };
    return interleaveOutput(interp.stdout, interp.stderr, interp.stderrMarks, this.errorText, at);
  }

  /** The traceback or reason it stopped, when it did not finish normally. */
  get error(): string | null {
    return this.errorText;
  }

  /** Line steps taken. */
  get step(): number {
    return this.steps;
  }

  /** The interpreter (for the CLI's report and tests). */
  get interp(): Bootstrapped['interp'] {
    return this.boot.interp;
  }

  /** Runs until the next line is about to run. */
  stepLine(): void {
    this.resume(this.steps + 1, null);
  }

  /** Runs to the end, or until `untilLine` is about to run. */
  continue(untilLine: number | null = null): void {
    this.resume(Infinity, untilLine);
  }

  /** Runs until `step` line steps have been taken (for a fresh session: going to a step). */
  runToStep(step: number): void {
    this.resume(step, null);
  }

  /**
   * Runs to the next allocation or GC phase (`kind`; 'any': either) past event `after` of the
   * coming line, and returns the state captured there. The eval loop cannot stop inside a native
   * call, so the state is captured synchronously when the event fires and the run goes on to the
   * end of that line: the session is then at the next line boundary, and the capture is a frozen
   * view of a point inside the line. The next `lookAhead` events of the kind in that line are
   * captured too, so stepping to them needs no re-run. Null when the run ended (or failed) first.
   */
  runToEvent(kind: PauseKind | 'any', after: number, lookAhead = 0): EventPause | null {
    if (!this.loop || this.statusValue !== 'paused') return null;
    const rt = this.boot.interp.rt;
    const states: SessionState[] = [];
    const probe = new EventProbe(rt, kind, after, lookAhead, (detail, index, previousOfKind) => {
      const pause: PausedEvent = { position: { step: this.steps - 1, event: index }, previousOfKind, detail, description: describePause(detail) };
      // Inside an imported module the script's editor marks the import line (interp.line); the
      // pause's detail names the module's own line.
      const line = detail.file === undefined ? detail.line : this.boot.interp.line;
      states.push({ ...this.state(), status: 'paused', line, step: this.steps - 1, lastStep: this.steps - 1, pause });
      this.allowed = this.steps;
    });
    this.probe = probe;
    rt.heap.memory.listener = (e) => probe.onMemory(e);
    rt.heap.onBorn = (o) => probe.onBorn(o);
    this.boot.collector.onPhase = (p) => probe.onPhase(p);
    try {
      this.resume(Infinity, null);
    } finally {
      this.probe = null;
      rt.heap.memory.listener = null;
      rt.heap.onBorn = null;
      this.boot.collector.onPhase = null;
    }
    return states.length === 0 ? null : { states, laterInLine: probe.laterInLine };
  }

  /** `gc.collect(generation)` now, between lines. */
  collect(generation: 0 | 1 | 2): number {
    return this.boot.collector.collect(generation);
  }

  /** The state the panel draws. */
  state(maxObjects = STATE_MAX_OBJECTS): SessionState {
    const atEnd = this.statusValue === 'finished' || this.statusValue === 'error' ? this.scriptEndHeap : null;
    const heap = atEnd ?? this.snapshot(maxObjects);
    return {
      status: this.statusValue,
      line: this.statusValue === 'paused' ? this.pausedLine : null,
      step: this.steps,
      lastStep: this.steps,
      error: this.errorText,
      output: this.output,
      heap,
      footprints: this.scriptFootprints ?? this.boot.interp.rt.heap.memory.footprints.toArray(),
      gcHistory: [...this.boot.interp.gcHistory],
      pause: null,
      notice: atEnd ? SCRIPT_END_NOTICE : null,
    };
  }

  private snapshot(maxObjects: number): HeapView {
    return snapshotHeap(this.boot.interp.rt, { timeline: this.timeline, maxObjects, variables: this.variables() });
  }

  /** Names bound now: module globals (not dunders), then the innermost function frame's locals. */
  private variables(): { name: string; object: PyObject; scope: 'global' | 'local' }[] {
    const out: { name: string; object: PyObject; scope: 'global' | 'local' }[] = [];
    for (const [name, object] of this.globals ?? []) if (!name.startsWith('__')) out.push({ name, object, scope: 'global' });
    const frame = this.loop?.frame;
    if (frame && frame.func) {
      frame.code.code.varnames.forEach((name, i) => {
        const v = frame.localsplus[i];
        if (v) out.push({ name, object: v, scope: 'local' });
      });
    }
    return out;
  }

  private resume(allowed: number, untilLine: number | null): void {
    const loop = this.loop;
    if (!loop || this.statusValue !== 'paused') return;
    if (this.exitPending) {
      if (allowed > this.steps) this.guard(() => this.exitPhase());
      return;
    }
    this.allowed = allowed;
    this.untilLine = untilLine;
    this.firstEventAfterResume = true;
    this.startedAt = Date.now();
    this.statusValue = 'running';
    try {
      const exit = loop.run();
      // pyrun_file frees the AST when run_mod returns, before the traceback or atexit.
      if (exit !== 'paused') this.arena?.release();
      if (exit === 'paused') this.statusValue = 'paused';
      else if (exit === 'returned') {
        if (loop.result) this.boot.interp.rt.heap.decref(loop.result);
        if (this.options.calibration === 'tracemallocRunner' && this.options.calibrate !== false) {
          applyRunnerEpilogue(this.boot.interp.rt);
          if (this.globals) releaseRunnerGlobals(this.boot.interp.rt, this.globals);
        }
        this.endScript();
      } else {
        const exc = loop.error;
        if (exc && this.exitedWith(exc)) return;
        if (exc) this.uncaught(exc);
        this.outcomeValue = 'exception';
        this.statusValue = 'error';
        this.tearDownAfterError(exc, false);
      }
    } catch (e) {
      this.fail(e);
    }
  }

  /** Runs `body`, a failure ending the run as one in a line does. */
  private guard(body: () => void): void {
    try {
      body();
    } catch (e) {
      this.fail(e);
    }
  }

  /** The script ended normally: the exit phase runs now, or is the next step when stepping (the heap as the last line left it stays inspectable). */
  private endScript(): void {
    this.exitPending = true;
    if (this.steps >= this.allowed) {
      this.statusValue = 'paused';
      this.pausedLine = null;
    } else this.guard(() => this.exitPhase());
  }

  /** The exit phase, one step after the last line: `Py_FinalizeEx` (exitPhase.ts), then the end. */
  private exitPhase(): void {
    this.exitPending = false;
    this.steps++;
    this.probe?.nextLine();
    this.keepScriptEnd();
    this.finalize();
    this.finish();
  }

  /** `Py_FinalizeEx`'s steps the simulation models, once: atexit, then the `__main__` module's teardown. */
  private finalize(): void {
    this.releaseModuleCode();
    runAtExit(this.boot.interp);
    this.tearDownMain();
  }

  /**
   * The `__main__` module's teardown (finalize_modules); the heap and footprints as the script
   * left them stay what the session shows. Under the Compare runner the script's globals outlive
   * it (runpy returns a copy) and the measured heap is the one at the end of the script: no teardown.
   */
  private tearDownMain(): void {
    if (this.options.calibration === 'tracemallocRunner' || !this.globals) return;
    const globals = this.globals;
    this.globals = null;
    finalizeMainModule(this.boot.interp, globals, this.boot.collector);
  }

  /**
   * Keeps the footprints as the script left them, and the heap when `heapAtScriptEnd` asks or
   * `always` (after an error the session shows the heap as the error left it), for the session to
   * show after the teardown.
   */
  private keepScriptEnd(always = false): void {
    if (this.options.calibration === 'tracemallocRunner' || !this.globals) return;
    this.scriptFootprints = this.boot.interp.rt.heap.memory.footprints.toArray();
    if (this.options.heapAtScriptEnd || always) this.scriptEndHeap = this.snapshot(STATE_MAX_OBJECTS);
  }

  /**
   * CPython finalizes after an error too (measured on 3.11.7, 3.12.1, 3.13.0). An uncaught
   * exception: the traceback, then atexit, then `finalize_modules` drops `sys.last_traceback`
   * (the traceback kept the failing frames' locals alive: they die now, innermost frame first),
   * then `__main__`'s teardown. A non-zero SystemExit: `_Py_HandleSystemExit` drops the exception
   * (and so the frames) before finalizing; 3.11 prints a message code before that, 3.12+ after.
   */
  private tearDownAfterError(exc: PyBaseExceptionObject | null, systemExit: boolean): void {
    const interp = this.boot.interp;
    this.guard(() => {
      this.keepScriptEnd(true);
      const dropFirst = systemExit && interp.rt.profile.version !== '3.11';
      if (!dropFirst) this.markError();
      if (systemExit && exc) interp.rt.heap.decref(exc);
      if (systemExit) this.releaseModuleCode();
      if (dropFirst) this.markError();
      runAtExit(interp);
      releaseLastException(interp);
      if (!systemExit && exc) interp.rt.heap.decref(exc);
      if (this.loop) this.loop.error = null;
      this.tearDownMain();
    });
  }

  /** The module's code object dies once nothing holds its frame (releaseModuleCode); not under the Compare runner, whose runpy keeps it. */
  private releaseModuleCode(): void {
    if (this.options.calibration === 'tracemallocRunner' || !this.mainFrame) return;
    releaseModuleCode(this.boot.interp.rt, this.mainFrame);
    this.mainFrame = null;
  }

  /** The error text is written now: after the output so far, before the teardown's. */
  private markError(): void {
    this.stderrAtError = this.boot.interp.stderr.length;
    this.stdoutAtError = this.boot.interp.stdout.length;
  }

  private finish(): void {
    this.statusValue = 'finished';
    this.pausedLine = null;
  }

  private onLine(_frame: Frame, line: number): boolean {
    // A line of an imported module (a footprint location past the script's lines): it counts as a
    // step and is charged its allocations, but the run pauses only at the script's own lines.
    if (line >= OTHER_FILE_BASE) {
      this.steps++;
      this.probe?.nextLine();
      this.boot.interp.rt.heap.line = line;
      if ((this.steps & 4095) === 0) this.checkBudgets();
      return false;
    }
    // The first line event after a resume is the line the run was paused before: it runs.
    const first = this.firstEventAfterResume;
    this.firstEventAfterResume = false;
    if (this.steps >= this.allowed || (!first && this.untilLine === line)) {
      this.pausedLine = line;
      return true;
    }
    this.steps++;
    this.probe?.nextLine();
    this.pausedLine = line;
    const interp = this.boot.interp;
    interp.line = line;
    interp.step = this.steps;
    interp.rt.heap.line = line;
    if (this.steps % this.timelineStride === 0) this.record(line);
    if ((this.steps & 4095) === 0) this.checkBudgets();
    return false;
  }

  private record(line: number): void {
    const heap = this.boot.interp.rt.heap;
    const max = this.options.maxTimelinePoints ?? 4000;
    this.timeline.push({ step: this.steps, line, pymallocBytes: heap.memory.pymallocBytes, rawBytes: heap.memory.rawBytes, objects: heap.live.size });
    if (this.timeline.length > max) {
      this.timeline = this.timeline.filter((_, i) => i % 2 === 1);
      this.timelineStride *= 2;
    }
  }

  private checkBudgets(): void {
    const o = this.options;
    if (o.maxSteps !== undefined && this.steps >= o.maxSteps) {
      throw new RunStopped('steps', `The script was stopped after ${this.steps.toLocaleString('en-US')} line steps (the step budget); it may loop forever. Raise pythonHeap.maxSteps (or --max-steps) to let it run longer.`);
    }
    this.checkStop();
    o.onProgress?.(this.steps, this.pausedLine ?? 0);
  }

  /** The time budget and the cancel flag; also polled from inside long native calls (`Interp.poll`). */
  private checkStop(): void {
    const o = this.options;
    if (o.timeoutMs !== undefined && Date.now() - this.startedAt > o.timeoutMs) {
      throw new RunStopped('time', `The script was stopped after ${(o.timeoutMs / 1000).toFixed(0)} s (the time budget); it may loop forever.`);
    }
    if (o.isCancelled?.()) throw new RunStopped('cancelled', 'The run was cancelled.');
  }

  /**
   * An uncaught SystemExit: the run ends with its status and no traceback (systemExit.ts); a
   * status of 0 is a normal end. False for any other exception.
   */
  /**
   * The traceback of an uncaught exception. After it CPython kills itself with SIGINT for a
   * KeyboardInterrupt (`_Py_UnhandledKeyboardInterrupt`, Modules/main.c): the shell sees 130,
   * subprocess -2.
   */
  private uncaught(exc: PyBaseExceptionObject): void {
    registerScriptSource(this.boot.interp, this.options.filename, this.sourceLines);
    this.errorText = reportUncaught(this.boot.interp, exc);
    if (exc.type.isSubtypeOf(this.boot.interp.excType('KeyboardInterrupt'))) this.exitStatus = -2;
  }

  private exitedWith(exc: PyBaseExceptionObject): boolean {
    const exit = systemExitOutcome(this.boot.interp, exc);
    if (!exit) return false;
    this.exitStatus = exit.status;
    this.errorText = exit.text === '' ? null : exit.text;
    if (exit.status === 0) this.endScript();
    else {
      this.outcomeValue = 'exception';
      this.statusValue = 'error';
      this.tearDownAfterError(exc, true);
    }
    return true;
  }

  private fail(e: unknown): void {
    if (e instanceof CompileRecursion) {
      this.errorText = `${e.message}\n`;
      this.outcomeValue = 'exception';
      this.statusValue = 'error';
    } else if (e instanceof PySyntaxError) {
      this.errorText = formatSyntaxError(e, this.options.filename, this.options.version, this.sourceLines);
      this.outcomeValue = 'syntax-error';
      this.statusValue = 'error';
    } else if (e instanceof UnsupportedError) {
      this.errorText = `${this.options.filename}: ${e.message}\n`;
      this.outcomeValue = 'unsupported';
      this.statusValue = 'error';
    } else if (e instanceof RunStopped) {
      this.errorText = `${e.message}\n`;
      this.outcomeValue = 'stopped';
      this.statusValue = e.reason === 'cancelled' ? 'cancelled' : 'error';
    } else if (e instanceof PyError) {
      this.arena?.release();
      if (this.exitedWith(e.exc)) return;
      this.uncaught(e.exc);
      this.outcomeValue = 'exception';
      this.statusValue = 'error';
    } else {
      const message = e instanceof Error ? e.message : String(e);
      const stack = e instanceof Error && e.stack ? `\n${e.stack}` : '';
      if (/Maximum call stack size exceeded/.test(message)) {
        this.errorText = 'RecursionError: maximum recursion depth exceeded (in the simulation\'s own code)\n';
        this.outcomeValue = 'exception';
      } else {
        this.errorText = `Internal error in the simulation: ${message}${stack}\n`;
        this.outcomeValue = 'unsupported';
      }
      this.statusValue = 'error';
    }
  }
}
