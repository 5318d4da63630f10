/**
 * `warnings` (Lib/warnings.py over Python/_warnings.c, 3.11–3.13): `warn`, `warn_explicit`, the
 * filters (`simplefilter`, `filterwarnings`, `resetwarnings`, the default list), `showwarning` /
 * `formatwarning`, `catch_warnings` and the per-module `__warningregistry__`, written in Python
 * (pysource/warningsSource.ts) and run on the first import. The natives here give that code what
 * CPython's C half reads directly: the module object, the script's source lines (linecache) and
 * frames CPython does not have (a C function has no Python frame in a traceback).
 *
 *   warn(msg, Cat, stacklevel)   frame `stacklevel` up gives filename, lineno and its globals'
 *                                `__name__` and `__warningregistry__` (created there)
 *   registry                     cleared when its "version" is not the filters' version (bumped
 *                                by every filter change); holds (text, Cat, lineno) once shown
 *   filters, first match wins    error: raise Cat(msg) | ignore | always | default (once per
 *                                line) | module (once per module) | once (once per text+Cat)
 *   shown                        `file:lineno: Cat: msg\n  source line\n` on sys.stderr
 */
import { newStr } from '../../engine/objects/unicodeObject';
import { PyFunctionObject } from '../../engine/objects/funcObject';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { frameLine, warningFrame } from './nativeWarn';
import type { PyObject } from '../../engine/objects/object';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import { sourceLine } from '../session/traceback';
import type { PyCodeObject } from '../vm/loadedCode';
import { runLiveSourceModule } from './pysource/sourceModule';
import { WARNINGS_SOURCE } from './pysource/warningsSource';

/** The natives the Python source calls (each a new reference). */
function natives(interp: Interp): Record<string, PyObject> {
  const getline = interp.nativeFunction('_getline', (i, args) => {
    const [filename, lineno] = args;
    const text = filename instanceof PyUnicodeObject && lineno instanceof PyLongObject
      ? sourceLine(i, filename.value, Number(lineno.value)) : undefined;
    return newStr(i.rt, text ?? '');
  });
  const self = interp.nativeFunction('_self', (i) => {
    const m = i.modules.get('warnings');
    if (!m) return i.none();
    i.rt.heap.incref(m);
    return m;
  });
  const hide = interp.nativeFunction('_hide', (i, args) => {
    const f = args[0];
    if (f instanceof PyFunctionObject) (f.code as PyCodeObject).loaded.hiddenInTraceback = true;
    return i.none();
  });
  // (globals, filename, lineno) of the frame warn(stacklevel=n) names, or None: the walk crosses
  // the nested eval loops natives run Python code in (a class's __init_subclass__, a __new__).
  const where = interp.nativeFunction('_where', (i, args) => {
    const [level, prefixes] = args;
    const texts = prefixes instanceof PyTupleObject ? prefixes.items.flatMap((p) => (p instanceof PyUnicodeObject ? [p.value] : [])) : [];
    const frame = warningFrame(i, Number((level as PyLongObject).value), texts.length ? (name) => texts.some((p) => name.startsWith(p)) : undefined);
    if (!frame) return i.none();
    i.rt.heap.incref(frame.globals.dict);
    return newTuple(i.rt, [frame.globals.dict, newStr(i.rt, frame.code.code.filename), newInt(i.rt, frameLine(frame))]);
  });
  return { _getline: getline, _self: self, _hide: hide, _where: where };
}

/** Creates the module (on first import). */
export function createWarnings(interp: Interp): PyModuleObject {
  return runLiveSourceModule(interp, { name: 'warnings', source: WARNINGS_SOURCE, publicNames: [], natives: natives(interp) });
}

const BARE_ACTIONS = ['error', 'ignore', 'always', 'default', 'module', 'once'];

/**
 * At startup, imports the module when a `-W` option needs more than a bare action (fields,
 * abbreviations, a category, or a mistake): CPython applies the options when the interpreter
 * starts, so "Invalid -W option ignored: ..." is printed before the script's output. Bare actions
 * (the corpus's `-W ignore`) wait for the first import, which keeps those runs' startup heap.
 */
export function importWarningsForOptions(interp: Interp): void {
  if (interp.warnOptions.every((o) => BARE_ACTIONS.includes(o))) return;
  interp.rt.heap.decref(interp.importModule('warnings'));
}
