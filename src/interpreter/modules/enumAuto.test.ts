/**
 * `enum.auto` beyond a bare `X = auto()`: after an explicit value, a custom
 * `_generate_next_value_`, IntEnum/IntFlag, inside a tuple value (3.11.1+), and `auto().value`
 * before resolution. Expected text: CPython 3.11.7, 3.12.1 and 3.13.0 (the same on all three).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { RunSession } from '../session/runSession';
import { checkHeapSelf } from '../session/heapSelfCheck';

const SOURCE = "from enum import Enum, IntEnum, Flag, IntFlag, auto, unique\nclass A(Enum):\n    X = 5\n    Y = auto()\n    Z = auto()\nprint([m.value for m in A])\nclass N(Enum):\n    def _generate_next_value_(name, start, count, last_values):\n        return name.lower()\n    RED = auto()\n    BLUE = auto()\nprint([m.value for m in N])\nclass I(IntEnum):\n    ONE = auto()\n    TWO = auto()\nprint(I.TWO + 1, [int(m) for m in I])\nclass P(IntFlag):\n    R = auto()\n    W = auto()\n    X = auto()\nprint(P.R | P.X, int(P.W))\n@unique\nclass U(Enum):\n    a = auto()\n    b = auto()\nprint(U.b, U(2))\nclass T(Enum):\n    A = auto(), 'x'\nprint(T.A.value)\na = auto()\nprint(a.value)\n";

const EXPECTED = "[5, 6, 7]\n['red', 'blue']\n3 [1, 2]\n5 2\nU.b U.b\n(1, 'x')\n_auto_null\n";

test('enum.auto resolves as CPython does, on every version', () => {
  for (const version of ['3.11', '3.12', '3.13'] as const) {
    const s = new RunSession({ source: SOURCE, filename: 'script.py', version, maxSteps: 1_000_000 });
    s.continue();
    checkHeapSelf(s);
    assert.equal(s.stdout, EXPECTED, version);
  }
});
