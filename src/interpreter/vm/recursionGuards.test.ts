/**
 * 3.11's C-level recursion guards (`Py_EnterRecursiveCall` in `PyObject_RichCompare`, `PyObject_Str`,
 * range's bound comparisons) share the Python frames' counter; 3.12+ keeps them apart. Expected
 * lines are what CPython 3.11.7, 3.12.1 and 3.13.0 print for the script below.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { newFloat } from '../../engine/objects/floatObject';
import { newInt } from '../../engine/objects/longObject';
import { newStr } from '../../engine/objects/unicodeObject';
import { bootstrap } from '../runtime/bootstrap';
import { RunSession } from '../session/runSession';
import { specializes311 } from './numberFastPaths';

const source = `import sys
sys.setrecursionlimit(60)
d = 0
def f(n):
    global d
    d += 1
    if n == 0: return 0
    return f(n - 1)
def g(n):
    global d
    d += 1
    if [n] == [n + 1]: return 0
    return g(n)
def h(n):
    global d
    d += 1
    return h(n + 1) + len(str(n))
for fn, arg in ((f, 0.5), (f, 5), (g, 1), (h, 1)):
    d = 0
    try: fn(arg)
    except RecursionError as e: print(d, e)
`;

test('a comparison in the deepest frame raises RecursionError "in comparison" on 3.11 only', () => {
  const expected: Record<string, string> = {
    '3.11': '59 maximum recursion depth exceeded in comparison\n58 maximum recursion depth exceeded in comparison\n59 maximum recursion depth exceeded\n',
    '3.12': '59 maximum recursion depth exceeded\n'.repeat(3),
    '3.13': '59 maximum recursion depth exceeded\n'.repeat(3),
  };
  for (const version of ['3.11', '3.12', '3.13'] as const) {
    const s = new RunSession({ source, filename: 'script.py', version });
    s.continue();
    assert.equal(s.error, null, version);
    assert.equal(s.stdout, expected[version], version);
  }
});

test('3.11 specializes COMPARE_OP for single-digit ints, floats, and str ==/!= only', () => {
  const { interp } = bootstrap('3.11');
  const rt = interp.rt;
  assert.equal(specializes311(rt, 0, newInt(rt, 5), newInt(rt, -(2 ** 30 - 1))), true);
  assert.equal(specializes311(rt, 2, newInt(rt, 2 ** 30), newInt(rt, 1)), false);
  assert.equal(specializes311(rt, 2, newInt(rt, 1), newFloat(rt, 1)), false);
  assert.equal(specializes311(rt, 4, newFloat(rt, 1), newFloat(rt, 2)), true);
  assert.equal(specializes311(rt, 3, newStr(rt, 'a'), newStr(rt, 'b')), true);
  assert.equal(specializes311(rt, 0, newStr(rt, 'a'), newStr(rt, 'b')), false);
  assert.equal(specializes311(rt, 2, rt.True, rt.False), false);
});
