/**
 * pydoc's `TextRepr` (a `reprlib.Repr` with lists and tuples cut at 20 items, dicts at 10, strings
 * and anything else at 100 characters), which prints a class's data attributes: containers of
 * the built-in types item by item six levels deep, dict keys and set items sorted when they
 * compare, anything else by its own repr with a trailing ` at 0x...` address removed and the
 * middle cut out when too long.
 */
import type { PyDictObject } from '../../engine/objects/dictObject';
import { dictItems } from '../../engine/objects/dictObject';
import type { PyListObject } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import type { PySetObject} from '../../engine/objects/setObject';
import { setEntries } from '../../engine/objects/setObject';
import type { PyTupleObject } from '../../engine/objects/tupleObject';
import type { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { compare } from '../objects/richCompare';
import { reprOf } from '../objects/repr';
import { strRepr } from '../parser/pyRepr';
import type { Interp } from '../runtime/interp';
import { PyError } from '../runtime/pyError';

/** `Repr.maxlevel`. */
const MAX_LEVEL = 6;
/** TextRepr's `maxlist`/`maxtuple`, `maxdict`, `maxstring`/`maxother`; reprlib's `maxset`, `maxlong`. */
const MAX_LIST = 20;
const MAX_DICT = 10;
const MAX_STRING = 100;
const MAX_SET = 6;
const MAX_LONG = 40;

/** `TextRepr().repr(x)`. */
export function textRepr(interp: Interp, x: PyObject): string {
  return repr1(interp, x, MAX_LEVEL);
}

/** `cram`: the middle replaced by `...` so the text fits `max`. */
export function cram(text: string, max: number): string {
  if (text.length <= max) return text;
  const pre = Math.max(0, Math.floor((max - 3) / 2));
  const post = Math.max(0, max - 3 - pre);
  return `${text.slice(0, pre)}...${text.slice(text.length - post)}`;
}

/** `stripid`: the ` at 0x7f...` of a default repr's end. */
function stripId(text: string): string {
  return text.replace(/ at 0x[0-9a-f]{6,16}(>+)$/i, '$1');
}

function repr1(interp: Interp, x: PyObject, level: number): string {
  const t = interp.rt.types;
  // reprlib dispatches on the type's exact name: a subclass of list is not a list here.
  if (x.type === t.str) return reprString(interp, (x as PyUnicodeObject).value);
  if (x.type === t.int) {
    const s = reprOf(interp, x);
    return s.length > MAX_LONG ? cram(s, MAX_LONG) : s;
  }
  if (x.type === t.tuple) return iterable(interp, (x as PyTupleObject).items, level, '(', ')', MAX_LIST, true);
  if (x.type === t.list) return iterable(interp, (x as PyListObject).items, level, '[', ']', MAX_LIST, false);
  if (x.type === t.dict) return dictRepr(interp, x as PyDictObject, level);
  if (x.type === t.set || x.type === t.frozenset) {
    const items = possiblySorted(interp, setEntries(x as PySetObject).map((e) => e.key));
    if (!items.length) return `${x.type.name}()`;
    const [left, right] = x.type === t.set ? ['{', '}'] : ['frozenset({', '})'];
    return iterable(interp, items, level, left, right, MAX_SET, false);
  }
  return cram(stripId(reprOf(interp, x)), MAX_STRING);
}

/** `TextRepr.repr_string`: crammed, and shown raw when its backslashes are only literal. */
function reprString(interp: Interp, s: string): string {
  const test = cram(s, MAX_STRING);
  const r = strRepr(test, interp.rt.profile.version);
  if (test.includes('\\') && !r.replaceAll('\\\\', '').includes('\\')) return `r${r[0]}${test}${r[0]}`;
  return r;
}

function iterable(interp: Interp, items: PyObject[], level: number, left: string, right: string, max: number, trail: boolean): string {
  if (!items.length) return left + right;
  if (level <= 0) return `${left}...${right}`;
  const pieces = items.slice(0, max).map((e) => repr1(interp, e, level - 1));
  if (items.length > max) pieces.push('...');
  return `${left}${pieces.join(', ')}${items.length === 1 && trail ? ',' : ''}${right}`;
}

function dictRepr(interp: Interp, d: PyDictObject, level: number): string {
  const entries = dictItems(d);
  if (!entries.length) return '{}';
  if (level <= 0) return '{...}';
  const byKey = new Map(entries.map((e) => [e.key, e.value]));
  const keys = possiblySorted(interp, entries.map((e) => e.key));
  const pieces = keys.slice(0, MAX_DICT).map((k) => `${repr1(interp, k, level - 1)}: ${repr1(interp, byKey.get(k) as PyObject, level - 1)}`);
  if (entries.length > MAX_DICT) pieces.push('...');
  return `{${pieces.join(', ')}}`;
}

/** `_possibly_sorted`: sorted when the items compare (Python's `<`), else in their own order. */
function possiblySorted(interp: Interp, items: PyObject[]): PyObject[] {
  try {
    return [...items].sort((a, b) => (compare(interp, 0, a, b) ? -1 : compare(interp, 0, b, a) ? 1 : 0));
  } catch (e) {
    if (!(e instanceof PyError)) throw e;
    interp.rt.heap.decref(e.exc);
    return items;
  }
}
