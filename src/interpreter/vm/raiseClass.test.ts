/**
 * `raise E` with a class of the script's own calls it as `E()` does: its `__init__` runs and the
 * class keeps its references (the simulation used to skip `__init__` and lose one reference per
 * raise, until the class was freed while in use). Expected: CPython 3.12.1's output.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runOutput } from '../session/runChecked';

test('raise of a class calls it like E() and keeps its refcount', () => {
  const source = 'import sys\nclass E(RuntimeError):\n    pass\nclass F(ValueError):\n    def __init__(self, code=7):\n'
    + '        super().__init__("code %d" % code)\n        self.code = code\nprint(sys.getrefcount(E))\nfor i in range(3):\n'
    + '    try:\n        raise E\n    except E:\n        pass\nprint(sys.getrefcount(E))\ntry:\n    raise F\nexcept F as e:\n'
    + '    print(e, e.code, e.args)\ntry:\n    raise KeyError\nexcept KeyError as e:\n    print(repr(e))\n';
  assert.equal(runOutput(source, '3.12'), "4\n4\ncode 7 7 ('code 7',)\nKeyError()\n");
});
