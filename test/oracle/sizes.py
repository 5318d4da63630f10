"""sys.getsizeof, __basicsize__, __itemsize__, the GC type flag and the header getsizeof adds
(GC head + pre-header = getsizeof - __sizeof__) for one object of every built-in type."""
import sys
import types
import weakref

from oracleFacts import emit

Py_TPFLAGS_HAVE_GC = 1 << 14


def fact(o):
    t = type(o)
    return {
        "getsizeof": sys.getsizeof(o),
        "header": sys.getsizeof(o) - type(o).__sizeof__(o),
        "basicsize": t.__basicsize__,
        "itemsize": t.__itemsize__,
        "gc": bool(t.__flags__ & Py_TPFLAGS_HAVE_GC),
    }


def f():
    pass


def gen():
    yield 1


async def coro():
    pass


def outer():
    x = 1

    def inner():
        return x
    return inner


class Plain:
    def m(self):
        pass


class Slots2:
    __slots__ = ("a", "b")


class Slots0:
    __slots__ = ()


class SlotsDict:
    __slots__ = ("a", "__dict__")


class SlotsWeak:
    __slots__ = ("a", "__weakref__")


class Err(Exception):
    pass


one = len(sys.argv)
co = coro()
objs = {
    "None": None, "Ellipsis": ..., "NotImplemented": NotImplemented,
    "bool": True, "float": 1.5 * one, "complex": complex(one, 2.5),
    "bytes.0": b"", "bytes.1": b"a" * one, "bytes.10": b"a" * 10 * one,
    "range": range(one), "range.long": range(2**64 * one), "slice": slice(one, 2),
    "function": f, "lambda": lambda: 0, "cell": outer().__closure__[0],
    "method": Plain().m, "builtinMethod": [].append,
    "generator": gen(), "coroutine": co, "module": types.ModuleType("m"),
    "object": object(), "code": f.__code__,
    "weakref": weakref.ref(Plain), "property": property(), "staticmethod": staticmethod(f),
    "classmethod": classmethod(f),
    "listIterator": iter([]), "listReverseIterator": reversed([]), "tupleIterator": iter(()),
    "rangeIterator": iter(range(3)), "longRangeIterator": iter(range(2**64)),
    "dictKeyIterator": iter({}), "dictValueIterator": iter({}.values()),
    "dictItemIterator": iter({}.items()), "setIterator": iter(set()),
    "strIterator": iter("ab"), "bytesIterator": iter(b"ab"), "callIterator": iter(f, 1),
    "enumerate": enumerate([]), "zip": zip(), "map": map(f, []), "filter": filter(f, []),
    "reversed": reversed("ab"),
    "exception": ValueError(), "exceptionSubclass": Err(), "simpleNamespace": types.SimpleNamespace(),
    "instance.plain": Plain(), "instance.slots2": Slots2(), "instance.slots0": Slots0(),
    "instance.slotsDict": SlotsDict(), "instance.slotsWeakref": SlotsWeak(),
    "type.plain": Plain, "type.slots2": Slots2,
    "memoryview": memoryview(b""),
}
for n in range(6):
    objs[f"tuple.{n}"] = tuple(range(n))
facts = {k: fact(o) for k, o in objs.items()}
co.close()
# what the code and generator sizes depend on
facts["code"]["codeUnits"] = len(f.__code__.co_code) // 2
for k, fn in (("generator", gen), ("coroutine", coro)):
    facts[k]["frameSlots"] = fn.__code__.co_nlocals + fn.__code__.co_stacksize
emit(facts)
