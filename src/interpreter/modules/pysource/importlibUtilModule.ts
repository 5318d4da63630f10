/**
 * `importlib.util.find_spec(name, package=None)` and the `ModuleSpec` it answers, the usual way a
 * script asks "is this module installed?" (`find_spec("numpy") is None`). Written in Python and
 * run on the first import (sourceModule.ts); the search is the import statement's own
 * (sourceImport.ts): a module already in `sys.modules`, a built-in one, a file beside the script,
 * then the standard library under the stand-in `/usr/lib/python3.X/` (stdlibLocation.ts).
 *
 * A spec shows what CPython 3.11.7, 3.12.1 and 3.13.0 show (test/corpus/programs/find_spec_check.py):
 * `origin` ("built-in" or the file), `parent`, `has_location`, `cached`,
 * `submodule_search_locations` (packages), a loader of CPython's class names (SourceFileLoader,
 * ExtensionFileLoader, the BuiltinImporter class). A dotted name imports its parent first, as
 * CPython does ("No module named 'nope'" for `find_spec("nope.sub")`).
 */
import type { PyObject } from '../../../engine/objects/object';
import { newTuple } from '../../../engine/objects/tupleObject';
import { newStr, PyUnicodeObject } from '../../../engine/objects/unicodeObject';
import type { Interp } from '../../runtime/interp';
import type { PyModuleObject } from '../../runtime/moduleObject';
import { STDLIB_MODULE_NAMES_312, STDLIB_ONLY_312, STDLIB_ONLY_313 } from '../../session/stdlibModuleNames';
import { isFrozenModule, stdlibLocation } from '../stdlibLocation';
import { runSourceModule } from './sourceModule';

const SOURCE = String.raw`
import sys


class ModuleSpec:
    __module__ = '_frozen_importlib'

    def __init__(self, name, loader, *, origin=None, loader_state=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.loader_state = loader_state
        self.submodule_search_locations = [] if is_package else None
        self._set_fileattr = False
        self._cached = None

    def __repr__(self):
        args = ['name=%r' % (self.name,), 'loader=%r' % (self.loader,)]
        if self.origin is not None:
            args.append('origin=%r' % (self.origin,))
        if self.submodule_search_locations is not None:
            args.append('submodule_search_locations=%s' % (self.submodule_search_locations,))
        return '%s(%s)' % (type(self).__name__, ', '.join(args))

    def __eq__(self, other):
        if not isinstance(other, ModuleSpec):
            return NotImplemented
        return (self.name == other.name and self.loader == other.loader and self.origin == other.origin
                and self.submodule_search_locations == other.submodule_search_locations
                and self.cached == other.cached and self.has_location == other.has_location)

    @property
    def cached(self):
        return self._cached

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition('.')[0]
        return self.name

    @property
    def has_location(self):
        return self._set_fileattr


class BuiltinImporter:
    __module__ = '_frozen_importlib'


class FrozenImporter:
    __module__ = '_frozen_importlib'


class SourceFileLoader:
    __module__ = '_frozen_importlib_external'

    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path


class ExtensionFileLoader(SourceFileLoader):
    __module__ = '_frozen_importlib_external'


def _spec(name, found):
    kind, origin, cached, is_package = found
    if kind == 'built-in' or kind == 'frozen':
        return ModuleSpec(name, BuiltinImporter if kind == 'built-in' else FrozenImporter, origin=kind)
    loader = (SourceFileLoader if kind == 'source' else ExtensionFileLoader)(name, origin)
    spec = ModuleSpec(name, loader, origin=origin, is_package=is_package)
    spec._set_fileattr = True
    spec._cached = cached
    if is_package:
        spec.submodule_search_locations.append(origin.rpartition('/')[0])
    return spec


def find_spec(name, package=None):
    if name.startswith('.'):
        if not package:
            raise ImportError('no package specified for %r (required for relative module names)' % (name,))
        level = len(name) - len(name.lstrip('.'))
        base = package.rsplit('.', level - 1)[0]
        name = '%s.%s' % (base, name[level:]) if name[level:] else base
    parent = name.rpartition('.')[0]
    if parent and name not in sys.modules:
        import importlib
        importlib.import_module(parent)
    if name in sys.modules and sys.modules[name] is None:
        return None
    found = _locate(name)
    return None if found is None else _spec(name, found)
`;

/** Where `name` would be found: (kind, origin, cached, is_package), or None. */
function locate(interp: Interp, args: PyObject[]): PyObject {
  const rt = interp.rt;
  const name = args[0] instanceof PyUnicodeObject ? args[0].value : '';
  const tuple = (kind: string, origin: string, cached: string | null, isPackage: boolean) =>
    newTuple(rt, [newStr(rt, kind), newStr(rt, origin), cached === null ? interp.none() : newStr(rt, cached), interp.bool(isPackage)]);
  const sibling = interp.findModuleSource?.(name);
  if (sibling && !interp.modules.has(name)) {
    const isPackage = /[\\/]__init__\.py$/.test(sibling.path);
    const cut = sibling.path.lastIndexOf('/');
    const stem = isPackage ? '__init__' : name.slice(name.lastIndexOf('.') + 1);
    return tuple('source', sibling.path, `${sibling.path.slice(0, cut)}/__pycache__/${stem}.cpython-3${rt.profile.versionInfo[1]}.pyc`, isPackage);
  }
  const top = name.split('.')[0];
  const version = rt.profile.version;
  const inStdlib = version === '3.13' ? (STDLIB_MODULE_NAMES_312.has(top) && !STDLIB_ONLY_312.has(top)) || STDLIB_ONLY_313.has(top) : STDLIB_MODULE_NAMES_312.has(top);
  const known = interp.modules.has(name) || interp.moduleLoaders.has(name) || inStdlib;
  if (!known || name === '__main__') return interp.none();
  // 3.13's collections/abc.py is still on disk: find_spec names it (the import then gives _collections_abc).
  const file = name === 'collections.abc' ? `/usr/lib/python${version}/collections/abc.py` : stdlibLocation(rt, name);
  if (isFrozenModule(name)) return tuple('frozen', 'frozen', null, false);
  if (file === null) return tuple('built-in', 'built-in', null, false);
  if (!file.endsWith('.py')) return tuple('extension', file, null, false);
  const cut = file.lastIndexOf('/');
  const stem = file.slice(cut + 1, -3);
  return tuple('source', file, `${file.slice(0, cut)}/__pycache__/${stem}.cpython-3${rt.profile.versionInfo[1]}.pyc`, stem === '__init__');
}

/** Creates `importlib.util` (on first import) and binds it in `importlib`. */
export function createImportlibUtil(interp: Interp): PyModuleObject {
  const natives = { _locate: interp.nativeFunction('_locate', locate) };
  const m = runSourceModule(interp, { name: 'importlib.util', source: SOURCE, publicNames: ['find_spec', 'ModuleSpec'], natives });
  const pkg = interp.importModule('importlib') as PyModuleObject;
  interp.rt.heap.incref(m);
  const old = pkg.dict.get('util');
  pkg.dict.set('util', m);
  if (old) interp.rt.heap.decref(old);
  interp.rt.heap.decref(pkg);
  return m;
}
