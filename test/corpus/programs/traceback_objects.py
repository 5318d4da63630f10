# Exceptions carry their tracebacks: one traceback object per frame the exception passed,
# each pointing at a frame object that keeps that frame's locals alive.
import gc
import sys


def parse_record(line):
    fields = line.split(",")
    if len(fields) != 3:
        raise ValueError(f"expected 3 fields, got {len(fields)}")
    name, qty, price = fields
    return name, int(qty), float(price)


def load(lines):
    records = []
    for n, line in enumerate(lines, 1):
        records.append(parse_record(line))
    return records


def depth(tb):
    n = 0
    while tb is not None:
        n += 1
        tb = tb.tb_next
    return n


data = ["apple,3,0.5", "pear,2", "plum,7,0.2"]
report = []
try:
    load(data)
except ValueError as e:
    tb = e.__traceback__
    report.append(("error", str(e)))
    report.append(("entries", depth(tb)))
    report.append(("traceback size", sys.getsizeof(tb)))
    t = tb
    while t is not None:
        code = t.tb_frame.f_code
        report.append((code.co_name, t.tb_lineno, sys.getsizeof(t.tb_frame)))
        t = t.tb_next
    inner = tb.tb_next.tb_next.tb_frame
    report.append(("f_back chain", inner.f_back.f_code.co_name, inner.f_back.f_back.f_code.co_name))
    report.append(("same frame", inner.f_back is tb.tb_next.tb_frame))
    del tb, t, inner, code
for row in report:
    print(*row)

# While the exception is alive, so are its traceback entries and their frame objects.
gc.collect()
try:
    load(data)
except ValueError as e:
    held = gc.get_count()
print("gc count while handling:", held[0])
print("gc count after handling:", gc.get_count()[0])


def failing_frame_locals():
    try:
        load(["a,b,c,d"])
    except ValueError as e:
        frame = e.__traceback__.tb_next.tb_next.tb_frame
        return sorted(frame.f_locals)


print("inner locals:", failing_frame_locals())


def safe_load(lines):
    good = 0
    for line in lines:
        try:
            parse_record(line)
            good += 1
        except ValueError:
            pass
    return good


gc.collect()
print("good records:", safe_load(data * 4))
print("gc count after safe_load:", gc.get_count()[0])

# Keeping the exception keeps the failing frame's locals (and its caller's frame) alive.
saved = []


def remember(lines):
    try:
        load(lines)
    except ValueError as e:
        saved.append(e)


gc.collect()
remember(["x,1"])
err = saved[0]
print("saved:", err, "entries:", depth(err.__traceback__))
print("gc count with a saved exception:", gc.get_count()[0])
saved.clear()
del err
print("gc count once released:", gc.get_count()[0])

# An exception stored in a local of the frame its traceback points at is a cycle.


def keep_in_frame():
    try:
        1 / 0
    except ZeroDivisionError as e:
        problem = e
    return None


gc.collect()
keep_in_frame()
print("unreachable found:", gc.collect())
print("exc_info outside a handler:", sys.exc_info())
try:
    {}["missing"]
except KeyError:
    kind, value, tb = sys.exc_info()
    print("exc_info:", kind.__name__, repr(value), tb.tb_lineno, tb.tb_frame.f_code.co_name)
    del kind, value, tb


# raise ... from ... sets __cause__; raising inside a handler sets __context__.
def lookup(table, key):
    try:
        return table[key]
    except KeyError as e:
        raise LookupError("no entry " + key) from e


try:
    lookup({}, "a")
except LookupError as e:
    print("cause:", repr(e.__cause__), "suppressed:", e.__suppress_context__)
try:
    try:
        1 / 0
    except ZeroDivisionError:
        int("x")
except ValueError as e:
    print("context:", repr(e.__context__), "cause:", e.__cause__)
