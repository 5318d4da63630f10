/**
 * The `__dict__` of built-in subclass instances and IntEnum/StrEnum members: a split dict on the
 * class's shared keys where CPython's type has a managed dict (3.11's str/float/dict/list
 * subclasses, every one on 3.12+), as CPython 3.11.7, 3.12.1 and 3.13.0 print for the same script
 * (test/oracle/builtinSubclassInstanceDicts.py re-measures them with tracemalloc's blocks).
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { runChecked as run } from '../session/runChecked';

const SCRIPT = `
import enum, sys
NAMES = ['alpha', 'beta', 'gamma', 'delta', 'eps', 'zeta']
class I(int): pass
class S(str): pass
class T(tuple): pass
class D(dict): pass
class IE(enum.IntEnum):
    A = 1
class SE(enum.StrEnum):
    A = 'a'
for make in (lambda: I(5), lambda: S('x'), lambda: T((1,)), D):
    read_first = []
    for n in (0, 1, 6):
        x = make()
        vars(x)
        for name in NAMES[:n]:
            setattr(x, name, 1)
        read_first.append(sys.getsizeof(vars(x)))
    y = make()
    y.alpha = 1
    many = make()
    for i in range(33):
        setattr(many, 'n%d' % i, i)
    print(read_first, sys.getsizeof(vars(y)), sys.getsizeof(vars(many)))
print(sys.getsizeof(vars(IE.A)), sys.getsizeof(vars(SE.A)))
`;

test('built-in subclass instances and enum members get the split or plain __dict__ of CPython per version', () => {
  const later = '[304, 304, 304] 304 1584\n'.repeat(4) + '304 304\n';
  const expected = {
    '3.11': '[64, 184, 272] 184 832\n[64, 184, 272] 304 1584\n[64, 184, 272] 184 832\n[64, 184, 272] 304 1584\n184 304\n',
    '3.12': later,
    '3.13': later,
  };
  for (const v of ['3.11', '3.12', '3.13'] as const) assert.equal(run(SCRIPT, v).stdout, expected[v], v);
});
