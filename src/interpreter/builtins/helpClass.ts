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
 * Printed are classes whose MRO is made of the script's classes, `object` and the common
 * built-in types whose own `__dict__` is measured (builtinSlotNames.ts: their slot wrappers,
 * methods, getsets with docstrings and text signatures, builtinDocs.json), and whose metaclass
 * is `type` or a Python one (ABCMeta) that changes neither `__call__` (the signature) nor
 * `__dir__` (the names); those measured types themselves (`help(dict)`), the built-in
 * exceptions, and Enum/Flag classes (EnumType's `__dir__` and enum.py's measured texts, see
 * enumHomes); anything else stops the run as unsupported.
 */
import { classTypes } from '../../engine/objects/classTypes';
import { PyDescrObject } from '../../engine/objects/descrObject';
import { PyFunctionObject } from '../../engine/objects/funcObject';
import { PyMethodObject } from '../../engine/objects/methodObject';
import { PyCFunctionObject } from '../../engine/objects/nativeObject';
import type { PyObject } from '../../engine/objects/object';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { PyTupleObject } from '../../engine/objects/tupleObject';
import { PyNativeDescrObject, nativeDescrTypes } from '../../engine/objects/nativeDescrObject';
import { builtinDocText } from '../objects/builtinDocs';
import { builtinOwnAttr, ownSlotNames } from '../objects/builtinSlots';
import { mroOf, typeLookup } from '../objects/typeLookup';
import type { Interp } from '../runtime/interp';
import { UnsupportedError } from '../runtime/pyError';
import { getAttrOrNull } from './classBuiltins';
import { getDoc, indentText } from './helpDoc';
import { exceptionDataText, exceptionDictNames, exceptionMethodText } from './helpExceptionBase';
import { textRepr } from './helpRepr';
import { parseTextSignature } from './helpBuiltinRoutine';
import { docRoutine, routineOf } from './helpRoutine';
import { boundSignature, className, formatSignature, functionFacts, standInFacts, typeText, type SignatureText } from './helpSignature';
import { enumInfo } from '../modules/enumMembers';
import { enumDirNames, mixedInType } from '../modules/enumDir';
import { enumClassSignature } from '../modules/enumDocs';
import { stateOf } from '../modules/enumModule';
import { isDynamicClassAttribute } from '../modules/enumMethods';

type Kind = 'method' | 'class method' | 'static method' | 'readonly property' | 'data descriptor' | 'data';

interface Attribute {
  name: string;
  kind: Kind;
  home: PyTypeObject;
  /** The namespace value (borrowed). */
  raw: PyObject;
  /** What `getattr(cls, name)` returned (owned), null when it raised or for `__dict__`. */
  got: PyObject | null;
  /** True when `raw` is a reference of ours (a built-in base's getset or member read for it). */
  rawOwned: boolean;
  /** The entry already rendered (a built-in exception base's, helpExceptionBase.ts). */
  text?: string;
}

/** The groups in their order, with their headings. */
const GROUPS: [Kind, string][] = [
  ['method', 'Methods'], ['class method', 'Class methods'], ['static method', 'Static methods'],
  ['readonly property', 'Readonly properties'], ['data descriptor', 'Data descriptors'], ['data', 'Data and other attributes'],
];

/** Names pydoc never lists (`visiblename`); 3.13 adds the two a class body records. */
export const HIDDEN_NAMES = ['__author__', '__builtins__', '__cached__', '__credits__', '__date__', '__doc__', '__file__', '__spec__',
  '__loader__', '__module__', '__name__', '__package__', '__path__', '__qualname__', '__slots__', '__version__'];

/**
 * The built-in bases whose measured `__dict__` matches CPython's name for name on 3.11–3.13
 * (str, bytes and bytearray not yet: their static `maketrans` is not read through the class).
 */
const MEASURED_BASES = new Set(['int', 'float', 'complex', 'list', 'tuple', 'dict', 'set', 'frozenset']);

/** Whether pydoc can print `t`'s page here (a class of the script's, or a built-in exception). */
export function isDocumentableClass(interp: Interp, t: PyObject): t is PyTypeObject {
  if (!(t instanceof PyTypeObject)) return false;
  if (enumInfo(t)) return isPlainEnum(interp, t);
  if (!isPlainMetaclass(interp, t.type)) return false;
  if (!(t instanceof PyHeapTypeObject) && !exceptionDictNames(interp, t) && !isMeasuredBase(interp, t)) return false;
  return mroOf(t).every((c) => c instanceof PyHeapTypeObject || c === interp.rt.types.object || isMeasuredBase(interp, c) || exceptionDictNames(interp, c) !== null);
}

function isMeasuredBase(interp: Interp, c: PyTypeObject): boolean {
  return MEASURED_BASES.has(c.name) && interp.builtins.get(c.name) === c && ownSlotNames(interp.rt, c) !== null;
}

/**
 * An enum class of EnumType itself without a data type mixed in: its page is EnumType.__dir__'s
 * names (enumDir.ts) and the measured texts of enum.py's routines (enumDocs.ts). An IntEnum's
 * would list int's whole page with enum.py's notes on each; not done yet.
 */
function isPlainEnum(interp: Interp, t: PyTypeObject): boolean {
  return t.type === stateOf(interp).meta && mixedInType(interp, t) === null;
}

/** `type`, or a Python metaclass without its own `__call__` or `__dir__`. */
function isPlainMetaclass(interp: Interp, meta: PyTypeObject): boolean {
  const { type, object } = interp.rt.types;
  return mroOf(meta).every((c) => c === type || c === object || (c instanceof PyHeapTypeObject && !c.ns.has('__call__') && !c.ns.has('__dir__')));
}

/** `docclass(cls)`: the page, ending in a newline. */
export function docClass(interp: Interp, cls: PyTypeObject): string {
  if (!isDocumentableClass(interp, cls)) throw new UnsupportedError('help() on a class built on a built-in type or with a metaclass', interp.line);
  const module = typeText(interp, cls, '__module__');
  const makeName = (c: PyTypeObject): string => className(interp, c, module);
  const name = typeText(interp, cls, '__name__');
  const bases = basesOf(interp, cls) as PyTypeObject[];
  const title = `class ${name}${bases.length ? `(${bases.map(makeName).join(', ')})` : ''}`;
  const contents: string[] = [];
  const sig = enumInfo(cls) ? enumClassSignature(interp) : cls instanceof PyHeapTypeObject ? classSignature(interp, cls) : builtinClassSignature(interp, cls);
  if (sig) {
    const argspec = formatSignature(sig, interp.rt.profile.versionInfo[1] >= 13 ? 80 - name.length : null);
    if (argspec !== '()') contents.push(`${name}${argspec}\n`);
  }
  const doc = getDoc(interp, cls);
  if (doc) contents.push(`${doc}\n`);
  const mro = [...mroOf(cls)];
  if (mro.length > 2) contents.push('Method resolution order:', ...mro.map((c) => `    ${makeName(c)}`), '');
  contents.push(...builtinSubclassesText(interp, cls));
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
    for (const a of attrs) {
      interp.rt.heap.xdecref(a.got);
      if (a.rawOwned) interp.rt.heap.decref(a.raw);
    }
  }
  const text = contents.join('\n');
  if (!text) return `${title}\n`;
  return `${title}\n${indentText(interp, text.trimEnd(), ' |  ')}\n`;
}

/** A measured built-in type's `__text_signature__` (`list(iterable=(), /)`; int has none), or null. */
function builtinClassSignature(interp: Interp, cls: PyTypeObject): SignatureText | null {
  const text = isMeasuredBase(interp, cls) ? builtinDocText(interp.rt, 'sig', cls.name) : null;
  return text ? parseTextSignature(text) : null;
}

/**
 * Subclasses of module builtins that CPython's startup makes and the simulation does not model:
 * the structseq types of `sys.get_asyncgen_hooks()` and `sys.unraisablehook`'s argument
 * (measured by the corpus program help_builtin_types: `help(tuple)` on 3.11.7, 3.12.1, 3.13.0).
 */
const STARTUP_SUBCLASSES: Record<string, string[]> = { tuple: ['asyncgen_hooks', 'UnraisableHookArgs'] };

/**
 * A built-in class's "Built-in subclasses:" block: the names of its direct subclasses of module
 * builtins (not starting with `_`), case-insensitively sorted, four at most then how many more.
 */
function builtinSubclassesText(interp: Interp, cls: PyTypeObject): string[] {
  if (cls instanceof PyHeapTypeObject) return [];
  const builtinTypes = [...interp.builtins.values()].filter((t): t is PyTypeObject => t instanceof PyTypeObject && !exceptionDictNames(interp, t));
  const names = [...new Set([...interp.rt.exceptions.values(), ...builtinTypes])]
    .filter((t) => basesOf(interp, t).includes(cls) && !t.name.startsWith('_') && (exceptionDictNames(interp, t) || builtinTypes.includes(t)))
    .map((t) => t.name)
    .concat(STARTUP_SUBCLASSES[cls.name] ?? [])
    .sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0));
  if (!names.length) return [];
  const more = names.length > 4 ? [`    ... and ${names.length - 4} other subclasses`] : [];
  return ['Built-in subclasses:', ...names.slice(0, 4).map((n) => `    ${n}`), ...more, ''];
}

/** `t.__bases__` (a static type's is its one `tp_base`; ExceptionGroup's two are the simulation's own). */
function basesOf(interp: Interp, t: PyTypeObject): PyObject[] {
  const bases = getAttrOrNull(interp, t, '__bases__');
  const items = bases instanceof PyTupleObject ? [...bases.items] : [];
  interp.rt.heap.xdecref(bases);
  return items;
}

function attributeText(interp: Interp, cls: PyTypeObject, a: Attribute): string {
  if (a.text !== undefined) return a.text;
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

function classify(interp: Interp, cls: PyTypeObject): Attribute[] {
  const ct = classTypes(interp.rt);
  const v13 = interp.rt.profile.versionInfo[1] >= 13;
  const homes = enumInfo(cls) ? enumHomes(interp, cls) : new Map<string, PyTypeObject>();
  if (!homes.size) {
    for (const c of mroOf(cls)) for (const name of ownNames(interp, c)) if (!homes.has(name)) homes.set(name, c);
  }
  const classmethodDescriptor = nativeDescrTypes(interp.rt).classmethodDescriptor;
  const out: Attribute[] = [];
  for (const [name, home] of homes) {
    if (HIDDEN_NAMES.includes(name) || (v13 && (name === '__static_attributes__' || name === '__firstlineno__'))) continue;
    if (!(name.startsWith('__') && name.endsWith('__')) && name.startsWith('_')) continue;
    const exceptionKind = exceptionDictNames(interp, home)?.get(name);
    if (exceptionKind !== undefined && exceptionKind !== 'n') {
      const kind: Kind = exceptionKind === 'c' ? 'class method' : exceptionKind === 'w' || exceptionKind === 'm' ? 'method' : 'data descriptor';
      const text = kind === 'data descriptor' ? exceptionDataText(interp, home, name) : exceptionMethodText(interp, home, name, kind === 'class method');
      out.push({ name, kind, home, raw: interp.none(), got: null, rawOwned: false, text });
      continue;
    }
    let raw = home instanceof PyHeapTypeObject ? home.ns.get(name) ?? null : builtinOwnAttr(interp, home, name);
    const rawOwned = raw === null;
    raw ??= getAttrOrNull(interp, home, name);
    if (!raw) continue;
    const got = name === '__dict__' ? null : getAttrOrNull(interp, cls, name);
    const isDescr = (t: PyTypeObject): boolean => raw instanceof PyDescrObject && raw.type.isSubtypeOf(t);
    let kind: Kind;
    let obj = got ?? raw;
    if (isDescr(ct.staticmethod) || (raw instanceof PyCFunctionObject && !(raw instanceof PyNativeDescrObject) && !standInFacts(raw))) {
      kind = 'static method';
      obj = raw;
    } else if (isDescr(ct.classmethod) || raw.type === classmethodDescriptor) {
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
    } else if (v13 && kind === 'method' && got instanceof PyMethodObject) {
      // 3.13's pydoc files a method bound to the class (a metaclass's) as a static method.
      kind = 'static method';
    }
    out.push({ name, kind, home, raw, got, rawOwned });
  }
  return out;
}

function ownNames(interp: Interp, c: PyTypeObject): Iterable<string> {
  return c instanceof PyHeapTypeObject ? c.ns.keys() : (ownSlotNames(interp.rt, c) ?? exceptionDictNames(interp, c) ?? new Map<string, unknown>()).keys();
}

/**
 * `inspect.classify_class_attrs` over an enum class: the names `dir()` gives (EnumType.__dir__)
 * plus the DynamicClassAttributes of the bases' namespaces (`name`, `value`), each found first
 * along the class's MRO, else along the metaclass's (EnumType's `__contains__`, `__members__`).
 */
function enumHomes(interp: Interp, cls: PyTypeObject): Map<string, PyTypeObject> {
  const names = enumDirNames(interp, cls);
  for (const c of mroOf(cls)) if (c instanceof PyHeapTypeObject) for (const [k, v] of c.ns) if (isDynamicClassAttribute(v)) names.add(k);
  const { type, object } = interp.rt.types;
  const bases = [...mroOf(cls), ...mroOf(cls.type).filter((c) => c !== type && c !== object)];
  const homes = new Map<string, PyTypeObject>();
  for (const name of names) {
    const home = bases.find((c) => [...ownNames(interp, c)].includes(name));
    if (home) homes.set(name, home);
  }
  return homes;
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
  const mro = mroOf(cls);
  for (const base of mro) {
    if (!(base instanceof PyHeapTypeObject)) continue;
    if (fromNew && base.ns.has('__new__')) return boundSignature(fromNew);
    if (fromInit && base.ns.has('__init__')) return boundSignature(fromInit);
  }
  // No Python constructor: the first built-in base's `__text_signature__` (`list`'s
  // `(iterable=(), /)`); without one, `()` only when `object`'s own `__init__`/`__new__` serve.
  for (const base of mro.slice(0, -1)) {
    const text = base instanceof PyHeapTypeObject ? null : builtinDocText(interp.rt, 'sig', base.name);
    if (text) return parseTextSignature(text);
  }
  return mro.every((c) => c instanceof PyHeapTypeObject || c === interp.rt.types.object) ? { params: [], returns: null } : null;
}
