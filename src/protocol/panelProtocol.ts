/**
 * The one protocol between the extension host and the inspector webview.
 *
 * The webview says `panel/ready`; the host answers with `host/state`, the whole state. After that
 * the webview renders as a pure function of the last `host/state` it received (snapshots, never
 * deltas). The webview asks for actions with requests; the host answers each with a reply.
 * UI-only state (zoom, selection, open tabs) stays in the webview's own `setState`.
 */
import type { Envelope } from './requestReply';
import type { CPythonVersion, HeapView, LineFootprint } from './heapModel';
import type { GcRecord } from './report';
import type { OutputChunk } from './outputChunks';
import type { PausedEvent } from './pausedEvent';

/** Where a run stands. */
export type RunStatus = 'idle' | 'running' | 'paused' | 'finished' | 'error' | 'cancelled';

/** Everything the panel shows, sent whole on every change. */
export interface PanelState {
  /** Which CPython is modelled. */
  version: CPythonVersion;
  /** The script being run, as a display path; null before the first run. */
  script: string | null;
  status: RunStatus;
  /** Line about to run (1-based), when paused. */
  line: number | null;
  /** Steps taken so far and the furthest step recorded (for the step slider). */
  step: number;
  lastStep: number;
  /** A traceback or the reason the run stopped, in CPython's format where it is Python's. */
  error: string | null;
  /**
   * Stdout and stderr (the error text included) in the order they were written, as a terminal
   * shows them. The only copy of what the script printed: `streamText(output, 'stdout')` is stdout.
   */
  output: OutputChunk[];
  /** The heap at the current step; null before the first run. */
  heap: HeapView | null;
  /** Per-line footprints at the current step. */
  footprints: LineFootprint[];
  /** Every collection so far. */
  gcHistory: GcRecord[];
  /** The allocation or GC phase the run is paused at, when paused inside a line. */
  pause: PausedEvent | null;
  /** A message for the user that is not an error (e.g. a capability still being built). */
  notice: string | null;
  /** The same script measured under the user's real CPython with tracemalloc, when asked for. */
  comparison: RealCPythonRun | null;
}

/** Bytes still allocated at the end of the script, attributed to the line that allocated them. */
export interface RealLineRetained {
  /** 1-based line of the script. */
  line: number;
  /** Net bytes (tracemalloc's requested sizes) allocated by the line and alive at the end. */
  retainedBytes: number;
  /** Net blocks allocated by the line and alive at the end. */
  retainedBlocks: number;
}

/** A run of the script under the user's real CPython with tracemalloc. */
export interface RealCPythonRun {
  /** The interpreter that ran it and its `sys.version`. */
  python: string;
  version: string;
  /** What the script printed, and its exit status. */
  stdout: string;
  stderr: string;
  exitCode: number;
  /** Per-line retained bytes, from tracemalloc's 'lineno' statistics (nframe 1, innermost frame in the script). */
  lines: RealLineRetained[];
  /** `tracemalloc.get_traced_memory()` at the end: (current, peak). */
  tracedCurrent: number;
  tracedPeak: number;
}

// ---- webview → host -------------------------------------------------------------------------

/** The webview has loaded and wants the whole state. */
export interface ReadyMessage { type: 'panel/ready' }
/** Run a command of the extension (the toolbar buttons). */
export interface CommandMessage {
  type: 'panel/command';
  command: 'runScript' | 'stepLine' | 'stepAllocation' | 'stepGcPhase' | 'stepBack' | 'reset' | 'collectGarbage' | 'exportReport';
}
/** Move to a recorded step (the timeline slider). */
export interface GoToStepMessage { type: 'panel/goToStep'; step: number }
/** Reveal the line that allocated an object in the editor. */
export interface RevealLineMessage { type: 'panel/revealLine'; line: number; file?: string }

/** Every request the webview sends. */
export type PanelRequest = ReadyMessage | CommandMessage | GoToStepMessage | RevealLineMessage;

/** The reply to a panel request: the state after it was handled. */
export interface PanelReply { state: PanelState }

// ---- host → webview -------------------------------------------------------------------------

/** The whole state, sent after `ready` and on every change. */
export interface StateMessage { type: 'host/state'; state: PanelState }
/** Select an object (e.g. from a hover's link); the webview scrolls to it. */
export interface SelectObjectMessage { type: 'host/selectObject'; id: number }

/** Bring a tab of the panel to the front (e.g. the comparison once it arrives). */
export interface SelectTabMessage { type: 'host/selectTab'; tab: PanelTab }

/** The panel's tabs. */
export type PanelTab = 'heap' | 'objects' | 'freeLists' | 'timeline' | 'output' | 'comparison';

/** Every notification the host sends. */
export type HostNotification = StateMessage | SelectObjectMessage | SelectTabMessage;

/** What travels from the webview to the host. */
export type WebviewToHost = Envelope<PanelRequest, never, never>;
/** What travels from the host to the webview. */
export type HostToWebview = Envelope<never, PanelReply, HostNotification>;

/** The state before anything has run. */
export function initialPanelState(version: CPythonVersion): PanelState {
  return {
    version, script: null, status: 'idle', line: null, step: 0, lastStep: 0, error: null, output: [],
    heap: null, footprints: [], gcHistory: [], pause: null, notice: null, comparison: null,
  };
}
