/**
 * `builtins.__build_class__` (Python/bltinmodule.c): LOAD_BUILD_CLASS pushes it, and the class
 * statement calls it with the body function, the name and the bases. It runs the body with a
 * fresh namespace as its locals (`__prepare__`'s dict) and then calls the metaclass
 * (typeCreate.ts). Here the body runs as a frame of the caller's loop, so its lines are pause
 * points like any other; the frame's completion creates the class and fills `__classcell__`.
 */
import { PyCellObject } from '../../engine/objects/cellObject';
import { newDict } from '../../engine/objects/dictObject';
import { PyFunctionObject } from '../../engine/objects/funcObject';
import type { PyObject } from '../../engine/objects/object';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { createClass } from '../objects/typeCreate';
import type { Interp } from '../runtime/interp';
import type { FunctionCode } from './callables';
import { Frame } from './frame';
import { Namespace } from './namespace';

/** The native behind the name (only ever called through the eval loop's CALL). */
export function buildClassNative(interp: Interp): PyObject {
  return interp.typeError('__build_class__: not enough arguments');
}

/** Whether `f` is `builtins.__build_class__`. */
export function isBuildClass(interp: Interp, f: PyObject): boolean {
  return interp.builtins.get('__build_class__') === f;
}

/** The class body's frame for `__build_class__(func, name, *bases)`. */
export function buildClassFrame(interp: Interp, args: PyObject[], kwnames: string[] | null, previous: Frame | null): Frame {
  const rt = interp.rt;
  if (args.length < 2) interp.typeError('__build_class__: not enough arguments');
  if (kwnames && kwnames.length) interp.typeError('class keywords (metaclass=...) are not supported yet');
  const [func, nameObj, ...bases] = args;
  if (!(func instanceof PyFunctionObject)) return interp.typeError('__build_class__: func must be a function');
  if (!(nameObj instanceof PyUnicodeObject)) return interp.typeError('__build_class__: name is not a string');
  for (const b of bases) if (!(b instanceof PyTypeObject)) interp.typeError('bases must be types');
  const fc = func.code as FunctionCode;
  // type.__prepare__ is PyDict_New(): the namespace is a real dict, from the dict free list.
  const ns = new Namespace(rt, newDict(rt));
  const frame = new Frame(fc.loaded, fc.globals, ns, func, previous);
  rt.heap.incref(func);
  const heldBases = bases as PyTypeObject[];
  for (const b of heldBases) rt.heap.incref(b);
  const releaseBases = () => { for (const b of heldBases) rt.heap.decref(b); };
  frame.completion = {
    onReturn: (value) => {
      // The metaclass call runs in the caller's frame again: tracemalloc charges the class line.
      if (previous && previous.line > 0) rt.heap.line = previous.line;
      // type_new copies the namespace into tp_dict (without __classcell__); the namespace dict
      // itself dies when __build_class__ drops it, after the cell is filled.
      const cell = ns.get('__classcell__');
      const copy = new Map<string, PyObject>();
      for (const [k, v] of ns) {
        if (k === '__classcell__') continue;
        rt.heap.incref(v);
        copy.set(k, v);
      }
      const cls = createClass(interp, nameObj.value, heldBases, copy);
      if (cell instanceof PyCellObject) {
        rt.heap.incref(cls);
        const old = cell.contents;
        cell.contents = cls;
        rt.heap.xdecref(old);
      }
      rt.heap.decref(ns.dict);
      rt.heap.decref(value);
      releaseBases();
      return cls;
    },
    onError: () => {
      rt.heap.decref(ns.dict);
      releaseBases();
    },
  };
  return frame;
}
