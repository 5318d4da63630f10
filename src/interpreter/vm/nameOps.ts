/**
 * The rarer name instructions (Python/bytecodes.c): `del` of a local, module or class name,
 * `global x` stores and deletes, and SETUP_ANNOTATIONS. The hot loads and stores (LOAD_FAST,
 * STORE_FAST, LOAD_NAME, STORE_NAME, LOAD_GLOBAL) stay in the eval loop's switch. A store steals
 * the stack's reference; a delete releases the namespace's.
 */
import { newDict } from '../../engine/objects/dictObject';
import type { PyObject } from '../../engine/objects/object';
import type { Interp } from '../runtime/interp';
import type { Frame } from './frame';
import { Op as O } from './opcodeNumbers';

/** Runs one of the rarer name instructions on `frame`. */
export function nameOp(interp: Interp, frame: Frame, op: number, arg: number): void {
  const code = frame.code;
  switch (op) {
    case O.DELETE_FAST: {
      const locals = frame.localsplus;
      const old = locals[arg];
      if (old === null) interp.raise('UnboundLocalError', `cannot access local variable '${code.code.varnames[arg]}' where it is not associated with a value`);
      locals[arg] = null;
      interp.rt.heap.decref(old);
      break;
    }
    case O.DELETE_NAME: {
      const ns = frame.locals ?? frame.globals;
      if (!ns.deleteKey(code.nameKeys[arg])) interp.raise('NameError', `name '${code.names[arg]}' is not defined`);
      break;
    }
    case O.STORE_GLOBAL:
      frame.globals.setKey(code.nameKeys[arg], frame.stack.pop() as PyObject);
      break;
    case O.DELETE_GLOBAL:
      if (!frame.globals.deleteKey(code.nameKeys[arg])) interp.raise('NameError', `name '${code.names[arg]}' is not defined`);
      break;
    case O.SETUP_ANNOTATIONS: {
      // A module or class body with annotations: `__annotations__` in its namespace (PyDict_New).
      const ns = frame.locals ?? frame.globals;
      if (!ns.has('__annotations__')) ns.set('__annotations__', newDict(interp.rt));
      break;
    }
  }
}
