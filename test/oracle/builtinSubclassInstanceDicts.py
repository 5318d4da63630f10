"""The `__dict__` of instances of built-in subclasses (int, str, float, tuple, dict, list) and of
IntEnum/StrEnum members, as instanceDict.ts makes it: run under each of 3.11.7, 3.12.1, 3.13.0
(PYENV_VERSION=3.12.1 python3 test/oracle/builtinSubclassInstanceDicts.py).

Each line: the class, sys.getsizeof(vars(x)) after 0..6 attribute stores (the first read of
vars() made the dict: 3.11 makes a plain one), the size when the first store made it (a split
dict on the class's shared keys, 304 B, where the type has a managed dict: 3.11's str/float/
dict/list subclasses and every one on 3.12+), and the blocks tracemalloc charges that store
(3.12: a 272-byte values array and the 64-byte dict; 3.13: 280 + 64).
"""
import enum
import sys
import tracemalloc

NAMES = ['alpha', 'beta', 'gamma', 'delta', 'eps', 'zeta']


class I(int): pass
class S(str): pass
class F(float): pass
class T(tuple): pass
class D(dict): pass
class L(list): pass


class IE(enum.IntEnum):
    A = 1
    B = 2


class SE(enum.StrEnum):
    A = 'a'


for cls, make in ((I, lambda: I(5)), (S, lambda: S('x')), (F, lambda: F(1.5)), (T, lambda: T((1,))),
                  (D, D), (L, L)):
    read_first = []
    for n in range(7):
        x = make()
        vars(x)
        for name in NAMES[:n]:
            setattr(x, name, 1)
        read_first.append(sys.getsizeof(vars(x)))
    y = make()
    tracemalloc.start()
    y.alpha = 1
    snap = tracemalloc.take_snapshot()
    tracemalloc.stop()
    blocks = sorted((t.size for t in snap.traces if t.traceback[0].filename == __file__), reverse=True)
    many = make()
    for i in range(33):
        setattr(many, 'n%d' % i, i)
    print(cls.__name__, read_first, 'store first', sys.getsizeof(vars(y)), 'after 33', sys.getsizeof(vars(many)), 'blocks', blocks)
print('IntEnum', [sys.getsizeof(vars(m)) for m in IE], 'StrEnum', [sys.getsizeof(vars(m)) for m in SE])
