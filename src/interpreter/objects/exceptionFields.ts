/**
 * The fields some built-in exceptions fill from their arguments (Objects/exceptions.c
 * `SyntaxError_init`, `OSError_new`/`oserror_init`), their attributes and their `str()`.
 *
 *   SyntaxError(msg, (filename, lineno, offset, text[, end_lineno, end_offset]))
 *       extra slots: msg filename lineno offset text end_lineno end_offset print_file_and_line
 *       str: "msg (basename, line N)", "msg (line N)", "msg (basename)" or just msg
 *   OSError(errno, strerror[, filename[, winerror[, filename2]]])
 *       extra slots: errno strerror filename filename2 characters_written
 *       OSError itself called with an errno that PEP 3151 maps becomes that subclass
 *       (OSError(2, ...) is a FileNotFoundError); args keeps only (errno, strerror)
 *       str: "[Errno 2] strerror", "...: 'filename'", "...: 'filename' -> 'filename2'"
 */
import { type PyBaseExceptionObject, newException } from '../../engine/objects/exceptionObject';
import { PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newTuple, PyTupleObject } from '../../engine/objects/tupleObject';
import type { PyTypeObject } from '../../engine/objects/typeObject';
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { Interp } from '../runtime/interp';
import { groupStr } from './exceptionGroup';
import { invalidKeyword } from '../builtins/args';

const SYNTAX_FIELDS = ['msg', 'filename', 'lineno', 'offset', 'text', 'end_lineno', 'end_offset', 'print_file_and_line'];
const OS_FIELDS = ['errno', 'strerror', 'filename', 'filename2', 'characters_written'];
const IMPORT_FIELDS = ['msg', 'name', 'path', 'name_from'];
const GROUP_FIELDS = ['message', 'exceptions'];

/** PEP 3151's errno → subclass table (Linux errno values, Objects/exceptions.c `_PyExc_InitState`). */
const ERRNO_CLASSES: Record<number, string> = {
  11: 'BlockingIOError', 114: 'BlockingIOError', 115: 'BlockingIOError',
  10: 'ChildProcessError',
  32: 'BrokenPipeError', 108: 'BrokenPipeError',
  103: 'ConnectionAbortedError', 111: 'ConnectionRefusedError', 104: 'ConnectionResetError',
  17: 'FileExistsError', 2: 'FileNotFoundError', 21: 'IsADirectoryError', 20: 'NotADirectoryError',
  4: 'InterruptedError', 13: 'PermissionError', 1: 'PermissionError', 3: 'ProcessLookupError',
  110: 'TimeoutError',
};

/** Which field table `type` uses, if any. */
function fieldsOf(interp: Interp, type: PyTypeObject): string[] | null {
  if (type.isSubtypeOf(interp.excType('SyntaxError'))) return SYNTAX_FIELDS;
  if (type.isSubtypeOf(interp.excType('OSError'))) return OS_FIELDS;
  if (type.isSubtypeOf(interp.excType('ImportError'))) return IMPORT_FIELDS;
  if (type.isSubtypeOf(interp.excType('BaseExceptionGroup'))) return GROUP_FIELDS;
  return null;
}

/**
 * `BaseException_new` + the type's init for a built-in exception type called with `args`
 * (borrowed): a new exception, of an OSError subclass when the errno maps to one.
 */
export function newBuiltinException(interp: Interp, type: PyTypeObject, given: PyObject[], kwnames: string[] | null): PyBaseExceptionObject {
  const rt = interp.rt;
  const fields = fieldsOf(interp, type);
  const nkw = kwnames?.length ?? 0;
  const args = nkw ? given.slice(0, given.length - nkw) : given;
  const keywords = new Map<string, PyObject>();
  kwnames?.forEach((name, i) => {
    // ImportError_init takes name= and path= (3.12+ also name_from, not a keyword).
    if (fields !== IMPORT_FIELDS) interp.typeError(`${type.name}() takes no keyword arguments`);
    if (name !== 'name' && name !== 'path') invalidKeyword(interp, type.name, name);
    keywords.set(name, given[args.length + i]);
  });
  let kept = args;
  if (fields === OS_FIELDS && args.length >= 2 && args.length <= 5) {
    const errno = args[0];
    if (type === interp.excType('OSError') && errno instanceof PyLongObject) {
      const sub = ERRNO_CLASSES[Number(errno.value)];
      if (sub) type = interp.excType(sub);
    }
    if (args.length >= 3) kept = args.slice(0, 2);
  }
  for (const a of kept) rt.heap.incref(a);
  const e = newException(rt, type, newTuple(rt, [...kept]));
  const set = (i: number, v: PyObject | undefined): void => {
    if (v === undefined) return;
    rt.heap.incref(v);
    e.extra[i] = v;
  };
  if (fields === SYNTAX_FIELDS && args.length >= 1) {
    set(0, args[0]);
    const info = args[1];
    if (args.length === 2 && info instanceof PyTupleObject) {
      const n = info.items.length;
      if (n < 4 || n > 6) interp.raise('IndexError', 'tuple index out of range');
      info.items.forEach((v, i) => set(1 + i, v));
    }
  } else if (fields === OS_FIELDS && args.length >= 2 && args.length <= 5) {
    set(0, args[0]);
    set(1, args[1]);
    set(2, args[2]);
    set(3, args[4]);
  } else if (fields === IMPORT_FIELDS) {
    if (args.length === 1) set(0, args[0]);
    set(1, keywords.get('name'));
    set(2, keywords.get('path'));
  } else if (args.length >= 1 && type.isSubtypeOf(interp.excType('StopIteration'))) {
    // StopIteration_init: `value` is the first argument (what `return v` in a generator carries).
    set(0, args[0]);
  }
  return e;
}

/** A field of a SyntaxError or OSError (a new reference), or null when `name` is not one. */
export function exceptionField(interp: Interp, e: PyBaseExceptionObject, name: string): PyObject | null {
  const fields = fieldsOf(interp, e.type);
  const i = fields ? fields.indexOf(name) : -1;
  if (i < 0) return null;
  const v = e.extra[i] ?? interp.rt.None;
  interp.rt.heap.incref(v);
  return v;
}

/** `SyntaxError_str` / `OSError_str`, or null for the other exceptions. */
export function exceptionFieldStr(interp: Interp, e: PyBaseExceptionObject, str: (o: PyObject) => string, repr: (o: PyObject) => string): string | null {
  const fields = fieldsOf(interp, e.type);
  if (fields === SYNTAX_FIELDS) {
    const [msg, filename, lineno] = e.extra;
    const text = str(msg ?? interp.rt.None);
    const base = filename instanceof PyUnicodeObject ? filename.value.slice(filename.value.lastIndexOf('/') + 1) : null;
    const line = lineno instanceof PyLongObject ? lineno.value.toString() : null;
    if (base !== null && line !== null) return `${text} (${base}, line ${line})`;
    if (base !== null) return `${text} (${base})`;
    if (line !== null) return `${text} (line ${line})`;
    return text;
  }
  if (fields === IMPORT_FIELDS) return e.extra[0] ? str(e.extra[0]) : null;
  if (fields === GROUP_FIELDS) return groupStr(interp, e, str);
  if (fields === OS_FIELDS) {
    const [errno, strerror, filename, filename2] = e.extra;
    if (!errno && !strerror) return null;
    const head = `[Errno ${errno ? str(errno) : 'None'}] ${strerror ? str(strerror) : 'None'}`;
    if (filename && filename !== interp.rt.None) {
      return filename2 && filename2 !== interp.rt.None ? `${head}: ${repr(filename)} -> ${repr(filename2)}` : `${head}: ${repr(filename)}`;
    }
    return head;
  }
  return null;
}
