/**
 * 3.13's CALL_ALLOC_AND_ENTER_INIT (Python/specialize.c `specialize_class_call`, bytecodes.c): a
 * CALL site that runs a second time on a class with a simple Python `__init__` becomes an
 * instruction that allocates the instance and enters `__init__` directly, with no
 * `_PyObject_MakeTpCall` argument tuple. 3.11 and 3.12 have no such form.
 *
 * The conditions mirror `specialize_class_call` and `get_init_for_simple_managed_python_class`:
 * a plain CALL (not CALL_KW: no keywords), `tp_new` is object's (no `__new__`, no built-in or
 * exception base), instances have a managed dict (no `__slots__`), `__init__` is a Python function
 * with no `*args`/`**kwargs`/keyword-only parameters taking exactly the arguments given.
 *
 * Obscurity: the CALL's adaptive counter starts at 1, so the first run of the site is generic and
 * the second specializes. A site specialized for one class that meets another deoptimizes to the
 * generic call; CPython would re-specialize after its cooldown (52 runs), which is not modelled, nor
 * are failed attempts retried after their backoff.
 */
import { PyFunctionObject } from '../../engine/objects/funcObject';
import type { PyObject } from '../../engine/objects/object';
import type { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { CO_FLAGS } from '../compiler/codeObject';
import type { Interp } from '../runtime/interp';
import type { FunctionCode } from './callables';
import type { Frame } from './frame';
import { Op } from './opcodeNumbers';

/** A site's state: seen once, failed to specialize, or specialized for a class. */
type SiteState = 'warm' | 'failed' | PyHeapTypeObject;

const sites = new WeakMap<object, Map<number, SiteState>>();

/**
 * Whether this call of `type` from `caller`'s current CALL runs as CALL_ALLOC_AND_ENTER_INIT
 * (3.13 only); records the site's first run.
 */
export function enterInitDirectly(
  interp: Interp, type: PyHeapTypeObject, init: PyObject | null, nargs: number, kwnames: string[] | null, caller: Frame | null,
): boolean {
  if (interp.rt.profile.version !== '3.13' || !caller || caller.pc === 0) return false;
  const pc = caller.pc - 1;
  if (caller.code.ops[pc] !== Op.CALL || (kwnames && kwnames.length > 0)) return false;
  let perCode = sites.get(caller.code);
  if (!perCode) sites.set(caller.code, perCode = new Map());
  const state = perCode.get(pc);
  if (state === undefined) {
    perCode.set(pc, 'warm');
    return false;
  }
  if (state === 'warm') {
    const ok = specializable(type, init, nargs);
    perCode.set(pc, ok ? type : 'failed');
    return ok;
  }
  return state === type;
}

function specializable(type: PyHeapTypeObject, init: PyObject | null, nargs: number): boolean {
  const shape = init && type.layout.managedDict ? pythonShapeOf(init) : null;
  return shape !== null && shape.simple && shape.argcount === nargs + 1;
}

/** What `function_kind` and co_argcount say of a Python function's parameters. */
export interface PythonShape {
  /** co_argcount. */
  readonly argcount: number;
  /** SIMPLE_FUNCTION: no `*args`, no `**kwargs`, no keyword-only parameters. */
  readonly simple: boolean;
}

const nativeShapes = new WeakMap<PyObject, PythonShape>();

/**
 * Marks a native that stands for a function CPython generates in Python (a dataclass's
 * `__init__`, exec'd from source there), so calls treat it as one.
 */
export function markPythonShape(native: PyObject, shape: PythonShape): void {
  nativeShapes.set(native, shape);
}

/** The parameter shape of a Python function (or a native marked as one); null for other callables. */
export function pythonShapeOf(f: PyObject): PythonShape | null {
  if (!(f instanceof PyFunctionObject)) return nativeShapes.get(f) ?? null;
  const code = (f.code as FunctionCode).loaded.code;
  const simple = (code.flags & (CO_FLAGS.VARARGS | CO_FLAGS.VARKEYWORDS)) === 0 && code.kwonlyargcount === 0;
  return { argcount: code.argcount, simple };
}

/** Whether `caller` is running a CALL_FUNCTION_EX (`f(*args, **kw)`: PyObject_Call with its own tuple and dict). */
export function callingWithTuple(caller: Frame | null): boolean {
  return caller !== null && caller.pc > 0 && caller.code.ops[caller.pc - 1] === Op.CALL_FUNCTION_EX;
}
