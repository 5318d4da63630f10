/** The atexit module: expected texts are what CPython 3.11.7, 3.12.1 and 3.13.0 print for the same script. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecked as run } from '../session/runChecked';

const SCRIPT = `import atexit
atexit.register(print, "a", 1, sep="-")
def two(x, *, y): print("two", x, y)
atexit.register(two, 2, y=3)
class Bad:
    def __call__(self): raise ValueError("no")
    def __repr__(self): return "<Bad>"
atexit.register(Bad())
atexit.register(print, "dropped")
atexit.unregister(print)
print(atexit._ncallbacks())
`;

test('atexit runs the callbacks newest first with their arguments; unregister drops every match', () => {
  for (const version of ['3.12', '3.13'] as const) {
    const s = run(SCRIPT, version);
    assert.equal(s.exitCode, 0);
    // _ncallbacks() counts the emptied slots too (3.12.1, 3.13.0).
    assert.equal(s.stdout, '4\ntwo 2 3\n');
  }
});

test('an exception in an atexit callback is reported with its traceback and the next callback runs', () => {
  assert.equal(run(SCRIPT, '3.12').stderr, 'Exception ignored in atexit callback: <Bad>\nTraceback (most recent call last):\n'
    + '  File "script.py", line 6, in __call__\n    def __call__(self): raise ValueError("no")\n'
    + '                        ^^^^^^^^^^^^^^^^^^^^^^\nValueError: no\n');
  assert.equal(run(SCRIPT, '3.13').stderr, 'Exception ignored in atexit callback <Bad>:\nTraceback (most recent call last):\n'
    + '  File "script.py", line 6, in __call__\n    def __call__(self): raise ValueError("no")\nValueError: no\n');
});

test('register checks its first argument as CPython does', () => {
  const s = run('import atexit\ntry:\n    atexit.register(1)\nexcept TypeError as e:\n    print(e)\ntry:\n    atexit.register()\nexcept TypeError as e:\n    print(e)\nprint(atexit.register(print) is print)\n', '3.12');
  assert.equal(s.stdout, 'the first argument must be callable\nregister() takes at least 1 argument (0 given)\nTrue\n\n');
});
