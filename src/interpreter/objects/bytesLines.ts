/**
 * `bytes.expandtabs` and `bytes.splitlines` (shared with bytearray; stringlib's transmogrify.h
 * and split.h over Objects/bytes_methods.c): tab stops and line breaks, byte by byte, where only
 * \n, \r and \r\n end a line (not str's \v, \f, \x1c-\x1e, \x85).
 *
 * Allocation as CPython's: expandtabs always makes a new object (even with no tab, even for an
 * exact bytes); splitlines builds its list from empty by appends (`PyList_New(0)`, so 3 lines
 * take a 4-slot array), and a whole exact bytes with no line break to cut is the list's item
 * itself, not a copy.
 */
import { bytesType, PyBytesObject } from '../../engine/objects/bytesObject';
import { byteArrayType } from '../../engine/objects/byteArrayObject';
import { listAppend, newList } from '../../engine/objects/listObject';
import type { PyObject } from '../../engine/objects/object';
import { clinicArgs } from '../builtins/args';
import { clinicKeywordCall } from '../builtins/clinicKwtuple';
import type { Interp } from '../runtime/interp';
import type { NativeImpl } from '../vm/callables';
import { isTrue } from './abstract';
import { bufferOf, newLike } from './bytesOps';
import { indexValue } from './numberIndex';

const LF = 0x0a;
const CR = 0x0d;
const TAB = 0x09;
const SPACE = 0x20;

/** Whose clinic parser (and TypeError wording) a bytes-like method uses. */
function owner(interp: Interp, o: PyObject): 'bytes' | 'bytearray' {
  return o.type.isSubtypeOf(byteArrayType(interp.rt)) ? 'bytearray' : 'bytes';
}

function selfBytes(interp: Interp, o: PyObject | undefined, name: string): Uint8Array {
  const v = o ? bufferOf(o) : null;
  return v ?? interp.typeError(`descriptor '${name}' requires a 'bytes' object but received '${o ? o.type.name : 'nothing'}'`);
}

/** `expandtabs(tabsize=8)`: each tab to the next multiple of tabsize (a tabsize <= 0 drops tabs); \n and \r restart the column. */
export const bytesExpandtabs: NativeImpl = (interp, args, kwnames) => {
  const v = selfBytes(interp, args[0], 'expandtabs');
  clinicKeywordCall(interp, `${owner(interp, args[0])}.expandtabs`, ['tabsize'], kwnames);
  const [sizeArg] = clinicArgs(interp, 'expandtabs', ['tabsize'], 0, args.slice(1), kwnames);
  const size = sizeArg === undefined ? 8 : Number(indexValue(interp, sizeArg));
  const out: number[] = [];
  let column = 0;
  for (const c of v) {
    if (c === TAB) {
      if (size > 0) {
        const pad = size - (column % size);
        for (let k = 0; k < pad; k++) out.push(SPACE);
        column += pad;
      }
    } else {
      out.push(c);
      column = c === LF || c === CR ? 0 : column + 1;
    }
  }
  return newLike(interp, args[0], Uint8Array.from(out), true);
};

/**
 * `keepends` of str/bytes/bytearray `splitlines`. Obscurity: 3.11's clinic converts it with
 * `_PyLong_AsInt` (a str or float is a TypeError); 3.12 made it a plain truth test.
 */
export function keependsArg(interp: Interp, o: PyObject | undefined): boolean {
  if (o === undefined) return false;
  return interp.rt.profile.version === '3.11' ? Number(indexValue(interp, o)) !== 0 : isTrue(interp, o);
}

/** `splitlines(keepends=False)`. */
export const bytesSplitlines: NativeImpl = (interp, args, kwnames) => {
  const o = args[0];
  const v = selfBytes(interp, o, 'splitlines');
  clinicKeywordCall(interp, `${owner(interp, o)}.splitlines`, ['keepends'], kwnames);
  const [keepArg] = clinicArgs(interp, 'splitlines', ['keepends'], 0, args.slice(1), kwnames);
  const keep = keependsArg(interp, keepArg);
  const rt = interp.rt;
  const list = newList(rt, [], 0);
  for (let i = 0; i < v.length;) {
    const start = i;
    while (i < v.length && v[i] !== LF && v[i] !== CR) i++;
    let eol = i;
    if (i < v.length) {
      i += v[i] === CR && v[i + 1] === LF ? 2 : 1;
      if (keep) eol = i;
    }
    if (start === 0 && eol === v.length && o instanceof PyBytesObject && o.type === bytesType(rt)) {
      rt.heap.incref(o);
      listAppend(rt, list, o);
      break;
    }
    listAppend(rt, list, newLike(interp, o, v.slice(start, eol)));
  }
  return list;
};
