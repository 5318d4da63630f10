"""Sizes and GC facts of int / str / float subclasses, as valueSubclass.test.ts expects them: run
under each of 3.11.7, 3.12.1 and 3.13.0 (PYENV_VERSION=3.12.1 python3 test/oracle/valueSubclassProbe.py)."""
import gc
import sys
import tracemalloc


class I(int):
    pass


class IS(int):
    __slots__ = ()


class S(str):
    pass


class SS(str):
    __slots__ = ()


class F(float):
    pass


class FS(float):
    __slots__ = ()


class T(tuple):
    pass


def traced(make):
    """Bytes tracemalloc sees for one new object (made inside the trace)."""
    tracemalloc.start()
    a = tracemalloc.take_snapshot()
    keep = make()
    b = tracemalloc.take_snapshot()
    tracemalloc.stop()
    stats = b.compare_to(a, "filename")
    return sum(s.size_diff for s in stats if s.traceback[0].filename == __file__)


print(sys.version.split()[0])
for name, mk in [
    ("I(0)", lambda: I(0)), ("I(5)", lambda: I(5)), ("I(2**30)", lambda: I(2**30)), ("I(2**60)", lambda: I(2**60)),
    ("I(-7)", lambda: I(-7)), ("IS(5)", lambda: IS(5)), ("IS(2**60)", lambda: IS(2**60)), ("bool-like I(True)", lambda: I(True)),
    ("S('')", lambda: S("")), ("S('abc')", lambda: S("abc")), ("S('é')", lambda: S("é")), ("S('€uro')", lambda: S("€uro")),
    ("SS('abc')", lambda: SS("abc")), ("F(1.5)", lambda: F(1.5)), ("FS(1.5)", lambda: FS(1.5)), ("T((1,2))", lambda: T((1, 2))),
]:
    o = mk()
    print(name, sys.getsizeof(o), gc.is_tracked(o), o.__sizeof__(), traced(mk))
m = I(5)
m.x = 1
print("I with attr", sys.getsizeof(m), gc.is_tracked(m), type(m.__dict__).__name__)
print("types", sys.getsizeof(I), sys.getsizeof(S), sys.getsizeof(F), sys.getsizeof(IS))
print("basic", I.__basicsize__, I.__itemsize__, IS.__basicsize__, S.__basicsize__, S.__itemsize__, SS.__basicsize__, F.__basicsize__, FS.__basicsize__)
print("dictoffset", I.__dictoffset__, S.__dictoffset__, F.__dictoffset__, IS.__dictoffset__, I.__weakrefoffset__, S.__weakrefoffset__, F.__weakrefoffset__)
gc.collect()
before = gc.get_count()[0]
xs = [I(i) for i in range(10)]
print("count after 10 I()", gc.get_count()[0] - before)
before = gc.get_count()[0]
ys = [IS(i) for i in range(10)]
print("count after 10 IS()", gc.get_count()[0] - before)
