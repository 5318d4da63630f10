/**
 * The run session's own behaviour: pausing, stepping, budgets, error states. What scripts print is
 * checked against CPython by the corpus (test/corpus).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RunSession } from './runSession';
import { runChecked as run } from './runChecked';

test('an uncaught exception prints a traceback and the run stays inspectable', () => {
  const s = run('x = 1\ny = [x]\nprint(y[3])\n');
  assert.equal(s.status, 'error');
  // What CPython 3.11-3.13 print for this script.
  assert.equal(s.error, 'Traceback (most recent call last):\n  File "script.py", line 3, in <module>\n    print(y[3])\n          ~^^^\nIndexError: list index out of range\n');
  // The list `y` is still alive; it came from the list free list CPython's startup filled, so no
  // line owns its block (as in tracemalloc).
  assert.ok(s.state().heap.objects.some((o) => o.typeName === 'list' && o.references.length === 1 && o.line === null));
});

test('try/except catches, gc.collect finds a cycle', () => {
  const s = run(`
import gc
try:
    1 / 0
except ZeroDivisionError as e:
    print('caught', e)
l = []
l.append(l)
del l
print(gc.collect())
`);
  assert.equal(s.error, null);
  assert.equal(s.stdout, 'caught division by zero\n1\n');
});

test('stepping pauses before each line; a syntax error is reported with line and caret', () => {
  const s = new RunSession({ source: 'a = 1\nb = 2\nc = a + b\n', filename: 'x.py', version: '3.12' });
  assert.equal(s.state().line, 1);
  s.stepLine();
  assert.equal(s.state().line, 2);
  assert.equal(s.step, 1);
  s.continue(3);
  assert.equal(s.state().line, 3);
  s.continue();
  assert.equal(s.status, 'finished');
  const bad = new RunSession({ source: 'x = = 1\n', filename: 'x.py', version: '3.12' });
  assert.equal(bad.status, 'error');
  assert.match(bad.error ?? '', /File "x.py", line 1\n {4}x = = 1\n.*\^\nSyntaxError: invalid syntax/);
});

test('an endless loop is stopped by the step budget', () => {
  const s = new RunSession({ source: 'while True:\n    pass\n', filename: 'x.py', version: '3.13', maxSteps: 10_000 });
  s.continue();
  assert.equal(s.outcome, 'stopped');
  assert.match(s.error ?? '', /stopped after/);
});

test('source nested past what the compiler can walk is CPython\'s compile-time RecursionError', () => {
  // What CPython 3.11.7, 3.12.1 and 3.13.0 print for each (nothing else on stderr).
  for (const source of [`x = a${'+a'.repeat(100_000)}\n`, `x = a${'.b'.repeat(20_000)}\n`, `x = f${'()'.repeat(20_000)}\n`]) {
    const s = new RunSession({ source, filename: 'script.py', version: '3.12' });
    assert.equal(s.outcome, 'exception');
    assert.equal(s.error, 'RecursionError: maximum recursion depth exceeded during compilation\n');
  }
});

test('a relative import in the script is CPython\'s ImportError (no parent package)', () => {
  // What CPython 3.11.7, 3.12.1 and 3.13.0 print.
  const s = run('try:\n    from .helpers import x\nexcept ImportError as e:\n    print(type(e).__name__, e)\nfrom .. import y\n', '3.12');
  assert.equal(s.stdout, 'ImportError attempted relative import with no known parent package\n');
  assert.equal(s.error, 'Traceback (most recent call last):\n  File "script.py", line 5, in <module>\n    from .. import y\nImportError: attempted relative import with no known parent package\n');
});

test('the exit phase is a step after the last line: the globals stay inspectable, then __del__ runs', () => {
  // The script and its output on CPython 3.11-3.13: test/oracle/exitFinalization.py (direct
  // globals first, then a list's items last to first).
  const source = 'class R:\n    def __init__(self, n):\n        self.n = n\n    def __del__(self):\n        print("del", self.n)\na = R("a")\nitems = [R("i0"), R("i1")]\nb = R("b")\nprint("end")\n';
  for (const version of ['3.11', '3.12', '3.13'] as const) {
    const s = new RunSession({ source, filename: 'script.py', version });
    while (s.status === 'paused' && s.stdout === '') s.stepLine();
    // The last line ran: the session waits before the exit phase, with the globals alive.
    assert.equal(s.status, 'paused');
    assert.equal(s.state(0).line, null);
    assert.ok(s.state().heap.objects.some((o) => o.typeName === 'R'));
    assert.equal(s.stdout, 'end\n');
    s.stepLine();
    assert.equal(s.status, 'finished');
    assert.equal(s.stdout, 'end\ndel a\ndel b\ndel i1\ndel i0\n');
    assert.ok(!s.state().heap.objects.some((o) => o.typeName === 'R'));
  }
});

test('an exception in __del__ at exit is reported as unraisable', () => {
  const s = run('class Bad:\n    def __del__(self):\n        raise ValueError("boom")\nbad = Bad()\nprint("end")\n', '3.12');
  assert.equal(s.stdout, 'end\n');
  assert.match(s.stderr, /^Exception ignored in: <function Bad.__del__ at 0x[0-9a-f]+>\n(.|\n)*ValueError: boom\n$/);
});

// The teardown after an error: expected output measured on CPython 3.11.7, 3.12.1 and 3.13.0.
const FAILING = `import atexit
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("close", self.n)
atexit.register(lambda: print("atexit"))
g1 = R("g1")
g2 = R("g2")
def work():
    loc = R("local")
    inner()
def inner():
    x = R("inner")
    raise ValueError("boom")
work()
`;

test('after an uncaught exception CPython still finalizes; the heap shown is the one the error left', () => {
  for (const version of ['3.11', '3.12', '3.13'] as const) {
    const s = run(FAILING, version);
    assert.equal(s.exitCode, 1);
    assert.equal(s.stdout, 'atexit\nclose inner\nclose local\nclose g1\nclose g2\n');
    assert.match(s.error ?? '', /ValueError: boom\n$/);
    assert.equal(s.state().heap.objects.filter((o) => o.typeName === 'R').length, 4);
  }
});

test('a non-zero SystemExit drops the failing frames before atexit', () => {
  const source = FAILING.replace('raise ValueError("boom")', 'raise SystemExit(3)');
  for (const version of ['3.11', '3.12', '3.13'] as const) {
    const s = run(source, version);
    assert.equal(s.exitCode, 3);
    assert.equal(s.stdout, 'close inner\nclose local\natexit\nclose g1\nclose g2\n');
  }
});

test('a __del__ failing in the teardown after the traceback is reported after it, without source once __main__ is torn down', () => {
  const source = 'class R:\n    def __init__(self, n): self.n = n\n    def __del__(self):\n        x = {}[self.n] + 1\ng = R("glob")\ndef work():\n    loc = R("local")\n    1/0\nwork()\n';
  const s = run(source, '3.12');
  assert.equal(s.stderr, '');
  assert.match(s.error ?? '', /^Traceback(.|\n)*ZeroDivisionError: division by zero\n$/);
  assert.equal(s.stderrAfterError.replace(/0x[0-9a-f]+/g, '0x'), 'Exception ignored in: <function R.__del__ at 0x>\nTraceback (most recent call last):\n'
    + '  File "script.py", line 4, in __del__\n    x = {}[self.n] + 1\n        ~~^^^^^^^^\nKeyError: \'local\'\n'
    + 'Exception ignored in: <function R.__del__ at 0x>\nTraceback (most recent call last):\n  File "script.py", line 4, in __del__\nKeyError: \'glob\'\n');
});

test('a submodule of a simulated module that is no package is ModuleNotFoundError', () => {
  const s = run('try:\n    import math.x\nexcept ImportError as e:\n    print(type(e).__name__, e, e.name)\nimport sys.y\n', '3.12');
  assert.equal(s.stdout, "ModuleNotFoundError No module named 'math.x'; 'math' is not a package math.x\n");
  assert.match(s.error ?? '', /ModuleNotFoundError: No module named 'sys.y'; 'sys' is not a package\n$/);
});
