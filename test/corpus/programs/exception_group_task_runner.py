# A small task runner: every task runs, the failures are collected into an ExceptionGroup,
# and the caller handles each kind of failure with except*.
import gc
import sys


class TaskError(Exception):
    def __init__(self, name, reason):
        super().__init__(f"{name}: {reason}")
        self.name = name


def fetch(url):
    if not url.startswith("https://"):
        raise ValueError(f"insecure url {url!r}")
    return len(url)


def parse(text):
    return int(text)


def divide(a, b):
    return a / b


TASKS = [
    ("fetch-ok", fetch, "https://example.org"),
    ("fetch-bad", fetch, "http://example.org"),
    ("parse-ok", parse, "42"),
    ("parse-bad", parse, "forty-two"),
    ("divide", divide, (1, 0)),
    ("missing", lambda key: {"a": 1}[key], "b"),
]


def run_all(tasks):
    results, errors = {}, []
    for name, func, arg in tasks:
        try:
            results[name] = func(*arg) if isinstance(arg, tuple) else func(arg)
        except Exception as exc:
            exc.add_note(f"while running task {name!r}")
            errors.append(exc)
    if errors:
        raise ExceptionGroup(f"{len(errors)} of {len(tasks)} tasks failed", errors)
    return results


try:
    run_all(TASKS)
except* ValueError as group:
    print("value problems:", len(group.exceptions))
    for exc in group.exceptions:
        print("  ", type(exc).__name__, "-", exc, "|", exc.__notes__)
except* (ZeroDivisionError, KeyError) as group:
    print("lookup/arith problems:", [type(e).__name__ for e in group.exceptions])
    print("message kept:", group.message)

# What is left after except* is re-raised as a group: catch it with a plain except.
try:
    try:
        run_all(TASKS)
    except* ValueError:
        print("handled the ValueErrors only")
except ExceptionGroup as rest:
    print("still unhandled:", repr(rest))
    print(str(rest))

# split() and subgroup() directly.
eg = ExceptionGroup("batch", [ValueError(1), TypeError(2), ExceptionGroup("nested", [ValueError(3), OSError(4)])])
values, others = eg.split(ValueError)
print(repr(values))
print(repr(others))
print(repr(eg.subgroup(lambda e: isinstance(e, OSError))))
print(eg.subgroup(Exception) is eg, eg.subgroup(KeyError))

# A handler that raises: its exception joins the group that is re-raised.
def strict():
    try:
        raise ExceptionGroup("input", [ValueError("empty"), TypeError("wrong type")])
    except* ValueError as g:
        raise RuntimeError("cannot continue") from g


try:
    strict()
except ExceptionGroup as out:
    print(repr(out))
    print(repr(out.exceptions[0].__cause__))

# A naked exception caught by except* arrives wrapped in a group.
try:
    raise KeyError("k")
except* KeyError as wrapped:
    print(repr(wrapped), type(wrapped).__name__)

group = ExceptionGroup("sizes", [ValueError(i) for i in range(3)])
print(sys.getsizeof(group), gc.is_tracked(group), sys.getrefcount(group))
print(sys.getsizeof(BaseExceptionGroup("base", [KeyboardInterrupt()])))
print(len(group.exceptions), type(group.exceptions).__name__)
