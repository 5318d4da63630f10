import sys
from enum import Enum, IntEnum, Flag, IntFlag, auto, unique
class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1
class S(IntEnum):
    OK = 200
    NF = 404
class P(Flag):
    R = 4
    W = 2
    X = 1
class IP(IntFlag):
    R = 4
    W = 2
    X = 1
class A(Enum):
    X = auto()
    Y = auto()
print(repr(Color.RED), str(Color.RED), format(Color.RED), f"{Color.RED}", f"{Color.RED!r}")
print(repr(S.OK), str(S.OK), format(S.OK), f"{S.OK:>6}", S.OK + 1, S.OK == 200)
print(repr(P.R|P.W), str(P.R|P.W), format(P.R|P.W), P.R in (P.R|P.W), repr(~P.R), repr(P(0)), str(P(0)), bool(P(0)))
print(repr(IP.R|IP.W), str(IP.R|IP.W), format(IP.R|IP.W), repr(IP(0)), IP.R | 8, repr(IP.R|8))
print(list(Color), len(Color), Color.CRIMSON is Color.RED, Color(1), Color['GREEN'])
print(Color.__members__)
print(list(P), list(P.R|P.W))
print(sys.getsizeof(Color.RED), sys.getsizeof(S.OK), sys.getsizeof(P.R), sys.getsizeof(IP.R), sys.getsizeof(A.X))
print(repr(Color), str(Color), type(Color), type(Color).__name__)
print(Color.RED.name, Color.RED.value, A.X.value, A.Y.value, hash(Color.RED) == hash('RED'))
print(Color.RED == 1, Color.RED < Color.GREEN if False else '', S.OK < S.NF)
try: Color(7)
except ValueError as e: print(repr(e))
try: Color['PINK']
except KeyError as e: print(repr(e))
try:
    @unique
    class D(Enum):
        A = 1
        B = 1
        C = 2
        E = 2
except ValueError as e: print(e)
try: Color.RED < Color.GREEN
except TypeError as e: print(e)
try: Color.RED = 5
except AttributeError as e: print(e)
print(Color.RED.__class__, isinstance(Color.RED, Color), type(S.OK).__mro__)
print(P.R.value, (P.R|P.W).name, P(0).name, (P.R|P.W).value, P(6))
print(dir(Color.RED))
print(dir(Color))
print(Color.RED.__dict__)
