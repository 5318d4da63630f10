"""The block tracemalloc sees for a new datetime.time / datetime.datetime, naive and aware:
`time_alloc` / `datetime_alloc` take `_PyDateTime_BaseTime` / `_PyDateTime_BaseDateTime` (no
tzinfo pointer) when the value has no tzinfo, though sys.getsizeof reports the full tp_basicsize.

usage: PYENV_VERSION=3.12.1 python3 test/oracle/datetimeAllocSizes.py
Measured (3.11.7, 3.12.1, 3.13.0 alike):
  time [32] 40 / aware time [40] 40 / datetime [40] 48 / aware datetime [48] 48 / sum [40] 48
(the traced block sizes of the value, then its sys.getsizeof).
"""
import sys
import tracemalloc
from datetime import datetime, time, timedelta, timezone


def blocks(make):
    tracemalloc.start()
    obj = make()
    snap = tracemalloc.take_snapshot()
    sizes = sorted(t.size for t in snap.traces if t.traceback[0].filename == __file__ and t.traceback[0].lineno == make.__code__.co_firstlineno)
    tracemalloc.stop()
    return sizes, sys.getsizeof(obj)


start = datetime(2024, 3, 11, 9, 15)
cases = [
    ("time", lambda: time(9, 0)), ("aware time", lambda: time(9, 0, tzinfo=timezone.utc)),
    ("datetime", lambda: datetime(2024, 3, 11)), ("aware datetime", lambda: datetime(2024, 3, 11, tzinfo=timezone.utc)),
    ("sum", lambda: start + timedelta(minutes=15)),
]
print(" / ".join("%s %s %d" % (name, *blocks(make)) for name, make in cases))
