/** The warnings module: expected texts are what CPython 3.11.7, 3.12.1 and 3.13.0 print for the same script (run as `python3 script.py`). */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecked as run } from '../session/runChecked';

const SCRIPT = `import warnings
def f():
    warnings.warn("deep", stacklevel=5)
f()
warnings.warn("plain")
warnings.warn("old api", DeprecationWarning)
warnings.warn_explicit("from lib", DeprecationWarning, "lib.py", 7, module="lib")
warnings.warn_explicit("from lib", UserWarning, "lib.py", 7)
try:
    warnings.simplefilter("sometimes")
except (AssertionError, ValueError) as e:
    print(type(e).__name__, e)
warnings.simplefilter("error")
warnings.warn("boom")
`;

const SHOWN = 'script.py:5: UserWarning: plain\n  warnings.warn("plain")\n'
  + 'script.py:6: DeprecationWarning: old api\n  warnings.warn("old api", DeprecationWarning)\n'
  + 'lib.py:7: UserWarning: from lib\n';

test('the default filters show a DeprecationWarning of __main__ and hide one of another module; past the stack is sys', () => {
  assert.equal(run(SCRIPT, '3.12').stderr, `sys:1: UserWarning: deep\n${SHOWN}`);
  assert.equal(run(SCRIPT, '3.13').stderr, `<sys>:0: UserWarning: deep\n${SHOWN}`);
});

test('an invalid action is an AssertionError before 3.13, a ValueError from 3.13', () => {
  assert.equal(run(SCRIPT, '3.11').stdout, "AssertionError invalid action: 'sometimes'\n");
  assert.equal(run(SCRIPT, '3.13').stdout, "ValueError invalid action: 'sometimes'\n");
});

test('the "error" action raises at the warn() call: no frame of the warnings module in the traceback', () => {
  assert.equal(run(SCRIPT, '3.12').error, 'Traceback (most recent call last):\n  File "script.py", line 14, in <module>\n'
    + '    warnings.warn("boom")\nUserWarning: boom\n');
  assert.equal(run(SCRIPT, '3.13').error, 'Traceback (most recent call last):\n  File "script.py", line 14, in <module>\n'
    + '    warnings.warn("boom")\n    ~~~~~~~~~~~~~^^^^^^^^\nUserWarning: boom\n');
});

test('python -W ignore puts an ignore-everything filter first (and shows nothing)', () => {
  const s = run('import sys, warnings\nprint(warnings.filters[0], sys.warnoptions)\nwarnings.warn("x")\n', '3.12', { ignoreWarnings: true });
  assert.equal(s.stdout, "('ignore', None, <class 'Warning'>, None, 0) ['ignore']\n");
  assert.equal(s.stderr, '');
});
