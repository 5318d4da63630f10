/**
 * pydoc's `TextDoc.docclass` (3.11–3.13) for a class of the script: the `class C(bases)` title,
 * then behind ` |  ` the constructor signature, the docstring, the MRO when there is more than
 * one base, and the attributes class by class along the MRO (`object`'s left out), each class's
 * grouped by kind (methods, class methods, static methods, read-only properties, data
 * descriptors, other data), sorted by name, groups separated by a 70-dash rule.
 *
 * Attributes are classified as `inspect.classify_class_attrs` does (the raw namespace value
 * decides static method, class method and property; a routine the attribute lookup returns is a
 * method; anything else is data), then as pydoc re-files them: anything with `__set__` or
 * `__delete__` is a data descriptor, a property without a setter a read-only property.
 *
 * Only classes whose MRO is made of the script's classes and `object`, with `type` as their
 * metaclass, are printed; anything else stops the run as unsupported.
 */
import { classTypes } from '../../engine/objects/classTypes';
import { PyDescrObject } from '../../engine/objects/descrObject';
import { PyFunctionObject } from '../../engine/objects/funcObject';
import { PyMethodObject } from '../../engine/objects/methodObject';
import { PyCFunctionObject } from '../../engine/objects/nativeObject';
import type { PyObject } from '../../engine/objects/object';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { mroOf, typeLookup } from '../objects/typeLookup';
import type { Interp } from '../runtime/interp';
import { UnsupportedError } from '../runtime/pyError';
import { getAttrOrNull } from './classBuiltins';
import { getDoc, indentText } from './helpDoc';
import { textRepr } from './helpRepr';
import { docRoutine, routineOf } from './helpRoutine';
import { boundSignature, className, formatSignature, functionFacts, typeText, type SignatureText } from './helpSignature';

type Kind = 'method' | 'class method' | 'static method' | 'readonly property' | 'data descriptor' | 'data';

interface Attribute {
  name: string;
  kind: Kind;
  home: PyTypeObject;
  /** The namespace value (borrowed). */
  raw: PyObject;
  /** What `getattr(cls, name)` returned (owned), null when it raised or for `__dict__`. */
  got: PyObject | null;
}

/** The groups in their order, with their headings. */
const GROUPS: [Kind, string][] = [
  ['method', 'Methods'], ['class method', 'Class methods'], ['static method', 'Static methods'],
  ['readonly property', 'Readonly properties'], ['data descriptor', 'Data descriptors'], ['data', 'Data and other attributes'],
];

/** Names pydoc never lists (`visiblename`); 3.13 adds the two a class body records. */
const HIDDEN = ['__author__', '__builtins__', '__cached__', '__credits__', '__date__', '__doc__', '__file__', '__spec__',
  '__loader__', '__module__', '__name__', '__package__', '__path__', '__qualname__', '__slots__', '__version__'];

/** Whether pydoc can print `t`'s page here. */
export function isDocumentableClass(interp: Interp, t: PyObject): t is PyHeapTypeObject {
  if (!(t instanceof PyHeapTypeObject) || t.type !== interp.rt.types.type) return false;
  return mroOf(t).every((c) => c instanceof PyHeapTypeObject || c === interp.rt.types.object);
}

/** `docclass(cls)`: the page, ending in a newline. */
export function docClass(interp: Interp, cls: PyHeapTypeObject): string {
  if (!isDocumentableClass(interp, cls)) throw new UnsupportedError('help() on a class built on a built-in type or with a metaclass', interp.line);
  const module = typeText(interp, cls, '__module__');
  const makeName = (c: PyTypeObject): string => className(interp, c, module);
  const name = typeText(interp, cls, '__name__');
  const bases = cls.basesTuple ? (cls.basesTuple.items as PyTypeObject[]) : [];
  const title = `class ${name}${bases.length ? `(${bases.map(makeName).join(', ')})` : ''}`;
  const contents: string[] = [];
  const sig = classSignature(interp, cls);
  if (sig) {
    const argspec = formatSignature(sig, interp.rt.profile.versionInfo[1] >= 13 ? 80 - name.length : null);
    if (argspec !== '()') contents.push(`${name}${argspec}\n`);
  }
  const doc = getDoc(interp, cls);
  if (doc) contents.push(`${doc}\n`);
  const mro = [...mroOf(cls)];
  if (mro.length > 2) contents.push('Method resolution order:', ...mro.map((c) => `    ${makeName(c)}`), '');
  const attrs = classify(interp, cls);
  try {
    let needRule = false;
    let rest = attrs;
    while (rest.length) {
      const thisClass = mro.shift() ?? rest[0].home;
      const mine = rest.filter((a) => a.home === thisClass);
      rest = rest.filter((a) => a.home !== thisClass);
      if (thisClass === interp.rt.types.object) continue;
      const tag = thisClass === cls ? 'defined here' : `inherited from ${makeName(thisClass)}`;
      mine.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const [kind, heading] of GROUPS) {
        const group = mine.filter((a) => a.kind === kind);
        if (!group.length) continue;
        if (needRule) contents.push('-'.repeat(70));
        needRule = true;
        contents.push(`${heading} ${tag}:\n`);
        for (const a of group) contents.push(attributeText(interp, cls, a));
      }
    }
  } finally {
    for (const a of attrs) interp.rt.heap.xdecref(a.got);
  }
  const text = contents.join('\n');
  if (!text) return `${title}\n`;
  return `${title}\n${indentText(interp, text.trimEnd(), ' |  ')}\n`;
}

function attributeText(interp: Interp, cls: PyTypeObject, a: Attribute): string {
  switch (a.kind) {
    case 'method': case 'class method': case 'static method':
      return a.got ? docRoutine(interp, a.got, a.name, cls, a.home) : docData(interp, a.raw, a.name);
    case 'readonly property': case 'data descriptor':
      return docData(interp, a.raw, a.name);
    case 'data': {
      const value = a.got ?? a.raw;
      const doc = getDoc(interp, value);
      let repr = textRepr(interp, value);
      const chop = 70 - `${a.name} = ${repr}`.length;
      if (chop < 0) repr = `${repr.slice(0, chop)}...`;
      return `${a.name} = ${repr}${doc ? `\n${indentText(interp, doc)}\n` : ''}\n`;
    }
  }
}

/** `docdata`: the name, then the descriptor's docstring indented. */
function docData(interp: Interp, o: PyObject, name: string): string {
  const doc = getDoc(interp, o);
  return `${name}\n${doc ? `${indentText(interp, doc)}\n` : ''}`;
}

function classify(interp: Interp, cls: PyHeapTypeObject): Attribute[] {
  const ct = classTypes(interp.rt);
  const v13 = interp.rt.profile.versionInfo[1] >= 13;
  const homes = new Map<string, PyHeapTypeObject>();
  for (const c of mroOf(cls)) {
    if (!(c instanceof PyHeapTypeObject)) continue;
    for (const name of c.ns.keys()) if (!homes.has(name)) homes.set(name, c);
  }
  const out: Attribute[] = [];
  for (const [name, home] of homes) {
    if (HIDDEN.includes(name) || (v13 && (name === '__static_attributes__' || name === '__firstlineno__'))) continue;
    if (!(name.startsWith('__') && name.endsWith('__')) && name.startsWith('_')) continue;
    const raw = home.ns.get(name) as PyObject;
    const got = name === '__dict__' ? null : getAttrOrNull(interp, cls, name);
    const isDescr = (t: PyTypeObject): boolean => raw instanceof PyDescrObject && raw.type.isSubtypeOf(t);
    let kind: Kind;
    let obj = got ?? raw;
    if (isDescr(ct.staticmethod) || (raw instanceof PyCFunctionObject && !functionFacts(interp, raw))) {
      kind = 'static method';
      obj = raw;
    } else if (isDescr(ct.classmethod)) {
      kind = 'class method';
      obj = raw;
    } else if (isDescr(ct.property)) {
      kind = 'data';
      obj = raw;
    } else {
      kind = isRoutine(interp, obj) ? 'method' : 'data';
    }
    if (isDataDescriptor(interp, obj)) {
      kind = isDescr(ct.property) && (raw as PyDescrObject).refs[1] === null ? 'readonly property' : 'data descriptor';
    }
    out.push({ name, kind, home, raw, got });
  }
  return out;
}

function isRoutine(interp: Interp, o: PyObject): boolean {
  return o instanceof PyFunctionObject || o instanceof PyMethodObject || o instanceof PyCFunctionObject || routineOf(interp, o) !== null;
}

/** `inspect.isdatadescriptor`: not a class, method or function, and its type has `__set__` or `__delete__`. */
function isDataDescriptor(interp: Interp, o: PyObject): boolean {
  if (o instanceof PyTypeObject || o instanceof PyFunctionObject || o instanceof PyMethodObject) return false;
  // The built-in descriptor types have their `__set__` as a slot (tp_descr_set) here.
  const ct = classTypes(interp.rt);
  if (o instanceof PyDescrObject && (o.type.isSubtypeOf(ct.property) || o.type === ct.memberDescriptor || o.type === ct.getsetDescriptor)) return true;
  return typeLookup(interp, o.type, '__set__') !== null || typeLookup(interp, o.type, '__delete__') !== null;
}

/**
 * `inspect.signature(cls)` for a class of the script: the first class along the MRO holding a
 * Python `__new__` or `__init__` gives it, less its first parameter; `()` when none does.
 */
/** `inspect.signature(cls)` as texts (the first `__new__`/`__init__` of a Python class along the MRO), or null. */
export function classSignature(interp: Interp, cls: PyHeapTypeObject): SignatureText | null {
  const userMethod = (name: string): SignatureText | null => {
    const v = getAttrOrNull(interp, cls, name);
    const facts = v && !(v instanceof PyCFunctionObject && !functionFacts(interp, v)) ? routineOf(interp, v) : null;
    interp.rt.heap.xdecref(v);
    return facts ? facts.facts.signature : null;
  };
  const fromNew = userMethod('__new__');
  const fromInit = userMethod('__init__');
  for (const base of mroOf(cls)) {
    if (!(base instanceof PyHeapTypeObject)) continue;
    if (fromNew && base.ns.has('__new__')) return boundSignature(fromNew);
    if (fromInit && base.ns.has('__init__')) return boundSignature(fromInit);
  }
  return { params: [], returns: null };
}
