/**
 * What a simulated standard-library module answers for the attributes importlib gives every
 * module it loads (`_init_module_attrs`), and `repr(module)` (`module_repr` through importlib's
 * `_module_repr`), as CPython 3.11.7, 3.12.1 and 3.13.0 show them:
 *
 *   <module 'collections' from '/usr/lib/python3.12/collections/__init__.py'>   a source package
 *   <module 'math' from '/usr/lib/python3.12/lib-dynload/math.cpython-312-x86_64-linux-gnu.so'>
 *   <module 'sys' (built-in)>                                                   no file
 *   <module 'abc' (frozen)>                                                     frozen (a file all the same)
 *
 * The files are the stand-in library directory stdlibLocation.ts names (what ImportError's
 * "(...)" shows). `__package__` is the module's own name for a package, its parent's for a
 * submodule, '' otherwise (None for a built-in module, whose `__package__` stays as
 * module_init_dict set it: '' is what 3.11–3.13 print after BuiltinImporter ran). `__cached__`
 * exists for source files only, `__path__` for packages only. Modules run from the script's
 * folder and `__main__` keep these in their own dict (sourceImport.ts, mainGlobals.ts).
 *
 * Obscurity: `__spec__` and `__loader__` (ModuleSpec, SourceFileLoader...) are not modelled for
 * simulated modules; looking them up is the AttributeError KNOWN-DIFFERENCES.md describes.
 */
import type { PyObject } from '../../engine/objects/object';
import { newList } from '../../engine/objects/listObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { isFrozenModule, stdlibLocation } from '../modules/stdlibLocation';
import type { Interp } from './interp';
import type { PyModuleObject } from './moduleObject';

/** Values made once per module (static strings, so a lookup allocates nothing in the heap). */
const made = new WeakMap<PyModuleObject, Map<string, PyObject>>();

/** `__file__`, `__cached__`, `__package__`, `__path__` of a simulated module (a new reference), or undefined. */
export function simulatedModuleDunder(interp: Interp, m: PyModuleObject, name: string): PyObject | undefined {
  if (name === '__path__') return packagePath(interp, m);
  if (name !== '__file__' && name !== '__cached__' && name !== '__package__') return undefined;
  let cache = made.get(m);
  if (!cache) made.set(m, (cache = new Map()));
  let v = cache.get(name);
  if (!v) {
    v = makeDunder(interp, m, name);
    if (!v) return undefined;
    cache.set(name, v);
  }
  interp.rt.heap.incref(v);
  return v;
}

function makeDunder(interp: Interp, m: PyModuleObject, name: string): PyObject | undefined {
  const rt = interp.rt;
  const file = stdlibLocation(rt, m.name);
  const isPackage = file?.endsWith('/__init__.py') ?? false;
  switch (name) {
    case '__package__': {
      const dot = m.name.lastIndexOf('.');
      return rt.staticString(isPackage ? m.name : dot < 0 ? '' : m.name.slice(0, dot));
    }
    case '__file__':
      return file === null ? undefined : rt.staticString(file);
    case '__cached__': {
      if (file === null || !file.endsWith('.py')) return undefined;
      const cut = file.lastIndexOf('/');
      const stem = file.slice(cut + 1, -3);
      return rt.staticString(`${file.slice(0, cut)}/__pycache__/${stem}.cpython-3${rt.profile.versionInfo[1]}.pyc`);
    }
    default:
      return undefined;
  }
}

/** A package's `__path__`: a new list holding its folder (made on each lookup). */
function packagePath(interp: Interp, m: PyModuleObject): PyObject | undefined {
  const rt = interp.rt;
  const file = stdlibLocation(rt, m.name);
  if (file === null || !file.endsWith('/__init__.py')) return undefined;
  return newList(rt, [newStr(rt, file.slice(0, file.lastIndexOf('/')))]);
}

/** `repr(module)`: "from FILE" when it has a file, "(built-in)" for a simulated one without. */
export function moduleRepr(interp: Interp, m: PyModuleObject): string {
  const own = m.dict.get('__file__');
  const q = (s: string) => `'${s}'`;
  if (own instanceof PyUnicodeObject) return `<module ${q(m.name)} from ${q(own.value)}>`;
  if (isFrozenModule(m.name)) return `<module ${q(m.name)} (frozen)>`;
  const file = stdlibLocation(interp.rt, m.name);
  return file === null ? `<module ${q(m.name)} (built-in)>` : `<module ${q(m.name)} from ${q(file)}>`;
}
