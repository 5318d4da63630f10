"""What calling a class allocates besides the instance, as classCall.test.ts expects it: run under
each of 3.11.7, 3.12.1 and 3.13.0 (PYENV_VERSION=3.12.1 python3 test/oracle/classCallProbe.py).

type_call is reached through _PyObject_MakeTpCall (a class has no vectorcall): a tuple of the
positional arguments and, for keywords, a dict; slot_tp_init / slot_tp_new then re-spread them
(_PyObject_Call_Prepend, _PyStack_UnpackDict: a kwnames tuple and a PyMem stack). Each row: gc
generation-0 count moved by the call while the result lives, after it is dropped, the peak of
tracemalloc's traced memory during the call, and the bytes/blocks still traced once the result is
dropped (free lists keep the temporaries). gc.collect() first empties the free lists."""
import collections
import dataclasses
import datetime
import gc
import sys
import tracemalloc


class Init:
    def __init__(self, a, b=0, *, c=0):
        pass


class Simple:
    def __init__(self, a, b):
        pass


class Many:
    def __init__(self, a, b, c, d, e, f):
        pass


class New:
    def __new__(cls, *a, **k):
        return object.__new__(cls)


class Both:
    def __new__(cls, *a, **k):
        return object.__new__(cls)

    def __init__(self, *a, **k):
        pass


class Plain:
    pass


@dataclasses.dataclass
class Point:
    x: int
    y: int = 0


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self, a, b):
        self.a = a
        self.b = b


class L(list):
    pass


class LI(list):
    def __init__(self, *a):
        super().__init__(*a)


class D(dict):
    pass


class I(int):
    pass


class Meta(type):
    def __call__(cls, *a, **k):
        return super().__call__(*a, **k)


class WithMeta(metaclass=Meta):
    def __init__(self, a, b=0):
        pass


def probe(label, make):
    gc.collect()
    gc.disable()
    before = gc.get_count()[0]
    x = make()
    alive = gc.get_count()[0] - before
    del x
    after = gc.get_count()[0] - before
    gc.enable()
    gc.collect()
    tracemalloc.start()
    cur0 = tracemalloc.get_traced_memory()[0]
    tracemalloc.reset_peak()
    x = make()
    peak = tracemalloc.get_traced_memory()[1] - cur0
    del x
    tracemalloc.stop()
    gc.collect()
    tracemalloc.start()
    s1 = tracemalloc.take_snapshot()
    x = make()
    del x
    s2 = tracemalloc.take_snapshot()
    tracemalloc.stop()
    left = [s for s in s2.compare_to(s1, "filename") if s.traceback[0].filename == __file__]
    print(label, alive, after, peak, sum(s.size_diff for s in left), sum(s.count_diff for s in left))


t2 = (1, 2)
kw = {"a": 1, "b": 2}
print(sys.version.split()[0])
probe("plain", lambda: Plain())
probe("init pos", lambda: Simple(1, 2))
probe("init kw", lambda: Simple(1, b=2))
probe("init kw only", lambda: Simple(a=1, b=2))
probe("init star", lambda: Simple(*t2))
probe("init dstar", lambda: Simple(**kw))
probe("init defaults", lambda: Init(1))
probe("init kwonly", lambda: Init(1, c=3))
probe("init many", lambda: Many(1, 2, 3, 4, 5, 6))
probe("init many kw", lambda: Many(1, 2, 3, 4, 5, f=6))
probe("new pos", lambda: New(1, 2))
probe("new kw", lambda: New(1, b=2))
probe("new none", lambda: New())
probe("both pos", lambda: Both(1, 2))
probe("both kw", lambda: Both(1, b=2))
probe("dataclass", lambda: Point(1, 2))
probe("dataclass kw", lambda: Point(x=1, y=2))
probe("slots", lambda: Slotted(1, 2))
probe("list sub", lambda: L())
probe("list sub arg", lambda: L(t2))
probe("list sub init", lambda: LI(t2))
probe("dict sub kw", lambda: D(a=1))
probe("int sub", lambda: I(7))
probe("meta call", lambda: WithMeta(1, 2))
probe("meta call kw", lambda: WithMeta(1, b=2))
probe("timedelta pos", lambda: datetime.timedelta(5))
probe("timedelta kw", lambda: datetime.timedelta(days=5))
probe("date", lambda: datetime.date(2020, 1, 2))
probe("deque", lambda: collections.deque(t2))


def loop(make):
    """The generation-0 count each of four calls leaves behind from one call site (3.13
    specializes a class call to CALL_ALLOC_AND_ENTER_INIT after its first run: no tuple)."""
    out = []
    for _ in range(4):
        gc.collect()
        gc.disable()
        before = gc.get_count()[0]
        x = make()
        out.append(gc.get_count()[0] - before)
        del x
        gc.enable()
    return out


def site_simple():
    return [loop(lambda: Simple(1, 2)), loop(lambda: Simple(1, b=2)), loop(lambda: Init(1)),
            loop(lambda: Both(1, 2)), loop(lambda: Slotted(1, 2)), loop(lambda: Point(1, 2))]


print("loops", site_simple())
