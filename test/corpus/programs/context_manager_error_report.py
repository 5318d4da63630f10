# A context manager that reports and swallows errors: __exit__ gets the exception type,
# the exception and its traceback (where it was raised), as CPython passes them.
import sys


class Guard:
    def __init__(self, label):
        self.label = label
        self.errors = []

    def __enter__(self):
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print(f"[{self.label}] clean exit, tb={tb}")
            return False
        depth = 0
        frames = []
        while tb is not None:
            frames.append((tb.tb_frame.f_code.co_name, tb.tb_lineno))
            depth += 1
            tb = tb.tb_next
        self.errors.append(exc_type.__name__)
        print(f"[{self.label}] {exc_type.__name__}: {exc} (depth {depth}) {frames}")
        return exc_type is not KeyboardInterrupt and issubclass(exc_type, Exception)


def parse_amount(text):
    return int(text)


def load(rows):
    total = 0
    for row in rows:
        total += parse_amount(row)
    return total


with Guard("ok") as g:
    print("sum", load(["1", "2", "3"]))
with Guard("bad row") as g:
    load(["4", "x5"])
with Guard("lookup") as g:
    {"a": 1}["b"]
print("collected:", g.errors)
try:
    with Guard("base"):
        raise SystemExit(3)
except SystemExit as e:
    print("SystemExit passed through:", e.code)
exc = None
with Guard("keeps exc") as g:
    try:
        1 / 0
    except ZeroDivisionError as e:
        exc = e
        raise
print(type(exc.__traceback__).__name__, exc.__traceback__.tb_lineno, sys.exc_info()[0])
