/**
 * The writes `print` makes (Python/bltinmodule.c `builtin_print_impl`): one `file.write` per
 * argument, one per separator and one for `end`, each going through `sys.stdout`'s
 * `TextIOWrapper` (runtime/textIOWrapper.ts), which may keep the str objects pending.
 */
import { PyUnicodeObject } from '../../engine/objects/unicodeObject';
import type { PyObject } from '../../engine/objects/object';
import { textObject } from '../objects/repr';
import type { Interp } from '../runtime/interp';
import { stdoutWrapper } from '../runtime/textIOWrapper';

/** Writes `text` (borrowed) to stdout: the characters out, the object to the wrapper. */
export function writeStdout(interp: Interp, text: PyUnicodeObject): void {
  interp.write(text.value);
  stdoutWrapper(interp).write(text);
}

/**
 * Prints `args` separated by `sep` and followed by `end` (null: the default " " and "\n", which
 * `PyFile_WriteString` makes as latin-1 singletons, no allocation); `flush` flushes stdout.
 */
export function printArgs(interp: Interp, args: PyObject[], sep: PyUnicodeObject | null, end: PyUnicodeObject | null, flush: boolean): void {
  const rt = interp.rt;
  args.forEach((a, i) => {
    if (i > 0) writeStdout(interp, sep ?? rt.latin1[32]);
    if (a instanceof PyUnicodeObject && a.type === rt.types.str) writeStdout(interp, a);
    else {
      // PyFile_WriteObject(..., Py_PRINT_RAW) → PyObject_Str: a new str written, then released
      // (the wrapper keeps its own reference while pending).
      const s = textObject(interp, a, false);
      try {
        writeStdout(interp, s);
      } finally {
        rt.heap.decref(s);
      }
    }
  });
  writeStdout(interp, end ?? rt.latin1[10]);
  if (flush) stdoutWrapper(interp).flush();
}
