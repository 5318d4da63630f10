/**
 * `object.__getstate__` (3.11+): the instance dict itself or None, a `(dict, slots)` pair for a
 * class with `__slots__` (private names mangled), `__slotnames__` stored on the class on first
 * use. EXPECTED is what CPython 3.11.7, 3.12.1 and 3.13.0 all printed for PROBE.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RunSession } from '../session/runSession';
import { checkHeapSelf } from '../session/heapSelfCheck';

const PROBE = "import sys\nclass P:\n    def __init__(self): self.x = 1\np = P()\nprint('__slotnames__' in P.__dict__)\ns = p.__getstate__()\nprint(s is p.__dict__, '__slotnames__' in P.__dict__, P.__slotnames__)\nclass S:\n    __slots__ = ('a', '__b', '__dict__')\n    def __init__(self): self.a = 1; self.__b = 2\nprint(S().__getstate__(), S.__slotnames__)\nclass T(S):\n    __slots__ = 'c'\nt = T(); t.c = 3; t.z = 4\nprint(t.__getstate__(), T.__slotnames__)\nprint((1).__getstate__(), 'x'.__getstate__())\nclass G:\n    def __getstate__(self): return 'mine'\nprint(G().__getstate__())\nprint(object.__getstate__(G()))\n";

const EXPECTED = "False\nTrue True []\n(None, {'a': 1, '_S__b': 2}) ['a', '_S__b']\n({'z': 4}, {'c': 3, 'a': 1, '_S__b': 2}) ['c', 'a', '_S__b']\nNone None\nmine\nNone\n";

test('object.__getstate__ matches CPython 3.11-3.13', () => {
  for (const version of ['3.11', '3.12', '3.13'] as const) {
    const s = new RunSession({ source: PROBE, filename: 'getstate.py', version, maxSteps: 1_000_000 });
    s.continue();
    checkHeapSelf(s);
    assert.equal(s.stdout, EXPECTED, version);
  }
});
