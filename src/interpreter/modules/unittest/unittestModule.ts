/**
 * `unittest` (Lib/unittest, 3.11–3.13): TestCase, TestSuite, TestLoader, TextTestRunner,
 * TestResult, main, the skip decorators and SkipTest, written in Python (caseSource.ts,
 * runnerSource.ts, with difflibSource.ts's ndiff for the failure diffs) and run by the simulation
 * on the first `import unittest`, so a test's setUp, assert calls and the report go through the
 * interpreter as they go through CPython's own Python code.
 *
 * Its code is compiled under the file name `<unittest>`: no line events (loadedCode.ts gives code
 * of another file no `lines`), so what it allocates is charged to the user's line that called it
 * and stepping never stops inside it; and `_format_err` leaves its frames out of a failure's
 * traceback as CPython's TestResult does for frames whose globals hold `__unittest`: the leading
 * ones (the runner calling the test) always, and for a failureException everything from the
 * first unittest frame on (the assert method raising it).
 *
 * Obscurity: CPython 3.12.0/3.12.1 check a skipped test before `startTest`, so a test skipped by
 * a decorator is not counted in "Ran N tests" (3.11 and 3.13 count it); `main()` exits with
 * `sys.exit(not ok)` (a bool code) on 3.11 and with 0/1, or 5 when no test ran, on 3.12+.
 */
import { PyBaseExceptionObject } from '../../../engine/objects/exceptionObject';
import { newDict } from '../../../engine/objects/dictObject';
import type { PyObject } from '../../../engine/objects/object';
import type { PyTracebackObject } from '../../../engine/objects/frameObject';
import { newStr } from '../../../engine/objects/unicodeObject';
import type { Interp } from '../../runtime/interp';
import type { PyModuleObject } from '../../runtime/moduleObject';
import { formatEntries, formatExceptionOnly } from '../../session/traceback';
import { frameNative } from '../../vm/frameNatives';
import { tracebackEntries } from '../../vm/tracebackHere';
import type { TracebackEntry } from '../../vm/unwind';
import { CASE_SOURCE } from './caseSource';
import { DIFFLIB_SOURCE } from './difflibSource';
import { RUNNER_SOURCE } from './runnerSource';
import { runSourceModule } from '../pysource/sourceModule';

/** The file name unittest's own code objects carry (never shown: its frames are left out). */
const UNITTEST_FILE = '<unittest>';

/** The names `from unittest import *` and the module's attributes offer. */
const PUBLIC = [
  'TestResult', 'TestCase', 'TestSuite', 'TextTestRunner', 'TestLoader', 'FunctionTestCase', 'main',
  'defaultTestLoader', 'SkipTest', 'skip', 'skipIf', 'skipUnless', 'expectedFailure', 'TextTestResult',
  'TestProgram', 'BaseTestSuite', 'getTestCaseNames', 'makeSuite', 'findTestCases',
];

/**
 * The entries of `exc`'s traceback as unittest shows them: leading unittest frames dropped and,
 * for the test's failureException, the traceback cut at the first unittest frame after that.
 */
function relevantEntries(exc: PyBaseExceptionObject, failureType: PyObject): TracebackEntry[] {
  const all = tracebackEntries(exc.traceback as PyTracebackObject | null);
  let start = 0;
  while (start < all.length && all[start].filename === UNITTEST_FILE) start++;
  let end = all.length;
  if (exc.type === failureType) {
    const cut = all.findIndex((e, i) => i >= start && e.filename === UNITTEST_FILE);
    if (cut >= 0) end = cut;
  }
  return all.slice(start, end);
}

/** TestResult._exc_info_to_string's text: the chain, each exception without unittest's frames. */
function formatFailure(interp: Interp, exc: PyBaseExceptionObject, failureType: PyObject, seen = new Set<PyBaseExceptionObject>()): string[] {
  seen.add(exc);
  const out: string[] = [];
  const cause = exc.cause instanceof PyBaseExceptionObject ? exc.cause : null;
  const context = !exc.suppressContext && exc.context instanceof PyBaseExceptionObject ? exc.context : null;
  if (cause && !seen.has(cause)) {
    out.push(...formatFailure(interp, cause, failureType, seen), '\nThe above exception was the direct cause of the following exception:\n\n');
  } else if (!cause && context && !seen.has(context)) {
    out.push(...formatFailure(interp, context, failureType, seen), '\nDuring handling of the above exception, another exception occurred:\n\n');
  }
  const entries = relevantEntries(exc, failureType);
  if (entries.length) out.push('Traceback (most recent call last):\n', ...formatEntries(interp, entries));
  out.push(formatExceptionOnly(interp, exc));
  return out;
}

/** Creates the module (on first import): runs the Python sources in one namespace. */
export function createUnittest(interp: Interp): PyModuleObject {
  const natives: Record<string, PyObject> = {
    _format_err: interp.nativeFunction('_format_err', (i, args) => {
      const [exc, failureType] = args;
      if (!(exc instanceof PyBaseExceptionObject)) return newStr(i.rt, 'NoneType: None\n');
      return newStr(i.rt, formatFailure(i, exc, failureType).join(''));
    }),
    // `exc.with_traceback(None)`, which _AssertRaisesContext stores as `.exception`.
    _without_traceback: interp.nativeFunction('_without_traceback', (i, args) => {
      const exc = args[0];
      if (exc instanceof PyBaseExceptionObject && exc.traceback) {
        const tb = exc.traceback;
        exc.traceback = null;
        i.rt.heap.decref(tb);
      }
      i.rt.heap.incref(exc);
      return exc;
    }),
    // The script's globals, for main()'s module='__main__' (the outermost frame's).
    _main_globals: interp.nativeFunction('_main_globals', frameNative((i, _args, _kw, caller) => {
      let f = caller;
      while (f?.previous) f = f.previous;
      const d = f ? f.globals.dict : newDict(i.rt);
      if (f) i.rt.heap.incref(d);
      return d;
    })),
  };
  const source = `${DIFFLIB_SOURCE}\n${CASE_SOURCE}\n${RUNNER_SOURCE}`;
  return runSourceModule(interp, { name: 'unittest', source, publicNames: PUBLIC, natives });
}
