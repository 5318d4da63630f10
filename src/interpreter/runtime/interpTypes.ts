/**
 * The interpreter's own static types (code objects, modules) and the method tables of the built-in
 * types, as static method descriptors (`list.append`) that the eval loop calls with the object as
 * first argument.
 */
import { framePushImplOf, registerFramePush } from '../vm/frameNatives';
import { staticCFunction, type PyCFunctionObject } from '../../engine/objects/nativeObject';
import { staticNativeDescr } from '../../engine/objects/nativeDescrObject';
import { TPFLAGS, type PyTypeObject } from '../../engine/objects/typeObject';
import type { Runtime } from '../../engine/runtime';
import type { PyGCObject, PyObject } from '../../engine/objects/object';
import type { NativeImpl } from '../vm/callables';
import { checkedDescrImpl, ownSlotKind } from '../objects/builtinSlots';
import { methodArity, type MethodArity } from '../objects/methodArityTable';

/** Static types the interpreter adds to the engine's. */
export interface InterpTypes {
  code: PyTypeObject;
  module: PyTypeObject;
}

/** Creates the interpreter's static types. */
export function makeInterpTypes(rt: Runtime): InterpTypes {
  const noDealloc = () => { throw new Error('static object deallocated'); };
  return {
    code: rt.staticType({ name: 'code', basicsize: rt.profile.codeBasicSize, flags: 0, dealloc: noDealloc }),
    module: rt.staticType({ name: 'module', basicsize: 56, flags: TPFLAGS.HAVE_GC | TPFLAGS.BASETYPE, dealloc: (_heap, o) => moduleDealloc(rt, o as PyGCObject) }),
  };
}

/**
 * `module_dealloc`: a module run from a source file dies when nothing holds it any more (dropped
 * from `sys.modules` and unbound): its dict's reference is released, then its block. The static
 * built-in modules never get here.
 */
function moduleDealloc(rt: Runtime, o: PyGCObject): void {
  if (!rt.heap.live.has(o)) throw new Error('static object deallocated');
  const dict = (o as PyGCObject & { dict: { dict: PyObject | null } }).dict.dict;
  if (o.gcNext !== null) rt.heap.gc.untrack(o);
  rt.heap.xdecref(dict);
  rt.heap.gcDel(o);
}

/**
 * `impl` behind CPython's count check of its positional arguments (self not counted), when the
 * method takes no keywords in the call: a native then never sees a count CPython refuses.
 */
function arityChecked(arity: MethodArity | undefined, impl: NativeImpl): NativeImpl {
  if (!arity) return impl;
  const [min, max, tooFew, tooMany] = arity;
  return (interp, args, kwnames) => {
    const n = args.length - 1;
    if (!kwnames?.length && (n < min || (max >= 0 && n > max))) interp.typeError((n < min ? tooFew : tooMany).replace('#', String(n)));
    return impl(interp, args, kwnames);
  };
}

/** Method descriptors by type, then by name. */
export class MethodTables {
  private readonly tables = new Map<PyTypeObject, Map<string, PyCFunctionObject>>();
  private readonly classMethods = new Map<PyTypeObject, Map<string, NativeImpl>>();

  constructor(private readonly rt: Runtime) {}

  /**
   * Defines `type.name` as the native `impl` (called with self first): a `wrapper_descriptor` when
   * CPython's slotdefs make the name a slot wrapper of the type, `__new__` a built-in function,
   * otherwise a `method_descriptor`, checking its first argument as the descriptor does;
   * `slotWrapper` says it is a slot wrapper of a type the measured tables do not cover.
   */
  define(type: PyTypeObject, name: string, impl: NativeImpl, slotWrapper = false): void {
    let table = this.tables.get(type);
    if (!table) this.tables.set(type, (table = new Map()));
    if (name === '__new__') { table.set(name, staticCFunction(this.rt, name, impl)); return; }
    const kind = slotWrapper || ownSlotKind(this.rt, type, name) === 'w' ? 'wrapper_descriptor' : 'method_descriptor';
    const arity = methodArity(this.rt.profile.version, `${type.name}.${name}`);
    const checked = checkedDescrImpl(kind, type, name, arityChecked(arity, impl));
    const pushing = framePushImplOf(impl);
    if (pushing) {
      // A frame-pushing native (vm/resumableNative.ts: list.sort): the checked form pushes too,
      // after the same checks (run on a stand-in that only returns).
      const checks = checkedDescrImpl(kind, type, name, arityChecked(arity, () => this.rt.None));
      registerFramePush(checked, (interp, args, kwnames, caller) => {
        checks(interp, args, kwnames);
        return pushing(interp, args, kwnames, caller);
      });
    }
    table.set(name, staticNativeDescr(this.rt, kind, type, name, checked));
  }

  /** The names `type` itself defines. */
  ownNames(type: PyTypeObject): Iterable<string> {
    return this.tables.get(type)?.keys() ?? [];
  }

  /** The descriptor `type` itself defines for `name` (its own table only). */
  lookupOwn(type: PyTypeObject, name: string): PyCFunctionObject | undefined {
    return this.tables.get(type)?.get(name);
  }

  /** Defines the class method `type.name` (`METH_CLASS`): looking it up binds it to the class. */
  defineClassMethod(type: PyTypeObject, name: string, impl: NativeImpl): void {
    let table = this.classMethods.get(type);
    if (!table) this.classMethods.set(type, (table = new Map()));
    table.set(name, arityChecked(methodArity(this.rt.profile.version, `${type.name}.${name}`), impl));
  }

  /** The class method `name` of `type` or its bases. */
  lookupClassMethod(type: PyTypeObject, name: string): NativeImpl | undefined {
    for (let t: PyTypeObject | null = type; t; t = t.base) {
      const m = this.classMethods.get(t)?.get(name);
      if (m) return m;
    }
    return undefined;
  }

  /** A static built-in function (not bound to a type). */
  staticFunction(name: string, impl: NativeImpl): PyCFunctionObject {
    return staticCFunction(this.rt, name, impl);
  }

  /** The descriptor for `type.name`, searching the base chain. */
  lookup(type: PyTypeObject, name: string): PyCFunctionObject | undefined {
    for (let t: PyTypeObject | null = type; t; t = t.base) {
      const m = this.tables.get(t)?.get(name);
      if (m) return m;
    }
    return undefined;
  }
}
