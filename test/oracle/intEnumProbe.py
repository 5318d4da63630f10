"""IntEnum, IntFlag, StrEnum, re.RegexFlag and built-in slot wrappers called from a subclass's own
override, as intEnum.test.ts expects them: run under each of 3.11.7, 3.12.1 and 3.13.0
(PYENV_VERSION=3.12.1 python3 test/oracle/intEnumProbe.py); each part is one of the test's scripts."""
# --- members
import sys, gc, enum, re
from enum import IntEnum, IntFlag, StrEnum, ReprEnum, Enum, Flag, auto
class C(IntEnum):
    A = 1
    B = 2
print(repr(C.A), str(C.A), format(C.A), f"{C.A}", f"{C.A:>4}", f"{C.A!r}", C.A + 1, C.A == 1, C.A < C.B, {C.A: 'x'}[1], isinstance(C.A, int))
print(C(2), C["B"], list(C), len(C), C.__members__)
print(sys.getsizeof(C.A), C.A.__sizeof__(), gc.is_tracked(C.A), type(C.A + 1), C.A * 3, -C.A, hash(C.A), C.A.value, C.A.name)
print(str(C.A) == '1', '%d %s %r' % (C.A, C.A, C.A))
class P(IntFlag):
    R = 4
    W = 2
    X = 1
print(repr(P.R | P.W), str(P.R | P.W), repr(~P.R), str(~P.R), repr(P(7)), repr(P(0)), str(P(0)), P.R in P(6), list(P(7)), len(P(7)), P.R | 1, repr(P.R | 8), repr(P(9)))
print(P.R & 4, repr(P.R & 4), repr(P.R + 1), repr(P.R ^ P.W), repr(~P(0)), P.__members__, len(P), list(P))
print(sys.getsizeof(P.R), sys.getsizeof(P(7)), format(P.R | P.W), f"{P.R|P.W:>6}")
class S(StrEnum):
    GET = auto()
    POST = 'post'
print(repr(S.GET), str(S.GET), format(S.GET), S.GET == 'get', S.GET.upper(), S.POST + '!', len(S.POST), sys.getsizeof(S.GET), S.GET.__sizeof__(), {S.GET: 1}['get'], S('post'), isinstance(S.GET, str))
print(re.I | re.M, repr(re.I | re.M), str(re.I), repr(re.I), re.compile('a', re.I).flags, repr(re.compile('a', re.I).flags), re.compile('b', re.A).flags, re.compile('a').flags)
print(type(re.I), re.RegexFlag.__mro__, re.I.value, int(re.I), re.IGNORECASE is re.I, repr(~re.I), re.X, repr(re.S|re.X), re.findall('A', 'aA', re.I), re.sub('a', 'b', 'aA', flags=re.I), re.split('a', 'xAy', flags=re.I))
print(repr(re.compile('a', re.I | re.M)), re.compile('a', re.I|re.M).flags, re.compile('(?i)a').flags, repr(re.compile('a', re.A).flags))
class R(int, ReprEnum):
    Q = 1
print(repr(R.Q), str(R.Q), format(R.Q))
class N(int, Enum):
    Z = 5
print(repr(N.Z), str(N.Z), format(N.Z), N.Z + 1)
class B(IntFlag, boundary=enum.KEEP):
    A = 1
print(repr(B(5)), B.__mro__)
print(repr(P(7)), P(7), repr(P.R|P.W|P.X))
print(IntEnum.__mro__, IntFlag.__mro__, StrEnum.__mro__)
# --- flags
import re, enum, sys
print(list(re.RegexFlag.__members__.items()))
print(list(re.RegexFlag), len(re.RegexFlag))
print(repr(re.NOFLAG), str(re.NOFLAG), repr(re.M|re.I), repr(re.A|re.I), repr(re.RegexFlag(3)), str(re.I|re.S), f"{re.I}", format(re.I|re.M), re.I + 0, re.I | 0, repr(re.I | 0), repr(re.I & re.M), re.I == 2, hash(re.I), sys.getsizeof(re.I))
print(re.RegexFlag.__module__, re.RegexFlag.__qualname__, type(re.RegexFlag), repr(re.RegexFlag))
print(re.compile('x', re.I).flags == re.U | re.I, re.compile('x', re.I | re.A).flags, repr(re.compile('x', re.I | re.A)), re.match('A', 'a', re.I))
class N(int, enum.Enum):
    Z = 5
print(hash(N.Z), format(N.Z, '>5'), {N.Z: 1}.get(5))
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
    RWX = 7
print(list(Perm), Perm.RWX, repr(Perm.RWX), repr(Perm(7)), Perm(7) is Perm.RWX, repr(Perm(6)), Perm.__members__)
print(repr(~Perm.RWX), repr(Perm(0)), bool(Perm(0)), Perm.R in Perm.RWX, [p.name for p in Perm.RWX], Perm(6).name, repr(Perm(-1)), repr(Perm(16)))
class C(enum.IntEnum):
    A = 1
    B = 2
print(C.A < 2, sorted([C.B, C.A, 0]), max(C), sum(C), C.A | C.B, repr(C.A | C.B), C.B // 2, C.A.real, C.A.bit_length(), int(C.B), float(C.B), [1,2,3][C.B], '{:03d}'.format(C.B))
try:
    C(3)
except ValueError as e:
    print(e)
class S(enum.StrEnum):
    A = enum.auto()
    BB = enum.auto()
print(list(S), S.A.value, S.BB + '-', ','.join(S), S('a'), S.A in ['a'], 'a' in S.__members__, S.A.startswith('a'))
print(enum.STRICT, enum.KEEP, repr(enum.KEEP), enum.FlagBoundary.__mro__)
# --- boundaries
import enum
from enum import Flag, IntFlag, STRICT, CONFORM, EJECT, KEEP, FlagBoundary
class P(Flag):
    R = 4
    W = 2
    X = 1
print(repr(P(-1)), repr(P(-3)), repr(~P.R))
try:
    P(9)
except ValueError as e:
    print(e)
class C(Flag, boundary=CONFORM):
    A = 1
    B = 2
class E(Flag, boundary=EJECT):
    A = 1
    B = 2
class K(Flag, boundary=KEEP):
    A = 1
    B = 2
class IE(IntFlag, boundary=EJECT):
    A = 1
    B = 2
class IS(IntFlag, boundary=STRICT):
    A = 1
for F in (C, E, K, IE):
    print(F._boundary_, repr(F(7)), repr(F(3)), repr(~F.A))
print(repr(STRICT), STRICT, KEEP == 'keep', list(FlagBoundary), P._boundary_, IntFlag._boundary_)
try:
    IS(3)
except ValueError as e:
    print(e)
# --- wrappers
import sys
class A:
    def hi(self): return 'hi'
class B(int, A):
    pass
b = B(3)
print(b, b + 1, b.hi(), sys.getsizeof(b), B.__mro__)
class I(int):
    def __repr__(self): return 'I(' + int.__repr__(self) + ')'
    def __eq__(self, o): return int.__eq__(self, o)
    def __hash__(self): return int.__hash__(self)
    def __format__(self, spec): return 'F' + int.__format__(self, spec)
print(repr(I(4)), I(4) == 4, hash(I(4)), format(I(4), '>3'))
class S(str):
    def __str__(self): return '<' + str.__str__(self) + '>'
    def __repr__(self): return 'S' + str.__repr__(self)
print(str(S('a')), repr(S('a')))
print((5).__sizeof__(), 'ab'.__sizeof__(), [1].__sizeof__(), I(4).__sizeof__(), S('ab').__sizeof__(), object().__sizeof__(), {}.__sizeof__(), (1,2).__sizeof__(), 1.5.__sizeof__())
class O: pass
print(O().__sizeof__(), sys.getsizeof(O()))
print(format(S('x'), ''), format(S('x'), '>3'), f"{S('x')}")
# --- container wrappers
class L(list):
    def __len__(self): return list.__len__(self) + 100
    def __getitem__(self, i): return list.__getitem__(self, i) * 2
    def __contains__(self, x): return list.__contains__(self, x) or x == 'any'
    def __iter__(self): return iter(list(list.__iter__(self)) + ['end'])
    def __setitem__(self, k, v): list.__setitem__(self, k, v + 1)
    def __bool__(self): return not list.__bool__(self) if hasattr(list, '__bool__') else True
l = L([1, 2])
l[0] = 5
print(len(l), l[0], 2 in l, 'any' in l, 9 in l, list(l), bool(l))
class D(dict):
    def __getitem__(self, k): return dict.__getitem__(self, k.lower())
    def __setitem__(self, k, v): dict.__setitem__(self, k.lower(), v)
    def __contains__(self, k): return dict.__contains__(self, k.lower())
    def __len__(self): return dict.__len__(self) * 10
    def __delitem__(self, k): dict.__delitem__(self, k.lower())
d = D()
d['A'] = 1
d['B'] = 2
print(d['a'], 'A' in d, len(d), list(d))
del d['A']
print(d)
class T(tuple):
    def __getitem__(self, i): return ('T', tuple.__getitem__(self, i))
    def __len__(self): return tuple.__len__(self) + 1
print(T((1, 2))[1], len(T((1,))))
class S(str):
    def __len__(self): return str.__len__(self) * 2
    def __contains__(self, x): return str.__contains__(self, x.lower())
    def __getitem__(self, i): return str.__getitem__(self, i).upper()
print(len(S('ab')), 'A' in S('ab'), S('ab')[1])
# --- list subclass sizes
import sys, gc
class M(list): pass
class N(list):
    def __init__(self, it):
        super().__init__(it)
for args in ([1], [1, 2, 3], (1, 2, 3, 4, 5), range(5), 'abcdefghij', {1: 2, 3: 4}, {5, 6, 7}, (i for i in range(7))):
    m = M(args)
    n = N(args)
    print(m.__sizeof__(), sys.getsizeof(m), sys.getsizeof(n), sys.getsizeof(list(args)), m)
