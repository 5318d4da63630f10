/**
 * The two run-time halves of `except*` (Python/ceval.c, 3.12): CHECK_EG_MATCH splits the
 * exception being handled for one clause, CALL_INTRINSIC_2 PREP_RERAISE_STAR recombines what the
 * clauses raised and left unhandled.
 *
 *   try body raises X ──► [orig, list, X] ── CHECK_EG_MATCH T ──► [orig, list, rest, match]
 *        a naked X that matches becomes ExceptionGroup('', (X,)) with X's traceback
 *   after the clauses: PREP_RERAISE_STAR(orig, list) → None | the exception to re-raise
 *        the list's entries whose traceback, context and cause are orig's are re-raises
 *        (a bare `raise` or the unmatched rest): orig is projected on their leaves; the others
 *        were raised by handlers and go first, all of them in ExceptionGroup('', [...]).
 */
import type { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import { PyListObject } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import { PyTypeObject } from '../../engine/objects/typeObject';
import { newStr } from '../../engine/objects/unicodeObject';
import { callMethod } from '../modules/callMethod';
import { createGroup, groupProjection, isGroup, newExceptionGroup } from '../objects/exceptionGroup';
import type { Interp } from '../runtime/interp';

/** `_PyEval_CheckExceptStarTypeValid`: each class must be an exception class and not a group. */
function checkExceptStarType(interp: Interp, matchType: PyObject): void {
  const types = matchType instanceof PyTupleObject ? matchType.items : [matchType];
  for (const t of types) {
    if (!(t instanceof PyTypeObject) || !t.isSubtypeOf(interp.excType('BaseException'))) {
      interp.typeError('catching classes that do not inherit from BaseException is not allowed');
    }
  }
  if (types.some((t) => (t as PyTypeObject).isSubtypeOf(interp.excType('BaseExceptionGroup')))) {
    interp.typeError('catching ExceptionGroup with except* is not allowed. Use except instead.');
  }
}

/** `_PyEval_ExceptionGroupMatch`: [rest, match] for one except* clause (new references). */
export function exceptionGroupMatch(interp: Interp, exc: PyObject, matchType: PyObject): [PyObject, PyObject] {
  const rt = interp.rt;
  checkExceptStarType(interp, matchType);
  if (exc === rt.None) return [interp.none(), interp.none()];
  const types = matchType instanceof PyTupleObject ? matchType.items : [matchType];
  if (types.some((t) => exc.type.isSubtypeOf(t as PyTypeObject))) {
    if (isGroup(interp, exc)) {
      rt.heap.incref(exc);
      return [interp.none(), exc];
    }
    // A naked exception: ExceptionGroup('', (exc,)) carrying exc's traceback.
    const msg = newStr(rt, '');
    rt.heap.incref(exc);
    const tuple = newTuple(rt, [exc]);
    let wrapped: PyBaseExceptionObject;
    try {
      wrapped = newExceptionGroup(interp, interp.excType('ExceptionGroup'), [msg, tuple], null);
    } finally {
      rt.heap.decref(msg);
      rt.heap.decref(tuple);
    }
    const tb = (exc as PyBaseExceptionObject).traceback;
    if (tb) {
      rt.heap.incref(tb);
      wrapped.traceback = tb;
    }
    return [interp.none(), wrapped];
  }
  if (isGroup(interp, exc)) {
    const pair = callMethod(interp, exc, 'split', [matchType]);
    try {
      if (!(pair instanceof PyTupleObject) || pair.items.length !== 2) {
        return interp.typeError(`${exc.type.name}.split must return a 2-tuple, got ${pair.type.name}`);
      }
      const [match, rest] = pair.items;
      rt.heap.incref(match);
      rt.heap.incref(rest);
      return [rest, match];
    } finally {
      rt.heap.decref(pair);
    }
  }
  rt.heap.incref(exc);
  return [exc, interp.none()];
}

/**
 * `is_same_exception_metadata`: same traceback, cause and context objects.
 * Obscurity: CPython also compares the struct's `notes` field, which add_note never sets (the notes
 * live in `__dict__` and derived groups get a copy), so notes never tell a re-raise apart.
 */
function sameMetadata(a: PyBaseExceptionObject, b: PyBaseExceptionObject): boolean {
  return a.traceback === b.traceback && a.cause === b.cause && a.context === b.context;
}

/** `_PyExc_PrepReraiseStar(orig, excs)`: what the try statement re-raises, or None (new reference). */
export function prepReraiseStar(interp: Interp, orig: PyObject, excs: PyObject): PyObject {
  const rt = interp.rt;
  const items = excs instanceof PyListObject ? excs.items : [];
  if (items.length === 0) return interp.none();
  if (!isGroup(interp, orig)) {
    // A naked exception was wrapped: one clause at most ran, so one exception at most is left.
    rt.heap.incref(items[0]);
    return items[0];
  }
  const raised: PyObject[] = [];
  const reraised: PyObject[] = [];
  for (const e of items) {
    if (e === rt.None) continue;
    (sameMetadata(e as PyBaseExceptionObject, orig) ? reraised : raised).push(e);
  }
  const reraisedGroup = groupProjection(interp, orig, reraised);
  if (raised.length === 0) return reraisedGroup ?? interp.none();
  if (reraisedGroup) raised.push(reraisedGroup);
  try {
    if (raised.length > 1) return createGroup(interp, raised);
    rt.heap.incref(raised[0]);
    return raised[0];
  } finally {
    rt.heap.xdecref(reraisedGroup);
  }
}
