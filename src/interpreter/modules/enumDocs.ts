/**
 * What pydoc reads of enum.py's own routines and descriptors (3.11–3.13), for the enum module's
 * native stand-ins: the `__qualname__`, docstring and signature of the EnumType methods a class
 * page lists (`__contains__`, `__getitem__`, `__iter__`, `__len__`) and of Flag's, the docstrings
 * of `__members__`, `Enum.name` and `Enum.value`, and the signature `inspect.signature` gives an
 * enum class (3.11 shows EnumType.__call__'s long one, 3.12+ `(*values)`). The texts are measured
 * (enumDocs.json, written by test/oracle/enumDocsProbe.py).
 */
import type { PyObject } from '../../engine/objects/object';
import { setStandInFacts, type SignatureText } from '../builtins/helpSignature';
import type { Interp } from '../runtime/interp';
import measured from './enumDocs.json';

interface MeasuredRoutine { qualname: string; doc: string | null; params: string[] }

interface VersionTexts {
  routines: Record<string, MeasuredRoutine>;
  docs: Record<string, string>;
  classSignature: string[];
}

function textsOf(interp: Interp): VersionTexts {
  return (measured as Record<string, VersionTexts>)[interp.rt.profile.version];
}

/** The measured docstring of `EnumType.__members__`, `Enum.name` or `Enum.value`. */
export function enumDescriptorDoc(interp: Interp, key: 'EnumType.__members__' | 'Enum.name' | 'Enum.value'): string {
  return textsOf(interp).docs[key];
}

/**
 * Gives the native functions in `ns` (EnumType's or Flag's namespace) the facts of the enum.py
 * functions they stand for, so help() prints them as Python functions of module enum.
 */
export function describeEnumRoutines(interp: Interp, owner: 'EnumType' | 'Flag', ns: ReadonlyMap<string, PyObject>): void {
  for (const [key, r] of Object.entries(textsOf(interp).routines)) {
    const [cls, name] = key.split('.');
    const f = cls === owner ? ns.get(name) : undefined;
    if (!f) continue;
    setStandInFacts(f, {
      name, qualname: r.qualname, module: 'enum', doc: r.doc,
      signature: { params: r.params, returns: null }, firstLine: 0, isAsync: false,
    });
  }
}

/** `inspect.signature(cls)` of an enum class (already without `cls`). */
export function enumClassSignature(interp: Interp): SignatureText {
  return { params: textsOf(interp).classSignature, returns: null };
}
