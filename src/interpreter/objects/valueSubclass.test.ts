/**
 * Subclasses of int, str and float, against what CPython 3.11.7, 3.12.1 and 3.13.0 print for the
 * same script (test/oracle/valueSubclassProbe.py re-measures the sizes and traced blocks).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecked as run } from '../session/runChecked';

type Version = '3.11' | '3.12' | '3.13';

const SIZES = `
import gc, sys
class I(int): pass
class IS(int): __slots__ = ()
class S(str): pass
class SS(str): __slots__ = ()
class F(float): pass
class FS(float): __slots__ = ()
objs = [I(0), I(5), I(2**30), I(2**60), IS(5), IS(2**60), S(''), S('abc'), S('\u00e9'), S('\u20acuro'), SS('abc'), F(1.5), FS(1.5)]
print([sys.getsizeof(o) for o in objs], all(gc.is_tracked(o) for o in objs))
gc.collect()
before = gc.get_count()[0]
xs = [I(i) for i in range(10)]
print(gc.get_count()[0] - before)
`;

test('getsizeof and gc tracking of int, str and float subclass instances match each version', () => {
  const expected: Record<Version, string> = {
    '3.11': '[44, 44, 48, 52, 44, 52, 113, 116, 114, 122, 100, 64, 40] True\n13\n',
    '3.12': '[60, 60, 64, 68, 44, 52, 97, 100, 98, 106, 84, 56, 40] True\n13\n',
    '3.13': '[60, 60, 64, 68, 44, 52, 97, 100, 98, 106, 84, 56, 40] True\n13\n',
  };
  for (const v of ['3.11', '3.12', '3.13'] as const) assert.equal(run(SIZES, v).stdout, expected[v], v);
});

test('a subclass keeps its own dunders, reflected ones of a subclass go first, and results are plain values', () => {
  const s = run(`
class M(int):
    def __new__(cls, v):
        return super().__new__(cls, round(v))
    def __radd__(self, other):
        return 'M.__radd__'
class N(M):
    def __radd__(self, other):
        return 'N.__radd__'
class Up(str):
    def __str__(self):
        return self.upper()
print(M(2.6), type(M(2) + 1).__name__, 1 + M(1), M(1) + N(2), int.__add__(M(3), 4), int.__add__(3, 1.5))
print(Up('ab'), repr(Up('ab')), type(Up('ab').strip()).__name__, type(str(Up('x'))).__name__, {3: 'x'}[M(3)])
`, '3.12');
  assert.equal(s.stdout, "3 int M.__radd__ N.__radd__ 7 NotImplemented\nAB 'ab' str str x\n");
});
