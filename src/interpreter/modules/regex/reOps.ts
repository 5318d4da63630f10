/**
 * What `re`'s functions and Pattern methods do (Modules/_sre/sre.c `pattern_*`): search, match,
 * fullmatch, findall, finditer, sub/subn, split, over the matcher of regexMatch.ts. Every list, str
 * and tuple they return is allocated through the engine, as CPython's are.
 *
 * The 3.7+ empty-match rule (`state->must_advance`): after an empty match the next search may not
 * match empty at the same position, so `sub('x*', '-', 'abxd')` is '-a-b--d-'.
 */
import { listAppend, newList } from '../../../engine/objects/listObject';
import type { PyObject } from '../../../engine/objects/object';
import { newTuple } from '../../../engine/objects/tupleObject';
import { newStr, PyUnicodeObject } from '../../../engine/objects/unicodeObject';
import { newInt } from '../../../engine/objects/longObject';
import type { Interp } from '../../runtime/interp';
import { callAny } from '../../vm/callDispatch';
import { isCallable } from '../../vm/callables';
import { asSize } from '../moduleArgs';
import { PyMatchObject, type PyPatternObject, newMatch, raiseRegexError, sliceText, subjectSlice } from './reObjects';
import { bytesType, newBytes } from '../../../engine/objects/bytesObject';
import { bufferArg, latin1Bytes, latin1Text } from '../../objects/bytesOps';
import { RegexSyntaxError } from './regexParse';
import { parseTemplate, type TemplatePiece, UnknownGroupName } from './reTemplate';

/** A subject: the str or bytes-like object (borrowed), its text and its code points (bytes' values). */
export interface Subject {
  obj: PyObject;
  cps: number[];
}

/** The code points of a subject, or CPython's TypeError (`getstring`, `state_init`'s type checks). */
export function subjectOf(interp: Interp, p: PyPatternObject, o: PyObject): Subject {
  if (o instanceof PyUnicodeObject) {
    if (p.isBytes) interp.typeError('cannot use a bytes pattern on a string-like object');
    return { obj: o, cps: codePoints(o.value, o.length) };
  }
  const buf = bufferArg(o);
  if (!buf) return interp.typeError(`expected string or bytes-like object, got '${o.type.name}'`);
  if (!p.isBytes) interp.typeError('cannot use a string pattern on a bytes-like object');
  return { obj: o, cps: Array.from(buf) };
}

/** The code points of a JS string of `n` code points. */
function codePoints(text: string, n: number): number[] {
  const cps: number[] = new Array(n);
  let k = 0;
  for (let j = 0; j < text.length; j++) {
    const c = text.codePointAt(j) as number;
    cps[k++] = c;
    if (c > 0xffff) j++;
  }
  return cps;
}

/** Clamps `pos`/`endpos` as `state_init` does. */
function bounds(interp: Interp, n: number, posObj: PyObject | undefined, endObj: PyObject | undefined): [number, number] {
  let pos = posObj ? asSize(interp, posObj) : 0;
  let end = endObj ? asSize(interp, endObj) : n;
  if (pos < 0) pos = 0;
  if (pos > n) pos = n;
  if (end < 0) end = 0;
  if (end > n) end = n;
  return [pos, end];
}

/** `Pattern.search/match/fullmatch`: a Match (new reference) or None. */
export function patternExec(interp: Interp, p: PyPatternObject, str: PyObject, posObj: PyObject | undefined, endObj: PyObject | undefined, mode: 'search' | 'match' | 'fullmatch'): PyObject {
  const s = subjectOf(interp, p, str);
  const [pos, end] = bounds(interp, s.cps.length, posObj, endObj);
  if (end < pos) return interp.none();
  const cut = end === s.cps.length ? s.cps : s.cps.slice(0, end);
  const r = p.regex.exec(cut, pos, mode !== 'search', mode === 'fullmatch', false);
  if (!r) return interp.none();
  return newMatch(interp, p, str, s.cps, r.caps, r.lastindex, pos, end);
}

/** Every successive match from `pos` (the must-advance rule after empty ones), at most `limit` (0: all). */
function* scan(p: PyPatternObject, cps: number[], pos: number, limit: number): Generator<{ caps: number[]; lastindex: number }> {
  let at = pos;
  let mustAdvance = false;
  let n = 0;
  while ((limit === 0 || n < limit) && at <= cps.length) {
    const r = p.regex.exec(cps, at, false, false, mustAdvance);
    if (!r) return;
    n++;
    yield r;
    mustAdvance = r.caps[1] === r.caps[0];
    at = r.caps[1];
  }
}

/** A group's text as a new str (bytes for a bytes pattern), or `dflt` (borrowed; new reference returned) when unset. */
function groupStr(interp: Interp, p: PyPatternObject, s: Subject, caps: number[], g: number, dflt: PyObject): PyObject {
  const a = caps[2 * g];
  const b = caps[2 * g + 1];
  if (a < 0 || b < 0) {
    interp.rt.heap.incref(dflt);
    return dflt;
  }
  return subjectSlice(interp, s.obj, s.cps, a, b, p.isBytes);
}

/** An empty str, or bytes for a bytes pattern (new reference). */
function emptyOf(interp: Interp, p: PyPatternObject): PyObject {
  return p.isBytes ? newBytes(interp.rt, new Uint8Array(0)) : newStr(interp.rt, '');
}

/** `Pattern.findall`: strs, or tuples of the groups ('' for unmatched ones). */
export function patternFindall(interp: Interp, p: PyPatternObject, str: PyObject, posObj?: PyObject, endObj?: PyObject): PyObject {
  const rt = interp.rt;
  const s = subjectOf(interp, p, str);
  const [pos, end] = bounds(interp, s.cps.length, posObj, endObj);
  const cut = end === s.cps.length ? s.cps : s.cps.slice(0, end);
  const out = newList(rt, []);
  const empty = emptyOf(interp, p);
  try {
    for (const r of scan(p, cut, pos, 0)) {
      const g = p.regex.groups;
      let item: PyObject;
      if (g === 0) item = groupStr(interp, p, s, r.caps, 0, empty);
      else if (g === 1) item = groupStr(interp, p, s, r.caps, 1, empty);
      else {
        const parts: PyObject[] = [];
        for (let k = 1; k <= g; k++) parts.push(groupStr(interp, p, s, r.caps, k, empty));
        item = newTuple(rt, parts);
      }
      listAppend(rt, out, item);
    }
  } finally {
    rt.heap.decref(empty);
  }
  return out;
}

/** The Match objects of `finditer`, made one at a time (`pattern.scanner(...).search`). */
export function patternScanner(interp: Interp, p: PyPatternObject, str: PyObject, posObj?: PyObject, endObj?: PyObject): () => PyObject | null {
  const s = subjectOf(interp, p, str);
  const [pos, end] = bounds(interp, s.cps.length, posObj, endObj);
  const cut = end === s.cps.length ? s.cps : s.cps.slice(0, end);
  const it = scan(p, cut, pos, 0);
  return () => {
    const r = it.next();
    if (r.done) return null;
    return newMatch(interp, p, str, s.cps, r.value.caps, r.value.lastindex, pos, end);
  };
}

/** A template's text: a str's, or a bytes-like's as latin-1 (one char per byte); null for another type. */
function templateText(o: PyObject): string | null {
  if (o instanceof PyUnicodeObject) return o.value;
  const buf = bufferArg(o);
  return buf ? latin1Text(buf) : null;
}

/** A parsed replacement template, raising `re.error` on a bad one. */
export function compileTemplate(interp: Interp, p: PyPatternObject, template: PyObject): TemplatePiece[] {
  const text = templateText(template);
  if (text === null) return interp.typeError(`expected str instance, ${template.type.name} found`);
  try {
    return parseTemplate(text, p.regex.groups, p.regex.parsed.groupIndex);
  } catch (e) {
    if (e instanceof RegexSyntaxError) raiseRegexError(interp, e.msg, template, text, e.pos);
    if (e instanceof UnknownGroupName) interp.raise('IndexError', e.message);
    throw e;
  }
}

/** A template's expansion for a match (for bytes, one char per byte). */
export function expandTemplate(pieces: TemplatePiece[], cps: number[], caps: number[]): string {
  let out = '';
  for (const piece of pieces) {
    if (typeof piece === 'string') out += piece;
    else if (caps[2 * piece] >= 0) out += sliceText(cps, caps[2 * piece], caps[2 * piece + 1]);
  }
  return out;
}

/** A str, or for a bytes pattern a bytes, from text holding one char per code point (byte). */
export function resultOf(interp: Interp, p: PyPatternObject, text: string): PyObject {
  return p.isBytes ? newBytes(interp.rt, latin1Bytes(text)) : newStr(interp.rt, text);
}

/**
 * The text a replacement item adds, or the TypeError `join_list` raises for an item of the other
 * kind (`item` is its index in the list of pieces CPython joins).
 */
function replacementText(interp: Interp, p: PyPatternObject, v: PyObject, item: number): string {
  const text = v instanceof PyUnicodeObject ? (p.isBytes ? null : v.value) : p.isBytes ? templateText(v) : null;
  if (text !== null) return text;
  if (p.isBytes) return interp.typeError(`sequence item ${item}: expected a bytes-like object, ${v.type.name} found`);
  return interp.typeError(`sequence item ${item}: expected str instance, ${v.type.name} found`);
}

/** `Pattern.sub/subn`: the new string (and the count as a tuple for subn). */
export function patternSub(interp: Interp, p: PyPatternObject, repl: PyObject, str: PyObject, countObj: PyObject | undefined, subn: boolean): PyObject {
  const rt = interp.rt;
  const s = subjectOf(interp, p, str);
  const count = countObj ? asSize(interp, countObj) : 0;
  const callable = !(repl instanceof PyUnicodeObject) && !bufferArg(repl) && isCallable(repl);
  // A template of the other kind is taken as a literal that the final join refuses.
  const mismatched = !callable && (repl instanceof PyUnicodeObject) === p.isBytes && templateText(repl) !== null;
  const pieces = callable || mismatched ? null : compileTemplate(interp, p, repl);
  let out = '';
  let last = 0;
  let n = 0;
  let items = 0;
  if (count >= 0) {
    for (const r of scan(p, s.cps, 0, count)) {
      if (last < r.caps[0]) items++;
      out += sliceText(s.cps, last, r.caps[0]);
      if (pieces) out += expandTemplate(pieces, s.cps, r.caps);
      else if (mismatched) replacementText(interp, p, repl, items);
      else {
        const m = newMatch(interp, p, str, s.cps, r.caps, r.lastindex, 0, s.cps.length);
        let v: PyObject;
        try {
          v = callAny(interp, repl, [m]);
        } finally {
          rt.heap.decref(m);
        }
        try {
          out += replacementText(interp, p, v, items);
        } finally {
          rt.heap.decref(v);
        }
      }
      items++;
      last = r.caps[1];
      n++;
    }
  }
  let result: PyObject;
  if (n === 0 && str.type === (p.isBytes ? bytesType(rt) : rt.types.str)) {
    rt.heap.incref(str);
    result = str;
  } else result = resultOf(interp, p, out + sliceText(s.cps, last, s.cps.length));
  return subn ? newTuple(rt, [result, newInt(rt, n)]) : result;
}

/** `Pattern.split`: the pieces between matches, with the groups' values (None when unmatched). */
export function patternSplit(interp: Interp, p: PyPatternObject, str: PyObject, maxsplitObj: PyObject | undefined): PyObject {
  const rt = interp.rt;
  const s = subjectOf(interp, p, str);
  const maxsplit = maxsplitObj ? asSize(interp, maxsplitObj) : 0;
  const out = newList(rt, []);
  let last = 0;
  if (maxsplit >= 0) {
    for (const r of scan(p, s.cps, 0, maxsplit)) {
      listAppend(rt, out, subjectSlice(interp, s.obj, s.cps, last, r.caps[0], p.isBytes));
      for (let g = 1; g <= p.regex.groups; g++) listAppend(rt, out, groupStr(interp, p, s, r.caps, g, rt.None));
      last = r.caps[1];
    }
  }
  listAppend(rt, out, subjectSlice(interp, s.obj, s.cps, last, s.cps.length, p.isBytes));
  return out;
}

/** Whether `o` is a Match object. */
export function isMatch(o: PyObject): o is PyMatchObject {
  return o instanceof PyMatchObject;
}
