/**
 * pydoc's `TextDoc.docroutine` (3.11–3.13): `name(signature)` and a note (whose instance a bound
 * method belongs to; inside a class page, where a method really comes from), then the docstring
 * indented by four spaces.
 *
 * Obscurity: in a class page a class method is bound to the class, so 3.11 and 3.12 add
 * " from builtins.type" (the class of its `__self__` is not the documented class); 3.13 instead
 * compares the function's `__qualname__` with the class that holds it and says " from X" only
 * for a function defined elsewhere (`__replace__ = _replace(self, /, **changes) from dataclasses`).
 */
import { PyMethodObject } from '../../engine/objects/methodObject';
import type { PyObject } from '../../engine/objects/object';
import { PyTypeObject } from '../../engine/objects/typeObject';
import type { Interp } from '../runtime/interp';
import { UnsupportedError } from '../runtime/pyError';
import { docBuiltinRoutine, isBuiltinRoutine } from './helpBuiltinRoutine';
import { getDoc, indentText } from './helpDoc';
import { boundSignature, className, formatSignature, functionFacts, typeText, type FunctionFacts } from './helpSignature';

/** The routine `o` as pydoc sees it: its function's facts and, for a bound method, `__self__`. */
export interface Routine {
  facts: FunctionFacts;
  self: PyObject | null;
}

/** `o` as a routine pydoc can print, or null (not a function or a method of one). */
export function routineOf(interp: Interp, o: PyObject): Routine | null {
  if (o instanceof PyMethodObject) {
    const facts = o.func ? functionFacts(interp, o.func) : null;
    return facts && o.self ? { facts, self: o.self } : null;
  }
  const facts = functionFacts(interp, o);
  return facts ? { facts, self: null } : null;
}

/**
 * `docroutine(o, name, None, cl, homecls)`: the declaration line and the docstring, ending in a
 * newline. `cl` is the class whose page this is (null outside one), `homecls` the class in its
 * MRO that holds `name`.
 */
export function docRoutine(interp: Interp, o: PyObject, name: string | null, cl: PyTypeObject | null, homecls: PyTypeObject | null): string {
  const r = routineOf(interp, o);
  if (!r && isBuiltinRoutine(o)) return docBuiltinRoutine(interp, o, name, cl, homecls);
  if (!r) throw new UnsupportedError(`help() on a ${o.type.name} object`, interp.line);
  const f = r.facts;
  const v13 = interp.rt.profile.versionInfo[1] >= 13;
  const realname = f.name;
  let note = '';
  let imfunc: FunctionFacts | null = null;
  if (r.self) {
    if (!v13) {
      note = boundNoteBefore313(interp, r.self, cl);
    } else if (r.self === cl) {
      imfunc = f;
    } else if (r.self instanceof PyTypeObject) {
      note = ` class method of ${className(interp, r.self, null)}`;
    } else {
      note = ` method of ${className(interp, r.self.type, null)} instance`;
    }
  } else if (v13) {
    imfunc = f;
  }
  const home = homecls ?? cl;
  if (imfunc && home) {
    const homeModule = typeText(interp, home, '__module__');
    const homeQualname = typeText(interp, home, '__qualname__');
    if (imfunc.module !== homeModule || imfunc.qualname !== `${homeQualname}.${realname}`) {
      const parent = parentName(imfunc);
      if (parent) note = ` from ${parent}`;
    }
  }
  const shown = name ?? realname;
  let title = shown;
  let skipDocs = false;
  if (shown !== realname) {
    if (cl && cl instanceof PyTypeObject && staticLookup(cl, realname) === o) {
      skipDocs = true;
      if (v13 && note.startsWith(' from ')) note = '';
    }
    title = `${shown} = ${realname}`;
  }
  const sig = r.self ? boundSignature(f.signature) : f.signature;
  let argspec = formatSignature(sig, v13 && realname !== '<lambda>' ? 80 - realname.length : null);
  if (realname === '<lambda>') {
    title = `${shown} lambda `;
    if (!v13 || sig.returns === null) argspec = argspec.slice(1, -1);
  }
  const decl = `${f.isAsync ? 'async ' : ''}${title}${argspec}${note}`;
  if (skipDocs) return `${decl}\n`;
  const doc = getDoc(interp, o);
  return `${decl}\n${doc ? `${indentText(interp, doc).trimEnd()}\n` : ''}`;
}

/** 3.11/3.12's note on a bound method: by the class of its `__self__` (" from X" in a class page). */
export function boundNoteBefore313(interp: Interp, self: PyObject, cl: PyTypeObject | null): string {
  const imclass = self.type;
  if (!cl) return ` method of ${className(interp, imclass, null)} instance`;
  return imclass === cl ? '' : ` from ${className(interp, imclass, null)}`;
}

/** `parentname(func, None)`: the enclosing class's qualified name, or the module. */
function parentName(f: FunctionFacts): string | null {
  const dot = f.qualname.lastIndexOf('.');
  if (dot >= 0) return `${f.module}.${f.qualname.slice(0, dot)}`;
  return f.module;
}

/** `inspect.getattr_static(cl, name)` over the class namespaces of the MRO (borrowed), or null. */
function staticLookup(cl: PyTypeObject, name: string): PyObject | null {
  for (const c of cl.mro ?? [cl]) {
    const ns = (c as { ns?: Map<string, PyObject> }).ns;
    const v = ns?.get(name);
    if (v) return v;
  }
  return null;
}
