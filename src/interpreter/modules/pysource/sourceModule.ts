/**
 * A standard-library module written in Python: its source is compiled under a file name of its
 * own (`<graphlib>`...) and run once by the simulation on the first import, in a fresh globals
 * namespace; the module object then offers the public names. What CPython's `.py` module
 * allocates when a script calls it (its dicts, lists, slot objects, generators) the simulation
 * allocates the same way, charged to the user's line that called it (code of another file has no
 * line events, loadedCode.ts).
 */
import { newDict, PyDictObject } from '../../../engine/objects/dictObject';
import { newMappingProxy } from '../../objects/mappingProxy';
import { newInt } from '../../../engine/objects/longObject';
import type { PyObject } from '../../../engine/objects/object';
import { newStr } from '../../../engine/objects/unicodeObject';
import { PyTypeObject } from '../../../engine/objects/typeObject';
import { compile } from '../../compiler/compiler';
import { newAlias, subscriptArgs } from '../../objects/genericAlias';
import { parse } from '../../parser/pyAstAdapter';
import type { Interp } from '../../runtime/interp';
import { PyModuleObject } from '../../runtime/moduleObject';
import { runNested } from '../../vm/callDispatch';
import { Frame } from '../../vm/frame';
import { LoadedCode } from '../../vm/loadedCode';
import { Namespace } from '../../vm/namespace';
import { registerLiveModule } from '../../vm/sourceModules';

/** What `runSourceModule` needs: the module's name, its Python text and the names it offers. */
export interface SourceModuleSpec {
  name: string;
  source: string;
  publicNames: readonly string[];
  /** Native helpers put in the globals before the source runs (each a new reference). */
  natives?: Record<string, PyObject>;
}

/**
 * Runs `spec.source` (globals `__name__` = the module's name, `__builtins__`, `_minor` = the
 * simulated minor version) and returns the module holding `spec.publicNames`.
 */
export function runSourceModule(interp: Interp, spec: SourceModuleSpec): PyModuleObject {
  const rt = interp.rt;
  const globals = runSource(interp, spec);
  const m = rt.staticObject(new PyModuleObject(interp.types.module, rt.heap.staticAddress(72)));
  m.name = spec.name;
  copyPublic(interp, globals, m, spec.publicNames);
  interp.modules.set(spec.name, m);
  return m;
}

/**
 * Runs `spec.source` as `runSourceModule` does, but the module is a view of the globals: what
 * its code rebinds and what a script assigns (`warnings.filters = []`) are one namespace, as in a
 * `.py` module of CPython. `spec.publicNames` is unused: every global is an attribute.
 */
export function runLiveSourceModule(interp: Interp, spec: SourceModuleSpec): PyModuleObject {
  return registerLiveModule(interp, spec.name, runSource(interp, spec).dict);
}

/**
 * Gives the native module `m` the names `spec.publicNames` written in Python: the source runs on
 * the first lookup of one of them (a name of `m` missing from its dict), so an import that never
 * uses them allocates nothing for them; their objects are then charged to the line looking up.
 */
export function addLazySourceNames(interp: Interp, m: PyModuleObject, spec: SourceModuleSpec): void {
  let ran = false;
  m.fillLazy = (name) => {
    if (ran || (name !== null && !spec.publicNames.includes(name))) return false;
    ran = true;
    copyPublic(interp, runSource(interp, spec), m, spec.publicNames);
    return true;
  };
}

/** Compiles and runs the source in fresh globals, which it returns. */
function runSource(interp: Interp, spec: SourceModuleSpec): Namespace {
  const rt = interp.rt;
  const minor = rt.profile.versionInfo[1];
  const version = `3.${minor}` as '3.11' | '3.12' | '3.13';
  const filename = `<${spec.name}>`;
  const loaded = new LoadedCode(interp, compile(parse(spec.source, filename), { version, filename, mode: 'exec' }));
  const globals = new Namespace(rt, newDict(rt));
  globals.set('__name__', newStr(rt, spec.name));
  const builtins = interp.modules.get('builtins');
  if (builtins) {
    rt.heap.incref(builtins);
    globals.set('__builtins__', builtins);
  }
  globals.set('_minor', newInt(rt, minor));
  for (const [key, value] of Object.entries(spec.natives ?? {})) globals.set(key, value);
  rt.heap.decref(runNested(interp, new Frame(loaded, globals, globals, null, null)));
  return globals;
}

function copyPublic(interp: Interp, globals: Namespace, m: PyModuleObject, names: readonly string[]): void {
  for (const name of names) {
    const v = globals.get(name);
    if (!v) continue;
    interp.rt.heap.incref(v);
    m.dict.set(name, v);
  }
}

/** `types.GenericAlias(origin, args)` as a function, for a class's `__class_getitem__ = classmethod(...)`. */
export function genericAliasFunction(interp: Interp): PyObject {
  return interp.nativeFunction('GenericAlias', (i, args) => {
    if (args.length !== 2) return i.typeError(`GenericAlias expected 2 arguments, got ${args.length}`);
    const origin = args[0];
    const name = origin instanceof PyTypeObject ? origin.name : '?';
    return newAlias(i, { kind: 'types', name, origin, args: subscriptArgs(args[1]), subscript: null });
  });
}

/** `types.MappingProxyType(d)` as a function, for a read-only view a source module hands out. */
export function mappingProxyFunction(interp: Interp): PyObject {
  return interp.nativeFunction('_mappingproxy', (i, args) => {
    const d = args[0];
    if (!(d instanceof PyDictObject)) return i.typeError('mappingproxy() argument must be a dict');
    return newMappingProxy(i, d);
  });
}
