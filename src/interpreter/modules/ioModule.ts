/**
 * `io` (Modules/_io, 3.11–3.13) for in-memory files: `StringIO` and `BytesIO` with write, read,
 * readline(s), iteration, seek/tell, truncate, getvalue, close, `with`, and CPython's messages
 * (StringIO's closed-file error has no final period, BytesIO's has one).
 *
 * Sizes (`sys.getsizeof`, test/oracle/stringioProbe.py): a StringIO is 136 bytes on 3.11 and 184
 * on 3.12/3.13 whatever it holds (CPython does not count its buffer); a BytesIO is 80 plus its
 * buffer bytes object while that is not shared (bytesIOBuffer.ts).
 *
 * Obscurity: StringIO's text lives in a raw UCS-4 array or a `_PyUnicodeWriter` in CPython, memory
 * tracemalloc sees but `getsizeof` does not; here it is not allocated (KNOWN-DIFFERENCES.md).
 */
import { newBytes, PyBytesObject } from '../../engine/objects/bytesObject';
import { newList } from '../../engine/objects/listObject';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { bufferArg } from '../objects/bytesOps';
import { getIter, iterNext } from '../objects/abstract';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import type { NativeImpl } from '../vm/callables';
import { bytesValue, readBytes, resizeBuffer, sharedBuf, writeBytes, type BytesIOState } from './bytesIOBuffer';
import { callMethod } from './callMethod';
import { nativeType, newNativeObject, type PyNativeObject } from './nativeObject';

/** A StringIO's state: the text as code points, the position, the newline mode. */
interface TextState {
  chars: string[];
  pos: number;
  newline: string | null;
}

interface FileState {
  text: TextState | null;
  bytes: BytesIOState | null;
  closed: boolean;
}

const states = new WeakMap<PyObject, FileState>();

function ioTypes(interp: Interp): { stringIO: PyTypeObject; bytesIO: PyTypeObject } {
  const stringIO = nativeType(interp, '_io.StringIO', interp.rt.profile.version === '3.11' ? 136 : 184);
  const bytesIO = nativeType(interp, '_io.BytesIO', 80);
  bytesIO.sizeof = (o) => {
    const s = states.get(o)?.bytes;
    return 64 + (s?.buf && !sharedBuf(s) ? s.buf.type.sizeof(s.buf) : 0);
  };
  return { stringIO, bytesIO };
}

function stateOf(interp: Interp, o: PyObject, method: string, text: boolean): FileState {
  const s = states.get(o);
  const name = text ? 'StringIO' : 'BytesIO';
  if (!s || (text ? !s.text : !s.bytes)) return interp.typeError(`descriptor '${method}' for '_io.${name}' objects doesn't apply to a '${o.type.name}' object`);
  if (s.closed && method !== 'close' && method !== '__exit__') interp.raise('ValueError', text ? 'I/O operation on closed file' : 'I/O operation on closed file.');
  return s;
}

/** An optional size argument: -1 for None or missing. */
function sizeArg(interp: Interp, v: PyObject | undefined): number {
  if (v === undefined || v === interp.rt.None) return -1;
  if (!(v instanceof PyLongObject)) return interp.typeError(`argument should be integer or None, not '${v.type.name}'`);
  return Number(v.value);
}

function intArg(interp: Interp, v: PyObject | undefined, dflt: number): number {
  if (v === undefined) return dflt;
  if (!(v instanceof PyLongObject)) return interp.typeError(`'${v.type.name}' object cannot be interpreted as an integer`);
  return Number(v.value);
}

/** Where the line starting at `pos` ends (after its terminator), for the newline mode. */
function lineEnd(chars: readonly string[], pos: number, newline: string | null, limit: number): number {
  const stop = limit < 0 ? chars.length : Math.min(chars.length, pos + limit);
  for (let i = pos; i < stop; i++) {
    const c = chars[i];
    if (newline === '' || newline === '\r') {
      if (c === '\r') return newline === '' && chars[i + 1] === '\n' && i + 1 < stop ? i + 2 : i + 1;
      if (newline === '' && c === '\n') return i + 1;
    } else if (newline === '\r\n') {
      if (c === '\r' && chars[i + 1] === '\n' && i + 1 < stop) return i + 2;
    } else if (c === '\n') return i + 1;
  }
  return stop;
}

function bytesLineEnd(buf: Uint8Array, pos: number, size: number, limit: number): number {
  const stop = limit < 0 ? size : Math.min(size, pos + limit);
  const nl = buf.subarray(0, stop).indexOf(10, pos);
  return nl < 0 ? stop : nl + 1;
}

/** The methods both classes share, over a reader of one line (null at the end). */
function lineMethods(interp: Interp, text: boolean, readLine: (s: FileState, limit: number) => PyObject): Record<string, NativeImpl> {
  const heap = interp.rt.heap;
  const isEmpty = (line: PyObject) => (line instanceof PyUnicodeObject ? line.length === 0 : (line as PyBytesObject).value.length === 0);
  return {
    readline: (i, args) => readLine(stateOf(i, args[0], 'readline', text), sizeArg(i, args[1])),
    readlines: (i, args) => {
      const s = stateOf(i, args[0], 'readlines', text);
      const hint = sizeArg(i, args[1]);
      const lines: PyObject[] = [];
      let total = 0;
      for (;;) {
        const line = readLine(s, -1);
        if (isEmpty(line)) { heap.decref(line); break; }
        lines.push(line);
        total += line instanceof PyUnicodeObject ? line.length : (line as PyBytesObject).value.length;
        if (hint > 0 && total > hint) break;
      }
      return newList(interp.rt, lines);
    },
    writelines: (i, args) => {
      stateOf(i, args[0], 'writelines', text);
      const it = getIter(i, args[1]);
      try {
        for (let x = iterNext(i, it); x; x = iterNext(i, it)) {
          try {
            heap.decref(callMethod(i, args[0], 'write', [x]));
          } finally {
            heap.decref(x);
          }
        }
      } finally {
        heap.decref(it);
      }
      return i.none();
    },
    close: (i, args) => {
      const s = stateOf(i, args[0], 'close', text);
      s.closed = true;
      if (s.text) s.text.chars = [];
      if (s.bytes?.buf) {
        (args[0] as PyNativeObject).refs = [];
        heap.decref(s.bytes.buf);
        s.bytes.buf = null;
      }
      return i.none();
    },
    readable: (i, args) => { stateOf(i, args[0], 'readable', text); return i.bool(true); },
    writable: (i, args) => { stateOf(i, args[0], 'writable', text); return i.bool(true); },
    seekable: (i, args) => { stateOf(i, args[0], 'seekable', text); return i.bool(true); },
    flush: (i, args) => { stateOf(i, args[0], 'flush', text); return i.none(); },
    isatty: (i, args) => { stateOf(i, args[0], 'isatty', text); return i.bool(false); },
    __enter__: (i, args) => { stateOf(i, args[0], '__enter__', text); heap.incref(args[0]); return args[0]; },
    __exit__: (i, args) => { heap.decref(callMethod(i, args[0], 'close', [])); return i.none(); },
  };
}

function textMethods(interp: Interp): Record<string, NativeImpl> {
  const rt = interp.rt;
  const text = (i: Interp, o: PyObject, m: string) => stateOf(i, o, m, true).text as TextState;
  const readLine = (s: FileState, limit: number) => {
    const t = s.text as TextState;
    const end = lineEnd(t.chars, t.pos, t.newline, limit);
    const line = t.chars.slice(t.pos, Math.max(end, t.pos)).join('');
    t.pos = Math.max(t.pos, end);
    return newStr(rt, line);
  };
  return {
    ...lineMethods(interp, true, readLine),
    write: (i, args) => {
      const t = text(i, args[0], 'write');
      const v = args[1];
      if (!(v instanceof PyUnicodeObject)) return i.typeError(`string argument expected, got '${v?.type.name}'`);
      let s = v.value;
      if (t.newline === null) s = s.replace(/\r\n?/g, '\n');
      else if (t.newline === '\r' || t.newline === '\r\n') s = s.replace(/\n/g, t.newline);
      const cs = Array.from(s);
      while (t.chars.length < t.pos) t.chars.push('\0');
      t.chars.splice(t.pos, cs.length, ...cs);
      t.pos += cs.length;
      return newInt(rt, v.length);
    },
    read: (i, args) => {
      const t = text(i, args[0], 'read');
      const n = sizeArg(i, args[1]);
      const end = n < 0 ? t.chars.length : Math.min(t.chars.length, t.pos + n);
      const out = t.chars.slice(t.pos, Math.max(end, t.pos)).join('');
      t.pos = Math.max(t.pos, end);
      return newStr(rt, out);
    },
    getvalue: (i, args) => newStr(rt, text(i, args[0], 'getvalue').chars.join('')),
    tell: (i, args) => newInt(rt, text(i, args[0], 'tell').pos),
    seek: (i, args) => {
      const t = text(i, args[0], 'seek');
      const pos = intArg(i, args[1], 0);
      const whence = intArg(i, args[2], 0);
      if (whence < 0 || whence > 2) i.raise('ValueError', `Invalid whence (${whence}, should be 0, 1 or 2)`);
      if (whence === 0 && pos < 0) i.raise('ValueError', `Negative seek position ${pos}`);
      if (whence !== 0 && pos !== 0) i.raise('OSError', "Can't do nonzero cur-relative seeks");
      t.pos = whence === 0 ? pos : whence === 2 ? t.chars.length : t.pos;
      return newInt(rt, t.pos);
    },
    truncate: (i, args) => {
      const t = text(i, args[0], 'truncate');
      const size = args[1] === undefined || args[1] === rt.None ? t.pos : intArg(i, args[1], 0);
      if (size < 0) i.raise('ValueError', `Negative size value ${size}`);
      if (size < t.chars.length) t.chars.length = size;
      return newInt(rt, size);
    },
  };
}

function bytesMethods(interp: Interp): Record<string, NativeImpl> {
  const rt = interp.rt;
  const bytes = (i: Interp, o: PyObject, m: string) => stateOf(i, o, m, false).bytes as BytesIOState;
  const sync = (o: PyObject, b: BytesIOState) => { (o as PyNativeObject).refs = [b.buf]; };
  const readLine = (s: FileState, limit: number) => {
    const b = s.bytes as BytesIOState;
    const buf = (b.buf as PyBytesObject).value;
    const end = b.pos >= b.size ? b.pos : bytesLineEnd(buf, b.pos, b.size, limit);
    return readBytes(rt, b, end - b.pos);
  };
  return {
    ...lineMethods(interp, false, readLine),
    write: (i, args) => {
      const b = bytes(i, args[0], 'write');
      const data = bufferArg(args[1]) ?? i.typeError(`a bytes-like object is required, not '${args[1]?.type.name}'`);
      const n = writeBytes(rt, b, data.slice());
      sync(args[0], b);
      return newInt(rt, n);
    },
    read: (i, args) => {
      const b = bytes(i, args[0], 'read');
      const n = sizeArg(i, args[1]);
      const avail = Math.max(0, b.size - b.pos);
      return readBytes(rt, b, n < 0 ? avail : Math.min(n, avail));
    },
    getvalue: (i, args) => {
      const b = bytes(i, args[0], 'getvalue');
      const v = bytesValue(rt, b);
      sync(args[0], b);
      return v;
    },
    tell: (i, args) => newInt(rt, bytes(i, args[0], 'tell').pos),
    seek: (i, args) => {
      const b = bytes(i, args[0], 'seek');
      let pos = intArg(i, args[1], 0);
      const whence = intArg(i, args[2], 0);
      if (whence < 0 || whence > 2) i.raise('ValueError', `invalid whence (${whence}, should be 0, 1 or 2)`);
      if (whence === 0 && pos < 0) i.raise('ValueError', `negative seek value ${pos}`);
      if (whence === 1) pos = Math.max(0, b.pos + pos);
      else if (whence === 2) pos = Math.max(0, b.size + pos);
      b.pos = pos;
      return newInt(rt, pos);
    },
    truncate: (i, args) => {
      const b = bytes(i, args[0], 'truncate');
      const size = args[1] === undefined || args[1] === rt.None ? b.pos : intArg(i, args[1], 0);
      if (size < 0) i.raise('ValueError', `negative size value ${size}`);
      if (size < b.size) {
        b.size = size;
        resizeBuffer(rt, b, size);
        sync(args[0], b);
      }
      return newInt(rt, size);
    },
  };
}

function newFile(interp: Interp, type: PyTypeObject, state: FileState): PyNativeObject {
  const o = newNativeObject(interp, type, state.bytes ? [state.bytes.buf] : []);
  states.set(o, state);
  o.getAttr = (i, name) => (name === 'closed' ? { value: i.bool(state.closed), method: false } : null);
  o.next = (i) => {
    const line = callMethod(i, o, 'readline', []);
    const empty = line instanceof PyUnicodeObject ? line.length === 0 : (line as PyBytesObject).value.length === 0;
    if (!empty) return line;
    i.rt.heap.decref(line);
    return null;
  };
  return o;
}

/** Creates the module (on first import). */
export function createIo(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  const types = ioTypes(interp);
  for (const [m, impl] of Object.entries(textMethods(interp))) interp.methods.define(types.stringIO, m, impl);
  for (const [m, impl] of Object.entries(bytesMethods(interp))) interp.methods.define(types.bytesIO, m, impl);
  interp.typeCalls.set(types.stringIO, (i, _t, args, kwnames) => {
    const kw = kwnames ?? [];
    const positional = args.slice(0, args.length - kw.length);
    const named = (k: string, at: number) => { const j = kw.indexOf(k); return j >= 0 ? args[positional.length + j] : positional[at]; };
    const initial = named('initial_value', 0);
    const nl = named('newline', 1);
    if (initial !== undefined && initial !== rt.None && !(initial instanceof PyUnicodeObject)) i.typeError(`initial_value must be str or None, not ${initial.type.name}`);
    if (nl !== undefined && nl !== rt.None && !(nl instanceof PyUnicodeObject)) i.typeError(`newline must be str or None, not ${nl.type.name}`);
    const newline = nl === undefined ? '\n' : nl instanceof PyUnicodeObject ? nl.value : null;
    if (newline !== null && !['', '\n', '\r', '\r\n'].includes(newline)) i.raise('ValueError', `illegal newline value: '${newline}'`);
    let value = initial instanceof PyUnicodeObject ? initial.value : '';
    if (newline === null) value = value.replace(/\r\n?/g, '\n');
    const text: TextState = { chars: Array.from(value), pos: 0, newline };
    return newFile(i, types.stringIO, { text, bytes: null, closed: false });
  });
  interp.typeCalls.set(types.bytesIO, (i, _t, args, kwnames) => {
    const initial = kwnames?.includes('initial_bytes') ? args[args.length - kwnames.length + kwnames.indexOf('initial_bytes')] : args[0];
    let buf: PyBytesObject;
    if (initial === undefined || initial === rt.None) buf = newBytes(rt, new Uint8Array(0));
    else if (initial instanceof PyBytesObject) { rt.heap.incref(initial); buf = initial; }
    else {
      const data = bufferArg(initial) ?? i.typeError(`a bytes-like object is required, not '${initial.type.name}'`);
      const b: BytesIOState = { buf: newBytes(rt, new Uint8Array(0)), size: 0, pos: 0 };
      writeBytes(rt, b, data.slice());
      b.pos = 0;
      return newFile(i, types.bytesIO, { text: null, bytes: b, closed: false });
    }
    const bytes: BytesIOState = { buf, size: buf.value.length, pos: 0 };
    return newFile(i, types.bytesIO, { text: null, bytes, closed: false });
  });
  const values: Record<string, PyObject> = {
    StringIO: types.stringIO, BytesIO: types.bytesIO,
    SEEK_SET: newInt(rt, 0), SEEK_CUR: newInt(rt, 1), SEEK_END: newInt(rt, 2),
  };
  return interp.defineModule('io', {}, values);
}
