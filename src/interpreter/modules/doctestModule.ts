/**
 * `doctest` (Lib/doctest.py, 3.11–3.13): `testmod()` and `run_docstring_examples()`, the way
 * TheAlgorithms-style scripts end. Each example is compiled in 'single' mode as
 * `<doctest NAME[i]>` and run by `exec` in the test's copy of the module's globals, with
 * `sys.stdout` swapped for a capture object and `sys.displayhook` reset to `sys.__displayhook__`,
 * so print() and expression values are what is compared (doctestText.ts). Reports go to the
 * `sys.stdout` that was current when the test started, the summary through print().
 *
 * Version differences (measured, test/corpus/programs/doctest_*.py):
 *   3.11/3.12  a +SKIP example is not counted; "1 items had failures:", "1 tests in NAME",
 *              "***Test Failed*** 1 failures."
 *   3.13       a skipped example counts as attempted and is reported ("and 1 skipped test");
 *              "item"/"test"/"failure" take no s for one; TestResults shows skipped=N when N > 0
 *
 * Obscurity: an unexpected exception's traceback starts at doctest.py's `__run` frame; the
 * simulation prints that frame at a stand-in path (KNOWN-DIFFERENCES.md), the rest is the real one;
 * an example that does not compile shows its SyntaxError under that frame, as CPython does.
 */
import { dictClear, dictItems, type PyDictObject, newDict, dictSetItem } from '../../engine/objects/dictObject';
import type { PyBaseExceptionObject } from '../../engine/objects/exceptionObject';
import { newInt, PyLongObject } from '../../engine/objects/longObject';
import type { PyObject } from '../../engine/objects/object';
import { newStr, PyUnicodeObject } from '../../engine/objects/unicodeObject';
import { internedKey } from '../../engine/objects/typeDict';
import { compileNative, execNative } from '../builtins/evalBuiltins';
import { isTrue } from '../objects/abstract';
import type { Interp } from '../runtime/interp';
import type { PyModuleObject } from '../runtime/moduleObject';
import { PyError } from '../runtime/pyError';
import { formatException, formatExceptionOnly, registerScriptSource } from '../session/traceback';
import { formatSyntaxError } from '../session/syntaxErrorText';
import type { PySyntaxError } from '../parser/syntaxError';
import { getAttrOrNull } from '../builtins/classBuiltins';
import type { NativeImpl } from '../vm/callables';
import { callAny } from '../vm/callDispatch';
import type { Frame } from '../vm/frame';
import { frameNative } from '../vm/frameNatives';
import { type DocTest, findTests, type TestSource } from './doctestFinder';
import {
  checkOutput, DIVIDER, failureHeader, indentText, OPTION_FLAGS, outputDifference, reportStart, stripExceptionDetails,
} from './doctestText';
import { nativeType, newNativeObject, type PyNativeObject } from './nativeObject';
import { bindArgs } from './pyArgs';
import { callMethod } from './callMethod';
import { currentStream, writeText } from './sysStreams';

const SKIP = 16;
const IGNORE_EXCEPTION_DETAIL = 32;
const REPORT_ONLY_FIRST_FAILURE = 512;
const FAIL_FAST = 1024;

/**
 * `__run`'s line in doctest.py, the first frame of an unexpected exception's traceback: its
 * carets mark the whole `exec(...)` call when the example raised, only `compile(...)` when its
 * source did not compile (a SyntaxError).
 */
function runFrame(version: string, compileError: boolean): string {
  const head = `  File "/usr/lib/python${version}/doctest.py", line ${{ '3.11': 1353, '3.12': 1359, '3.13': 1395 }[version] ?? 0}, in __run\n`
    + '    exec(compile(example.source, filename, "single",\n';
  if (version !== '3.13') return compileError ? `${head}         ${'^'.repeat(43)}\n` : head;
  const tail = '                 compileflags, True), test.globs)\n';
  return compileError
    ? `${head}         ~~~~~~~${'^'.repeat(36)}\n${tail}                 ${'^'.repeat(19)}\n`
    : `${head}    ~~~~${'^'.repeat(44)}\n${tail}                 ${'^'.repeat(32)}\n`;
}

/** Per test name: failures, tries, skips (`DocTestRunner._name2ft` / `_stats`). */
type Stats = Map<string, [number, number, number]>;

/** What each capture object (`_SpoofOut`) has been written since the last example. */
const captured = new WeakMap<PyObject, string>();
const spoofTypes = new WeakSet<object>();

/** A new capture object for examples to print into: its write() appends to `captured`. */
function spoofOut(interp: Interp): PyNativeObject {
  const t = nativeType(interp, 'doctest._SpoofOut', 136);
  if (!spoofTypes.has(t)) {
    spoofTypes.add(t);
    interp.methods.define(t, 'write', (i, args) => {
      const s = args[1];
      if (!(s instanceof PyUnicodeObject)) return i.typeError(`string argument expected, got '${s?.type.name ?? 'nothing'}'`);
      captured.set(args[0], (captured.get(args[0]) ?? '') + s.value);
      return newInt(i.rt, s.length);
    });
    interp.methods.define(t, 'flush', (i) => i.none());
  }
  const o = newNativeObject(interp, t, []);
  captured.set(o, '');
  return o;
}

/** Runs examples and keeps the statistics (`DocTestRunner`). */
class Runner {
  readonly stats: Stats = new Map();

  constructor(private readonly interp: Interp, readonly verbose: boolean, readonly optionflags: number) {}

  /** `DocTestRunner.run(test)`: every example, then the test's globals cleared. */
  run(test: DocTest): void {
    const interp = this.interp;
    const rt = interp.rt;
    const sys = interp.modules.get('sys') as PyModuleObject;
    const realOut = currentStream(interp, 'stdout');
    rt.heap.incref(realOut);
    const out = (text: string): void => {
      const s = newStr(rt, text);
      try {
        writeText(interp, realOut, s);
      } finally {
        rt.heap.decref(s);
      }
    };
    const fake = spoofOut(interp);
    const savedOut = sys.dict.get('stdout') as PyObject;
    const savedHook = sys.dict.get('displayhook') as PyObject;
    sys.dict.set('stdout', fake);
    const hook = sys.dict.get('__displayhook__') as PyObject;
    rt.heap.incref(hook);
    sys.dict.set('displayhook', hook);
    try {
      this.runExamples(test, fake, out);
    } finally {
      sys.dict.set('stdout', savedOut);
      sys.dict.set('displayhook', savedHook);
      rt.heap.decref(fake);
      rt.heap.decref(hook);
      rt.heap.decref(realOut);
      dictClear(rt, test.globs);
      rt.heap.decref(test.globs);
    }
  }

  private runExamples(test: DocTest, fake: PyNativeObject, out: (text: string) => void): void {
    const interp = this.interp;
    const rt = interp.rt;
    const v13 = rt.profile.versionInfo[1] >= 13;
    let failures = 0;
    let tries = 0;
    let skips = 0;
    for (const [n, example] of test.examples.entries()) {
      const quiet = (this.optionflags & REPORT_ONLY_FIRST_FAILURE) !== 0 && failures > 0;
      let flags = this.optionflags;
      for (const [flag, on] of example.options) flags = on ? flags | flag : flags & ~flag;
      if (v13) tries++;
      if (flags & SKIP) {
        skips++;
        continue;
      }
      if (!v13) tries++;
      if (!quiet && this.verbose) out(reportStart(example));
      const filename = `<doctest ${test.name}[${n}]>`;
      registerScriptSource(interp, filename, example.source.split('\n'));
      let exc: PyBaseExceptionObject | null = null;
      let compileFailed = true;
      try {
        const src = newStr(rt, example.source);
        const fname = newStr(rt, filename);
        const mode = newStr(rt, 'single');
        let code: PyObject;
        try {
          code = compileNative(interp, [src, fname, mode], null);
        } finally {
          rt.heap.decref(src);
          rt.heap.decref(fname);
          rt.heap.decref(mode);
        }
        compileFailed = false;
        try {
          rt.heap.decref(execNative(interp, [code, test.globs], null));
        } finally {
          rt.heap.decref(code);
        }
      } catch (e) {
        if (!(e instanceof PyError)) throw e;
        exc = e.exc;
      }
      let got = captured.get(fake) ?? '';
      if (got && !got.endsWith('\n')) got += '\n';
      captured.set(fake, '');
      let outcome: 'ok' | 'fail' | 'boom' = 'fail';
      let traceback = '';
      if (exc === null) {
        if (checkOutput(example.want, got, flags)) outcome = 'ok';
      } else {
        try {
          const syntax = compileFailed ? syntaxErrorText(interp, exc) : null;
          // A SyntaxError is compared by its last line (3.13's __run skips the File/source/caret lines).
          const excMsg = syntax === null ? formatExceptionOnly(interp, exc) : syntax.slice(syntax.lastIndexOf('\n', syntax.length - 2) + 1);
          traceback = this.tracebackText(exc, syntax);
          if (!quiet) got += traceback;
          if (example.excMsg === null) outcome = 'boom';
          else if (checkOutput(example.excMsg, excMsg, flags)) outcome = 'ok';
          else if (flags & IGNORE_EXCEPTION_DETAIL && checkOutput(stripExceptionDetails(example.excMsg), stripExceptionDetails(excMsg), flags)) outcome = 'ok';
        } finally {
          rt.heap.decref(exc);
        }
      }
      if (outcome === 'ok') {
        if (!quiet && this.verbose) out('ok\n');
      } else {
        failures++;
        if (!quiet) {
          const header = failureHeader(test.filename, test.lineno, test.name, example);
          out(header + (outcome === 'fail' ? outputDifference(example.want, got, flags) : `Exception raised:\n${indentText(traceback)}`));
        }
      }
      if (failures && flags & FAIL_FAST) break;
    }
    const prev = this.stats.get(test.name) ?? [0, 0, 0];
    this.stats.set(test.name, [prev[0] + failures, prev[1] + tries, prev[2] + skips]);
  }

  /** `_exception_traceback`: the whole traceback, doctest's own `__run` frame first. */
  private tracebackText(exc: PyBaseExceptionObject, syntax: string | null): string {
    const version = this.interp.rt.profile.version;
    if (syntax !== null) return `Traceback (most recent call last):\n${runFrame(version, true)}${syntax}`;
    const parts = formatException(this.interp, exc);
    const at = parts.lastIndexOf('Traceback (most recent call last):\n');
    if (at >= 0) parts.splice(at + 1, 0, runFrame(version, false));
    return parts.join('');
  }

  /** `DocTestRunner.summarize`: the report lines and (failed, attempted, skipped). */
  summarize(verbose: boolean): { text: string; failed: number; attempted: number; skipped: number } {
    const v13 = this.interp.rt.profile.versionInfo[1] >= 13;
    const items = (n: number): string => (v13 ? `${n} item${n === 1 ? '' : 's'}` : `${n} items`);
    const notests: string[] = [];
    const passed: [string, number][] = [];
    const failed: [string, number, number][] = [];
    let tries = 0;
    let fails = 0;
    let skips = 0;
    for (const [name, [f, t, s]] of this.stats) {
      tries += t;
      fails += f;
      skips += s;
      if (t === 0) notests.push(name);
      else if (f === 0) passed.push([name, t]);
      else failed.push([name, f, t]);
    }
    const byName = (a: [string, ...unknown[]], b: [string, ...unknown[]]) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0);
    const lines: string[] = [];
    const pad = (n: number) => String(n).padStart(3);
    if (verbose) {
      if (notests.length) {
        lines.push(`${items(notests.length)} had no tests:`, ...notests.sort().map((n) => `    ${n}`));
      }
      if (passed.length) {
        lines.push(`${items(passed.length)} passed all tests:`);
        for (const [name, t] of passed.sort(byName)) lines.push(` ${pad(t)} test${v13 && t === 1 ? '' : 's'} in ${name}`);
      }
    }
    if (failed.length) {
      lines.push(DIVIDER, `${items(failed.length)} had failures:`);
      for (const [name, f, t] of failed.sort(byName)) lines.push(` ${pad(f)} of ${pad(t)} in ${name}`);
    }
    if (verbose) {
      lines.push(`${tries} test${v13 && tries === 1 ? '' : 's'} in ${items(this.stats.size)}.`);
      lines.push(v13 ? `${tries - fails} passed${fails ? ` and ${fails} failed` : ''}.` : `${tries - fails} passed and ${fails} failed.`);
    }
    if (fails) {
      let msg = `***Test Failed*** ${fails} failure${v13 && fails === 1 ? '' : 's'}`;
      if (v13 && skips) msg += ` and ${skips} skipped test${skips === 1 ? '' : 's'}`;
      lines.push(`${msg}.`);
    } else if (verbose) lines.push('Test passed.');
    return { text: lines.map((l) => `${l}\n`).join(''), failed: fails, attempted: tries, skipped: skips };
  }
}

/**
 * A SyntaxError from compiling an example as `format_exception_only` prints it: the File line,
 * the source line, its carets, then `SyntaxError: msg` (attributes read from the exception).
 */
function syntaxErrorText(interp: Interp, exc: PyBaseExceptionObject): string | null {
  if (!exc.type.isSubtypeOf(interp.excType('SyntaxError'))) return null;
  const attr = (name: string): PyObject | null => getAttrOrNull(interp, exc, name);
  const num = (name: string): number | undefined => {
    const v = attr(name);
    const n = v instanceof PyLongObject ? Number(v.value) : undefined;
    if (v) interp.rt.heap.decref(v);
    return n;
  };
  const str = (name: string): string | null => {
    const v = attr(name);
    const t = v instanceof PyUnicodeObject ? v.value : null;
    if (v) interp.rt.heap.decref(v);
    return t;
  };
  const filename = str('filename') ?? '<string>';
  const e = {
    type: exc.type.name, msg: str('msg') ?? '', lineno: num('lineno') ?? 0, offset: num('offset') ?? 0,
    text: str('text'), endLineno: num('end_lineno'), endOffset: num('end_offset'),
  } as unknown as PySyntaxError;
  return formatSyntaxError(e, filename, interp.rt.profile.version);
}

/** The script's globals: the module frame at the bottom of the calling stack. */
function mainGlobals(caller: Frame | null): PyDictObject | null {
  let f = caller;
  while (f && f.previous) f = f.previous;
  return f ? f.globals.dict : null;
}

/** A str value of `d[name]`, or null. */
function dictStr(d: PyDictObject, name: string): string | null {
  const found = dictItems(d).find((e) => e.hashKey === name)?.value;
  return found instanceof PyUnicodeObject ? found.value : null;
}

function flagValue(interp: Interp, o: PyObject | undefined): number {
  if (o === undefined || o === interp.rt.None) return 0;
  if (!(o instanceof PyLongObject)) return interp.typeError(`unsupported operand type(s) for &: '${o.type.name}' and 'int'`);
  return Number(o.value);
}

/** Creates the module (on first import). */
export function createDoctest(interp: Interp): PyModuleObject {
  const rt = interp.rt;
  const v13 = rt.profile.versionInfo[1] >= 13;
  // TestResults is a namedtuple (3.13: a subclass also carrying `skipped`), made by running a few
  // lines of our own Python so it is a real class with namedtuple's behaviour.
  const ns = newDict(rt);
  const nameKey = internedKey(rt, '__name__');
  rt.heap.incref(nameKey.key);
  dictSetItem(rt, ns, nameKey, newStr(rt, 'doctest'));
  const source = v13
    ? [
      'from collections import namedtuple',
      'class TestResults(namedtuple("TestResults", "failed attempted")):',
      '    def __new__(cls, failed, attempted, *, skipped=0):',
      '        made = tuple.__new__(cls, (failed, attempted))',
      '        made.skipped = skipped',
      '        return made',
      '    def __repr__(self):',
      '        if not self.skipped:',
      '            return super().__repr__()',
      '        return f"TestResults(failed={self.failed}, attempted={self.attempted}, skipped={self.skipped})"',
    ].join('\n')
    : 'from collections import namedtuple\nTestResults = namedtuple("TestResults", "failed attempted")\n';
  const text = newStr(rt, `${source}\n`);
  try {
    rt.heap.decref(execNative(interp, [text, ns], null));
  } finally {
    rt.heap.decref(text);
  }
  const testResults = dictItems(ns).find((e) => e.hashKey === 'TestResults')?.value as PyObject;
  rt.heap.incref(testResults);
  rt.heap.decref(ns);

  const results = (failed: number, attempted: number, skipped: number): PyObject => {
    const args = [newInt(rt, failed), newInt(rt, attempted)];
    if (v13) args.push(newInt(rt, skipped));
    try {
      return callAny(interp, testResults, args, v13 ? ['skipped'] : null);
    } finally {
      for (const a of args) rt.heap.decref(a);
    }
  };

  const testmodParams = ['m', 'name', 'globs', 'verbose', 'report', 'optionflags', 'extraglobs', 'raise_on_error', 'exclude_empty'];
  const testmod = frameNative((i, args, kwnames, caller) => {
    const [m, nameArg, globsArg, verboseArg, reportArg, flagsArg, extraArg, , emptyArg] = bindArgs(i, { qualname: 'testmod', params: testmodParams, required: 0 }, args, kwnames);
    if (m !== undefined && m !== rt.None) return i.typeError('testmod of a module other than __main__ is not supported by the simulation');
    const globals = mainGlobals(caller);
    if (!globals) return results(0, 0, 0);
    const moduleName = dictStr(globals, '__name__') ?? '__main__';
    const name = nameArg instanceof PyUnicodeObject ? nameArg.value : moduleName;
    const verbose = verboseArg !== undefined && verboseArg !== rt.None && isTrue(i, verboseArg);
    const src: TestSource = { moduleName, filename: dictStr(globals, '__file__') ?? moduleName, lines: i.script.lines };
    const base = globsArg !== undefined && globsArg !== rt.None ? globsArg as PyDictObject : globals;
    const globs = mergedGlobs(i, base, extraArg);
    let tests: DocTest[];
    try {
      tests = findTests(i, globals, name, src, globs, { recurse: true, excludeEmpty: emptyArg !== undefined && isTrue(i, emptyArg) });
    } finally {
      rt.heap.decref(globs);
    }
    const runner = new Runner(i, verbose, flagValue(i, flagsArg));
    runTests(i, runner, tests);
    const summary = runner.summarize(verbose);
    if (reportArg === undefined || isTrue(i, reportArg)) writeOut(i, summary.text);
    return results(summary.failed, summary.attempted, summary.skipped);
  });

  const runDocstringExamples: NativeImpl = (i, args, kwnames) => {
    const [f, globsArg, verboseArg, nameArg, , flagsArg] = bindArgs(i, { qualname: 'run_docstring_examples', params: ['f', 'globs', 'verbose', 'name', 'compileflags', 'optionflags'], required: 2 }, args, kwnames);
    const f0 = f as PyObject;
    if (globsArg?.type !== rt.types.dict) return i.typeError(`'${globsArg?.type.name}' object has no attribute 'copy'`);
    const name = nameArg instanceof PyUnicodeObject ? nameArg.value : 'NoName';
    const verbose = verboseArg !== undefined && isTrue(i, verboseArg);
    const globals = globsArg as PyDictObject;
    const moduleName = moduleOf(i, f0) ?? '__main__';
    const src: TestSource = { moduleName, filename: i.script.filename || null, lines: i.script.lines };
    if (verbose) writeOut(i, `Finding tests in ${name}\n`);
    const tests = findTests(i, f0, name, src, globals, { recurse: false, excludeEmpty: true });
    runTests(i, new Runner(i, verbose, flagValue(i, flagsArg)), tests);
    return i.none();
  };

  const values: Record<string, PyObject> = { TestResults: testResults };
  for (const [flag, value] of OPTION_FLAGS) values[flag] = newInt(rt, value);
  values.BLANKLINE_MARKER = newStr(rt, '<BLANKLINE>');
  values.ELLIPSIS_MARKER = newStr(rt, '...');
  return interp.defineModule('doctest', { testmod, run_docstring_examples: runDocstringExamples }, values);
}

function moduleOf(interp: Interp, o: PyObject): string | null {
  const m = interp.getAttr(o, '__module__', false).value;
  const s = m instanceof PyUnicodeObject ? m.value : null;
  interp.rt.heap.decref(m);
  return s;
}

/** A new dict: the globals, updated with `extraglobs` when given. */
function mergedGlobs(interp: Interp, base: PyDictObject, extra: PyObject | undefined): PyDictObject {
  const rt = interp.rt;
  const out = callAny(interp, rt.types.dict, [base]) as PyDictObject;
  if (extra !== undefined && extra !== rt.None) {
    rt.heap.decref(callMethod(interp, out, 'update', [extra]));
  }
  return out;
}

/** Runs the tests in order; on an error escaping one (not an example's), the rest's globals are released. */
function runTests(interp: Interp, runner: Runner, tests: DocTest[]): void {
  tests.forEach((t, k) => {
    try {
      runner.run(t);
    } catch (e) {
      for (const rest of tests.slice(k + 1)) interp.rt.heap.decref(rest.globs);
      throw e;
    }
  });
}

function writeOut(interp: Interp, text: string): void {
  const s = newStr(interp.rt, text);
  try {
    writeText(interp, currentStream(interp, 'stdout'), s);
  } finally {
    interp.rt.heap.decref(s);
  }
}
