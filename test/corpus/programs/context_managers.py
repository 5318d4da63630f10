"""Context managers: class-based, contextlib.contextmanager, suppress, nesting and exceptions."""
import contextlib
from contextlib import contextmanager, suppress


class Timer:
    """A fake timer: counts 'ticks' instead of reading a clock, so the output is stable."""
    ticks = 0

    def __init__(self, name):
        self.name = name

    def __enter__(self):
        Timer.ticks += 10
        self.start = Timer.ticks
        print(f"enter {self.name}")
        return self

    def __exit__(self, exc_type, exc, tb):
        Timer.ticks += 5
        self.elapsed = Timer.ticks - self.start
        status = "ok" if exc_type is None else f"failed with {exc_type.__name__}: {exc}"
        print(f"exit {self.name} after {self.elapsed} ticks ({status})")
        return False


with Timer("load") as t:
    data = [n * n for n in range(10)]
print(t.elapsed, sum(data))

try:
    with Timer("parse"):
        int("not a number")
except ValueError as e:
    print("caught:", e)


class Transaction:
    def __init__(self, store):
        self.store = store

    def __enter__(self):
        self.snapshot = dict(self.store)
        return self.store

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            self.store.clear()
            self.store.update(self.snapshot)
            print(f"rolled back ({exc})")
            return True
        print("committed")


accounts = {"alice": 100, "bob": 50}
with Transaction(accounts) as s:
    s["alice"] -= 30
    s["bob"] += 30
print(accounts)
with Transaction(accounts) as s:
    s["alice"] -= 500
    if s["alice"] < 0:
        raise ValueError("overdrawn")
print(accounts)


@contextmanager
def tag(name, log):
    log.append(f"<{name}>")
    try:
        yield len(log)
    finally:
        log.append(f"</{name}>")


log = []
with tag("html", log):
    with tag("body", log) as depth:
        log.append(f"text at {depth}")
print("".join(log))


@contextmanager
def error_to_default(default):
    box = {"value": None}
    try:
        yield box
    except (KeyError, IndexError) as exc:
        print(f"  swallowed {type(exc).__name__}: {exc}")
        box["value"] = default
    else:
        print("  no error")


for key in ["a", "z"]:
    with error_to_default(-1) as box:
        box["value"] = {"a": 1}[key]
    print(key, box["value"])

with suppress(ZeroDivisionError, KeyError):
    print("before")
    1 / 0
    print("never")
print("after suppress")

with contextlib.ExitStack() as stack:
    timers = [stack.enter_context(Timer(f"t{i}")) for i in range(3)]
    stack.callback(print, "callback runs first")
    print("inside stack", [t.name for t in timers])

with Timer("a") as a, Timer("b") as b:
    print("both", a.name, b.name)


@contextmanager
def opened(path):
    print(f"open {path}")
    handle = {"path": path, "closed": False}
    yield handle
    handle["closed"] = True
    print(f"close {path}")


with opened("report.txt") as h:
    pass
print(h)
cm = opened("x")
print(type(cm).__name__, hasattr(cm, "__enter__"), hasattr(cm, "__exit__"))
with contextlib.nullcontext(42) as value:
    print("nullcontext gave", value)


class Reentrant:
    depth = 0

    def __enter__(self):
        self.depth += 1
        return self.depth

    def __exit__(self, *exc_info):
        self.depth -= 1
        print("exit args", len(exc_info), exc_info[0])


r = Reentrant()
with r as d1:
    with r as d2:
        print("depths", d1, d2)
try:
    with r:
        raise KeyError("k")
except KeyError as e:
    print("propagated", repr(e))
