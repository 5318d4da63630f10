/**
 * What pydoc's class page lists for a built-in exception type along the MRO: the names of its own
 * `__dict__` measured on CPython (exceptionDictNames.ts: BaseException's 16–18 entries, the
 * subclasses' `__init__`, `__new__`, `__str__` and fields), each rendered from the measured
 * docstrings and text signatures (builtinDocs.json).
 *
 * The simulation keeps no descriptor objects for most of these (`BaseException.args` is read by
 * the exception's own code), so the entries are rendered from the data rather than from objects:
 * a method as `docroutine` shows an unbound method descriptor (`name(sig)`, `(...)` without a
 * text signature, the docstring `_finddoc` reaches along the owner's MRO: `__reduce__`'s
 * "Helper for pickle." is `object`'s), a getset or member as `docdata`.
 */
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { builtinDocText } from '../objects/builtinDocs';
import type { SlotKind } from '../objects/builtinSlots';
import { EXCEPTION_DICT_NAMES } from '../objects/exceptionDictNames';
import { mroOf } from '../objects/typeLookup';
import type { Interp } from '../runtime/interp';
import { parseTextSignature } from './helpBuiltinRoutine';
import { cleanDoc, indentText } from './helpDoc';
import { boundSignature, formatSignature } from './helpSignature';

const byVersion = new Map<string, Map<string, Map<string, SlotKind>>>();

/** The names `t.__dict__` holds with their kinds, when `t` is a built-in exception type; else null. */
export function exceptionDictNames(interp: Interp, t: PyTypeObject): Map<string, SlotKind> | null {
  if (interp.rt.exceptions.get(t.name) !== t) return null;
  const version = interp.rt.profile.version;
  let tables = byVersion.get(version);
  if (!tables) {
    // 3.11's entries, then each later version's replacements up to the running one.
    const entries = new Map<string, string>();
    for (const [v, changes] of Object.entries(EXCEPTION_DICT_NAMES)) if (v <= version) for (const [name, e] of Object.entries(changes)) entries.set(name, e);
    tables = new Map();
    for (const [name, e] of entries) if (e) tables.set(name, new Map(e.split(' ').map((x) => x.split(':') as [string, SlotKind])));
    byVersion.set(version, tables);
  }
  return tables.get(t.name) ?? null;
}

/** `_finddoc` for `owner.__dict__[name]`: the first measured docstring of `name` along the owner's MRO, cleaned. */
function foundDoc(interp: Interp, owner: PyTypeObject, name: string): string {
  for (const c of mroOf(owner)) {
    const doc = builtinDocText(interp.rt, 'doc', `${c.name}.${name}`);
    if (doc !== null) return cleanDoc(doc);
  }
  return '';
}

/**
 * The page entry of a method descriptor or slot wrapper of `owner` (its home class), or of a
 * class method (`__class_getitem__`, bound to the documented class), ending in a newline.
 *
 * Obscurity: 3.11 and 3.12 note a class method by the class of its `__self__`, " from
 * builtins.type"; 3.13 notes nothing, its `__self__` being the documented class.
 */
export function exceptionMethodText(interp: Interp, owner: PyTypeObject, name: string, classMethod: boolean): string {
  const text = builtinDocText(interp.rt, 'sig', `${owner.name}.${name}`);
  const v13 = interp.rt.profile.versionInfo[1] >= 13;
  const sig = text === null ? null : classMethod ? boundSignature(parseTextSignature(text)) : parseTextSignature(text);
  const argspec = sig === null ? '(...)' : formatSignature(sig, v13 ? 80 - name.length : null);
  const note = classMethod && !v13 ? ' from builtins.type' : '';
  const doc = foundDoc(interp, owner, name);
  return `${name}${argspec}${note}\n${doc ? `${indentText(interp, doc).trimEnd()}\n` : ''}`;
}

/** The page entry of a getset or member of `owner` (`docdata`), ending in a newline. */
export function exceptionDataText(interp: Interp, owner: PyTypeObject, name: string): string {
  const doc = foundDoc(interp, owner, name);
  return `${name}\n${doc ? `${indentText(interp, doc)}\n` : ''}`;
}
