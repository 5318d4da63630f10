/**
 * The instructions that build values from the stack (Python/bytecodes.c): slices, tuples, lists,
 * dicts and sets and their in-place growth in displays and comprehensions, f-string pieces; plus
 * DELETE_SUBSCR and the slice stores. The eval loop hands them here; the hot ones (subscripts,
 * LIST_APPEND) stay in its switch. Reference counting as in the loop: the stack owns its entries.
 */
import type { PyDictObject } from '../../engine/objects/dictObject';
import { newList, type PyListObject } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import type { PySetObject } from '../../engine/objects/setObject';
import { newSlice } from '../../engine/objects/sliceObject';
import { newTuple, type PyTupleObject } from '../../engine/objects/tupleObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { delItem, getItem, rewordNotIterable, setItem } from '../objects/abstract';
import { listExtend } from '../objects/sequenceOps';
import { formatValue } from '../objects/formatBuiltins';
import { textObject } from '../objects/repr';
import type { Interp } from '../runtime/interp';
import { buildConstKeyMap, buildMap, buildSet, dictMergeKwargs, dictUpdate, mapAdd, setAddItem, setUpdate } from './collectionOps';
import { Op as O } from './opcodeNumbers';


/** Runs one of the building instructions on `stack` (the current frame's value stack). */
export function buildOp(interp: Interp, stack: (PyObject | null)[], op: number, arg: number): void {
  const rt = interp.rt;
  const heap = rt.heap;
  const pop = (): PyObject => stack.pop() as PyObject;
  switch (op) {
    case O.BINARY_SLICE: {
      const stop = pop();
      const start = pop();
      const container = pop();
      const slice = newSlice(rt, start, stop, interp.none());
      try {
        stack.push(getItem(interp, container, slice));
      } finally {
        heap.decref(slice);
        heap.decref(container);
      }
      break;
    }
    case O.STORE_SLICE: {
      const stop = pop();
      const start = pop();
      const container = pop();
      const v = pop();
      const slice = newSlice(rt, start, stop, interp.none());
      try {
        setItem(interp, container, slice, v);
      } finally {
        heap.decref(slice);
        heap.decref(container);
        heap.decref(v);
      }
      break;
    }
    case O.BUILD_SLICE: {
      const step = arg === 3 ? pop() : interp.none();
      const stop = pop();
      const start = pop();
      stack.push(newSlice(rt, start, stop, step));
      break;
    }
    case O.DELETE_SUBSCR: {
      const key = pop();
      const container = pop();
      try {
        delItem(interp, container, key);
      } finally {
        heap.decref(container);
        heap.decref(key);
      }
      break;
    }
    case O.BUILD_TUPLE: {
      const items = stack.splice(stack.length - arg, arg) as PyObject[];
      stack.push(newTuple(rt, items));
      break;
    }
    case O.BUILD_LIST: {
      const items = stack.splice(stack.length - arg, arg) as PyObject[];
      stack.push(newList(rt, items));
      break;
    }
    case O.LIST_EXTEND: {
      const iterable = pop();
      const list = stack[stack.length - arg] as PyListObject;
      try {
        // _PyList_Extend is list.extend: a list or tuple gets an exact item array when the list
        // has none (a constant display `[1, 2, 3, 4, 5]` is BUILD_LIST 0 + LIST_EXTEND of a tuple).
        rewordNotIterable(interp, iterable, (t) => `Value after * must be an iterable, not ${t}`, () => listExtend(interp, list, iterable));
      } finally {
        heap.decref(iterable);
      }
      break;
    }
    case O.BUILD_MAP:
      stack.push(buildMap(interp, stack.splice(stack.length - 2 * arg, 2 * arg) as PyObject[]));
      break;
    case O.BUILD_CONST_KEY_MAP: {
      const keys = pop() as PyTupleObject;
      stack.push(buildConstKeyMap(interp, keys, stack.splice(stack.length - arg, arg) as PyObject[]));
      break;
    }
    case O.MAP_ADD: {
      const value = pop();
      const key = pop();
      mapAdd(interp, stack[stack.length - arg] as PyDictObject, key, value);
      break;
    }
    case O.DICT_UPDATE:
    case O.DICT_MERGE: {
      const update = stack[stack.length - 1] as PyObject;
      try {
        if (op === O.DICT_UPDATE) dictUpdate(interp, stack[stack.length - 1 - arg] as PyDictObject, update);
        else dictMergeKwargs(interp, stack[stack.length - 1 - arg] as PyDictObject, update, stack[stack.length - 3 - arg] as PyObject);
      } finally {
        heap.decref(pop());
      }
      break;
    }
    case O.BUILD_SET:
      stack.push(buildSet(interp, stack.splice(stack.length - arg, arg) as PyObject[]));
      break;
    case O.SET_ADD: {
      const v = pop();
      setAddItem(interp, stack[stack.length - arg] as PySetObject, v);
      break;
    }
    case O.SET_UPDATE: {
      const iterable = pop();
      try {
        setUpdate(interp, stack[stack.length - arg] as PySetObject, iterable);
      } finally {
        heap.decref(iterable);
      }
      break;
    }
    case O.BUILD_STRING: {
      const parts = stack.splice(stack.length - arg, arg) as PyUnicodeObject[];
      const s = newStr(rt, parts.map((p) => p.value).join(''));
      for (const p of parts) heap.decref(p);
      stack.push(s);
      break;
    }
    case O.FORMAT_VALUE: {
      if (arg & 4) {
        const spec = pop() as PyUnicodeObject;
        const v = pop();
        try {
          stack.push(formatValue(interp, v, arg & 3, spec));
        } finally {
          heap.decref(spec);
          heap.decref(v);
        }
        break;
      }
      const v = pop();
      const conv = arg & 3;
      try {
        if (conv === 0 && v instanceof PyUnicodeObject) stack.push(v);
        else {
          stack.push(textObject(interp, v, conv === 2));
          heap.decref(v);
        }
      } catch (e) {
        heap.decref(v);
        throw e;
      }
      break;
    }
    default:
      throw new Error(`buildOp: not a building instruction (${op})`);
  }
}

