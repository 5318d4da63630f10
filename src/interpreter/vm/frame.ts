/**
 * An executing frame (`_PyInterpreterFrame`, Include/internal/pycore_frame.h): the code, the
 * locals ("localsplus": fast locals, cells, free variables), the value stack and the instruction
 * pointer. Since 3.11 these live in the thread's data stack, not on the object heap, so a call
 * allocates no frame object unless one is asked for (tracebacks, `sys._getframe`).
 */
import type { PyObject } from '../../engine/objects/object';
import type { PyFunctionObject } from '../../engine/objects/funcObject';
import type { PyGenObject } from '../../engine/objects/genObject';
import type { PyFrameObject } from '../../engine/objects/frameObject';
import type { LoadedCode } from './loadedCode';
import type { Namespace } from './namespace';
import type { PreparedCall } from './callDispatch';

/**
 * How a generator frame was resumed: `for` (FOR_ITER: a return ends the loop at `target`), `send`
 * (SEND: the return value goes to `target`), `next` (a `next(g)`/`g.send(v)` CALL: a return raises
 * StopIteration, or pushes `default`), `nested` (a native's iteration: the nested loop stops).
 */
export interface GenResume {
  kind: 'for' | 'send' | 'next' | 'nested' | 'native';
  target: number;
  default: PyObject | null;
  /**
   * The generator itself while a `next(g)` CALL runs it (the caller's stack no longer holds the
   * argument, as CPython's C call would until it returns): `next(x for x in xs)` must not free it.
   */
  held?: PyObject | null;
  /**
   * 'native': a resumable native pulls the generator's items (resumableNative.ts): each yielded
   * value (stolen), or null once the generator returned, goes to the native's next step instead
   * of the caller's stack.
   */
  then?(value: PyObject | null): PreparedCall;
  /** 'native': the generator raised; the native's steps are closed before the caller unwinds. */
  onError?(): void;
}

/** Finishing a frame pushed for a native's sake (`type_call` running `__init__`, `__build_class__`). */
export interface FrameCompletion {
  /** Turns the frame's return value (stolen) into what the caller receives (a new reference). */
  onReturn(value: PyObject): PyObject;
  /** Releases what the completion holds when the frame raised. */
  onError(): void;
  /**
   * A resumable native's next step (resumableNative.ts), instead of `onReturn`: given the
   * frame's return value (stolen), the native's next callee frame (same caller), or its result.
   */
  next?(value: PyObject): PreparedCall;
  /**
   * The frame was a resumable native's `__next__` call (resumableNative.ts) and raised
   * StopIteration: the end of the iterator, as PyIter_Next takes it, so the native's next step.
   */
  stopIteration?(): PreparedCall;
  /**
   * The frame ran a module's body for an import (sourceImport.ts): its value is dropped and the
   * caller's IMPORT_NAME runs again, now finding the module in `sys.modules`.
   */
  rerunsCaller?: boolean;
}

export { Namespace } from './namespace';

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
  /** The generator owning this frame (`FRAME_OWNED_BY_GENERATOR`), if any. */
  gen: PyGenObject | null = null;
  /** How the caller resumed this generator frame, and where its result goes (generators.ts). */
  resume: GenResume | null = null;
  /** What happens when the frame finishes: `__init__`'s instance, a class body's new class. */
  completion: FrameCompletion | null = null;
  /** `frame_obj`: the frame object once one was asked for (owned; tracebackHere.ts). */
  frameObj: PyFrameObject | null = null;
  /** Its entry into the eval loop from C is already counted (vm/cCallCount.ts). */
  enteredFromC = false;

  constructor(
    readonly code: LoadedCode,
    readonly globals: Namespace,
    /** Module and class bodies: their namespace; functions: null. */
    readonly locals: Namespace | null,
    public func: PyFunctionObject | null,
    /** The caller; a suspended generator's frame has none. */
    public previous: Frame | null,
  ) {
    this.localsplus = code.unboundLocals.slice();
  }
}
