/**
 * `re.Pattern` and `re.Match` (Modules/_sre/sre.c) and the `re.error` class (Lib/re/_constants.py;
 * `re.PatternError` since 3.13, `error` kept as an alias).
 *
 * Sizes (sys.getsizeof, GC head included, measured on 3.11.7, 3.12.1, 3.13.0): a Match is 104
 * bytes plus 16 per group counting group 0 (`MatchObject` ends in a `mark[]` of two `Py_ssize_t`
 * per group): 120 for no group, 136 for one, 184 for four. A Pattern is `sizeof(PatternObject)`
 * plus its `_sre` code words; the simulation counts one word per pattern character on top of the
 * fixed part (see KNOWN-DIFFERENCES: 164 for 'a+' under IGNORECASE in CPython).
 */
import { newInt, newIntFromSsize } from '../../../engine/objects/longObject';
import type { PyObject } from '../../../engine/objects/object';
import { TPFLAGS, type PyTypeObject } from '../../../engine/objects/typeObject';
import { newStr } from '../../../engine/objects/unicodeObject';
import { newTuple } from '../../../engine/objects/tupleObject';
import { reprOf } from '../../objects/repr';
import { bytesType, newBytes } from '../../../engine/objects/bytesObject';
import type { PyHeapTypeObject } from '../../../engine/objects/typeHeap';
import { createClass } from '../../objects/typeCreate';
import { setAttr } from '../../objects/typeSlots';
import type { Interp } from '../../runtime/interp';
import { PyError } from '../../runtime/pyError';
import { callAny } from '../../vm/callDispatch';
import { nativeSlots, PyNativeObject } from '../nativeObject';
import type { CompiledRegex } from './regexMatch';

/** A compiled pattern: refs = [pattern str]. */
export class PyPatternObject extends PyNativeObject {
  regex!: CompiledRegex;
  flags = 0;
  source = '';
  /** A bytes pattern: subjects must be bytes-like, results are bytes (`state->isbytes`). */
  isBytes = false;
}

/** A match: refs = [string, pattern]; `caps` are code-point offsets, -1 for an unset group. */
export class PyMatchObject extends PyNativeObject {
  caps: number[] = [];
  lastindex = -1;
  pos = 0;
  endpos = 0;
  /** The subject's code points (shared with the search that made the match). */
  subject: number[] = [];
}

interface ReTypes { pattern: PyTypeObject; match: PyTypeObject; error: PyHeapTypeObject }
const typesByRuntime = new WeakMap<object, ReTypes>();

/** `sizeof(PatternObject)` without the code words (3.11–3.13, 64-bit). */
const PATTERN_BASE = 96;

/** The `re` types of this runtime. */
export function reTypes(interp: Interp): ReTypes {
  const rt = interp.rt;
  const existing = typesByRuntime.get(rt);
  if (existing) return existing;
  const pattern = rt.staticType({
    name: 're.Pattern', basicsize: PATTERN_BASE, flags: TPFLAGS.HAVE_GC, ...nativeSlots(),
    sizeof: (o) => PATTERN_BASE + 4 * patternCodeWords((o as PyPatternObject).source),
  });
  const match = rt.staticType({
    name: 're.Match', basicsize: 88, flags: TPFLAGS.HAVE_GC, ...nativeSlots(),
    sizeof: (o) => 88 + 8 * (o as PyMatchObject).caps.length,
  });
  const ns = new Map<string, PyObject>();
  ns.set('__module__', newStr(rt, 're'));
  const errorName = rt.profile.version === '3.11' || rt.profile.version === '3.12' ? 'error' : 'PatternError';
  const error = createClass(interp, errorName, [interp.excType('Exception')], ns);
  const types = { pattern, match, error };
  typesByRuntime.set(rt, types);
  return types;
}

/** The code words the simulation charges a pattern (an estimate of `_sre`'s compiled code). */
function patternCodeWords(source: string): number {
  return 17 + Array.from(source).length;
}

/** A new Pattern (refs stolen). */
export function newPattern(interp: Interp, source: PyObject, regex: CompiledRegex, flags: number, text: string): PyPatternObject {
  const t = reTypes(interp).pattern;
  const size = 16 + PATTERN_BASE + 4 * patternCodeWords(text);
  const p = interp.rt.heap.gcNew((a) => new PyPatternObject(t, a), size, t.name);
  p.refs = [source];
  p.regex = regex;
  p.flags = flags;
  p.source = text;
  interp.rt.heap.gc.track(p);
  return p;
}

/** A new Match over `string` (borrowed) for `pattern` (borrowed). */
export function newMatch(interp: Interp, pattern: PyPatternObject, string: PyObject, subject: number[], caps: number[], lastindex: number, pos: number, endpos: number): PyMatchObject {
  const t = reTypes(interp).match;
  const heap = interp.rt.heap;
  const m = heap.gcNew((a) => new PyMatchObject(t, a), 16 + 88 + 8 * caps.length, t.name);
  heap.incref(string);
  heap.incref(pattern);
  m.refs = [string, pattern];
  m.caps = caps;
  m.lastindex = lastindex;
  m.pos = pos;
  m.endpos = endpos;
  m.subject = subject;
  heap.gc.track(m);
  return wireMatch(interp, m);
}

/** Raises `re.error(msg, pattern, pos)` with CPython's attributes (`msg`, `pattern`, `pos`, `lineno`, `colno`). */
export function raiseRegexError(interp: Interp, msg: string, pattern: PyObject | null, text: string, pos: number | null): never {
  const rt = interp.rt;
  const full = pos === null ? msg : `${msg} at position ${pos}`;
  let lineno: number | null = null;
  let colno: number | null = null;
  if (pos !== null) {
    const before = Array.from(text).slice(0, pos).join('');
    lineno = before.split('\n').length;
    colno = pos - (before.lastIndexOf('\n') + 1) + 1;
  }
  const message = newStr(rt, lineno !== null && lineno > 1 ? `${full} (line ${lineno}, column ${colno})` : full);
  const e = callAny(interp, reTypes(interp).error, [message]);
  rt.heap.decref(message);
  const set = (name: string, v: PyObject): void => {
    setAttr(interp, e, name, v);
    rt.heap.decref(v);
  };
  set('msg', newStr(rt, msg));
  set('pattern', pattern ? (rt.heap.incref(pattern), pattern) : interp.none());
  set('pos', pos === null ? interp.none() : newInt(rt, pos));
  set('lineno', lineno === null ? interp.none() : newInt(rt, lineno));
  set('colno', colno === null ? interp.none() : newInt(rt, colno));
  throw new PyError(e as never);
}

/** Whether `o` is a GC object of the re types (for isinstance checks). */
export function isPattern(o: PyObject): o is PyPatternObject {
  return o instanceof PyPatternObject;
}

/** The text of code points `a..b`. */
export function sliceText(cps: number[], a: number, b: number): string {
  let out = '';
  for (let j = a; j < b; j += 4096) out += String.fromCodePoint(...cps.slice(j, Math.min(b, j + 4096)));
  return out;
}

/** A group's value (new reference): its text, or `dflt` when it did not take part. */
export function groupValue(interp: Interp, m: PyMatchObject, g: number, dflt: PyObject): PyObject {
  const a = m.caps[2 * g];
  const b = m.caps[2 * g + 1];
  if (a < 0 || b < 0) {
    interp.rt.heap.incref(dflt);
    return dflt;
  }
  return subjectSlice(interp, m.refs[0] as PyObject, m.subject, a, b, (m.refs[1] as PyPatternObject).isBytes);
}

/**
 * `getslice`: code points `a..b` of the subject as a new str, or bytes for a bytes pattern (also
 * for a bytearray or memoryview subject); the subject itself when it is an exact str/bytes and the
 * slice is all of it.
 */
export function subjectSlice(interp: Interp, subject: PyObject, cps: number[], a: number, b: number, isBytes: boolean): PyObject {
  const rt = interp.rt;
  if (a === 0 && b === cps.length && subject.type === (isBytes ? bytesType(rt) : rt.types.str)) {
    rt.heap.incref(subject);
    return subject;
  }
  return isBytes ? newBytes(rt, Uint8Array.from(cps.slice(a, b))) : newStr(rt, sliceText(cps, a, b));
}

/** Sets up a new Match's repr, attributes and `m[g]`. */
function wireMatch(interp: Interp, m: PyMatchObject): PyMatchObject {
  const rt = interp.rt;
  m.repr = (i) => {
    const g0 = groupValue(i, m, 0, rt.None);
    // `%.50R`: the group's repr cut at 50 characters.
    const text = Array.from(reprOf(i, g0)).slice(0, 50).join('');
    rt.heap.decref(g0);
    return `<re.Match object; span=(${m.caps[0]}, ${m.caps[1]}), match=${text}>`;
  };
  m.getAttr = (i, name) => {
    const value = matchAttr(i, m, name);
    return value ? { value, method: false } : null;
  };
  return m;
}

function matchAttr(interp: Interp, m: PyMatchObject, name: string): PyObject | null {
  const rt = interp.rt;
  const p = m.refs[1] as PyPatternObject;
  switch (name) {
    case 'string': case 're': {
      const v = m.refs[name === 'string' ? 0 : 1] as PyObject;
      rt.heap.incref(v);
      return v;
    }
    case 'pos': return newIntFromSsize(rt, m.pos);
    case 'endpos': return newIntFromSsize(rt, m.endpos);
    case 'lastindex': return m.lastindex < 0 ? interp.none() : newIntFromSsize(rt, m.lastindex);
    case 'lastgroup': {
      for (const [n, g] of p.regex.parsed.groupIndex) if (g === m.lastindex) return newStr(rt, n);
      return interp.none();
    }
    case 'regs': {
      const out: PyObject[] = [];
      for (let g = 0; g < m.caps.length / 2; g++) out.push(newTuple(rt, [newIntFromSsize(rt, m.caps[2 * g]), newIntFromSsize(rt, m.caps[2 * g + 1])]));
      return newTuple(rt, out);
    }
    default: return null;
  }
}

