/**
 * pydoc's `docroutine` for a built-in callable inside a class page (a built-in base's slot
 * wrappers, method descriptors, class methods and `__new__`): the signature comes from
 * `__text_signature__` as `inspect.signature` reads it (`$self`/`$type` kept on an unbound
 * descriptor, dropped with a `/` left leading on a bound method, defaults shown by their repr),
 * `(...)` when there is none; then the note and the docstring as for a Python function.
 *
 * Obscurity: 3.11 and 3.12 note a bound built-in by the class of its `__self__`, so `__new__`
 * (bound to the built-in class) and a class method (bound to the documented class) both say
 * " from builtins.type"; 3.13 says " class method of builtins.list" for the first and nothing
 * for the second, and notes a descriptor only when it comes from another class than its home.
 */
import { PyNativeDescrObject, PyMethodWrapperObject } from '../../engine/objects/nativeDescrObject';
import { PyCFunctionObject } from '../../engine/objects/nativeObject';
import type { PyObject } from '../../engine/objects/object';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import { PyModuleObject } from '../runtime/moduleObject';
import { getAttrOrNull } from './classBuiltins';
import { getDoc, indentText } from './helpDoc';
import { boundNoteBefore313 } from './helpRoutine';
import { boundSignature, className, formatSignature, type SignatureText } from './helpSignature';

/** What pydoc reads of a built-in callable. */
interface BuiltinRoutine {
  name: string;
  /** `__self__` when it is bound (not a module, not None), else null. */
  self: PyObject | null;
  /** `__objclass__` of a descriptor, else null. */
  objclass: PyTypeObject | null;
  signature: SignatureText | null;
}

/** Whether `o` is a built-in callable pydoc documents as a routine. */
export function isBuiltinRoutine(o: PyObject): o is PyCFunctionObject {
  return o instanceof PyCFunctionObject;
}

function builtinRoutine(interp: Interp, o: PyCFunctionObject, homecls: PyTypeObject | null): BuiltinRoutine {
  const objclass = o instanceof PyNativeDescrObject ? o.owner : o instanceof PyMethodWrapperObject ? o.descr.owner : null;
  let self: PyObject | null = null;
  if (!(o instanceof PyNativeDescrObject)) {
    const s = getAttrOrNull(interp, o, '__self__');
    if (s && s !== interp.none() && !(s instanceof PyModuleObject)) self = s;
    interp.rt.heap.xdecref(s);
    // A built-in `__new__` is bound to the type whose `__dict__` holds it (`tp_new_wrapper`'s
    // self), which the simulation does not always record on the function.
    if (!self && o.name === '__new__' && homecls) self = homecls;
  }
  const sigObj = getAttrOrNull(interp, o, '__text_signature__');
  const text = sigObj instanceof PyUnicodeObject ? sigObj.value : null;
  interp.rt.heap.xdecref(sigObj);
  // Before 3.13 a default inspect cannot evaluate (`<unrepresentable>`) makes it give up: `(...)`.
  const givesUp = text !== null && text.includes('<unrepresentable>') && interp.rt.profile.versionInfo[1] < 13;
  const parsed = text === null || givesUp ? null : parseTextSignature(text);
  const signature = parsed && self !== null ? boundSignature(parsed) : parsed;
  return { name: o.name, self, objclass, signature };
}

/**
 * `_signature_fromstr` on a `__text_signature__`: the parameters split at the top-level commas,
 * `$` taken off the self parameter (`$module` dropped), defaults as the repr of what they evaluate to.
 */
export function parseTextSignature(text: string): SignatureText {
  const inner = text.trim().replace(/^\(/, '').replace(/\)$/, '');
  const params: string[] = [];
  let depth = 0;
  let quote = '';
  let cur = '';
  for (const ch of inner) {
    if (quote) {
      if (ch === quote) quote = '';
    } else if (ch === '"' || ch === "'") {
      quote = ch;
    } else if ('([{'.includes(ch)) {
      depth++;
    } else if (')]}'.includes(ch)) {
      depth--;
    } else if (ch === ',' && depth === 0) {
      params.push(cur.trim());
      cur = '';
      continue;
    }
    cur += ch;
  }
  if (cur.trim()) params.push(cur.trim());
  const sig = { params: params.map((p) => paramText(p.replace(/^\$/, ''))), returns: null };
  // A module's function is always bound to its module: `$module` never shows.
  return params[0] === '$module' ? boundSignature(sig) : sig;
}

function paramText(p: string): string {
  const eq = p.indexOf('=');
  if (eq < 0) return p;
  const name = p.slice(0, eq).trim();
  let value = p.slice(eq + 1).trim();
  // The constants CPython's text signatures name (Objects/clinic): shown by value.
  if (value === 'sys.maxsize') value = '9223372036854775807';
  else if (/^"[^"']*"$/.test(value)) value = `'${value.slice(1, -1)}'`;
  return `${name}=${value}`;
}

/** `docroutine(o, name, None, cl, homecls)` for a built-in callable, ending in a newline. */
export function docBuiltinRoutine(interp: Interp, o: PyCFunctionObject, name: string | null, cl: PyTypeObject | null, homecls: PyTypeObject | null): string {
  const r = builtinRoutine(interp, o, homecls);
  const v13 = interp.rt.profile.versionInfo[1] >= 13;
  let note = '';
  if (r.self) {
    if (!v13) {
      note = boundNoteBefore313(interp, r.self, cl);
    } else if (r.self !== cl) {
      note = r.self instanceof PyTypeObject ? ` class method of ${className(interp, r.self, null)}` : ` method of ${className(interp, r.self.type, null)} instance`;
    }
  } else if (v13 && r.objclass) {
    if (!cl) note = ` unbound ${className(interp, r.objclass, null)} method`;
    else if (r.objclass !== homecls) note = ` from ${className(interp, r.objclass, null)}`;
  }
  const shown = name ?? r.name;
  const title = shown === r.name ? shown : `${shown} = ${r.name}`;
  const argspec = r.signature ? formatSignature(r.signature, v13 ? 80 - r.name.length : null) : '(...)';
  const doc = getDoc(interp, o);
  return `${title}${argspec}${note}\n${doc ? `${indentText(interp, doc).trimEnd()}\n` : ''}`;
}
