/**
 * Module objects (`PyModuleObject`, 56 bytes + GC head): a name and a namespace. The modules the
 * interpreter provides (`sys`, `gc`, …) exist from startup, as CPython's built-in ones do.
 */
import { PyGCObject, type PyObject } from '../../engine/objects/object';

/** A module: its name and its namespace. */
export class PyModuleObject extends PyGCObject {
  /** `module.__dict__` (a plain map until dict objects back it). */
  readonly dict = new Map<string, PyObject>();
  /** `__name__`. */
  name = '';
}
