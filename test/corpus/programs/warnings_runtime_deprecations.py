# The interpreter's own warnings (CPython's C code calling PyErr_WarnEx): a teacher's tour of the
# deprecations a script can trip over, recorded with catch_warnings so they print on stdout.
import datetime
import sys
import warnings


class Flag:
    """An object that reports itself as an index and a number with a bool."""

    def __index__(self):
        return True

    def __int__(self):
        return False


class Money(float):
    pass


class Price:
    def __float__(self):
        return Money(9.99)


class Phase(complex):
    pass


class Wave:
    def __complex__(self):
        return Phase(0, 1)


def report(label, action):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        value = action()
    print(label, "->", value)
    for w in caught:
        print("   ", w.category.__name__, "at line", w.lineno, "|", str(w.message)[:70])


def invert(flag):
    return ~flag


values = [10, 20, 30]
report("list[Flag()]", lambda: values[Flag()])
report("int(Flag())", lambda: int(Flag()))
report("type of int(Flag())", lambda: type(int(Flag())).__name__)
report("float(Price())", lambda: float(Price()))
report("type of float(Price())", lambda: type(float(Price())).__name__)
report("complex(Wave())", lambda: complex(Wave()))
report("range(Flag())", lambda: list(range(Flag())))
report("bool(NotImplemented)", lambda: bool(NotImplemented))
report("not NotImplemented", lambda: not NotImplemented)
report("utcfromtimestamp(0)", lambda: datetime.datetime.utcfromtimestamp(0))
report("utcnow() type", lambda: type(datetime.datetime.utcnow()).__name__)
report("invert(True)", lambda: invert(True))
report("invert(False)", lambda: invert(False))
report("invert(5)", lambda: invert(5))

# The default filters: the same warning shown once per line ("default" for __main__), and the
# registry the module keeps of it.
with warnings.catch_warnings(record=True) as caught:
    warnings.resetwarnings()
    warnings.filterwarnings("default", category=DeprecationWarning, module="__main__")
    for i in range(3):
        values[Flag()]
    for i in range(2):
        values[Flag()]
print("default action, two lines, five calls:", [w.lineno for w in caught])

# "error" turns the warning into an exception raised where the operation ran.
with warnings.catch_warnings():
    warnings.simplefilter("error", DeprecationWarning)
    try:
        values[Flag()]
    except DeprecationWarning as e:
        print("raised:", type(e).__name__, str(e)[:40])
    try:
        bool(NotImplemented)
    except DeprecationWarning as e:
        print("raised:", e)
    print("after the errors, values are", values)

# A filter on the message: only the NotImplemented one is ignored.
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    warnings.filterwarnings("ignore", message="NotImplemented")
    bool(NotImplemented)
    float(Price())
print("left after the message filter:", [w.category.__name__ for w in caught], len(caught))
print("version has ~bool warning:", sys.version_info >= (3, 12))
