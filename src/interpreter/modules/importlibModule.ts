/**
 * `importlib` (Lib/importlib/__init__.py, 3.11–3.13): `import_module(name, package=None)`, the
 * import statement's machinery as a function (`_gcd_import`: the module `sys.modules` then holds
 * under the full name, not the top package), and `reload(module)`, which runs a sibling module's
 * file again in the same module object. The simulated standard-library modules come back from
 * `reload` unchanged (CPython re-initializes an extension module in place, and the object stays
 * the same).
 */
import type { PyObject } from '../../engine/objects/object';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import { PyModuleObject } from '../runtime/moduleObject';
import { PyError } from '../runtime/pyError';
import { importModuleNow, raiseImportError, reloadSourceModule } from '../vm/sourceImport';

/** `_resolve_name`: `.sub` relative to `package` (leading dots count the levels). */
function resolveName(interp: Interp, name: string, pkg: PyObject | undefined): string {
  if (!name.startsWith('.')) return name;
  if (!pkg || pkg === interp.rt.None) {
    return interp.typeError(`the 'package' argument is required to perform a relative import for '${name}'`);
  }
  if (!(pkg instanceof PyUnicodeObject)) return interp.typeError('__package__ not set to a string');
  let level = 0;
  while (level < name.length && name[level] === '.') level++;
  const bits = pkg.value.split('.');
  if (bits.length < level) interp.raise('ImportError', 'attempted relative import beyond top-level package');
  const base = bits.slice(0, bits.length - (level - 1)).join('.');
  const rest = name.slice(level);
  return rest ? `${base}.${rest}` : base;
}

/** `importlib.import_module(name, package=None)`. */
function importModule(interp: Interp, args: PyObject[], kwnames: string[] | null): PyObject {
  const nkw = kwnames?.length ?? 0;
  const npos = args.length - nkw;
  if (nkw && (kwnames as string[]).some((k) => k !== 'name' && k !== 'package')) {
    const bad = (kwnames as string[]).find((k) => k !== 'name' && k !== 'package');
    return interp.typeError(`import_module() got an unexpected keyword argument '${bad}'`);
  }
  if (npos > 2) return interp.typeError(`import_module() takes from 1 to 2 positional arguments but ${npos} were given`);
  const byName = (k: string) => (kwnames ? args[npos + kwnames.indexOf(k)] : undefined);
  const name = npos >= 1 ? args[0] : byName('name');
  const pkg = npos >= 2 ? args[1] : kwnames?.includes('package') ? byName('package') : undefined;
  if (!name) return interp.typeError("import_module() missing 1 required positional argument: 'name'");
  if (!(name instanceof PyUnicodeObject)) return interp.raise('AttributeError', `'${name.type.name}' object has no attribute 'startswith'`);
  const absolute = resolveName(interp, name.value, pkg);
  if (absolute === '') return interp.raise('ValueError', 'Empty module name');
  return importModuleNow(interp, absolute);
}

/** What `reload` names a non-module by: its `__name__`, else "reload() argument must be a module". */
function nameOf(interp: Interp, o: PyObject): string {
  let v: PyObject;
  try {
    v = interp.getAttr(o, '__name__', false).value;
  } catch (e) {
    if (!(e instanceof PyError) || !e.exc.type.isSubtypeOf(interp.excType('AttributeError'))) throw e;
    interp.rt.heap.decref(e.exc);
    return interp.typeError('reload() argument must be a module');
  }
  const name = v instanceof PyUnicodeObject ? v.value : '';
  interp.rt.heap.decref(v);
  return name;
}

/** `importlib.reload(module)`: the same module object (a new reference), its body run again. */
function reload(interp: Interp, args: PyObject[], kwnames: string[] | null): PyObject {
  if (kwnames?.length) return interp.typeError(`reload() got an unexpected keyword argument '${kwnames[0]}'`);
  if (args.length !== 1) return interp.typeError(`reload() takes 1 positional argument but ${args.length} were given`);
  const m = args[0];
  const name = m instanceof PyModuleObject ? m.name : nameOf(interp, m);
  if (interp.modules.lookup(name) !== m) raiseImportError(interp, `module ${name} not in sys.modules`, name);
  if (m instanceof PyModuleObject) reloadSourceModule(interp, m);
  interp.rt.heap.incref(m);
  return m;
}

/** Creates the module (on first import). */
export function createImportlib(interp: Interp): PyModuleObject {
  return interp.defineModule('importlib', { import_module: importModule, reload });
}
