/**
 * The import instructions: IMPORT_NAME (`import_name` in Python/ceval.c; the finding and loading
 * is sourceImport.ts), `from m import name` (IMPORT_FROM, `import_from`) and `from m import *`
 * (CALL_INTRINSIC_1 IMPORT_STAR, `import_all_from`): a missing name is an ImportError naming the
 * module; `*` copies `__all__`'s names, or else every name not starting with an underscore.
 */
import type { PyObject } from '../../engine/objects/object';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import { PyListObject } from '../../engine/objects/listObject';
import type { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { PyModuleObject } from '../runtime/moduleObject';
import type { Interp } from '../runtime/interp';
import { PyError } from '../runtime/pyError';
import { Frame, type Namespace } from './frame';
import { stdlibLocation } from '../modules/stdlibLocation';
import { importName, sourceInfoOf } from './sourceImport';

/**
 * IMPORT_NAME on `frame`'s stack (level, fromlist -- module). When the module's body must run
 * first, returns its frame for the eval loop to push and leaves the instruction to run again
 * once the body has returned; otherwise null, the module pushed.
 */
export function importNameOp(interp: Interp, frame: Frame, arg: number): Frame | null {
  const stack = frame.stack;
  const imported = importName(interp, frame, frame.code.names[arg], stack[stack.length - 1] as PyObject, stack[stack.length - 2] as PyObject);
  if (imported instanceof Frame) {
    frame.pc--;
    return imported;
  }
  const heap = interp.rt.heap;
  heap.decref(stack.pop() as PyObject);
  heap.decref(stack.pop() as PyObject);
  stack.push(imported);
  return null;
}

/** IMPORT_FROM: pushes `module.name`, the module staying on the stack. */
export function importFromOp(interp: Interp, frame: Frame, arg: number): void {
  const stack = frame.stack;
  stack.push(importFrom(interp, stack[stack.length - 1] as PyObject, frame.code.names[arg]));
}

/** `module.name` for IMPORT_FROM (a new reference). */
export function importFrom(interp: Interp, module: PyObject, name: string): PyObject {
  try {
    return interp.getAttr(module, name, false).value;
  } catch (e) {
    if (!(e instanceof PyError) || !(module instanceof PyModuleObject) || e.exc.type !== interp.excType('AttributeError')) throw e;
    interp.rt.heap.decref(e.exc);
    const source = sourceInfoOf(module);
    if (!source) return interp.raise('ImportError', `cannot import name '${name}' from '${module.name}' (${stdlibLocation(interp.rt, module.name) ?? 'unknown location'})`);
    const partial = source.initializing ? `partially initialized module '${module.name}' (most likely due to a circular import)` : `'${module.name}'`;
    return interp.raise('ImportError', `cannot import name '${name}' from ${partial} (${source.path})`);
  }
}

/** Binds the module's public names in `ns` (references taken). */
export function importStar(interp: Interp, module: PyObject, ns: Namespace): void {
  if (!(module instanceof PyModuleObject)) return interp.typeError('from-import-* object has no __dict__ and no __all__');
  const heap = interp.rt.heap;
  module.fillLazy?.(null);
  const all = module.dict.get('__all__');
  const names = all instanceof PyListObject || all instanceof PyTupleObject
    ? all.items.map((s) => (s as PyUnicodeObject).value)
    : [...module.dict.keys()].filter((k) => !k.startsWith('_'));
  for (const name of names) {
    const v = module.dict.get(name);
    if (!v) interp.raise('AttributeError', `module '${module.name}' has no attribute '${name}'`);
    heap.incref(v);
    ns.set(name, v);
  }
}
