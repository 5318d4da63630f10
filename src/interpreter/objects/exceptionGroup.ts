/**
 * Exception groups (PEP 654, Objects/exceptions.c `BaseExceptionGroup_new`,
 * `exceptiongroup_split_recursive`) and `BaseException.add_note` (PEP 678).
 *
 *   BaseExceptionGroup(msg, excs)   extra slots: msg, excs (a tuple); args keeps what was given
 *       only Exceptions inside → an ExceptionGroup; ExceptionGroup refuses BaseExceptions
 *   eg.split(matcher) → (match, rest)   matcher: a type, a tuple of types or a predicate
 *       a whole group that matches is returned as is; otherwise each part is derive()d from the
 *       group (a Python-level derive override is honoured) and gets the group's traceback,
 *       context, cause and a copy of its notes
 */
import { dictGetItem, dictSetItem, PyDictObject } from '../../engine/objects/dictObject';
import { newException, PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import { listAppend, newList, PyListObject } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import { callMethod } from '../modules/callMethod';
import { callAny } from '../vm/callDispatch';
import { isTrue } from './abstract';
import { callableCheck } from '../builtins/valueBuiltins';
import { PyHeapTypeObject } from '../../engine/objects/typeHeap';
import { instanceDict } from './instanceDict';
import { internName } from './typeLookup';

/** Whether `o` is a BaseExceptionGroup instance. */
export function isGroup(interp: Interp, o: PyObject | null): o is PyBaseExceptionObject {
  return o instanceof PyBaseExceptionObject && o.type.isSubtypeOf(interp.excType('BaseExceptionGroup'));
}

/** The sub-exceptions of a group (borrowed). */
export function groupExceptions(eg: PyBaseExceptionObject): PyObject[] {
  const excs = eg.extra[1];
  return excs instanceof PyTupleObject ? excs.items : [];
}

/**
 * `BaseExceptionGroup_new(type, args)`: checks the message and the sequence and picks
 * ExceptionGroup for a BaseExceptionGroup of Exceptions only (new reference).
 */
export function newExceptionGroup(interp: Interp, type: PyTypeObject, args: PyObject[], kwnames: string[] | null): PyBaseExceptionObject {
  const rt = interp.rt;
  const base = interp.excType('BaseExceptionGroup');
  const eg = interp.excType('ExceptionGroup');
  if (kwnames?.length) interp.typeError(`${type.name}() takes no keyword arguments`);
  if (args.length !== 2) interp.typeError(`BaseExceptionGroup.__new__() takes exactly 2 arguments (${args.length} given)`);
  const [msg, seq] = args;
  if (!(msg instanceof PyUnicodeObject)) interp.typeError(`BaseExceptionGroup.__new__() argument 1 must be str, not ${msg.type.name}`);
  if (!(seq instanceof PyListObject || seq instanceof PyTupleObject)) interp.typeError('second argument (exceptions) must be a sequence');
  const items = seq.items.slice();
  if (items.length === 0) interp.raise('ValueError', 'second argument (exceptions) must be a non-empty sequence');
  let allExceptions = true;
  items.forEach((e, i) => {
    if (!(e instanceof PyBaseExceptionObject)) interp.raise('ValueError', `Item ${i} of second argument (exceptions) is not an exception`);
    if (!e.type.isSubtypeOf(interp.excType('Exception'))) allExceptions = false;
  });
  let cls = type;
  if (type === base) {
    if (allExceptions) cls = eg;
  } else if (type === eg) {
    if (!allExceptions) interp.typeError('Cannot nest BaseExceptions in an ExceptionGroup');
  } else if (!allExceptions && !type.isSubtypeOf(base)) {
    interp.typeError(`Cannot nest BaseExceptions in '${type.name}'`);
  } else if (!allExceptions && type.isSubtypeOf(interp.excType('Exception'))) {
    interp.typeError(`Cannot nest BaseExceptions in '${type.name}'`);
  }
  for (const a of args) rt.heap.incref(a);
  const e = newException(rt, cls, newTuple(rt, [...args]));
  if (cls instanceof PyHeapTypeObject) rt.heap.incref(cls);
  rt.heap.incref(msg);
  e.extra[0] = msg;
  for (const x of items) rt.heap.incref(x);
  e.extra[1] = newTuple(rt, items);
  return e;
}

/** `str(eg)`: "msg (N sub-exceptions)". */
export function groupStr(interp: Interp, eg: PyBaseExceptionObject, str: (o: PyObject) => string): string {
  const n = groupExceptions(eg).length;
  return `${str(eg.extra[0] ?? interp.rt.None)} (${n} sub-exception${n > 1 ? 's' : ''})`;
}

/** What split()/subgroup() keep: a type (or tuple of types), a predicate, or leaves by identity. */
type Matcher = { kind: 'type'; value: PyObject } | { kind: 'predicate'; value: PyObject } | { kind: 'ids'; value: Set<PyObject> };

/** `get_matcher_type`: the matcher of split()'s argument, or the TypeError CPython raises. */
function matcherOf(interp: Interp, value: PyObject): Matcher {
  const isExcType = (t: PyObject) => t instanceof PyTypeObject && t.isSubtypeOf(interp.excType('BaseException'));
  if (isExcType(value)) return { kind: 'type', value };
  if (value instanceof PyTupleObject && value.items.every(isExcType)) return { kind: 'type', value };
  if (!(value instanceof PyTypeObject) && callableCheck(interp, value)) return { kind: 'predicate', value };
  return interp.typeError(interp.rt.profile.versionInfo[1] >= 13
    ? 'expected an exception type, a tuple of exception types, or a callable (other than a class)'
    : 'expected a function, exception type or tuple of exception types');
}

/** `exceptiongroup_split_check_match`. */
function matches(interp: Interp, exc: PyObject, m: Matcher): boolean {
  if (m.kind === 'ids') return m.value.has(exc);
  if (m.kind === 'type') {
    const types = m.value instanceof PyTupleObject ? m.value.items : [m.value];
    return types.some((t) => exc.type.isSubtypeOf(t as PyTypeObject));
  }
  const r = callAny(interp, m.value, [exc]);
  try {
    return isTrue(interp, r);
  } finally {
    interp.rt.heap.decref(r);
  }
}

/** `__notes__` of an exception from its dict (borrowed), or null. */
export function notesOf(interp: Interp, e: PyBaseExceptionObject): PyObject | null {
  if (!(e.dict instanceof PyDictObject)) return null;
  return dictGetItem(e.dict, { key: internName(interp, '__notes__'), hashKey: '__notes__' });
}

/** Sets an attribute in an exception's dict (the value borrowed). */
function setExcDictItem(interp: Interp, e: PyBaseExceptionObject, name: string, value: PyObject): void {
  const rt = interp.rt;
  const d = instanceDict(interp, e) as PyDictObject;
  rt.heap.decref(d);
  const key = internName(interp, name);
  rt.heap.incref(key);
  rt.heap.incref(value);
  dictSetItem(rt, d, { key, hashKey: name }, value);
}

/** `exceptiongroup_subset`: eg.derive(excs) with eg's traceback, context, cause and notes (new reference). */
function deriveAndCopy(interp: Interp, eg: PyBaseExceptionObject, excs: PyObject[]): PyObject {
  const rt = interp.rt;
  const list = newList(rt, excs.map((x) => { rt.heap.incref(x); return x; }));
  let derived: PyObject;
  try {
    derived = callMethod(interp, eg, 'derive', [list]);
  } finally {
    rt.heap.decref(list);
  }
  if (!isGroup(interp, derived)) {
    rt.heap.decref(derived);
    return interp.typeError('derive must return an instance of BaseExceptionGroup');
  }
  const copy = (from: PyObject | null, field: 'traceback' | 'context' | 'cause') => {
    if (from) rt.heap.incref(from);
    const old = derived[field];
    derived[field] = from;
    rt.heap.xdecref(old);
  };
  copy(eg.traceback, 'traceback');
  copy(eg.context, 'context');
  copy(eg.cause, 'cause');
  // The notes are copied into a new list (PySequence_List), not shared.
  const notes = notesOf(interp, eg);
  if (notes instanceof PyListObject || notes instanceof PyTupleObject) {
    const copy = newList(rt, notes.items.map((n) => { rt.heap.incref(n); return n; }));
    setExcDictItem(interp, derived, '__notes__', copy);
    rt.heap.decref(copy);
  }
  return derived;
}

/** `exceptiongroup_split_recursive`: [match, rest] (new references, null for none). */
function splitRecursive(interp: Interp, exc: PyObject, m: Matcher, withRest: boolean): [PyObject | null, PyObject | null] {
  const rt = interp.rt;
  if (matches(interp, exc, m)) {
    rt.heap.incref(exc);
    return [exc, null];
  }
  if (!isGroup(interp, exc)) {
    if (withRest) rt.heap.incref(exc);
    return [null, withRest ? exc : null];
  }
  const matched: PyObject[] = [];
  const rest: PyObject[] = [];
  try {
    for (const child of groupExceptions(exc)) {
      const [cm, cr] = splitRecursive(interp, child, m, withRest);
      if (cm) matched.push(cm);
      if (cr) rest.push(cr);
    }
    const match = matched.length ? deriveAndCopy(interp, exc, matched) : null;
    let restGroup: PyObject | null = null;
    try {
      restGroup = withRest && rest.length ? deriveAndCopy(interp, exc, rest) : null;
    } catch (e) {
      rt.heap.xdecref(match);
      throw e;
    }
    return [match, restGroup];
  } finally {
    for (const x of [...matched, ...rest]) rt.heap.decref(x);
  }
}

/** `eg.split(matcher)` as a JS pair (new references; null is None). */
export function splitGroup(interp: Interp, eg: PyBaseExceptionObject, matcher: PyObject, withRest = true): [PyObject | null, PyObject | null] {
  return splitRecursive(interp, eg, matcherOf(interp, matcher), withRest);
}

/** The leaves of an exception (itself, or its groups' leaves). */
function collectLeaves(interp: Interp, exc: PyObject, into: Set<PyObject>): void {
  if (!isGroup(interp, exc)) { into.add(exc); return; }
  for (const child of groupExceptions(exc)) collectLeaves(interp, child, into);
}

/** `exception_group_projection`: the part of `eg` whose leaves are among `keep`'s (new reference or null). */
export function groupProjection(interp: Interp, eg: PyBaseExceptionObject, keep: PyObject[]): PyObject | null {
  const ids = new Set<PyObject>();
  for (const k of keep) collectLeaves(interp, k, ids);
  return splitRecursive(interp, eg, { kind: 'ids', value: ids }, false)[0];
}

/** `_PyExc_CreateExceptionGroup("", excs)`: BaseExceptionGroup('', [..]) (excs borrowed). */
export function createGroup(interp: Interp, excs: PyObject[]): PyObject {
  const rt = interp.rt;
  const list = newList(rt, excs.map((x) => { rt.heap.incref(x); return x; }));
  const msg = newStr(rt, '');
  try {
    return newExceptionGroup(interp, interp.excType('BaseExceptionGroup'), [msg, list], null);
  } finally {
    rt.heap.decref(msg);
    rt.heap.decref(list);
  }
}

/** Installs the group constructors and methods and `BaseException.add_note`. */
export function installExceptionGroups(interp: Interp): void {
  const rt = interp.rt;
  const base = interp.excType('BaseExceptionGroup');
  for (const t of [base, interp.excType('ExceptionGroup')]) interp.typeCalls.set(t, (i, type, args, kwnames) => newExceptionGroup(i, type, args, kwnames));
  const none = (v: PyObject | null): PyObject => v ?? interp.none();
  const self = (args: PyObject[]) => args[0] as PyBaseExceptionObject;
  // BaseExceptionGroup.__new__(cls, msg, excs), reached by a subclass's super().__new__.
  interp.methods.define(base, '__new__', (i, args, kwnames) => {
    const cls = args[0];
    if (!(cls instanceof PyTypeObject) || !cls.isSubtypeOf(base)) return i.typeError('BaseExceptionGroup.__new__(X): X is not a subtype of BaseExceptionGroup');
    return newExceptionGroup(i, cls, args.slice(1), kwnames);
  });
  interp.methods.define(base, 'split', (i, args) => {
    if (args.length !== 2) i.typeError(`BaseExceptionGroup.split() takes exactly one argument (${args.length - 1} given)`);
    const [match, rest] = splitGroup(i, self(args), args[1]);
    return newTuple(rt, [none(match), none(rest)]);
  });
  interp.methods.define(base, 'subgroup', (i, args) => {
    if (args.length !== 2) i.typeError(`BaseExceptionGroup.subgroup() takes exactly one argument (${args.length - 1} given)`);
    return none(splitGroup(i, self(args), args[1], false)[0]);
  });
  interp.methods.define(base, 'derive', (i, args) => {
    if (args.length !== 2) i.typeError(`BaseExceptionGroup.derive() takes exactly one argument (${args.length - 1} given)`);
    return newExceptionGroup(i, base, [self(args).extra[0] ?? i.none(), args[1]], null);
  });
  interp.methods.define(interp.excType('BaseException'), 'add_note', (i, args) => {
    if (args.length !== 2) i.typeError(`BaseException.add_note() takes exactly one argument (${args.length - 1} given)`);
    const e = self(args);
    const note = args[1];
    if (!(note instanceof PyUnicodeObject)) i.typeError(`note must be a str, not '${note.type.name}'`);
    let notes = notesOf(i, e);
    if (!notes) {
      const fresh = newList(rt, []);
      setExcDictItem(i, e, '__notes__', fresh);
      rt.heap.decref(fresh);
      notes = fresh;
    }
    if (!(notes instanceof PyListObject)) return i.typeError('Cannot add note: __notes__ is not a list');
    rt.heap.incref(note);
    listAppend(rt, notes, note);
    return i.none();
  });
}

/**
 * BaseException's setters (`BaseException_set_cause`, `_context`, `_tb`) and its dict for every
 * other name, also on built-in exceptions (`e.__notes__ = [...]`); false when not an exception.
 */
export function exceptionSetAttr(interp: Interp, e: PyObject, name: string, value: PyObject | null): boolean {
  if (!(e instanceof PyBaseExceptionObject)) return false;
  const rt = interp.rt;
  const field = name === '__cause__' ? 'cause' : name === '__context__' ? 'context' : name === '__traceback__' ? 'traceback' : null;
  if (field) {
    if (value === null) interp.typeError(`${name} may not be deleted`);
    if (field === 'traceback' && value !== rt.None && value.type.name !== 'traceback') interp.typeError('__traceback__ must be a traceback or None');
    if (field !== 'traceback' && value !== rt.None && !(value instanceof PyBaseExceptionObject)) {
      interp.typeError(`exception ${field} must be None or derive from BaseException`);
    }
    rt.heap.incref(value);
    const old = e[field];
    e[field] = value === rt.None ? null : value;
    if (value === rt.None) rt.heap.decref(value);
    if (field === 'cause') e.suppressContext = true;
    rt.heap.xdecref(old);
    return true;
  }
  if (name === '__suppress_context__' && value) {
    e.suppressContext = isTrue(interp, value);
    return true;
  }
  if (e.type instanceof PyHeapTypeObject || value === null) return false;
  setExcDictItem(interp, e, name, value);
  return true;
}
