/**
 * Module objects (`PyModuleObject`, 56 bytes + GC head): a name and a namespace. The modules the
 * interpreter provides (`sys`, `gc`, …) exist from startup, as CPython's built-in ones do.
 */
import { PyGCObject } from '../../engine/objects/object';
import { TypeNamespace } from '../../engine/objects/typeDict';

/** A module: its name and its namespace. */
export class PyModuleObject extends PyGCObject {
  /** `module.__dict__` by name; the real dict behind it is made on first use (builtins/moduleDict.ts). */
  readonly dict = new TypeNamespace();
  /** `__name__`. */
  name = '';
  /**
   * Names written in Python (pysource/) that a native module offers but makes only on their first
   * lookup: fills `dict` with them when `name` is one (or is null: every name is wanted, for
   * `dir(m)` and `m.__dict__`) and answers whether they were made.
   */
  fillLazy: ((name: string | null) => boolean) | null = null;
}
