/**
 * How Python-level failures travel through TypeScript code: a thrown `PyError` carries the
 * exception object (a heap object, owned by the error); the eval loop catches it and unwinds to a
 * handler or out of the script, as CPython's `goto error` does.
 */
import type { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';

/** A Python exception in flight; `exc` is a new reference owned by whoever catches it. */
export class PyError extends Error {
  constructor(readonly exc: PyBaseExceptionObject) {
    super(exc.type.name);
  }
}

/** Code the interpreter does not support yet: the run stops with this message (CLI exit 2). */
export class UnsupportedError extends Error {
  constructor(readonly construct: string, readonly line: number) {
    super(`line ${line}: ${construct} is not supported by Python Heap Inspector yet`);
  }
}

/** A run that exceeded its step or time budget, or was cancelled. */
export class RunStopped extends Error {
  constructor(readonly reason: 'steps' | 'time' | 'cancelled', message: string) {
    super(message);
  }
}
