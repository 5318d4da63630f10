/**
 * `re.Match`'s methods and attributes (Modules/_sre/sre.c `match_*`): group/groups/groupdict with
 * defaults, start/end/span, expand, `m[g]`, lastindex/lastgroup, pos/endpos, re, string, regs,
 * and the repr `<re.Match object; span=(0, 3), match='abc'>`.
 */
import { dictSetItem, newDict } from '../../../engine/objects/dictObject';
import { newIntFromSsize, PyLongObject } from '../../../engine/objects/longObject';
import type { PyObject } from '../../../engine/objects/object';
import { newTuple } from '../../../engine/objects/tupleObject';
import { newStr, PyUnicodeObject } from '../../../engine/objects/unicodeObject';
import { hashedKey } from '../../objects/hashKey';
import type { Interp } from '../../runtime/interp';
import type { NativeImpl } from '../../vm/callables';
import { bindArgs } from '../pyArgs';
import { groupValue, PyMatchObject, type PyPatternObject, reTypes } from './reObjects';
import { compileTemplate, expandTemplate, resultOf } from './reOps';

function self(interp: Interp, o: PyObject, name: string): PyMatchObject {
  if (!(o instanceof PyMatchObject)) return interp.typeError(`descriptor '${name}' for 're.Match' objects doesn't apply to a '${o.type.name}' object`);
  return o;
}

function pattern(m: PyMatchObject): PyPatternObject {
  return m.refs[1] as PyPatternObject;
}

/** `match_getindex`: a group number from an int or a name, or IndexError. */
function groupIndex(interp: Interp, m: PyMatchObject, g: PyObject): number {
  const groups = m.caps.length / 2;
  if (g instanceof PyLongObject) {
    const v = Number(g.value);
    if (v >= 0 && v < groups) return v;
  } else if (g instanceof PyUnicodeObject) {
    const v = pattern(m).regex.parsed.groupIndex.get(g.value);
    if (v !== undefined) return v;
  }
  return interp.raise('IndexError', 'no such group');
}

function oneArg(interp: Interp, name: string, args: PyObject[], kwnames: string[] | null, param: string): PyObject | undefined {
  return bindArgs(interp, { qualname: `Match.${name}`, params: [param], required: 0 }, args.slice(1), kwnames)[0];
}

/** Defines the Match methods on the type. */
export function defineMatchMethods(interp: Interp): void {
  const t = reTypes(interp).match;
  const rt = interp.rt;
  const methods: Record<string, NativeImpl> = {
    group: (i, args) => {
      const m = self(i, args[0], 'group');
      if (args.length <= 1) return groupValue(i, m, 0, rt.None);
      if (args.length === 2) return groupValue(i, m, groupIndex(i, m, args[1]), rt.None);
      const idx = args.slice(1).map((g) => groupIndex(i, m, g));
      return newTuple(rt, idx.map((g) => groupValue(i, m, g, rt.None)));
    },
    groups: (i, args, kw) => {
      const m = self(i, args[0], 'groups');
      const dflt = oneArg(i, 'groups', args, kw, 'default') ?? rt.None;
      const out: PyObject[] = [];
      for (let g = 1; g < m.caps.length / 2; g++) out.push(groupValue(i, m, g, dflt));
      return newTuple(rt, out);
    },
    groupdict: (i, args, kw) => {
      const m = self(i, args[0], 'groupdict');
      const dflt = oneArg(i, 'groupdict', args, kw, 'default') ?? rt.None;
      const d = newDict(rt);
      for (const [name, g] of pattern(m).regex.parsed.groupIndex) {
        dictSetItem(rt, d, hashedKey(i, newStr(rt, name)), groupValue(i, m, g, dflt));
      }
      return d;
    },
    start: (i, args) => newIntFromSsize(rt, span(i, self(i, args[0], 'start'), args[1])[0]),
    end: (i, args) => newIntFromSsize(rt, span(i, self(i, args[0], 'end'), args[1])[1]),
    span: (i, args) => {
      const [a, b] = span(i, self(i, args[0], 'span'), args[1]);
      return newTuple(rt, [newIntFromSsize(rt, a), newIntFromSsize(rt, b)]);
    },
    expand: (i, args) => {
      const m = self(i, args[0], 'expand');
      const pieces = compileTemplate(i, pattern(m), args[1]);
      return resultOf(i, pattern(m), expandTemplate(pieces, m.subject, m.caps));
    },
    __getitem__: (i, args) => {
      const m = self(i, args[0], '__getitem__');
      return groupValue(i, m, groupIndex(i, m, args[1]), rt.None);
    },
  };
  for (const [name, impl] of Object.entries(methods)) interp.methods.define(t, name, impl);
}

function span(interp: Interp, m: PyMatchObject, g: PyObject | undefined): [number, number] {
  const k = g ? groupIndex(interp, m, g) : 0;
  return [m.caps[2 * k], m.caps[2 * k + 1]];
}
