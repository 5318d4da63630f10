/**
 * An executing frame (`_PyInterpreterFrame`, Include/internal/pycore_frame.h): the code, the
 * locals ("localsplus": fast locals, cells, free variables), the value stack and the instruction
 * pointer. Since 3.11 these live in the thread's data stack, not on the object heap, so a call
 * allocates no frame object unless one is asked for (tracebacks, `sys._getframe`).
 */
import type { PyObject } from '../../engine/objects/object';
import type { PyFunctionObject } from '../../engine/objects/funcObject';
import type { LoadedCode } from './loadedCode';

/** A name → object namespace (module globals, class bodies, builtins). */
export type Namespace = Map<string, PyObject>;

/** One activation. */
export class Frame {
  /** Fast locals, then cells, then free variables; null when unbound. */
  readonly localsplus: (PyObject | null)[];
  /** The value stack; null entries are CPython's NULL markers. */
  readonly stack: (PyObject | null)[] = [];
  /** Next instruction. */
  pc = 0;
  /** Line of the last line event (-1 before the first). */
  line = -1;
  /** The exception being handled (`exc_info`), for bare `raise`. */
  handled: PyObject | null = null;
  /** Keyword names for the next CALL (KW_NAMES). */
  kwnames: string[] | null = null;

  constructor(
    readonly code: LoadedCode,
    readonly globals: Namespace,
    /** Module and class bodies: their namespace; functions: null. */
    readonly locals: Namespace | null,
    readonly func: PyFunctionObject | null,
    readonly previous: Frame | null,
  ) {
    this.localsplus = new Array<PyObject | null>(code.nlocalsplus).fill(null);
  }
}
