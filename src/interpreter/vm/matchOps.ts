/**
 * Star-unpacking and the `match` statement's instructions (Python/bytecodes.c of 3.12): UNPACK_EX,
 * GET_LEN, MATCH_SEQUENCE, MATCH_MAPPING, MATCH_KEYS and MATCH_CLASS (`match_class`,
 * `match_keys` in Python/ceval.c). The eval loop hands them here; the stack owns its entries.
 */
import { newList } from '../../engine/objects/listObject';
import { newInt } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { getAttrOrNull } from '../builtins/classBuiltins';
import { metaCheck } from '../builtins/builtinFunctions';
import { getIter, iterNext, length, rewordNotIterable } from '../objects/abstract';
import { equals } from '../objects/richCompare';
import { cannotUnpack } from './unpackSequence';
import { mroOf } from '../objects/typeLookup';
import { reprOf } from '../objects/repr';
import { callAny } from './callDispatch';
import type { Interp } from '../runtime/interp';
import { Op as O } from './opcodeNumbers';

/** Built-in types with `Py_TPFLAGS_SEQUENCE` (str, bytes and bytearray deliberately lack it). */
const SEQUENCE_TYPES = new Set(['list', 'tuple', 'range', 'memoryview', 'deque', 'array']);
/** Built-in types with `Py_TPFLAGS_MAPPING`. */
const MAPPING_TYPES = new Set(['dict', 'mappingproxy']);
/** `_Py_TPFLAGS_MATCH_SELF`: `int(x)` binds the subject itself. */
const MATCH_SELF_TYPES = new Set(['bool', 'bytearray', 'bytes', 'dict', 'float', 'frozenset', 'int', 'list', 'set', 'str', 'tuple']);

/** Whether a built-in type on `t`'s MRO carries one of the flags in `names`. */
function hasBuiltinFlag(t: PyTypeObject, names: Set<string>): boolean {
  return mroOf(t).some((c) => c.mro === null && names.has(c.name));
}

/** Runs one of the instructions on `stack` (the current frame's value stack). */
export function matchOp(interp: Interp, stack: (PyObject | null)[], op: number, arg: number): void {
  const heap = interp.rt.heap;
  const top = (): PyObject => stack[stack.length - 1] as PyObject;
  switch (op) {
    case O.UNPACK_EX: {
      const seq = stack.pop() as PyObject;
      try {
        rewordNotIterable(interp, seq, cannotUnpack, () => unpackEx(interp, stack, seq, arg & 0xff, arg >> 8));
      } finally {
        heap.decref(seq);
      }
      return;
    }
    case O.GET_LEN:
      stack.push(newInt(interp.rt, length(interp, top())));
      return;
    case O.MATCH_SEQUENCE:
      stack.push(interp.bool(hasBuiltinFlag(top().type, SEQUENCE_TYPES)));
      return;
    case O.MATCH_MAPPING:
      stack.push(interp.bool(hasBuiltinFlag(top().type, MAPPING_TYPES)));
      return;
    case O.MATCH_KEYS:
      stack.push(matchKeys(interp, stack[stack.length - 2] as PyObject, top() as PyTupleObject));
      return;
    case O.MATCH_CLASS: {
      const names = stack.pop() as PyTupleObject;
      const cls = stack.pop() as PyObject;
      const subject = stack.pop() as PyObject;
      try {
        const attrs = matchClass(interp, subject, cls, arg, names);
        stack.push(attrs ? newTuple(interp.rt, attrs) : interp.none());
      } finally {
        heap.decref(names);
        heap.decref(cls);
        heap.decref(subject);
      }
      return;
    }
  }
}

/** `unpack_iterable` with a starred target: `before` items, a list of the rest, `after` items. */
function unpackEx(interp: Interp, stack: (PyObject | null)[], seq: PyObject, before: number, after: number): void {
  const heap = interp.rt.heap;
  const it = getIter(interp, seq);
  const items: PyObject[] = [];
  try {
    for (let v = iterNext(interp, it); v !== null; v = iterNext(interp, it)) items.push(v);
  } catch (e) {
    for (const x of items) heap.decref(x);
    throw e;
  } finally {
    heap.decref(it);
  }
  if (items.length < before + after) {
    for (const x of items) heap.decref(x);
    interp.raise('ValueError', `not enough values to unpack (expected at least ${before + after}, got ${items.length})`);
  }
  const middle = newList(interp.rt, items.slice(before, items.length - after));
  for (let i = items.length - 1; i >= items.length - after; i--) stack.push(items[i]);
  stack.push(middle);
  for (let i = before - 1; i >= 0; i--) stack.push(items[i]);
}

/** `match_keys`: the values of `keys` in `map` (via its `get`) as a tuple, or None if one is missing. */
function matchKeys(interp: Interp, map: PyObject, keys: PyTupleObject): PyObject {
  const heap = interp.rt.heap;
  if (keys.items.length === 0) return newTuple(interp.rt, []);
  const found = interp.getAttr(map, 'get', true);
  const get = found.value;
  const call = (key: PyObject): PyObject => callAny(interp, get, found.method ? [map, key, dummy] : [key, dummy]);
  const dummy = interp.builtins.get('NotImplemented') as PyObject;
  const values: PyObject[] = [];
  const seen: PyObject[] = [];
  try {
    for (const key of keys.items) {
      if (seen.some((k) => equals(interp, k, key))) interp.raise('ValueError', `mapping pattern checks duplicate key (${reprOf(interp, key)})`);
      seen.push(key);
      const v = call(key);
      if (v === dummy) {
        heap.decref(v);
        for (const x of values) heap.decref(x);
        return interp.none();
      }
      values.push(v);
    }
  } catch (e) {
    for (const x of values) heap.decref(x);
    throw e;
  } finally {
    heap.decref(get);
  }
  return newTuple(interp.rt, values);
}

/** `match_class`: the sub-pattern attributes of `subject` (new references), or null: no match. */
function matchClass(interp: Interp, subject: PyObject, cls: PyObject, nargs: number, kwNames: PyTupleObject): PyObject[] | null {
  const heap = interp.rt.heap;
  if (!(cls instanceof PyTypeObject)) return interp.typeError('called match pattern must be a class');
  if (subject.type !== cls && !(metaCheck(interp, cls, '__instancecheck__', subject) ?? subject.type.isSubtypeOf(cls))) return null;
  const seen: string[] = [];
  const attrs: PyObject[] = [];
  const fetch = (name: string): boolean => {
    if (seen.includes(name)) interp.typeError(`${cls.name}() got multiple sub-patterns for attribute '${name}'`);
    seen.push(name);
    const v = getAttrOrNull(interp, subject, name);
    if (v === null) return false;
    attrs.push(v);
    return true;
  };
  try {
    if (nargs) {
      const matchArgs = getAttrOrNull(interp, cls, '__match_args__');
      if (matchArgs === null) {
        const allowed = hasBuiltinFlag(cls, MATCH_SELF_TYPES) ? 1 : 0;
        if (nargs > allowed) tooMany(interp, cls, allowed, nargs);
        heap.incref(subject);
        attrs.push(subject);
      } else {
        try {
          if (!(matchArgs instanceof PyTupleObject)) interp.typeError(`${cls.name}.__match_args__ must be a tuple (got ${matchArgs.type.name})`);
          if (nargs > matchArgs.items.length) tooMany(interp, cls, matchArgs.items.length, nargs);
          for (let i = 0; i < nargs; i++) {
            const name = matchArgs.items[i];
            if (!(name instanceof PyUnicodeObject)) interp.typeError(`__match_args__ elements must be strings (got ${name.type.name})`);
            if (!fetch(name.value)) return release(interp, attrs);
          }
        } finally {
          heap.decref(matchArgs);
        }
      }
    }
    for (const name of kwNames.items) if (!fetch((name as PyUnicodeObject).value)) return release(interp, attrs);
  } catch (e) {
    release(interp, attrs);
    throw e;
  }
  return attrs;
}

function tooMany(interp: Interp, cls: PyTypeObject, allowed: number, given: number): never {
  return interp.typeError(`${cls.name}() accepts ${allowed} positional sub-pattern${allowed === 1 ? '' : 's'} (${given} given)`);
}

function release(interp: Interp, attrs: PyObject[]): null {
  for (const x of attrs) interp.rt.heap.decref(x);
  return null;
}
