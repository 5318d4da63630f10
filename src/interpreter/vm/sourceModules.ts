/**
 * Bookkeeping for modules run from the script's sibling files: which files are such sources (their
 * code keeps its line events, loadedCode.ts) and the namespace view their module objects use.
 */
import { dictDelItem, dictGetItem, dictItems, dictSetItem, type PyDictObject } from '../../engine/objects/dictObject';
import type { Runtime } from '../../engine/runtime';
import type { PyObject } from '../../engine/objects/object';
import { internedKey, TypeNamespace } from '../../engine/objects/typeDict';
import type { Interp } from '../runtime/interp';
import { PyModuleObject } from '../runtime/moduleObject';
import { probeKey } from './namespace';

const sourceFiles = new WeakMap<Interp, Set<string>>();

/** Marks `path` as a file whose code runs with line events of its own (an imported sibling). */
export function registerSourceFile(interp: Interp, path: string): void {
  let s = sourceFiles.get(interp);
  if (!s) sourceFiles.set(interp, (s = new Set()));
  s.add(path);
}

/** Whether `path` is the script's or an imported sibling's file. */
export function isSourceFile(interp: Interp, path: string): boolean {
  return path === interp.script.filename || (sourceFiles.get(interp)?.has(path) ?? false);
}

/**
 * A source module's attributes: its code writes the dict directly (STORE_NAME, STORE_GLOBAL), so
 * reads go to the dict, not to the name map a simulated module keeps beside it.
 */
type Entries = ReturnType<Map<string, PyObject>['entries']>;

export class LiveModuleNamespace extends TypeNamespace {
  private live: Runtime | null = null;

  override attach(rt: Runtime, dict: PyDictObject): void {
    this.live = rt;
    super.attach(rt, dict);
  }

  override get(name: string): PyObject | undefined {
    const d = this.dict;
    return d && this.live ? dictGetItem(d, probeKey(this.live, name)) ?? undefined : super.get(name);
  }

  /** Binds `name` (value stolen) in the dict; a replaced value stays the caller's to release. */
  override set(name: string, value: PyObject): this {
    const rt = this.live;
    const d = this.dict;
    if (!rt || !d) return super.set(name, value);
    const old = this.get(name);
    if (old) rt.heap.incref(old);
    const k = internedKey(rt, name);
    rt.heap.incref(k.key);
    dictSetItem(rt, d, k, value);
    return this;
  }

  /** Unbinds `name`; the removed value stays the caller's to release. */
  override delete(name: string): boolean {
    const rt = this.live;
    const d = this.dict;
    if (!rt || !d) return super.delete(name);
    const old = this.get(name);
    if (!old) return false;
    rt.heap.incref(old);
    dictDelItem(rt, d, probeKey(rt, name));
    return true;
  }

  override has(name: string): boolean {
    return this.get(name) !== undefined;
  }

  override keys(): ReturnType<Map<string, PyObject>['keys']> {
    return this.pairs().map(([k]) => k)[Symbol.iterator]() as unknown as ReturnType<Map<string, PyObject>['keys']>;
  }

  override values(): ReturnType<Map<string, PyObject>['values']> {
    return this.pairs().map(([, v]) => v)[Symbol.iterator]() as unknown as ReturnType<Map<string, PyObject>['values']>;
  }

  override entries(): Entries {
    return this.pairs()[Symbol.iterator]() as unknown as Entries;
  }

  override [Symbol.iterator](): Entries {
    return this.entries();
  }

  private pairs(): [string, PyObject][] {
    const d = this.dict;
    if (!d) return [...super.entries()];
    return dictItems(d).filter((e) => typeof e.hashKey === 'string').map((e): [string, PyObject] => [e.hashKey as string, e.value]);
  }
}

/**
 * `sys.modules['__main__']`: the script's module, over its globals. The namespace keeps the dict's
 * reference (exitPhase.ts drops it), so the module, static like the built-in ones, borrows it.
 */
export function registerMainModule(interp: Interp, globals: PyDictObject): PyModuleObject {
  return registerLiveModule(interp, '__main__', globals);
}

/** `sys.modules[name]`: a module over `globals` (borrowed, kept by its namespace), its attributes and its code's globals one dict. */
export function registerLiveModule(interp: Interp, name: string, globals: PyDictObject): PyModuleObject {
  const m = interp.rt.staticObject(new MainModuleObject(interp.types.module, interp.rt.heap.staticAddress(16 + 56)));
  m.name = name;
  m.dict.attach(interp.rt, globals);
  interp.modules.set(name, m);
  return m;
}

/** A module over a globals dict (`__main__`, a live source module): attributes read from the globals its code writes. */
class MainModuleObject extends PyModuleObject {
  override readonly dict = new LiveModuleNamespace();
}

/** The footprint location of `line` of an imported file (lineFootprints.ts): what its code's line events carry. */
export function locateLine(interp: Interp, path: string, line: number): number {
  return interp.rt.heap.memory.footprints.locate(path, line);
}

/**
 * `module_setattro`: the module's dict takes the value (borrowed), for a module run from a source
 * file and a simulated one alike (`sys.excepthook = hook`, `math.tau2 = 5`); false for other objects.
 * The `builtins` module's names are also LOAD_GLOBAL's builtins map, kept in step: `del
 * builtins.print` makes `print(1)` a NameError, as in CPython.
 */
export function setSourceModuleAttr(interp: Interp, owner: PyObject, name: string, value: PyObject | null): boolean {
  if (!(owner instanceof PyModuleObject)) return false;
  owner.fillLazy?.(name);
  const heap = interp.rt.heap;
  const old = owner.dict.get(name);
  const isBuiltins = interp.modules.get('builtins') === owner;
  if (!value) {
    if (!old) interp.raise('AttributeError', `'module' object has no attribute '${name}'`);
    owner.dict.delete(name);
    if (isBuiltins) interp.builtins.delete(name);
    heap.decref(old);
    return true;
  }
  heap.incref(value);
  // TypeNamespace.set gives the replaced value back to the caller.
  owner.dict.set(name, value);
  if (isBuiltins) interp.builtins.set(name, value);
  heap.xdecref(old);
  return true;
}
