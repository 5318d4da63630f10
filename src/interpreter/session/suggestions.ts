/**
 * "Did you mean: 'range'?": the hint the interpreter adds to the last line of an uncaught
 * NameError or AttributeError it raised itself (one a script raises has no `name`, so no hint).
 * 3.11 computes it in C (Python/suggestions.c), 3.12 and 3.13 in `traceback.py`
 * (`_compute_suggestion_error`); the search is the same:
 *
 *   candidates   NameError: 3.11 tries the code's co_varnames, then the globals, then the
 *                builtins, stopping at the first list with a match; 3.12+ searches
 *                f_locals + f_globals + f_builtins as one list, after answering `self.name` when
 *                the frame's `self` has that attribute.
 *                AttributeError: dir(obj); 3.13 drops the names starting with `_` unless the
 *                wrong name starts with one.
 *   search       a list past 750 names gives no hint; each candidate may differ by at most
 *                (len(wrong) + len(candidate) + 3) * 2 // 6, and by less than the best so far;
 *                the first candidate at the smallest distance wins.
 *   distance     Levenshtein over the strings without their common prefix and suffix: a move
 *                (insert, delete, different letter) costs 2, a letter differing only in case 1;
 *                a string past 40 characters never matches.
 *   3.12+        a NameError for a standard module's name adds "Did you forget to import 'm'?"
 *                (" Or did you forget ..." after a suggestion).
 */
import { isQuietMiss, QUIET_MISS } from '../objects/quietAttrMiss';
import type { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import type { PyObject } from '../../engine/objects/object';
import { getAttrOrNull } from '../builtins/classBuiltins';
import { frameLocalNames, objectDirNames, typeDirNames } from '../builtins/dirBuiltin';
import { PyError } from '../runtime/pyError';
import type { Interp } from '../runtime/interp';
import type { Frame } from '../vm/frame';
import { STDLIB_MODULE_NAMES_312, STDLIB_ONLY_312, STDLIB_ONLY_313 } from './stdlibModuleNames';

const MOVE_COST = 2;
const CASE_COST = 1;
const MAX_STRING_SIZE = 40;
const MAX_CANDIDATE_ITEMS = 750;

/** What the printer needs to search, captured where the interpreter raised the error. */
type Hint =
  | { kind: 'name'; name: string; lists: () => string[][]; selfHas: boolean }
  | { kind: 'attr'; name: string; obj: PyObject };

const hints = new WeakMap<PyBaseExceptionObject, Hint>();

function substitutionCost(a: string, b: string): number {
  if (a === b) return 0;
  return a.toLowerCase() === b.toLowerCase() ? CASE_COST : MOVE_COST;
}

/** The weighted edit distance of `a` and `b`, or `maxCost + 1` once it must exceed `maxCost`. */
export function levenshtein(a: string, b: string, maxCost: number): number {
  if (a === b) return 0;
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  a = a.slice(pre);
  b = b.slice(pre);
  let post = 0;
  while (post < a.length && post < b.length && a[a.length - 1 - post] === b[b.length - 1 - post]) post++;
  a = a.slice(0, a.length - post);
  b = b.slice(0, b.length - post);
  if (a.length === 0 || b.length === 0) return MOVE_COST * (a.length + b.length);
  if (a.length > MAX_STRING_SIZE || b.length > MAX_STRING_SIZE) return maxCost + 1;
  if (b.length < a.length) [a, b] = [b, a];
  if ((b.length - a.length) * MOVE_COST > maxCost) return maxCost + 1;
  const row = Array.from({ length: a.length }, (_, i) => (i + 1) * MOVE_COST);
  let result = 0;
  for (let bi = 0; bi < b.length; bi++) {
    let distance = bi * MOVE_COST;
    result = distance;
    let minimum = Infinity;
    for (let ai = 0; ai < a.length; ai++) {
      const substitute = distance + substitutionCost(b[bi], a[ai]);
      distance = row[ai];
      result = Math.min(Math.min(result, distance) + MOVE_COST, substitute);
      row[ai] = result;
      if (result < minimum) minimum = result;
    }
    if (minimum > maxCost) return maxCost + 1;
  }
  return result;
}

/** The closest of `candidates` to `wrong`, or null. */
export function closestName(wrong: string, candidates: string[]): string | null {
  if (candidates.length > MAX_CANDIDATE_ITEMS) return null;
  let best: string | null = null;
  let bestDistance = Infinity;
  for (const c of candidates) {
    if (c === wrong) continue;
    const max = Math.min(Math.floor((wrong.length + c.length + 3) * MOVE_COST / 6), bestDistance - 1);
    const d = levenshtein(wrong, c, max);
    if (d > max) continue;
    if (best === null || d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  return best;
}

/** Whether `name` is in `sys.stdlib_module_names` of the running version. */
function isStdlibModule(interp: Interp, name: string): boolean {
  const v = interp.rt.profile.version;
  if (v === '3.13') return STDLIB_ONLY_313.has(name) || (STDLIB_MODULE_NAMES_312.has(name) && !STDLIB_ONLY_312.has(name));
  return STDLIB_MODULE_NAMES_312.has(name);
}

/** Whether `frame`'s bound `self` has the attribute `name` (3.12+'s `self.name` hint). */
function selfHasAttr(interp: Interp, frame: Frame, name: string): boolean {
  if (frame.locals) return false;
  const i = frame.code.code.varnames.indexOf('self');
  const self = i < 0 ? null : frame.localsplus[i];
  if (!self) return false;
  try {
    const v = getAttrOrNull(interp, self as PyObject, name);
    if (!v) return false;
    interp.rt.heap.decref(v);
    return true;
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    interp.rt.heap.decref(e.exc);
    return false;
  }
}

/** Raises `NameError: name 'x' is not defined` for a lookup in `frame`, remembering where. */
export function raiseNameError(interp: Interp, frame: Frame, name: string): never {
  const exc = interp.newError('NameError', `name '${name}' is not defined`);
  const v311 = interp.rt.profile.version === '3.11';
  // The lists are read when printing (the globals as they are then), the locals now.
  const locals = v311 ? (frame.locals ? frame.locals.keys() : [...frame.code.code.varnames]) : frameLocalNames(frame);
  const globals = frame.globals;
  const lists = (): string[][] => {
    const builtins = [...interp.builtins.keys()];
    return v311 ? [locals, globals.keys(), builtins] : [[...locals, ...globals.keys(), ...builtins]];
  };
  hints.set(exc as PyBaseExceptionObject, { kind: 'name', name, lists, selfHas: !v311 && selfHasAttr(interp, frame, name) });
  throw new PyError(exc);
}

/** Raises `AttributeError(message)` for `obj.name` looked up by the interpreter, remembering `obj`. */
export function raiseAttributeError(interp: Interp, obj: PyObject, name: string, message: string): never {
  if (isQuietMiss(interp, obj, name)) throw QUIET_MISS;
  const exc = interp.newError('AttributeError', message);
  hints.set(exc as PyBaseExceptionObject, { kind: 'attr', name, obj });
  throw new PyError(exc);
}

/** The text the printer appends to `exc`'s last line: `. Did you mean: 'x'?`, or ''. */
export function suggestionSuffix(interp: Interp, exc: PyBaseExceptionObject): string {
  const hint = hints.get(exc);
  if (!hint) return '';
  if (hint.kind === 'attr') {
    let names: string[];
    try {
      // A temporary (`A().x`) may be gone by now: CPython's exception keeps it alive through
      // `AttributeError.obj`, which the simulation does not hold; its class's names remain.
      const o = hint.obj;
      names = [...(o.refcnt > 0 ? objectDirNames(interp, o) : typeDirNames(interp, o.type))].sort();
    } catch (e) {
      if (!(e instanceof PyError)) throw e;
      interp.rt.heap.decref(e.exc);
      return '';
    }
    if (interp.rt.profile.version === '3.13' && !hint.name.startsWith('_')) names = names.filter((n) => !n.startsWith('_'));
    const s = closestName(hint.name, names);
    return s === null ? '' : `. Did you mean: '${s}'?`;
  }
  let suggestion: string | null = null;
  if (hint.selfHas) suggestion = `self.${hint.name}`;
  else {
    for (const list of hint.lists()) {
      suggestion = closestName(hint.name, list);
      if (suggestion !== null) break;
    }
  }
  let text = suggestion === null ? '' : `. Did you mean: '${suggestion}'?`;
  if (interp.rt.profile.version !== '3.11' && isStdlibModule(interp, hint.name)) {
    text += suggestion === null ? `. Did you forget to import '${hint.name}'?` : ` Or did you forget to import '${hint.name}'?`;
  }
  return text;
}
