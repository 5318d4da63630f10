/**
 * `help(object)` as a script sees it (Lib/_sitebuiltins.py `_Helper` → pydoc's `Helper.help`
 * with the plain pager, stdout not being a terminal): "Help on <what>:", a blank line, the page
 * (`render_doc`), then a blank line. Functions and methods get `docroutine`'s page
 * (helpRoutine.ts), the script's classes `docclass`'s (helpClass.ts); an instance of such a
 * class without a docstring of its own is documented by its class ("Help on Point in module
 * __main__ object:"); the functions of builtins and the methods of the measured built-in types
 * get their measured docstrings (helpBuiltinRoutine.ts); the script's own modules (`__main__`,
 * a module beside it) get `docmodule`'s page (helpModule.ts). The simulated standard library's
 * modules, other built-in objects and names given as strings (`help('if')`) stop the run as
 * unsupported rather than print something CPython would not.
 */
import type { PyObject } from '../../engine/objects/object';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { PyCFunctionObject } from '../../engine/objects/nativeObject';
import { PyMethodWrapperObject, PyNativeDescrObject } from '../../engine/objects/nativeDescrObject';
import type { Interp } from '../runtime/interp';
import { UnsupportedError } from '../runtime/pyError';
import { getDoc } from './helpDoc';
import { docBuiltinRoutine, isBuiltinRoutine } from './helpBuiltinRoutine';
import { ownSlotNames } from '../objects/builtinSlots';
import { docClass, isDocumentableClass } from './helpClass';
import { docRoutine, routineOf } from './helpRoutine';
import { typeText } from './helpSignature';
import { writeStdout } from './printWrites';
import { docModule } from './helpModule';
import { PyModuleObject } from '../runtime/moduleObject';
import { enumInfo } from '../modules/enumMembers';

/** `help(object)`: writes pydoc's plain page for a function, method, class or instance to stdout. */
export function helpNative(interp: Interp, args: PyObject[]): PyObject {
  if (args.length !== 1) throw new UnsupportedError('help() without exactly one argument (the interactive help)', interp.line);
  // A str names what to look up (a keyword, topic, module or dotted name): pydoc's topic texts
  // and module pages are not part of the simulation.
  if (args[0] instanceof PyUnicodeObject) throw new UnsupportedError(`help(${JSON.stringify(args[0].value)}): help on a keyword, topic or name given as a string`, interp.line);
  const text = `${helpPage(interp, args[0])}\n`;
  const s = newStr(interp.rt, text);
  try {
    writeStdout(interp, s);
  } finally {
    interp.rt.heap.decref(s);
  }
  return interp.none();
}

/** `render_doc(o, 'Help on %s:')`. */
function helpPage(interp: Interp, o: PyObject): string {
  const routine = routineOf(interp, o);
  if (routine) {
    const module = routine.facts.module;
    const what = `${routine.self ? 'method' : 'function'} ${routine.facts.name}${module === null ? '' : ` in module ${module}`}`;
    return `Help on ${what}:\n\n${docRoutine(interp, o, null, null, null)}`;
  }
  if (o instanceof PyModuleObject) return `Help on module ${o.name}:\n\n${docModule(interp, o)}`;
  if (isBuiltinRoutine(o)) return `Help on ${describeBuiltin(interp, o)}:\n\n${docBuiltinRoutine(interp, o, null, null, null)}`;
  if (isDocumentableClass(interp, o)) {
    return `Help on class ${typeText(interp, o, '__name__')}${moduleNote(interp, o)}:\n\n${docClass(interp, o)}`;
  }
  // Data without a docstring of its own: the page of its class. `inspect.getmodule` finds the
  // module by the instance's `__module__`, which only a Python class's instances inherit.
  if (isDocumentableClass(interp, o.type) && !getDoc(interp, o)) {
    const note = o.type instanceof PyHeapTypeObject ? moduleNote(interp, o.type) : '';
    return `Help on ${o.type.name}${note} object:\n\n${docClass(interp, o.type)}`;
  }
  if (enumInfo(o)) throw new UnsupportedError(`help() on ${typeText(interp, o, '__name__')}, an enum class mixing in a data type (IntEnum, StrEnum, IntFlag) or of a subclass of EnumType`, interp.line);
  throw new UnsupportedError(`help() on a ${o.type.name} object`, interp.line);
}

/**
 * `describe(o)` plus `render_doc`'s module note for a built-in callable whose texts are measured:
 * "built-in function len in module builtins" (a function of builtins; a bound method's
 * `__module__` is None), else the bare type name (`method_descriptor`, `wrapper_descriptor`),
 * which carries no `__module__`. Functions of other modules stop the run as unsupported: their
 * docstrings are not measured.
 */
function describeBuiltin(interp: Interp, o: PyCFunctionObject): string {
  const owner = o instanceof PyNativeDescrObject ? o.owner : o instanceof PyMethodWrapperObject ? o.descr.owner : o.self?.type ?? null;
  if (owner ? !ownSlotNames(interp.rt, owner) : interp.builtins.get(o.name) !== o) {
    throw new UnsupportedError(`help() on ${o.name}, a built-in function whose docstring is not measured`, interp.line);
  }
  if (o.type.name !== 'builtin_function_or_method') return o.type.name;
  return `built-in function ${o.name}${o.self ? '' : ' in module builtins'}`;
}

/** " in module m" for the module the class says it is from (when that module is loaded). */
function moduleNote(interp: Interp, t: PyObject): string {
  const module = typeText(interp, t, '__module__');
  return interp.modules.has(module) ? ` in module ${module}` : '';
}
