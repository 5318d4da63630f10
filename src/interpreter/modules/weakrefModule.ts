/**
 * The `weakref` module (the C part, Modules/_weakref.c and Objects/weakrefobject.c): `ref` (the
 * type; `ReferenceType`), calling a ref, `getweakrefcount`, `getweakrefs`. Also wires the engine's
 * weakref hooks: `PyObject_ClearWeakRefs` on dealloc and `handle_callback` through `callAny`.
 *
 * What supports weak references (`_PyType_SUPPORTS_WEAKREFS`): instances of classes with a
 * `__weakref__` (every class without `__slots__`, or with `__weakref__` in them), functions,
 * bound methods, sets, frozensets and classes. Lists, dicts, tuples, ints and strs do not.
 */
import { newList, listAppend } from '../../engine/objects/listObject';
import { newInt } from '../../engine/objects/longObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { PyError } from '../runtime/pyError';
import { typeReprs } from '../objects/repr';
import { clearWeakRefs, newWeakref, type PyWeakReference, supportsWeakrefs, weakrefsOf, weakrefType } from '../../engine/objects/weakrefObject';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { argRange, exactlyOne } from '../builtins/args';
import type { Interp } from '../runtime/interp';
import { callUnraisable } from '../runtime/unraisable';
import { callAny } from '../vm/callDispatch';
import { weakValueDictionaryType } from './weakValueDict';
import { weakSetType } from './weakSet';
import { weakKeyDictionaryType } from './weakKeyDict';
import { finalizeType } from './weakrefFinalize';
import { proxy, proxyTypeObjects } from './weakrefProxy';

/** Defines the `weakref` module and plugs the weakref hooks into the heap. */
export function installWeakref(interp: Interp): void {
  const rt = interp.rt;
  const heap = rt.heap;
  const ref = weakrefType(rt);
  heap.clearWeakRefs = (o) => clearWeakRefs(rt, o);
  // handle_callback: PyObject_CallOneArg(callback, ref); an exception is unraisable.
  heap.onWeakrefCallback = (wr, callback) =>
    callUnraisable(interp, callback, () => heap.decref(callAny(interp, callback, [wr])));
  interp.typeCalls.set(ref, (i, _t, args, kwnames) => {
    if (kwnames && kwnames.length) i.typeError('ref() takes no keyword arguments');
    argRange(i, '__new__', args, 1, 2);
    const [o, cb] = args;
    if (!supportsWeakrefs(o)) i.typeError(`cannot create weak reference to '${o.type.name}' object`);
    return newWeakref(i.rt, o, cb && cb !== i.rt.None ? cb : null);
  });
  // weakref_vectorcall: the referent, or None once it is gone.
  interp.methods.define(ref, '__call__', (i, args) => {
    const target = (args[0] as PyWeakReference).referent ?? i.rt.None;
    i.rt.heap.incref(target);
    return target;
  });
  typeReprs.set(ref, (i, o) => weakrefRepr(i, o as PyWeakReference));
  heap.incref(ref);
  heap.incref(ref);
  const finalize = finalizeType(interp);
  interp.typeCalls.set(finalize.type as PyTypeObject, (i, _t, args, kwnames) => finalize.construct(i, args, kwnames));
  interp.defineModule('weakref', {
    proxy,
    getweakrefcount: (i, args, kw) => newInt(i.rt, weakrefsOf(i.rt.heap, exactlyOne(i, 'getweakrefcount', args, kw)).length),
    getweakrefs: (i, args, kw) => {
      const l = newList(i.rt, []);
      for (const wr of weakrefsOf(i.rt.heap, exactlyOne(i, 'getweakrefs', args, kw))) {
        i.rt.heap.incref(wr);
        listAppend(i.rt, l, wr);
      }
      return l;
    },
  }, { ref, ReferenceType: ref, finalize: finalize.type, ...proxyTypeObjects(interp), WeakValueDictionary: weakValueDictionaryType(interp), WeakSet: weakSetType(interp), WeakKeyDictionary: weakKeyDictionaryType(interp) });
}

/** `weakref_repr`: the referent's type and address, and its `__name__` when it has a str one. */
function weakrefRepr(interp: Interp, wr: PyWeakReference): string {
  const at = `0x${wr.id.toString(16)}`;
  const o = wr.referent;
  if (!o) return `<weakref at ${at}; dead>`;
  let name = '';
  try {
    const n = interp.getAttr(o, '__name__', false).value;
    if (n instanceof PyUnicodeObject) name = ` (${n.value})`;
    interp.rt.heap.decref(n);
  } catch (e) {
    if (!(e instanceof PyError) || !e.exc.type.isSubtypeOf(interp.excType('AttributeError'))) throw e;
    interp.rt.heap.decref(e.exc);
  }
  return `<weakref at ${at}; to '${o.type.name}' at 0x${o.id.toString(16)}${name}>`;
}
