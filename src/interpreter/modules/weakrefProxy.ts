/**
 * `weakref.proxy` (Objects/weakrefobject.c `PyWeakref_NewProxy`): a weak reference that stands
 * for its referent. Attribute reads and writes, `str()`, calls (`CallableProxyType`) and `==` go
 * to the referent; once it is gone they raise ReferenceError('weakly-referenced object no longer
 * exists'). A proxy is a weak reference of the referent's list (64 bytes + the GC head, getsizeof
 * 80 as a ref): the callback-less proxy is shared and sits after the basic ref, a proxy with a
 * callback goes after that.
 */
import { type PyObject } from '../../engine/objects/object';
import { PyTypeObject, TPFLAGS } from '../../engine/objects/typeObject';
import { clearWeakref, PyWeakReference, supportsWeakrefs, WEAKREF_SIZE } from '../../engine/objects/weakrefObject';
import { compare } from '../objects/richCompare';
import { strOf } from '../objects/repr';
import { setAttr } from '../objects/typeSlots';
import type { Interp } from '../runtime/interp';

import { prepareCall } from '../vm/callDispatch';
import { isCallable, type NativeImpl } from '../vm/callables';
import { PyNativeObject } from './nativeObject';

/** A proxy: a native object that is also an entry of its referent's weakref list. */
export class PyWeakProxy extends PyNativeObject {
  /** `wr_object`, null once cleared. */
  referent: PyObject | null = null;
  /** `wr_callback` (owned), null for none. */
  callback: PyObject | null = null;
}

const proxyTypes = new WeakMap<object, { plain: PyTypeObject; callable: PyTypeObject }>();

function typesOf(interp: Interp): { plain: PyTypeObject; callable: PyTypeObject } {
  const rt = interp.rt;
  let t = proxyTypes.get(rt);
  if (t) return t;
  const make = (name: string) => rt.staticType({
    name, basicsize: WEAKREF_SIZE, flags: TPFLAGS.HAVE_GC,
    // proxy_dealloc: untrack, clear_weakref, free.
    dealloc: (heap, o) => {
      heap.gc.untrack(o as PyWeakProxy);
      clearWeakref(heap, o as unknown as PyWeakReference);
      heap.gcDel(o as PyWeakProxy);
    },
    traverse: (o, visit) => { const cb = (o as PyWeakProxy).callback; if (cb) visit(cb); },
    clear: (heap, o) => clearWeakref(heap, o as unknown as PyWeakReference),
  });
  t = { plain: make('weakref.ProxyType'), callable: make('weakref.CallableProxyType') };
  proxyTypes.set(rt, t);
  return t;
}

/** The `ProxyType` and `CallableProxyType` objects. */
export function proxyTypeObjects(interp: Interp): { ProxyType: PyTypeObject; CallableProxyType: PyTypeObject } {
  const t = typesOf(interp);
  return { ProxyType: t.plain, CallableProxyType: t.callable };
}

/** The referent (borrowed), or ReferenceError once it is gone (`proxy_check_ref`). */
function live(interp: Interp, p: PyWeakProxy): PyObject {
  return p.referent ?? interp.raise('ReferenceError', 'weakly-referenced object no longer exists');
}

/** `weakref.proxy(object[, callback])`. */
export const proxy: NativeImpl = (interp, args, kwnames) => {
  if (kwnames && kwnames.length) interp.typeError('proxy() takes no keyword arguments');
  if (args.length < 1 || args.length > 2) interp.typeError(`proxy expected at most 2 arguments, got ${args.length}`);
  const [o, cb] = args;
  const callback = cb && cb !== interp.rt.None ? cb : null;
  if (!supportsWeakrefs(o)) interp.typeError(`cannot create weak reference to '${o.type.name}' object`);
  const rt = interp.rt;
  const heap = rt.heap;
  const list = heap.weakrefLists.get(o) ?? [];
  const basicRef = list[0] instanceof PyWeakReference && (list[0] as PyWeakReference).callback === null ? list[0] : null;
  const at = basicRef ? 1 : 0;
  const basicProxy = list[at] instanceof PyWeakProxy && (list[at] as PyWeakProxy).callback === null ? list[at] : null;
  if (!callback && basicProxy) {
    heap.incref(basicProxy);
    return basicProxy;
  }
  const types = typesOf(interp);
  const type = (isCallable(o) || o instanceof PyTypeObject) ? types.callable : types.plain;
  const p = heap.gcNew((a) => new PyWeakProxy(type, a), 16 + WEAKREF_SIZE, type.name);
  p.referent = o;
  if (callback) {
    heap.incref(callback);
    p.callback = callback;
  }
  heap.gc.track(p);
  if (!heap.weakrefLists.has(o)) heap.weakrefLists.set(o, list);
  list.splice(callback && basicProxy ? at + 1 : at, 0, p);
  const v313 = rt.profile.versionInfo[1] >= 13;
  p.repr = () => {
    const r = p.referent;
    const at16 = `0x${p.id.toString(16)}`;
    if (!r) return `<weakproxy at ${at16}; dead>`;
    return v313 ? `<weakproxy at ${at16}; to '${r.type.name}' at 0x${r.id.toString(16)}>` : `<weakproxy at ${at16} to ${r.type.name} at 0x${r.id.toString(16)}>`;
  };
  p.str = (i) => strOf(i, live(i, p));
  p.getAttr = (i, name) => ({ value: i.getAttr(live(i, p), name, false).value, method: false });
  p.setAttr = (i, name, value) => {
    setAttr(i, live(i, p), name, value);
    return true;
  };
  p.compare = (i, op, other) => compare(i, op, live(i, p), other instanceof PyWeakProxy ? live(i, other) : other);
  if (type === types.callable) p.call = (i, callArgs, kw, previous) => prepareCall(i, live(i, p), callArgs, kw, previous);
  return p;
};
